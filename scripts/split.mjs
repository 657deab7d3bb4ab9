// Splits the app's wasm at its `wasm_split` points, so a first visit
// downloads only the shell and Today; every other part is fetched when
// first needed (and precached by the service worker). docs/build.md walks
// through every step below, with why it exists and what it gained.
//
// Trunk 0.21 has no step between cargo and wasm-bindgen, so this runs from
// its post_build hook (scripts/post-build.mjs) on cargo's own output:
//   1. wasm-split-cli  -> main module + split_*.wasm parts + __wasm_split.js
//   2. wasm-bindgen --keep-lld-exports --no-demangle on the main module
//   3. shorter import names in the main module and its glue (release;
//      switch: REBOUND_NO_SHORT_NAMES)
//   4. the loader patch, `withEarlyCompile` (switch: REBOUND_NO_EARLY_COMPILE)
//   5. wasm-opt -Oz on every .wasm, esbuild --minify on the JS (release)
//   6. the main module's first half for the page, `splitHead` (release;
//      switch: REBOUND_NO_HEAD)
//   7. everything into dist/pkg-<hash of every file>/, Trunk's unsplit
//      rebound-*.js / *_bg.wasm replaced in index.html and removed, the glue
//      and the split loader bundled into index.html's module script
//      (`inlineGlue`, so the page needs one request, the main module, or
//      with the head in the page the rest of it), the deploy files
//      (`_headers`, `_nginx.conf`).
// cargo-leptos runs the same pipeline for its --split.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { zlibAsync } from "@gfx/zopfli";
import { shortenImports } from "./wasm-names.mjs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });

/** The build's switches, all in one place (docs/build.md, "Switches"):
 * each turns one optional pass off, to see what it does or to rule it out.
 * Set one to 1 for `scripts/build`, `trunk build` or `trunk serve`; unset
 * (or empty, or 0), the pass runs. Without any, the build is the default
 * one, the one every test and figure is about. */
export const SWITCHES = {
  /** Half the main module in the page (`splitHead`, release builds): off,
   * the page fetches the whole rebound_bg.wasm, as a development build does. */
  REBOUND_NO_HEAD: "head",
  /** Shorter import names (scripts/wasm-names.mjs, release builds): off,
   * the module and its glue keep wasm-bindgen's names. */
  REBOUND_NO_SHORT_NAMES: "shortNames",
  /** The loader patch (`withEarlyCompile`): off, the parts load through
   * wasm-split-cli's own loader, and index.html's first script starts no
   * part early. That loader also skips index.html's checks of a part
   * (`__reboundBoot.wasm`): a part's fetch answered by a host's fallback
   * page, or a .wasm sent as application/octet-stream, then fails as a
   * plain load failure ("This page couldn't open"). */
  REBOUND_NO_EARLY_COMPILE: "earlyCompile",
};

/** Which optional passes run, from the environment: `{ head, shortNames,
 * earlyCompile }`, each true unless its switch is 1. A value other than
 * 1, 0 or empty, or a REBOUND_NO_… name that isn't a switch, stops the
 * build (a typo must not pass for the default build). */
export function passes(env = process.env) {
  const on = {};
  for (const [name, pass] of Object.entries(SWITCHES)) {
    const value = env[name] ?? "";
    if (!["", "0", "1"].includes(value)) throw new Error(`split: ${name}=${value}: set it to 1 (the pass is off) or leave it unset`);
    on[pass] = value !== "1";
  }
  const unknown = Object.keys(env).filter((k) => k.startsWith("REBOUND_NO_") && !(k in SWITCHES));
  if (unknown.length) throw new Error(`split: ${unknown.join(", ")}: no such switch (the switches: ${Object.keys(SWITCHES).join(", ")})`);
  return on;
}

/** The files of split `split` (`data`, `form`) and of the chunks it
 * shares, as wasm-split-cli's loader names them: what index.html's first
 * script may start compiling early. */
export function partFiles(loader, split) {
  const fileOf = (name) => loader.match(new RegExp(`${name} = (?:wrapAsyncCb\\()?makeLoad\\(\\(\\) => \\{\\s*const src = fetch\\(new URL\\("\\./([^"]+)"`))?.[1];
  const deps = loader.match(new RegExp(`__wasm_split_load_${split} = [\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)\\);`))?.[1] ?? "";
  const own = fileOf(`__wasm_split_load_${split}`);
  if (!own) return [];
  return [own, ...deps.split(",").map((d) => d.trim()).filter(Boolean).map(fileOf)].filter(Boolean);
}

/** The loader patch. The split loader fetches and compiles a part only
 * when it is first called, after the main module runs. When data is
 * stored, index.html's first script starts compiling the data part (and
 * the parts it shares) beside the main module instead, in
 * `__reboundEarly`; the part's loader then only instantiates it. (An
 * `import()` of this loader to do that started the fetch later, after the
 * page's scripts: docs/performance.md, "Where the build's numbers are".)
 * Every other part goes through index.html's checks too (`fetchPart`).
 * Switch: REBOUND_NO_EARLY_COMPILE. */
export function withEarlyCompile(loader) {
  const fetcher = /makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => (?:debugWrap)?\(WebAssembly\.instantiateStreaming\(src, imports\)\);\s*\}/g;
  // (A debug build's loader wraps the instantiation in `debugWrap`, which
  // only adds a console hint for mismatched parts; it is dropped here.)
  const patched = loader.replace(fetcher, (_, file) => `makeLoad(() => fetchPart(${JSON.stringify(file)})`);
  if (patched === loader || /instantiateStreaming\(src/.test(patched)) throw new Error("split: the wasm-split loader's format changed; update withEarlyCompile");
  return `${chunkTable(patched)}
function fetchPart(file) {
    const started = globalThis.__reboundEarly;
    const early = started?.[file];
    if (started) delete started[file];
    // index.html's checks: a host's fallback page or another build's file
    // is told from a failed fetch (and starts the "this build is gone" path).
    const boot = globalThis.__reboundBoot;
    const fresh = () => boot.wasm(boot.get(new URL("./" + file, import.meta.url)));
    const module = early ? early.catch(fresh) : fresh();
    module.catch(() => {});
    return async (imports) => WebAssembly.instantiate(await module, imports);
}
`;
}

/** The chunks' loaders as one table: wasm-split-cli declares one per chunk
 * (`const __chunk_8 = makeLoad(() => fetchPart("chunk_8.wasm"), [])`) and
 * each part lists its chunks by name; with forty chunks those lines were
 * about 300 B of a first visit's page (gzip). Here the chunks are numbers
 * in one list, and a part's chunks a list of numbers. Any other shape (a
 * chunk with chunks of its own) leaves the loader as it was. */
export function chunkTable(loader) {
  const decl = /const __chunk_(\d+) = makeLoad\(\(\) => fetchPart\("chunk_\1\.wasm"\)\s*, \[\]\);/g;
  const numbers = [...loader.matchAll(decl)].map((m) => m[1]);
  if (!numbers.length) return loader;
  let first = true;
  let out = loader.replace(decl, () => {
    if (!first) return "";
    first = false;
    return `const __chunks = {};\nfor (const n of [${numbers.join(", ")}]) __chunks[n] = makeLoad(() => fetchPart("chunk_" + n + ".wasm"), []);`;
  });
  out = out.replace(/, \[((?:__chunk_\d+(?:, )?)+)\]\)/g, (_, list) => `, [${list.replace(/__chunk_/g, "")}].map((n) => __chunks[n]))`);
  return /__chunk_\d/.test(out) ? loader : out;
}

/** The pages of the app: every one is index.html (the host's SPA fallback). */
const PAGES = ["/", "/index.html", "/404.html", "/rejections", "/rejections/*", "/compose", "/goals", "/journal", "/insights", "/settings", "/settings/*", "/proof"];

/** A `_headers` file (the format Netlify and Cloudflare Pages read, and
 * scripts/static-server.mjs too): the deploy rules of docs/data.md
 * ("Deploying"). Pages and `sw.js` are never cached without asking, the
 * content-hashed pkg folder is cached for good, `.wasm` has its type, and
 * every file carries the headers a `<meta>` CSP can't. Each page also names
 * the main module (or its tail) in a `Link` header, so the browser starts
 * fetching it when the page's headers arrive, sooner than the
 * `<link rel=preload>` alone (docs/performance.md, "Where the build's
 * numbers are"). No two rules set the same header for one path (hosts
 * join such values with commas). */
export function headersFile(dir, main) {
  const link = `</${dir}/${main}>; rel=preload; as=fetch; crossorigin=anonymous`;
  const rules = [
    ["/*", ["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer", "Content-Security-Policy: frame-ancestors 'none'"]],
    ...PAGES.map((p) => [p, ["Cache-Control: no-cache", `Link: ${link}`]]),
    ["/sw.js", ["Cache-Control: no-cache"]],
    [`/${dir}/*`, ["Cache-Control: public, max-age=31536000, immutable"]],
    ["/*.wasm", ["Content-Type: application/wasm"]],
  ];
  return rules.map(([path, lines]) => `${path}\n${lines.map((l) => `  ${l}\n`).join("")}`).join("");
}

/** The same rules for nginx, to `include` in a `server` block whose root is
 * dist/, after the usual `include mime.types` (tests/build/nginx.test.mjs
 * tries it on a real nginx). Its SPA fallback covers the app's pages only:
 * a missing file of the pkg folder, or any missing .wasm, .js or other
 * file of the app, is a plain-text 404, never index.html. What nginx makes
 * easy to get wrong:
 * - `types { … }` replaces the whole inherited map (html, js and css would
 *   then be `default_type`, fatal with nosniff): so `.wasm` and
 *   `.webmanifest` get their type in a location of their own, from an empty
 *   map and `default_type` (nginx before 1.21 has no wasm type);
 * - a level with any `add_header` inherits none from above: each location
 *   that adds one repeats the security headers, and the nested locations
 *   add none, so they inherit their parent's;
 * - `always` puts a header on errors too: the security headers, yes, but
 *   not `immutable` (a browser would keep a 404 of a file still uploading
 *   for a year). */
export function nginxFile(dir, main) {
  const secure = `add_header X-Content-Type-Options nosniff always;
  add_header Referrer-Policy no-referrer always;
  add_header Content-Security-Policy "frame-ancestors 'none'" always;`;
  const wasm = "types {} default_type application/wasm; try_files $uri @rebound_404;";
  const notFound = 'types {} default_type text/plain; return 404 "Not found\\n";';
  return `# Rebound on nginx: include this in the server block whose root is dist/,
# after \`include mime.types\`. Written by the build (scripts/split.mjs);
# see README.md, "Deploying".
${secure.replace(/\n  /g, "\n")}
gzip_static on;

location = /sw.js {
  add_header Cache-Control no-cache always;
  ${secure}
}
location = /index.html {
  add_header Cache-Control no-cache always;
  add_header Link "</${dir}/${main}>; rel=preload; as=fetch; crossorigin=anonymous" always;
  ${secure}
}
location ^~ /pkg- {
  add_header Cache-Control "public, max-age=31536000, immutable";
  ${secure}
  try_files $uri @rebound_404;
  location ~ \\.wasm$ { ${wasm} }
}
location ~ ^/_ { ${notFound} }
location ~ \\.wasm$ { ${wasm} }
location ~ \\.webmanifest$ { types {} default_type application/manifest+json; try_files $uri @rebound_404; }
location ~ \\.(js|mjs|css|txt|json|png|svg|ico)$ { try_files $uri @rebound_404; }
location @rebound_404 { ${notFound} }
location / {
  add_header Cache-Control no-cache always;
  ${secure}
  try_files $uri /index.html;
}
`;
}

/** Bundles the glue and the split loader (which import each other) with
 * Trunk's start-up code into one inline module script, in place of Trunk's
 * own. On a slow link the page's bytes arrive while the main module's
 * request is still on its way out and back (the time `splitHead` fills
 * too); as separate files the glue and loader shared the link with the
 * main module instead, and cost two requests more (the A/B is in
 * docs/performance.md, "Where the build's numbers are"). Their
 * `import.meta.url` (the split loader finds the parts beside itself)
 * becomes the folder's address. */
function inlineGlue(html, staging, dir, work, release, tailCheck) {
  const trunk = html.match(/<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);\s*window\.wasmBindings = bindings;\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);\s*<\/script>/);
  if (!trunk || trunk[1] !== `/${dir}/rebound.js` || trunk[2] !== `/${dir}/rebound_bg.wasm`) {
    throw new Error("split: Trunk's start-up script changed; update inlineGlue in split.mjs");
  }
  const pkg = join(staging, dir);
  const entry = join(work, "entry.js");
  writeFileSync(
    entry,
    `import init, * as bindings from ${JSON.stringify(resolve(pkg, "rebound.js"))};
import { mainModule } from ${JSON.stringify(fileURLToPath(new URL("./main-module.js", import.meta.url)))};
// A start that fails shows index.html's repair screen (or, for another
// build's files, reloads once); one that runs is watched until the app is up.
const boot = window.__reboundBoot;
let wasm;
try {
  wasm = await init({ module_or_path: mainModule(${JSON.stringify(`/${dir}/`)}, document.getElementById("rebound-head"), window.__reboundMain, ${JSON.stringify(tailCheck)}) });
} catch (e) {
  boot.failed(e);
}
if (wasm) {
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
  boot.started();
}
`,
  );
  const out = join(work, "entry.bundle.js");
  run("esbuild", [
    entry,
    "--bundle",
    "--format=esm",
    ...(release ? ["--minify"] : []),
    "--log-level=error",
    "--define:import.meta.url=__reboundPkgUrl",
    `--banner:js=const __reboundPkgUrl = new URL(${JSON.stringify(`/${dir}/rebound.js`)}, location.href).href;`,
    `--outfile=${out}`,
  ]);
  const js = readFileSync(out, "utf8").trim();
  if (js.includes("import.meta") || /(^|[;\n])\s*import[\s{*]/.test(js) || /<\/script|<!--/i.test(js)) {
    throw new Error("split: the bundled glue still imports something, or can't be inlined");
  }
  for (const f of ["rebound.js", "__wasm_split.js"]) rmSync(join(pkg, f));
  return html.replace(trunk[0], () => `<script type="module">${js}</script>`);
}

/** The main module's first half goes into the page; the rest is
 * `rebound_tail.wasm` beside it (see scripts/main-module.js, which joins
 * them). On a slow link the tail's request leaves when the page commits
 * and waits a round trip for its first byte; the page's own bytes fill
 * that wait. Half is what gained most: less left the wait idle, more made
 * the page itself end later, and the page's module script runs only once
 * the page has all arrived (the A/B of each share is in
 * docs/performance.md, "Session 8"). Deflated with zopfli in zlib's format
 * (what `DecompressionStream("deflate")` reads) and base64'd: the page is
 * served gzipped, which brings the base64 back to about the deflated size.
 * `rebound_bg.wasm` stays whole beside them, for returning visits (their
 * browser keeps the code compiled from that file) and browsers without
 * `DecompressionStream`. Switch: REBOUND_NO_HEAD. */
export async function splitHead(pkg) {
  const wasm = readFileSync(join(pkg, "rebound_bg.wasm"));
  const half = Math.floor(wasm.length / 2);
  writeFileSync(join(pkg, "rebound_tail.wasm"), wasm.subarray(half));
  const deflated = Buffer.from(await zlibAsync(wasm.subarray(0, half), { numiterations: 15 }));
  return deflated.toString("base64");
}

/** Splits cargo's wasm and installs the parts into `staging` (Trunk's
 * staged dist/); returns the pkg folder's name. `on`: the optional passes
 * (`passes()`, from the switches). */
export async function splitInto(staging, release, on = passes()) {
  const off = Object.entries(SWITCHES).filter(([, pass]) => !on[pass]).map(([name]) => name);
  if (off.length) console.log(`split: not the default build: ${off.join(", ")}`);
  const targetDir = process.env.CARGO_TARGET_DIR || "target";
  const input = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "rebound.wasm");
  if (!existsSync(input)) throw new Error(`split: ${input} not found`);
  const work = join(targetDir, "split");
  rmSync(work, { recursive: true, force: true });
  const out = cut(input, work);
  const loader = readFileSync(join(out, "__wasm_split.js"), "utf8");
  const head = await finishPkg(out, release, on);
  return installPkg(staging, out, { loader, head, release, work, earlyCompile: on.earlyCompile });
}

/** Steps 1 and 2: cargo's wasm cut at the split points, and the main
 * module's glue. Returns the folder holding them all. */
function cut(input, work) {
  const parts = join(work, "parts");
  const out = join(work, "out");
  mkdirSync(parts, { recursive: true });
  run("wasm-split-cli", ["--target", "web", "--out-name", "rebound", input, parts]);
  run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript", "--out-dir", out, "--out-name", "rebound", join(parts, "rebound.wasm")]);
  for (const f of readdirSync(parts)) {
    if (f !== "rebound.wasm") cpSync(join(parts, f), join(out, f));
  }
  return out;
}

/** Steps 3 to 6, on the folder `cut` made (rebound_bg.wasm, rebound.js,
 * __wasm_split.js and the parts), in place; `on` says which optional
 * passes run. Returns the page's half of the main module (base64), or
 * null when the page gets none. */
export async function finishPkg(out, release, on) {
  if (release && on.shortNames) {
    const renamed = shortenImports(join(out, "rebound_bg.wasm"), join(out, "rebound.js"));
    console.log(`split: ${renamed} import names shortened`);
  }
  if (on.earlyCompile) {
    const loaderPath = join(out, "__wasm_split.js");
    writeFileSync(loaderPath, withEarlyCompile(readFileSync(loaderPath, "utf8")));
  }
  if (release) {
    for (const f of readdirSync(out).filter((f) => f.endsWith(".wasm"))) {
      const p = join(out, f);
      // REBOUND_WASM_NAMES=1 keeps function names, for a profile.
      const names = process.env.REBOUND_WASM_NAMES === "1" ? ["-g"] : [];
      run("wasm-opt", ["-Oz", ...names, "--enable-bulk-memory", "--enable-nontrapping-float-to-int", p, "-o", p]);
    }
    // The glue and the loader come before the app responds: minified, they
    // are smaller gzipped. (wasm-bindgen repeats one import key, with the
    // same module for both; esbuild's warning about it is noise.)
    for (const f of readdirSync(out).filter((f) => f.endsWith(".js"))) {
      const p = join(out, f);
      run("esbuild", [p, "--minify", "--format=esm", "--log-level=error", "--allow-overwrite", `--outfile=${p}`]);
    }
  }
  // (The head is made from rebound_bg.wasm, so the folder's hash covers it.)
  return release && on.head ? await splitHead(out) : null;
}

/** Step 7: the folder `out` (finished) moves into `staging` under its
 * hash, and the staged index.html, `_headers` and `_nginx.conf` are
 * written for it. `loader`: the split loader as wasm-split-cli wrote it
 * (it names the data part's files); `head`: what `finishPkg` returned;
 * `earlyCompile`: whether the loader was patched (if not, index.html's
 * first script is given no part to start early). Returns the folder's name. */
export function installPkg(staging, out, { loader, head, release, work, earlyCompile }) {
  const main = head ? "rebound_tail.wasm" : "rebound_bg.wasm";
  const wasm = readdirSync(out).filter((f) => f.endsWith(".wasm") && f !== "rebound_tail.wasm");
  // One hash over every file: the folder's name changes whenever any part does.
  const files = readdirSync(out).sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update(readFileSync(join(out, f)));
  const dir = `pkg-${hash.digest("hex").slice(0, 16)}`;
  renameSync(out, join(staging, dir));

  // Point Trunk's loader at the split main module.
  const indexPath = join(staging, "index.html");
  let html = readFileSync(indexPath, "utf8");
  const trunkFiles = readdirSync(staging).filter((f) => /^rebound-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f));
  for (const f of trunkFiles) {
    const to = f.endsWith(".wasm") ? `${dir}/rebound_bg.wasm` : `${dir}/rebound.js`;
    html = html.split(`/${f}`).join(`/${to}`);
    rmSync(join(staging, f));
  }
  // A returning visit fetches the data part (and the parts it shares) beside
  // the main module: index.html's first script lists them. (Only for the
  // patched loader, which takes them; wasm-split-cli's own would fetch
  // them again.)
  const dataParts = earlyCompile ? partFiles(loader, "data") : [];
  // And the log form's, for a visit that asks for it before the app is up.
  const formParts = earlyCompile ? partFiles(loader, "form") : [];
  // (And on a returning visit it starts the whole main module from there.)
  if (!html.includes('["__DATA_PARTS__"]') || !html.includes('["__FORM_PARTS__"]') || !html.includes('var DIR = "__PARTS_DIR__";')) throw new Error("split: index.html's early-compile script changed; update split.mjs");
  html = html.replace('"__PARTS_DIR__"', JSON.stringify(`/${dir}/`));
  html = html.replace('["__DATA_PARTS__"]', JSON.stringify(dataParts));
  html = html.replace('["__FORM_PARTS__"]', JSON.stringify(formParts));

  // Fetch the main module (or its tail) from the start, before the
  // (inlined) stylesheet: Trunk puts its hint at the end of <head>, where it
  // started late, and with an `integrity` that Chromium ignores on a fetch
  // preload (with a console warning). The glue's own hint goes: the glue is
  // in the page now. Marked `data-first-visit`, as the page's half is: the
  // service worker drops both from the page it serves (public/sw.js).
  html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, "");
  const preload = `<link rel="preload" href="/${dir}/${main}" crossorigin="anonymous" as="fetch" type="application/wasm" data-first-visit>`;
  html = html.replace(/(<style|<link rel="stylesheet")/, `${preload}\n    $1`);
  // The tail's first bytes and length, so a stale page can tell its own
  // tail from another build's file or a host's fallback page.
  const tail = head ? readFileSync(join(staging, dir, "rebound_tail.wasm")) : null;
  const tailCheck = tail ? { start: tail.subarray(0, 16).toString("hex"), size: tail.length } : null;
  html = inlineGlue(html, staging, dir, work, release, tailCheck);
  if (head) {
    // After the static frame, so the frame is parsed and painted first.
    if (!html.includes("</body>")) throw new Error("split: index.html has no </body>");
    html = html.replace("</body>", () => `<script type="application/octet-stream" id="rebound-head" data-first-visit>${head}</script>\n  </body>`);
  }
  writeFileSync(indexPath, html);
  writeFileSync(join(staging, "_headers"), headersFile(dir, main));
  writeFileSync(join(staging, "_nginx.conf"), nginxFile(dir, main));
  const sizes = wasm.map((f) => `${f} ${readFileSync(join(staging, dir, f)).length}`).join(", ");
  console.log(`split: ${dir}: ${sizes}`);
  return dir;
}
