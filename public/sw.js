// Rebound's service worker: precache every file of the build, answer
// navigations with the cached app shell (so deep links work offline), serve
// same-origin GETs cache-first, and never touch cross-origin requests.
// The build id and file list are written by scripts/post-build.mjs.
const BUILD_ID = "__BUILD_ID__";
// A release build's main module comes whole and in two parts (half in the
// page, the rest in rebound_tail.wasm; scripts/split.mjs). A first visit
// takes the two parts, and a returning one the whole file (always, in a
// browser that can't inflate the page's half).
const FILES = __PRECACHE__;
const INFLATES = typeof DecompressionStream === "function";
const PRECACHE = INFLATES ? FILES : FILES.filter((f) => !f.endsWith("/rebound_tail.wasm"));
const CACHE = `rebound-${BUILD_ID}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(PRECACHE);
      const page = await cache.match("/index.html");
      if (page) await cache.put("/index.html", await returningPage(page));
    }),
  );
});

/** The page as this worker serves it. A first visit's page carries half the
 * main module and preloads the rest (`data-first-visit`, and a `Link`
 * header); a visit this worker answers takes the whole file from this cache
 * instead (index.html's first script), so those would only be read for
 * nothing. */
async function returningPage(page) {
  const html = (await page.text()).replace(/<(link|script)\b[^>]*\bdata-first-visit\b[^>]*>(?:[^<]*<\/script>)?\s*/g, "");
  const headers = new Headers(page.headers);
  for (const h of ["Link", "Content-Length", "Content-Encoding"]) headers.delete(h);
  return new Response(html, { status: page.status, statusText: page.statusText, headers });
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("rebound-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over once its saves are flushed.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match("/index.html").then((shell) => shell || fetch(request)),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
