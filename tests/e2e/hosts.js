// Real hosts for the deploy tests: a site folder served by
// scripts/static-server.mjs in one of its host modes, deploys made into it
// (whole, or file by file), and a second build made from dist/ without a
// compile (scripts/next-build.mjs).
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nextBuild } from "../../scripts/next-build.mjs";

/** Starts the static server for `dir` on `port` with `flags`; resolves once it answers. */
export async function serve(dir, port, ...flags) {
  const proc = spawn("node", ["scripts/static-server.mjs", dir, String(port), ...flags], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/robots.txt`);
      return proc;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("server did not start");
}

export function stop(proc) {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve();
    proc.once("exit", resolve);
    proc.kill();
  });
}

/** Build A (dist/) and build B made from it, each in a folder of its own. */
export function builds() {
  const root = mkdtempSync(join(tmpdir(), "rebound-builds-"));
  const a = join(root, "a");
  const b = join(root, "b");
  cpSync("dist", a, { recursive: true });
  const made = nextBuild(a, b, "B");
  return { a, b, pkgA: made.oldPkg, pkgB: made.pkg, root };
}

/** A site folder holding `build` (a copy, so it can be changed). */
export function site(build) {
  const dir = mkdtempSync(join(tmpdir(), "rebound-site-"));
  cpSync(build, dir, { recursive: true });
  return dir;
}

/** Sets every file's modification time `days` ago: under `--host=nginx`
 * (Last-Modified only) the browser then keeps it fresh for ~10 % of that. */
export function age(dir, days) {
  const t = (Date.now() - days * 86_400_000) / 1000;
  for (const f of walk(dir)) utimesSync(f, t, t);
}

function walk(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Deploys `build` over the site the way an upload tool does. `only`:
 * "pages" puts up just the new pages and sw.js (the pkg folder not yet),
 * "rest" the remainder, "all" (the default) everything, old folder removed. */
export function deploy(siteDir, build, only = "all") {
  const pkg = readdirSync(build).find((f) => f.startsWith("pkg-"));
  const pages = ["index.html", "index.html.br", "index.html.gz", "404.html", "404.html.br", "404.html.gz", "sw.js", "_headers"];
  if (only !== "rest") {
    for (const f of pages) {
      rmSync(join(siteDir, f), { force: true });
      if (existsSync(join(build, f))) cpSync(join(build, f), join(siteDir, f));
    }
  }
  if (only !== "pages") {
    cpSync(join(build, pkg), join(siteDir, pkg), { recursive: true });
    for (const f of readdirSync(siteDir)) {
      if (f.startsWith("pkg-") && f !== pkg) rmSync(join(siteDir, f), { recursive: true, force: true });
    }
  }
}

/** Gives the site's `pkg-` files a time a minute before its page's, as an
 * upload that keeps the build's times (rsync -a, cp -p) does: the build
 * writes its code before the page. A host that answers If-Modified-Since
 * by date then confirms a fallback page the browser kept for such a file. */
export function builtBeforePage(siteDir) {
  const t = statSync(join(siteDir, "index.html")).mtimeMs / 1000 - 60;
  for (const f of readdirSync(siteDir)) {
    if (f.startsWith("pkg-")) for (const p of walk(join(siteDir, f))) utimesSync(p, t, t);
  }
}

/** Drops the console errors a failed or refused fetch makes on purpose
 * (a host answering 404, a worker refusing a build) from the fixture's list. */
export function forgive(problems, ...patterns) {
  const forgiven = (p) => patterns.some((re) => re.test(p));
  const keep = problems.filter((p) => !forgiven(p));
  problems.splice(0, problems.length, ...keep);
  // The test's host has stopped by now, while its pages live on until the
  // fixture's last look: a part warming or an update check that fails
  // against the stopped host in that gap is forgiven the same way (once,
  // in CI, 'Failed to load resource: net::ERR_CONNECTION_REFUSED').
  // (Not enumerable: the fixture compares the list with [] by its items.)
  const push = problems.push.bind(problems);
  Object.defineProperty(problems, "push", {
    value: (...items) => push(...items.filter((p) => !forgiven(p))),
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
