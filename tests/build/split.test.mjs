// The build's split step patches the loader that wasm-split-cli writes
// (scripts/split.mjs). Its release and debug builds write it differently;
// both must be patched, or `trunk serve` and the release build stop at the
// split step. The fixtures are that tool's own output, unpatched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withEarlyCompile } from "../../scripts/split.mjs";

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
