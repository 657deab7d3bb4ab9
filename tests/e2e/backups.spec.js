// Backups that outlive the browser: passphrase-encrypted export and import,
// Safari's seven-day notice (under an emulated Safari only), and the
// reminder that follows the number of changes.
import { readFileSync, writeFileSync } from "node:fs";
import { test, expect, open, saved, stored, logRejection } from "./fixtures.js";

test.describe.configure({ timeout: 60_000 });

const PASS = "correct horse battery staple";

async function exportEncrypted(page, passphrase) {
  await open(page, "/settings");
  await page.getByLabel("Backup passphrase").fill(passphrase);
  await page.getByLabel("Confirm passphrase").fill(passphrase);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rebound-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
  await saved(page, (d) => d.settings.last_backup_at);
  return download.path();
}

test("an encrypted backup comes back whole with its passphrase and is refused without it", async ({ page }) => {
  await logRejection(page, { company: "Secret Notes GmbH" });
  await page.getByRole("textbox", { name: "One good thing" }).fill("Something private I wrote about the panel.");
  await saved(page, (d) => d.applications[0]?.plan?.some((s) => s.note));
  const before = (await stored(page)).data;

  // Too short a passphrase: nothing is downloaded.
  await open(page, "/settings");
  await page.getByLabel("Backup passphrase").fill("short");
  await page.getByRole("button", { name: "Export backup" }).click();
  await expect(page.getByRole("alert")).toContainText("at least 8 characters");

  const file = await exportEncrypted(page, PASS);
  const text = readFileSync(file, "utf8");
  const env = JSON.parse(text);
  expect(env.format).toBe("rebound-encrypted");
  expect(env.kdf).toMatchObject({ name: "PBKDF2-SHA256", iterations: 600000 });
  expect(env.cipher.name).toBe("AES-256-GCM");
  expect(text).not.toContain("Secret Notes");
  expect(text).not.toContain("private");
  await expect(page.getByLabel("Backup passphrase")).toHaveValue("");

  await page.evaluate(() => localStorage.clear());
  await open(page, "/settings");

  // Wrong passphrase: a clear message, nothing imported.
  await page.getByLabel("Import backup").setInputFiles(file);
  const locked = page.getByRole("region", { name: "Encrypted backup" });
  await expect(locked).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill("not the passphrase");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("alert")).toContainText("doesn't open this backup");
  await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
  expect(await stored(page)).toBeNull();

  // The right one: the usual preview, then the same data.
  await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText("1 new record");
  await page.getByRole("button", { name: "Merge into my data" }).click();
  const after = await saved(page, (d) => d.applications.length === 1);
  expect(after.data.applications).toEqual(before.applications);
});

test("damaged, tampered and unknown encrypted files each say what is wrong and change nothing", async ({ page }, info) => {
  await logRejection(page, { company: "Kept Safe Ltd" });
  await saved(page, (d) => d.applications.length === 1);
  const file = await exportEncrypted(page, PASS);
  const good = readFileSync(file, "utf8");
  const env = JSON.parse(good);
  const flip = (b64) => (b64[5] === "A" ? "B" : "A") + "";
  const tampered = { ...env, data: env.data.slice(0, 5) + flip(env.data) + env.data.slice(6) };
  const header = { ...env, kdf: { ...env.kdf, iterations: 600001 } };
  const cases = [
    ["truncated", good.slice(0, good.length / 2), /incomplete or damaged/, false],
    ["tampered data", JSON.stringify(tampered), /doesn't open this backup/, true],
    ["tampered header", JSON.stringify(header), /doesn't open this backup/, true],
    ["unknown cipher", JSON.stringify({ ...env, cipher: { ...env.cipher, name: "ROT13" } }), /doesn't know \(ROT13\)/, false],
    ["newer format", JSON.stringify({ ...env, version: 7 }), /newer version of Rebound/, false],
  ];
  const before = await stored(page);
  for (const [name, content, message, asks] of cases) {
    const path = info.outputPath(`${name.replace(/ /g, "-")}.json`);
    writeFileSync(path, content);
    await page.getByLabel("Import backup").setInputFiles(path);
    if (asks) {
      await page.getByLabel("Passphrase", { exact: true }).fill(PASS);
      await page.getByRole("button", { name: "Unlock" }).click();
    }
    await expect(page.getByRole("alert"), name).toContainText(message);
    await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
});

/** Makes Chromium look like Safari to the app: Apple's vendor string and
 * WebKit's Apple-only GestureEvent (what the app checks, besides the
 * display mode). */
async function likeSafari(context) {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "vendor", { get: () => "Apple Computer, Inc.", configurable: true });
    window.GestureEvent = function GestureEvent() {};
  });
}

test("Safari is told once, after the first save, about its seven-day rule", async ({ browser }) => {
  const context = await browser.newContext({
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  });
  await likeSafari(context);
  const page = await context.newPage();
  await open(page, "/");
  const notice = page.getByRole("region", { name: "Keep what you write here" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(notice).toHaveCount(0); // nothing saved yet
  await logRejection(page, { company: "First Save Inc" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("seven days");
  await notice.getByText("Add Rebound to your Dock").click();
  await expect(notice).toContainText("File → Add to Dock");
  const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "Back up now" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rebound-backup-/);
  await open(page, "/settings");
  await expect(page.getByText("In a Safari tab on this device")).toBeVisible();
  await expect(page.getByText(/Last backup: today, no changes since\./).first()).toBeVisible();
  await page.getByRole("button", { name: "Got it" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export backup" })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await context.close();
});

test("Chromium gets no Safari notice", async ({ page }) => {
  await logRejection(page, { company: "Not Safari GmbH" });
  await saved(page, (d) => d.applications.length === 1);
  await expect(page.getByRole("region", { name: "Keep what you write here" })).toHaveCount(0);
  await open(page, "/settings");
  await expect(page.getByText("In this browser on this device (not installed as an app).")).toBeVisible();
});

test("after 25 changes since the last backup, Today reminds; Not now snoozes it", async ({ page }) => {
  await logRejection(page, { company: "Backed Up Ltd" });
  await open(page, "/settings");
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  await saved(page, (d) => d.settings.last_backup_at);
  await open(page, "/journal");
  for (let i = 1; i <= 25; i++) {
    await page.getByRole("button", { name: "Add a win" }).click();
    await page.getByLabel("Win", { exact: true }).fill(`Small win number ${i}`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(`Small win number ${i}`, { exact: true })).toBeVisible();
    if (i === 24) {
      await saved(page, (d) => d.journal.length === 24);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Recent wins" })).toBeVisible();
      // Not due yet: only the quiet status line says it.
      await expect(page.getByText("Last backup: today, 24 changes since.")).toBeVisible();
      await expect(page.getByRole("region", { name: "For today" }).getByText(/changes since/)).toHaveCount(0);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journal" }).click();
    }
  }
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  const due = page.getByRole("region", { name: "For today" });
  await expect(due).toContainText("Last backup: today, 25 changes since.");
  await expect(page.getByText(/25 changes since/)).toHaveCount(1); // said once, not twice
  await due.getByRole("button", { name: "Not now" }).click();
  await expect(page.getByRole("region", { name: "For today" }).getByText(/changes since/)).toHaveCount(0);
  await expect(page.getByText("Last backup: today, 25 changes since.")).toBeVisible();
});

test("a backup file dropped onto Settings opens the same preview", async ({ page }) => {
  await logRejection(page, { company: "Dropped In Ltd" });
  await open(page, "/settings");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
  const text = readFileSync(await download.path(), "utf8");
  await saved(page, (d) => d.settings.last_backup_at);
  await page.evaluate(() => localStorage.clear());
  await open(page, "/settings");
  // The page's part may still be on its way after the storage is emptied.
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], "from-the-desktop.json", { type: "application/json" }));
    const target = document.querySelector("main h1");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("from-the-desktop.json");
  await expect(preview).toContainText("1 new record");
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await saved(page, (d) => d.applications.length === 1);
});
