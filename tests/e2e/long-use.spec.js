// Two years of use: the bench's dataset (1,000 applications, 3,000 journal
// entries, 30 goals) imported through Settings. Lists show a page at a time,
// "Show earlier" reveals more without losing focus, and search reaches the
// oldest records.
import { test, expect, open, saved } from "./fixtures.js";
import { heavyData } from "../../scripts/bench-load.mjs";

const nav = (page, name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();

test.describe.configure({ timeout: 90_000 });

test("a long search's worth of data: lists grow on demand and search finds old records", async ({ page }) => {
  await open(page, "/settings");
  const backup = Buffer.from(JSON.stringify(heavyData()));
  await page.getByLabel("Import backup").setInputFiles({ name: "two-years.json", mimeType: "application/json", buffer: backup });
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await saved(page, (d) => d.journal.length === 3000 && d.applications.length === 1000);

  // Journal: the newest page, grouped by month, with what's shown said aloud.
  await nav(page, "Journal");
  const main = page.getByRole("main");
  await expect(main.getByRole("status")).toHaveText("Showing 25 of 3,000");
  await expect(main.locator(".entries > li")).toHaveCount(25);
  await expect(main.getByRole("heading", { level: 2, name: "October 2026" })).toBeVisible();
  const more = main.getByRole("button", { name: "Show earlier" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(main.locator(".entries > li")).toHaveCount(50);
  await expect(main.getByRole("status")).toHaveText("Showing 50 of 3,000");
  await expect(more).toBeFocused();

  // Search runs over everything, and finds the very first entry.
  await page.getByLabel("Search the journal").fill("entry 7:");
  await expect(main.getByRole("status")).toHaveText("1 match");
  await expect(main.locator(".entries > li")).toHaveCount(1);
  await expect(main.getByRole("heading", { level: 2, name: "November 2024" })).toBeVisible();
  // A broad search starts with six entries (cards are about two rows tall).
  await page.getByLabel("Search the journal").fill("entry 1");
  await expect(main.getByRole("status")).toHaveText(/^[\d,]+ matches · newest 6 shown$/);
  await expect(main.locator(".entries > li")).toHaveCount(6);
  await page.getByLabel("Search the journal").fill("");
  await expect(main.getByRole("status")).toHaveText("Showing 25 of 3,000");

  // Rejections: the same pattern, and filters count their matches.
  await nav(page, "Rejections");
  await expect(main.getByRole("status")).toHaveText("Showing 25 of 1,000");
  await expect(main.locator(".app-row")).toHaveCount(25);
  await main.getByRole("button", { name: "Show earlier" }).click();
  await expect(main.locator(".app-row")).toHaveCount(50);
  await page.getByLabel("Search company or role").fill("company 299");
  await expect(main.getByRole("status")).toHaveText("3 matches");
  await expect(main.locator(".app-row")).toHaveCount(3);
  // A broad search starts with fewer (each keystroke rebuilds what's shown);
  // "Show more matches" then adds a full page.
  await page.getByLabel("Search company or role").fill("company 1");
  await expect(main.getByRole("status")).toHaveText(/^[\d,]+ matches · newest 8 shown$/);
  await expect(main.locator(".app-row")).toHaveCount(8);
  await main.getByRole("button", { name: "Show more matches" }).click();
  await expect(main.locator(".app-row")).toHaveCount(33);

  // Today stays short and links to the rest.
  await nav(page, "Today");
  const aims = page.getByRole("region", { name: "What you're aiming for" });
  await expect(aims.getByRole("listitem")).toHaveCount(3);
  await aims.getByRole("link", { name: "All 600 aspirations" }).click();
  await expect(page.getByLabel("Show", { exact: true })).toHaveValue("aspiration");
  await expect(main.getByRole("status")).toHaveText("600 matches · newest 25 shown");

  // Goals: history is built only when opened.
  await nav(page, "Goals");
  // Thirty active goals come ten at a time; "Show all" moves focus to the
  // first one that appears.
  await expect(main.locator(".goal")).toHaveCount(10);
  await main.getByRole("button", { name: "Show all 30 goals" }).click();
  await expect(main.locator(".goal")).toHaveCount(30);
  await expect(main.getByRole("button", { name: /^Log progress: / }).nth(10)).toBeFocused();
  await expect(main.locator(".chart, table")).toHaveCount(0);
  await main.getByText("History and options").first().click();
  await expect(main.getByText(/Strength \d+ \/ 100/)).toBeVisible();
  expect(await page.locator("main *").count()).toBeLessThan(1500);
});
