//! The Leptos UI: the shell (navigation, banners, toasts) and one module per
//! feature area. Components stay thin: they read state, call model functions
//! and render.

mod backups;
mod checkin;
mod compose;
mod goals;
mod insights;
mod journal;
pub(crate) mod language;
mod lazy;
mod listing;
mod not_found;
mod notice;
mod pages;
mod persist;
mod proof;
mod rejections;
mod router;
mod settings;
mod shell;
pub mod state;
mod today;
mod transfer;
mod widgets;

use leptos::prelude::*;

use crate::platform::perf::mark;

use state::AppState;

/// Replaces the static first frame from index.html with the app.
///
/// On a first visit the frame shows the real welcome; on a fast machine the
/// wasm could start before the browser ever painted it, so unless a paint
/// has already happened the app waits for two animation frames (one painted
/// frame) first. Returning visits (where the frame is only a loading line)
/// start at once.
pub fn mount() {
    mark("rebound-main");
    // In the language this device speaks (its words fetched first, unless
    // it speaks English).
    language::start(mount_now);
}

fn mount_now() {
    let document = web_sys::window().and_then(|w| w.document());
    let welcome_shown = document
        .as_ref()
        .and_then(|d| d.document_element())
        .is_some_and(|html| !html.class_list().contains("boot-returning"));
    // Painted already (the usual case on a slow connection): no need to wait.
    let painted = web_sys::window()
        .and_then(|w| w.performance())
        .is_some_and(|p| p.get_entries_by_type("paint").length() > 0);
    if welcome_shown && !painted {
        request_animation_frame(|| request_animation_frame(replace_boot));
    } else {
        replace_boot();
    }
}

fn replace_boot() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
    mark("rebound-mounted");
    // index.html's watchdog stops; it may now ask the app to save before
    // any reload, and hear when another build took over.
    crate::platform::sw::announce(
        || state::AppState::current().is_none_or(|app| app.save_now()),
        || {
            if let Some(app) = state::AppState::current() {
                app.other_build_active();
            }
        },
    );
    // Once the app answers, fetch the other pages' code while nothing else
    // happens, so the next tap (or going offline) finds it here.
    if let Some(window) = web_sys::window() {
        let _ = window; // (the timer is Leptos')
        set_timeout(pages::prefetch, std::time::Duration::from_millis(300));
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::init();
    provide_context(state);
    pages::provide();
    let location = router::provide();
    let page = Memo::new(move |_| location.path.with(|p| router::page_for(p)));
    // A change of language builds the whole view again, in the new words
    // (every text is read as its view is built).
    move || {
        state.lang.track();
        view! {
            <shell::Shell>
                {move || {
                    if state.loading.get() {
                        return pages::stored_data_view();
                    }
                    match page.get() {
                        router::Page::Today => view! { <today::Today /> }.into_any(),
                        other => pages::page_view(other),
                    }
                }}
            </shell::Shell>
        }
    }
}
