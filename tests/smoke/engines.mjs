// The smoke suite in Firefox ESR and WebKitGTK (iPhones run WebKit only),
// against the release dist/ (or the copy REBOUND_DIST names): first visit,
// logging a rejection, ticking steps across a reload, every page (including
// the split-off ones), the service worker and offline use, backup export
// and import, and no uncaught errors; then, each on a site of its own (the
// Chromium suite's deploy tests, tests/e2e/deploy.spec.js, in these
// engines): an update on a host that caches every file for ten minutes,
// and the repair screen's Download my data, Repair and that file's import.
// Run by scripts/test after the Chromium suite: `node --test tests/smoke/`.
//
// Both engines are driven through one tiny interface (open a URL, run a
// script in the page), so every check below is written once. "Offline" is
// the server being stopped: the service worker must answer everything.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firefox, webkit } from "./drivers.mjs";
import { download, serveDist } from "./common.mjs";
import * as sites from "./sites.mjs";

const PORT = 4192;
/** The build served: the release dist/ unless REBOUND_DIST names another copy. */
const DIST = process.env.REBOUND_DIST || "dist";
const BASE = `http://127.0.0.1:${PORT}`;

/** The static server for DIST (the same one the README's serve uses). */
const startServer = () => serveDist(DIST, PORT);

function stopServer(proc) {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.removeAllListeners("exit");
    proc.once("exit", resolve);
    proc.kill();
  });
}

// Scripts run in the page. Each is a plain function (no closures), called
// with JSON arguments.
const PAGE = {
  ready: () => Boolean(document.querySelector("main#main")) && !document.getElementById("boot"),
  heading: () => document.querySelector("main h1")?.textContent.trim() ?? "",
  text: () => document.body.innerText,
  clickLink: (name) => {
    const links = [...document.querySelectorAll("a[href]")].filter((a) => !a.closest("#boot"));
    const a = links.find((l) => l.textContent.trim() === name) || links.find((l) => l.textContent.includes(name));
    if (!a) return false;
    a.click();
    return true;
  },
  clickButton: (name) => {
    const b = [...document.querySelectorAll("button")].find((x) => x.textContent.trim() === name || x.getAttribute("aria-label") === name);
    if (!b) return false;
    b.click();
    return true;
  },
  fill: (label, value) => {
    const l = [...document.querySelectorAll("label")].find((x) => x.textContent.trim() === label);
    const el = l && document.getElementById(l.htmlFor);
    if (!el) return false;
    if (el.tagName === "SELECT") {
      const o = [...el.options].find((x) => x.textContent.trim() === value);
      if (!o) return false;
      el.value = o.value;
    } else {
      const proto = el.tagName === "TEXTAREA" ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, "value").set.call(el, value);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }
    el.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  },
  tick: (label) => {
    // A checkbox named by a <label>, or (plan steps) by aria-labelledby.
    const l = [...document.querySelectorAll("label")].find((x) => x.textContent.trim().startsWith(label));
    const box =
      (l && (document.getElementById(l.htmlFor) || l.querySelector("input[type=checkbox]"))) ||
      [...document.querySelectorAll("input[type=checkbox][aria-labelledby]")].find((b) =>
        document.getElementById(b.getAttribute("aria-labelledby"))?.textContent.trim().startsWith(label),
      );
    if (!box || box.checked) return false;
    box.click();
    return true;
  },
  progress: () => document.body.innerText.match(/(\d+) of (\d+)/)?.[0] ?? "",
  controlled: () => navigator.serviceWorker?.controller != null,
  /** How many fetches the page has finished (resource timing lists a fetch once it is done). */
  fetched: () => performance.getEntriesByType("resource").length,
  errors: () => window.__reboundErrors || [],
  /** Types `passphrase` into Export's passphrase field and, once it shows,
   * the confirmation field (the form asks twice). */
  passphrase: async (passphrase) => {
    const set = (el) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(el, passphrase);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    };
    set(document.getElementById("backup-pass"));
    for (let i = 0; i < 50 && !document.getElementById("backup-pass-again"); i++) await new Promise((r) => setTimeout(r, 50));
    const again = document.getElementById("backup-pass-again");
    if (!again) return false;
    set(again);
    return true;
  },
  download,
  /** Chooses `text` as the file of the Import backup input. */
  importBackup: (text, name = "backup.json") => {
    const input = document.getElementById("import");
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: "application/json" }));
    input.files = dt.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  },
  forget: () => {
    localStorage.clear();
    return true;
  },
  /** Whether a stored rebound.data… key holds `company` (the head or a part). */
  stores: (company) => Object.keys(localStorage).some((k) => k.startsWith("rebound.data") && localStorage.getItem(k).includes(company)),
  /** Whether the page as the browser has it carries this text (a build's marker). */
  pageHas: (text) => document.documentElement.outerHTML.includes(text),
  updateBanner: () => [...document.querySelectorAll("[role=status]")].find((e) => e.textContent.includes("A new version is ready")) != null,
  clickBannerReload: () => {
    const banner = [...document.querySelectorAll("[role=status]")].find((e) => e.textContent.includes("A new version is ready"));
    const button = banner && [...banner.querySelectorAll("button")].find((x) => x.textContent.trim() === "Reload");
    if (!button) return false;
    button.click();
    return true;
  },
  /** index.html's repair screen (plain JS): its heading and both buttons. */
  repairScreen: () => {
    const alert = [...document.querySelectorAll("[role=alert]")].find((e) => e.querySelector("h1")?.textContent.trim() === "Rebound couldn't start");
    const buttons = alert ? [...alert.querySelectorAll("button")].map((x) => x.textContent.trim()) : [];
    return buttons.includes("Repair") && buttons.includes("Download my data");
  },
};

// The deploy tests' own servers (4192 is the suite's), a site per engine and
// test; in WebKitGTK the update's host sits behind a stand-in HTTP cache.
const PORTS = new Map([
  [firefox, { update: 4193, repair: 4194 }],
  [webkit, { update: 4195, repair: 4196, updateHost: 4197 }],
]);

for (const engine of [firefox, webkit]) {
  describe(engine.title, { concurrency: false }, () => {
    let server;
    let b;
    const run = (fn, ...args) => b.run(fn, args);
    /** Polls a page script until it returns something truthy (150 tries,
     * 100 ms apart). */
    const until = (what, fn, ...args) => within(150, what, fn, ...args);
    /** The same, with `tries` (a worker's install, a page reloading itself). */
    async function within(tries, what, fn, ...args) {
      let last;
      for (let i = 0; i < tries; i++) {
        try {
          last = await run(fn, ...args);
          if (last) return last;
        } catch (e) {
          last = e.message;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`[${engine.title}] timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    }
    /** Waits until the page has finished no new fetch for a second: the
     * idle prefetch of the parts is over, so neither a navigation nor a
     * host that stops cuts one of them off. */
    async function settled() {
      let last = -1;
      let calm = 0;
      for (let i = 0; i < 150 && calm < 10; i++) {
        const now = await run(PAGE.fetched);
        calm = now === last ? calm + 1 : 0;
        last = now;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    async function open(path, base = BASE) {
      await b.open(`${base}${path}`);
      await until(`the app at ${path}`, PAGE.ready);
    }
    async function nav(name) {
      assert.ok(await run(PAGE.clickLink, name), `[${engine.title}] no link ${name}`);
    }
    /** Logs a rejection at `company` from wherever the app is, and waits for it to be stored. */
    async function logRejection(company) {
      await nav("Log a rejection");
      await until("the form", PAGE.fill, "Company", company);
      assert.ok(await run(PAGE.clickButton, "Save"));
      await until("the rejection's page", (c) => document.querySelector("main h1")?.textContent.trim() === c, company);
      await until("the rejection stored", PAGE.stores, company);
    }
    async function seesRejection(company) {
      await nav("Rejections");
      await until(`${company} on the Rejections page`, (c) => document.querySelector("main").innerText.includes(c), company);
    }
    /** What Firefox reported since `mark`: nothing is let through (the
     * broken host and the update below are the app's to handle quietly). */
    const newErrors = (mark) => b.errors.slice(mark);

    before(async () => {
      server = await startServer();
      b = await engine.start(mkdtempSync(join(tmpdir(), "rebound-smoke-")));
    });
    after(async () => {
      await b?.close();
      await stopServer(server);
    });

    test("a first visit shows the welcome, then the app", async () => {
      await b.open(`${BASE}/`);
      await until("the app", PAGE.ready);
      assert.match(await run(PAGE.heading), /isn't the end of the story/);
    });

    test("every page opens from the navigation, including those loaded later", async () => {
      for (const [link, words] of [
        ["Rejections", /Log a rejection/],
        ["Goals", /New goal/],
        ["Journal", /Add a win/],
        ["Settings", /Export backup/],
        ["Today", /Log a rejection/],
      ]) {
        await nav(link);
        await until(`${link} to show ${words}`, (re) => new RegExp(re).test(document.querySelector("main").innerText) && !document.querySelector("[aria-busy=true]"), words.source);
        assert.doesNotMatch(await run(PAGE.text), /couldn't open/);
      }
    });

    test("log a rejection through the form by its labels", async () => {
      await nav("Log a rejection");
      await until("the form", PAGE.fill, "Company", "Smoke Test Ltd");
      assert.ok(await run(PAGE.fill, "Role", "Analyst"));
      assert.ok(await run(PAGE.fill, "Stage", "Interview"));
      assert.ok(await run(PAGE.clickButton, "Save"));
      await until("the rejection's page", () => document.querySelector("main h1")?.textContent.trim() === "Smoke Test Ltd");
    });

    test("ticked steps are still ticked after a reload", async () => {
      const before = await until("the progress", PAGE.progress);
      const total = before.split(" of ")[1];
      assert.ok(await run(PAGE.tick, "Tell someone you trust"));
      assert.ok(await run(PAGE.tick, "Look after the basics"));
      await until("two ticks", (t) => document.body.innerText.includes(`2 of ${t}`), total);
      await new Promise((r) => setTimeout(r, 600)); // the debounced save
      await b.open(await run(() => location.href));
      await until("the app after reload", PAGE.ready);
      await until("the ticks after reload", (t) => document.body.innerText.includes(`2 of ${t}`), total);
    });

    test("the service worker takes control; offline, reload and deep links work", async () => {
      await until("the service worker to control the page", async () => {
        if (navigator.serviceWorker?.controller) return true;
        await navigator.serviceWorker?.ready;
        return false;
      });
      const id = await run(() => location.pathname);
      await stopServer(server);
      try {
        await open("/");
        await open(id);
        await until("the rejection offline", () => document.querySelector("main h1")?.textContent.trim() === "Smoke Test Ltd");
        await open("/goals");
        await until("Goals offline", () => /New goal/.test(document.querySelector("main").innerText));
      } finally {
        server = await startServer();
      }
    });

    test("a backup exported here imports back into emptied storage", async () => {
      await open("/settings");
      await until("Settings", () => /Export backup/.test(document.querySelector("main").innerText));
      const text = (await run(PAGE.download, "Export backup"))?.text;
      assert.ok(text, `[${engine.title}] the export produced no file`);
      const backup = JSON.parse(text);
      assert.equal(backup.app, "rebound");
      assert.ok(backup.data.applications.some((a) => a.company === "Smoke Test Ltd"));
      await new Promise((r) => setTimeout(r, 600)); // the backup date's save
      await run(PAGE.forget);
      await open("/settings");
      await until("the import field", () => Boolean(document.getElementById("import")));
      await run(PAGE.importBackup, text);
      await until("the import preview", () => /1 new record/.test(document.body.innerText));
      assert.ok(await run(PAGE.clickButton, "Merge into my data"));
      await nav("Rejections");
      await until("the imported rejection", () => /Smoke Test Ltd/.test(document.querySelector("main").innerText));
    });

    test("a passphrase backup is encrypted and opened by this engine's WebCrypto", async () => {
      await open("/settings");
      await until("Settings", () => /Export backup/.test(document.querySelector("main").innerText));
      assert.ok(await run(PAGE.passphrase, "smoke test passphrase"), `[${engine.title}] no Confirm passphrase field`);
      const text = (await run(PAGE.download, "Export backup"))?.text;
      assert.ok(text, `[${engine.title}] the encrypted export produced no file`);
      const file = JSON.parse(text);
      assert.equal(file.format, "rebound-encrypted");
      assert.ok(!text.includes("Smoke Test Ltd"), "the file is not readable without the passphrase");
      await new Promise((r) => setTimeout(r, 600));
      await run(PAGE.forget);
      await open("/settings");
      await until("the import field", () => Boolean(document.getElementById("import")));
      await run(PAGE.importBackup, text);
      await until("the passphrase field", () => Boolean(document.getElementById("unlock-pass")));
      assert.ok(await run(PAGE.fill, "Passphrase", "not it at all"));
      assert.ok(await run(PAGE.clickButton, "Unlock"));
      await until("the wrong-passphrase message", () => /doesn't open this backup/.test(document.body.innerText));
      assert.ok(await run(PAGE.fill, "Passphrase", "smoke test passphrase"));
      assert.ok(await run(PAGE.clickButton, "Unlock"));
      await until("the import preview", () => /1 new record/.test(document.body.innerText));
      assert.ok(await run(PAGE.clickButton, "Merge into my data"));
      await nav("Rejections");
      await until("the imported rejection", () => /Smoke Test Ltd/.test(document.querySelector("main").innerText));
    });

    test("install: the engine's own way is explained when there is no prompt", async () => {
      await open("/settings");
      await until("the install card", () => /Install as an app/.test(document.body.innerText));
      assert.match(await run(PAGE.text), /Add to Home Screen|look for "Install"|installed app/);
    });

    test("a journey in Spanish: chosen in Settings, a rejection logged, a step ticked, still Spanish after a reload", async () => {
      await open("/settings");
      await until("the Language select", PAGE.fill, "Language", "Español");
      await until("the page in Spanish", () => document.documentElement.lang === "es" && /Ajustes/.test(document.querySelector("main h1")?.textContent ?? ""));
      await nav("Hoy");
      await until("Today in Spanish", () => /Registrar un rechazo/.test(document.querySelector("main").innerText));
      await nav("Registrar un rechazo");
      await until("the form in Spanish", PAGE.fill, "Empresa", "Prueba Humo SL");
      assert.ok(await run(PAGE.clickButton, "Guardar"));
      await until("the rejection's page", () => document.querySelector("main h1")?.textContent.trim() === "Prueba Humo SL");
      await until("the plan in Spanish", () => /Cuéntaselo a alguien de confianza/.test(document.querySelector("main").innerText));
      assert.ok(await run(PAGE.tick, "Cuéntaselo a alguien de confianza"));
      await until("one tick", () => /\b1 de \d+\b/.test(document.body.innerText));
      await new Promise((r) => setTimeout(r, 600)); // the debounced save
      await b.open(await run(() => location.href));
      await until("the app after reload", PAGE.ready);
      await until("still Spanish, still ticked", () => document.documentElement.lang === "es" && /\b1 de \d+\b/.test(document.body.innerText));
      // Back to English for the tests after this one.
      await open("/settings");
      await until("English again", PAGE.fill, "Idioma", "English");
      await until("the page in English", () => document.documentElement.lang === "en" && /Settings/.test(document.querySelector("main h1")?.textContent ?? ""));
    });

    test("no uncaught errors", async () => {
      assert.deepEqual([...(await run(PAGE.errors)), ...b.errors], []);
    });

    test("an update on a host that caches everything for 10 minutes: the banner, Reload, build B, the data kept", async () => {
      const mark = b.errors.length;
      const { update: port, updateHost } = PORTS.get(engine);
      const at = `http://127.0.0.1:${port}`;
      const COMPANY = "Update Smoke Ltd";
      const builds = sites.builds(DIST);
      // WebKitGTK's WebDriver session has no HTTP cache at all (every load
      // reaches the server whatever its max-age), so there the host's
      // max-age=600 is kept by a stand-in in front of it: without it, a
      // worker that installed the cached page would pass here unseen.
      const host = await sites.serve(builds.site, updateHost ?? port, "--host=github");
      const cache = updateHost ? await sites.httpCache(port, updateHost) : null;
      try {
        await open("/", at);
        await logRejection(COMPANY);
        await until("build A's worker to control the page", PAGE.controlled);
        // The host now has B; its page (like every file) may stay in the
        // browser's HTTP cache for ten minutes.
        sites.deploy(builds.site, builds.b);
        await open("/", at);
        assert.ok(!(await run(PAGE.pageHas, "<!-- build B -->")), "the worker answers with A's page until the switch");
        await within(300, "the update banner", PAGE.updateBanner);
        await settled();
        assert.ok(await run(PAGE.clickBannerReload));
        await within(300, "build B running", () => Boolean(document.querySelector("main#main")) && !document.getElementById("boot") && document.documentElement.outerHTML.includes("<!-- build B -->"));
        assert.ok(await run(PAGE.stores, COMPANY), "the rejection is still stored");
        await seesRejection(COMPANY);
        assert.ok(await run(PAGE.pageHas, "<!-- build B -->"));
        assert.deepEqual(await run(PAGE.errors), []);
        await settled();
      } finally {
        await cache?.close();
        await sites.stop(host);
        builds.done();
      }
      assert.deepEqual(newErrors(mark), []);
    });

    test("the repair screen: Download my data saves every key, Repair starts the app once the host is whole, the file imports", async () => {
      const mark = b.errors.length;
      const port = PORTS.get(engine).repair;
      const at = `http://127.0.0.1:${port}`;
      const COMPANY = "Repair Smoke Ltd";
      // No worker (the site has no sw.js) and nothing kept in the HTTP cache
      // (no-store), so what the host has is what the page gets: under
      // GitHub's max-age=600 a main module fetched (or a 404 kept) earlier
      // could be reused, and a worker would answer from its own cache. The
      // missing files then get the host's fallback page, which the boot
      // script tells from wasm.
      const s = sites.siteOf(DIST, "sw.js");
      const host = await sites.serve(s.site, port, "--host=no-store");
      let restore = null;
      try {
        await open("/", at);
        await logRejection(COMPANY);
        restore = sites.withoutMainModule(s.site);
        // The boot script finds its main module gone, reloads once, then shows the repair screen.
        await b.open(`${at}/`);
        await within(200, "the repair screen", PAGE.repairScreen);
        assert.ok(!(await run(PAGE.ready)), "the app is not running");
        assert.deepEqual(await run(PAGE.errors), [], "the repair screen came without an uncaught error");
        assert.ok(await run(PAGE.stores, COMPANY), "the data is untouched");
        const file = await run(PAGE.download, "Download my data");
        assert.ok(file, `[${engine.title}] Download my data produced no file`);
        assert.match(file.name, /^rebound-data-\d{4}-\d{2}-\d{2}\.json$/);
        const dump = JSON.parse(file.text);
        assert.equal(dump.app, "rebound");
        assert.equal(dump.format, "rebound-storage");
        assert.equal(dump.version, 1);
        assert.ok(!Number.isNaN(Date.parse(dump.saved_at)), `saved_at: ${dump.saved_at}`);
        const keys = Object.keys(dump.keys);
        assert.ok(keys.includes("rebound.data"), `keys: ${keys}`);
        assert.ok(keys.every((k) => k.startsWith("rebound.")), `keys: ${keys}`);
        assert.ok(Object.values(dump.keys).some((v) => v.includes(COMPANY)), "the rejection is in the file");
        // The host is whole again: one tap.
        restore();
        restore = null;
        assert.ok(await run(PAGE.clickButton, "Repair"));
        await within(200, "the app after Repair", PAGE.ready);
        await seesRejection(COMPANY);
        assert.ok(await run(PAGE.stores, COMPANY));
        // Settings' import reads the downloaded file back into emptied storage.
        await run(PAGE.forget);
        await open("/settings", at);
        await until("the import field", () => Boolean(document.getElementById("import")));
        assert.ok(!(await run(PAGE.stores, COMPANY)), "storage was emptied");
        await run(PAGE.importBackup, file.text, file.name);
        await until("the import preview", () => /1 new record/.test(document.querySelector("[aria-label='Import preview']")?.innerText ?? ""));
        assert.ok(await run(PAGE.clickButton, "Merge into my data"));
        await until("the imported rejection stored", PAGE.stores, COMPANY);
        await seesRejection(COMPANY);
        assert.deepEqual(await run(PAGE.errors), []);
      } finally {
        restore?.();
        await sites.stop(host);
        s.done();
      }
      assert.deepEqual(newErrors(mark), []);
    });
  });
}
