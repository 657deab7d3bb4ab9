// Two months into a search (18 applications, 5 goals, 20 journal entries,
// imported from a backup): Today leads with what's due and this week, says
// each thing once, explains its numbers and leads to Insights; the
// Rejections list labels its dates and states.
import { test, expect, open, saved } from "./fixtures.js";

function monthTwo() {
  const now = Date.now();
  const day = 86400_000;
  let n = 0;
  const meta = (t) => {
    n++;
    return { id: `c0000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`, created_at: t, updated_at: t };
  };
  const date = (t) => new Date(t).toISOString().slice(0, 10);
  const applications = Array.from({ length: 18 }, (_, i) => {
    const t = now - (60 - i * 3) * day;
    const rejected = i % 3 !== 0;
    return {
      meta: meta(t),
      company: `Firm ${i + 1}`,
      role: "Analyst",
      stage: "interview",
      outcome: rejected ? "rejected" : "in_progress",
      applied_on: date(t - 10 * day),
      ...(rejected ? { closed_on: date(t), plan: [{ key: "pause", done: true }, { key: "good_thing" }, { key: "feedback" }] } : {}),
      ...(i === 4 ? { feedback: { sent_on: date(now - 2 * day) } } : {}),
    };
  });
  const journal = Array.from({ length: 20 }, (_, i) => ({ meta: meta(now - (40 - i * 2) * day), kind: "win", text: `Win number ${i + 1}`, date: date(now - (40 - i * 2) * day) }));
  const goals = Array.from({ length: 5 }, (_, i) => ({ meta: meta(now - 50 * day), title: `Goal ${i + 1}`, target: 2, unit: "applications" }));
  return { app: "rebound", schema: 3, saved_at: new Date(now).toISOString(), app_version: "test", data: { applications, journal, goals, progress: [] } };
}

test("month two: Today leads with what matters, once, and the lists say what they show", async ({ page }) => {
  await open(page, "/settings");
  await page.getByLabel("Import backup").setInputFiles({ name: "two-months.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(monthTwo())) });
  const preview = page.getByRole("region", { name: "Import preview" });
  await expect(preview).toContainText("18 applications, 20 journal entries, 5 goals");
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await saved(page, (d) => d.applications.length === 18);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  // No sales line or first-run buttons for someone two months in.
  await expect(page.getByText("Rebound helps you recover from job rejections")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Set a first goal" })).toHaveCount(0);
  // Right after an import, no backup reminder.
  await expect(page.getByText(/No backup yet: .* so far\. .*keeps everything safe/)).toHaveCount(0);
  // The numbers explain themselves, and lead to Insights.
  const effort = page.getByRole("region", { name: "Evidence of effort" });
  await expect(effort).toContainText("each one a time you put yourself forward");
  // A tile with nothing in it yet waits (no "Worked through 0").
  await expect(effort).not.toContainText(/Worked through.*\b0\b/);
  // A win is never shown twice on one screen.
  const wins = page.getByRole("region", { name: "Recent wins" });
  await expect(wins.getByRole("listitem")).toHaveCount(3);
  const shown = await wins.getByRole("listitem").allInnerTexts();
  const quote = await page.getByRole("complementary", { name: "Encouragement" }).innerText();
  for (const w of shown) expect(quote).not.toContain(w.split("\n")[0].trim());
  await effort.getByRole("link", { name: "See patterns in your search" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible();

  // Rejections: labelled dates and small states.
  await open(page, "/rejections");
  const row = (name) => page.locator(".app-row").filter({ has: page.getByRole("link", { name: new RegExp(`^${name} `) }) });
  // (\s: a row's parts hold together with no-break spaces)
  await expect(row("Firm 2")).toContainText(/Rejected\s\d+\s\w+\s\d{4}/);
  await expect(row("Firm 1")).toContainText(/Applied\s\d+\s\w+\s\d{4}/);
  await expect(row("Firm 5")).toContainText("Awaiting reply");
  await expect(row("Firm 3")).toContainText("Plan 1 of 3");
  // In progress apart from the rest, in one tap.
  const show = page.getByRole("group", { name: "Show" });
  await show.getByRole("button", { name: "In progress" }).click();
  await expect(show.getByRole("button", { name: "In progress" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".app-row")).toHaveCount(6);
  await expect(page.locator("main .count")).toHaveText("6 matches");
  await show.getByRole("button", { name: "Everything" }).click();
  await expect(page.locator(".app-row")).toHaveCount(18);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the list's extra filters fold away until asked for", async ({ page }) => {
    await open(page, "/rejections");
    await expect(page.getByLabel("Search company or role")).toBeVisible();
    await expect(page.getByLabel("Stage")).toBeHidden();
    await page.getByRole("button", { name: "More filters" }).click();
    await expect(page.getByLabel("Stage")).toBeVisible();
  });
});

test("a wider search is one of the suggested goals", async ({ page }) => {
  await open(page, "/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByRole("button", { name: "Explore a related role, field or place" }).click();
  await expect(page.getByLabel("Goal", { exact: true })).toHaveValue("Explore a related role, field or place");
});
