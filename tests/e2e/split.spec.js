// The split app: parts fetched later must never cost a tap, a page or a save.
import { test, expect, open, ready, saved, stored, logRejection, wasmRequests } from "./fixtures.js";

/** Holds back every response whose URL matches `pattern` for `ms`. */
async function slow(page, pattern, ms) {
  await page.route(pattern, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

test("a tap on the static welcome before the app is up opens that page, with no second page load", async ({ page }) => {
  await slow(page, /rebound_(bg|tail)\.wasm$/, 1500);
  await page.goto("/");
  await page.evaluate(() => (window.__sameDocument = true));
  await page.locator("#boot").getByRole("link", { name: "Log a rejection" }).click();
  await expect(page).toHaveURL(/\/rejections\/new$/);
  await ready(page);
  await expect(page.getByLabel("Company")).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByType("navigation").length)).toBe(1);
});

test("Log a rejection tapped before the app is up: the form's part starts at the tap, beside the main module, and is fetched once", async ({ page }) => {
  await slow(page, /rebound_(bg|tail)\.wasm$/, 1500);
  const wasm = wasmRequests(page);
  await page.goto("/");
  const atTap = () => wasm.filter((n) => n === "split_form.wasm").length;
  expect(atTap()).toBe(0);
  await page.locator("#boot").getByRole("link", { name: "Log a rejection" }).click();
  // Started while the main module is still held back (the app isn't up).
  await expect.poll(atTap).toBe(1);
  await expect(page.locator("#boot")).toHaveCount(1);
  await ready(page);
  await page.getByLabel("Company").fill("Early Form Ltd");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Early Form Ltd" })).toBeVisible();
  await saved(page, (d) => d.applications.some((a) => a.company === "Early Form Ltd"));
  // Each of the form's files came once: the loader took what the page started.
  const counts = {};
  for (const n of wasm) counts[n] = (counts[n] || 0) + 1;
  expect(Object.entries(counts).filter(([, c]) => c > 1)).toEqual([]);
});

test("a first visit straight to the log form starts its part with the main module", async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto("/rejections/new");
  await ready(page);
  await expect(page.getByLabel("Company")).toBeEnabled();
  expect(wasm).toContain("split_form.wasm");
  const counts = {};
  for (const n of wasm) counts[n] = (counts[n] || 0) + 1;
  expect(Object.entries(counts).filter(([, c]) => c > 1)).toEqual([]);
});

test("the email reader is a part of its own: the tap that opens the form waits for none of it, and a paste while it arrives is read", async ({ page }) => {
  await slow(page, /split_reader\.wasm$/, 2500);
  const wasm = wasmRequests(page);
  await page.goto("/rejections/new");
  await ready(page);
  // The form is usable while the reader's part is still on its way.
  await expect(page.getByLabel("Company")).toBeEnabled();
  expect(wasm).toContain("split_form.wasm");
  await page.getByLabel("Paste the email").fill(
    "Subject: Your application\n\nDear Sam,\n\nThank you for applying for the Junior Analyst role at Fernhill Cycles. Unfortunately we have decided not to move forward with your application.\n\nBest wishes,\nThe Fernhill Cycles team",
  );
  await expect(page.getByLabel("Company")).toHaveValue("Fernhill Cycles");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Junior Analyst");
  expect(wasm.filter((n) => n === "split_reader.wasm").length).toBe(1);
});

test("a reader part that can't be fetched: a paste says so kindly, the form still saves, and a later paste reads once it can", async ({ page, problems }) => {
  await page.route(/split_reader\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.goto("/rejections/new");
  await ready(page);
  const box = page.getByLabel("Paste the email");
  const email = "Dear Sam,\n\nThank you for your interest in the Support Lead position at Quillmate. Unfortunately we will not be progressing your application.\n\nKind regards,\nQuillmate Recruiting";
  await box.fill(email);
  await expect(page.getByRole("status").filter({ hasText: "The email reader hasn't reached this device yet" })).toBeVisible();
  await expect(page.getByLabel("Company")).toHaveValue("");
  await page.unroute(/split_reader\.wasm$/);
  await box.fill(email + "\n");
  await expect(page.getByLabel("Company")).toHaveValue("Quillmate");
  await expect(page.getByText("The email reader hasn't reached this device yet")).toHaveCount(0);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quillmate" })).toBeVisible();
  await saved(page, (d) => d.applications.some((a) => a.company === "Quillmate"));
  const expected = /ERR_INTERNET_DISCONNECTED|Failed to fetch/;
  const unexpected = problems.filter((p) => !expected.test(p));
  problems.splice(0, problems.length, ...unexpected);
});

test("half the main module comes in the page: a first visit fetches only the rest", async ({ page }) => {
  const wasm = wasmRequests(page);
  await open(page, "/");
  await expect(page.locator("#rebound-head")).toHaveCount(0);
  expect(wasm).toContain("rebound_tail.wasm");
  expect(wasm).not.toContain("rebound_bg.wasm");
});

test("a browser that can't inflate the page's half fetches the whole main module and works", async ({ page }) => {
  await page.addInitScript(() => delete window.DecompressionStream);
  const wasm = wasmRequests(page);
  await logRejection(page, { company: "Old Browser Ltd" });
  // (The page's preload still fetches the rest: those browsers pay for both.)
  expect(wasm).toContain("rebound_bg.wasm");
  await open(page, "/rejections");
  await expect(page.getByRole("link", { name: /Old Browser Ltd/ })).toBeVisible();
});

test("each split-off page opens by link and by address", async ({ page }) => {
  for (const [name, path, shows] of [
    ["Rejections", "/rejections", (p) => p.getByRole("link", { name: /Log a rejection/ }).first()],
    ["Goals", "/goals", (p) => p.getByRole("button", { name: "New goal" })],
    ["Journal", "/journal", (p) => p.getByRole("button", { name: "Add a win" })],
    ["Settings", "/settings", (p) => p.getByRole("button", { name: "Export backup" })],
  ]) {
    await open(page, "/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
    await expect(shows(page)).toBeVisible();
    await open(page, path);
    await expect(shows(page)).toBeVisible();
  }
});

test("first visit: a rejection logged and the tab closed at once is there on reopening", async ({ context, page }) => {
  await logRejection(page, { company: "Closed At Once Ltd" });
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await open(again, "/rejections");
  await expect(again.getByRole("link", { name: /Closed At Once Ltd/ })).toBeVisible();
});

test("returning visit: the loading line (never the welcome) until stored data is in, and closing meanwhile loses nothing", async ({ context, page }) => {
  await logRejection(page, { company: "Kept While Loading Ltd" });
  const before = await saved(page, (d) => d.applications.length === 1);
  await page.close();
  const slowPage = await context.newPage();
  await slow(slowPage, /split_data\.wasm$/, 2500);
  await slowPage.goto("/");
  await expect(slowPage.getByText("Getting your plan ready…")).toBeVisible();
  await expect(slowPage.getByRole("heading", { name: /isn't the end of the story/ })).toHaveCount(0);
  await slowPage.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await open(again, "/");
  expect(await stored(again)).toEqual(before);
  await open(again, "/rejections");
  await expect(again.getByRole("link", { name: /Kept While Loading Ltd/ })).toBeVisible();
});

test("a page whose part can't be fetched says so kindly, and Try again opens it", async ({ page, problems }) => {
  await page.route(/split_pages\.wasm$/, (route) => route.abort("internetdisconnected"));
  await open(page, "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "This page couldn't open" })).toBeVisible();
  await expect(page.getByText("Your data is safe")).toBeVisible();
  await page.unroute(/split_pages\.wasm$/);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "New goal" })).toBeVisible();
  // The failed fetch itself is logged by the browser and the loader: expected here.
  const expected = /ERR_INTERNET_DISCONNECTED|Failed to fetch/;
  const unexpected = problems.filter((p) => !expected.test(p));
  problems.splice(0, problems.length, ...unexpected);
});

test("warming the pages off screen leaves the page as it was", async ({ page }) => {
  // Something logged, so the plan page is warmed too.
  await logRejection(page, { company: "Warm Start Ltd" });
  // A page opened by an address with a query, a field half typed.
  await open(page, "/goals?new=1");
  const title = page.getByLabel("Goal", { exact: true });
  await title.fill("Apply to three");
  await expect(page).toHaveTitle("Goals · Rebound");
  // The app builds each page once, off screen, after a few quiet seconds.
  await page.waitForFunction(() => performance.getEntriesByName("rebound-warmed").length > 0, null, { timeout: 20_000 });
  await expect(page).toHaveTitle("Goals · Rebound");
  await expect(page).toHaveURL(/\/goals\?new=1$/);
  await expect(title).toBeFocused();
  await expect(title).toHaveValue("Apply to three");
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveCount(1);
  // And every page still opens as itself.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveTitle("Settings · Rebound");
  await expect(page.getByRole("button", { name: "Export backup" })).toBeVisible();
});
