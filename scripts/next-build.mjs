#!/usr/bin/env node
// Makes a second build ("B") from a built dist/ without compiling anything:
// a new pkg-… folder name (everything that names it rewritten), a new build
// id in sw.js, the CSP hashes of the changed inline scripts, and a marker
// in the page. For the tests of real deploys (tests/e2e/deploy.spec.js):
// an update, a half-finished upload, a stale page, old tabs.
// Usage: node scripts/next-build.mjs <from-dir> <to-dir> [label]
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Copies `from` to `to` as build `label`; returns `{ pkg, oldPkg, buildId }`. */
export function nextBuild(from, to, label = "B") {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const oldPkg = readdirSync(to).find((f) => /^pkg-[0-9a-f]{16}$/.test(f));
  if (!oldPkg) throw new Error(`next-build: no pkg-… folder in ${from}`);
  const pkg = `pkg-${createHash("sha256").update(oldPkg + label).digest("hex").slice(0, 16)}`;
  renameSync(join(to, oldPkg), join(to, pkg));
  const rewrite = (name, edit) => {
    const p = join(to, name);
    if (!existsSync(p)) return;
    writeFileSync(p, edit(readFileSync(p, "utf8").split(oldPkg).join(pkg)));
    // Its precompressed copies would still be the old text.
    for (const ext of [".br", ".gz"]) rmSync(p + ext, { force: true });
  };
  const page = (html) => withCspHashes(html.replace("</body>", `<!-- build ${label} -->\n  </body>`));
  rewrite("index.html", page);
  rewrite("404.html", page);
  rewrite("_headers", (t) => t);
  let buildId = "";
  rewrite("sw.js", (t) =>
    t.replace(/const BUILD_ID = "([0-9a-f]+)[^"]*"/, (_, id) => {
      buildId = `${id}${label.toLowerCase()}`;
      return `const BUILD_ID = "${buildId}"`;
    }),
  );
  return { pkg, oldPkg, buildId };
}

/** The page's CSP with the hashes of its inline scripts as they are now. */
function withCspHashes(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/octet-stream")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`).join(" ");
  return html.replace(/script-src 'self' 'wasm-unsafe-eval'[^;"]*/, `script-src 'self' 'wasm-unsafe-eval' ${hashes}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [from, to, label] = process.argv.slice(2);
  if (!from || !to) {
    console.error("usage: node scripts/next-build.mjs <from-dir> <to-dir> [label]");
    process.exit(2);
  }
  const b = nextBuild(from, to, label);
  console.log(`next-build: ${to}: ${b.oldPkg} -> ${b.pkg}, build ${b.buildId}`);
}
