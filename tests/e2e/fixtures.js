// Shared test fixture: every page is watched for console errors, uncaught
// exceptions, CSP violations and any request that leaves the origin.
import { test as base, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

export const ORIGIN = "http://127.0.0.1:4173";
/** The test servers' origins (the offline and update tests run their own;
 * 427x are deploy.spec.js's further hosts). */
const OWN_ORIGIN = /^http:\/\/127\.0\.0\.1:4(1[78]|27)\d\//;
const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await use(context);
  },
  problems: async ({ context }, use) => {
    const problems = [];
    const watch = (page) => {
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    };
    context.pages().forEach(watch);
    context.on("page", watch);
    context.on("request", (req) => {
      const url = req.url();
      if (!OWN_ORIGIN.test(url) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        problems.push(`request left the origin: ${url}`);
      }
    });
    await use(problems);
  },
  page: async ({ page, problems }, use) => {
    await use(page);
    // After each test: nothing went wrong in the console, network or CSP.
    for (const p of page.context().pages()) {
      const csp = await p.evaluate(() => window.__csp || []).catch(() => []);
      for (const v of csp) problems.push(`CSP violation: ${v}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  },
});

export { expect };

/** Waits until the app has replaced the static loading shell. */
export async function ready(page) {
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Opens a path and waits for the app. */
export async function open(page, path = "/") {
  await page.goto(path);
  await ready(page);
}

/** Runs axe-core and returns serious or critical violations. */
export async function axeSerious(page) {
  await page.evaluate(AXE);
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  return results.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The stored data as one envelope: the head plus every part, records in
 * their canonical order (creation time, then id). */
export async function stored(page) {
  return page.evaluate(() => {
    const head = JSON.parse(localStorage.getItem("rebound.data") || "null");
    if (!head || head.data) return head;
    const { settings, pruned: inHead, gen, ...rest } = head;
    const data = { applications: [], journal: [], goals: [], progress: [], settings };
    // Forgotten deletions: their own key from schema 5 (the head's before).
    const pruned = JSON.parse(localStorage.getItem("rebound.pruned") || "null") || inHead;
    if (pruned) data.pruned = pruned;
    for (const key of Object.keys(localStorage)) {
      const m = /^rebound\.data\.(\w+)\.\d\d$/.exec(key);
      if (m) (data[m[1]] ||= []).push(...JSON.parse(localStorage.getItem(key)));
    }
    for (const list of Object.values(data)) {
      if (Array.isArray(list)) list.sort((a, b) => a.meta.c - b.meta.c || (a.meta.id < b.meta.id ? -1 : 1));
    }
    return { ...rest, data };
  });
}

/** Waits for the debounced save to land (and returns the envelope). */
export async function saved(page, predicate) {
  let env;
  await expect
    .poll(async () => {
      env = await stored(page);
      return env !== null && Boolean(predicate(env.data));
    })
    .toBe(true);
  return env;
}

/** The names of the .wasm files the page requests from now on, as they come. */
export function wasmRequests(page) {
  const names = [];
  page.on("request", (r) => /\.wasm$/.test(r.url()) && names.push(new URL(r.url()).pathname.split("/").pop()));
  return names;
}

/** Logs a rejection through the form; returns to its page. */
export async function logRejection(page, { company, role = "Product designer", stage = "Interview" }) {
  await open(page, "/rejections/new");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role", { exact: true }).fill(role);
  await page.getByLabel("Stage").selectOption({ label: stage });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: company })).toBeVisible();
}

/** All goal progress logged, summed over the weekly buckets. */
export function progressTotal(data) {
  return (data.progress || []).filter((b) => !b.meta.d).reduce((n, b) => n + b.days.reduce((a, x) => a + x, 0), 0);
}
