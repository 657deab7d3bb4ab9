// The plan notices what the person does (issue #32): sending is asked
// about where it happens, every step ticks when its action is done, steps
// lead where they point, counts and words tell the truth, the first screen
// holds what was come for, Insights is worth opening, and a check-in asks
// how the person is — never more than once.
import { test, expect, open, saved, stored, logRejection } from "./fixtures.js";

const box = (page, name) => page.getByRole("checkbox", { name });
const step = (page, name) => page.getByRole("button", { name, exact: true });

test.describe("sending is noticed", () => {
  test("after Open in email app the composer asks, beside it, and Mark as sent is focused", async ({ page }) => {
    await logRejection(page, { company: "Asked Ltd" });
    const rejection = page.url();
    await page.getByRole("link", { name: "Ask for feedback" }).click();
    // Nothing to reply to before it is sent.
    await expect(page.getByLabel("Reply received")).toHaveCount(0);
    await expect(page.getByRole("group", { name: "What did it mention?" })).toHaveCount(0);
    // The mail app opening is simulated: the link's navigation is stopped.
    await page.evaluate(() =>
      document.querySelectorAll('a[href^="mailto:"]').forEach((a) => a.addEventListener("click", (e) => e.preventDefault())),
    );
    await page.getByRole("link", { name: "Open in email app" }).click();
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText("Did you send it?")).toBeVisible();
    const mark = preview.getByRole("button", { name: "Mark as sent" });
    await expect(mark).toBeFocused();
    await expect(page.getByRole("button", { name: "Mark as sent" })).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(preview.getByText("Sent. Nothing more is needed from you today.")).toBeVisible();
    await expect(page.getByLabel("Reply received")).toBeVisible();
    await page.goto(rejection);
    await expect(box(page, "Ask for feedback, briefly and politely")).toBeChecked();
  });

  test("a thank-you copied and marked as sent ticks the thank step", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await logRejection(page, { company: "Thanked Co" });
    const rejection = page.url();
    await step(page, "Thank them and leave the door open").click();
    await page.getByRole("link", { name: "Write a thank-you" }).click();
    await expect(page.getByRole("radio", { name: "Just a thank-you" })).toBeChecked();
    await page.getByRole("button", { name: "Copy message" }).click();
    await expect(page.getByRole("button", { name: "Mark as sent" })).toBeFocused();
    await page.getByRole("button", { name: "Mark as sent" }).click();
    await page.goto(rejection);
    await expect(box(page, "Thank them and leave the door open")).toBeChecked();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test("the preview comes before the optional fields", async ({ page }) => {
      await logRejection(page, { company: "Order Co" });
      await page.getByRole("link", { name: "Ask for feedback" }).click();
      const preview = await page.getByRole("heading", { name: "Preview" }).boundingBox();
      const optional = await page.getByRole("heading", { name: "Details (optional)" }).boundingBox();
      const email = await page.getByLabel("Recipient email").boundingBox();
      expect(preview.y).toBeLessThan(optional.y);
      expect(preview.y).toBeLessThan(email.y);
    });
  });
});

test.describe("every step ticks when its action is done", () => {
  test("answering every reflection, sorting the reasons and choosing a pause tick their steps", async ({ page }) => {
    await logRejection(page, { company: "Rules Co" });
    await step(page, "Look back at how it went").click();
    const prompts = page.locator('[id^="reflect-"]');
    const n = await prompts.count();
    expect(n).toBe(6);
    for (let i = 0; i < n - 1; i++) await prompts.nth(i).fill(`Answer ${i + 1}`);
    await expect(box(page, "Look back at how it went")).not.toBeChecked();
    await prompts.nth(n - 1).fill("The last one");
    await expect(box(page, "Look back at how it went")).toBeChecked();

    await step(page, "Sort what you control from what you don't").click();
    const control = box(page, "Sort what you control from what you don't");
    await expect(control).not.toBeChecked();
    await page.getByRole("checkbox", { name: "Skills gap" }).check();
    await expect(control).toBeChecked();
    // Unticked by hand, it stays unticked.
    await control.uncheck();
    await page.getByRole("checkbox", { name: "Budget or role closed" }).check();
    await expect(control).not.toBeChecked();

    const group = page.getByRole("group", { name: "How long to pause" });
    await group.getByRole("button", { name: "Two days" }).click();
    await expect(box(page, /^Resting until/)).toBeChecked();
  });

  test("a pause reads as chosen days later, and ticks itself once it has ended", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-12-01T10:00:00"));
    await logRejection(page, { company: "Later Co" });
    const rejection = page.url();
    await page.getByRole("group", { name: "How long to pause" }).getByRole("button", { name: "Two days" }).click();
    await saved(page, (d) => d.applications.some((a) => a.pause_chosen));
    await page.clock.setFixedTime(new Date("2026-12-03T10:00:00"));
    await page.goto(rejection);
    const group = page.getByRole("group", { name: "How long to pause" });
    await step(page, /^Resting until this evening/).click();
    await expect(group.getByRole("button", { name: "Two days" })).toHaveAttribute("aria-pressed", "true");
    await expect(group.getByRole("button", { name: "Until this evening" })).toHaveAttribute("aria-pressed", "false");

    // A rejection whose default pause was never touched: weeks later it is
    // done, and not suggested for today.
    await page.clock.setFixedTime(new Date("2026-12-05T10:00:00"));
    await logRejection(page, { company: "Untouched Co" });
    const untouched = page.url();
    await page.clock.setFixedTime(new Date("2026-12-20T10:00:00"));
    await page.goto(untouched);
    await expect(box(page, /^Pause over/)).toBeChecked();
    const pauseRow = page.locator("li.step").filter({ has: page.getByRole("checkbox", { name: /^Pause over/ }) });
    await expect(pauseRow.getByText("For today", { exact: true })).toHaveCount(0);
  });
});

test.describe("steps lead where they point", () => {
  test("tell someone offers Add someone, then the saved person's links", async ({ page }) => {
    await logRejection(page, { company: "Told Co" });
    const rejection = page.url();
    await step(page, "Tell someone you trust").click();
    await page.getByRole("link", { name: "Add someone" }).click();
    await expect(page).toHaveURL(/\/settings/);
    await page.locator("#support-name").fill("Sam");
    await page.locator("#support-phone").fill("+44 7700 900123");
    await page.getByRole("button", { name: "Add person" }).click();
    await page.goto(rejection);
    await step(page, "Tell someone you trust").click();
    const call = page.getByRole("link", { name: "Call Sam" });
    await expect(call.first()).toHaveAttribute("href", /^tel:/);
    await expect(page.getByRole("link", { name: "Text Sam" }).first()).toHaveAttribute("href", /^sms:/);
  });

  test("keep one thing moving offers the next application and the week's goals", async ({ page }) => {
    await open(page, "/goals");
    await page.getByRole("button", { name: "New goal" }).click();
    await page.getByLabel("Goal", { exact: true }).fill("Reach out to people");
    await page.getByRole("button", { name: "Save" }).click();
    await logRejection(page, { company: "Moving Co" });
    await step(page, "Keep one thing moving").click();
    await expect(page.getByRole("link", { name: "Track an application" }).first()).toHaveAttribute("href", "/rejections/new?kind=application");
    await expect(page.getByText("Reach out to people")).toBeVisible();
    await expect(page.getByText("0 / 3 this week")).toBeVisible();
  });

  test("a lesson becomes a goal, prefilled and not carried in the address", async ({ page }) => {
    await logRejection(page, { company: "Lesson Co" });
    await step(page, "Turn one lesson into a next step").click();
    await page.getByRole("textbox", { name: "The next step" }).fill("Practise one system-design question");
    await page.getByRole("button", { name: "Make it a goal" }).click();
    await expect(page).toHaveURL(/\/goals\?new=1$/);
    await expect(page.getByLabel("Goal", { exact: true })).toHaveValue("Practise one system-design question");
  });
});

test.describe("counts and words tell the truth", () => {
  test("a goal that counts what I log counts the rejections, and says what it counted", async ({ page }) => {
    await open(page, "/goals");
    await page.getByRole("button", { name: "New goal" }).click();
    await page.getByLabel("Goal", { exact: true }).fill("Keep applying");
    await page.getByLabel("Also count the applications and rejections I log each week").check();
    await page.getByRole("button", { name: "Save" }).click();
    await logRejection(page, { company: "Smith & Co." });
    await logRejection(page, { company: "Second Ltd" });
    await open(page, "/goals");
    await expect(page.getByText("2 / 3 this week")).toBeVisible();
    await page.getByText("History and options").click();
    await expect(page.getByText(/\+1 Smith & Co\., rejection logged/)).toBeVisible();
    await expect(page.getByText(/\+1 Second Ltd, rejection logged/)).toBeVisible();
  });

  test("one person, one Rejected, no current crumb, no zero tiles", async ({ page }) => {
    await open(page, "/goals");
    await page.getByRole("button", { name: "New goal" }).click();
    await page.getByLabel("Goal", { exact: true }).fill("Talk to someone");
    await page.getByLabel("Target per week").fill("1");
    await page.getByLabel("Counted in").selectOption("people");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("1 person contacted a week")).toBeVisible();
    await expect(page.getByText("1 people")).toHaveCount(0);

    await logRejection(page, { company: "Tags & Co." });
    const crumb = page.getByRole("link", { name: "← Rejections" });
    await expect(crumb).not.toHaveAttribute("aria-current", "page");
    await page.getByRole("textbox", { name: "One good thing" }).fill("A kind interviewer");
    await page.getByRole("button", { name: "Save to journal" }).first().click();
    const env = await saved(page, (d) => d.journal.length === 1);
    expect(env.data.journal[0].tag).toBe("Tags-Co");

    await open(page, "/rejections");
    const row = page.locator(".app-row").filter({ hasText: "Tags & Co." });
    await expect(row).toContainText("Rejected");
    expect((await row.innerText()).match(/Rejected/g)).toHaveLength(1);

    await open(page, "/");
    const effort = page.getByRole("region", { name: "Evidence of effort" });
    await expect(effort).toContainText("Rejections faced");
    await expect(effort).not.toContainText("Worked through");
    await expect(effort).not.toContainText("Feedback asked for");
  });
});

test.describe("the first screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("after Save the plan's first step is on screen, and the email box is open on a new form", async ({ page }) => {
    await open(page, "/rejections/new");
    await expect(page.getByLabel("Paste the email")).toBeVisible();
    await page.getByLabel("Company").fill("First Screen Ltd");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "First Screen Ltd" })).toBeVisible();
    const first = page.locator("li.step").first();
    await expect(first).toBeInViewport();
    const box = await first.boundingBox();
    expect(box.y + 40).toBeLessThan(844);
  });

  test("the journal's first screen shows entries", async ({ page }) => {
    await open(page, "/journal");
    for (const text of ["First small win", "Second small win"]) {
      await page.getByRole("button", { name: "Add a win" }).click();
      await page.getByLabel("Win", { exact: true }).fill(text);
      await page.getByRole("button", { name: "Save" }).click();
    }
    await page.reload();
    await expect(page.getByText("Second small win")).toBeInViewport();
  });
});

test.describe("Insights", () => {
  test("is on Today, has a range, the answers, a next step and kind framing", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-11-30T10:00:00"));
    await logRejection(page, { company: "Insight Co" });
    await open(page, "/");
    await page.getByRole("link", { name: "Insights", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();
    await expect(page.getByText(/Patterns, not verdicts/)).toBeVisible();
    const range = page.getByLabel("Range");
    await expect(range).toHaveValue("12w");
    await range.selectOption({ label: "All time" });
    await expect(page.getByRole("img", { name: /since you started/ })).toBeVisible();
    const next = page.getByRole("region", { name: "A next step, if you'd like one" });
    await expect(next.getByRole("link", { name: "Ask for feedback" })).toBeVisible();
  });
});

test.describe("how are you feeling?", () => {
  test("offered after logging, two taps, kept as a record, shown kindly and removable", async ({ page }) => {
    await logRejection(page, { company: "Feelings Ltd" });
    const card = page.getByRole("region", { name: "How are you feeling right now?" });
    await card.getByRole("button", { name: "Low" }).click();
    await expect(card.getByText(/Noted: .* Low/)).toBeVisible();
    await card.getByLabel("Anything you'd like to add? (optional)").fill("Tired but okay");
    await card.getByRole("button", { name: "Save" }).click();
    const env = await saved(page, (d) => (d.checkins || []).some((c) => c.note === "Tired but okay"));
    expect(env.data.checkins[0]).toMatchObject({ feeling: "low", moment: "logged" });
    // Not asked again for this rejection.
    await page.reload();
    await expect(page.getByRole("region", { name: "How are you feeling right now?" })).toHaveCount(0);
    // Today asks once a day, and then only thanks.
    await open(page, "/");
    const today = page.getByRole("region", { name: "How are you feeling?", exact: true });
    await expect(today).toContainText("You checked in");
    await open(page, "/insights");
    const feelings = page.getByRole("region", { name: "How you've been feeling" });
    await expect(feelings).toContainText("Low — Tired but okay");
    await feelings.getByRole("button", { name: /^Remove check-in of/ }).click();
    await expect(feelings).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("region", { name: "How you've been feeling" })).toBeVisible();
  });
});

test.describe("keyboard alone", () => {
  const onBody = (page) => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

  test("Enter in Log an amount, a goal suggestion, Export backup: focus stays somewhere useful", async ({ page }) => {
    await open(page, "/goals");
    await page.getByRole("button", { name: "New goal" }).click();
    await page.getByRole("group", { name: "Suggestions" }).getByRole("button").first().click();
    await expect(page.getByRole("button", { name: "Save" })).toBeFocused();
    await page.keyboard.press("Enter");
    const toggle = page.getByRole("button", { name: "Log an amount or a past day" });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Amount").fill("2");
    await page.keyboard.press("Enter");
    await expect(toggle).toBeFocused();

    await open(page, "/settings");
    const exp = page.getByRole("button", { name: "Export backup" });
    await exp.focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await expect(exp).toBeFocused();
    expect(await onBody(page)).toBe(false);
  });

  test("after Unlock and after Merge, focus is not lost", async ({ page }) => {
    await logRejection(page, { company: "Locked Co" });
    await open(page, "/settings");
    await page.getByLabel("Backup passphrase").fill("correct horse battery staple tulip");
    await page.getByLabel("Confirm passphrase").fill("correct horse battery staple tulip");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export backup" }).click()]);
    const file = await download.path();
    await page.locator("#import").setInputFiles(file);
    await page.getByLabel("Passphrase", { exact: true }).fill("correct horse battery staple tulip");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Merge into my data" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "Import preview" })).toHaveCount(0);
    expect(await onBody(page)).toBe(false);
    // Back on the way in, ready for another import.
    await expect(page.locator("#import")).toBeFocused();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test("Shift+Tab up an open plan never hides focus under the top bars", async ({ page }) => {
      await logRejection(page, { company: "Sticky Co" });
      // Open every step, so the plan is long.
      const closed = page.locator("button.step-open[aria-expanded=false]");
      while ((await closed.count()) > 0) await closed.first().click();
      await page.getByRole("textbox", { name: "The next step" }).focus();
      const covered = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Shift+Tab");
        const hidden = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const r = el.getBoundingClientRect();
          const bars = [...document.querySelectorAll(".topbar, .plan-head")]
            .map((b) => b.getBoundingClientRect())
            .filter((b) => b.height > 0 && b.bottom > 0);
          const top = Math.max(0, ...bars.map((b) => b.bottom));
          return r.bottom <= top + 1 && !el.closest(".topbar, .plan-head") ? el.textContent.trim().slice(0, 40) : null;
        });
        if (hidden) covered.push(hidden);
      }
      expect(covered).toEqual([]);
    });
  });
});

test.describe("month two", () => {
  test("close every quiet application at once, and undo it", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-09-01T10:00:00"));
    for (const c of ["Quiet One", "Quiet Two", "Quiet Three"]) {
      await open(page, "/rejections/new?kind=application");
      await page.getByLabel("Company").fill(c);
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Rejections" })).toBeVisible();
    }
    await page.clock.setFixedTime(new Date("2026-11-01T10:00:00"));
    await open(page, "/rejections");
    const quiet = page.getByRole("region", { name: "Gone quiet" });
    await expect(quiet).toContainText("3 applications with no word for 30 days or more");
    const height = await quiet.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(260);
    await quiet.getByRole("button", { name: "Close all 3 as no response" }).click();
    await expect(quiet).toHaveCount(0);
    let env = await saved(page, (d) => d.applications.every((a) => a.outcome === "no_response"));
    expect(env.data.applications).toHaveLength(3);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("region", { name: "Gone quiet" })).toBeVisible();
    env = await saved(page, (d) => d.applications.every((a) => a.outcome === "in_progress"));
    expect(env.data.applications).toHaveLength(3);
    const all = await stored(page);
    expect(all.data.applications.every((a) => !a.plan || a.plan.length === 0)).toBe(true);
  });
});
