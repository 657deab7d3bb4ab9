// The smoke suite in Firefox ESR and WebKitGTK (iPhones run WebKit only),
// against the release dist/: first visit, logging a rejection, ticking steps
// across a reload, every page (including the split-off ones), the service
// worker and offline use, backup export and import, and no uncaught errors.
// Run by scripts/test after the Chromium suite: `node --test tests/smoke/`.
//
// Both engines are driven through one tiny interface (open a URL, run a
// script in the page), so every check below is written once. "Offline" is
// the server being stopped: the service worker must answer everything.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firefox, webkit } from "./drivers.mjs";

const PORT = 4192;
const BASE = `http://127.0.0.1:${PORT}`;

/** The static server for dist/ (the same one the README's serve uses). */
function startServer() {
  return new Promise((resolve, reject) => {
    const proc = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT)], { stdio: "ignore" });
    proc.once("exit", (code) => reject(new Error(`static server exited (${code}); is port ${PORT} in use?`)));
    const poll = async (n) => {
      try {
        await fetch(`${BASE}/robots.txt`);
        resolve(proc);
      } catch {
        if (n > 100) reject(new Error("static server did not start"));
        else setTimeout(() => poll(n + 1), 100);
      }
    };
    poll(0);
  });
}

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
  errors: () => window.__reboundErrors || [],
  /** Clicks Export backup (with a passphrase, if given) and hands back the
   * downloaded file's text once it is written (an encrypted one waits for
   * the browser's WebCrypto). */
  exportBackup: async (passphrase = "") => {
    const input = document.getElementById("backup-pass");
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, passphrase);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    const click = HTMLAnchorElement.prototype.click;
    const create = URL.createObjectURL;
    let blob = null;
    URL.createObjectURL = (b) => {
      blob = b;
      return create(b);
    };
    HTMLAnchorElement.prototype.click = function () {
      if (!this.download) click.call(this);
    };
    try {
      [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Export backup").click();
      for (let i = 0; i < 200 && !blob; i++) await new Promise((r) => setTimeout(r, 100));
      return blob ? await blob.text() : null;
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = create;
    }
  },
  /** Chooses `text` as the file of the Import backup input. */
  importBackup: (text) => {
    const input = document.getElementById("import");
    const dt = new DataTransfer();
    dt.items.add(new File([text], "backup.json", { type: "application/json" }));
    input.files = dt.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  },
  forget: () => {
    localStorage.clear();
    return true;
  },
};

for (const engine of [firefox, webkit]) {
  describe(engine.title, { concurrency: false }, () => {
    let server;
    let b;
    const run = (fn, ...args) => b.run(fn, args);
    /** Polls a page script until it returns something truthy. */
    async function until(what, fn, ...args) {
      let last;
      for (let i = 0; i < 150; i++) {
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
    async function open(path) {
      await b.open(`${BASE}${path}`);
      await until(`the app at ${path}`, PAGE.ready);
    }
    async function nav(name) {
      assert.ok(await run(PAGE.clickLink, name), `[${engine.title}] no link ${name}`);
    }

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
      const text = await run(PAGE.exportBackup);
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
      const text = await run(PAGE.exportBackup, "smoke test passphrase");
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

    test("no uncaught errors", async () => {
      assert.deepEqual([...(await run(PAGE.errors)), ...b.errors], []);
    });
  });
}
