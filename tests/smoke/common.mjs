// What both smoke suites share: the static server for a build, and the
// page script that takes the file a button downloads.
import { spawn } from "node:child_process";

/** Serves `dist` on `port` (the README's static server); resolves once it answers. */
export function serveDist(dist, port) {
  return new Promise((resolve, reject) => {
    const proc = spawn("node", ["scripts/static-server.mjs", dist, String(port)], { stdio: "ignore" });
    proc.once("exit", (code) => reject(new Error(`static server exited (${code}); is port ${port} in use?`)));
    const poll = async (n) => {
      try {
        await fetch(`http://127.0.0.1:${port}/robots.txt`);
        resolve(proc);
      } catch {
        if (n > 100) reject(new Error("static server did not start"));
        else setTimeout(() => poll(n + 1), 100);
      }
    };
    poll(0);
  });
}

/** Clicks the button `name` and hands back the file it downloads, as
 * `{ name, text }`, once it is made (an encrypted one waits for the
 * browser's WebCrypto), or null. The drivers set no download folder
 * (WebKitWebDriver can't save downloads at all), so in both engines the
 * file is taken where every download of Rebound's is made: the Blob given
 * to URL.createObjectURL and the `download` name of the <a> clicked. That
 * click is swallowed, so no save dialog opens. */
export const download = async (name) => {
  const click = HTMLAnchorElement.prototype.click;
  const create = URL.createObjectURL;
  let blob = null;
  let file = null;
  URL.createObjectURL = (b) => {
    blob = b;
    return create(b);
  };
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) file = this.download;
    else click.call(this);
  };
  try {
    [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === name).click();
    for (let i = 0; i < 200 && !(blob && file); i++) await new Promise((r) => setTimeout(r, 100));
    return blob && file ? { name: file, text: await blob.text() } : null;
  } finally {
    HTMLAnchorElement.prototype.click = click;
    URL.createObjectURL = create;
  }
};
