//! The browser's own services: clipboard, share sheet, Web Locks, storage
//! persistence and its estimate, and the shared-email cache the service
//! worker fills.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Writes text to the clipboard. Must be called from a click handler.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .ok_or("no window")?
        .navigator()
        .clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| crate::store::web::describe(&e))
}

/// Reads text from the clipboard (the browser may ask the person first).
/// Must be called from a click handler.
pub async fn read_clipboard() -> Option<String> {
    let clipboard = web_sys::window()?.navigator().clipboard();
    JsFuture::from(clipboard.read_text())
        .await
        .ok()?
        .as_string()
}

/// Asks the browser to keep our storage through cleanups; resolves to whether it will.
pub async fn request_persist() -> bool {
    storage_answer(|s| s.persist()).await
}

/// Whether storage is already marked persistent.
pub async fn is_persisted() -> bool {
    storage_answer(|s| s.persisted()).await
}

/// Runs a StorageManager call that resolves to a boolean; false on any failure.
async fn storage_answer(
    call: impl FnOnce(&web_sys::StorageManager) -> Result<js_sys::Promise, JsValue>,
) -> bool {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    match call(&storage) {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Whether the Web Share API is there (phones, mostly).
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet with a title and text; failures are ignored
/// (the user may simply cancel).
pub fn share(title: &str, text: &str) {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
    if let Ok(f) =
        js_sys::Reflect::get(&nav, &"share".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        if let Ok(p) = f
            .call1(&nav, &data)
            .and_then(|p| p.dyn_into::<js_sys::Promise>())
        {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(p).await;
            });
        }
    }
}

/// Runs `f` holding the Web Lock `name` (shared by every tab of this
/// origin) once it is this tab's turn, and gives back what it returned: two
/// tabs' writes take turns, so two can't read the same head and both
/// write. Where the browser has no Web Locks (or the request fails), `f`
/// runs at once.
pub async fn locked<T: 'static>(name: &str, f: impl FnOnce() -> T + 'static) -> T {
    use std::cell::RefCell;
    use std::rc::Rc;
    let job = Rc::new(RefCell::new(Some(f)));
    let out = Rc::new(RefCell::new(None::<T>));
    let (job_in, out_in) = (job.clone(), out.clone());
    let held = wasm_bindgen::closure::Closure::<dyn FnMut() -> JsValue>::new(move || {
        let f = job_in.borrow_mut().take();
        if let Some(f) = f {
            let v = f();
            *out_in.borrow_mut() = Some(v);
        }
        JsValue::UNDEFINED
    });
    if let Some(promise) = request_lock(name, &held) {
        let _ = JsFuture::from(promise).await;
    }
    drop(held);
    let done = out.borrow_mut().take();
    match done {
        Some(v) => v,
        None => {
            // No lock was granted (no Web Locks, or the request failed).
            let f = job.borrow_mut().take();
            match f {
                Some(f) => f(),
                // (Not reachable: a job that ran left its result.)
                None => unreachable_job(),
            }
        }
    }
}

fn unreachable_job() -> ! {
    panic!("a locked job ran without leaving its result")
}

/// `navigator.locks.request(name, held)`, or `None` where there are none.
fn request_lock(
    name: &str,
    held: &wasm_bindgen::closure::Closure<dyn FnMut() -> JsValue>,
) -> Option<js_sys::Promise> {
    let nav = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&nav, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    request
        .call2(&locks, &name.into(), held.as_ref())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Drops an email shared to Rebound that the log form never took (the
/// service worker keeps it in a cache of its own, `rebound-share`).
pub fn drop_shared_email() {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    let promise = caches.delete("rebound-share");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}

/// Whether this looks like a private (incognito) window, whose storage the
/// browser drops when it closes. Browsers don't say so; the signs are a
/// small storage quota (Chromium and Safari give private windows a little,
/// normal ones a share of the disk) and, in Firefox, no service workers on
/// a secure page. A guess, worded as one where it is shown.
pub async fn looks_private() -> bool {
    const SMALL_QUOTA: f64 = 120_000_000.0;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let nav = window.navigator();
    let no_workers = !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(true);
    if no_workers
        && window.is_secure_context()
        && nav.user_agent().is_ok_and(|u| u.contains("Firefox"))
    {
        return true;
    }
    let Ok(promise) = nav.storage().estimate() else {
        return false;
    };
    let Ok(estimate) = JsFuture::from(promise).await else {
        return false;
    };
    js_sys::Reflect::get(&estimate, &"quota".into())
        .ok()
        .and_then(|q| q.as_f64())
        .is_some_and(|q| q > 0.0 && q < SMALL_QUOTA)
}

/// An email shared to Rebound (the manifest's share target, a POST that
/// the service worker answers and keeps in the `rebound-share` cache, so
/// no text ever enters a URL): `[title, text, url]`, taken once.
pub async fn take_shared_email() -> Option<[String; 3]> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open("rebound-share"))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    const KEY: &str = "/__rebound/shared";
    let hit = JsFuture::from(cache.match_with_str(KEY)).await.ok()?;
    let response: web_sys::Response = hit.dyn_into().ok()?;
    let body = JsFuture::from(response.json().ok()?).await.ok()?;
    let _ = JsFuture::from(cache.delete_with_str(KEY)).await;
    let field = |k: &str| {
        js_sys::Reflect::get(&body, &k.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    Some([field("title"), field("text"), field("url")])
}
