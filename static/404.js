// The 404 page (404.html) for static hosts that serve it for unknown paths,
// as GitHub Pages does.
//
// A mail client may percent-encode the "#" of a share link (and even its
// "."), so https://host/andamal/#v1.… arrives as the path
// /andamal/%23v1.… (or /andamal/%23v1%2E…). Find the v1.… fragment the way
// andamal_core::formats::share::extract_fragment does and open the app with it;
// otherwise say in Swedish that the page does not exist.
//
// The app's address is where this script lives: 404.html is served at any
// depth, so the build writes its <script src> as an absolute path.

const app = new URL("./", document.currentScript.src);

function percentDecode(text) {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

function shareFragment(address) {
  const decoded = percentDecode(address);
  const at = decoded.lastIndexOf("v1.");
  if (at < 0) return null;
  const fragment = /^v1\.[A-Za-z0-9._-]*/.exec(decoded.slice(at))[0].replace(/\.+$/, "");
  return fragment.length > "v1.".length ? fragment : null;
}

const fragment = shareFragment(location.pathname + location.search + location.hash);
if (fragment) {
  location.replace(new URL(`#${fragment}`, app).href);
} else {
  document.getElementById("not-found").hidden = false;
}
