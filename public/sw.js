// Rebound's service worker: precache every file of the build, answer
// navigations with the cached app shell (so deep links work offline), serve
// same-origin GETs cache-first, and never touch cross-origin requests.
// The build id, the pkg folder, the file list and sizes are written by
// scripts/post-build.mjs.
//
// Real hosts cache HTML for minutes and receive uploads file by file, so an
// install takes only a build it has checked (docs/data.md, "Updates"):
// - every file is fetched past the HTTP cache (`cache: "reload"`);
// - the page must name this build's pkg folder, every .wasm must have its
//   build's size (and the wasm magic bytes), and nothing but a page may be
//   HTML (a host's SPA fallback answers missing files with index.html);
// - any mismatch fails the install: the running version stays, and the
//   browser tries again later.
// Old caches stay until no open tab runs their build (tabs are asked).
const BUILD_ID = "__BUILD_ID__";
const PKG = "__PKG__";
// A release build's main module comes whole and in two parts (half in the
// page, the rest in rebound_tail.wasm; scripts/split.mjs). A first visit
// takes the two parts, and a returning one the whole file (always, in a
// browser that can't inflate the page's half).
const FILES = __PRECACHE__;
const SIZES = __SIZES__;
const INFLATES = typeof DecompressionStream === "function";
const PRECACHE = INFLATES ? FILES : FILES.filter((f) => !f.endsWith("/rebound_tail.wasm"));
const CACHE = `rebound-${BUILD_ID}`;
const PAGES = ["/", "/index.html"];
/** A shared email waits here for the log form (see the share target below). */
const SHARE_CACHE = "rebound-share";
const SHARE_KEY = "/__rebound/shared";

self.addEventListener("install", (event) => {
  event.waitUntil(
    precache().catch(async (e) => {
      await caches.delete(CACHE);
      throw e;
    }),
  );
});

async function precache() {
  const cache = await caches.open(CACHE);
  const older = await ourCaches(false);
  await Promise.all(
    PRECACHE.map(async (path) => {
      // Files of this pkg folder already checked into an older cache (a
      // deploy that changed only the page) are taken from there.
      const kept = path.includes(`/${PKG}/`) ? await firstMatch(older, path) : undefined;
      const res = (kept && (await checked(path, kept).catch(() => undefined))) || (await checked(path, await fetch(new Request(path, { cache: "reload" }))));
      await cache.put(path, res);
    }),
  );
  const page = await cache.match("/index.html");
  await cache.put("/index.html", await returningPage(page));
  // A language this device chose (its pack is in an older cache) comes
  // along, fresh for this build: it must keep working offline. A failure
  // here costs only that language's words, never the update.
  const langs = new Set();
  for (const k of older) {
    for (const r of await (await caches.open(k)).keys()) {
      const p = new URL(r.url).pathname;
      if (LANG_PACK.test(p)) langs.add(p);
    }
  }
  await Promise.all(
    [...langs].map((p) =>
      fetch(new Request(p, { cache: "reload" }))
        .then((res) => isPack(res) && cache.put(p, res))
        .catch(() => {}),
    ),
  );
}

/** A language's words (`/lang/de.txt`, and the later pages' `/lang/de.more.txt`): kept once fetched, not precached. */
const LANG_PACK = /^\/lang\/[a-z]{2}(\.more)?\.txt$/;

/** Whether `res` may be kept as a language pack: a 200 that isn't a page (a
 * host's SPA fallback answers a pack it lacks with index.html, and kept,
 * that page would stand in for the words offline). */
function isPack(res) {
  return res.status === 200 && !/^text\/html/i.test(res.headers.get("content-type") || "");
}

/** `res` as it will be stored, or a thrown reason it belongs to no build of ours. */
async function checked(path, res) {
  if (!res.ok || res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  const type = res.headers.get("content-type") || "";
  if (PAGES.includes(path)) {
    const html = await res.clone().text();
    if (!html.includes(`/${PKG}/`)) throw new Error(`${path} is another build's page`);
    return res;
  }
  if (/^text\/html/i.test(type)) throw new Error(`${path} came back as a page`);
  const want = SIZES[path];
  if (want === undefined) return res;
  const body = await res.arrayBuffer();
  if (body.byteLength !== want) throw new Error(`${path}: ${body.byteLength} bytes, not ${want}`);
  const wasm = path.endsWith(".wasm");
  const magic = new Uint8Array(body, 0, Math.min(4, body.byteLength)).join();
  if (wasm && !path.endsWith("/rebound_tail.wasm") && magic !== "0,97,115,109") throw new Error(`${path} is not wasm`);
  // Stored with the right type, whatever the host sent (many send
  // application/octet-stream, which streaming compilation refuses).
  const headers = new Headers(res.headers);
  if (wasm) headers.set("content-type", "application/wasm");
  for (const h of ["content-length", "content-encoding"]) headers.delete(h);
  return new Response(body, { status: 200, headers });
}

/** Rebound's caches: this build's first (when `withOwn`), then the others. */
async function ourCaches(withOwn) {
  const keys = (await caches.keys()).filter((k) => k.startsWith("rebound-") && k !== SHARE_CACHE && (withOwn || k !== CACHE));
  keys.sort((a, b) => (a === CACHE ? -1 : b === CACHE ? 1 : 0));
  return keys;
}

async function firstMatch(keys, request) {
  for (const k of keys) {
    const hit = await (await caches.open(k)).match(request, { ignoreSearch: true });
    if (hit) return hit;
  }
  return undefined;
}

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
    (async () => {
      await self.clients.claim();
      // Tabs of another build flush their saves and reload (index.html).
      for (const client of await self.clients.matchAll({ type: "window" })) {
        client.postMessage({ rebound: "activated", pkg: PKG });
      }
      await tidy();
    })(),
  );
});

/** Drops older caches once every open tab runs this build's code (never
 * while a newer build is on its way in). A tab that doesn't answer (frozen in the background, or a build from before
 * this rule) keeps them: its next part fetch may need them. */
async function tidy() {
  // A newer worker installing or waiting owns a cache this one counts as
  // "other": dropping it would leave that build without its files (offline,
  // its own page) once it takes over. Its own activation tidies instead.
  if (self.registration.installing || self.registration.waiting) return;
  const old = await ourCaches(false);
  if (!old.length) return;
  const tabs = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const builds = await Promise.all(tabs.map(askBuild));
  if (builds.every((b) => b === PKG)) await Promise.all(old.map((k) => caches.delete(k)));
}

function askBuild(client) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), 2000);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(e.data && e.data.pkg);
    };
    client.postMessage({ rebound: "which-build" }, [channel.port2]);
  });
}

self.addEventListener("message", (event) => {
  const data = event.data;
  // The page asks the waiting worker to take over once its saves are flushed.
  if (data === "skip-waiting") self.skipWaiting();
  // A page has started: perhaps the last tab of an older build is gone.
  if (data && data.rebound === "hello") event.waitUntil(tidy());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/share-target") {
    event.respondWith(receiveShare(request));
    return;
  }
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match("/index.html").then((shell) => shell || fetch(request)),
      ),
    );
    return;
  }
  // A language pack: from this build's cache, else fetched and kept there
  // (a language is fetched only once chosen, then works offline). A fetch
  // past every cache (the app's second try, when the first answer wasn't a
  // pack it could read, such as a host's fallback page the HTTP cache kept)
  // is kept too, or the words it brings wouldn't be there offline.
  if (LANG_PACK.test(url.pathname)) {
    const past = request.cache === "reload" || request.cache === "no-store";
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = !past && (await cache.match(url.pathname));
        if (hit) return hit;
        const res = await fetch(request);
        if (isPack(res)) await cache.put(url.pathname, res.clone());
        return res;
      }),
    );
    return;
  }
  // A page that asks past every cache (the repair screen's check of what
  // the website has now) gets the network.
  if (request.cache === "reload" || request.cache === "no-store") {
    event.respondWith(fetch(request));
    return;
  }
  // Any of our caches: a tab of the previous build still asks for its own
  // parts, and they stay until it is gone (see `tidy`).
  event.respondWith(
    ourCaches(true)
      .then((keys) => firstMatch(keys, request))
      .then((hit) => hit || fetch(request)),
  );
});

/** The manifest's share target (a POST, so no email text enters a URL, the
 * history or a host's log): the text waits in a cache of its own, and the
 * log form, opened without any text in its address, takes it from there. */
async function receiveShare(request) {
  try {
    const form = await request.formData();
    const field = (k) => String(form.get(k) || "").slice(0, 60000);
    const shared = { title: field("title"), text: field("text"), url: field("url"), at: Date.now() };
    const cache = await caches.open(SHARE_CACHE);
    await cache.put(SHARE_KEY, new Response(JSON.stringify(shared), { headers: { "content-type": "application/json" } }));
  } catch {
    // Nothing readable arrived: the form opens empty.
  }
  return Response.redirect("/rejections/new?shared=1", 303);
}
