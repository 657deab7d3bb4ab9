// The composer, goals and journal, driven as a person would.
import { test, expect, open, saved, logRejection, progressTotal } from "./fixtures.js";

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
  expect(mail.subject).toBe("Thank you, and a quick question about the UX researcher role");
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
  await saved(page, (d) => progressTotal(d) === 3);
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

test("mark sent, and a week later Today suggests one gentle follow-up", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-02T10:00:00"));
  await logRejection(page, { company: "Soylent" });
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await saved(page, (d) => d.applications[0].feedback?.sent_on === "2026-11-02");
  await open(page, "/");
  await expect(page.getByText(/You asked Soylent for feedback/)).toHaveCount(0);
  await page.clock.setFixedTime(new Date("2026-11-10T10:00:00"));
  await page.reload();
  const follow = page.getByRole("link", { name: "Write a follow-up" });
  await expect(page.getByText(/You asked Soylent for feedback on 2 Nov 2026/)).toBeVisible();
  await follow.click();
  await expect(page.getByRole("radio", { name: "A gentle follow-up" })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue(/gentle follow-up/);
  await page.getByRole("button", { name: "Mark follow-up as sent" }).click();
  await open(page, "/");
  await expect(page.getByText(/You asked Soylent for feedback/)).toHaveCount(0);
});

test("a feedback theme becomes a prefilled goal", async ({ page }) => {
  await logRejection(page, { company: "Wonka" });
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  // The reply fields come once it's sent.
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await page.getByRole("textbox", { name: "Reply received" }).fill("More hands-on interview practice would help.");
  await page.getByRole("checkbox", { name: "Interview", exact: true }).check();
  await page.getByRole("link", { name: 'Make a goal from "Interview"' }).click();
  await expect(page.getByLabel("Goal", { exact: true })).toHaveValue("Practise interviewing (from Wonka feedback)");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("0 / 1 this week")).toBeVisible();
});

test("goals: next week starts fresh and the history shows last week", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-18T10:00:00")); // a Wednesday
  await open(page, "/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByRole("button", { name: "Reach out to one new person" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Log progress" }).click();
  await expect(page.getByText("1 / 1 this week")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Weekly target reached");
  await saved(page, (d) => progressTotal(d) === 1);
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00")); // next Tuesday
  await page.reload();
  await expect(page.getByText("0 / 1 this week")).toBeVisible();
  await page.getByText("History and options").click();
  await page.getByText("Show as a table").click();
  await expect(page.getByRole("row", { name: /16 Nov 2026 1 of 1/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /target met in 1 of the last 2 weeks/ })).toBeVisible();
  // A rest week: nothing expected, and only one a month.
  await page.getByRole("button", { name: "Make this a rest week" }).click();
  await expect(page.getByText("A rest week. Nothing is expected")).toBeVisible();
});

test("goals: log an amount for a past day, then correct it", async ({ page }) => {
  await open(page, "/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByLabel("Goal", { exact: true }).fill("Study SQL");
  await page.getByLabel("Target per week").fill("4");
  await page.getByLabel("Counted in").selectOption("hours");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Log an amount or a past day" }).click();
  await page.getByLabel("Amount").fill("3");
  await page.getByLabel("Note (optional)").fill("window functions");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("3 / 4 this week")).toBeVisible();
  await page.getByText("History and options").click();
  await page.getByRole("button", { name: /Remove .*\+3 — window functions/ }).click();
  await expect(page.getByText("0 / 4 this week")).toBeVisible();
  await page.getByRole("button", { name: "Mark as completed" }).click();
  // Finished goals are folded away until asked for.
  await expect(page.getByText("Study SQL")).toBeHidden();
  await page.getByText("Achievements (1)").click();
  await expect(page.getByRole("listitem").filter({ hasText: "Study SQL" })).toContainText("completed");
});

test("journal: aspirations are pinned on Today and entries can be edited", async ({ page }) => {
  await open(page, "/journal");
  await page.getByRole("button", { name: "Add an aspiration" }).click();
  await page.getByLabel("Aspiration", { exact: true }).fill("A product role in a climate company");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: /Edit entry/ }).click();
  await page.getByLabel("Edit entry").fill("A product role in a climate or energy company");
  await page.getByRole("button", { name: "Save changes" }).click();
  await open(page, "/");
  await expect(page.getByRole("region", { name: "What you're aiming for" })).toContainText("climate or energy company");
});

test("the recovery plan template can be edited without touching past plans", async ({ page }) => {
  await logRejection(page, { company: "Before Edit" });
  const before = await page.locator(".steps > li").count();
  await open(page, "/settings");
  await page.getByText(/^Edit the steps \(\d+ in each new plan\)$/).click();
  await page.getByRole("button", { name: "Hide: Tell someone you trust" }).click();
  await page.getByLabel("A step of your own").fill("Go for a long walk");
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByRole("button", { name: "Move up: Go for a long walk" }).click();
  await logRejection(page, { company: "After Edit" });
  const plan = page.getByRole("region", { name: "Your recovery plan" });
  await expect(plan.getByRole("checkbox", { name: "Go for a long walk" })).toBeVisible();
  await expect(plan.getByRole("checkbox", { name: "Tell someone you trust" })).toHaveCount(0);
  await open(page, "/rejections");
  await page.getByRole("link", { name: /Before Edit/ }).click();
  await expect(page.locator(".steps > li")).toHaveCount(before);
  await expect(page.getByRole("checkbox", { name: "Tell someone you trust" })).toBeVisible();
});

test("goals: archive and restore", async ({ page }) => {
  await open(page, "/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByLabel("Goal", { exact: true }).fill("Weekly portfolio post");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByText("History and options").click();
  await page.getByRole("button", { name: "Archive goal: Weekly portfolio post" }).click();
  await expect(page.getByRole("button", { name: /Log progress/ })).toHaveCount(0);
  await page.getByText("Archived goals (1)").click();
  await page.getByRole("button", { name: "Restore goal: Weekly portfolio post" }).click();
  await expect(page.getByRole("button", { name: "Log progress: Weekly portfolio post" })).toBeVisible();
});

test("journal: tags filter the list", async ({ page }) => {
  await open(page, "/journal");
  for (const [text, tag] of [["Nailed the system design question", "interview"], ["Met a kind recruiter", "network"]]) {
    await page.getByRole("button", { name: "Add a win" }).click();
    await page.getByLabel("Win", { exact: true }).fill(text);
    await page.getByLabel("Tag (optional)").fill(tag);
    await page.getByRole("button", { name: "Save" }).click();
  }
  await page.getByRole("button", { name: "Show entries tagged interview" }).click();
  await expect(page.getByLabel("Search the journal")).toHaveValue("interview");
  await expect(page.getByText("Nailed the system design question")).toBeVisible();
  await expect(page.getByText("Met a kind recruiter")).toHaveCount(0);
});
