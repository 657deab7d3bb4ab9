//! Service-worker registration and the update flow: a new version waiting →
//! the app shows "A new version is ready" → on Reload, pending saves are
//! flushed, the waiting worker takes over, and the page reloads once.
//!
//! Registration happens only when the release build's post-build hook left a
//! `<meta name="rebound-sw">`, so the dev server never runs a worker.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

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

/// Registers the worker; `on_update` runs when a new version is waiting.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(url) = sw_url() else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
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
        let check = Closure::<dyn FnMut()>::new(move || {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                let _ = r.update();
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.add_event_listener_with_callback(
                "visibilitychange",
                check.as_ref().unchecked_ref(),
            );
        }
        check.forget();
    });
}

fn has_controller() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
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
        changed.forget();
    });
    reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
}

/// Hands over to the waiting worker and reloads once it controls the page.
/// The caller flushes pending saves first.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if !RELOADING.replace(true) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        match reg.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}
