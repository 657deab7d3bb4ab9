// The shell: every route by URL and by navigation, accessibility, keyboard.
import { test, expect, open, axeSerious, ready } from "./fixtures.js";

const ROUTES = [
  ["/", /Rebound|Today|isn't the end/],
  ["/rejections", "Rejections"],
  ["/rejections/new", "Log a rejection"],
  ["/compose", "Ask for feedback"],
  ["/goals", "Goals"],
  ["/journal", "Journal"],
  ["/settings", "Settings"],
  ["/insights", "Insights"],
  ["/proof", "Proof of search"],
  ["/no/such/page", "This page doesn't exist"],
  ["/rejections/00000000-0000-4000-8000-000000000000", "We couldn't find that one"],
];

for (const [path, heading] of ROUTES) {
  test(`opens ${path} directly`, async ({ page }) => {
    await open(page, path);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/coming soon/i);
  });
}

test("every route holds together from 320 px to 1440 px wide", async ({ page }) => {
  for (const width of [320, 768, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    for (const [path] of ROUTES) {
      await open(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});

test("navigation links move between pages and mark the current one", async ({ page }) => {
  await open(page, "/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [name, path] of [
    ["Rejections", "/rejections"],
    ["Goals", "/goals"],
    ["Journal", "/journal"],
    ["Settings", "/settings"],
    ["Today", "/"],
  ]) {
    await nav.getByRole("link", { name }).click();
    await expect(page).toHaveURL(path);
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }
  await expect(nav.locator("[aria-current=page]")).toHaveCount(1);
});

test("back and forward move between pages inside the app, without reloading it", async ({ page }) => {
  await open(page, "/");
  await page.evaluate(() => (window.__sameDocument = true));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Rejections" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rejections");
  await nav.getByRole("link", { name: "Goals" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Goals");
  await page.goBack();
  await expect(page).toHaveURL("/rejections");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rejections");
  await expect(nav.getByRole("link", { name: "Rejections" })).toHaveAttribute("aria-current", "page");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Goals");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  // A page below a section marks that section.
  await open(page, "/rejections/new");
  await expect(nav.getByRole("link", { name: "Rejections" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Today" })).not.toHaveAttribute("aria-current", "page");
});

test("Today explains Rebound and offers to log a rejection", async ({ page }) => {
  await open(page, "/");
  await expect(page.getByText(/recover from job rejections/i)).toBeVisible();
  await page.getByRole("link", { name: "Log a rejection" }).click();
  await expect(page).toHaveURL("/rejections/new");
  await expect(page.getByLabel("Company")).toBeVisible();
});

/** Holds the wasm back until `release()`, to look at the static first frame. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

test("before the app has loaded, a first visit already shows the welcome, in the app's own words", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/");
  await expect(page.locator("#boot")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`A "no" isn't the end of the story.`);
  await expect(page.getByText("Private by design.")).toBeVisible();
  await expect(page.getByText("Getting your plan ready…")).toBeHidden();
  const text = (sel) => page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, " ").trim()), sel);
  const words = async () => ({ hero: await text(".hero h1, .hero p, .hero a"), nav: await text(".nav a"), brand: await text(".brand") });
  const boot = await words();
  expect(boot.hero).toHaveLength(5);
  release();
  await ready(page);
  expect(await words()).toEqual(boot);
});

test("before the app has loaded, a returning visit shows a quiet loading line, not the welcome", async ({ page }) => {
  await open(page, "/");
  await page.evaluate(() => localStorage.setItem("rebound.data", JSON.stringify({ app: "rebound", schema: 2, saved_at: "2026-11-20T09:00:00Z", data: {} })));
  const release = await holdWasm(page);
  await page.goto("/");
  await expect(page.getByText("Getting your plan ready…")).toBeVisible();
  await expect(page.getByText("Private by design.")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  release();
  await ready(page);
  // Another page opened directly shows the loading line too.
  await page.evaluate(() => localStorage.clear());
  const release2 = await holdWasm(page);
  await page.goto("/journal");
  await expect(page.getByText("Getting your plan ready…")).toBeVisible();
  release2();
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Journal");
});

test("Settings shows the version and that storage works", async ({ page }) => {
  await open(page, "/settings");
  await expect(page.getByText(/Rebound version \d+\.\d+\.\d+/)).toBeVisible();
  await expect(page.locator(".storage-state")).toContainText("Working");
});

test("no serious accessibility problems on any route", async ({ page }) => {
  for (const [path] of ROUTES) {
    await open(page, path);
    const violations = await axeSerious(page);
    expect(violations, `${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }
});

test("no serious accessibility problems in dark mode on a phone", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/rejections/new", "/settings"]) {
    await open(page, path);
    const violations = await axeSerious(page);
    expect(violations, `${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }
});

test("keyboard: the skip link comes first, then the navigation in order", async ({ page }) => {
  await open(page, "/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const seen = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  const order = ["Today", "Rejections", "Goals", "Journal", "Settings"];
  const positions = order.map((name) => seen.findIndex((t) => t === name));
  expect(positions.every((p) => p >= 0), `focused: ${seen.join(" | ")}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // The skip link moves focus to the main content.
  await page.keyboard.press("Shift+Tab");
  await open(page, "/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the static shell paints before the app and is replaced by it", async ({ page }) => {
  const html = await (await page.request.get("/")).text();
  expect(html).toContain("Getting your plan ready");
  await page.goto("/");
  await ready(page);
});

test("the page carries a strict Content-Security-Policy", async ({ page }) => {
  await open(page, "/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-inline");
});
