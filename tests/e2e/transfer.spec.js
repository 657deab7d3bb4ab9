// Two devices, one story (issue 30): Send to my other device and Receive
// from my other device, with two browser contexts as two devices. A file
// package both ways keeps both devices' notes; a file round trip through
// Settings → Import backup; wrong codes, damaged files and a backup file
// are refused with nothing changed; the camera refuses kindly and offers
// the file; and the camera path end to end: the sender's QR frames,
// recorded from its canvas into a .y4m video, are the receiving
// browser's camera (Chromium's fake video capture).
import { writeFileSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { test, expect, open, saved, stored, logRejection, axeSerious } from "./fixtures.js";

test.describe.configure({ timeout: 90_000 });

const EXE = process.env.CHROMIUM || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A second device: a context of its own (its own storage), watched for
 * errors like the fixture's page. `check()` at the end. */
async function device(browser) {
  const context = await browser.newContext({ baseURL: "http://127.0.0.1:4173", serviceWorkers: "block" });
  const problems = [];
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  context.on("request", (r) => !/^http:\/\/127\.0\.0\.1:41\d\d\/|^(data|blob):/.test(r.url()) && problems.push(`left the origin: ${r.url()}`));
  return { context, page, check: () => expect(problems, problems.join("\n")).toEqual([]) };
}

/** Opens Send to my other device from Settings; returns the code shown. */
async function startSend(page) {
  await open(page, "/settings");
  await page.getByRole("link", { name: "Send to my other device" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send to my other device" })).toBeVisible();
  const code = page.locator(".code-digits");
  await expect(code).toHaveText(/^\d{3}\s*\d{3}\s*\d{4}$/, { timeout: 15_000 });
  return (await code.innerText()).replace(/\s+/g, " ").trim();
}

/** Sends by file: the code and the downloaded file's path. */
async function sendFile(page, info, name) {
  const code = await startSend(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the file" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rebound-transfer-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const path = info.outputPath(`${name}.json`);
  await download.saveAs(path);
  return { code, path };
}

/** Receives a file with its code, up to the preview; returns the preview's text. */
async function receiveFile(page, path, code) {
  await open(page, "/settings");
  await page.getByRole("link", { name: "Receive from my other device" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Receive from my other device" })).toBeVisible();
  await page.getByLabel("Open a transfer file").setInputFiles(path);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Open", exact: true }).click();
  const preview = page.getByRole("region", { name: "Transfer preview" });
  await expect(preview).toBeVisible({ timeout: 15_000 });
  return preview.innerText();
}

async function mergeIt(page) {
  await page.getByRole("button", { name: "Merge into my data" }).click();
  await expect(page.getByRole("heading", { name: "It's here" })).toBeVisible();
}

/** A step's note field, by its prompt (a step's body is folded until
 * opened with its button). */
async function noteBox(page, prompt, step) {
  const box = page.getByRole("textbox", { name: prompt });
  if ((await box.count()) === 0) await page.getByRole("button", { name: new RegExp(`^${step}`) }).click();
  return box;
}
const strengthNote = (page) => noteBox(page, "A strength or achievement", "Remind yourself what you do well");
const goodThingNote = (page) => noteBox(page, "One good thing", "Write down one good thing from this process");

/** The note of a step (by its prompt) of the first application. */
function note(data, prompt) {
  const app = data.applications.find((a) => !a.meta.d);
  return JSON.stringify(app?.plan ?? []).includes(prompt);
}

test("two devices each write a note on one rejection; after sending both ways, both have both", async ({ page: phone, browser }, info) => {
  const { page: laptop, check, context } = await device(browser);
  await logRejection(phone, { company: "Two Devices Ltd" });
  await saved(phone, (d) => d.applications.length === 1);

  // The first time: everything, by file.
  let sent = await sendFile(phone, info, "first");
  await expect(phone.getByText("This package holds everything on this device: 1 application")).toBeVisible();
  let text = await receiveFile(laptop, sent.path, sent.code);
  expect(text).toContain("1 new record");
  await mergeIt(laptop);
  await phone.getByRole("button", { name: "It arrived on my other device" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "Noted." })).toBeVisible();
  await saved(laptop, (d) => d.applications.length === 1);

  // Each device writes a note on a different step.
  await laptop.getByRole("link", { name: "Back to Settings" }).click();
  await open(laptop, "/rejections");
  await laptop.getByRole("link", { name: /Two Devices Ltd/ }).first().click();
  await laptop.getByRole("textbox", { name: "One good thing" }).fill("Laptop: the panel liked my case study.");
  await saved(laptop, (d) => JSON.stringify(d.applications).includes("Laptop: the panel"));
  await open(phone, "/rejections");
  await phone.getByRole("link", { name: /Two Devices Ltd/ }).first().click();
  await (await strengthNote(phone)).fill("Phone: I ran the research sprint end to end.");
  await saved(phone, (d) => JSON.stringify(d.applications).includes("Phone: I ran"));

  // Laptop → phone (the laptop knows the phone now; it never sent, so everything).
  sent = await sendFile(laptop, info, "laptop-to-phone");
  text = await receiveFile(phone, sent.path, sent.code);
  expect(text).toContain("1 updated");
  await mergeIt(phone);
  await laptop.getByRole("button", { name: "It arrived on my other device" }).click();

  // Phone → laptop: only what changed since the last send.
  sent = await sendFile(phone, info, "phone-to-laptop");
  await expect(phone.getByText(/^This package holds what changed since you last sent to your other device \(today\): 1 application/)).toBeVisible();
  text = await receiveFile(laptop, sent.path, sent.code);
  expect(text).toContain("1 updated");
  await mergeIt(laptop);

  for (const p of [phone, laptop]) {
    const env = await saved(p, (d) => JSON.stringify(d.applications).includes("Laptop: the panel") && JSON.stringify(d.applications).includes("Phone: I ran"));
    expect(env.data.applications.filter((a) => !a.meta.d)).toHaveLength(1);
    await open(p, "/rejections");
    await p.getByRole("link", { name: /Two Devices Ltd/ }).first().click();
    await expect(await goodThingNote(p)).toHaveValue("Laptop: the panel liked my case study.");
    await expect(await strengthNote(p)).toHaveValue("Phone: I ran the research sprint end to end.");
  }
  // The same note changed on both since they last agreed: both kept, and said.
  await open(laptop, "/rejections");
  await laptop.getByRole("link", { name: /Two Devices Ltd/ }).first().click();
  await (await goodThingNote(laptop)).fill("Laptop, later: they asked for my portfolio again.");
  await saved(laptop, (d) => JSON.stringify(d.applications).includes("Laptop, later"));
  await open(phone, "/rejections");
  await phone.getByRole("link", { name: /Two Devices Ltd/ }).first().click();
  await (await goodThingNote(phone)).fill("Phone, later: the recruiter called back.");
  await saved(phone, (d) => JSON.stringify(d.applications).includes("Phone, later"));
  sent = await sendFile(phone, info, "both-edited");
  text = await receiveFile(laptop, sent.path, sent.code);
  expect(text).toContain("1 note was edited on both devices; both versions are kept for you to tidy.");
  await mergeIt(laptop);
  await expect(laptop.getByRole("status").filter({ hasText: "Merged into your data" })).toContainText("1 note was edited on both devices");
  const both = await saved(laptop, (d) => JSON.stringify(d.applications).includes("Phone, later"));
  expect(JSON.stringify(both.data.applications)).toContain("Laptop, later");

  // Each remembers the other on its own, never in the data.
  await open(phone, "/settings");
  await expect(phone.locator("#devices")).toContainText("Last sent to your other device: today; last received from it: today");
  const peers = await phone.evaluate(() => JSON.parse(localStorage.getItem("rebound.peers")));
  expect(peers).toHaveLength(1);
  expect(JSON.stringify(await stored(phone))).not.toContain("last_received");
  check();
  await context.close();
});

test("a file round trip: the file is unreadable without its code, and opens through Import backup too", async ({ page, browser }, info) => {
  const { page: other, check, context } = await device(browser);
  await logRejection(page, { company: "Sealed Package Co" });
  await page.getByRole("textbox", { name: "One good thing" }).fill("Something only I should read.");
  const mine = await saved(page, (d) => note(d, "Something only I"));
  const { code, path } = await sendFile(page, info, "round-trip");
  const file = readFileSync(path, "utf8");
  const sealed = JSON.parse(file);
  expect(sealed).toMatchObject({ format: "rebound-transfer", version: 1, compressed: "deflate-raw", kdf: { name: "PBKDF2-SHA256", iterations: 600000 }, cipher: { name: "AES-256-GCM" } });
  expect(file).not.toContain("Sealed Package");
  expect(file).not.toContain("only I");
  expect(file.replace(/\D/g, "")).not.toContain(code.replace(/\D/g, ""));

  // Chosen in Settings → Import backup, it goes to the receive page.
  await open(other, "/settings");
  await other.getByLabel("Import backup").setInputFiles(path);
  await expect(other.getByRole("heading", { level: 1, name: "Receive from my other device" })).toBeVisible();
  await expect(other.getByText("round-trip.json is a package from your other device.")).toBeVisible();
  await expect(other.getByLabel("Code", { exact: true })).toBeFocused();
  await other.getByLabel("Code", { exact: true }).fill(code.replace(/ /g, "-"));
  await other.getByRole("button", { name: "Open", exact: true }).click();
  await expect(other.getByRole("region", { name: "Transfer preview" })).toContainText("From your other device, sent today at");
  expect(await stored(other)).toBeNull(); // nothing changed before Merge
  await mergeIt(other);
  const theirs = await saved(other, (d) => d.applications.length === 1);
  expect(theirs.data.applications).toEqual(mine.data.applications);
  await other.getByRole("link", { name: "Back to Settings" }).click();
  await expect(other.locator("#devices")).toContainText("Last received from your other device: today");
  check();
  await context.close();
});

/** Damm's check digit, as the app's codes carry. */
function damm(digits) {
  const T = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1], [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
  ];
  return [...digits].reduce((i, d) => T[i][Number(d)], 0);
}

test("wrong codes, damaged files and a backup are refused in plain words, with nothing changed", async ({ page, browser }, info) => {
  const { page: other, check, context } = await device(browser);
  await logRejection(page, { company: "Right Code Only" });
  await saved(page, (d) => d.applications.length === 1);
  const { code, path } = await sendFile(page, info, "locked");
  // The receiving device has data of its own, which must stay as it is.
  await logRejection(other, { company: "Already Here Ltd" });
  const before = await saved(other, (d) => d.applications.length === 1);

  await open(other, "/settings/receive");
  await other.getByLabel("Open a transfer file").setInputFiles(path);
  const field = other.getByLabel("Code", { exact: true });
  const open_ = other.getByRole("button", { name: "Open", exact: true });
  const digits = code.replace(/\D/g, "");
  const swapped = digits.slice(0, 3) + digits[4] + digits[3] + digits.slice(5);
  const cases = [
    ["", /Type the 10-digit code shown on your other device/],
    [digits.slice(0, 7), /That's 7 digits; the code on your other device has 10/],
    [`${digits}1`, /That's 11 digits/],
    [`${digits.slice(0, 9)}x`, /only digits/],
    [swapped, /doesn't match the code on your other device \(or two are swapped\)/],
  ];
  if (swapped === digits) cases.pop();
  for (const [typed, message] of cases) {
    await field.fill(typed);
    await open_.click();
    await expect(other.getByRole("alert"), typed).toContainText(message);
    await expect(field).toBeFocused();
  }
  // A code with a correct check digit that isn't this package's.
  let wrong = digits;
  while (wrong === digits) {
    const nine = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
    wrong = nine + damm(nine);
  }
  await field.fill(wrong);
  await open_.click();
  await expect(other.getByRole("alert")).toContainText("That code doesn't open this transfer", { timeout: 15_000 });
  await expect(other.getByRole("alert")).toContainText("Nothing was changed.");
  await expect(other.getByRole("region", { name: "Transfer preview" })).toHaveCount(0);

  // Damaged, tampered and other files.
  const good = readFileSync(path, "utf8");
  const env = JSON.parse(good);
  const flipped = env.data.slice(0, 10) + (env.data[10] === "A" ? "B" : "A") + env.data.slice(11);
  const backup = JSON.stringify({ app: "rebound", schema: 5, saved_at: "2026-01-01T00:00:00Z", data: {} });
  const files = [
    ["cut", good.slice(0, good.length - 40), /incomplete or damaged/, false],
    ["tampered", JSON.stringify({ ...env, data: flipped }), /That code doesn't open this transfer/, true],
    ["newer", JSON.stringify({ ...env, version: 9 }), /newer version of Rebound/, false],
    ["backup", backup, /This is a backup file, not a package sent from another device/, false],
    ["other", JSON.stringify({ hello: "world" }), /isn't a package Rebound sent/, false],
  ];
  for (const [name, content, message, asks] of files) {
    await open(other, "/settings/receive");
    const p = info.outputPath(`${name}.json`);
    writeFileSync(p, content);
    await other.getByLabel("Open a transfer file").setInputFiles(p);
    if (asks) {
      await other.getByLabel("Code", { exact: true }).fill(code);
      await other.getByRole("button", { name: "Open", exact: true }).click();
    }
    await expect(other.getByRole("alert"), name).toContainText(message, { timeout: 15_000 });
    await expect(other.getByRole("alert"), name).toContainText("Nothing was changed.");
  }
  expect(await stored(other)).toEqual(before);
  expect(await other.evaluate(() => localStorage.getItem("rebound.peers"))).toBeNull();

  // The right code still opens it.
  await open(other, "/settings/receive");
  await other.getByLabel("Open a transfer file").setInputFiles(path);
  await other.getByLabel("Code", { exact: true }).fill(code);
  await other.getByRole("button", { name: "Open", exact: true }).click();
  await expect(other.getByRole("region", { name: "Transfer preview" })).toContainText("1 new record");
  await mergeIt(other);
  await saved(other, (d) => d.applications.length === 2);
  check();
  await context.close();
});

test("no camera, or a camera refused: said kindly, with the file offered", async ({ browser }) => {
  for (const [name, message] of [
    ["NotAllowedError", /isn't allowed to use the camera/],
    ["NotFoundError", /has no camera Rebound can use/],
    ["NotReadableError", /camera is busy/],
  ]) {
    const { page, check, context } = await device(browser);
    await context.addInitScript((n) => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException("no", n));
    }, name);
    await open(page, "/settings/receive");
    await page.getByRole("button", { name: "Use the camera" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText(message);
    await expect(alert).toContainText("Or use a file");
    await expect(page.getByLabel("Open a transfer file")).toBeFocused();
    check();
    await context.close();
  }
});

test("the send and receive pages hold together at every width and pass axe", async ({ page }) => {
  await logRejection(page, { company: "Wide And Narrow" });
  for (const width of [320, 390, 768, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/settings/send", "/settings/receive"]) {
      await open(page, path);
      if (path.endsWith("send")) await expect(page.locator(".code-digits")).toHaveText(/\d{4}$/, { timeout: 15_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      if (width === 390) expect(await axeSerious(page), path).toEqual([]);
    }
  }
});

test("a first visit fetches none of it; the send page fetches its part, the camera its reader", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => /\.wasm$/.test(r.url()) && wasm.push(new URL(r.url()).pathname.split("/").pop()));
  await open(page, "/");
  await page.waitForTimeout(2000); // the idle prefetch of the other parts
  expect(wasm.filter((f) => /split_(transfer|camera)/.test(f))).toEqual([]);
  await open(page, "/settings/send");
  await expect(page.locator(".code-digits")).toHaveText(/\d{4}$/, { timeout: 15_000 });
  expect(wasm.some((f) => /split_transfer/.test(f))).toBe(true);
  expect(wasm.some((f) => /split_camera/.test(f))).toBe(false);
});

// ---- the camera path end to end ----

/** Records the sender's codes from its canvas: the frames as grayscale
 * pixels (each frame once), until `count` distinct ones were drawn. */
async function recordCodes(page, count) {
  return page.evaluate(async (count) => {
    const canvas = document.querySelector("canvas.qr-canvas");
    const frames = new Map();
    const take = () => {
      const n = canvas.getAttribute("data-frame");
      if (n === null || frames.has(n)) return;
      const { width, height } = canvas;
      const px = canvas.getContext("2d").getImageData(0, 0, width, height).data;
      const gray = new Uint8Array(width * height);
      for (let i = 0; i < gray.length; i++) gray[i] = px[i * 4];
      let bin = "";
      for (let i = 0; i < gray.length; i += 8192) bin += String.fromCharCode(...gray.subarray(i, i + 8192));
      frames.set(n, { n: Number(n), side: width, gray: btoa(bin) });
    };
    take();
    await new Promise((resolve) => {
      const watch = new MutationObserver(() => {
        take();
        if (frames.size >= count) {
          watch.disconnect();
          resolve();
        }
      });
      watch.observe(canvas, { attributes: true, attributeFilter: ["data-frame"] });
    });
    return [...frames.values()].sort((a, b) => a.n - b.n);
  }, count);
}

/** A YUV4MPEG2 video (640 × 480, gray) of the codes, each shown for three
 * frames at 10 fps, for Chromium's fake camera (which loops it). */
function y4m(frames) {
  const W = 640;
  const H = 480;
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const f of frames) {
    const gray = Buffer.from(f.gray, "base64");
    const scale = Math.min(1, 440 / f.side);
    const size = Math.floor(f.side * scale);
    const y = Buffer.alloc(W * H, 235);
    const x0 = (W - size) >> 1;
    const y0 = (H - size) >> 1;
    for (let r = 0; r < size; r++) {
      const sr = Math.floor(r / scale);
      for (let c = 0; c < size; c++) y[(y0 + r) * W + x0 + c] = gray[sr * f.side + Math.floor(c / scale)] > 127 ? 235 : 16;
    }
    for (let i = 0; i < 3; i++) parts.push(Buffer.from("FRAME\n"), y, chroma);
  }
  return Buffer.concat(parts);
}

test("the camera path: the sender's codes, played as the receiver's camera, bring its data over", async ({ page }, info) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logRejection(page, { company: "Camera Path Studio" });
  await page.getByRole("textbox", { name: "One good thing" }).fill("Read from a screen, byte for byte.");
  const mine = await saved(page, (d) => note(d, "byte for byte"));
  const code = await startSend(page);
  const status = await page.locator(".qr-status").innerText();
  const needed = Number(status.match(/needs about (\d+)/)?.[1] ?? 1);
  const frames = await recordCodes(page, needed + 3);
  const video = info.outputPath("codes.y4m");
  writeFileSync(video, y4m(frames));
  console.log(`camera path: ${frames.length} codes of ${frames[0].side} px recorded (about ${needed} needed), ${video}`);

  const browser = await chromium.launch({
    executablePath: EXE,
    args: [...ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const { page: other, check, context } = await device(browser);
    await context.grantPermissions(["camera"], { origin: "http://127.0.0.1:4173" });
    await open(other, "/settings/receive");
    // Every progress text the page shows, as it shows it.
    await other.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const t = document.querySelector(".camera-reader [role=status]")?.textContent;
        if (t && window.__progress.at(-1) !== t) window.__progress.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    await other.getByRole("button", { name: "Use the camera" }).click();
    await expect(other.getByLabel("Code", { exact: true })).toBeVisible({ timeout: 45_000 });
    console.log(`camera path: read in ${((Date.now() - started) / 1000).toFixed(1)} s (camera start included)`);
    const seen = await other.evaluate(() => window.__progress);
    expect(seen.some((t) => /^\d+ of about \d+$/.test(t)), seen.join(" | ")).toBe(true);
    await expect(other.getByText("All of it is here.")).toBeVisible();
    await other.getByLabel("Code", { exact: true }).fill(code);
    await other.getByRole("button", { name: "Open", exact: true }).click();
    await expect(other.getByRole("region", { name: "Transfer preview" })).toContainText("1 new record", { timeout: 15_000 });
    await mergeIt(other);
    const theirs = await saved(other, (d) => d.applications.length === 1);
    expect(theirs.data.applications).toEqual(mine.data.applications);
    // The camera was let go.
    expect(await other.evaluate(() => document.querySelector("video") === null)).toBe(true);
    check();
  } finally {
    await browser.close();
  }
});
