// Today with known data at a fixed time; insights; calendar files; support.
import { execFileSync } from "node:child_process";
import { test, expect, open, ready, saved, logRejection } from "./fixtures.js";

const id = (n) => `${String(n).padStart(8, "0")}-0000-4000-8000-000000000000`;
const meta = (n, at = "2026-11-01T09:00:00Z") => ({ id: id(n), created_at: at, updated_at: at });

/** A small, known data set. */
const FIXTURE = {
  app: "rebound",
  schema: 2,
  saved_at: "2026-11-20T09:00:00Z",
  data: {
    applications: [
      { meta: meta(1), company: "Pausing Co", role: "PM", stage: "final_round", outcome: "rejected", closed_on: "2026-11-21", pause_until: "2026-11-22",
        plan: [{ key: "pause" }, { key: "tell" }], reasons: [{ tag: "internal", control: "outside" }, { tag: "skills", control: "within" }] },
      { meta: meta(2), company: "Waiting Co", role: "Analyst", stage: "interview", outcome: "rejected", closed_on: "2026-11-05",
        feedback: { sent_on: "2026-11-12", themes: [] }, plan: [{ key: "tell", done: true }] },
      { meta: meta(3, "2026-09-01T09:00:00Z"), company: "Silent Co", role: "Dev", stage: "application", outcome: "in_progress", applied_on: "2026-09-01" },
      { meta: meta(4), company: "Replied Co", role: "Designer", stage: "screening", outcome: "rejected", closed_on: "2026-11-10",
        feedback: { sent_on: "2026-11-10", reply_on: "2026-11-12", reply: "More portfolio depth.", themes: ["skills", "experience"] } },
    ],
    journal: [{ meta: meta(5), kind: "win", text: "Gave a great talk at the meetup", date: "2026-11-15" }],
    settings: { updated_at: "2026-11-01T09:00:00Z" },
  },
};

async function withFixture(page, when = "2026-11-22T10:00:00") {
  await page.clock.setFixedTime(new Date(when));
  await page.addInitScript((env) => {
    if (!localStorage.getItem("rebound.data")) localStorage.setItem("rebound.data", JSON.stringify(env));
  }, FIXTURE);
}

test("Today lists what is due at a fixed time", async ({ page }) => {
  await withFixture(page);
  await open(page, "/");
  const due = page.getByRole("region", { name: "For today" });
  await expect(due).toContainText("Resting after Pausing Co until this evening");
  await expect(due).toContainText("You asked Waiting Co for feedback on 12 Nov 2026");
  await expect(due).toContainText("1 application has gone quiet");
  await expect(due).toContainText("No backup yet: 5 changes so far.");
  await expect(page.getByRole("region", { name: "Recent wins" })).toContainText("great talk");
  await expect(page.getByRole("region", { name: "Evidence of effort" })).toContainText("Rejections faced");
  // Two days later the pause is over, gently.
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await page.reload();
  await expect(due).toContainText("Your pause after Pausing Co is over");
});

test("Insights draws the weekly chart with a table, and the patterns", async ({ page }) => {
  await withFixture(page);
  await open(page, "/insights");
  await expect(page.getByRole("img", { name: /per week over the last 12 weeks: 4 applications and 3 rejections/ })).toBeVisible();
  await page.getByText("Show as a table").click();
  await expect(page.getByRole("row", { name: "16 Nov 2026 1 1" })).toBeVisible();
  await expect(page.getByText("1 of 2 reasons were outside your control.")).toBeVisible();
  await expect(page.getByText("Asked 2 times, answered 1.")).toBeVisible();
  await expect(page.getByText(/Skills \(1\), Experience \(1\)/)).toBeVisible();
  await expect(page.getByRole("meter", { name: "Final round: 1" })).toBeVisible();
});

test("calendar files download and read as valid iCalendar", async ({ page }) => {
  await withFixture(page);
  await open(page, "/rejections/" + id(1));
  const [pause] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add the end to my calendar" }).click()]);
  expect(pause.suggestedFilename()).toBe("rebound-pause-end.ics");
  await open(page, "/");
  const [review] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add a weekly review to my calendar" }).click()]);
  await open(page, `/compose?rejection=${id(2)}`);
  await page.clock.setFixedTime(new Date("2026-11-13T10:00:00"));
  await page.reload();
  const [follow] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add a follow-up reminder to my calendar" }).click()]);
  const files = [await pause.path(), await review.path(), await follow.path()];
  const out = execFileSync("python3", ["scripts/check-ics.py", ...files], { encoding: "utf8" });
  expect(out).toContain("3 passed, 0 failed");
  expect(out).toContain("2026-11-22 18:00:00");
  expect(out).toContain("FREQ");
  expect(out).toContain("2026-11-19");
});

test("after a hard rejection, trusted people are offered with prefilled links", async ({ page }) => {
  await open(page, "/settings");
  await page.getByLabel("Name", { exact: true }).fill("Jo");
  await page.getByLabel("Phone").fill("+44 7700 900123");
  await page.getByRole("button", { name: "Add person" }).click();
  await saved(page, (d) => d.settings.support?.length === 1);
  await logRejection(page, { company: "Close Call Ltd", stage: "Final round" });
  const text = page.getByRole("link", { name: "Text Jo" });
  await expect(text).toHaveAttribute("href", /^sms:\+447700900123\?body=Hi%20Jo%2C%20I%20heard%20back%20from%20Close%20Call%20Ltd/);
  await expect(page.getByRole("link", { name: "Call Jo" })).toHaveAttribute("href", "tel:+447700900123");
});

test("the burnout guard is opt-in and kind", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-22T10:00:00"));
  await open(page, "/");
  const apps = Array.from({ length: 10 }, (_, i) => ({
    meta: meta(100 + i, "2026-11-20T09:00:00Z"), company: `Co ${i}`, role: "", outcome: "in_progress", applied_on: "2026-11-20",
  }));
  await page.evaluate((apps) => localStorage.setItem("rebound.data", JSON.stringify({ app: "rebound", schema: 2, saved_at: "2026-11-20T09:00:00Z", data: { applications: apps } })), apps);
  await page.reload();
  await ready(page);
  await expect(page.getByText("You've been giving this a lot")).toHaveCount(0);
  await open(page, "/settings");
  await page.getByLabel(/Suggest a rest when/).check();
  await open(page, "/");
  await expect(page.getByRole("region", { name: "You've been giving this a lot" })).toContainText("10 applications in two weeks");
});

test("Install app appears when the browser offers it", async ({ page }) => {
  await open(page, "/settings");
  await expect(page.getByRole("button", { name: "Install app" })).toHaveCount(0);
  await page.evaluate(() => {
    const e = new Event("beforeinstallprompt", { cancelable: true });
    e.prompt = () => { window.__prompted = true; };
    e.userChoice = Promise.resolve({ outcome: "accepted" });
    window.dispatchEvent(e);
  });
  await page.getByRole("region", { name: "Install as an app" }).getByRole("button", { name: "Install app" }).click();
  await expect.poll(() => page.evaluate(() => window.__prompted === true)).toBe(true);
  await expect(page.getByText(/Installed\. Rebound now opens/)).toBeVisible();
});
