#!/usr/bin/env node
// Screenshots of Proof of search (issue #33): the page, the print view and
// the PDF's first page, at 390×844 and 1280×800, with a small week typed
// into the app. Usage: node scripts/proof-screenshots.mjs [dist] [out]
// (serves the build itself on port 4186; out defaults to docs/screenshots).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const DIST = process.argv[2] || "dist";
const OUT = process.argv[3] || "docs/screenshots";
const PORT = 4186;
const BASE = `http://127.0.0.1:${PORT}`;
const server = spawn("node", ["scripts/static-server.mjs", DIST, String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function application(page, company, role, date) {
  await page.goto(`${BASE}/rejections/new?kind=application`);
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role", { exact: true }).fill(role);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/rejections/new"));
  await page.getByRole("main").getByText(company).first().waitFor();
}

async function activity(page, { kind, date, org, pos = "", who = "", reach = "", how, result, proof = "" }) {
  await page.getByRole("button", { name: "Log an activity" }).click();
  await page.getByLabel("Activity", { exact: true }).selectOption({ label: kind });
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Organisation").fill(org);
  await page.getByLabel("Position or reference").fill(pos);
  await page.getByLabel("Name or title").fill(who);
  await page.getByLabel("Phone, email, web or address").fill(reach);
  await page.getByLabel("How", { exact: true }).selectOption({ label: how });
  await page.getByLabel("Result").fill(result);
  await page.getByLabel("Proof", { exact: true }).fill(proof);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForTimeout(150);
}

for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["laptop", { width: 1280, height: 800 }],
]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date("2026-11-26T10:00:00"));
  await application(page, "Northwind Traders", "Data analyst", "2026-11-23");
  await application(page, "Lumen & Vale", "Senior analyst (growth)", "2026-11-24");
  await page.goto(`${BASE}/proof`);
  await page.getByRole("heading", { level: 1, name: "Proof of search" }).waitFor();
  await page.screenshot({ path: `${OUT}/proof-empty-${name}.png`, fullPage: true });
  await activity(page, {
    kind: "Job fair",
    date: "2026-11-25",
    org: "City Career Fair, Javits Center",
    who: "Recruiter, Kestrel Bank",
    reach: "careers@kestrel.example, 212 555 0188",
    how: "In person",
    result: "Left my CV; invited to apply online",
    proof: "Booth flyer kept",
  });
  await page.getByLabel("Where you claim").selectOption({ label: "New York" });
  await page.getByText("Your name and claim reference").click();
  await page.getByLabel("Your name").fill("Sam Rivera");
  await page.getByLabel("Claim reference").fill("NY-554-210");
  await page.getByLabel("Claim reference").blur();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/proof-${name}.png`, fullPage: true });
  await page.getByRole("button", { name: "Log an activity" }).click();
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${OUT}/proof-form-${name}.png` });
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${OUT}/proof-print-${name}.png`, fullPage: true });
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(`${OUT}/proof-report-${name}.pdf`, pdf);
  await page.getByLabel("Where you claim").selectOption({ label: "Germany (Agentur für Arbeit / Jobcenter)" });
  await page.waitForTimeout(150);
  writeFileSync(`${OUT}/proof-report-de-${name}.pdf`, await page.pdf({ preferCSSPageSize: true }));
  await page.goto(`${BASE}/`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/proof-today-${name}.png`, fullPage: true });
  await context.close();
}
await browser.close();
server.kill();

// The PDFs' first pages as pictures (pdf.js with the canvas it brings).
try {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const { createCanvas } = await import("@napi-rs/canvas");
  const { readFileSync } = await import("node:fs");
  for (const file of ["proof-report-laptop", "proof-report-de-laptop"]) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(`${OUT}/${file}.pdf`)), isEvalSupported: false }).promise;
    const p = await doc.getPage(1);
    const vp = p.getViewport({ scale: 1.6 });
    const canvas = createCanvas(Math.ceil(vp.width), Math.ceil(vp.height));
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await p.render({ canvasContext: ctx, viewport: vp, canvas }).promise;
    writeFileSync(`${OUT}/${file}.png`, canvas.toBuffer("image/png"));
    await doc.destroy();
  }
} catch (e) {
  console.log(`(PDF pictures skipped: ${e.message})`);
}
console.log(`screenshots in ${OUT}/`);
