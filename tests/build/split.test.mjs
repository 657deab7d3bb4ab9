// The build's split step (scripts/split.mjs). It patches the loader that
// wasm-split-cli writes; that tool's release and debug builds write it
// differently, and both must be patched, or `trunk serve` and the release
// build stop at the split step (the fixtures are its own output, unpatched;
// loader.test.mjs runs both forms). And it puts half the main module in the
// page, for scripts/main-module.js to join to the rest. switches.test.mjs
// runs the step with each optional pass off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mainModule } from "../../scripts/main-module.js";
import { splitHead, withEarlyCompile } from "../../scripts/split.mjs";

const twoParts = ["chunk_3.wasm", "split_data.wasm", "split_pages.wasm"];
const threeParts = ["chunk_4.wasm", "chunk_5.wasm", "chunk_6.wasm", "split_data.wasm", "split_form.wasm", "split_pages.wasm"];
for (const [kind, parts] of [["release", twoParts], ["debug", twoParts], ["release-three-parts", threeParts]]) {
  test(`the ${kind} build's loader takes parts compiled early`, () => {
    const loader = readFileSync(new URL(`./fixtures/loader-${kind}.js`, import.meta.url), "utf8");
    const patched = withEarlyCompile(loader);
    for (const part of parts) {
      // (A chunk goes through it by number, from the loader's chunk table.)
      const chunk = /^chunk_(\d+)\.wasm$/.exec(part);
      const table = /for \(const n of \[([\d, ]+)\]\) __chunks\[n\] = makeLoad\(\(\) => fetchPart\("chunk_" \+ n \+ "\.wasm"\)/.exec(patched);
      if (chunk) assert.ok(table && table[1].split(", ").includes(chunk[1]), `${part} goes through fetchPart`);
      else assert.ok(patched.includes(`makeLoad(() => fetchPart(${JSON.stringify(part)})`), `${part} goes through fetchPart`);
    }
    assert.ok(!/instantiateStreaming\(src, imports\)/.test(patched), "no part is fetched the old way");
    assert.ok(patched.includes("function fetchPart(file)"));
  });
}

test("a loader in a format the patch doesn't know stops the build", () => {
  assert.throws(() => withEarlyCompile("export const x = 1;\n"), /loader's format changed/);
});

// Half the main module travels in the page (scripts/split.mjs `splitHead`)
// and scripts/main-module.js joins it to the fetched rest.

/** A build folder holding `bytes` as the main module, split as a release build does. */
async function splitFolder(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "rebound-head-"));
  writeFileSync(join(dir, "rebound_bg.wasm"), bytes);
  const head = await splitHead(dir);
  const tail = readFileSync(join(dir, "rebound_tail.wasm"));
  return { dir, head, tail, tailCheck: { start: tail.subarray(0, 16).toString("hex"), size: tail.length } };
}

/** The page's data block, as the module script finds it. */
const holder = (text) => ({ textContent: text, removed: false, remove() { this.removed = true; } });

/** index.html's boot helpers, as main-module.js uses them: `wasm` compiles
 * a response (here: notes it and hands it back), `gone` makes the error
 * of a build that is no longer on the host. */
function bootHelpers() {
  const boot = {
    compiled: [],
    get: (url) => globalThis.fetch(url),
    wasm: (res) => Promise.resolve(res).then((r) => (boot.compiled.push(r), { compiledFrom: r })),
    gone: () => Object.assign(new Error("This version of Rebound is no longer on its website."), { gone: true }),
  };
  globalThis.window = { __reboundBoot: boot };
  return boot;
}

/** Serves the tail (or `body`) as the page's fetch would, noting what was asked for. */
function serve(body, status = 200) {
  const asked = [];
  globalThis.fetch = async (url) => {
    asked.push(String(url));
    return new Response(status === 200 ? body : "not here", { status });
  };
  return asked;
}

// Text-like and random parts, so both compress differently; odd length.
const moduleBytes = () => Buffer.concat([Buffer.from("\0asm\x01\0\0\0" + "tachys::view ".repeat(4000)), randomBytes(30_001)]);

test("the page's half and the fetched rest join into exactly the main module", async () => {
  const bytes = moduleBytes();
  const { head, tail, tailCheck } = await splitFolder(bytes);
  bootHelpers();
  assert.ok(head.length < bytes.length, "the head is deflated");
  assert.equal(tail.length, bytes.length - Math.floor(bytes.length / 2));
  const asked = serve(tail);
  const page = holder(`\n${head}\n`);
  const response = mainModule("/pkg-x/", page, undefined, tailCheck);
  assert.ok(page.removed, "the data block leaves the page");
  assert.equal(response.headers.get("content-type"), "application/wasm", "instantiateStreaming takes it");
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
  assert.deepEqual(asked, ["/pkg-x/rebound_tail.wasm"]);
});

test("without a head in the page (a development build, or REBOUND_NO_HEAD) the whole file goes through index.html's checks", async () => {
  const boot = bootHelpers();
  const asked = serve(Buffer.from("whole"));
  const module = await mainModule("/pkg-x/", null);
  assert.deepEqual(asked, ["/pkg-x/rebound_bg.wasm"]);
  assert.equal(await module.compiledFrom.text(), "whole");
  assert.equal(boot.compiled.length, 1);
});

test("a returning visit takes the module compiled early from the cache and drops the page's half", async () => {
  bootHelpers();
  const page = holder("eJwDAAAAAAE=");
  const compiled = { module: "compiled early" };
  assert.equal(await mainModule("/pkg-x/", page, Promise.resolve(compiled)), compiled);
  assert.ok(page.removed);
});

test("if that early compile failed, the whole file is fetched again", async () => {
  bootHelpers();
  const asked = serve(Buffer.from("whole"));
  const module = await mainModule("/pkg-x/", holder("eJwDAAAAAAE="), Promise.reject(new Error("offline")));
  assert.deepEqual(asked, ["/pkg-x/rebound_bg.wasm"]);
  assert.equal(await module.compiledFrom.text(), "whole");
});

test("a browser that can't inflate fetches the whole file", async () => {
  const { head } = await splitFolder(randomBytes(5_000));
  bootHelpers();
  const asked = serve(Buffer.from("whole"));
  const inflate = globalThis.DecompressionStream;
  globalThis.DecompressionStream = undefined;
  try {
    await mainModule("/pkg-x/", holder(head));
    assert.deepEqual(asked, ["/pkg-x/rebound_bg.wasm"]);
  } finally {
    globalThis.DecompressionStream = inflate;
  }
});

test("a missing tail fails the module as a build gone from the host", async () => {
  const { head, tailCheck } = await splitFolder(randomBytes(5_000));
  bootHelpers();
  serve(null, 404);
  await assert.rejects(mainModule("/pkg-x/", holder(head), undefined, tailCheck).arrayBuffer(), { gone: true });
});

test("another build's tail, or one cut short, fails the module as gone", async () => {
  const { head, tail, tailCheck } = await splitFolder(moduleBytes());
  bootHelpers();
  const other = Buffer.from(tail);
  other[3] ^= 0xff;
  serve(other);
  await assert.rejects(mainModule("/pkg-x/", holder(head), undefined, tailCheck).arrayBuffer(), { gone: true });
  serve(tail.subarray(0, tail.length - 1));
  await assert.rejects(mainModule("/pkg-x/", holder(head), undefined, tailCheck).arrayBuffer(), { gone: true });
  serve(Buffer.concat([tail, Buffer.from("<!doctype html>")]));
  await assert.rejects(mainModule("/pkg-x/", holder(head), undefined, tailCheck).arrayBuffer(), { gone: true });
});
