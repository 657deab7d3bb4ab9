// Data safety: corrupt, full, blocked-by-newer storage; two tabs; backups.
import { readFileSync } from "node:fs";
import { test, expect, open, ready, stored, saved, logRejection } from "./fixtures.js";

test("unreadable data is kept aside, never overwritten, and can be downloaded", async ({ page }) => {
  await open(page, "/");
  const raw = '{"app":"rebound","schema":2,"data":{"applications":[{"broken": tru';
  await page.evaluate((raw) => localStorage.setItem("rebound.data", raw), raw);
  await page.reload();
  await ready(page);
  const banner = page.getByRole("alert").filter({ hasText: "couldn't be read" });
  await expect(banner).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("rebound.quarantine"))).toBe(raw);
  // A change made now is not saved over the original.
  await logRejection(page, { company: "Meanwhile Inc" });
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => localStorage.getItem("rebound.data"))).toBe(raw);
  // Download raw data gives back exactly what was stored (in one file of
  // every stored key, which the import reads back).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download raw data" }).click(),
  ]);
  const dump = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(dump.format).toBe("rebound-storage");
  expect(dump.keys["rebound.data"]).toBe(raw);
  expect(dump.keys["rebound.quarantine"]).toBe(raw);
  // Start fresh: saving resumes, the quarantine copy stays.
  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(banner).toHaveCount(0);
  await logRejection(page, { company: "Fresh Start Co" });
  await saved(page, (d) => d.applications.some((a) => a.company === "Fresh Start Co"));
  expect(await page.evaluate(() => localStorage.getItem("rebound.quarantine"))).toBe(raw);
});

test("when storage is full the change stays in memory, and saving resumes once space is freed", async ({ page }) => {
  await logRejection(page, { company: "Before Full" });
  await saved(page, (d) => d.applications.length === 1);
  await page.evaluate(() => {
    let chunk = "x".repeat(1 << 20);
    let i = 0;
    for (;;) {
      try {
        localStorage.setItem(`filler${i++}`, chunk);
      } catch {
        if (chunk.length < 8) break;
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await logRejection(page, { company: "While Full" });
  const banner = page.getByRole("alert").filter({ hasText: "Storage is full" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("button", { name: "Export backup" })).toBeVisible();
  await page.getByRole("link", { name: "Rejections", exact: true }).click();
  await expect(page.getByRole("link", { name: /While Full/ })).toBeVisible();
  expect((await stored(page)).data.applications).toHaveLength(1);
  // Free the space; the next change saves everything.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler")).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole("link", { name: /While Full/ }).click();
  await page.getByRole("checkbox", { name: "Tell someone you trust" }).check();
  await saved(page, (d) => d.applications.length === 2);
  await expect(banner).toHaveCount(0);
});

test("two tabs editing different records both keep their changes", async ({ page, context }) => {
  await open(page, "/");
  const other = await context.newPage();
  await open(other, "/");
  await logRejection(page, { company: "Tab One Ltd" });
  await logRejection(other, { company: "Tab Two Ltd" });
  await saved(page, (d) => d.applications.length === 2);
  // Each tab shows both, without a reload.
  for (const p of [page, other]) {
    await p.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rejections" }).click();
    await expect(p.getByRole("link", { name: /Tab One Ltd/ })).toBeVisible();
    await expect(p.getByRole("link", { name: /Tab Two Ltd/ })).toBeVisible();
  }
  // Tick different steps of the same plan in the two tabs, one after the other.
  await page.getByRole("link", { name: /Tab One Ltd/ }).click();
  await page.getByRole("checkbox", { name: "Tell someone you trust" }).check();
  await saved(page, (d) => d.applications.find((a) => a.company === "Tab One Ltd").plan.some((s) => s.done));
  await other.getByRole("link", { name: /Tab One Ltd/ }).click();
  await expect(other.getByRole("checkbox", { name: "Tell someone you trust" })).toBeChecked();
  await page.reload();
  await ready(page);
  await expect(page.getByRole("checkbox", { name: "Tell someone you trust" })).toBeChecked();
});

test("a tab never writes over data from a newer version", async ({ page }) => {
  await open(page, "/");
  const newer = JSON.stringify({ app: "rebound", schema: 99, saved_at: "2030-01-01T00:00:00Z", data: { applications: [], future: [1, 2, 3] } });
  await page.evaluate((t) => localStorage.setItem("rebound.data", t), newer);
  await page.reload();
  await ready(page);
  await expect(page.getByRole("alert").filter({ hasText: "newer version of Rebound" })).toBeVisible();
  await logRejection(page, { company: "Not Saved" });
  await page.waitForTimeout(600);
  expect(await page.evaluate(() => localStorage.getItem("rebound.data"))).toBe(newer);
});

test("older data is saved in parts; a damaged part is set aside and the rest stays usable", async ({ page }) => {
  await open(page, "/");
  const at = "2026-11-02T09:00:00Z";
  const apps = ["Alpha Co", "Beta Co", "Gamma Co", "Delta Co"].map((company, i) => ({
    meta: { id: `0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a${i}${i}`, created_at: at, updated_at: at },
    company, role: "Analyst", stage: "interview", outcome: "rejected", closed_on: "2026-11-02",
  }));
  await page.evaluate((apps) => localStorage.setItem("rebound.data", JSON.stringify({ app: "rebound", schema: 2, saved_at: "2026-11-20T09:00:00Z", data: { applications: apps } })), apps);
  await page.reload();
  await ready(page);
  // Migrated and saved in parts: a small head, the records under their own keys.
  const partKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("rebound.data.applications.")));
  await expect.poll(async () => (await partKeys()).length).toBeGreaterThan(1);
  const head = await page.evaluate(() => JSON.parse(localStorage.getItem("rebound.data")));
  expect(head.schema).toBe(5);
  expect(head.data).toBeUndefined();
  const { broken, intact } = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith("rebound.data.applications."));
    const broken = keys.find((k) => localStorage.getItem(k).includes("Alpha Co"));
    const intact = keys.filter((k) => k !== broken).map((k) => localStorage.getItem(k)).join();
    localStorage.setItem(broken, '[{"meta":');
    return { broken, intact };
  });
  const kept = ["Beta Co", "Gamma Co", "Delta Co"].filter((c) => intact.includes(c));
  expect(kept.length).toBeGreaterThan(0);
  await page.reload();
  await ready(page);
  const banner = page.getByRole("alert").filter({ hasText: "Part of your saved data couldn't be read" });
  await expect(banner).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("rebound.quarantine"))).toBe('[{"meta":');
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rejections" }).click();
  for (const c of kept) await expect(page.getByRole("link", { name: new RegExp(c) })).toBeVisible();
  await expect(page.getByRole("link", { name: /Alpha Co/ })).toHaveCount(0);
  // Nothing is written until the person chooses; then the rest is saved whole.
  expect(await page.evaluate((k) => localStorage.getItem(k), broken)).toBe('[{"meta":');
  await banner.getByRole("button", { name: "Continue with the rest" }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), broken)).not.toBe('[{"meta":');
  await page.reload();
  await ready(page);
  await expect(page.getByRole("alert")).toHaveCount(0);
  for (const c of kept) await expect(page.getByRole("link", { name: new RegExp(c) })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("rebound.quarantine"))).toBe('[{"meta":');
});

test("long saved text in any script comes back exactly after a reload", async ({ page }) => {
  // Over 2,048 characters, so its stored part is read through the browser's
  // own encoder rather than character by character (src/store/web.rs).
  const text = "Ünïcödé “quotes”, 日本語, emoji 🌱🎉 and עברית, all kept. ".repeat(40).trim();
  await open(page, "/journal");
  await page.getByRole("button", { name: "Add a win" }).click();
  await page.getByLabel("Win", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Save" }).click();
  await saved(page, (d) => d.journal.some((e) => e.text === text));
  const longest = () => page.evaluate(() => Math.max(...Object.keys(localStorage).filter((k) => k.startsWith("rebound.data.journal.")).map((k) => localStorage.getItem(k).length)));
  expect(await longest()).toBeGreaterThan(2048);
  await page.reload();
  await ready(page);
  await expect(page.getByText(text, { exact: true })).toBeVisible();
  // Read back whole: a second entry saves, and the first is stored unchanged.
  await page.getByRole("button", { name: "Add a win" }).click();
  await page.getByLabel("Win", { exact: true }).fill("A short one too");
  await page.getByRole("button", { name: "Save" }).click();
  const env = await saved(page, (d) => d.journal.some((e) => e.text === "A short one too"));
  expect(env.data.journal.filter((e) => e.text === text)).toHaveLength(1);
});

test("export, clear, import: the same data comes back", async ({ page }) => {
  await logRejection(page, { company: "Roundtrip GmbH", role: "Tester" });
  await page.getByRole("checkbox", { name: "Tell someone you trust" }).check();
  await page.getByRole("textbox", { name: "One good thing" }).fill("Ünïcödé, \"quotes\", emoji 🌱 and a\nnew line");
  await open(page, "/journal");
  await page.getByRole("button", { name: "Add a win" }).click();
  await page.getByLabel("Win", { exact: true }).fill("Finished my portfolio");
  await page.getByRole("button", { name: "Save" }).click();
  await saved(page, (d) => d.journal.length === 1);
  await open(page, "/settings");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rebound-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const backup = JSON.parse(readFileSync(file, "utf8"));
  expect(backup.app).toBe("rebound");
  expect(backup.app_version).toMatch(/\d+\.\d+\.\d+/);
  await saved(page, (d) => d.settings.last_backup_at);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  await page.getByLabel("Import backup").setInputFiles(file);
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText("2 new records");
  await page.getByRole("button", { name: "Merge into my data" }).click();
  const env = await saved(page, (d) => d.applications.length === 1 && d.journal.length === 1);
  expect(env.data).toEqual(backup.data);
  await open(page, "/rejections");
  await expect(page.getByRole("link", { name: /Roundtrip GmbH/ })).toBeVisible();
});

const BAD_FILES = [
  ["not JSON", "this is not json {", /isn't readable JSON/],
  ["another app's file", JSON.stringify({ version: 1, notes: [] }), /another app/],
  ["a newer schema", JSON.stringify({ app: "rebound", schema: 42, saved_at: "2030-01-01T00:00:00Z", data: {} }), /newer version/],
  ["wrong types", JSON.stringify({ app: "rebound", schema: 2, saved_at: "2026-01-01T00:00:00Z", data: { applications: "lots" } }), /damaged or incomplete/],
  [
    "hostile strings",
    JSON.stringify({
      app: "rebound", schema: 2, saved_at: "2026-01-01T00:00:00Z",
      data: { applications: [{ meta: { id: "<img src=x onerror=alert(1)>", created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" }, company: "x", role: "y" }] },
    }),
    /damaged or incomplete/,
  ],
  ["an empty file", "", /empty/],
];

for (const [what, content, message] of BAD_FILES) {
  test(`importing ${what} explains the problem and changes nothing`, async ({ page }) => {
    await logRejection(page, { company: "Keep Me" });
    const before = await saved(page, (d) => d.applications.length === 1);
    await open(page, "/settings");
    await page.getByLabel("Import backup").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(content) });
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(page.getByRole("alert")).toContainText("Nothing was changed");
    await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
    expect(await stored(page)).toEqual(before);
  });
}

test("importing a file over 10 MB is refused before reading", async ({ page }) => {
  await open(page, "/settings");
  await page.getByLabel("Import backup").setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(11 * 1024 * 1024, 32) });
  await expect(page.getByRole("alert")).toContainText("more than a Rebound backup can be");
});

test("CSV export lists applications and neutralises formulas", async ({ page }) => {
  await logRejection(page, { company: "=HYPERLINK(\"http://evil\")", role: "+SUM(A1)" });
  await open(page, "/settings");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rebound-applications-.*\.csv$/);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("Applied,Closed,Company,Role,Stage,Outcome,How it arrived,Feedback");
  expect(csv).toContain("\"'=HYPERLINK(\"\"http://evil\"\")\"");
  expect(csv).toContain(",'+SUM(A1),");
});

test("blocked storage: the app still runs, with a clear warning", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("isn't letting Rebound save");
  await logRejection(page, { company: "In Memory Only" });
  await expect(page.getByRole("alert")).toContainText("isn't letting Rebound save");
});

test("the backup nudge appears after two weeks and can be dismissed", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-10-01T10:00:00"));
  await logRejection(page, { company: "Old Data Co" });
  await saved(page, (d) => d.applications.length === 1);
  await page.clock.setFixedTime(new Date("2026-10-20T10:00:00"));
  await open(page, "/");
  const due = page.getByRole("region", { name: "For today" });
  await expect(due).toContainText("No backup yet: 1 change so far.");
  await page.getByRole("button", { name: "Not now" }).click();
  await expect(due.getByText(/No backup yet/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Today" })).toBeVisible();
  // Snoozed: only the quiet status line remains.
  await expect(page.getByText("No backup yet: 1 change so far.")).toBeVisible();
  await expect(due.getByText(/No backup yet/)).toHaveCount(0);
  // Three days later it comes back.
  await page.clock.setFixedTime(new Date("2026-10-23T11:00:00"));
  await page.reload();
  await expect(due).toContainText("No backup yet: 1 change so far.");
});
