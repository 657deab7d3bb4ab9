// The build's split step (scripts/split.mjs). It patches the loader that
// wasm-split-cli writes; that tool's release and debug builds write it
// differently, and both must be patched, or `trunk serve` and the release
// build stop at the split step (the fixtures are its own output, unpatched).
// And it puts half the main module in the page, for scripts/main-module.js
// to join to the rest.
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mainModule } from "../../scripts/main-module.js";
import { splitHead, withEarlyCompile } from "../../scripts/split.mjs";

for (const kind of ["release", "debug"]) {
  test(`the ${kind} build's loader takes parts compiled early`, () => {
    const loader = readFileSync(new URL(`./fixtures/loader-${kind}.js`, import.meta.url), "utf8");
    const patched = withEarlyCompile(loader);
    for (const part of ["chunk_3.wasm", "split_data.wasm", "split_pages.wasm"]) {
      assert.ok(patched.includes(`makeLoad(() => fetchPart(${JSON.stringify(part)})`), `${part} goes through fetchPart`);
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
  return { dir, head, tail: readFileSync(join(dir, "rebound_tail.wasm")) };
}

/** The page's data block, as the module script finds it. */
const holder = (text) => ({ textContent: text, removed: false, remove() { this.removed = true; } });

/** Serves the tail as the page's fetch would, noting what was asked for. */
function serveTail(tail, status = 200) {
  const asked = [];
  globalThis.fetch = async (url) => {
    asked.push(String(url));
    return new Response(status === 200 ? tail : "not here", { status });
  };
  return asked;
}

test("the page's half and the fetched rest join into exactly the main module", async () => {
  // Text-like and random parts, so both compress differently; odd length.
  const bytes = Buffer.concat([Buffer.from("\0asm\x01\0\0\0" + "tachys::view ".repeat(4000)), randomBytes(30_001)]);
  const { head, tail } = await splitFolder(bytes);
  assert.ok(head.length < bytes.length, "the head is deflated");
  assert.equal(tail.length, bytes.length - Math.floor(bytes.length / 2));
  const asked = serveTail(tail);
  const page = holder(`\n${head}\n`);
  const response = mainModule("/pkg-x/", page);
  assert.ok(page.removed, "the data block leaves the page");
  assert.equal(response.headers.get("content-type"), "application/wasm", "instantiateStreaming takes it");
  assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
  assert.deepEqual(asked, ["/pkg-x/rebound_tail.wasm"]);
});

test("without a head in the page (a development build) the whole file is fetched", () => {
  assert.equal(mainModule("/pkg-x/", null), "/pkg-x/rebound_bg.wasm");
});

test("a returning visit takes the module compiled early from the cache and drops the page's half", async () => {
  const page = holder("eJwDAAAAAAE=");
  const compiled = { module: "compiled early" };
  assert.equal(await mainModule("/pkg-x/", page, Promise.resolve(compiled)), compiled);
  assert.ok(page.removed);
});

test("if that early compile failed, the whole file is fetched again", async () => {
  const asked = serveTail(Buffer.from("whole"));
  const response = await mainModule("/pkg-x/", holder("eJwDAAAAAAE="), Promise.reject(new Error("offline")));
  assert.deepEqual(asked, ["/pkg-x/rebound_bg.wasm"]);
  assert.equal(await response.text(), "whole");
});

test("a browser that can't inflate fetches the whole file", async () => {
  const { head } = await splitFolder(randomBytes(5_000));
  const inflate = globalThis.DecompressionStream;
  globalThis.DecompressionStream = undefined;
  try {
    assert.equal(mainModule("/pkg-x/", holder(head)), "/pkg-x/rebound_bg.wasm");
  } finally {
    globalThis.DecompressionStream = inflate;
  }
});

test("a missing tail fails the module, as a missing whole file would", async () => {
  const { head } = await splitFolder(randomBytes(5_000));
  serveTail(null, 404);
  await assert.rejects(mainModule("/pkg-x/", holder(head)).arrayBuffer(), /tail: HTTP 404/);
});
