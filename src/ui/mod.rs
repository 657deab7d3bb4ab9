//! The Leptos UI: the shell (navigation, banners, toasts) and one module per
//! feature area. Components stay thin: they read state, call model functions
//! and render.

mod backups;
mod compose;
mod goals;
mod insights;
mod journal;
mod lazy;
mod listing;
mod not_found;
mod notice;
mod persist;
mod rejections;
mod router;
mod settings;
mod shell;
pub mod state;
mod today;
mod widgets;

use leptos::prelude::*;

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
    crate::sw::announce(
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
        let cb = wasm_bindgen::closure::Closure::once_into_js(lazy::prefetch);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            wasm_bindgen::JsCast::unchecked_ref(&cb),
            300,
        );
    }
}

/// A performance mark, for the bench's breakdown of the first visit.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// The pages, by address.
#[derive(Clone, Debug, PartialEq)]
enum Page {
    Today,
    Rejections,
    NewRejection,
    Rejection(String),
    Compose,
    Goals,
    Insights,
    Journal,
    Settings,
    NotFound,
}

fn page_for(path: &str) -> Page {
    let path = path
        .strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path);
    match path {
        "/" => Page::Today,
        "/rejections" => Page::Rejections,
        "/rejections/new" => Page::NewRejection,
        "/compose" => Page::Compose,
        "/goals" => Page::Goals,
        "/insights" => Page::Insights,
        "/journal" => Page::Journal,
        "/settings" => Page::Settings,
        _ => match path.strip_prefix("/rejections/") {
            Some(id) if !id.contains('/') => Page::Rejection(id.to_string()),
            _ => Page::NotFound,
        },
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::init();
    provide_context(state);
    lazy::provide();
    let location = router::provide();
    let page = Memo::new(move |_| location.path.with(|p| page_for(p)));
    view! {
        <shell::Shell>
            {move || {
                if state.loading.get() {
                    return lazy::stored_data_view();
                }
                match page.get() {
                    Page::Today => view! { <today::Today /> }.into_any(),
                    other => lazy::page_view(other),
                }
            }}
        </shell::Shell>
    }
}
