#!/usr/bin/env node
// Screenshots of Today, a plan and the composer in each language at phone
// size (390×844), for checking that long words (German above all) never
// break a layout, and for the README. A rejection and a goal are logged in
// English first, then the language is chosen in Settings, as a person would.
// Usage: node scripts/screenshots-lang.mjs   (serves dist/ itself on port 4181)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const PORT = 4181;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = "docs/screenshots/lang";
const LANGS = [
  ["es", "Español"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["pt", "Português (Brasil)"],
];
const server = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const up = (page) => page.locator("#boot").waitFor({ state: "detached" });

try {
  for (const [key, name] of LANGS) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${BASE}/goals`);
    await page.getByRole("button", { name: "New goal" }).click();
    await page.getByRole("button", { name: "Apply to jobs that fit" }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await page.goto(`${BASE}/rejections/new`);
    await page.getByLabel("Company").fill("Nordlicht Logistik GmbH");
    await page.getByLabel("Role", { exact: true }).fill("Projektleitung Digitalisierung");
    await page.getByLabel("Stage").selectOption({ label: "Final round" });
    await page.getByLabel("Contact name").fill("Dr. Anna Berger").catch(() => {});
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("heading", { level: 1, name: "Nordlicht Logistik GmbH" }).waitFor();
    const plan = page.url();
    await page.goto(`${BASE}/settings`);
    await page.getByLabel("Language").selectOption({ label: name });
    await page.waitForFunction((k) => document.documentElement.lang.startsWith(k), key);
    await page.goto(`${BASE}/`);
    await up(page);
    await page.waitForFunction((k) => document.documentElement.lang.startsWith(k), key);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/today-${key}.png` });
    await page.screenshot({ path: `${OUT}/today-${key}-full.png`, fullPage: true });
    await page.goto(plan);
    await up(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/plan-${key}.png` });
    await page.screenshot({ path: `${OUT}/plan-${key}-full.png`, fullPage: true });
    await page.locator('a[href^="/compose"]').first().click();
    await page.locator("main h1").waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/compose-${key}.png` });
    await page.screenshot({ path: `${OUT}/compose-${key}-full.png`, fullPage: true });
    await context.close();
    console.log(`${name}: today, plan, compose`);
  }
} finally {
  await browser.close();
  server.kill();
}
