#!/usr/bin/env node
// Takes the README screenshots (phone 390×844 and laptop 1280×800) of the
// release build, with a small example data set typed into the app.
// Usage: node scripts/screenshots.mjs   (serves dist/ itself on port 4180)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const server = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
mkdirSync("docs/screenshots", { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** "-dark" for the dark-scheme run (set on the page by the loop below). */
const dark = (page) => (page.__dark ? "-dark" : "");

async function seed(page) {
  await page.goto(`${BASE}/journal`);
  await page.getByRole("button", { name: "Add a win" }).click();
  await page.getByLabel("Win", { exact: true }).fill("Reached the final round at Northwind");
  await page.getByRole("button", { name: "Save" }).click();
  await page.goto(`${BASE}/goals`);
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByRole("button", { name: "Apply to jobs that fit" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Log progress" }).click();
  await page.getByRole("button", { name: "Log progress" }).click();
  await page.goto(`${BASE}/rejections/new`);
  await page.getByLabel("Company").fill("Northwind Traders");
  await page.getByLabel("Role", { exact: true }).fill("Product designer");
  await page.getByLabel("Stage").selectOption({ label: "Final round" });
  await page.getByRole("button", { name: "Save" }).click();
  // The first screen after Save (the plan's first step should be in it).
  await page.getByRole("heading", { level: 1, name: "Northwind Traders" }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshots/plan-after-save-${page.viewportSize().width < 600 ? "phone" : "laptop"}${dark(page)}.png` });
  const checkin = page.getByRole("region", { name: "How are you feeling right now?" });
  await checkin.scrollIntoViewIfNeeded();
  await checkin.screenshot({ path: `docs/screenshots/checkin-${page.viewportSize().width < 600 ? "phone" : "laptop"}${dark(page)}.png` });
  await checkin.getByRole("button", { name: "Okay" }).click();
  await page.waitForTimeout(200);
  await checkin.screenshot({ path: `docs/screenshots/checkin-answered-${page.viewportSize().width < 600 ? "phone" : "laptop"}${dark(page)}.png` });
  await page.getByRole("checkbox", { name: "Tell someone you trust" }).check();
  await page.getByRole("button", { name: "Sort what you control from what you don't" }).click();
  await page.getByRole("checkbox", { name: "Internal candidate" }).check();
  await page.getByRole("button", { name: "Sort what you control from what you don't" }).click();
  await page.getByRole("checkbox", { name: "Write down one good thing from this process" }).check();
  await page.getByRole("textbox", { name: "One good thing" }).fill("Their design lead liked my research write-up.");
  await page.waitForTimeout(500);
}

for (const [name, viewport, scheme] of [
  ["phone", { width: 390, height: 844 }, "light"],
  ["laptop", { width: 1280, height: 800 }, "light"],
  ["phone-dark", { width: 390, height: 844 }, "dark"],
]) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, serviceWorkers: "block" });
  const page = await context.newPage();
  page.__dark = scheme === "dark";
  await page.goto(`${BASE}/`);
  await page.waitForSelector("nav");
  if (!name.endsWith("dark")) await page.screenshot({ path: `docs/screenshots/first-run-${name}.png` });
  // An email shared to Rebound (what the share sheet opens), before Save.
  const email = "Dear Sam,\n\nThank you for taking the time to interview for the Senior Data Analyst (Growth) role at Lumen & Vale.\n\nAfter careful consideration we have decided to move forward with another candidate.\n\nKind regards,\nPriya Raman";
  await page.goto(`${BASE}/rejections/new?title=${encodeURIComponent("Your interview")}&text=${encodeURIComponent(email)}&url=`);
  await page.getByText("Filled in from the email — check before saving").first().waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `docs/screenshots/from-email-${name}.png` });
  await seed(page);
  const rejection = page.url();
  for (const [label, url] of [["today", "/"], ["rejection", rejection], ["settings", "/settings"], ["compose", null], ["goals", "/goals"], ["journal", "/journal"], ["insights", "/insights"], ["rejections", "/rejections"]]) {
    if (url) await page.goto(url.startsWith("http") ? url : `${BASE}${url}`);
    else {
      await page.goto(rejection);
      await page.getByRole("link", { name: "Ask for feedback" }).click();
    }
    await page.waitForSelector("nav");
    await page.waitForTimeout(200);
    await page.screenshot({ path: `docs/screenshots/${label}-${name}.png` });
  }
  await context.close();
}
// Two months in: 20 applications, 5 goals, 20 journal entries.
function monthTwo() {
  const now = Date.now();
  const day = 86400_000;
  let n = 0;
  const meta = (t) => ({ id: `d0000000-0000-4000-8000-${(++n).toString(16).padStart(12, "0")}`, created_at: t, updated_at: t });
  const date = (t) => new Date(t).toISOString().slice(0, 10);
  const firms = ["Northwind Traders", "Lumen & Vale", "Quanta Labs", "Brightwave", "Fernwood Health", "Orbit Logistics", "Kestrel Bank", "Tidal Media", "Harbor & Finch", "Copperleaf"];
  const roles = ["Product designer", "UX researcher", "Design lead", "Product designer (growth)"];
  const applications = Array.from({ length: 20 }, (_, i) => {
    const t = now - (58 - i * 3) * day;
    const open = i % 4 === 3;
    return {
      meta: meta(t),
      company: firms[i % firms.length],
      role: roles[i % roles.length],
      stage: ["application", "screening", "interview", "final_round"][i % 4],
      outcome: open ? "in_progress" : "rejected",
      applied_on: date(t - 12 * day),
      ...(open ? {} : { closed_on: date(t), plan: [{ key: "pause", done: true }, { key: "good_thing", done: i % 2 === 0 }, { key: "feedback", done: i % 3 === 0 }, { key: "reflect" }, { key: "tell", done: true }] }),
      ...(i % 3 === 0 && !open
        ? { feedback: { sent_on: date(t + day), ...(i % 2 === 0 ? { reply_on: date(t + 4 * day), reply: "Thanks for asking.", themes: i < 10 ? ["interview"] : ["interview", "experience"] } : {}) } }
        : {}),
      ...(open ? {} : { reasons: i < 10 ? [{ tag: "interview", control: "within" }, { tag: "internal", control: "outside" }] : [{ tag: "budget", control: "outside" }, { tag: "experience", control: "outside" }] }),
    };
  });
  const feelings = ["low", "okay", "steady", "rough", "okay", "good"];
  const checkins = applications
    .filter((a) => a.closed_on)
    .flatMap((a, i) => [0, 3].map((d) => ({ meta: { id: meta(0).id, c: Date.parse(a.closed_on) + d * day, u: Date.parse(a.closed_on) + d * day }, feeling: feelings[(i * 2 + d) % feelings.length], date: date(Date.parse(a.closed_on) + d * day), moment: d ? "today" : "logged" })));
  const wins = ["Finished the case study I was dreading", "A recruiter reached out first", "Got through a panel without freezing", "Rewrote my portfolio intro", "Had a good coffee chat with a design lead"];
  const journal = Array.from({ length: 20 }, (_, i) => ({ meta: meta(now - (40 - i * 2) * day), kind: i % 4 === 3 ? "strength" : "win", text: wins[i % wins.length], date: date(now - (40 - i * 2) * day) }));
  const goals = ["Apply to jobs that fit", "Reach out to one new person", "Practise interviewing", "Learn a skill", "Go to a networking event"].map((title, i) => ({ meta: meta(now - 50 * day), title, target: [3, 1, 1, 2, 1][i], unit: ["applications", "people", "sessions", "hours", "events"][i] }));
  return { app: "rebound", schema: 3, saved_at: new Date(now).toISOString(), app_version: "screenshots", data: { applications, journal, goals, progress: [], checkins } };
}

for (const [name, viewport] of [["phone", { width: 390, height: 844 }], ["laptop", { width: 1280, height: 800 }]]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${BASE}/settings`);
  await page.getByLabel("Import backup").setInputFiles({ name: "two-months.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(monthTwo())) });
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await page.waitForTimeout(800);
  await page.goto(`${BASE}/`);
  await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshots/today-month-two-${name}.png` });
  await page.goto(`${BASE}/rejections`);
  await page.locator(".app-row").first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshots/rejections-month-two-${name}.png` });
  await page.goto(`${BASE}/insights`);
  await page.getByRole("heading", { level: 1, name: "Insights" }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `docs/screenshots/insights-month-two-${name}.png`, fullPage: true });
  await context.close();
}
await browser.close();
server.kill();
console.log("screenshots written to docs/screenshots/");
