// Logging a rejection, its recovery plan, edit, delete and undo.
import { test, expect, open, saved, logRejection } from "./fixtures.js";

test("log a rejection, tick three steps, and find them after a reload", async ({ page }) => {
  await logRejection(page, { company: "Northwind", role: "Data analyst", stage: "Final round" });
  await expect(page.getByText(/Logged\. That took courage/)).toBeVisible();
  const plan = page.getByRole("region", { name: "Your recovery plan" });
  const total = await plan.locator(".steps > li").count();
  expect(total).toBeGreaterThanOrEqual(10);
  await expect(plan.getByText(`0 of ${total}`)).toBeVisible();
  await plan.getByRole("checkbox", { name: "Write down one good thing from this process" }).check();
  await plan.getByRole("checkbox", { name: "Tell someone you trust" }).check();
  await plan.getByRole("checkbox", { name: "Look after the basics" }).check();
  await expect(plan.getByText(`3 of ${total}`)).toBeVisible();
  await plan.getByRole("textbox", { name: "One good thing" }).fill("I met a lovely hiring manager");
  await saved(page, (d) => d.applications[0]?.plan?.filter((s) => s.done).length === 3 && d.applications[0].plan[1].note);
  await page.reload();
  await expect(plan.getByText(`3 of ${total}`)).toBeVisible();
  await expect(plan.getByRole("checkbox", { name: "Tell someone you trust" })).toBeChecked();
  // Done steps are folded to one line; opening one shows what was written.
  await expect(plan.getByRole("textbox", { name: "One good thing" })).toBeHidden();
  await plan.getByRole("button", { name: "Write down one good thing from this process" }).click();
  await expect(plan.getByRole("textbox", { name: "One good thing" })).toHaveValue("I met a lovely hiring manager");
  await expect(page.getByText(/Your pause lasts until tomorrow evening/)).toBeVisible();
  // The welcome note shows once, not on every visit.
  await expect(page.getByText(/Logged\. That took courage/)).toHaveCount(0);
});

test("log a rejection with the keyboard only", async ({ page }) => {
  await open(page, "/rejections");
  await page.getByRole("link", { name: "Log a rejection" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Company")).toBeVisible();
  await page.getByLabel("Company").focus();
  await page.keyboard.type("Keyboard Ltd");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Engineer");
  await page.keyboard.press("Tab"); // stage
  await page.keyboard.press("ArrowDown"); // screening call
  await page.keyboard.press("Shift+Tab"); // back to Role
  await page.keyboard.press("Enter"); // submits the form
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard Ltd" })).toBeVisible();
  await expect(page.getByText("Screening call")).toBeVisible();
  // Tick a step with the space bar.
  await page.getByRole("checkbox", { name: "Tell someone you trust" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByText(/^1 of \d+$/)).toBeVisible();
});

test("reasons are sorted into within and outside my control", async ({ page }) => {
  await logRejection(page, { company: "Contoso" });
  const plan = page.getByRole("region", { name: "Your recovery plan" });
  // Steps beyond today's suggestions are one line until opened.
  await expect(plan.getByRole("checkbox", { name: "Internal candidate" })).toBeHidden();
  await plan.getByRole("button", { name: "Sort what you control from what you don't" }).click();
  await plan.getByRole("checkbox", { name: "Internal candidate" }).check();
  await plan.getByRole("checkbox", { name: "Skills gap" }).check();
  await plan.getByRole("checkbox", { name: "Budget or role closed" }).check();
  await expect(plan.getByText("2 of 3 reasons were outside your control.")).toBeVisible();
});

test("edit, then delete and undo", async ({ page }) => {
  await logRejection(page, { company: "Fabrikam", role: "Writer" });
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Role", { exact: true }).fill("Senior writer");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Senior writer")).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL("/rejections");
  await expect(page.getByRole("link", { name: /Fabrikam/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("link", { name: /Fabrikam/ })).toBeVisible();
  await saved(page, (d) => d.applications.length === 1 && !d.applications[0].meta.d);
  await page.reload();
  await expect(page.getByRole("link", { name: /Fabrikam.*Senior writer/ })).toBeVisible();
});

test("logging a company seen before shows its history", async ({ page }) => {
  await logRejection(page, { company: "Globex", role: "Analyst" });
  await open(page, "/rejections/new");
  await page.getByLabel("Company").fill("globex ");
  const history = page.getByRole("complementary", { name: "Earlier with this company" });
  await expect(history).toBeVisible();
  await expect(history.getByRole("link", { name: /Analyst/ })).toBeVisible();
});

test("search and filter the list", async ({ page }) => {
  await logRejection(page, { company: "Alpha", role: "Designer", stage: "Application" });
  await logRejection(page, { company: "Beta", role: "Engineer", stage: "Interview" });
  await open(page, "/rejections");
  await expect(page.getByText(/2 logged/)).toBeVisible();
  await page.getByLabel("Search company or role").fill("engin");
  await expect(page.getByRole("link", { name: /Beta/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Alpha/ })).toHaveCount(0);
  await page.getByLabel("Search company or role").fill("");
  await page.getByLabel("Stage").selectOption({ label: "Application" });
  await expect(page.getByRole("link", { name: /Alpha/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Beta/ })).toHaveCount(0);
});

test("an application in progress can be closed as a rejection", async ({ page }) => {
  await open(page, "/rejections/new?kind=application");
  await page.getByLabel("Company").fill("Initech");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("link", { name: /Initech/ }).click();
  await page.getByRole("button", { name: "Heard back: not this time" }).click();
  await expect(page.getByRole("region", { name: "Your recovery plan" })).toBeVisible();
});

test("the rejection page holds together at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await logRejection(page, { company: "A very long company name that wraps", role: "Principal customer success specialist" });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/rejection-320.png", fullPage: true });
});

test("a rejection brought in without a plan can start one", async ({ page }) => {
  await open(page, "/");
  const at = "2026-11-02T09:00:00Z";
  const app = { meta: { id: "0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b", created_at: at, updated_at: at }, company: "Planless Ltd", role: "Analyst", stage: "interview", outcome: "rejected", closed_on: "2026-11-02" };
  await page.evaluate((app) => localStorage.setItem("rebound.data", JSON.stringify({ app: "rebound", schema: 2, saved_at: "2026-11-20T09:00:00Z", data: { applications: [app] } })), app);
  await open(page, "/rejections/0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b");
  await expect(page.getByText("This one has no plan yet.")).toBeVisible();
  await page.getByRole("button", { name: "Start a recovery plan" }).click();
  await page.getByRole("checkbox", { name: "Tell someone you trust" }).check();
  await saved(page, (d) => (d.applications[0].plan || []).some((s) => s.done));
  await expect(page.getByText("1 of 12")).toBeVisible();
});
