#!/usr/bin/env bash
# Lighthouse 12 (mobile) against dist/ served with gzip, three runs, the
# median judged (Lighthouse's own advice: one run's score swings with the
# machine's load). Installs lighthouse on first use into .tools/ (not a test
# dependency, so tests stay lean).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-4187}
RUNS=${LIGHTHOUSE_RUNS:-3}
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  mkdir -p .tools
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null
fi
node scripts/static-server.mjs dist "$PORT" --gzip >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
sleep 0.5
for i in $(seq 1 "$RUNS"); do
  rm -f "/tmp/rebound-lighthouse-$i.json"
  CHROME_PATH=/usr/bin/chromium .tools/node_modules/.bin/lighthouse "http://127.0.0.1:$PORT/" \
    --quiet --output=json --output-path="/tmp/rebound-lighthouse-$i.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1 || true
done
RUNS=$RUNS node -e '
const fs = require("fs");
const reports = [];
for (let i = 1; i <= Number(process.env.RUNS); i++) {
  try { reports.push(JSON.parse(fs.readFileSync(`/tmp/rebound-lighthouse-${i}.json`, "utf8"))); } catch {}
}
if (!reports.length) { console.log("   Lighthouse did not produce a report"); process.exit(0); }
const keys = ["performance", "accessibility", "best-practices", "seo"];
const scores = (r) => keys.map((k) => Math.round(r.categories[k].score * 100));
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
for (const r of reports) console.log(`   run: ${scores(r).join(" / ")}  (FCP ${r.audits["first-contentful-paint"].displayValue}, LCP ${r.audits["largest-contentful-paint"].displayValue}, TBT ${r.audits["total-blocking-time"].displayValue})`);
const med = keys.map((_, i) => median(reports.map((r) => scores(r)[i])));
const label = ["Performance", "Accessibility", "Best Practices", "SEO"].map((n, i) => `${n} ${med[i]}`).join(", ");
console.log(`   median of ${reports.length}: ${label} (budget: 100 each) — ${med.every((x) => x === 100) ? "within budget" : "OVER budget"}`);
'
