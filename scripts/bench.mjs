#!/usr/bin/env node
// Rebound's benchmark: prints figures and compares them to the budgets in
// the performance issue. Figures only — nothing here fails a build.
// Usage: scripts/bench [--bundle-only]
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const DIST = "dist";
const BUDGET_FIRST_LOAD_GZIP = 120 * 1024;
const AIM_FIRST_LOAD_GZIP = 85 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function bundle() {
  const rows = walk(DIST)
    .filter((p) => !/\.(br|gz)$/.test(p))
    .map((p) => {
      const raw = readFileSync(p);
      // What a host serves: the build's precompressed copy where there is one.
      const copy = (ext) => (existsSync(`${p}.${ext}`) ? statSync(`${p}.${ext}`).size : null);
      return {
        file: relative(DIST, p),
        raw: raw.length,
        gzip: copy("gz") ?? gzipSync(raw, { level: 9 }).length,
        brotli: copy("br") ?? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
  console.log("\n1. Bundle (dist/; gzip and brotli are the build's precompressed copies where it writes them)");
  console.log(`${pad("file", 44)}${lpad("raw", 12)}${lpad("gzip", 12)}${lpad("brotli", 12)}`);
  for (const r of rows) console.log(`${pad(r.file, 44)}${lpad(kb(r.raw), 12)}${lpad(kb(r.gzip), 12)}${lpad(kb(r.brotli), 12)}`);
  // The first visit: the page, its CSS, the manifest, the loader and the
  // main module (split-off parts, split_*.wasm and the chunk_*.wasm they
  // share, come later). With half the main module in the page, the whole
  // rebound_bg.wasm is only for browsers that can't inflate that half.
  const split = rows.some((r) => r.file.endsWith("/rebound_tail.wasm"));
  const first = rows.filter(
    (r) =>
      /^(index\.html|manifest\.webmanifest|.*\.(js|wasm|css))$/.test(r.file) &&
      r.file !== "sw.js" &&
      !/(split|chunk)_[^/]*\.wasm$/.test(r.file) &&
      !(split && r.file.endsWith("/rebound_bg.wasm")),
  );
  const total = (k) => first.reduce((s, r) => s + r[k], 0);
  console.log(`${pad("first load (html+js+wasm+css+manifest)", 44)}${lpad(kb(total("raw")), 12)}${lpad(kb(total("gzip")), 12)}${lpad(kb(total("brotli")), 12)}`);
  const g = total("gzip");
  const verdict = g <= AIM_FIRST_LOAD_GZIP ? "within the aim" : g <= BUDGET_FIRST_LOAD_GZIP ? "within budget" : "OVER budget";
  console.log(`   budget ≤ ${kb(BUDGET_FIRST_LOAD_GZIP)} gzip (aim ≤ ${kb(AIM_FIRST_LOAD_GZIP)}): ${kb(g)} — ${verdict}`);
  return { rows, firstLoadGzip: g };
}

/** How fast the machine is right now: a fixed loop that took ~400 ms on a
 * quiet run of the build machine. Shared machines swing 1.5–2×, and every
 * timed figure swings with them; the bench prints this at both ends. */
function cpuCheck() {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  return `${(performance.now() - start).toFixed(0)} ms${x < 0 ? "" : ""}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    statSync(join(DIST, "index.html"));
  } catch {
    console.error("No dist/ yet: run scripts/build first (scripts/bench does).");
    process.exit(1);
  }
  bundle();
  if (!process.argv.includes("--bundle-only")) {
    const before = cpuCheck();
    const { serve, heavy } = await import("./bench-load.mjs");
    const visit = await import("./bench-visit.mjs");
    const { execFileSync } = await import("node:child_process");
    const port = 4186; // (4190 is on the browsers' blocked-port list)
    const peerPort = 4187;
    const server = await visit.serveDir(DIST, port);
    const peer = visit.havePeer() ? await visit.serveDir(visit.PEER_DIR, peerPort) : null;
    try {
      const first = await visit.firstVisits(port, peer ? peerPort : null);
      await visit.firstTap(port, first.peer);
      await visit.returningVisits(port);
      await visit.pageOpens(port);
    } finally {
      server.kill();
      peer?.kill();
    }
    const heavyServer = await serve(port);
    try {
      await heavy(port);
      const { heavyPages } = await import("./bench-pages.mjs");
      await heavyPages(port);
      const { transferFigures } = await import("./bench-transfer.mjs");
      await transferFigures(port);
      const { languageFigures } = await import("./bench-lang.mjs");
      await languageFigures(port);
      const { readerFigures } = await import("./bench-reader.mjs");
      await readerFigures(port);
    } finally {
      heavyServer.kill();
    }
    console.log("\n7. Lighthouse 12, mobile (three runs; the median is judged)");
    process.stdout.write(execFileSync("scripts/bench-lighthouse.sh", { encoding: "utf8" }));
    console.log("\nMachine: " + (await import("node:os")).cpus().length + " cores, " + ((await import("node:os")).totalmem() / 2 ** 30).toFixed(0) + " GiB; see docs/performance.md");
    console.log(`CPU check (a fixed loop; ~400 ms on a quiet run here, timed figures scale with it): ${before} before the runs, ${cpuCheck()} after`);
  }
}
