#!/usr/bin/env bash
# Measures the framework's floor: a Leptos 0.8 CSR counter
# with nothing else, built like Rebound (same profile, same wasm-opt -Oz,
# same --cfg erase_components). Prints its first-load bytes. Used by
# docs/performance.md to show what the 120 KB budget leaves for the app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
work=target/floor
mkdir -p "$work/src" "$work/.cargo"
cp scripts/floor/Cargo.toml.in "$work/Cargo.toml"
cp scripts/floor/src/main.rs "$work/src/main.rs"
cp scripts/floor/index.html "$work/index.html"
cp .cargo/config.toml "$work/.cargo/config.toml"
cp Cargo.lock "$work/Cargo.lock"
(cd "$work" && trunk build --release --dist dist >/dev/null 2>&1)
node -e '
const fs = require("fs"), zlib = require("zlib"), dir = process.argv[1] + "/dist";
let raw = 0, gz = 0;
for (const f of fs.readdirSync(dir)) {
  const b = fs.readFileSync(dir + "/" + f); raw += b.length; gz += zlib.gzipSync(b, { level: 9 }).length;
  console.log(`   ${f.padEnd(36)} ${(b.length / 1024).toFixed(1).padStart(8)} KB raw ${(zlib.gzipSync(b, { level: 9 }).length / 1024).toFixed(1).padStart(8)} KB gzip`);
}
console.log(`   floor first load: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (budget for the whole app: 120 KB gzip)`);
' "$work"
