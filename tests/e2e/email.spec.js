// Logging a rejection from the email: a link of the form
// /rejections/new?title=…&text=… (which the form still reads, and then
// clears from the address bar at once) or text pasted into the form. The
// manifest's share target is a POST the service worker answers, so a share
// puts no text in any URL (tests/e2e/saving.spec.js, scenario 7). The form
// is filled for the person to check; nothing is saved before Save.
import { spawn } from "node:child_process";
import { test, expect, open, ready, saved, stored } from "./fixtures.js";

const REJECTION = `Dear Sam,

Thank you for taking the time to interview for the Senior Data Analyst (Growth) role at Müller & Söhne GmbH.

After careful consideration we have decided to move forward with another candidate.

Kind regards,
Katrin Vogel
Head of Analytics`;

const INVITATION = `Hi Sam,

Thanks for applying for the Frontend Developer role at Orbit Logistics. We would like to invite you to an interview with the team next week.

Best,
Leila Haddad`;

const shareUrl = (title, text) => `/rejections/new?title=${encodeURIComponent(title)}&text=${encodeURIComponent(text)}&url=`;

test("a shared email fills the form, leaves the address bar, and saves only on Save", async ({ page }) => {
  await open(page, shareUrl("Your interview", REJECTION));
  await expect(page.getByLabel("Company")).toHaveValue("Müller & Söhne GmbH");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Senior Data Analyst (Growth)");
  await expect(page.getByLabel("Stage")).toHaveValue("interview");
  await expect(page.getByText("Filled in from the email — check before saving")).toHaveCount(3);
  expect(new URL(page.url()).search).toBe("");
  // Nothing is stored until Save.
  await page.waitForTimeout(800);
  expect(await stored(page)).toBeNull();
  // A field the person changes is theirs: its note goes.
  await page.getByLabel("Role", { exact: true }).fill("Senior Data Analyst");
  await expect(page.getByText("Filled in from the email — check before saving")).toHaveCount(2);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Müller & Söhne GmbH" })).toBeVisible();
  const env = await saved(page, (d) => d.applications.length === 1);
  const a = env.data.applications[0];
  expect(a).toMatchObject({ company: "Müller & Söhne GmbH", role: "Senior Data Analyst", stage: "interview", outcome: "rejected" });
  expect(a.notes ?? "").toBe(""); // the email is not kept unless asked
  // The signer is proposed as the recipient when asking for feedback.
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  await expect(page.getByLabel("Recipient name")).toHaveValue("Katrin Vogel");
});

test("paste the email, keep its text in the notes if asked; typed fields are never overwritten", async ({ page }) => {
  await open(page, "/rejections/new");
  await page.getByLabel("Company").fill("My Own Name Ltd");
  await page.getByLabel("Paste the email").fill(REJECTION);
  await expect(page.getByLabel("Company")).toHaveValue("My Own Name Ltd");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Senior Data Analyst (Growth)");
  await page.getByLabel("Keep the email text in my notes").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My Own Name Ltd" })).toBeVisible();
  const env = await saved(page, (d) => d.applications.length === 1);
  expect(env.data.applications[0].notes).toContain("decided to move forward with another candidate");
});

test("an interview invitation is offered the other path, kindly", async ({ page }) => {
  await open(page, "/rejections/new");
  await page.getByLabel("Paste the email").fill(INVITATION);
  const note = page.getByRole("status").filter({ hasText: "invitation to interview" });
  await expect(note).toBeVisible();
  await note.getByRole("button", { name: "Log as in progress" }).click();
  await expect(page.getByLabel("Where it stands")).toHaveValue("in_progress");
  await expect(note).toHaveCount(0);
  await page.getByRole("button", { name: "Save" }).click();
  const env = await saved(page, (d) => d.applications.length === 1);
  expect(env.data.applications[0]).toMatchObject({ company: "Orbit Logistics", role: "Frontend Developer", outcome: "in_progress" });
});

test("junk, huge and empty pastes go through calmly", async ({ page }) => {
  await open(page, "/rejections/new");
  const box = page.getByLabel("Paste the email");
  await box.fill("<p>unclosed <b>markup & ✨ emoji, שלום, \u0000 \uFFFF</p>");
  await box.fill("");
  await box.fill("Thank you for applying to Acme. ".repeat(6000));
  await expect(page.getByText("only its first 50,000 characters were read")).toBeVisible();
  await expect(page.getByLabel("Company")).toHaveValue("Acme");
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });
  test("a share works offline once the app has been visited", async ({ page, context }) => {
    const port = 4184;
    const base = `http://127.0.0.1:${port}`;
    const server = spawn("node", ["scripts/static-server.mjs", "dist", String(port)], { stdio: "ignore" });
    try {
      for (let i = 0; i < 50; i++) {
        try {
          await fetch(`${base}/`);
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await page.goto(`${base}/`);
      await ready(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
      // Every part is cached once the worker has installed.
      await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length > 8, null, { timeout: 15_000 });
    } finally {
      server.kill();
    }
    await context.setOffline(true);
    await page.goto(`${base}${shareUrl("Your interview", REJECTION)}`);
    await ready(page);
    await expect(page.getByLabel("Company")).toHaveValue("Müller & Söhne GmbH");
    await context.setOffline(false);
  });
});
