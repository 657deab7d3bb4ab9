//! A file through the system share sheet (Web Share with files: iOS and
//! Android, some desktops), and keeping the screen on while it shows codes
//! (the Screen Wake Lock). Both fail soft: the caller offers a download, and
//! a screen that dims is only a nuisance.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a share went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The person picked a target (the browser can't tell whether it arrived).
    Done,
    /// The person closed the sheet.
    Cancelled,
    /// No share sheet for files here, or it refused.
    Failed,
}

fn navigator() -> Option<web_sys::Navigator> {
    Some(web_sys::window()?.navigator())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into()).ok()?.dyn_into().ok()
}

fn file(name: &str, mime: &str, text: &str) -> Option<web_sys::File> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_str_sequence_and_options(&parts, name, &options).ok()
}

fn share_data(file: &web_sys::File, title: &str) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &"files".into(), &Array::of1(file));
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    data
}

/// Whether this browser's share sheet takes a file like this one.
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let (Some(nav), Some(f)) = (navigator(), file(name, mime, "{}")) else {
        return false;
    };
    let (Some(can), Some(_)) = (method(&nav, "canShare"), method(&nav, "share")) else {
        return false;
    };
    can.call1(&nav, &share_data(&f, name))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Opens the share sheet with `text` as the file `name`. Call it straight
/// from a click (browsers allow a share only then).
pub async fn share_file(name: &str, mime: &str, text: &str, title: &str) -> Shared {
    let (Some(nav), Some(f)) = (navigator(), file(name, mime, text)) else {
        return Shared::Failed;
    };
    let Some(share) = method(&nav, "share") else {
        return Shared::Failed;
    };
    let Some(promise) = share
        .call1(&nav, &share_data(&f, title))
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return Shared::Failed;
    };
    match JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Failed
            }
        }
    }
}

/// Keeps the screen from dimming while codes are shown; the returned lock
/// goes to [`let_screen_sleep`]. `None` where the browser has no wake lock
/// (or refused: a hidden page, low battery).
pub async fn keep_screen_on() -> Option<JsValue> {
    let nav = navigator()?;
    let lock = Reflect::get(&nav, &"wakeLock".into())
        .ok()
        .filter(|l| l.is_object())?;
    let request = method(&lock, "request")?;
    let promise: Promise = request
        .call1(&lock, &"screen".into())
        .ok()?
        .dyn_into()
        .ok()?;
    JsFuture::from(promise).await.ok()
}

/// Releases a lock from [`keep_screen_on`].
pub fn let_screen_sleep(lock: &JsValue) {
    if let Some(release) = method(lock, "release") {
        if let Ok(p) = release.call0(lock) {
            if let Ok(p) = p.dyn_into::<Promise>() {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(p).await;
                });
            }
        }
    }
}
