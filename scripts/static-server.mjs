#!/usr/bin/env node
// A tiny static server for dist/, with what a real static host provides:
// SPA fallback (unknown paths get index.html, as deep links need), correct
// MIME types, the precompressed .br / .gz copies the build writes (as most
// static hosts do), gzip on the fly with --gzip for files without a copy,
// and the headers a `_headers` file names for a path (the Netlify /
// Cloudflare Pages format: the build writes its deploy rules there).
//
// Host modes, for the tests of real deploys (docs/data.md, "Updates"):
//   --host=rules     (default) `_headers` applied: pages and sw.js no-cache,
//                    the pkg folder immutable
//   --host=github    GitHub Pages: `Cache-Control: max-age=600` on every
//                    file, `_headers` ignored, a missing file gets 404.html
//                    with status 404
//   --host=nginx     nginx's defaults: `Last-Modified` only (browsers guess
//                    a freshness of ~10 % of the file's age), `_headers`
//                    ignored, and the naive `try_files $uri /index.html`
//                    fallback for every missing path, .wasm included
//   --host=no-store  `Cache-Control: no-store` on everything
//   --wasm-type=octet-stream   .wasm as application/octet-stream (many
//                    hosts still do that)
// Every mode answers conditional requests (If-None-Match, If-Modified-Since)
// with 304, as hosts do. The directory is read on every request, so a test
// can change it while the server runs (a deploy arriving file by file).
// Usage: node scripts/static-server.mjs [dir] [port] [--gzip] [--no-br] [--host=…] [--wasm-type=…]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const flag = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const gzip = args.includes("--gzip");
const noBrotli = args.includes("--no-br");
const host = flag("host", "rules");
const wasmType = flag("wasm-type", "application/wasm");
const [dirArg = "dist", portArg = "8080"] = args.filter((a) => !a.startsWith("--"));
const root = resolve(dirArg);
const port = Number(portArg);
if (!["rules", "github", "nginx", "no-store"].includes(host)) {
  console.error(`static-server: unknown --host=${host}`);
  process.exit(2);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": wasmType,
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};

/** `_headers`: a path pattern (`*` matches anything) on its own line, then
 * indented `Name: value` lines. Read on each request (a deploy may change it). */
async function readHeaderRules() {
  let text = "";
  try {
    text = await readFile(join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const at = line.indexOf(":");
      if (at > 0) rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? { path, mtime: s.mtime } : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    // Files starting with "_" are the host's configuration, never served.
    const hidden = /(^|\/)_/.test(rel);
    let found = hidden ? null : await file(join(root, rel));
    if (!found && rel.endsWith("/")) found = await file(join(root, rel, "index.html"));
    let status = 200;
    if (!found) {
      // SPA fallback: any other path is a route of the app.
      if (host === "github") {
        status = 404;
        found = await file(join(root, "404.html"));
      } else {
        found = await file(join(root, "index.html"));
      }
      if (!found) {
        res.writeHead(404, { "Content-Type": "text/plain" });
        return res.end("not found");
      }
    }
    const path = found.path;
    const headers = {
      "Content-Type": types[extname(path)] || "application/octet-stream",
      Vary: "Accept-Encoding",
      "Last-Modified": found.mtime.toUTCString(),
    };
    if (host === "rules") {
      headers["Cache-Control"] = path.endsWith("sw.js") || path.endsWith(".html") ? "no-cache" : "public, max-age=31536000, immutable";
      for (const rule of await readHeaderRules()) {
        if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
      }
      // (A `_headers` rule may name the type; a test's --wasm-type wins.)
      if (path.endsWith(".wasm")) headers["Content-Type"] = wasmType;
    } else if (host === "github") {
      headers["Cache-Control"] = "max-age=600";
    } else if (host === "no-store") {
      headers["Cache-Control"] = "no-store";
    }
    const accepts = req.headers["accept-encoding"] || "";
    let body = null;
    for (const [token, ext] of noBrotli ? [["gzip", ".gz"]] : [["br", ".br"], ["gzip", ".gz"]]) {
      if (!body && new RegExp(`\\b${token}\\b`).test(accepts) && (await file(path + ext))) {
        body = await readFile(path + ext);
        headers["Content-Encoding"] = token;
      }
    }
    if (!body) {
      body = await readFile(path);
      if (gzip && /\bgzip\b/.test(accepts) && !path.endsWith(".png")) {
        body = gzipSync(body, { level: 9 });
        headers["Content-Encoding"] = "gzip";
      }
    }
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
    if (host !== "nginx") headers.ETag = etag;
    const since = req.headers["if-modified-since"];
    const fresh =
      status === 200 &&
      (req.headers["if-none-match"] === etag || (since && !req.headers["if-none-match"] && Math.floor(found.mtime.getTime() / 1000) <= Math.floor(Date.parse(since) / 1000)));
    if (fresh) {
      res.writeHead(304, headers);
      return res.end();
    }
    headers["Content-Length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (e) {
    res.writeHead(500, { "Content-Type": "text/plain" });
    res.end("server error");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (host mode: ${host})`);
});
server.on("error", (e) => {
  console.error(`static-server: ${e.message}`);
  process.exit(1);
});
// Exit at once: waiting for idle keep-alive connections could hold the port.
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
