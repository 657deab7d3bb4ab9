// Proof of search: activities logged beside applications, the report in an
// office's layout (screen, PDF, CSV, text), Today's requirement line and
// nudge, certification reminders, the claim kept on this device, offline.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { test, expect, open, ready, axeSerious } from "./fixtures.js";

// Thursday 26 November 2026: New York's week runs Monday 23 to Sunday 29.
const THURSDAY = "2026-11-26T10:00:00";

/** Tracks an application sent on `date` through the log form. */
async function logApplication(page, company, role, date) {
  await open(page, "/rejections/new?kind=application");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role", { exact: true }).fill(role);
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByRole("button", { name: "Save" }).click();
  // (Saving goes to the application's page or back to the list.)
  await expect(page).not.toHaveURL(/\/rejections\/new/);
  await expect(page.getByRole("main").getByText(company).first()).toBeVisible();
}

/** Logs an activity through the form on the Proof of search page. */
async function logActivity(page, { kind = "Job fair", date, org, how = "In person", result = "" }) {
  await page.getByRole("button", { name: "Log an activity" }).click();
  await page.getByLabel("Activity", { exact: true }).selectOption({ label: kind });
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Organisation").fill(org);
  await page.getByLabel("How", { exact: true }).selectOption({ label: how });
  await page.getByLabel("Result").fill(result);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Activity logged|Saved for/)).toBeVisible();
}

/** Two applications and one activity, on three days of one New York week. */
async function threeInAWeek(page) {
  await page.clock.setFixedTime(new Date(THURSDAY));
  await logApplication(page, "Acme Analytics", "Data analyst", "2026-11-23");
  await logApplication(page, "Birch & Co", "Reporting analyst", "2026-11-24");
  await open(page, "/proof");
  await logActivity(page, { date: "2026-11-25", org: "City Career Fair", result: "Spoke with three employers" });
}

/** The stored activities (every part of the collection). */
function storedActivities(page) {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => /^rebound\.data\.activities\.\d\d$/.test(k))
      .flatMap((k) => JSON.parse(localStorage.getItem(k)))
      .filter((a) => !a.meta.d),
  );
}

/** The text of a PDF, page by page, read back with pdf.js. */
async function pdfText(buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, useSystemFonts: true }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => it.str + (it.hasEOL ? "\n" : " ")).join("").replace(/[ \t]+/g, " "));
  }
  await doc.destroy();
  return pages;
}

/** Whitespace-folded text, so a heading wrapped in its cell still reads whole. */
const flat = (text) => text.replace(/\s+/g, " ");

const NY_HEADINGS = [
  "Date",
  "Activity",
  "Employer",
  "Employer address, email or website, and phone",
  "Person contacted (name or title)",
  "Contact method",
  "Position or job title",
];

test("two applications and an activity in a week meet New York's three on three days", async ({ page }) => {
  await threeInAWeek(page);
  await expect.poll(() => storedActivities(page).then((a) => a.length)).toBe(1);
  await page.getByLabel("Where you claim").selectOption({ label: "New York" });
  await expect(page.getByRole("heading", { level: 1, name: "Proof of search" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(NY_HEADINGS);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("2026-11-23");
  await expect(rows.nth(0)).toContainText("Acme Analytics");
  await expect(rows.nth(0)).toContainText("Data analyst");
  await expect(rows.nth(1)).toContainText("Birch & Co");
  await expect(rows.nth(2)).toContainText("Job fair");
  await expect(rows.nth(2)).toContainText("City Career Fair");
  await expect(rows.nth(2)).toContainText("In person");
  const footer = page.locator(".proof-footer");
  await expect(footer).toContainText("3 of 3 on 3 different days");
  await expect(footer).toContainText("only what I entered");
  await expect(page.getByText("Rebound never submits anything")).toBeVisible();
  // The choice is kept on this device and read back.
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem("rebound.claim"))).preset).toBe("new_york");
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Where you claim")).toHaveValue("new_york");
  await expect(page.locator(".proof-footer")).toContainText("3 of 3 on 3 different days");
  // Last week had nothing: said plainly.
  await page.getByLabel("Report for").selectOption({ label: "Last week" });
  await expect(page.locator("tbody")).toContainText("Nothing logged in these dates yet.");
  await expect(page.locator(".proof-footer")).toContainText("0 of 3 on 0 different days");
  // Today celebrates, from the same rules.
  await open(page, "/");
  const card = page.getByRole("region", { name: "Proof of search" });
  await expect(card).toContainText("Requirement met: 3 of 3 this week, on 3 different days");
  await expect(card).toContainText("Anything more is a bonus");
  await expect(card.getByRole("link", { name: "Log an activity" })).toBeVisible();
});

test("the printed report: PDF text has the office's columns and no navigation", async ({ page }) => {
  await threeInAWeek(page);
  await page.getByLabel("Where you claim").selectOption({ label: "New York" });
  await page.getByText("Your name and claim reference").click();
  await page.getByLabel("Your name").fill("Alex Rivera");
  await page.getByLabel("Your name").blur();
  await page.getByLabel("Claim reference").fill("NY-554-210");
  await page.getByLabel("Claim reference").blur();
  await expect(page.locator(".proof-who")).toHaveText("Name: Alex Rivera · Claim reference: NY-554-210");
  await expect(page.getByLabel("Paper size")).toHaveValue("letter");
  const pages = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(pages).toHaveLength(1);
  const text = flat(pages.join(" "));
  for (const heading of NY_HEADINGS) expect(text, heading).toContain(heading);
  for (const want of [
    "Work Search Record, 2026-11-23 – 2026-11-29",
    "Name: Alex Rivera",
    "Claim reference: NY-554-210",
    "Acme Analytics",
    "Birch & Co",
    "City Career Fair",
    "3 of 3 on 3 different days",
    "This record lists only what I entered in Rebound myself",
    "1 / 1",
  ]) {
    expect(text, want).toContain(want);
  }
  for (const chrome of ["Skip to content", "Today", "Rejections", "Journal", "Settings", "Log an activity", "Print report", "Where you claim", "Report for"]) {
    expect(text, chrome).not.toContain(chrome);
  }
  // Letter paper (612 × 792 points) by New York's default; A4 when chosen.
  const letter = await page.pdf({ preferCSSPageSize: true });
  expect(readSize(letter)).toEqual([612, 792]);
  await page.getByLabel("Paper size").selectOption("a4");
  const a4 = await page.pdf({ preferCSSPageSize: true });
  const [w, h] = readSize(a4);
  expect(Math.round(w)).toBe(595);
  expect(Math.round(h)).toBe(842);
});

/** The first page's MediaBox, from the PDF's own text. */
function readSize(buffer) {
  const m = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(buffer.toString("latin1"));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

test("a long report keeps every row whole and its head on every page", async ({ page }) => {
  await page.clock.setFixedTime(new Date(THURSDAY));
  await open(page, "/proof");
  await page.getByLabel("Where you claim").selectOption({ label: "Washington" });
  // Forty activities in November, each with a long note.
  await page.evaluate(() => {
    const acts = [];
    for (let i = 0; i < 40; i++) {
      const day = String(1 + (i % 26)).padStart(2, "0");
      acts.push({
        meta: { id: `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, "0")}`, c: 1_795_000_000_000 + i, u: 1_795_000_000_000 + i },
        kind: "follow_up",
        date: `2026-11-${day}`,
        org: `Employer ${i}`,
        notes: "Called the hiring manager to ask about the timeline and sent my portfolio link afterwards, as agreed on the phone.",
      });
    }
    window.__acts = acts;
  });
  // (Stored through the app's own import, so the data part writes it.)
  const backup = await page.evaluate(() => JSON.stringify({ app: "rebound", schema: 5, saved_at: new Date().toISOString(), data: { applications: [], journal: [], goals: [], progress: [], activities: window.__acts } }));
  await open(page, "/settings");
  await page.getByLabel("Import backup").setInputFiles({ name: "acts.json", mimeType: "application/json", buffer: Buffer.from(backup) });
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await expect.poll(() => storedActivities(page).then((a) => a.length)).toBe(40);
  await open(page, "/proof");
  await page.getByLabel("Report for").selectOption({ label: "This month" });
  await expect(page.locator("tbody tr")).toHaveCount(40);
  const pages = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((p, i) => {
    const t = flat(p);
    expect(t, `page ${i + 1}`).toContain("Job search log, 2026-11-01 – 2026-11-30");
    expect(t, `page ${i + 1}`).toContain("Date of contact");
    expect(t, `page ${i + 1}`).toContain(`${i + 1} / ${pages.length}`);
  });
  // Every row's note is whole on one page.
  const note = "Called the hiring manager to ask about the timeline and sent my portfolio link afterwards, as agreed on the phone.";
  const whole = pages.map((p) => flat(p).split(note).length - 1).reduce((a, b) => a + b, 0);
  expect(whole).toBe(40);
});

test("the German preset prints and exports in German, whatever the interface says", async ({ page }) => {
  await threeInAWeek(page);
  // The first application was sent by email: added on its own page.
  await page.goto("/rejections");
  await ready(page);
  await page.getByRole("link", { name: /Acme Analytics/ }).click();
  await page.getByText("For proof of search").click();
  await page.getByLabel("How", { exact: true }).selectOption({ label: "Email" });
  await page.getByLabel("Proof").fill("Confirmation 7781");
  await page.getByRole("button", { name: "Save for the report" }).click();
  await expect(page.getByText("Saved for your Proof of search report.")).toBeVisible();
  await open(page, "/proof");
  await page.getByLabel("Where you claim").selectOption({ label: "Germany (Agentur für Arbeit / Jobcenter)" });
  await expect(page.getByLabel("Report for")).toHaveValue("this_month");
  const headings = ["Datum", "Unternehmen", "Stelle", "Art der Bewerbung", "Ergebnis"];
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(headings);
  await expect(page.locator("tbody tr").first()).toContainText("23.11.2026");
  await expect(page.locator("tbody tr").first()).toContainText("E-Mail");
  await expect(page.locator("tbody tr").first()).toContainText("offen");
  await expect(page.locator(".proof-footer")).toContainText("2 von 5 Bewerbungen");

  const text = flat((await pdfText(await page.pdf({ preferCSSPageSize: true }))).join(" "));
  for (const want of [...headings, "Nachweis der Eigenbemühungen, 01.11.2026 – 30.11.2026", "Vorgabe: 5 Bewerbungen pro Monat", "Acme Analytics", "Diese Aufstellung enthält nur"]) {
    expect(text, want).toContain(want);
  }
  expect(text).not.toContain("Employer");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export log (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("rebound-eigenbemuehungen-01.11.2026-bis-30.11.2026.csv");
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("Datum,Unternehmen,Stelle,Art der Bewerbung,Ergebnis");
  expect(lines[1]).toBe("23.11.2026,Acme Analytics,Data analyst,E-Mail,offen");
  expect(lines[3]).toBe("25.11.2026,City Career Fair,,persönlich,Spoke with three employers");
});

test("Copy as text gives journal lines; New York's CSV has its own column names", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await threeInAWeek(page);
  await page.getByLabel("Where you claim").selectOption({ label: "UK Universal Credit" });
  // UK journals are typed into: Copy as text comes first.
  await expect(page.locator(".proof-buttons button").first()).toHaveText("Copy as text");
  await page.getByRole("button", { name: "Copy as text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied 3 lines" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n")[0]).toBe("Mon 23 Nov 2026 — Applied to Acme Analytics for Data analyst. Result: awaiting reply.");
  expect(copied).toContain("Job fair at City Career Fair, in person. Result: Spoke with three employers.");
  await expect(page.locator(".proof-footer")).toContainText("0 of 35 hours");

  await page.getByLabel("Where you claim").selectOption({ label: "New York" });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export log (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("rebound-work-search-2026-11-23-to-2026-11-29.csv");
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  expect(csv.split("\r\n")[0]).toBe(NY_HEADINGS.map((h) => (h.includes(",") ? `"${h}"` : h)).join(","));
  expect(csv).toContain("2026-11-25,Job fair,City Career Fair,,,In person,");
});

test("a week under the requirement: a gentle nudge the day before certifying, and the reminder file", async ({ page }) => {
  await page.clock.setFixedTime(new Date(THURSDAY));
  // New York, certifying on Fridays (tomorrow).
  await page.addInitScript(() => {
    if (!localStorage.getItem("rebound.claim")) localStorage.setItem("rebound.claim", JSON.stringify({ preset: "new_york", cert_day: "Fri" }));
  });
  await logApplication(page, "Acme Analytics", "Data analyst", "2026-11-24");
  await open(page, "/");
  const card = page.getByRole("region", { name: "Proof of search" });
  await expect(card).toContainText("1 of 3 this week, on 1 day");
  await expect(card).toContainText("Your certification is tomorrow. You've logged 1 of 3 this week, on 1 day — 2 more activities, on other days, would meet it.");
  await expect(card).not.toContainText(/fail|behind|missed|only/i);
  const [ics] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Add my certification day to my calendar" }).click()]);
  expect(ics.suggestedFilename()).toBe("rebound-certification.ics");
  const out = execFileSync("python3", ["scripts/check-ics.py", await ics.path()], { encoding: "utf8" });
  expect(out).toContain("1 passed, 0 failed");
  const body = readFileSync(await ics.path(), "utf8");
  expect(body).toContain("DTSTART;VALUE=DATE:20261127");
  expect(body).toContain("RRULE:FREQ=WEEKLY");
  // The requirement met: no nudge, a word of praise instead.
  await card.getByRole("link", { name: "Log an activity" }).click();
  await expect(page.getByLabel("Activity", { exact: true })).toBeFocused();
  await page.getByLabel("Date", { exact: true }).fill("2026-11-25");
  await page.getByLabel("Organisation").fill("Job centre");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await logActivity(page, { kind: "Workshop or course", date: "2026-11-26", org: "Library CV clinic" });
  await open(page, "/");
  await expect(card).toContainText("Requirement met: 3 of 3 this week, on 3 different days");
  await expect(card).not.toContainText("Your certification is tomorrow");
});

test("Other: the person's own period, requirement and columns", async ({ page }) => {
  await page.clock.setFixedTime(new Date(THURSDAY));
  await open(page, "/proof");
  await page.getByLabel("Where you claim").selectOption("other");
  await page.getByLabel("Counted per").selectOption("month");
  await expect(page.getByLabel("Report for")).toHaveValue("this_month");
  await page.getByLabel("Requirement", { exact: true }).selectOption({ label: "Hours of searching" });
  await page.getByLabel("Hours asked for").fill("20");
  await page.getByLabel("Hours asked for").press("Tab");
  await expect(page.getByText("Asks for 20 hours a month.")).toBeVisible();
  await page.getByText("Columns in the report").click();
  const chooser = page.getByRole("group", { name: "Columns in the report" });
  await chooser.getByRole("checkbox", { name: "Contact details" }).uncheck();
  await chooser.getByRole("button", { name: "Move up: Time spent" }).click();
  await expect(chooser.getByRole("button", { name: "Move up: Time spent" })).toBeFocused();
  await expect(page.getByRole("table").getByRole("columnheader")).toHaveText([
    "Date", "Activity", "Organisation", "Position or reference", "Person contacted", "How", "Time spent", "Result", "Proof",
  ]);
  await expect(page.locator(".proof-footer")).toContainText("0 of 20 hours");
  const claim = JSON.parse(await page.evaluate(() => localStorage.getItem("rebound.claim")));
  expect(claim).toMatchObject({ preset: "other", period: "month", requirement: { hours: 20 } });
  expect(claim.columns).not.toContain("contact_details");
});

test("activities can be edited, deleted and brought back with Undo", async ({ page }) => {
  await page.clock.setFixedTime(new Date(THURSDAY));
  await open(page, "/proof");
  await logActivity(page, { kind: "Networking or informational meeting", date: "2026-11-24", org: "Data meetup", result: "Two new contacts" });
  const list = page.getByRole("region", { name: "Activities you logged" });
  await expect(list).toContainText("Data meetup");
  await list.getByRole("button", { name: /^Edit/ }).click();
  await expect(page.getByLabel("Organisation")).toHaveValue("Data meetup");
  await page.getByLabel("Organisation").fill("Data & AI meetup");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(list).toContainText("Data & AI meetup");
  await expect(page.locator("tbody")).toContainText("Data & AI meetup");
  await list.getByRole("button", { name: /^Delete/ }).click();
  await expect(page.locator("tbody")).toContainText("Nothing logged in these dates yet.");
  await expect.poll(() => storedActivities(page).then((a) => a.length)).toBe(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator("tbody")).toContainText("Data & AI meetup");
  await expect.poll(() => storedActivities(page).then((a) => a.map((x) => x.org))).toEqual(["Data & AI meetup"]);
});

test("unreadable claim settings fall back to the defaults, and the page holds together", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("rebound.claim", "{not json"));
  await open(page, "/proof");
  await expect(page.getByLabel("Where you claim")).toHaveValue("other");
  await page.getByRole("button", { name: "Log an activity" }).click();
  expect(await axeSerious(page)).toEqual([]);
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test("reachable from Goals, Settings and Today", async ({ page }) => {
  await logApplication(page, "Acme Analytics", "Data analyst", "2026-11-23");
  for (const from of ["/goals", "/settings", "/"]) {
    await open(page, from);
    await page.getByRole("main").getByRole("link", { name: "Proof of search", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Proof of search" })).toBeVisible();
  }
});

/** Starts a static server of `dir` on `port`; resolves once it answers. */
async function serve(dir, port) {
  const proc = spawn("node", ["scripts/static-server.mjs", dir, String(port)], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return proc;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("server did not start");
}

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("works offline: the page opens, an activity is logged and reported", async ({ page, context }) => {
    const port = 4187;
    const base = `http://127.0.0.1:${port}`;
    const server = await serve("dist", port);
    try {
      await page.goto(`${base}/`);
      await ready(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    } finally {
      await new Promise((resolve) => {
        server.once("exit", resolve);
        server.kill();
      });
    }
    await context.setOffline(true);
    await page.goto(`${base}/proof`);
    await ready(page);
    await expect(page.getByRole("heading", { level: 1, name: "Proof of search" })).toBeVisible();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    });
    await logActivity(page, { kind: "Agency or career-centre appointment", date: today, org: "Job centre", result: "Agreed a plan" });
    await expect(page.locator("tbody")).toContainText("Job centre");
    await page.reload();
    await ready(page);
    await expect(page.locator("tbody")).toContainText("Job centre");
    await context.setOffline(false);
  });
});
