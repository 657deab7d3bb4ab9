// Send to my other device with the bench's two years of data (imported
// through Settings): the package before and after sealing, its frames and
// the seconds by camera at a steady 10 frames a second, for a first full
// transfer and for a week's changes; how long making and opening it take
// in the browser; and the size of the parts it lives in. Printed for
// scripts/bench (section 6b), never asserted. Budgets (issue 30): a first
// full transfer ≤ 60 s, a week's changes ≤ 5 s, the first visit unchanged.
import { readdirSync, statSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { heavyData } from "./bench-load.mjs";

const ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const EXE = process.env.CHROMIUM || "/usr/bin/chromium";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The transfer and camera parts in dist/ (split_transfer.wasm,
 * split_camera.wasm), gzip as the host serves them. */
function parts(dist) {
  const pkg = readdirSync(dist).find((d) => d.startsWith("pkg-"));
  if (!pkg) return [];
  return readdirSync(join(dist, pkg))
    .filter((f) => /^split_(transfer|camera)\.wasm$/.test(f))
    .map((f) => {
      const p = join(dist, pkg, f);
      const gz = existsSync(`${p}.gz`) ? statSync(`${p}.gz`).size : gzipSync(readFileSync(p), { level: 9 }).length;
      return { file: f, raw: statSync(p).size, gzip: gz };
    });
}

/** Opens the send page and reads its figures (the page writes them on
 * the package's grid), with the time from opening to the code shown. */
async function send(page, base) {
  const start = Date.now();
  await page.goto(`${base}/settings/send`);
  const grid = page.locator(".transfer-grid");
  await grid.waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  const n = async (a) => Number(await grid.getAttribute(a));
  return {
    ms,
    plain: await n("data-plain-bytes"),
    sealed: await n("data-sealed-bytes"),
    source: await n("data-source-frames"),
    frames: await n("data-frames"),
    seconds: await n("data-seconds"),
  };
}

export async function transferFigures(port, dist = "dist") {
  console.log("\n6b. Send to my other device: two years of data (the bench's dataset), Chromium, 1280×800");
  for (const p of parts(dist)) console.log(`   part ${p.file}: ${kb(p.raw)} raw, ${kb(p.gzip)} gzip (fetched when a transfer page opens; the camera's when the camera does)`);
  const browser = await chromium.launch({ executablePath: EXE, args: ARGS });
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const base = `http://127.0.0.1:${port}`;
  try {
    await page.goto(`${base}/settings`);
    await page.getByRole("button", { name: "Export backup" }).waitFor();
    const data = heavyData();
    await page.getByLabel("Import backup").setInputFiles({ name: "two-years.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
    await page.getByRole("button", { name: "Merge into my data" }).click();
    await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith("rebound.data.journal")).length > 0, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const full = await send(page, base);
    // A week's changes: as if the last send were a week before the
    // dataset's newest edit (the package starts an hour before a send).
    const newest = Math.max(...data.data.applications.map((a) => a.meta.updated_at), ...data.data.journal.map((e) => e.meta.updated_at));
    const lastSent = newest - 7 * 86400_000 + 3600_000;
    await page.evaluate((t) => localStorage.setItem("rebound.peers", JSON.stringify([{ device: "0123456789abcdef0123456789abcdef", last_sent: t, last_received: t }])), lastSent);
    const week = await send(page, base);
    for (const [name, f, budget] of [["first full transfer", full, 60], ["a week's changes", week, 5]]) {
      console.log(
        `   ${name}: package ${kb(f.plain)} → sealed ${kb(f.sealed)} (deflate-raw, AES-GCM, base64); ${f.source} codes of 838 bytes, ${f.frames} with 10 % to spare = ${f.seconds} s at 10 fps (budget ${budget} s); made and locked in ${f.ms} ms`,
      );
    }
    // Opening the full one: the file back through Receive, timed from Open
    // to the preview (key derivation, decryption, inflating, checks, preview).
    await page.evaluate(() => localStorage.removeItem("rebound.peers"));
    await page.goto(`${base}/settings/send`);
    await page.locator(".code-digits").waitFor({ timeout: 120_000 });
    const code = (await page.locator(".code-digits").innerText()).replace(/\D/g, "");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the file" }).click()]);
    const file = await download.path();
    await page.goto(`${base}/settings/receive`);
    await page.getByLabel("Open a transfer file").setInputFiles(file);
    await page.getByLabel("Code", { exact: true }).fill(code);
    const start = Date.now();
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.getByRole("region", { name: "Transfer preview" }).waitFor({ timeout: 120_000 });
    console.log(`   opening the full one from its file: ${Date.now() - start} ms from Open to the preview (${await page.getByRole("region", { name: "Transfer preview" }).locator("p").first().innerText()})`);
  } finally {
    await browser.close();
  }
}
