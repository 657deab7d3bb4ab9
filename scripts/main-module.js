// The main module's bytes for wasm-bindgen's `init`, bundled into
// index.html's module script by scripts/split.mjs (`inlineGlue`).
//
// In a release build the first half of the main module travels inside the
// page (deflated, base64, in <script type="application/octet-stream"
// id="rebound-head">) and only the rest is fetched (rebound_tail.wasm). On a
// slow link the tail's request goes out when the page commits and its first
// byte comes a round trip later; the page's bytes fill that idle round trip
// instead of waiting behind it. The two are joined into one stream, so the
// module still compiles while the tail arrives. That is for a first visit;
// a returning one takes the whole file from the cache. Without the half in
// the page (REBOUND_NO_HEAD, or a development build) the whole file is
// fetched. docs/build.md, 2.6.

/** What to hand `init` as `module_or_path`. On a returning visit, `early`:
 * the whole module, which index.html's first script began compiling from
 * the cache (the browser caches the code it compiled from a file, never
 * from a stream made in the page, so without that a returning visit
 * started later: docs/performance.md, "Where the build's numbers are"). On
 * a first visit, a `Response` whose body is the head, inflated, then the
 * tail (preloaded by the page), whose first bytes and length must be
 * `tailCheck`'s (`{ start: hex, size }`; anything else is another build's
 * file, or a host's fallback page). The whole file, compiled through
 * index.html's checks (`__reboundBoot.wasm`), when the page holds no head
 * (a development build, or REBOUND_NO_HEAD) or the browser can't inflate
 * it (no `DecompressionStream`, before Safari 16.4). */
export function mainModule(dir, holder, early, tailCheck) {
  const boot = window.__reboundBoot;
  const whole = () => boot.wasm(boot.get(`${dir}rebound_bg.wasm`));
  if (early) {
    // The page's half (tens of KB of text) isn't needed, and the app mounts into <body>.
    holder?.remove();
    // (A compile that failed is retried the usual way, which reports why.)
    return early.catch(whole);
  }
  if (!holder) return whole();
  const text = holder.textContent;
  holder.remove();
  let inflate;
  try {
    inflate = new DecompressionStream("deflate");
  } catch {
    return whole();
  }
  const tail = boot.get(`${dir}rebound_tail.wasm`);
  tail.catch(() => {});
  const head = new Blob([fromBase64(text)]).stream().pipeThrough(inflate);
  return new Response(joined(head, tail, tailCheck, boot), { headers: { "content-type": "application/wasm" } });
}

/** The head's bytes (`atob` gives one char per byte). */
function fromBase64(text) {
  const chars = atob(text.trim());
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return bytes;
}

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** `head`, then the body of the `tail` response, as one stream. A failed
 * tail (offline) errors the stream, and so the instantiation, as a failed
 * fetch of the whole module would; a tail that isn't this build's (a 404,
 * a fallback page, another build's bytes) errors it as "gone". */
function joined(head, tail, tailCheck, boot) {
  let reader = head.getReader();
  let onTail = false;
  let seen = 0;
  let start = "";
  return new ReadableStream({
    async pull(controller) {
      for (;;) {
        const { done, value } = await reader.read();
        if (!done) {
          if (onTail && tailCheck) {
            // The first bytes may come in more than one chunk.
            if (start.length < tailCheck.start.length) {
              start += hex(value.subarray(0, (tailCheck.start.length - start.length) / 2));
              if (start.length === tailCheck.start.length && start !== tailCheck.start) throw boot.gone();
            }
            seen += value.length;
            if (seen > tailCheck.size) throw boot.gone();
          }
          controller.enqueue(value);
          return;
        }
        if (onTail) {
          if (tailCheck && seen !== tailCheck.size) throw boot.gone();
          controller.close();
          return;
        }
        const response = await tail;
        if (!response.ok) throw boot.gone();
        reader = response.body.getReader();
        onTail = true;
      }
    },
  });
}
