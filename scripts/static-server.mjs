#!/usr/bin/env node
// A tiny static server for dist/, with what a real static host provides:
// SPA fallback (unknown paths get index.html, as deep links need), correct
// MIME types, the precompressed .br / .gz copies the build writes (as most
// static hosts do), gzip on the fly with --gzip for files without a copy, and
// no caching of sw.js, and the headers a `_headers` file names for a path
// (the Netlify / Cloudflare Pages format; the build writes early Link hints).
// Usage: node scripts/static-server.mjs [dir] [port] [--gzip] [--no-br]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const gzip = args.includes("--gzip");
const noBrotli = args.includes("--no-br");
const [dirArg = "dist", portArg = "8080"] = args.filter((a) => !a.startsWith("--"));
const root = resolve(dirArg);
const port = Number(portArg);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};

/** `_headers`: a path pattern (`*` matches anything) on its own line, then
 * indented `Name: value` lines. Read once at start. */
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
const headerRules = await readHeaderRules();

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    let path = await file(join(root, rel));
    if (!path && rel.endsWith("/")) path = await file(join(root, rel, "index.html"));
    // SPA fallback: any other path is a route of the app.
    if (!path || rel === "/_headers") path = join(root, "index.html");
    const headers = {
      "Content-Type": types[extname(path)] || "application/octet-stream",
      "Cache-Control": path.endsWith("sw.js") || path.endsWith(".html") ? "no-cache" : "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
    };
    for (const rule of headerRules) {
      if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
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
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (e) {
    res.writeHead(500, { "Content-Type": "text/plain" });
    res.end("server error");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
server.on("error", (e) => {
  console.error(`static-server: ${e.message}`);
  process.exit(1);
});
// Exit at once: waiting for idle keep-alive connections could hold the port.
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
