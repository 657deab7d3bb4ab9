// Site folders for the smoke suite's deploy tests: a build copied into a
// folder one static server serves while the test changes it (the server
// reads files on every request), build B made from a build without a
// compile, and a site's main module taken away and put back. Serving and
// deploys are the Chromium suite's own (tests/e2e/hosts.js).
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextBuild } from "../../scripts/next-build.mjs";
export { deploy, serve, stop } from "../e2e/hosts.js";

/** A scratch folder holding build A (a copy of `dist`), build B made from
 * it, and a site folder starting as a copy of A. `done()` removes it all. */
export function builds(dist) {
  const root = mkdtempSync(join(tmpdir(), "rebound-smoke-builds-"));
  const a = join(root, "a");
  const b = join(root, "b");
  const site = join(root, "site");
  cpSync(dist, a, { recursive: true });
  nextBuild(a, b, "B");
  cpSync(a, site, { recursive: true });
  return { root, a, b, site, done: () => rmSync(root, { recursive: true, force: true }) };
}

/** A site folder holding a copy of `dist` (without `leave`, e.g. sw.js). */
export function siteOf(dist, ...leave) {
  const root = mkdtempSync(join(tmpdir(), "rebound-smoke-site-"));
  const site = join(root, "site");
  cpSync(dist, site, { recursive: true });
  for (const f of leave) rmSync(join(site, f), { force: true });
  return { root, site, done: () => rmSync(root, { recursive: true, force: true }) };
}

const MAIN = /^rebound_(bg|tail)\.wasm(\.br|\.gz)?$/;

/** Moves the site's main module (whole, and its tail; precompressed copies
 * too) out of its pkg folder, as a host that lost them; returns `restore()`. */
export function withoutMainModule(site) {
  const pkg = join(site, readdirSync(site).find((f) => f.startsWith("pkg-")));
  const moved = readdirSync(pkg).filter((f) => MAIN.test(f));
  if (!moved.some((f) => f === "rebound_bg.wasm")) throw new Error(`no rebound_bg.wasm in ${pkg}`);
  const aside = mkdtempSync(join(tmpdir(), "rebound-smoke-aside-"));
  for (const f of moved) renameSync(join(pkg, f), join(aside, f));
  return function restore() {
    for (const f of moved) if (existsSync(join(aside, f))) renameSync(join(aside, f), join(pkg, f));
    rmSync(aside, { recursive: true, force: true });
  };
}

/** A stand-in for a browser's HTTP cache, on `port` in front of the host on
 * `upstream`, for an engine whose WebDriver session keeps none (WebKitGTK's
 * automation session is ephemeral: every load reaches the server, whatever
 * its max-age). It keeps each 200 GET for its `max-age` and answers from
 * there unless the request asks past caches (`Cache-Control: no-cache` or
 * `max-age=0`, `Pragma: no-cache`: what Fetch's "reload" and "no-cache"
 * modes send), which goes to the host and refreshes what is kept, as a
 * browser's cache does. So does a worker script's update check
 * (`Service-Worker: script`): the app registers with updateViaCache "none",
 * so a browser never answers it from its cache, but WebKit sends it without
 * those headers. Bodies pass through as they are (precompressed).
 * Resolves to `{ close() }` once it listens. */
export function httpCache(port, upstream) {
  const kept = new Map();
  const server = createServer((req, res) => {
    const key = `${req.method} ${req.url} ${req.headers["accept-encoding"] || ""}`;
    const past =
      req.headers["service-worker"] === "script" || /no-cache|no-store|max-age=0/.test(`${req.headers["cache-control"] || ""} ${req.headers.pragma || ""}`);
    const hit = kept.get(key);
    if (req.method === "GET" && !past && hit && hit.until > Date.now()) {
      res.writeHead(hit.status, hit.headers);
      return res.end(hit.body);
    }
    const up = request({ host: "127.0.0.1", port: upstream, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const chunks = [];
      answer.on("data", (c) => chunks.push(c));
      answer.on("end", () => {
        const body = Buffer.concat(chunks);
        const maxAge = Number(/max-age=(\d+)/.exec(answer.headers["cache-control"] || "")?.[1] || 0);
        if (req.method === "GET" && answer.statusCode === 200 && maxAge > 0) {
          kept.set(key, { status: 200, headers: answer.headers, body, until: Date.now() + maxAge * 1000 });
        }
        res.writeHead(answer.statusCode, answer.headers);
        res.end(body);
      });
    });
    up.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(done);
          }),
      }),
    );
  });
}
