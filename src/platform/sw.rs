//! Service-worker registration and the update flow: a new version waiting →
//! the app shows "A new version is ready" → on Reload, pending saves are
//! flushed, and only if they worked does the waiting worker take over and
//! the page reload once.
//!
//! Registration happens only when the release build's post-build hook left a
//! `<meta name="rebound-sw">`, so the dev server never runs a worker. Where
//! the browser has no service workers (plain http on a LAN address, some
//! in-app browsers) the app runs online only and Settings says why.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static RELOADING: Cell<bool> = const { Cell::new(false) };
}

fn sw_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=rebound-sw]")
        .ok()??
        .get_attribute("content")
}

/// The browser's service workers, if it has them: `navigator.serviceWorker`
/// is missing outside secure contexts, and calling into it then would throw.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Why this page can't work offline, if it can't (for Settings): `None`
/// where service workers exist.
pub fn offline_unavailable() -> Option<&'static str> {
    if container().is_some() {
        return None;
    }
    let secure = web_sys::window().is_some_and(|w| w.is_secure_context());
    Some(if secure {
        crate::t!("This browser doesn't let websites keep their files for offline use, so Rebound can't work offline here and needs a connection each time you open it. Your data is still kept on this device.")
    } else {
        crate::t!("This address isn't secure (it isn't https), so Rebound can't work offline here. Your data is still kept on this device.")
    })
}

/// Registers the worker; `on_update` runs when a new version is waiting.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(url) = sw_url() else { return };
    let Some(container) = container() else {
        return;
    };
    let opts = web_sys::RegistrationOptions::new();
    opts.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options(&url, &opts);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&reg, on_update);
        // Look for a new version whenever the app comes back into view.
        let r = reg.clone();
        let _ = leptos::prelude::window_event_listener(leptos::ev::visibilitychange, move |_| {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                let _ = r.update();
            }
        });
    });
}

fn has_controller() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

fn watch(reg: &ServiceWorkerRegistration, on_update: impl Fn() + Clone + 'static) {
    if reg.waiting().is_some() && has_controller() {
        on_update();
    }
    let r = reg.clone();
    let found = Closure::<dyn FnMut()>::new(move || {
        let Some(installing) = r.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_update = on_update.clone();
        let changed = Closure::<dyn FnMut()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                on_update();
            }
        });
        installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        // A worker's `on*` handler, which no Leptos helper sets: kept while the worker lives.
        changed.forget();
    });
    reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    // The registration's `on*` handler (no Leptos helper): kept for the page's life.
    found.forget();
}

/// Hands over to the waiting worker and reloads once it controls the page
/// (or at once, when another tab already switched). The caller saves first
/// and calls this only if the save worked.
pub fn apply_update() {
    let Some(container) = container() else {
        return reload();
    };
    let on_change = Closure::<dyn FnMut()>::new(reload);
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    // The container's `on*` handler (no Leptos helper): runs once, then the page reloads.
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let reg = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        match reg.and_then(|r| r.waiting()) {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => reload(),
        }
    });
}

fn reload() {
    if !RELOADING.replace(true) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}

/// Tells index.html's boot script that the app is up (its watchdog stops),
/// and gives it the two calls it needs while the app runs: `save()` (flush
/// now; `true` only if everything is saved, so nothing reloads over an
/// unsaved change) and `replaced()` (another build's worker took over).
pub fn announce(save: impl Fn() -> bool + 'static, replaced: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let app = js_sys::Object::new();
    let save = Closure::<dyn Fn() -> bool>::new(save);
    let replaced = Closure::<dyn Fn()>::new(replaced);
    let _ = js_sys::Reflect::set(&app, &"save".into(), save.as_ref());
    let _ = js_sys::Reflect::set(&app, &"replaced".into(), replaced.as_ref());
    // Handed to index.html's boot script, which calls them for the page's life.
    save.forget();
    replaced.forget();
    let _ = js_sys::Reflect::set(&window, &"__reboundApp".into(), &app);
    if let Ok(boot) = js_sys::Reflect::get(&window, &"__reboundBoot".into()) {
        if boot.is_object() {
            let _ = js_sys::Reflect::set(&boot, &"up".into(), &JsValue::TRUE);
        }
    }
}

/// Whether index.html's boot script found this build gone from the host
/// (a part answered by a fallback page, a 404, or another build's bytes).
pub fn build_gone() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__reboundBoot".into()).ok())
        .and_then(|b| js_sys::Reflect::get(&b, &"isGone".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// index.html's repair: a fresh copy of the app from the website (only if
/// it has a complete build), storage untouched.
pub fn repair() {
    let boot = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__reboundBoot".into()).ok())
        .filter(JsValue::is_object);
    let call = boot.as_ref().and_then(|b| {
        let f = js_sys::Reflect::get(b, &"repair".into()).ok()?;
        f.dyn_into::<js_sys::Function>().ok()?.call0(b).ok()
    });
    if let Some(p) = call.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(p).await;
        });
    } else {
        reload();
    }
}
