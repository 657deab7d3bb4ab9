#!/usr/bin/env node
// Fails when files under src/ import each other in a loop (a file's `use`
// and `crate::`/`super::` paths are its arrows; `mod` declarations and a
// module root's re-exports of its own children are not). Keeps the one way
// down (README.md, "How it's built") in the code: model and store below,
// browser glue beside, the UI's top floor (ui/pages.rs) above everything it
// names.
// Usage: node scripts/check-imports.mjs [src]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const root = process.argv[2] || "src";

function walk(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith(".rs") ? [p] : [];
  });
}

/** The module path of a file: src/a/b.rs and src/a/b/mod.rs are ["a", "b"]. */
function modulePath(file) {
  const parts = relative(root, file).split(sep);
  const last = parts.pop().replace(/\.rs$/, "");
  if (last !== "mod" && last !== "lib" && last !== "main") parts.push(last);
  return parts;
}

/** The file of a module path, if it is one. */
function fileOf(path) {
  const base = join(root, ...path);
  if (path.length === 0) return join(root, "lib.rs");
  if (existsSync(`${base}.rs`)) return `${base}.rs`;
  if (existsSync(join(base, "mod.rs"))) return join(base, "mod.rs");
  return null;
}

/** The deepest module file a path names (an item's path ends in its module). */
function resolve(path) {
  for (let n = path.length; n >= 0; n--) {
    const f = fileOf(path.slice(0, n));
    if (f) return f;
  }
  return null;
}

/** Code without comments, string contents (paths in them aren't arrows)
 * and inline test modules (their `super` is the file itself). */
function code(text) {
  const tests = text.search(/#\[cfg\(test\)\]\s*mod\s+\w+\s*\{/);
  if (tests >= 0) text = text.slice(0, tests);
  return text
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/r#*"[\s\S]*?"#*/g, '""')
    .replace(/"(?:\\.|[^"\\])*"/g, '""');
}

/** Expands a `use` tree (`a::{b, c::{d}}`) into its paths. */
function expand(tree) {
  tree = tree.replace(/\s+/g, "");
  const open = tree.indexOf("{");
  if (open < 0) return [tree.replace(/ as \w+$/, "").split("::").filter(Boolean)];
  const prefix = tree.slice(0, open).replace(/::$/, "");
  const inner = tree.slice(open + 1, tree.lastIndexOf("}"));
  const items = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === "{") depth++;
    if (c === "}") depth--;
    if ((c === "," && depth === 0) || i === inner.length) {
      if (inner.slice(start, i)) items.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  return items.flatMap((item) => expand(item).map((p) => [...(prefix ? prefix.split("::") : []), ...p]));
}

/** A path as written in `file`, made absolute (`crate`, `super`, `self`). */
function absolute(file, path) {
  const here = modulePath(file);
  const isRoot = /(^|[/\\])(mod|lib)\.rs$/.test(file);
  // `super` is the parent of the file's module; `self` the module itself.
  let base;
  let rest = [...path];
  if (rest[0] === "crate") {
    base = [];
    rest.shift();
  } else if (rest[0] === "super" || rest[0] === "self") {
    base = [...here];
    while (rest[0] === "super" || rest[0] === "self") {
      if (rest.shift() === "super") base.pop();
    }
  } else {
    // A path from a child module by its name (`child::x`, after `mod child;`).
    const child = fileOf([...here, rest[0]]);
    if (!child || (!isRoot && !child)) return null;
    base = [...here];
  }
  return [...base, ...rest.filter((s) => s !== "*")];
}

const files = walk(root);
const edges = new Map(files.map((f) => [f, new Set()]));
for (const file of files) {
  const text = code(readFileSync(file, "utf8"));
  const isRoot = /(^|[/\\])(mod|lib)\.rs$/.test(file);
  const children = new Set([...text.matchAll(/\bmod\s+(\w+)\s*;/g)].map((m) => m[1]));
  const paths = [];
  for (const m of text.matchAll(/\b(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);/g)) {
    for (const p of expand(m[2])) {
      // A module root's re-export of its own child is its face, not an arrow.
      if (m[1] && isRoot && children.has(p[0])) continue;
      paths.push(p);
    }
  }
  for (const m of text.matchAll(/\b((?:crate|super|self)(?:::\w+)+)/g)) paths.push(m[1].split("::"));
  for (const p of paths) {
    if (!["crate", "super", "self"].includes(p[0]) && !children.has(p[0])) continue;
    const abs = absolute(file, p);
    const target = abs && resolve(abs);
    if (target && target !== file) edges.get(file).add(target);
  }
}

// Tarjan's strongly connected components: any with two files is a loop.
let index = 0;
const stack = [];
const info = new Map();
const loops = [];
function connect(v) {
  info.set(v, { index, low: index, on: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v) || []) {
    if (!info.has(w)) {
      connect(w);
      info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
    } else if (info.get(w).on) {
      info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
  }
  if (info.get(v).low === info.get(v).index) {
    const scc = [];
    let w;
    do {
      w = stack.pop();
      info.get(w).on = false;
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1) loops.push(scc.sort());
  }
}
for (const f of files) if (!info.has(f)) connect(f);

if (loops.length) {
  console.error(`check-imports: ${loops.length} import loop(s) under ${root}/:`);
  for (const scc of loops) {
    console.error(`  ${scc.join(", ")}`);
    for (const f of scc) {
      const into = [...edges.get(f)].filter((t) => scc.includes(t));
      console.error(`    ${f} -> ${into.join(", ")}`);
    }
  }
  process.exit(1);
}
const arrows = [...edges.values()].reduce((n, s) => n + s.size, 0);
console.log(`check-imports: ${files.length} files, ${arrows} arrows, no loops`);
