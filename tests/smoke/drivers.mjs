// Two engines behind one small interface for the smoke suite:
//   start(profileDir) -> { open(url), run(fn, args), errors, close() }
// Firefox ESR through WebDriver BiDi (puppeteer-core, no browser download),
// WebKitGTK through its W3C WebDriver (WebKitWebDriver under Xvfb, spoken to
// with fetch). Uncaught errors are collected by the page's own recorder
// (index.html keeps them in window.__reboundErrors) and, in Firefox, by BiDi.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import puppeteer from "puppeteer-core";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const script = (fn) => `return (${fn}).apply(null, arguments);`;

export const firefox = {
  title: "Firefox ESR",
  async start() {
    const browser = await puppeteer.launch({
      browser: "firefox",
      protocol: "webDriverBiDi",
      executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
      headless: true,
      extraPrefsFirefox: {
        // No network but our own server: nothing to update or report.
        "app.update.enabled": false,
        "browser.safebrowsing.malware.enabled": false,
        "browser.safebrowsing.phishing.enabled": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        "network.captive-portal-service.enabled": false,
      },
    });
    const page = await browser.newPage();
    const errors = [];
    // Firefox also reports, as a page error, a part's fetch that its service
    // worker was answering when the test navigated away (the next page loads
    // the part again; the offline checks prove the worker serves every part).
    // Seen once in several runs, sometimes with the address left out (‘’);
    // the update test waits for the prefetch to settle before it taps
    // Reload or stops its host. Nothing else is let through.
    const abortedByNavigation = /^Failed to load ‘(?:[^’]+\.wasm)?’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;
    page.on("pageerror", (e) => {
      if (!abortedByNavigation.test(e.message)) errors.push(`Firefox: ${e.message}`);
    });
    return {
      errors,
      open: (url) => page.goto(url, { waitUntil: "load" }),
      run: (fn, args) => page.evaluate(new Function(script(fn)), ...args),
      close: () => browser.close(),
    };
  },
};

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

export const webkit = {
  title: "WebKitGTK",
  async start() {
    const display = `:${90 + (process.pid % 9)}`;
    const xvfb = spawn("Xvfb", [display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], { stdio: "ignore" });
    const port = 4444 + (process.pid % 50);
    const driver = spawn("WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], { stdio: "ignore", env: { ...process.env, DISPLAY: display } });
    const url = `http://127.0.0.1:${port}`;
    const call = async (method, path, body) => {
      const res = await fetch(`${url}${path}`, { method, headers: { "Content-Type": "application/json" }, body: body && JSON.stringify(body) });
      const json = await res.json();
      if (!res.ok) throw new Error(`WebKitGTK: ${json.value?.error}: ${json.value?.message}`);
      return json.value;
    };
    for (let i = 0; i < 100; i++) {
      try {
        await call("GET", "/status");
        break;
      } catch {
        await sleep(100);
      }
    }
    if (!existsSync(MINIBROWSER)) throw new Error(`WebKitGTK: ${MINIBROWSER} is missing (scripts/setup installs webkit2gtk-driver)`);
    const session = await call("POST", "/session", {
      capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } } },
    });
    const s = `/session/${session.sessionId}`;
    return {
      errors: [],
      open: (to) => call("POST", `${s}/url`, { url: to }),
      run: (fn, args) => call("POST", `${s}/execute/sync`, { script: script(fn), args }),
      async close() {
        await call("DELETE", s).catch(() => {});
        driver.kill();
        xvfb.kill();
      },
    };
  },
};
