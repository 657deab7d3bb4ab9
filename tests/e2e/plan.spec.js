// The recovery plan follows what happens: sending the feedback request or
// writing a step's note ticks it, the pause says what was chosen, wins go
// to the journal in one tap, and deleting a full record asks first.
import { test, expect, open, saved, logRejection } from "./fixtures.js";

const box = (page, name) => page.getByRole("checkbox", { name });

test("marking the request as sent ticks its step and the rejection says where it stands", async ({ page }) => {
  await logRejection(page, { company: "Sent Ltd" });
  const rejection = page.url();
  await expect(box(page, "Ask for feedback")).not.toBeChecked();
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  await page.getByRole("button", { name: "Mark as sent" }).click();
  await page.goto(rejection);
  await expect(box(page, "Ask for feedback")).toBeChecked();
  await expect(page.getByText(/^Sent \d+ \w+ \d{4} · awaiting reply See the request$/)).toBeVisible();
  await expect(page.getByText("3 of 12")).toHaveCount(0);
  // The reply shows on the rejection, with its themes; the follow-up promise goes.
  await page.getByRole("link", { name: "See the request" }).click();
  await page.getByLabel("Reply received").fill("They'd hoped for more SQL experience.");
  await page.getByRole("checkbox", { name: "Skills" }).check();
  await expect(page.getByText(/and they replied/)).toBeVisible();
  await expect(page.getByText(/Rebound will suggest one gentle follow-up/)).toHaveCount(0);
  await page.goto(rejection);
  await expect(page.getByText(/· reply received \d+ \w+ \d{4}: Skills See the reply$/)).toBeVisible();
  await expect(page.getByRole("link", { name: "See the reply" })).toBeVisible();
});

test("writing a step's note ticks it, and a win goes to the journal in one tap", async ({ page }) => {
  await logRejection(page, { company: "Noted Inc" });
  await expect(box(page, "Write down one good thing from this process")).not.toBeChecked();
  await page.getByRole("textbox", { name: "One good thing" }).fill("The hiring manager said my portfolio was the clearest they'd seen.");
  await expect(box(page, "Write down one good thing from this process")).toBeChecked();
  await page.getByRole("button", { name: "Save to journal" }).first().click();
  await expect(page.getByText("In your journal.")).toBeVisible();
  const env = await saved(page, (d) => d.journal.length === 1);
  expect(env.data.journal[0]).toMatchObject({ kind: "win", text: "The hiring manager said my portfolio was the clearest they'd seen." });
  await open(page, "/journal");
  await expect(page.getByText("The hiring manager said my portfolio was the clearest they'd seen.")).toBeVisible();
});

test("the pause step says what was chosen, and the choice shows as selected", async ({ page }) => {
  await logRejection(page, { company: "Pause Co" });
  const group = page.getByRole("group", { name: "How long to pause" });
  await group.getByRole("button", { name: "Until this evening" }).click();
  await expect(box(page, "Resting until this evening")).toBeVisible();
  await expect(group.getByRole("button", { name: "Until this evening" })).toHaveAttribute("aria-pressed", "true");
  await expect(group.getByRole("button", { name: "Two days" })).toHaveAttribute("aria-pressed", "false");
  await group.getByRole("button", { name: "Two days" }).click();
  await expect(box(page, /^Resting until the evening of/)).toBeVisible();
  await expect(group.getByRole("button", { name: "Two days" })).toHaveAttribute("aria-pressed", "true");
});

test("deleting a rejection with its plan under way asks first; a bare one goes with undo", async ({ page }) => {
  await logRejection(page, { company: "Full Record Ltd" });
  await box(page, "Tell someone you trust").check();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const ask = page.getByRole("alertdialog", { name: "Delete Full Record Ltd?" });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole("button", { name: "Delete it" })).toBeFocused();
  await ask.getByRole("button", { name: "Keep it" }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Full Record Ltd" })).toBeVisible();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("button", { name: "Delete it" }).click();
  await expect(page).toHaveURL(/\/rejections$/);
  await saved(page, (d) => d.applications.every((a) => a.meta.d));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the plan is one line per step, a few suggested for today, with its progress in view", async ({ page }) => {
    await logRejection(page, { company: "Phone Plan Ltd" });
    const plan = page.getByRole("region", { name: "Your recovery plan" });
    await expect(plan.getByText("For today", { exact: true })).toHaveCount(3);
    const height = await plan.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThan(2600); // it ran to about 4,000 px with every step open
    const lookBack = plan.getByRole("button", { name: "Look back at how it went" });
    await expect(lookBack).toHaveAttribute("aria-expanded", "false");
    await lookBack.click();
    await expect(lookBack).toHaveAttribute("aria-expanded", "true");
    await expect(plan.getByRole("textbox", { name: "Where did you feel least prepared?" })).toBeVisible();
    // Scrolled to the last step, "0 of 12" is still on screen.
    await plan.getByRole("checkbox", { name: "Turn one lesson into a next step" }).scrollIntoViewIfNeeded();
    await expect(plan.getByText(/^\d+ of 12$/)).toBeInViewport();
  });
});
