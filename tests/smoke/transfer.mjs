// Send to my other device in Firefox ESR and WebKitGTK (iPhones run WebKit
// only): a package made here (this engine's WebCrypto and
// CompressionStream), taken as a file, then opened on an emptied browser
// standing in for the other device (DecompressionStream, the code, the
// preview, the merge). A wrong code is refused on the way. Run by
// scripts/test after the Chromium suite: `node --test tests/smoke/transfer.mjs`.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firefox, webkit } from "./drivers.mjs";
import { download, serveDist } from "./common.mjs";

const PORT = 4198;
const DIST = process.env.REBOUND_DIST || "dist";
const BASE = `http://127.0.0.1:${PORT}`;

const startServer = () => serveDist(DIST, PORT);

// Scripts run in the page: plain functions called with JSON arguments.
const PAGE = {
  ready: () => Boolean(document.querySelector("main#main")) && !document.getElementById("boot"),
  fill: (label, value) => {
    const l = [...document.querySelectorAll("label")].find((x) => x.textContent.trim() === label);
    const el = l && document.getElementById(l.htmlFor);
    if (!el) return false;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
    el.dispatchEvent(new Event("change", { bubbles: true }));
    return true;
  },
  clickButton: (name) => {
    const b = [...document.querySelectorAll("button")].find((x) => x.textContent.trim() === name);
    if (!b) return false;
    b.click();
    return true;
  },
  code: () => document.querySelector(".code-digits")?.innerText.replace(/\s+/g, " ").trim() ?? "",
  download,
  chooseFile: (id, text, name) => {
    const input = document.getElementById(id);
    if (!input) return false;
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
  stores: (company) => Object.keys(localStorage).some((k) => k.startsWith("rebound.data") && localStorage.getItem(k).includes(company)),
  text: () => document.querySelector("main")?.innerText ?? "",
  errors: () => window.__reboundErrors || [],
};

for (const engine of [firefox, webkit]) {
  describe(`${engine.title}: Send to my other device`, { concurrency: false }, () => {
    let server;
    let b;
    const run = (fn, ...args) => b.run(fn, args);
    async function until(what, fn, ...args) {
      let last;
      for (let i = 0; i < 200; i++) {
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

    before(async () => {
      server = await startServer();
      b = await engine.start(mkdtempSync(join(tmpdir(), "rebound-smoke-transfer-")));
    });
    after(async () => {
      await b?.close();
      server?.removeAllListeners("exit");
      server?.kill();
    });

    test("a package made here, taken as a file, opens with its code on another device", async () => {
      await open("/rejections/new");
      await until("the form", PAGE.fill, "Company", "Transfer Smoke Ltd");
      assert.ok(await run(PAGE.clickButton, "Save"));
      await until("the rejection stored", PAGE.stores, "Transfer Smoke Ltd");

      await open("/settings/send");
      const code = await until("the code", () => /^\d{3} \d{3} \d{4}$/.test(document.querySelector(".code-digits")?.innerText.replace(/\s+/g, " ").trim() ?? "") && document.querySelector(".code-digits").innerText.replace(/\s+/g, " ").trim());
      const file = await run(PAGE.download, "Download the file");
      assert.ok(file, `[${engine.title}] no file was made`);
      assert.match(file.name, /^rebound-transfer-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
      const sealed = JSON.parse(file.text);
      assert.equal(sealed.format, "rebound-transfer");
      assert.ok(!file.text.includes("Transfer Smoke"), "the file is unreadable without the code");

      // The other device: this browser, emptied.
      await run(PAGE.forget);
      await open("/settings/receive");
      assert.ok(await until("the file field", PAGE.chooseFile, "transfer-file", file.text, file.name));
      await until("the code field", () => Boolean(document.getElementById("transfer-code")));
      const digits = code.replace(/\D/g, "");
      const wrong = digits.slice(0, 9) + String((Number(digits[9]) + 1) % 10);
      assert.ok(await run(PAGE.fill, "Code", wrong));
      assert.ok(await run(PAGE.clickButton, "Open"));
      await until("the typo message", () => /doesn't match the code on your other device/.test(document.body.innerText));
      assert.ok(await run(PAGE.fill, "Code", code));
      assert.ok(await run(PAGE.clickButton, "Open"));
      await until("the preview", () => /1 new record/.test(document.querySelector("[aria-label='Transfer preview']")?.innerText ?? ""));
      assert.ok(await run(PAGE.clickButton, "Merge into my data"));
      await until("the merge", () => /It's here/.test(document.querySelector("main").innerText));
      await until("the rejection stored here", PAGE.stores, "Transfer Smoke Ltd");
      await open("/rejections");
      await until("the rejection on Rejections", () => /Transfer Smoke Ltd/.test(document.querySelector("main").innerText));
    });

    test("no uncaught errors", async () => {
      assert.deepEqual([...(await run(PAGE.errors)), ...b.errors], []);
    });
  });
}
