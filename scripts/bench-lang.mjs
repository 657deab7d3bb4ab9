// Languages (issue #34) for scripts/bench, section 6c: each language's
// parts on the wire (its pack's first file, dist/lang/<key>.txt, with the
// code part shared by every language, split_lang.wasm; then the other
// pages' words, dist/lang/<key>.more.txt), and switching language in
// Settings at CPU ×4 with the part already cached, until every word on the
// page has changed. Budgets: each part ≤ 20 KB gzip, a switch ≤ 300 ms, an
// English first visit at most 1 KB more than before the languages (section
// 1 prints the first visit; docs/performance.md keeps the figure before).
// Printed, never asserted.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const EXE = process.env.CHROMIUM || "/usr/bin/chromium";
const RUNS = 5;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (p) => (existsSync(`${p}.gz`) ? statSync(`${p}.gz`).size : gzipSync(readFileSync(p), { level: 9 }).length);

const LANGS = [
  ["es", "Español"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["pt", "Português (Brasil)"],
];

function sizes(dist) {
  const pkg = readdirSync(dist).find((d) => d.startsWith("pkg-"));
  const code = pkg && existsSync(join(dist, pkg, "split_lang.wasm")) ? gz(join(dist, pkg, "split_lang.wasm")) : 0;
  console.log(`   the language code part (split_lang.wasm, shared by all four): ${kb(code)} gzip`);
  const verdict = (n) => (n <= 20 * 1024 ? "within" : "OVER");
  for (const [key, name] of LANGS) {
    const first = join(dist, "lang", `${key}.txt`);
    const more = join(dist, "lang", `${key}.more.txt`);
    if (!existsSync(first) || !existsSync(more)) {
      console.log(`   ${name}: no pack in dist/lang`);
      continue;
    }
    // Fetched at start (with the code part), then with the other pages.
    const a = gz(first) + code;
    const b = gz(more);
    console.log(
      `   ${name.padEnd(20)} first file with the code part ${kb(a)} (${verdict(a)} 20 KB); the other pages' file ${kb(b)} (${verdict(b)} 20 KB); both ${kb(a + b)} gzip`,
    );
  }
}

/** In the page: chooses `label` in Settings' Language select and waits until
 * <html lang> and the page's heading have both changed; returns the time. */
function switchInPage(label) {
  const select = document.getElementById("language");
  const heading = document.querySelector("main h1")?.textContent;
  const lang = document.documentElement.lang;
  const option = [...select.options].find((o) => o.textContent.trim() === label);
  return new Promise((resolve) => {
    const start = performance.now();
    select.value = option.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    const check = () => {
      const h = document.querySelector("main h1")?.textContent;
      if (document.documentElement.lang !== lang && h && h !== heading) {
        void document.body.offsetHeight;
        resolve(performance.now() - start);
      } else setTimeout(check, 0);
    };
    check();
  });
}

export async function languageFigures(port, dist = "dist") {
  console.log("\n6c. Languages: each part on the wire, and switching in Settings (CPU ×4, the part cached)");
  sizes(dist);
  const browser = await chromium.launch({ executablePath: EXE, args: ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/settings`);
    await page.getByLabel("Language").waitFor();
    // Fetch each part once (the worker and the HTTP cache keep them), then time.
    for (const [, name] of LANGS) {
      await page.evaluate(switchInPage, name);
      await page.evaluate(switchInPage, "English");
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    for (const [, name] of LANGS) {
      const to = [];
      const back = [];
      for (let i = 0; i < RUNS; i++) {
        to.push(await page.evaluate(switchInPage, name));
        back.push(await page.evaluate(switchInPage, "English"));
      }
      const m = median(to);
      console.log(
        `   English → ${name.padEnd(20)} median ${m.toFixed(0)} ms (back to English ${median(back).toFixed(0)} ms) — ${m <= 300 ? "within" : "OVER"} the 300 ms budget`,
      );
    }
  } finally {
    await browser.close();
  }
}
