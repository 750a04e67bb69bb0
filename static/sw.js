// Ändamålsjämföraren's service worker: the page works offline.
//
// scripts/post-build.mjs (a Trunk post_build hook) writes this file into the
// build as sw.js, with BUILD replaced by the release's version (a hash of the
// contents of every file in the build) and its file list. A new build is a
// new sw.js, so the browser installs it next to the running one; the page
// (static/offline.js) then offers "Ny version finns – ladda om" and sends
// "skip-waiting" when the user accepts. Nothing is ever updated silently.
//
//   install   precache every file of the build (revalidated, never a stale
//             HTTP-cache copy) in a cache named after the scope and version,
//             but the on-demand ones (the PDF reader and the document
//             reader, BUILD.onDemand): those
//             only if an older version's cache has them, i.e. if files were
//             opened here before, so that they keep working offline
//   activate  delete this scope's caches of other versions; control the page
//   fetch     precached files: cache first. On-demand files: cache first,
//             and cached at first use, so that files open offline once one
//             has been opened online.
//             Navigation to the app (the scope
//             itself, index.html, with any query): the cached index.html.
//             Any other navigation in the scope: the network, and offline
//             the cached 404.html (which opens percent-encoded share links).
//             Everything else goes to the network untouched.

const BUILD = { version: "development", files: [], onDemand: [] }; // replaced by scripts/post-build.mjs

const SCOPE = self.registration.scope;
// Cache names are per origin, not per scope: two deployments on one host
// (/andamal/ and /andamal-test/) must not delete each other's caches.
const PREFIX = `andamal ${new URL(SCOPE).pathname} `;
const CACHE = PREFIX + BUILD.version;
// index.html is precached as "./", the address the page itself is loaded from.
const INDEX = new URL("./", self.location).href;
const NOT_FOUND = new URL("404.html", self.location).href;
const PRECACHED = new Set(BUILD.files.map((file) => new URL(file, self.location).href));
const ON_DEMAND = new Set(BUILD.onDemand.map((file) => new URL(file, self.location).href));
const APP_PATHS = new Set([new URL(INDEX).pathname, new URL("index.html", INDEX).pathname]);

/** The on-demand files an older version of this scope had cached: they were used here. */
async function usedBefore() {
  const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
  const used = [];
  for (const url of ON_DEMAND) {
    for (const key of older) {
      if (await caches.match(url, { cacheName: key })) {
        used.push(url);
        break;
      }
    }
  }
  return used;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const urls = [...PRECACHED, ...(await usedBefore())];
      await cache.addAll(urls.map((url) => new Request(url, { cache: "no-cache" })));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

function cached(url) {
  return caches.match(url, { cacheName: CACHE });
}

async function cacheFirst(request, key) {
  return (await cached(key)) ?? fetch(request);
}

async function cacheAtFirstUse(request, key) {
  const hit = await cached(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    await (await caches.open(CACHE)).put(key, copy);
  }
  return response;
}

async function networkThen404(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const page = await cached(NOT_FOUND);
    if (page) return page;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  const key = url.origin + url.pathname;
  if (request.mode === "navigate" && APP_PATHS.has(url.pathname)) {
    event.respondWith(cacheFirst(request, INDEX));
  } else if (PRECACHED.has(key)) {
    event.respondWith(cacheFirst(request, key));
  } else if (ON_DEMAND.has(key)) {
    event.respondWith(cacheAtFirstUse(request, key));
  } else if (request.mode === "navigate") {
    event.respondWith(networkThen404(request));
  }
});
