// Fixtures for the split step's tests: what cargo, wasm-split-cli and
// wasm-bindgen would have handed `finishPkg`, and Trunk's staged dist/ for
// `installPkg`, small enough to build in milliseconds. Every .wasm is a
// real module (made with binaryen's JS API), so wasm-opt runs on it as in a
// release build; the page is the real index.html, staged as Trunk stages it.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import binaryen from "binaryen";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");

// The build's tools (esbuild, wasm-opt) as scripts/env.sh finds them.
const toolsPath = `${join(root, "node_modules", ".bin")}:${process.env.PATH}`;
process.env.PATH = toolsPath;

/** Runs `fn` with a stand-in for wasm-opt that leaves each file as it is.
 * No switch is wasm-opt's business, and binaryen's wasm-opt (JS) takes
 * ~0.3 s of CPU a call: the default build's test runs the real one, the
 * tests of each switch this one, so tests/build stays fast. */
export async function withoutWasmOpt(fn) {
  const bin = mkdtempSync(join(tmpdir(), "rebound-bin-"));
  const shim = join(bin, "wasm-opt");
  writeFileSync(
    shim,
    `#!/bin/sh
# wasm-opt's stand-in: its input (the argument that isn't a flag) to its output (-o).
while [ "$#" -gt 0 ]; do case "$1" in -o) out=$2; shift 2;; -*) shift;; *) in=$1; shift;; esac; done
[ "$in" = "$out" ] || cp "$in" "$out"
`,
  );
  chmodSync(shim, 0o755);
  process.env.PATH = `${bin}:${toolsPath}`;
  try {
    return await fn();
  } finally {
    process.env.PATH = toolsPath;
  }
}

/** wasm-bindgen's names for the main module's imports, as the glue's keys. */
export const IMPORTS = ["__wbg_log_0123456789abcdef", "__wbg_getAttribute_c7b80d4010284561", "__wbindgen_throw_fedcba9876543210"];

/** A main module importing `IMPORTS` from the glue, with an export that
 * calls them all (so wasm-opt keeps them) and some text, so its two halves
 * differ. */
export function mainWasm() {
  const m = new binaryen.Module();
  for (const name of IMPORTS) m.addFunctionImport(name, "./rebound_bg.js", name, binaryen.none, binaryen.none);
  m.addFunction("run", binaryen.none, binaryen.none, [], m.block(null, IMPORTS.map((name) => m.call(name, [], binaryen.none))));
  m.addFunctionExport("run", "run");
  const text = new TextEncoder().encode("tachys::view reactive_graph ".repeat(200));
  m.setMemory(1, 1, "memory", [{ offset: m.i32.const(1024), data: text }]);
  const bytes = m.emitBinary();
  m.dispose();
  return Buffer.from(bytes);
}

/** A split-off part: a module with one function. */
export function partWasm(value = 1) {
  const m = new binaryen.Module();
  m.addFunction("part", binaryen.none, binaryen.i32, [], m.i32.const(value));
  m.addFunctionExport("part", "part");
  const bytes = m.emitBinary();
  m.dispose();
  return Buffer.from(bytes);
}

/** The glue, shaped as wasm-bindgen's: each import name once, as a key. */
export function glue() {
  return `import * as split from "./__wasm_split.js";
let wasm;
function imports() {
  const imports = {};
  imports["./rebound_bg.js"] = {
${IMPORTS.map((name) => `    ${name}: () => split,`).join("\n")}
  };
  return imports;
}
export function initSync() {
  return wasm.exports;
}
export default async function init({ module_or_path }) {
  const { instance } = await WebAssembly.instantiate(await module_or_path, imports());
  wasm = instance;
  return instance.exports;
}
`;
}

/** The split loader as wasm-split-cli writes it (`kind`: release or debug). */
export const loaderFixture = (kind = "release") => readFileSync(join(here, "fixtures", `loader-${kind}.js`), "utf8");

/** The folder `cut` makes: main module, glue, loader and the parts the
 * fixture loader names. */
export function cutFolder(kind = "release") {
  const out = join(mkdtempSync(join(tmpdir(), "rebound-cut-")), "out");
  mkdirSync(out);
  writeFileSync(join(out, "rebound_bg.wasm"), mainWasm());
  writeFileSync(join(out, "rebound.js"), glue());
  writeFileSync(join(out, "__wasm_split.js"), loaderFixture(kind));
  ["chunk_3.wasm", "split_data.wasm", "split_pages.wasm"].forEach((f, i) => writeFileSync(join(out, f), partWasm(i)));
  return out;
}

/** Trunk's staged dist/: the real index.html with its assets inlined, its
 * start-up script and preload hints, and its unsplit glue and module. */
export function stagedDist() {
  const staging = mkdtempSync(join(tmpdir(), "rebound-stage-"));
  const trunk = "rebound-0123456789abcdef";
  let html = readFileSync(join(root, "index.html"), "utf8");
  html = html.replace(/<link data-trunk rel="inline"[^>]*>/, "<style>body{margin:0}</style>");
  html = html.replace(/\s*<link data-trunk rel="(?:copy-dir|copy-file|rust)"[^>]*>/g, "");
  html = html.replace(
    "</head>",
    `<script type="module">
import init, * as bindings from '/${trunk}.js';
const wasm = await init({ module_or_path: '/${trunk}_bg.wasm' });

window.wasmBindings = bindings;

dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
<link rel="modulepreload" href="/${trunk}.js" crossorigin="anonymous" integrity="sha384-x">
<link rel="preload" href="/${trunk}_bg.wasm" crossorigin="anonymous" integrity="sha384-y" as="fetch" type="application/wasm"></head>`,
  );
  writeFileSync(join(staging, "index.html"), html);
  writeFileSync(join(staging, `${trunk}.js`), "// Trunk's glue, unsplit\n");
  writeFileSync(join(staging, `${trunk}_bg.wasm`), partWasm());
  return staging;
}

/** The page's classic inline scripts (index.html's first script). */
export const classicScripts = (html) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** The page's module script (the bundled glue and loader). */
export const moduleScript = (html) => html.match(/<script type="module">([\s\S]*?)<\/script>/)?.[1];
