//! Browser glue: time, randomness, downloads, file reading, clipboard and the
//! storage-persistence request. Nothing here holds product rules.

use chrono::{DateTime, NaiveDate, Utc};
use gloo_storage::Storage as _;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::record::Id;

/// The current moment. Uses `Date.now()`, so browser tests can move the clock.
pub fn now() -> DateTime<Utc> {
    crate::model::time::from_millis(js_sys::Date::now()).unwrap_or_default()
}

/// Today's date in the user's time zone.
pub fn today() -> NaiveDate {
    local_date(now())
}

/// A fresh UUID v4 from `crypto.getRandomValues` (falling back to
/// `Math.random` if crypto is unavailable).
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::from_random(bytes)
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Offers `text` to the user as a file download. Returns false if the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let attempt = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let doc = document().ok_or("no document")?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        doc.body().ok_or("no body")?.append_child(&a)?;
        a.click();
        a.remove();
        // Revoke later: revoking at once can cancel the download in some browsers.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                revoke.unchecked_ref(),
                10_000,
            );
        }
        Ok(())
    };
    attempt().is_ok()
}

/// Reads a chosen file's bytes.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| crate::store::web::describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

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

thread_local! {
    static DEVICE: std::cell::Cell<Option<u128>> = const { std::cell::Cell::new(None) };
}

/// This browser's random id, kept beside the data (not in it): goal
/// progress logged here goes into this device's own week records, so two
/// devices' taps add up when a backup is merged.
pub fn device_id() -> u128 {
    const KEY: &str = "rebound.device";
    if let Some(id) = DEVICE.get() {
        return id;
    }
    let stored = storage_usable()
        .then(|| {
            gloo_storage::LocalStorage::raw()
                .get_item(KEY)
                .ok()
                .flatten()
        })
        .flatten()
        .and_then(|text| Id::parse(&text));
    let id = stored.unwrap_or_else(|| {
        let id = new_id();
        if storage_usable() {
            let _ = gloo_storage::LocalStorage::raw().set_item(KEY, &String::from(id));
        }
        id
    });
    DEVICE.set(Some(id.as_u128()));
    id.as_u128()
}

/// Small per-device flags (not user data, never synced or backed up), kept
/// with gloo-storage. Reads fail soft: a missing or blocked store reads as unset.
pub fn device_flag(name: &str) -> bool {
    // Raw text ("true"), not JSON: no serde at start-up.
    storage_usable()
        && gloo_storage::LocalStorage::raw()
            .get_item(name)
            .ok()
            .flatten()
            .is_some_and(|v| v == "true")
}

pub fn set_device_flag(name: &str, value: bool) {
    if storage_usable() {
        let _ =
            gloo_storage::LocalStorage::raw().set_item(name, if value { "true" } else { "false" });
    }
}

/// A time kept for this browser only (epoch milliseconds as text), outside
/// the synced data: "imported a backup here at …".
pub fn device_time(name: &str) -> Option<DateTime<Utc>> {
    if !storage_usable() {
        return None;
    }
    let text = gloo_storage::LocalStorage::raw()
        .get_item(name)
        .ok()
        .flatten()?;
    DateTime::from_timestamp_millis(text.parse().ok()?)
}

pub fn set_device_time(name: &str, t: DateTime<Utc>) {
    if storage_usable() {
        let _ = gloo_storage::LocalStorage::raw().set_item(name, &t.timestamp_millis().to_string());
    }
}

/// True when localStorage exists and can be touched without throwing (gloo's
/// helpers would panic otherwise).
fn storage_usable() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
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

/// "14:05" in the user's time zone.
pub fn local_time(t: DateTime<Utc>) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// Downloads a calendar file for the user's own calendar app.
pub fn download_calendar(what: &str, event: &crate::model::ics::Event) -> bool {
    let text = crate::model::ics::calendar(event, now());
    download(&crate::model::ics::file_name(what), "text/calendar", &text)
}

/// The calendar day of a moment in the user's time zone.
pub fn local_date(t: DateTime<Utc>) -> NaiveDate {
    let d = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or(t.date_naive())
}

/// Runs `f` holding the Web Lock `name` (shared by every tab of this
/// origin), so two tabs' saves take turns. `false` where the browser has no
/// Web Locks: the caller runs `f` itself.
pub fn with_lock(name: &str, f: impl FnOnce() + 'static) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(locks) = js_sys::Reflect::get(&nav, &"locks".into()) else {
        return false;
    };
    let Some(request) = js_sys::Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|r| r.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    let mut f = Some(f);
    let held = wasm_bindgen::closure::Closure::<dyn FnMut() -> JsValue>::new(move || {
        if let Some(f) = f.take() {
            f();
        }
        JsValue::UNDEFINED
    });
    let ok = request
        .call2(&locks, &name.into(), held.as_ref())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = ok else {
        return false;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let _ = JsFuture::from(promise).await;
        drop(held);
    });
    true
}

/// After *Erase everything*: this browser's id is forgotten too (a new one
/// is made if the person starts again).
pub fn forget_device() {
    DEVICE.set(None);
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

/// Every `rebound.*` key in localStorage with its value (for a file of
/// everything stored: the raw-data download).
pub fn rebound_keys() -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return out;
    };
    let n = storage.length().unwrap_or(0);
    for i in 0..n {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        if key.starts_with("rebound.") {
            if let Some(value) = storage.get_item(&key).ok().flatten() {
                out.insert(key, value);
            }
        }
    }
    out
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
    if no_workers && window.is_secure_context() && nav.user_agent().is_ok_and(|u| u.contains("Firefox")) {
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
