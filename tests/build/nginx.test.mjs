// The nginx snippet the build writes (`_nginx.conf`, scripts/split.mjs
// `nginxFile`), tried on a real nginx: started as the current user with a
// config of its own (a temp prefix, a free high port), the snippet
// `include`d in a server block like a distribution's default one (the
// stock mime.types, `default_type application/octet-stream`), its root a
// small fixture build, and the real dist/ too when there is one. What a
// browser needs from it (docs/build.md, "Deploy files"): every file with
// its type (with `nosniff`, a wrong one is fatal), the SPA fallback for the
// pages only (a missing .wasm, .js or pkg file is a 404 and never the
// page), the caching rules, the security headers on every answer, and the
// host's own files never served. scripts/setup installs nginx; without it
// these tests are skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { headersFile, nginxFile } from "../../scripts/split.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"].find(existsSync) ?? which("nginx");
const SKIP = NGINX ? false : "nginx is not installed (scripts/setup installs it): the nginx snippet is untested";

function which(cmd) {
  try {
    return execFileSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

const PKG = "pkg-0123456789abcdef";
const MAGIC = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
const PAGE = `<!doctype html><html><head><link rel="preload" href="/${PKG}/rebound_tail.wasm"></head><body>the fixture's page</body></html>\n`;

/** A build folder as the release writes it, small: the page naming its pkg
 * folder, the worker, the manifest, a stylesheet, a language pack, the pkg
 * folder with wasm (and a .gz copy) and a script, and the deploy files. */
function fixtureDist() {
  const dir = mkdtempSync(join(tmpdir(), "rebound-nginx-dist-"));
  const put = (name, body) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  };
  put("index.html", PAGE);
  put("404.html", PAGE);
  put("sw.js", `const PKG = "${PKG}";\n`);
  put("manifest.webmanifest", '{"name":"Rebound"}\n');
  put("style.css", "body { color: black }\n");
  put("robots.txt", "User-agent: *\n");
  put("lang/de.txt", "Today\tHeute\n");
  const wasm = Buffer.concat([MAGIC, Buffer.alloc(4000, 7)]);
  put(`${PKG}/rebound_bg.wasm`, wasm);
  put(`${PKG}/rebound_bg.wasm.gz`, gzipSync(wasm));
  put(`${PKG}/rebound_tail.wasm`, Buffer.alloc(100, 9));
  put(`${PKG}/split_pages.wasm`, wasm);
  put(`${PKG}/loader.js`, "export const x = 1;\n");
  put("_headers", headersFile(PKG, "rebound_tail.wasm"));
  put("_nginx.conf", nginxFile(PKG, "rebound_tail.wasm"));
  return dir;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** nginx serving `site` with `snippet` included; resolves once it answers. */
async function startNginx(site, snippet) {
  const prefix = mkdtempSync(join(tmpdir(), "rebound-nginx-"));
  writeFileSync(join(prefix, "rebound.conf"), snippet);
  const info = execFileSync("sh", ["-c", `"${NGINX}" -V 2>&1`], { encoding: "utf8" });
  const confDir = dirname(/--conf-path=(\S+)/.exec(info)?.[1] ?? "/etc/nginx/nginx.conf");
  // The distribution's mime.types, as its default server includes it (a
  // few common types if there is none).
  const mime = ["mime.types", "mime.types-dist"].map((f) => join(confDir, f)).find(existsSync);
  const mimeTypes = mime
    ? `include ${mime};`
    : "types { text/html html; text/css css; application/javascript js; text/plain txt; image/png png; application/json json; }";
  // Every temp folder nginx was built with, in the prefix (the built-in
  // ones are root's).
  const temps = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .filter((m) => m === "client_body" || !info.includes(`--without-http_${m}_module`))
    .map((m) => `${m}_temp_path ${join(prefix, m)};`)
    .join("\n  ");
  const port = await freePort();
  writeFileSync(
    join(prefix, "nginx.conf"),
    `daemon off;
master_process off;
worker_processes 1;
pid ${join(prefix, "nginx.pid")};
error_log stderr warn;
events { worker_connections 64; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  ${temps}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${site};
    include ${join(prefix, "rebound.conf")};
  }
}
`,
  );
  let stderr = "";
  const proc = spawn(NGINX, ["-p", prefix, "-e", "stderr", "-c", join(prefix, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  proc.stderr.on("data", (d) => (stderr += d));
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx did not start:\n${stderr}`);
    try {
      await get(port, "/robots.txt");
      return {
        port,
        stop: () =>
          new Promise((resolve) => {
            proc.once("exit", () => {
              rmSync(prefix, { recursive: true, force: true });
              resolve();
            });
            proc.kill("SIGTERM");
          }),
      };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  proc.kill("SIGKILL");
  throw new Error(`nginx did not answer:\n${stderr}`);
}

/** One request, its answer as sent (no decompression). */
function get(port, path, { method = "GET", headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The headers every answer carries (a `<meta>` CSP can't carry frame-ancestors). */
function secure(res, what) {
  assert.equal(res.headers["x-content-type-options"], "nosniff", `${what}: nosniff`);
  assert.equal(res.headers["referrer-policy"], "no-referrer", `${what}: no-referrer`);
  assert.equal(res.headers["content-security-policy"], "frame-ancestors 'none'", `${what}: frame-ancestors`);
}

/** Everything a browser needs from nginx with the snippet, for the build in `site`. */
async function checkSite(site, t) {
  const pkg = readdirSync(site).find((f) => /^pkg-[0-9a-f]{16}$/.test(f));
  assert.ok(pkg, "the site has a pkg folder");
  const page = readFileSync(join(site, "index.html"));
  const main = existsSync(join(site, pkg, "rebound_tail.wasm")) ? "rebound_tail.wasm" : "rebound_bg.wasm";
  const server = await startNginx(site, nginxFile(pkg, main));
  const at = (path, opts) => get(server.port, path, opts);
  try {
    // Pages: the app's page for every address of the app, never cached
    // without asking, naming the main module for an early start.
    for (const path of ["/", "/index.html", "/goals", "/rejections", "/rejections/abc", "/settings/send"]) {
      const res = await at(path);
      assert.equal(res.status, 200, `${path}: status`);
      assert.match(res.headers["content-type"], /^text\/html/, `${path}: type`);
      assert.ok(res.body.equals(page), `${path}: the app's page`);
      assert.equal(res.headers["cache-control"], "no-cache", `${path}: cache-control`);
      assert.equal(res.headers.link, `</${pkg}/${main}>; rel=preload; as=fetch; crossorigin=anonymous`, `${path}: Link`);
      secure(res, path);
    }
    const types = [
      ["/sw.js", /^application\/javascript|^text\/javascript/, "no-cache"],
      ["/manifest.webmanifest", /^application\/manifest\+json/, undefined],
      ["/robots.txt", /^text\/plain/, undefined],
      [`/${pkg}/rebound_bg.wasm`, /^application\/wasm$/, "public, max-age=31536000, immutable"],
      [`/${pkg}/split_pages.wasm`, /^application\/wasm$/, "public, max-age=31536000, immutable"],
    ];
    for (const f of readdirSync(site)) if (f.endsWith(".css")) types.push([`/${f}`, /^text\/css/, undefined]);
    for (const f of readdirSync(join(site, pkg))) if (f.endsWith(".js")) types.push([`/${pkg}/${f}`, /^application\/javascript|^text\/javascript/, "public, max-age=31536000, immutable"]);
    if (existsSync(join(site, "lang"))) for (const f of readdirSync(join(site, "lang"))) if (f.endsWith(".txt")) types.push([`/lang/${f}`, /^text\/plain/, undefined]);
    for (const [path, type, cache] of types) {
      const res = await at(path);
      assert.equal(res.status, 200, `${path}: status`);
      assert.match(res.headers["content-type"] ?? "", type, `${path}: type`);
      assert.equal(res.headers["cache-control"], cache, `${path}: cache-control`);
      secure(res, path);
    }
    const wasm = await at(`/${pkg}/rebound_bg.wasm`);
    assert.ok(wasm.body.subarray(0, 4).equals(MAGIC.subarray(0, 4)), "the main module is wasm");
    // The repair screen asks with HEAD; the .gz copy keeps the type.
    const head = await at(`/${pkg}/rebound_bg.wasm`, { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.match(head.headers["content-type"], /^application\/wasm$/);
    if (existsSync(join(site, pkg, "rebound_bg.wasm.gz"))) {
      const gz = await at(`/${pkg}/rebound_bg.wasm`, { headers: { "accept-encoding": "gzip" } });
      assert.equal(gz.headers["content-encoding"], "gzip", "gzip_static serves the .gz copy");
      assert.match(gz.headers["content-type"], /^application\/wasm$/);
      assert.equal(gz.headers["cache-control"], "public, max-age=31536000, immutable");
    }
    // Missing files of the app: a 404 that isn't a page (a host's page in
    // place of a part is what leaves an app unable to start).
    for (const path of [
      "/pkg-x/missing.wasm",
      `/${pkg}/missing.wasm`,
      `/${pkg}/missing.js`,
      `/${pkg}/missing.bin`,
      `/${pkg}/`,
      "/pkg-0000000000000000/rebound_bg.wasm",
      "/missing.wasm",
      "/missing.js",
      "/lang/xx.txt",
      "/missing.webmanifest",
    ]) {
      const res = await at(path);
      assert.equal(res.status, 404, `${path}: status`);
      assert.doesNotMatch(res.headers["content-type"] ?? "", /html/, `${path}: not a page`);
      assert.ok(!res.body.includes(Buffer.from("<html")) && !res.body.includes(Buffer.from("<!doctype")), `${path}: no page in the body`);
      assert.notEqual(res.headers["cache-control"], "public, max-age=31536000, immutable", `${path}: a 404 isn't cached for good`);
      secure(res, path);
    }
    // The host's own files.
    for (const path of ["/_headers", "/_nginx.conf"]) {
      const res = await at(path);
      assert.equal(res.status, 404, `${path}: status`);
      assert.ok(!res.body.includes(Buffer.from("add_header")) && !res.body.includes(Buffer.from("Cache-Control")), `${path}: not served`);
      secure(res, path);
    }
  } finally {
    await server.stop();
  }
  t?.diagnostic(`nginx ${execFileSync("sh", ["-c", `"${NGINX}" -v 2>&1`], { encoding: "utf8" }).trim()} served ${site}`);
}

test("nginx with the build's snippet serves a fixture build by the deploy rules", { skip: SKIP }, async (t) => {
  const site = fixtureDist();
  try {
    await checkSite(site, t);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

const dist = join(root, "dist");
const hasDist = existsSync(join(dist, "index.html")) && readdirSync(dist).some((f) => /^pkg-[0-9a-f]{16}$/.test(f));
test("nginx with the build's snippet serves the real dist/ by the deploy rules", { skip: SKIP || (!hasDist && "no dist/ (scripts/build makes one)") }, async (t) => {
  await checkSite(dist, t);
});
