#!/usr/bin/env node
// Screenshots of Send to my other device and Receive from my other device
// (phone 390×844, laptop 1280×800) from the release build: the send page
// with its codes, the receive page reading them through a camera (the
// sender's codes recorded into a .y4m and played as Chromium's fake
// camera), and the code and preview steps.
// Usage: node scripts/screenshots-transfer.mjs [outdir]   (serves dist/ on port 4181)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = process.argv[2] || "docs/screenshots";
const EXE = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const server = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
mkdirSync(OUT, { recursive: true });

async function seed(page) {
  for (const [company, stage] of [["Northwind Traders", "Final round"], ["Blue Harbour", "Interview"]]) {
    await page.goto(`${BASE}/rejections/new`);
    await page.getByLabel("Company").fill(company);
    await page.getByLabel("Role", { exact: true }).fill("Product designer");
    await page.getByLabel("Stage").selectOption({ label: stage });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { level: 1, name: company }).waitFor();
  }
  await page.getByRole("textbox", { name: "One good thing" }).fill("Their design lead liked my research write-up.");
  await page.waitForTimeout(600);
}

/** The sender's codes as a gray .y4m (see tests/e2e/transfer.spec.js). */
async function record(page, count) {
  const frames = await page.evaluate(async (count) => {
    const canvas = document.querySelector("canvas.qr-canvas");
    const got = new Map();
    const take = () => {
      const n = canvas.getAttribute("data-frame");
      if (n === null || got.has(n)) return;
      const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      const gray = [];
      for (let i = 0; i < px.length; i += 4) gray.push(px[i]);
      got.set(n, { side: canvas.width, gray });
    };
    take();
    await new Promise((resolve) => {
      const watch = new MutationObserver(() => {
        take();
        if (got.size >= count) {
          watch.disconnect();
          resolve();
        }
      });
      watch.observe(canvas, { attributes: true, attributeFilter: ["data-frame"] });
    });
    return [...got.values()];
  }, count);
  const [W, H] = [640, 480];
  const parts = [Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`)];
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  for (const f of frames) {
    const scale = Math.min(1, 300 / f.side);
    const size = Math.floor(f.side * scale);
    // A phone held up: the code on a screen, slightly off-centre, in a room.
    const y = Buffer.alloc(W * H, 90);
    const [x0, y0] = [((W - size) >> 1) + 20, ((H - size) >> 1) - 10];
    for (let r = -30; r < size + 30; r++) for (let c = -18; c < size + 18; c++) y[(y0 + r) * W + x0 + c] = 30;
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) y[(y0 + r) * W + x0 + c] = f.gray[Math.floor(r / scale) * f.side + Math.floor(c / scale)] > 127 ? 230 : 20;
    }
    for (let i = 0; i < 40; i++) parts.push(Buffer.from("FRAME\n"), y, chroma);
  }
  return Buffer.concat(parts);
}

const browser = await chromium.launch({ executablePath: EXE, args: ARGS });
for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["laptop", { width: 1280, height: 800 }],
]) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block", deviceScaleFactor: 1 });
  const page = await context.newPage();
  await seed(page);
  await page.goto(`${BASE}/settings`);
  await page.locator("#devices").scrollIntoViewIfNeeded();
  await page.locator("#devices").screenshot({ path: `${OUT}/devices-card-${name}.png` });
  await page.goto(`${BASE}/settings/send`);
  await page.locator(".code-digits").waitFor();
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${OUT}/send-${name}.png` });
  await page.screenshot({ path: `${OUT}/send-${name}-full.png`, fullPage: true });
  const code = await page.locator(".code-digits").innerText();
  const video = join(mkdtempSync(join(tmpdir(), "rebound-shots-")), "codes.y4m");
  writeFileSync(video, await record(page, 8));

  // The other device, its camera playing the codes (slowly, for the picture).
  const cam = await chromium.launch({ executablePath: EXE, args: [...ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`] });
  const other = await (await cam.newContext({ viewport, serviceWorkers: "block" })).newPage();
  await other.goto(`${BASE}/settings/receive`);
  await other.getByRole("button", { name: "Use the camera" }).waitFor();
  await other.screenshot({ path: `${OUT}/receive-${name}.png` });
  await other.getByRole("button", { name: "Use the camera" }).click();
  await other.getByText(/ of about /).waitFor({ timeout: 30_000 });
  await other.screenshot({ path: `${OUT}/receive-camera-${name}.png` });
  await other.getByLabel("Code", { exact: true }).waitFor({ timeout: 60_000 });
  await other.getByLabel("Code", { exact: true }).fill(code.replace(/\s+/g, " "));
  await other.screenshot({ path: `${OUT}/receive-code-${name}.png` });
  await other.getByRole("button", { name: "Open", exact: true }).click();
  await other.getByRole("region", { name: "Transfer preview" }).waitFor({ timeout: 30_000 });
  await other.screenshot({ path: `${OUT}/receive-preview-${name}.png` });
  await other.getByRole("button", { name: "Merge into my data" }).click();
  await other.getByRole("heading", { name: "It's here" }).waitFor();
  await other.screenshot({ path: `${OUT}/receive-done-${name}.png` });
  await cam.close();
  await context.close();
}
await browser.close();
server.kill();
console.log(`Screenshots in ${OUT}/`);
