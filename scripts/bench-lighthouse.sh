#!/usr/bin/env bash
# Lighthouse 12 (mobile) against dist/ served with gzip. Installs lighthouse
# on first use into .tools/ (not a test dependency, so tests stay lean).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-4187}
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  mkdir -p .tools
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error lighthouse@12 >/dev/null
fi
node scripts/static-server.mjs dist "$PORT" --gzip >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
sleep 0.5
CHROME_PATH=/usr/bin/chromium .tools/node_modules/.bin/lighthouse "http://127.0.0.1:$PORT/" \
  --quiet --output=json --output-path=/tmp/rebound-lighthouse.json \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1 || true
node -e '
const r = JSON.parse(require("fs").readFileSync("/tmp/rebound-lighthouse.json", "utf8"));
const c = r.categories; const s = (k) => Math.round(c[k].score * 100);
console.log(`   Performance ${s("performance")} (≥ 98), Accessibility ${s("accessibility")} (100), Best Practices ${s("best-practices")} (100), SEO ${s("seo")} (≥ 90)`);
for (const k of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "speed-index"]) console.log(`     ${r.audits[k].title}: ${r.audits[k].displayValue}`);
' 2>/dev/null || echo "   Lighthouse did not produce a report"
