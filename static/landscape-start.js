// Fetches and starts the landscape ("Många förbund"), an app of its own in
// landscape.js and landscape_bg.wasm (wasm-bindgen's no-modules output, which
// Trunk builds for src/bin/landscape.rs). The page adds this script the first
// time the landscape is opened (src/hooks/use_landscape_page.rs), so the
// landscape (its stylesheet too) is no part of the first visit: only this starter is precached, so
// that offline it can say why the landscape is missing; the service worker
// caches the landscape's files at first use, after which it opens offline too.
// The app mounts into <div id="landscape-root">, and starts the same wasm as
// its worker through Trunk's loader shim (landscape_loader.js). A classic
// script from our own origin: nothing inline, as the Content Security Policy
// demands.
(() => {
  const UNAVAILABLE =
    "Vyn Många förbund kunde inte hämtas. Anslut till internet och försök igen – efter första gången fungerar den även utan nät.";
  const root = document.getElementById("landscape-root");
  const failed = () => {
    if (!root) return;
    const message = document.createElement("p");
    message.className = "landscape-message boot-error";
    message.setAttribute("role", "alert");
    message.textContent = UNAVAILABLE;
    root.replaceChildren(message);
  };

  // The landscape reads PDFs with the page's PDF reader (dist/pdf/), loaded
  // only when a PDF is opened; its wasm has no JS snippets of its own, so it
  // finds this function on the window. Its Swedish messages live in pdf-text.js.
  const PDF_UNAVAILABLE =
    "PDF-läsaren kunde inte hämtas. Anslut till internet och försök igen – efter första gången läses PDF:er även utan nät.";
  window.andamalPdfText = (file) => {
    if (!/\.pdf$/i.test(file.name) && file.type !== "application/pdf") return null;
    return import(new URL("pdf/pdf-text.js", document.baseURI).href)
      .then((reader) => reader.readPdf(file))
      .catch((message) => Promise.reject(typeof message === "string" ? message : PDF_UNAVAILABLE));
  };

  const script = document.createElement("script");
  script.src = new URL("landscape.js", document.baseURI).href;
  script.onerror = failed;
  script.onload = () => {
    // no-modules output: a global `wasm_bindgen`, whose start function mounts the app.
    // eslint-disable-next-line no-undef
    wasm_bindgen({ module_or_path: new URL("landscape_bg.wasm", document.baseURI).href }).catch(failed);
  };
  // Its stylesheet, on demand like its wasm (no part of the first visit): the
  // app starts once the sheet is in, so it is never drawn unstyled.
  const sheet = document.createElement("link");
  sheet.rel = "stylesheet";
  sheet.href = new URL("landscape.css", document.baseURI).href;
  // Without it (a release that cached the landscape before its sheet came
  // apart), the landscape still starts, plainer.
  sheet.onload = sheet.onerror = () => document.head.append(script);
  document.head.append(sheet);
})();
