// Keyboard alone: moving to a page puts focus on its heading; what an
// action opens gets focus; controls that appear after an action come next.
import { test, expect, open, logRejection } from "./fixtures.js";

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

test("after moving to a page, focus is on its heading", async ({ page }) => {
  await open(page, "/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journal" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeFocused();
  // Tab continues from the page's top, not from the navigation.
  await page.keyboard.press("Tab");
  expect(await focusedText(page)).toBe("Add a win");
  // Back with the browser: focus follows too.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("what opens gets focus: a new win, a new goal", async ({ page }) => {
  await open(page, "/journal");
  await page.getByRole("button", { name: "Add a win" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Win", { exact: true })).toBeFocused();
  await page.keyboard.type("Asked a great question in the panel");
  // After Save, focus goes to the result: the new entry.
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Asked a great question in the panel" })).toBeFocused();
  await open(page, "/goals");
  await page.getByRole("button", { name: "New goal" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#goal-title")).toBeFocused();
  await page.keyboard.type("Send two applications");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: "Log progress: Send two applications" })).toBeFocused();
});

test("after Mark as sent, the next Tab reaches what appeared", async ({ page }) => {
  await logRejection(page, { company: "Keys Ltd" });
  await page.getByRole("link", { name: "Ask for feedback" }).click();
  await page.getByRole("button", { name: "Mark as sent" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Add a follow-up reminder to my calendar" })).toBeFocused();
});
