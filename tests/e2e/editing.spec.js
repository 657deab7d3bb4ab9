// Typing keeps its place: edits never rebuild the field being typed in.
import { test, expect, logRejection } from "./fixtures.js";
test("typing in the middle of a note keeps the cursor", async ({ page }) => {
  await logRejection(page, { company: "Cursor Co" });
  await page.getByRole("button", { name: "Look back at how it went" }).click();
  const box = page.getByRole("textbox", { name: "Where did you feel least prepared?" });
  await box.click();
  await page.keyboard.type("hello world");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("big ");
  await expect(box).toHaveValue("hello big world");
  const company = page.getByLabel("Company", { exact: true });
  await page.getByRole("button", { name: "Edit" }).click();
  await company.click();
  await page.keyboard.press("Home");
  await page.keyboard.type("The ");
  await expect(company).toHaveValue("The Cursor Co");
});

test("typing in the composer's message keeps the cursor", async ({ page }) => {
  await logRejection(page, { company: "Cursor Mail" });
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  const msg = page.getByRole("textbox", { name: "Message" });
  await msg.click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("Dear team, ");
  await expect(msg).toHaveValue(/^Dear team, Hello,/);
  // The reply fields come once it's sent.
  await page.getByRole("button", { name: "Mark as sent" }).click();
  const reply = page.getByRole("textbox", { name: "Reply received" });
  await reply.click();
  await page.keyboard.type("abc");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("X");
  await expect(reply).toHaveValue("abXc");
});

test("typing a new journal entry keeps the cursor", async ({ page }) => {
  await page.goto("/journal");
  await page.getByRole("button", { name: "Add a strength" }).click();
  const field = page.getByLabel("Strength", { exact: true });
  await field.click();
  await page.keyboard.type("calm under pressure");
  await page.keyboard.press("Home");
  await page.keyboard.type("Very ");
  await expect(field).toHaveValue("Very calm under pressure");
});

test("keyboard: Log progress keeps focus, so Enter can be pressed again", async ({ page }) => {
  await page.goto("/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByLabel("Goal", { exact: true }).fill("Read job posts");
  await page.getByLabel("Target per week").fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  const log = page.getByRole("button", { name: "Log progress" });
  await log.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
  await expect(page.getByText("3 / 5 this week")).toBeVisible();
  await expect(log).toBeFocused();
});

test("keyboard: reordering the plan template keeps focus on the moved step", async ({ page }) => {
  await page.goto("/settings");
  // The steps are folded away until asked for.
  await page.getByText(/^Edit the steps/).click();
  const up = page.getByRole("button", { name: "Move up: Tell someone you trust" });
  await up.focus();
  await page.keyboard.press("Enter");
  // Focus comes back to the moved button straight after the move.
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Move up: Tell someone you trust" })).toBeFocused();
  const titles = await page.locator(".template-title").allTextContents();
  expect(titles.indexOf("Tell someone you trust")).toBe(5);
});
