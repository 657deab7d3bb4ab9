// The composer, goals and journal, driven as a person would.
import { test, expect, open, saved, logRejection } from "./fixtures.js";

function decodeMailto(href) {
  const [addr, query] = href.slice("mailto:".length).split("?");
  const params = Object.fromEntries(query.split("&").map((kv) => kv.split("=")));
  return { to: decodeURIComponent(addr), subject: decodeURIComponent(params.subject), body: decodeURIComponent(params.body) };
}

test("compose from a rejection: a real mailto link with the expected subject and body", async ({ page }) => {
  await logRejection(page, { company: "Umbrella", role: "UX researcher", stage: "Final round" });
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Umbrella");
  await page.getByLabel("Recipient name").fill("Ana María");
  await page.getByLabel("Recipient email").fill("ana@example.com");
  await page.getByLabel("Your name", { exact: true }).fill("Sam");
  await page.getByRole("radio", { name: "Warm" }).check();
  const href = await page.getByRole("link", { name: "Open in email app" }).getAttribute("href");
  expect(href).toMatch(/^mailto:ana@example\.com\?subject=/);
  expect(href).not.toContain(" ");
  expect(href).toContain("%0D%0A");
  const mail = decodeMailto(href);
  expect(mail.to).toBe("ana@example.com");
  expect(mail.subject).toBe("Thank you, and a quick question about UX researcher");
  const message = await page.getByLabel("Message").inputValue();
  expect(mail.body).toBe(message.replace(/\r?\n/g, "\r\n"));
  expect(mail.body).toContain("Hi Ana María,");
  expect(mail.body).toContain("final round");
  expect(mail.body).toContain("Sam");
  await expect(page.getByText("Reads kindly and clearly")).toBeVisible();
});

test("a hand edit survives a reload, and the bridge check speaks up kindly", async ({ page }) => {
  await logRejection(page, { company: "Hooli" });
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  await page.getByLabel("Message").fill("Please reconsider. The process was UNFAIR and RIDICULOUS!!");
  await expect(page.getByText(/Asking them to reconsider/)).toBeVisible();
  await expect(page.getByText(/Calling the process unfair/)).toBeVisible();
  await expect(page.getByText(/read as shouting/)).toBeVisible();
  await expect(page.getByText(/short thank-you/)).toBeVisible();
  await saved(page, (d) => d.applications[0].feedback?.draft?.startsWith("Please reconsider"));
  await page.reload();
  await expect(page.getByLabel("Message")).toHaveValue(/^Please reconsider/);
  await page.getByRole("button", { name: "Reset to template" }).click();
  await expect(page.getByLabel("Message")).toHaveValue(/Thank you for letting me know/);
});

test("copy message puts the text on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, "/compose");
  await page.getByLabel("Recipient name").fill("Jo");
  await page.getByRole("button", { name: "Copy message" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain("Hi Jo,");
});

test("goals: create one, log progress three times, and it survives a reload", async ({ page }) => {
  await open(page, "/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByLabel("Goal", { exact: true }).fill("Send applications");
  await page.getByLabel("Target per week").fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Log progress" }).click();
  await expect(page.getByText("3 / 5 this week")).toBeVisible();
  await saved(page, (d) => d.checkins.length === 3);
  await page.reload();
  await expect(page.getByText("3 / 5 this week")).toBeVisible();
  await open(page, "/");
  await expect(page.getByText("3 / 5 this week")).toBeVisible();
});

test("journal: a win shows on Today and in search", async ({ page }) => {
  await open(page, "/journal");
  await page.getByRole("button", { name: "Add a win" }).click();
  await page.getByLabel("Win", { exact: true }).fill("Got through to the second round at Acme");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByLabel("Search the journal").fill("second round");
  await expect(page.getByText("Got through to the second round at Acme")).toBeVisible();
  await page.getByLabel("Search the journal").fill("nothing like this");
  await expect(page.getByText("Got through to the second round at Acme")).toHaveCount(0);
  await open(page, "/");
  await expect(page.getByRole("region", { name: "Recent wins" })).toContainText("second round at Acme");
});

test("after logging, the user's own win is resurfaced", async ({ page }) => {
  await open(page, "/journal");
  await page.getByRole("button", { name: "Add a win" }).click();
  await page.getByLabel("Win", { exact: true }).fill("Mentored two juniors to promotion");
  await page.getByRole("button", { name: "Save" }).click();
  await logRejection(page, { company: "Resurface Ltd" });
  await expect(page.getByRole("status").filter({ hasText: "Mentored two juniors to promotion" })).toBeVisible();
});
