// Trunk post_build hook (runs in the staged dist before it replaces dist/;
// docs/build.md explains each step):
// - splits the wasm at its split points (scripts/split.mjs);
// - writes the Content-Security-Policy meta, allowing Trunk's inline module
//   loader by its sha256 hash (never 'unsafe-inline');
// - writes sw.js's precache list and a build id derived from every file's
//   bytes, so each deploy changes sw.js and the list always matches;
// - turns on service-worker registration for release builds only;
// - copies index.html to 404.html for static hosts that use it as SPA fallback;
// - writes .br and .gz copies beside the larger files (most static hosts,
//   and scripts/static-server.mjs, serve them to browsers that accept them).
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { splitInto } from "./split.mjs";
import { gzipAsync } from "@gfx/zopfli";
import { transform } from "esbuild";

/** Every bare `<tag>` block of the page (no attributes) minified by
 * esbuild with `options`: the classic inline `<script>`s (no `type`, no
 * `src`), and the inlined stylesheet (every byte of it is in a first visit:
 * 8.8 -> 7.1 KB gzip, docs/performance.md, session 13; no target, so
 * nothing is rewritten for older browsers). */
async function minifyInline(page, tag, options) {
  const block = new RegExp(`<${tag}>([\\s\\S]*?)<\\/${tag}>`, "g");
  let out = "";
  let at = 0;
  for (const m of page.matchAll(block)) {
    const { code } = await transform(m[1], { minify: true, logLevel: "error", ...options });
    if (new RegExp(`<\\/${tag}|<!--`, "i").test(code)) throw new Error(`post-build: a minified inline <${tag}> can't be inlined`);
    out += page.slice(at, m.index) + `<${tag}>${code.trim()}</${tag}>`;
    at = m.index + m[0].length;
  }
  return out + page.slice(at);
}

/** Release copies are gzipped with zopfli (still plain gzip to a browser):
 * the main module comes out smaller than with zlib's level 9, which a slow
 * phone's first visit feels (docs/performance.md, "Where the build's
 * numbers are"). A development build keeps zlib's speed. */
async function gzipped(body) {
  if (!release) return gzipSync(body, { level: 9 });
  return Buffer.from(await gzipAsync(body, { numiterations: body.length > 300_000 ? 5 : 15 }));
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";

const pkg = await splitInto(dir, release);

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
// Release: the page's own plain scripts minified (index.html keeps them
// readable, with their comments; every byte of them is in a first visit).
// And its stylesheet (style/main.css keeps its comments).
if (release) {
  html = await minifyInline(html, "script", { target: "es2017" });
  html = await minifyInline(html, "style", { loader: "css" });
}
// The manifest without its indentation (a first visit fetches it too).
const manifestPath = join(dir, "manifest.webmanifest");
if (release) writeFileSync(manifestPath, JSON.stringify(JSON.parse(readFileSync(manifestPath, "utf8"))));

// (Not the data block holding the main module's head: it never runs.)
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/octet-stream")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`);
// The stylesheet is inlined (one request fewer before the first paint, and
// the wasm no longer shares the connection with it): allow it by its hash.
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  `style-src 'self' ${styles.join(" ")}`.trim(),
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
const metas = [`<meta http-equiv="Content-Security-Policy" content="${csp}" />`];
if (release) metas.push(`<meta name="rebound-sw" content="/sw.js" />`);
html = html.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}\n    ${metas.join("\n    ")}`);
writeFileSync(indexPath, html);

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(dir)
  .map((p) => "/" + relative(dir, p).split("\\").join("/"))
  .filter((p) => p !== "/sw.js" && p !== "/404.html" && !p.startsWith("/_") && !/\.(br|gz)$/.test(p))
  .sort();
const id = createHash("sha256");
for (const f of files) id.update(f).update(readFileSync(join(dir, f)));
const buildId = id.digest("hex").slice(0, 16);
const swPath = join(dir, "sw.js");
let sw = readFileSync(swPath, "utf8");
// Every file but the pages is checked by its size when the worker installs
// (public/sw.js): a file cut short by an upload, or answered by a host's
// fallback page, fails the install instead of being kept.
// A language's words (lang/*.txt) are fetched only once that language is
// chosen, and the worker keeps them from then on: not precached (they are
// still in the build id, so a change of words is a new build).
const precached = files.filter((f) => !f.startsWith("/lang/"));
const sizes = Object.fromEntries(precached.filter((f) => !f.endsWith(".html")).map((f) => [f, statSync(join(dir, f)).size]));
for (const [from, to] of [["__BUILD_ID__", buildId], ["__PKG__", pkg], ["__PRECACHE__", JSON.stringify(["/", ...precached], null, 2)], ["__SIZES__", JSON.stringify(sizes, null, 2)]]) {
  if (!sw.includes(from)) throw new Error(`post-build: sw.js has no ${from}`);
  sw = sw.replace(from, to);
}
writeFileSync(swPath, sw);
writeFileSync(join(dir, "404.html"), html);
let compressed = 0;
for (const f of walk(dir)) {
  if (!/\.(wasm|js|css|html|json|webmanifest|svg|txt)$/.test(f) || f.endsWith("sw.js")) continue;
  const body = readFileSync(f);
  if (body.length < 1024) continue;
  writeFileSync(`${f}.gz`, await gzipped(body));
  writeFileSync(`${f}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
  compressed++;
}
console.log(`post-build: ${precached.length} files precached, build ${buildId}, ${hashes.length} inline script(s) hashed, ${compressed} precompressed`);
