// Shorter import names for the main module. wasm-bindgen names each import
// after the JS it calls plus a 16-digit hash (`__wbg_getAttribute_c7b8…`);
// each appears twice (in the module and as a key of its glue's import
// object), and the hashes barely compress, so they were kilobytes of a slow
// phone's first download (docs/performance.md, "Where the build's numbers
// are"). Both sides are renamed together (`a0`, `a1`, …), in release
// builds, before wasm-opt and esbuild. Switch: REBOUND_NO_SHORT_NAMES
// (scripts/split.mjs, docs/build.md).
import { readFileSync, writeFileSync } from "node:fs";

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [value, at];
    shift += 7;
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return Buffer.from(out);
}

const text = new TextDecoder();

function readName(bytes, at) {
  const [len, start] = leb(bytes, at);
  return [text.decode(bytes.subarray(start, start + len)), start + len];
}

/** Skips an import's description (function, table, memory, global, tag). */
function skipDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return leb(bytes, at + 1)[1];
    default: throw new Error(`wasm-names: unknown import kind ${kind}`);
  }
}

/** The module's sections as [id, start of payload, end]. */
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    out.push([id, start, start + size, at]);
    at = start + size;
  }
  return out;
}

function exportNames(bytes, [, start]) {
  const names = new Set();
  let [count, at] = leb(bytes, start);
  while (count--) {
    let name;
    [name, at] = readName(bytes, at);
    names.add(name);
    at = leb(bytes, at + 1)[1];
  }
  return names;
}

/** Renames the imports from `module` in `wasmPath` and the same keys in the
 * glue at `gluePath`. Throws (failing the build) if the two disagree. */
export function shortenImports(wasmPath, gluePath, module = "./rebound_bg.js") {
  const bytes = readFileSync(wasmPath);
  const all = sections(bytes);
  const imports = all.find(([id]) => id === 2);
  const exported = all.find(([id]) => id === 7);
  if (!imports) return 0;
  const keep = exported ? exportNames(bytes, exported) : new Set();
  let glue = readFileSync(gluePath, "utf8");

  const parts = [];
  let [count, at] = leb(bytes, imports[1]);
  parts.push(encodeLeb(count));
  let renamed = 0;
  while (count--) {
    const begin = at;
    let mod;
    let name;
    [mod, at] = readName(bytes, at);
    const nameAt = at;
    [name, at] = readName(bytes, at);
    const end = skipDesc(bytes, at);
    if (mod !== module || keep.has(name) || !/^__wb/.test(name)) {
      parts.push(bytes.subarray(begin, end));
    } else {
      const short = `a${(renamed++).toString(36)}`;
      const key = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, "g");
      const uses = glue.match(key)?.length ?? 0;
      if (uses !== 1) throw new Error(`wasm-names: ${name} is used ${uses} times in the glue (expected once, as a key)`);
      glue = glue.replace(key, short);
      const shortBytes = Buffer.from(short);
      parts.push(bytes.subarray(begin, nameAt), encodeLeb(shortBytes.length), shortBytes, bytes.subarray(at, end));
    }
    at = end;
  }
  const payload = Buffer.concat(parts);
  const section = Buffer.concat([Buffer.from([2]), encodeLeb(payload.length), payload]);
  const out = Buffer.concat([bytes.subarray(0, imports[3]), section, bytes.subarray(imports[2])]);
  writeFileSync(wasmPath, out);
  writeFileSync(gluePath, glue);
  return renamed;
}
