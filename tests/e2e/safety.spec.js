// Data safety across tabs and over time: a replace is adopted (not undone)
// by other tabs, a cleared origin is written back, deleted text leaves
// storage and forgotten deletions don't come back from an old backup.
import { test, expect, open, ready, saved, logRejection } from "./fixtures.js";

/** Every key and value in this origin's storage, as one text. */
const everything = (page) =>
  page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join("\n"));

const nav = (page, name) => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();

test("Replace everything in one tab is adopted by another tab, not merged back", async ({ page, context }) => {
  await logRejection(page, { company: "In The Backup Ltd" });
  await saved(page, (d) => d.applications.length === 1);
  await open(page, "/settings");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  const file = await download.path();
  await logRejection(page, { company: "After The Backup Ltd" });
  await saved(page, (d) => d.applications.length === 2);

  const other = await context.newPage();
  await open(other, "/rejections");
  await expect(other.getByRole("link", { name: /After The Backup Ltd/ })).toBeVisible();

  await open(page, "/settings");
  await page.getByLabel("Import backup").setInputFiles(file);
  // What is replaced is kept on this device (undoable), not downloaded.
  await page.getByRole("button", { name: "Replace everything" }).click();
  await saved(page, (d) => d.applications.length === 1);
  expect(await page.evaluate(() => localStorage.getItem("rebound.replaced"))).toContain("After The Backup Ltd");

  // The other tab takes the replaced data and says so.
  await expect(other.getByRole("status").filter({ hasText: "replaced from a backup" })).toBeVisible();
  await expect(other.getByRole("link", { name: /After The Backup Ltd/ })).toHaveCount(0);
  await expect(other.getByRole("link", { name: /In The Backup Ltd/ })).toBeVisible();
  // Its next change is saved on top of the replaced data; nothing removed returns.
  await logRejection(other, { company: "Logged Later Ltd" });
  const env = await saved(page, (d) => d.applications.some((a) => a.company === "Logged Later Ltd"));
  expect(env.data.applications.map((a) => a.company).sort()).toEqual(["In The Backup Ltd", "Logged Later Ltd"]);
  await page.reload();
  await ready(page);
  await nav(page, "Rejections");
  await expect(page.getByRole("link", { name: /After The Backup Ltd/ })).toHaveCount(0);
});

test("storage cleared by another page of the same site is written back at once", async ({ page, context }) => {
  await logRejection(page, { company: "Survivor Ltd" });
  await saved(page, (d) => d.applications.length === 1);
  // Another project on the same origin (one GitHub Pages account, say) clears storage.
  const neighbour = await context.newPage();
  await neighbour.goto("/manifest.webmanifest");
  await neighbour.evaluate(() => localStorage.clear());
  await expect(page.getByRole("status").filter({ hasText: "cleared the browser's storage" })).toBeVisible();
  await saved(page, (d) => d.applications.some((a) => a.company === "Survivor Ltd"));
  await page.reload();
  await ready(page);
  await nav(page, "Rejections");
  await expect(page.getByRole("link", { name: /Survivor Ltd/ })).toBeVisible();
});

test("a deletion keeps no text in storage, and undo brings everything back", async ({ page }) => {
  await logRejection(page, { company: "Very Private Ltd", role: "Secret role" });
  await saved(page, (d) => d.applications.length === 1);
  await page.getByRole("button", { name: "Delete" }).click();
  await saved(page, (d) => d.applications.every((a) => a.meta.d));
  const text = await everything(page);
  expect(text).not.toContain("Very Private Ltd");
  expect(text).not.toContain("Secret role");
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await saved(page, (d) => d.applications.some((a) => a.company === "Very Private Ltd" && !a.meta.d));
  await nav(page, "Rejections");
  await expect(page.getByRole("link", { name: /Very Private Ltd/ })).toBeVisible();
});

test("old deletions are forgotten, and an older backup can't bring them back", async ({ page }) => {
  const ms = (iso) => Date.parse(iso);
  const record = (id, company, meta) => ({
    meta: { id, created_at: ms("2026-01-05T09:00:00Z"), updated_at: ms("2026-01-05T09:00:00Z"), ...meta },
    company,
    role: "Analyst",
    stage: "interview",
    outcome: "rejected",
    closed_on: "2026-01-05",
  });
  const envelope = (applications) =>
    JSON.stringify({ app: "rebound", schema: 3, saved_at: "2026-06-01T00:00:00Z", data: { applications } });
  const forgotten = "1a1a1a1a-1a1a-4a1a-8a1a-1a1a1a1a1a1a";
  const deletedAt = ms("2026-03-01T09:00:00Z");
  await open(page, "/");
  await page.evaluate(
    (text) => localStorage.setItem("rebound.data", text),
    envelope([
      record("2b2b2b2b-2b2b-4b2b-8b2b-2b2b2b2b2b2b", "Still Here Ltd", {}),
      record(forgotten, "Long Gone Ltd", { updated_at: deletedAt, deleted_at: deletedAt }),
    ]),
  );
  await page.reload();
  await ready(page);
  const head = async () => JSON.parse(await page.evaluate(() => localStorage.getItem("rebound.data")));
  const forgotten_ = () => page.evaluate(() => JSON.parse(localStorage.getItem("rebound.pruned") || "[]"));
  await expect.poll(async () => (await forgotten_()).length).toBe(1);
  expect((await head()).pruned).toBeUndefined();
  expect(await everything(page)).not.toContain("Long Gone Ltd");

  // A backup from before the deletion still holds the record.
  const backup = envelope([record(forgotten, "Long Gone Ltd", {})]);
  await open(page, "/settings");
  await page.getByLabel("Import backup").setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(backup) });
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Backup merged" })).toBeVisible();
  await nav(page, "Rejections");
  await expect(page.getByRole("link", { name: /Still Here Ltd/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Long Gone Ltd/ })).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await everything(page)).not.toContain("Long Gone Ltd");
});
