// The installable, offline-first app: service worker, offline use, updates.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, ready, saved, logRejection, progressTotal, wasmRequests } from "./fixtures.js";

test.use({ serviceWorkers: "allow" });

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

function stop(proc) {
  return new Promise((resolve) => {
    proc.once("exit", resolve);
    proc.kill();
  });
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

test("after one visit the whole app works offline, and changes persist", async ({ page, context }) => {
  const port = 4181;
  const base = `http://127.0.0.1:${port}`;
  const server = await serve("dist", port);
  try {
    await page.goto(`${base}/`);
    await ready(page);
    await controlled(page);
  } finally {
    await stop(server);
  }
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.goto(`${base}/goals`);
  await ready(page);
  await page.getByRole("button", { name: "New goal" }).click();
  await page.getByLabel("Goal", { exact: true }).fill("Offline goal");
  await page.getByLabel("Target per week").fill("2");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("button", { name: "Log progress" }).click();
  await saved(page, (d) => progressTotal(d) === 1);
  await page.reload();
  await ready(page);
  await expect(page.getByText("1 / 2 this week")).toBeVisible();
  await page.goto(`${base}/rejections/new`);
  await ready(page);
  await expect(page.getByLabel("Company")).toBeVisible();
  await context.setOffline(false);
});

test("a visit the service worker answers takes the whole main module from its cache, not the page's half", async ({ page }) => {
  const port = 4185;
  const base = `http://127.0.0.1:${port}`;
  const server = await serve("dist", port);
  try {
    const wasm = wasmRequests(page);
    await page.goto(`${base}/`);
    await ready(page);
    await controlled(page);
    expect(wasm).toContain("rebound_tail.wasm");
    wasm.length = 0;
    await page.reload();
    await ready(page);
    expect(wasm).toContain("rebound_bg.wasm");
    expect(wasm).not.toContain("rebound_tail.wasm");
    // Neither the half nor the preload of the rest is in the page it serves.
    const html = await page.evaluate(() => fetch("/index.html").then((r) => r.text()));
    expect(html).not.toContain("data-first-visit");
    expect(html).toContain('id="boot"');
    await expect(page.locator("[data-first-visit]")).toHaveCount(0);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Goals" }).click();
    await expect(page.getByRole("button", { name: "New goal" })).toBeVisible();
  } finally {
    await stop(server);
  }
});

test("a new version shows a banner, and Reload switches to it with the data intact", async ({ page }) => {
  const port = 4182;
  const base = `http://127.0.0.1:${port}`;
  // Build N+1: the same app with different bytes (a new build id and a marker).
  const next = mkdtempSync(join(tmpdir(), "rebound-next-"));
  cpSync("dist", next, { recursive: true });
  const sw = readFileSync(join(next, "sw.js"), "utf8").replace(/const BUILD_ID = "([0-9a-f]+)"/, 'const BUILD_ID = "$1next"');
  writeFileSync(join(next, "sw.js"), sw);
  writeFileSync(join(next, "index.html"), readFileSync(join(next, "index.html"), "utf8").replace("</body>", "<!-- build N+1 --></body>"));
  // Its precompressed copies would still be the old page.
  for (const stale of ["index.html.br", "index.html.gz"]) rmSync(join(next, stale), { force: true });

  let server = await serve("dist", port);
  await page.goto(`${base}/`);
  await ready(page);
  await controlled(page);
  await page.goto(`${base}/rejections/new`);
  await ready(page);
  await page.getByLabel("Company").fill("Kept Across Updates");
  await page.getByRole("button", { name: "Save" }).click();
  await saved(page, (d) => d.applications.length === 1);
  await stop(server);
  server = await serve(next, port);
  try {
    // Opening the app again finds the new version waiting.
    await page.goto(`${base}/`);
    await ready(page);
    const banner = page.getByRole("status").filter({ hasText: "A new version is ready" });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    expect(await page.content()).not.toContain("build N+1");
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload" }).click()]);
    await ready(page);
    await expect.poll(async () => (await page.content()).includes("build N+1")).toBe(true);
    await expect(page.getByRole("status").filter({ hasText: "A new version is ready" })).toHaveCount(0);
    await page.goto(`${base}/rejections`);
    await ready(page);
    await expect(page.getByRole("link", { name: /Kept Across Updates/ })).toBeVisible();
  } finally {
    await stop(server);
  }
});

test("Chromium reports no installability errors", async ({ playwright, page }, info) => {
  // Installability is not reported for incognito profiles, so use a real one.
  const profile = mkdtempSync(join(tmpdir(), "rebound-profile-"));
  const launch = info.project.use.launchOptions;
  const persistent = await playwright.chromium.launchPersistentContext(profile, {
    executablePath: launch.executablePath,
    args: launch.args,
    serviceWorkers: "allow",
    baseURL: info.project.use.baseURL,
  });
  try {
    const p = persistent.pages()[0] ?? (await persistent.newPage());
    await p.goto("/");
    await ready(p);
    await controlled(p);
    const cdp = await persistent.newCDPSession(p);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await persistent.close();
  }
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
});

test("the build ships a 404.html copy of the app for static hosts", async ({ page }) => {
  const index = await (await page.request.get("/index.html")).text();
  const notFound = readFileSync("dist/404.html", "utf8");
  expect(notFound).toBe(index);
  const sw = readFileSync("dist/sw.js", "utf8");
  expect(sw).not.toContain("__PRECACHE__");
  expect(sw).toMatch(/"\/index\.html"/);
});
