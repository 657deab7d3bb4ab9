//! "Install app": the browser's `beforeinstallprompt` is captured and kept
//! until the user asks, from Settings or the one gentle hint on Today. iOS has
//! no prompt, so there we explain Share → Add to Home Screen instead.

use crate::model::backup::{exposure_of, BrowserTraits, Exposure};
use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static DEFERRED: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Listens for the browser's install offer; `on_available(true)` when it can
/// be shown, `false` once the app is installed.
pub fn listen(on_available: impl Fn(bool) + Clone + 'static) {
    use leptos::prelude::window_event_listener_untyped as listen_to;
    let available = on_available.clone();
    // Both for the page's life (the handles are never removed).
    let _ = listen_to("beforeinstallprompt", move |ev| {
        ev.prevent_default();
        DEFERRED.with(|d| *d.borrow_mut() = Some(ev.into()));
        available(true);
    });
    let _ = listen_to("appinstalled", move |_| {
        DEFERRED.with(|d| d.borrow_mut().take());
        on_available(false);
    });
}

/// Shows the browser's install dialog; resolves to whether the user accepted.
pub async fn prompt() -> bool {
    let Some(event) = DEFERRED.with(|d| d.borrow_mut().take()) else {
        return false;
    };
    let call = js_sys::Reflect::get(&event, &"prompt".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&event).ok());
    if call.is_none() {
        return false;
    }
    let Some(choice) = js_sys::Reflect::get(&event, &"userChoice".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    match JsFuture::from(choice).await {
        Ok(c) => js_sys::Reflect::get(&c, &"outcome".into())
            .ok()
            .and_then(|o| o.as_string())
            .is_some_and(|o| o == "accepted"),
        Err(_) => false,
    }
}

/// Running as an installed app already (iOS Home Screen apps say so
/// through `navigator.standalone`).
pub fn is_standalone() -> bool {
    let display = web_sys::window()
        .and_then(|w| w.match_media("(display-mode: standalone)").ok().flatten())
        .is_some_and(|m| m.matches());
    display || navigator_flag("standalone") == Some(true)
}

/// A property of `navigator`: `None` when the browser doesn't have it.
fn navigator_flag(name: &str) -> Option<bool> {
    let nav = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&nav, &name.into()).ok()?;
    if value.is_undefined() {
        None
    } else {
        value.as_bool()
    }
}

/// What the browser shows of itself, for [`exposure`].
pub fn traits() -> BrowserTraits {
    let window = web_sys::window();
    let vendor = window
        .as_ref()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"vendor".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let gesture_events = window
        .as_ref()
        .is_some_and(|w| js_sys::Reflect::has(w, &"GestureEvent".into()).unwrap_or(false));
    BrowserTraits {
        apple_vendor: vendor.starts_with("Apple"),
        gesture_events,
        ios_standalone_api: navigator_flag("standalone").is_some(),
        installed: is_standalone(),
    }
}

/// Where the data lives: a Safari tab (the seven-day rule) or elsewhere.
pub fn exposure() -> Exposure {
    exposure_of(traits())
}

/// iPhone or iPad, which install only through Safari's Share menu (iPads
/// say they are Macs, but only iOS has `navigator.standalone`).
pub fn is_ios() -> bool {
    let ua = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    ua.contains("iPhone")
        || ua.contains("iPad")
        || ua.contains("iPod")
        || navigator_flag("standalone").is_some()
}
