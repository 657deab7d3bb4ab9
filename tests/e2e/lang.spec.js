// In the person's own language (issue #34): Deutsch chosen in Settings
// changes every page at once, with no English word left outside the
// person's own data; the composer writes Sie; dates read as German dates;
// the choice survives a reload and works offline; the first screens don't
// wait for the pack's second file; Spanish, French and Portuguese are
// spoken on Today and the log form.
import { test, expect, open } from "./fixtures.js";

/** The app is up, in whichever language (the navigation's name is
 * translated too), and the page itself is open: its part has arrived (no
 * "Opening…" line) and its heading is shown, so its words can be read. */
async function ready(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.locator("nav.nav")).toBeVisible();
  await expect(page.locator(".page-loading")).toHaveCount(0);
  await expect(page.locator("main h1, .page h1").first()).toBeVisible();
}

/** English words that are not German words (nor Spanish, French or
 * Portuguese ones): any of them on a German page is a text left untranslated. */
const ENGLISH = [
  "the", "your", "you", "and", "with", "this", "that", "what", "how", "when", "which", "from",
  "about", "today", "yesterday", "save", "saved", "cancel", "delete", "back", "next", "step",
  "steps", "goal", "goals", "rejection", "rejections", "application", "applications", "week",
  "weeks", "month", "have", "would", "could", "should", "there", "their", "they", "not", "of",
  "to", "for", "or", "are", "be", "can", "more", "new", "log", "show", "open", "close", "add",
  "remove", "edit", "choose", "done", "day", "days", "write", "ask", "thank", "good", "need",
  "time", "later", "keep", "only", "nothing", "yet", "here", "first", "search", "plan's", "don't",
];
const WORD = new RegExp(`(^|[^\\p{L}'’])(${ENGLISH.join("|")})(?=$|[^\\p{L}'’])`, "giu");

/** Words of the list that are words of that language too ("seja qual
 * for": Portuguese "for" is a form of "ser"). */
const ALSO_THEIRS = { pt: ["for"] };

/** The English words on the page, outside the given own data. */
async function englishOn(page, own = [], lang = "de") {
  let text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll("[aria-label],[placeholder],[title]")]
      .map((e) => [e.getAttribute("aria-label"), e.getAttribute("placeholder"), e.getAttribute("title")].join(" "));
    return `${document.body.innerText}\n${labels.join("\n")}\n${document.title}`;
  });
  for (const o of own) text = text.split(o).join(" ");
  const found = new Map();
  for (const line of text.split("\n")) {
    for (const m of line.matchAll(WORD)) {
      const w = m[2].toLowerCase();
      if ((ALSO_THEIRS[lang] ?? []).includes(w)) continue;
      if (!found.has(w)) found.set(w, line.trim().slice(0, 120));
    }
  }
  return [...found].map(([w, line]) => `${w}: ${line}`);
}

/** Holds every request for `pattern` until `release()`; `asked()` counts them. */
async function hold(page, pattern) {
  let release;
  const held = new Promise((r) => (release = r));
  let n = 0;
  await page.route(pattern, async (route) => {
    n += 1;
    await held;
    await route.continue();
  });
  return { release, asked: () => n };
}

async function choose(page, name) {
  await open(page, "/settings");
  await page.getByLabel("Language").selectOption({ label: name });
  // The choice is kept once its words are here.
  await expect(page.locator("html")).toHaveAttribute("lang", /^(es|de|fr|pt)/);
}

/** Logs "Nordlicht GmbH, Projektleitung" through the German form that is
 * open, and waits for its plan. */
async function logInGerman(page) {
  await page.getByLabel("Unternehmen", { exact: false }).first().fill("Nordlicht GmbH");
  await page.getByLabel("Stelle", { exact: false }).first().fill("Projektleitung");
  await page.getByRole("button", { name: /speichern/i }).first().click();
  await expect(page).toHaveURL(/\/rejections\/[^n]/);
}

/** The person's own data, and names that are the same in German (the
 * claim chooser's "New York"). */
const OWN = ["Nordlicht GmbH", "Projektleitung", "Rebound", "New York"];

test.describe("Deutsch", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every page speaks German, and the choice stays after a reload", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-12-03T10:00:00"));
    await choose(page, "Deutsch");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" })).toBeVisible();
    expect(await englishOn(page, OWN)).toEqual([]);
    // Log a rejection through the German form.
    await page.goto("/rejections/new");
    await ready(page);
    expect(await englishOn(page, OWN)).toEqual([]);
    await logInGerman(page);
    // The plan, in German, with German dates.
    await expect(page.getByText("3. Dezember 2026").first()).toBeVisible();
    expect(await englishOn(page, OWN)).toEqual([]);
    for (const path of ["/", "/rejections", "/goals", "/journal", "/insights", "/proof", "/settings", "/settings/send"]) {
      await page.goto(path);
      await ready(page);
      expect(await englishOn(page, OWN), path).toEqual([]);
      if (path === "/proof") {
        // Other's column chooser names the columns as the report does.
        await page.getByText("Spalten im Bericht").click();
        await expect(page.getByRole("checkbox", { name: "Zeitaufwand" })).toBeVisible();
        expect(await englishOn(page, OWN), "/proof columns").toEqual([]);
      }
    }
    await page.reload();
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await englishOn(page, OWN)).toEqual([]);
  });

  test("the composer writes Sie", async ({ page }) => {
    await choose(page, "Deutsch");
    await page.goto("/rejections/new");
    await ready(page);
    await logInGerman(page);
    await page.locator('a[href^="/compose"]').first().click();
    await ready(page);
    const preview = page.locator("#compose-preview, .preview").first();
    await expect(preview).toBeVisible();
    const text = await preview.innerText();
    expect(text).toMatch(/\b(Sie|Ihnen|Ihre?)\b/);
    expect(text).not.toMatch(/\b(du|dich|dir|dein|deine)\b/);
    expect(await englishOn(page, OWN)).toEqual([]);
  });
});

test.describe("a pack in two files", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("Today and the log form are German without the second file; a page opened before it is built again once it comes", async ({ page }) => {
    await choose(page, "Deutsch");
    await page.goto("/rejections/new");
    await ready(page);
    await logInGerman(page);
    // The next start gets the first file at once and the second only when let go.
    const { release, asked } = await hold(page, "**/lang/de.more.txt");
    await page.goto("/");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await englishOn(page, OWN), "Today").toEqual([]);
    await page.getByRole("link", { name: "Absage eintragen" }).first().click();
    await ready(page);
    const company = page.getByLabel("Unternehmen", { exact: false }).first();
    await expect(company).toBeVisible();
    expect(await englishOn(page, OWN), "the log form").toEqual([]);
    // The second file coming leaves the log form alone (what is typed stays).
    await company.fill("Halbfertig AG");
    await expect.poll(asked).toBeGreaterThan(0);
    release();
    await page.waitForResponse("**/lang/de.more.txt");
    await page.waitForTimeout(300);
    await expect(company).toHaveValue("Halbfertig AG");
    // Every later page is whole German from then on, with no reload.
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Einstellungen" }).click();
    await ready(page);
    await expect(page.getByRole("heading", { name: "Einstellungen", level: 1 })).toBeVisible();
    expect(await englishOn(page, OWN), "/settings").toEqual([]);
  });

  test("a later page opened before the second file is built again in German when it comes", async ({ page }) => {
    await choose(page, "Deutsch");
    const { release } = await hold(page, "**/lang/de.more.txt");
    await page.goto("/proof");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    // Its own words are English meanwhile…
    await expect(page.getByText("Where you claim", { exact: true })).toBeVisible();
    release();
    // …and German once they come.
    await expect(page.getByText("Where you claim", { exact: true })).toHaveCount(0);
    await ready(page);
    expect(await englishOn(page, OWN), "/proof").toEqual([]);
  });
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });
  test("German is still German offline once chosen", async ({ page, context }) => {
    await choose(page, "Deutsch");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    // Wait for the worker to control the page and to have the pack.
    await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller);
    await page.waitForFunction(async () => {
      for (const name of await caches.keys()) {
        const c = await caches.open(name);
        if (await c.match("/lang/de.txt")) return true;
      }
      return false;
    });
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    expect(await englishOn(page, OWN)).toEqual([]);
    await context.setOffline(false);
  });
});

for (const [name, tag, today, log, company] of [
  ["Español", "es", /Hoy/, /Registrar un rechazo/i, /Empresa/i],
  ["Français", "fr", /Aujourd/, /Noter un refus/i, /Entreprise/i],
  ["Português (Brasil)", "pt", /Hoje/, /Registrar uma recusa/i, /Empresa/i],
]) {
  test(`${name}: Today and the log form`, async ({ page }) => {
    await choose(page, name);
    await expect(page.locator("html")).toHaveAttribute("lang", new RegExp(`^${tag}`));
    await page.goto("/");
    await ready(page);
    await expect(page.getByRole("link", { name: today }).first()).toBeVisible();
    expect(await englishOn(page, OWN, tag)).toEqual([]);
    await page.getByRole("link", { name: log }).first().click();
    await expect(page.getByLabel(company).first()).toBeVisible();
    expect(await englishOn(page, OWN, tag)).toEqual([]);
  });
}

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("a first visit starts in German, with nothing chosen", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", /^de/);
    expect(await englishOn(page, OWN)).toEqual([]);
  });

  test("English chosen in Settings stays English after a reload", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", /^de/);
    await page.goto("/settings");
    await ready(page);
    await page.locator("select#language").selectOption({ label: "English" });
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });

  test("a language part that is slow to come doesn't hold the app back: it opens in English, then turns German", async ({ page }) => {
    const { release } = await hold(page, "**/split_lang.wasm");
    await page.goto("/");
    // After a moment the app is up, in English.
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible({ timeout: 6_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    release();
    await expect(page.locator("html")).toHaveAttribute("lang", /^de/, { timeout: 10_000 });
    await ready(page);
    expect(await englishOn(page, OWN)).toEqual([]);
  });
});
