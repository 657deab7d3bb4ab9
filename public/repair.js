// The repair screen (index.html's `__reboundBoot.failed` puts up its frame
// and fetches this file only when Rebound can't start, so a first visit
// doesn't carry it; the service worker keeps it with the build). Plain JS
// that needs no wasm, and never changes the person's data.
(function () {
  var B = window.__reboundBoot;
  if (!B) return;

  // "Rebound couldn't start": what happened, in one sentence, and two ways
  // out. `section` is the frame index.html put up.
  B.screen = function (section, err) {
    section.innerHTML =
      '<h1 tabindex="-1">Rebound couldn\'t start</h1><p class="lead"></p>' +
      "<p>Your data is untouched in this browser. <strong>Repair</strong> fetches a fresh copy of the app and never touches your data; <strong>Download my data</strong> saves all of it in one file that Rebound can import.</p>" +
      '<div class="actions wrap"><button type="button" class="btn">Repair</button><button type="button" class="btn secondary">Download my data</button></div><p class="hint" role="status"></p>';
    section.querySelector(".lead").textContent = !navigator.onLine
      ? "This device is offline, and Rebound's code isn't fully saved on it yet."
      : err && err.gone
        ? "A new version of Rebound is on its way to its website, and not all of it has arrived yet."
        : "Its code didn't load properly; a stale copy in this browser or an update half-way through can do that.";
    var buttons = section.querySelectorAll("button");
    var say = function (t) {
      section.querySelector("[role=status]").textContent = t;
    };
    buttons[0].onclick = function () {
      say("Repairing…");
      B.fix().then(null, say);
    };
    buttons[1].onclick = download;
    section.querySelector("h1").focus();
  };

  // This page's build is gone from the host (index.html's B.gone): ask the
  // worker to update, then reload once. Not again within two minutes, nor at
  // all where this tab can't note that it did (no sessionStorage, or it
  // can't be written): a reload could loop, so the repair screen instead.
  // Never over a change the app couldn't save (it says why itself).
  // What the page took from its build's folder is fetched again past the
  // HTTP cache before any reload (`renewed`): a host that confirms by date
  // the fallback page the browser kept for a file missing mid-upload would
  // otherwise answer the reload with it all over again. Within the two
  // minutes, one more reload only if those files are all there now (the
  // upload finished meanwhile: the person's own reload then just works).
  B.renew = function (err) {
    var app = window.__reboundApp;
    var last;
    var dir = ownDir();
    if (app && !app.save()) return (B.reloading = false);
    try {
      last = +sessionStorage.getItem("rebound.gone") || 0;
      sessionStorage.setItem("rebound.gone", Date.now());
    } catch (e) {
      last = Date.now();
    }
    var again = Date.now() - last < 120000;
    (again ? Promise.resolve() : newest())
      .then(function () {
        return dir ? renewed(dir) : !again;
      })
      .then(function (whole) {
        if (again && (!whole || once("rebound.regone"))) {
          B.reloading = false;
          return B.failed(err);
        }
        location.reload();
      });
  };

  // Whether `key` was noted within two minutes (noting it now); where it
  // can't be noted, as if it was.
  function once(key) {
    try {
      var last = +sessionStorage.getItem(key) || 0;
      sessionStorage.setItem(key, Date.now());
      return Date.now() - last < 120000;
    } catch (e) {
      return true;
    }
  }

  // This page's build folder ("/pkg-…/"), from what it fetched.
  function ownDir() {
    var names = performance.getEntriesByType("resource").map(function (e) { return e.name; });
    var m = /\/pkg-[0-9a-f]+\//.exec(names.join(" "));
    return m && m[0];
  }

  // The newest worker in charge (a waiting one takes over), and a fresh copy
  // of the page in the HTTP cache; at most a few seconds.
  function newest() {
    var sw = navigator.serviceWorker;
    var work = (sw ? sw.getRegistration() : Promise.resolve())
      .then(function (reg) {
        return (
          reg &&
          reg.update().then(
            function () { return reg; },
            function () { return reg; },
          )
        );
      })
      .then(function (reg) {
        if (!reg || !reg.waiting) return;
        return new Promise(function (done) {
          sw.addEventListener("controllerchange", done);
          reg.waiting.postMessage("skip-waiting");
        });
      })
      .then(function () {
        return fetch("/", { cache: "reload" });
      });
    return Promise.race([work, new Promise(function (done) { setTimeout(done, 4000); })]).catch(function () {});
  }

  // Every rebound.* key in localStorage, as one file (the app's import reads
  // it back: store::dump, "rebound-storage").
  function download() {
    var keys = {};
    for (var i = 0; i < localStorage.length; i++) {
      var k = localStorage.key(i);
      if (k && k.indexOf("rebound.") === 0) keys[k] = localStorage.getItem(k);
    }
    var now = new Date().toISOString();
    var a = document.createElement("a");
    a.href = URL.createObjectURL(
      new Blob([JSON.stringify({ app: "rebound", format: "rebound-storage", version: 1, saved_at: now, keys: keys })], {
        type: "application/json",
      }),
    );
    a.download = "rebound-data-" + now.slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // What this page took from the build's folder at `dir`, fetched again
  // past the HTTP cache, so the reload finds the host's files there. (The
  // browser may keep the fallback page a host gave for one mid-upload; an
  // upload that keeps the build's times, older than the page's, lets a host
  // that compares dates confirm that copy to the reload's If-Modified-Since.)
  // Resolves to whether every one of them is there now (a 200 that isn't a
  // page), or to nothing after 8 s.
  function renewed(dir) {
    var mine = location.origin + dir;
    var urls = performance.getEntriesByType("resource").map(function (e) { return e.name; });
    urls.push(mine + "rebound_tail.wasm");
    var all = Promise.all(
      urls
        .filter(function (u, i) { return u.indexOf(mine) === 0 && urls.indexOf(u) === i; })
        .map(function (u) {
          return fetch(u, { cache: "reload", credentials: "omit" }).then(
            function (r) {
              return r.arrayBuffer().then(function () {
                return r.status == 200 && !/html/i.test(r.headers.get("content-type"));
              });
            },
            function () {},
          );
        }),
    ).then(function (oks) {
      return oks.every(Boolean);
    });
    return Promise.race([all, new Promise(function (done) { setTimeout(done, 8000); })]);
  }

  // Only once the website has a complete build: otherwise the copy kept for
  // offline use stays. (The page is asked for past every cache; the main
  // module with a HEAD request, which no worker answers, so even a worker
  // with a bad cache can't hide what the website has.)
  B.fix = function () {
    var sw = navigator.serviceWorker;
    var dir;
    return fetch("/", { cache: "reload" })
      .then(function (r) {
        return r.text();
      })
      .then(function (html) {
        dir = /\/pkg-[0-9a-f]+\//.exec(html);
        return dir && fetch(dir[0] + "rebound_bg.wasm", { method: "HEAD", cache: "reload" });
      })
      .then(function (r) {
        if (!r || !r.ok || /html/i.test(r.headers.get("content-type"))) throw 0;
        return renewed(dir[0]);
      })
      .then(
        function () {
          return Promise.all([
            sw &&
              sw.getRegistrations().then(function (rs) {
                return Promise.all(rs.map(function (r) { return r.unregister(); }));
              }),
            window.caches &&
              caches.keys().then(function (ks) {
                return Promise.all(
                  ks
                    .filter(function (k) { return k.indexOf("rebound-") === 0 && k !== "rebound-share"; })
                    .map(function (k) { return caches.delete(k); }),
                );
              }),
          ]).then(function () {
            try {
              sessionStorage.removeItem("rebound.gone");
            } catch (e) {}
            location.reload();
          });
        },
        function () {
          throw navigator.onLine
            ? "Rebound's website doesn't have a complete copy of the app right now (an update may be arriving). Your data is safe; try again in a few minutes."
            : "Repair needs a connection. Your data is safe; try again once you're online.";
        },
      );
  };
})();
