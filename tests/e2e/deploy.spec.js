// Real deploys (issue: "Survives every real deploy"): hosts that cache
// pages (GitHub Pages' max-age=600, nginx's Last-Modified guesswork),
// uploads that arrive file by file, stale pages, old tabs, .wasm with the
// wrong type, browsers without service workers. Each starts from build A
// with a rejection stored and ends with the record still stored, and the
// person with the new version, the old one, or the repair screen one tap
// from a running app.
import { cpSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, ready, saved, stored } from "./fixtures.js";
import { age, builds, deploy, forgive, serve, site, stop } from "./hosts.js";

test.use({ serviceWorkers: "allow" });
test.describe.configure({ timeout: 90_000 });

const COMPANY = "Kept Through Deploys Ltd";
const base = (port) => `http://127.0.0.1:${port}`;
// The console errors of a host answering a missing file, or of a worker
// refusing a build: what these tests cause on purpose.
const EXPECTED = [/Failed to load resource/, /404/, /service ?worker/i, /ServiceWorker/, /another build|not wasm|came back as a page/, /no longer on its website/];

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15_000 });
}

async function logAt(page, at, company = COMPANY) {
  await page.goto(`${at}/rejections/new`);
  await ready(page);
  await page.getByLabel("Company").fill(company);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await saved(page, (d) => d.applications.some((a) => a.company === company));
}

async function stillStored(page, company = COMPANY) {
  const env = await stored(page);
  expect(env?.data.applications.map((a) => a.company)).toContain(company);
}

async function runsBuild(page, label) {
  await ready(page);
  await expect.poll(async () => (await page.content()).includes(`build ${label}`)).toBe(true);
}

async function seesRecord(page, at, company = COMPANY) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rejections" }).click();
  await expect(page.getByRole("link", { name: new RegExp(company) })).toBeVisible();
}

const updateBanner = (page) => page.getByRole("status").filter({ hasText: "A new version is ready" });

for (const [host, port] of [
  ["github", 4171],
  ["nginx", 4172],
]) {
  test(`an update on a host that caches pages (${host}) installs the new build, not the cached page`, async ({ page, context, problems }) => {
    const { a, b } = builds();
    const dir = site(a);
    // nginx sends only Last-Modified: ten days old, the page is "fresh" for a day.
    if (host === "nginx") age(dir, 10);
    const server = await serve(dir, port, `--host=${host}`);
    try {
      await page.goto(`${base(port)}/`);
      await ready(page);
      await controlled(page);
      await logAt(page, base(port));
      deploy(dir, b);
      await page.goto(`${base(port)}/`);
      await ready(page);
      await expect(updateBanner(page)).toBeVisible({ timeout: 20_000 });
      await Promise.all([page.waitForEvent("load"), updateBanner(page).getByRole("button", { name: "Reload" }).click()]);
      await runsBuild(page, "B");
      await stillStored(page);
      // From B's own cache, then offline.
      await page.reload();
      await runsBuild(page, "B");
      await context.setOffline(true);
      await page.reload();
      await runsBuild(page, "B");
      await seesRecord(page, base(port));
      await context.setOffline(false);
      await stillStored(page);
    } finally {
      await context.setOffline(false);
      await stop(server);
    }
    forgive(problems, ...EXPECTED);
  });
}

test("a deploy caught half-way keeps the running version, and the finished upload installs", async ({ page, problems }) => {
  const port = 4173 + 1; // 4174
  const { a, b } = builds();
  const dir = site(a);
  // nginx's naive fallback answers the missing pkg folder with index.html (200).
  const server = await serve(dir, port, "--host=nginx");
  try {
    await page.goto(`${base(port)}/`);
    await ready(page);
    await controlled(page);
    await logAt(page, base(port));
    deploy(dir, b, "pages");
    const tried = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update().catch(() => {});
      for (let i = 0; i < 40 && reg.installing; i++) await new Promise((r) => setTimeout(r, 100));
      return { waiting: Boolean(reg.waiting), installing: Boolean(reg.installing) };
    });
    expect(tried).toEqual({ waiting: false, installing: false });
    await page.reload();
    await ready(page);
    expect(await page.content()).not.toContain("build B");
    await expect(updateBanner(page)).toHaveCount(0);
    await seesRecord(page, base(port));
    // The upload finishes: the next check installs B.
    deploy(dir, b, "rest");
    await page.goto(`${base(port)}/`);
    await ready(page);
    await expect(updateBanner(page)).toBeVisible({ timeout: 20_000 });
    await Promise.all([page.waitForEvent("load"), updateBanner(page).getByRole("button", { name: "Reload" }).click()]);
    await runsBuild(page, "B");
    await stillStored(page);
  } finally {
    await stop(server);
  }
  forgive(problems, ...EXPECTED);
});

test("an old tab after an update keeps its own parts, hears of the new build and reloads into it", async ({ page, context, problems }) => {
  const port = 4175;
  const { a, b, pkgA } = builds();
  const dir = site(a);
  const server = await serve(dir, port, "--host=github");
  try {
    await page.goto(`${base(port)}/`);
    await ready(page);
    await controlled(page);
    await logAt(page, base(port));
    const old = await context.newPage();
    await old.goto(`${base(port)}/goals`);
    await ready(old);
    const hidden = await context.newPage();
    await hidden.goto(`${base(port)}/journal`);
    await ready(hidden);
    // This one is in the background (another tab is in front of it).
    await hidden.evaluate(() => Object.defineProperty(document, "visibilityState", { get: () => "hidden", configurable: true }));
    deploy(dir, b);
    await page.goto(`${base(port)}/`);
    await ready(page);
    await expect(updateBanner(page)).toBeVisible({ timeout: 20_000 });
    await Promise.all([page.waitForEvent("load"), updateBanner(page).getByRole("button", { name: "Reload" }).click()]);
    await runsBuild(page, "B");
    // The visible old tab: asked, not reloaded under the person's hands.
    await expect(updateBanner(old)).toBeVisible({ timeout: 10_000 });
    expect(await old.content()).not.toContain("build B");
    // Its own build's parts still come from the kept cache, as wasm.
    const magic = await old.evaluate(async (pkg) => {
      const r = await fetch(`/${pkg}/split_pages.wasm`);
      return [...new Uint8Array(await r.arrayBuffer()).slice(0, 4)].join();
    }, pkgA);
    expect(magic).toBe("0,97,115,109");
    await old.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(old.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    // The hidden one saved and reloaded into B by itself.
    await runsBuild(hidden, "B");
    await Promise.all([old.waitForEvent("load"), updateBanner(old).getByRole("button", { name: "Reload" }).click()]);
    await runsBuild(old, "B");
    // No tab runs A now: its cache goes.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("rebound-") && k !== "rebound-share").length), { timeout: 15_000 })
      .toBe(1);
    await stillStored(page);
  } finally {
    await stop(server);
  }
  forgive(problems, ...EXPECTED);
});

test.describe("without the service worker", () => {
  test.use({ serviceWorkers: "block" });

  test("a stale page from the HTTP cache whose main module is gone reloads once into the new build", async ({ page, problems }) => {
    const port = 4176;
    const { a, b } = builds();
    const dir = site(a);
    const server = await serve(dir, port, "--host=github");
    try {
      // The page is kept for ten minutes, but its code isn't (as when the
      // browser dropped it, or never fetched the whole file).
      await page.route("**/*.wasm", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "cache-control": "no-store" } });
      });
      await logAt(page, base(port));
      await page.goto(`${base(port)}/`);
      await ready(page);
      deploy(dir, b);
      // A plain navigation takes the cached page: A's, whose files are gone.
      await page.goto(`${base(port)}/`);
      await runsBuild(page, "B");
      await stillStored(page);
      await seesRecord(page, base(port));
    } finally {
      await stop(server);
    }
    forgive(problems, ...EXPECTED);
  });

  test("a first visit to a stale page (its tail gone) reloads once into the new build", async ({ page, problems }) => {
    const port = 4177;
    const { a, b } = builds();
    const dir = site(a);
    const server = await serve(dir, port, "--host=nginx");
    try {
      await page.route("**/*.wasm", async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), "cache-control": "no-store" } });
      });
      age(dir, 10);
      await page.goto(`${base(port)}/`);
      await ready(page);
      deploy(dir, b);
      // nginx's fallback answers the old tail with the new index.html.
      await page.goto(`${base(port)}/`);
      await runsBuild(page, "B");
      await logAt(page, base(port));
      await stillStored(page);
    } finally {
      await stop(server);
    }
    forgive(problems, ...EXPECTED);
  });

  test("a stale page that stays stale shows the repair screen, and Repair starts the app once the host has the new build", async ({ page, problems }) => {
    const port = 4178;
    const { a, b } = builds();
    const dir = site(a);
    const server = await serve(dir, port, "--host=github");
    try {
      await logAt(page, base(port));
      // A CDN still serves A's page; the files are B's.
      deploy(dir, b);
      for (const f of ["index.html", "index.html.br", "index.html.gz"]) {
        if (existsSync(join(a, f))) cpSync(join(a, f), join(dir, f));
      }
      await page.goto(`${base(port)}/`);
      const repair = page.getByRole("alert").filter({ hasText: "Rebound couldn't start" });
      await expect(repair).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole("button", { name: "Repair" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Download my data" })).toBeVisible();
      // Still stale: Repair says so and changes nothing.
      await page.getByRole("button", { name: "Repair" }).click();
      await expect(page.getByRole("status").filter({ hasText: "doesn't have a complete copy" })).toBeVisible();
      await stillStored(page);
      // The CDN catches up: one tap.
      deploy(dir, b);
      await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Repair" }).click()]);
      await runsBuild(page, "B");
      await stillStored(page);
    } finally {
      await stop(server);
    }
    forgive(problems, ...EXPECTED);
  });

  test(".wasm served as application/octet-stream still starts every part", async ({ page, problems }) => {
    const port = 4179;
    const server = await serve("dist", port, "--wasm-type=octet-stream");
    try {
      await page.goto(`${base(port)}/`);
      await ready(page);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
      await expect(page.getByRole("button", { name: "New goal" })).toBeVisible();
      await logAt(page, base(port));
      // A returning visit: the whole main module and the data part.
      await page.reload();
      await ready(page);
      await seesRecord(page, base(port));
      await stillStored(page);
    } finally {
      await stop(server);
    }
    forgive(problems, /instantiateStreaming/);
  });

  test("a browser without service workers runs the app online and says why it can't work offline", async ({ page, context }) => {
    await context.addInitScript(() => {
      delete Navigator.prototype.serviceWorker;
    });
    await page.goto("/");
    await ready(page);
    expect(await page.evaluate(() => "serviceWorker" in navigator)).toBe(false);
    await page.goto("/rejections/new");
    await ready(page);
    await page.getByLabel("Company").fill(COMPANY);
    await page.getByRole("button", { name: "Save" }).click();
    await saved(page, (d) => d.applications.length === 1);
    await page.goto("/settings");
    await ready(page);
    await expect(page.getByText("can't work offline here")).toBeVisible();
    await stillStored(page);
  });
});

test("a worker whose cache went bad: the repair screen, and Repair brings the app back with the data", async ({ page, problems }) => {
  const port = 4170;
  const server = await serve("dist", port);
  try {
    await page.goto(`${base(port)}/`);
    await ready(page);
    await controlled(page);
    await logAt(page, base(port));
    // An older worker stored a host's fallback page as the main module.
    await page.evaluate(async () => {
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        for (const req of await cache.keys()) {
          if (/\.wasm$/.test(req.url)) await cache.put(req, new Response("<!doctype html><p>fallback</p>", { headers: { "content-type": "text/html" } }));
        }
      }
    });
    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "Rebound couldn't start" })).toBeVisible({ timeout: 20_000 });
    await stillStored(page);
    // Everything stored, in one file, with no wasm running at all.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download my data" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rebound-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const dump = JSON.parse(readFileSync(file, "utf8"));
    expect(dump).toMatchObject({ app: "rebound", format: "rebound-storage", version: 1 });
    expect(Object.keys(dump.keys)).toContain("rebound.data");
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Repair" }).click()]);
    await ready(page);
    await seesRecord(page, base(port));
    await stillStored(page);
    // The app's import reads that file back.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${base(port)}/settings`);
    await ready(page);
    await page.getByLabel("Import backup").setInputFiles(file);
    await expect(page.getByRole("region", { name: "Import preview" })).toContainText("1 new record");
    await page.getByRole("button", { name: "Merge into my data" }).click();
    await saved(page, (d) => d.applications.some((a) => a.company === COMPANY));
  } finally {
    await stop(server);
  }
  forgive(problems, ...EXPECTED, /magic/);
});
