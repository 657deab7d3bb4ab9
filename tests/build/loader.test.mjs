// The split loader at work, patched (`withEarlyCompile`, the default) and
// as wasm-split-cli writes it (REBOUND_NO_EARLY_COMPILE): each loads a
// part and reports to the Rust side, as the app calls it. The patched one
// takes a part index.html's first script started early, and sends every
// other through index.html's checks (`__reboundBoot.wasm`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chunkTable, withEarlyCompile } from "../../scripts/split.mjs";
import { loaderFixture, partWasm } from "./fixture.mjs";

const PART = partWasm();
const wasmResponse = (body = PART, type = "application/wasm") => new Response(body, { headers: { "content-type": type } });

/** Loads the data part through `loader` (its text) as the Rust side does:
 * `__wasm_split_load_data(callback, data)`, which calls the table's
 * `callback` with `data` and whether it worked. `answer` serves each file.
 * Returns what was fetched, what the callback heard, and index.html's
 * checks as called. */
async function loadData(loader, { answer = () => wasmResponse(), early } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "rebound-loader-"));
  writeFileSync(join(dir, "__wasm_split.js"), loader);
  writeFileSync(join(dir, "rebound.js"), "export const initSync = () => globalThis.__fixtureExports;\n");
  const heard = [];
  globalThis.__fixtureExports = {
    __indirect_function_table: { get: (i) => (data, ok) => heard.push([i, data, ok]) },
    __wasm_split_shared0: {},
    memory: new WebAssembly.Memory({ initial: 1 }),
  };
  const fetched = [];
  globalThis.fetch = async (url) => {
    const file = String(url).split("/").pop();
    fetched.push(file);
    return answer(file);
  };
  const checked = [];
  globalThis.__reboundBoot = {
    get: (url) => globalThis.fetch(url),
    // As index.html's: a compiled module, or "gone" for what isn't wasm.
    wasm: (res) =>
      Promise.resolve(res).then(async (r) => {
        checked.push(String(r.url || "response"));
        const bytes = await r.arrayBuffer();
        if (!r.ok || new Uint8Array(bytes, 0, 4).join() !== "0,97,115,109") throw Object.assign(new Error("gone"), { gone: true });
        return WebAssembly.compile(bytes);
      }),
  };
  if (early) globalThis.__reboundEarly = early;
  else delete globalThis.__reboundEarly;
  const errors = console.error;
  console.error = () => {}; // the loader logs a failed part
  try {
    const { __wasm_split_load_data } = await import(pathToFileURL(join(dir, "__wasm_split.js")));
    await __wasm_split_load_data(7, 42);
  } finally {
    console.error = errors;
  }
  return { fetched: fetched.sort(), heard, checked };
}

// The data part and the chunks it shares, in each fixture: the loaders of
// two older builds (data and pages), and today's three parts.
const FIXTURES = { release: ["chunk_3.wasm"], debug: ["chunk_3.wasm"], "release-three-parts": ["chunk_4.wasm", "chunk_5.wasm"] };

for (const [kind, chunks] of Object.entries(FIXTURES)) {
  const all = [...chunks, "split_data.wasm"];
  test(`${kind}: wasm-split-cli's own loader loads a part and the chunks it shares`, async () => {
    const { fetched, heard, checked } = await loadData(loaderFixture(kind));
    assert.deepEqual(fetched, all);
    assert.deepEqual(heard, [[7, 42, true]]);
    assert.deepEqual(checked, [], "index.html's checks aren't asked");
  });

  test(`${kind}: the patched loader loads the same, through index.html's checks`, async () => {
    const { fetched, heard, checked } = await loadData(withEarlyCompile(loaderFixture(kind)));
    assert.deepEqual(fetched, all);
    assert.deepEqual(heard, [[7, 42, true]]);
    assert.equal(checked.length, all.length);
  });

  test(`${kind}: the patched loader takes a part compiled early, and fetches it no more`, async () => {
    const early = { "split_data.wasm": WebAssembly.compile(PART) };
    const { fetched, heard } = await loadData(withEarlyCompile(loaderFixture(kind)), { early });
    assert.deepEqual(fetched, chunks);
    assert.deepEqual(heard, [[7, 42, true]]);
    assert.deepEqual(Object.keys(globalThis.__reboundEarly), [], "taken once");
  });

  test(`${kind}: a part compiled early that failed is fetched again`, async () => {
    const failed = Promise.reject(new Error("offline"));
    failed.catch(() => {});
    const { fetched, heard } = await loadData(withEarlyCompile(loaderFixture(kind)), { early: { "split_data.wasm": failed } });
    assert.deepEqual(fetched, all);
    assert.deepEqual(heard, [[7, 42, true]]);
  });
}

test("a host's fallback page for a part fails the load either way; only the patched loader tells index.html", async () => {
  const fallback = (file) => (file === "split_data.wasm" ? new Response("<!doctype html>", { headers: { "content-type": "text/html" } }) : wasmResponse());
  const patched = await loadData(withEarlyCompile(loaderFixture()), { answer: fallback });
  assert.deepEqual(patched.heard, [[7, 42, false]]);
  assert.equal(patched.checked.length, 2, "the page's checks saw it (and start the \"gone\" path)");
  const plain = await loadData(loaderFixture(), { answer: fallback });
  assert.deepEqual(plain.heard, [[7, 42, false]]);
  assert.deepEqual(plain.checked, []);
});

test("a .wasm sent as application/octet-stream: the patched loader still loads it, the plain one can't", async () => {
  const octets = () => wasmResponse(PART, "application/octet-stream");
  assert.deepEqual((await loadData(withEarlyCompile(loaderFixture()), { answer: octets })).heard, [[7, 42, true]]);
  assert.deepEqual((await loadData(loaderFixture(), { answer: octets })).heard, [[7, 42, false]]);
});

test("the patched loader lists its chunks as numbers in one table, and leaves a shape it doesn't know as it was", () => {
  const patched = withEarlyCompile(loaderFixture("release-three-parts"));
  assert.doesNotMatch(patched, /__chunk_\d/);
  assert.match(patched, /for \(const n of \[4, 5, 6\]\) __chunks\[n\] = makeLoad/);
  const odd = 'const __chunk_4 = makeLoad(() => fetchPart("chunk_4.wasm")\n, [__chunk_5]);\nconst __chunk_5 = makeLoad(() => fetchPart("chunk_5.wasm")\n, []);\n';
  assert.equal(chunkTable(odd), odd);
});
