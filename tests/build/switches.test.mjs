// The split step with each optional pass switched off (scripts/split.mjs,
// `SWITCHES`; docs/build.md, "Switches"): on fixtures, the folder and the
// page it makes must still be a working build, and the one pass gone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { finishPkg, installPkg, partFiles, passes, SWITCHES } from "../../scripts/split.mjs";
import { classicScripts, cutFolder, IMPORTS, loaderFixture, moduleScript, stagedDist, withoutWasmOpt } from "./fixture.mjs";

test("no switch set: every pass runs", () => {
  assert.deepEqual(passes({}), { head: true, shortNames: true, earlyCompile: true });
  assert.deepEqual(passes({ REBOUND_NO_HEAD: "", REBOUND_NO_SHORT_NAMES: "0" }), { head: true, shortNames: true, earlyCompile: true });
});

test("each switch turns off its own pass, and only that one", () => {
  for (const [name, pass] of Object.entries(SWITCHES)) {
    const on = passes({ [name]: "1" });
    for (const other of Object.values(SWITCHES)) assert.equal(on[other], other !== pass, `${name}=1 and ${other}`);
  }
});

test("a switch set to something else, or misspelt, stops the build", () => {
  assert.throws(() => passes({ REBOUND_NO_HEAD: "yes" }), /REBOUND_NO_HEAD=yes/);
  assert.throws(() => passes({ REBOUND_NO_HAED: "1" }), /no such switch/);
});

const importNames = (bytes) => WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.name);

/** A release build's split step on the fixtures, with `off` switched off:
 * the staged dist/ and its pkg folder. (With a switch, wasm-opt is a
 * stand-in: see `withoutWasmOpt`.) */
async function build(off = []) {
  if (off.length) return withoutWasmOpt(() => buildWith(off));
  return buildWith(off);
}

async function buildWith(off) {
  const on = passes(Object.fromEntries(off.map((name) => [name, "1"])));
  const out = cutFolder();
  const staging = stagedDist();
  const loader = readFileSync(join(out, "__wasm_split.js"), "utf8");
  const head = await finishPkg(out, true, on);
  const dir = installPkg(staging, out, { loader, head, release: true, work: join(out, ".."), earlyCompile: on.earlyCompile });
  const pkg = join(staging, dir);
  const html = readFileSync(join(staging, "index.html"), "utf8");
  return { staging, dir, pkg, html, headers: readFileSync(join(staging, "_headers"), "utf8"), main: readFileSync(join(pkg, "rebound_bg.wasm")) };
}

/** What every build, whatever its switches, must be. */
function assertWorkingShape({ staging, dir, pkg, html, main }) {
  assert.deepEqual(readdirSync(staging).filter((f) => f.startsWith("rebound-")), [], "Trunk's unsplit files are gone");
  for (const f of ["rebound_bg.wasm", "chunk_3.wasm", "split_data.wasm", "split_pages.wasm"]) {
    assert.ok(WebAssembly.validate(readFileSync(join(pkg, f))), `${f} is valid wasm`);
  }
  assert.ok(!existsSync(join(pkg, "rebound.js")) && !existsSync(join(pkg, "__wasm_split.js")), "the glue and loader are in the page");
  assert.ok(!html.includes("__PARTS_DIR__") && !html.includes("__DATA_PARTS__") && !html.includes("__FORM_PARTS__"), "the placeholders are filled");
  assert.ok(html.includes(`var DIR = "/${dir}/";`));
  assert.ok(!html.includes("rebound-0123456789abcdef"), "nothing names Trunk's files");
  const module = moduleScript(html);
  assert.ok(module && !module.includes("import.meta") && !/(^|[;\n])\s*import[\s{*]/.test(module), "one self-contained module script");
  for (const name of importNames(main)) assert.ok(module.includes(name), `the glue provides ${name}`);
}

/** Runs the page's first script as a returning visit (something stored)
 * does; returns the files it fetched and `window`. */
function runFirstScript(html) {
  const fetched = [];
  const classes = new Set();
  const window = {
    fetch: (url) => {
      fetched.push(url);
      return new Promise(() => {});
    },
    localStorage: { getItem: (k) => (k === "rebound.data" ? "{}" : null) },
    sessionStorage: { getItem: () => null, setItem() {} },
    location: { pathname: "/" },
    navigator: {},
    addEventListener() {},
    document: { documentElement: { classList: { add: (c) => classes.add(c) }, setAttribute() {} }, addEventListener() {} },
    WebAssembly,
    Promise,
  };
  window.window = window;
  vm.runInNewContext(classicScripts(html)[0], window);
  return { fetched, window, classes };
}

test("the default build: short names, the patched loader, half the module in the page", async () => {
  const built = await build();
  assertWorkingShape(built);
  const { html, headers, pkg, dir, main } = built;
  assert.deepEqual(importNames(main), ["a0", "a1", "a2"]);
  for (const name of IMPORTS) assert.ok(!html.includes(name), `${name} is renamed in the glue too`);
  assert.match(html, /<script type="application\/octet-stream" id="rebound-head" data-first-visit>[A-Za-z0-9+/=]+<\/script>\s*<\/body>/);
  const tail = readFileSync(join(pkg, "rebound_tail.wasm"));
  assert.ok(moduleScript(html).includes(tail.subarray(0, 16).toString("hex")), "the page knows its tail's first bytes");
  assert.ok(html.includes(`<link rel="preload" href="/${dir}/rebound_tail.wasm"`));
  assert.ok(headers.includes(`Link: </${dir}/rebound_tail.wasm>; rel=preload`));
  const module = moduleScript(html);
  assert.ok(module.includes("__reboundEarly") && !module.includes("instantiateStreaming"), "parts go through fetchPart");
  const { fetched, window } = runFirstScript(html);
  assert.deepEqual(fetched.sort(), [`/${dir}/chunk_3.wasm`, `/${dir}/rebound_bg.wasm`, `/${dir}/split_data.wasm`]);
  assert.deepEqual(Object.keys(window.__reboundEarly).sort(), ["chunk_3.wasm", "split_data.wasm"]);
});

test("REBOUND_NO_HEAD: no half in the page; the page fetches the whole main module", async () => {
  const built = await build(["REBOUND_NO_HEAD"]);
  assertWorkingShape(built);
  const { html, headers, pkg, dir, main } = built;
  assert.ok(!html.includes('id="rebound-head"'), "no head block");
  assert.ok(!existsSync(join(pkg, "rebound_tail.wasm")), "no tail file");
  assert.ok(html.includes(`<link rel="preload" href="/${dir}/rebound_bg.wasm"`));
  assert.ok(headers.includes(`Link: </${dir}/rebound_bg.wasm>; rel=preload`) && !headers.includes("rebound_tail"));
  // The other passes still ran.
  assert.deepEqual(importNames(main), ["a0", "a1", "a2"]);
  assert.ok(moduleScript(html).includes("__reboundEarly"));
});

test("REBOUND_NO_SHORT_NAMES: the module and its glue keep wasm-bindgen's names", async () => {
  const built = await build(["REBOUND_NO_SHORT_NAMES"]);
  assertWorkingShape(built);
  assert.deepEqual(importNames(built.main), IMPORTS);
  for (const name of IMPORTS) assert.ok(moduleScript(built.html).includes(name), `the glue still names ${name}`);
  assert.ok(built.html.includes('id="rebound-head"'));
});

test("REBOUND_NO_EARLY_COMPILE: wasm-split-cli's own loader, and no part started early", async () => {
  const built = await build(["REBOUND_NO_EARLY_COMPILE"]);
  assertWorkingShape(built);
  const { html, dir } = built;
  const module = moduleScript(html);
  assert.ok(module.includes("instantiateStreaming") && !module.includes("__reboundEarly"), "the loader is unpatched");
  assert.match(classicScripts(html)[0], /if \(stored\) start\(\[\]\);/, "the page's list of early data parts is empty");
  assert.match(classicScripts(html)[0], /start\(\[\]\);\s*\};/, "and of the form's");
  // A returning visit still starts the whole main module early (that is
  // main-module.js's, not the loader's), and fetches no part for nothing.
  const { fetched, window } = runFirstScript(html);
  assert.deepEqual(fetched, [`/${dir}/rebound_bg.wasm`]);
  assert.deepEqual(Object.keys(window.__reboundEarly), [], "nothing started early");
  assert.ok(html.includes('id="rebound-head"'));
});

test("a development build: the loader patched or not, nothing else changes", async () => {
  for (const earlyCompile of [true, false]) {
    const out = cutFolder("debug");
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    const head = await finishPkg(out, false, { head: true, shortNames: true, earlyCompile });
    assert.equal(head, null, "no half in the page");
    for (const [f, bytes] of Object.entries(before)) {
      const now = readFileSync(join(out, f));
      if (f === "__wasm_split.js" && earlyCompile) assert.ok(now.toString().includes("function fetchPart(file)"));
      else assert.deepEqual(now, bytes, `${f} as wasm-split-cli and wasm-bindgen wrote it`);
    }
    assert.equal(readFileSync(join(out, "__wasm_split.js"), "utf8") === loaderFixture("debug"), !earlyCompile);
  }
});

test("the parts a page may start early: a split's own file and the chunks it shares, none for a split the build lacks", () => {
  const three = loaderFixture("release-three-parts");
  assert.deepEqual(partFiles(three, "data"), ["split_data.wasm", "chunk_4.wasm", "chunk_5.wasm"]);
  assert.deepEqual(partFiles(three, "form"), ["split_form.wasm", "chunk_4.wasm", "chunk_6.wasm"]);
  assert.deepEqual(partFiles(loaderFixture("release"), "form"), []);
});

/** index.html's first script, its lists filled in, run as a first visit
 * (nothing stored, no service worker) at `path`; returns what it fetched,
 * `window` and the click listener it set. */
function firstVisit(path) {
  const raw = readFileSync("index.html", "utf8");
  const script = classicScripts(raw)[0]
    .replace('"__PARTS_DIR__"', '"/pkg-1/"')
    .replace('["__DATA_PARTS__"]', '["split_data.wasm", "chunk_4.wasm"]')
    .replace('["__FORM_PARTS__"]', '["split_form.wasm", "chunk_4.wasm", "chunk_6.wasm"]');
  const fetched = [];
  let click;
  const window = {
    fetch: (url) => {
      fetched.push(url);
      return new Promise(() => {});
    },
    localStorage: { getItem: () => null },
    location: { pathname: path, search: "", origin: "http://x" },
    history: { pushState: (_, __, to) => (window.location.pathname = to) },
    performance: { getEntriesByType: () => [{ type: "navigate" }] },
    navigator: {},
    addEventListener() {},
    document: {
      documentElement: { classList: { add() {} }, setAttribute() {} },
      addEventListener: (type, f) => type === "click" && (click = f),
    },
    WebAssembly,
    Promise,
  };
  window.window = window;
  vm.runInNewContext(script, window);
  return { fetched, window, click };
}

test("the log form asked for before the app is up: its part starts beside the main module, once", () => {
  const form = ["/pkg-1/chunk_4.wasm", "/pkg-1/chunk_6.wasm", "/pkg-1/split_form.wasm"];
  // An address: the share target's, or a bookmark.
  assert.deepEqual(firstVisit("/rejections/new").fetched.sort(), form);
  // The static welcome: nothing until Log a rejection is tapped; then the form's part, and only once.
  const { fetched, window, click } = firstVisit("/");
  assert.deepEqual(fetched, []);
  const link = (pathname) => ({ closest: () => ({ origin: "http://x", pathname, search: "" }) });
  const tap = (pathname) => click({ target: link(pathname), button: 0, preventDefault() {} });
  tap("/goals");
  assert.deepEqual(fetched, [], "another page's link starts nothing");
  tap("/rejections/new");
  tap("/rejections/new");
  assert.deepEqual(fetched.sort(), form);
  assert.deepEqual(Object.keys(window.__reboundEarly).sort(), ["chunk_4.wasm", "chunk_6.wasm", "split_form.wasm"]);
});
