//! A small router for ten fixed pages. `leptos_router` did the same job with
//! about 85 KB of generic code in the wasm; this one reads the location into
//! two signals, follows same-origin link clicks with `history.pushState`, and
//! listens for back and forward.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    // Kept here rather than in context: link clicks and `popstate` arrive
    // outside any reactive owner.
    static LOCATION: std::cell::Cell<Option<Location>> = const { std::cell::Cell::new(None) };
}

/// The pages, by address (the route table).
#[derive(Clone, Debug, PartialEq)]
pub enum Page {
    Today,
    Rejections,
    NewRejection,
    Rejection(crate::model::record::Id),
    Compose,
    Goals,
    Insights,
    Journal,
    Settings,
    /// Proof of search: the work-search record for benefit claims.
    Proof,
    /// Send to my other device (`ui::transfer`).
    Send,
    /// Receive from my other device.
    Receive,
    NotFound,
}

/// The page at `path` (a rejection's id is parsed here: an address that
/// holds none is no page).
pub fn page_for(path: &str) -> Page {
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
        "/proof" => Page::Proof,
        "/settings/send" => Page::Send,
        "/settings/receive" => Page::Receive,
        _ => path
            .strip_prefix("/rejections/")
            .and_then(crate::model::record::Id::parse)
            .map_or(Page::NotFound, Page::Rejection),
    }
}

/// Where the app is: the path and the query string (with its `?`).
#[derive(Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
    pub search: RwSignal<String>,
}

fn read_location() -> (String, String) {
    let loc = web_sys::window().map(|w| w.location());
    let path = loc.as_ref().and_then(|l| l.pathname().ok());
    let search = loc.as_ref().and_then(|l| l.search().ok());
    (
        path.unwrap_or_else(|| "/".into()),
        search.unwrap_or_default(),
    )
}

/// Provides the location as context and starts following links and history.
pub fn provide() -> Location {
    let (path, search) = read_location();
    let loc = Location {
        path: RwSignal::new(path),
        search: RwSignal::new(search),
    };
    LOCATION.set(Some(loc));
    // Both for the page's life (the handles are never removed).
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let (path, search) = read_location();
        loc.search.set(search);
        loc.path.set(path);
        focus_heading_soon();
    });
    // Link clicks bubble up to the window, after every handler on the way
    // (one that prevented the default keeps the click its own).
    let _ = window_event_listener(leptos::ev::click, follow_link);
    loc
}

/// The location (after [`provide`]; before it, a fresh read of the address).
pub fn use_location() -> Location {
    LOCATION.get().unwrap_or_else(provide)
}

/// Goes to `to` (a path with an optional query) inside the app.
pub fn navigate(to: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(to));
    }
    let loc = use_location();
    let (path, search) = read_location();
    loc.search.set(search);
    loc.path.set(path);
    window.scroll_to_with_x_and_y(0.0, 0.0);
    focus_heading_soon();
}

/// After moving to another page, focus goes to its heading (so a screen
/// reader announces it and Tab continues from there), once the page is in:
/// a page whose code is still arriving shows a loading line first.
fn focus_heading_soon() {
    fn attempt(frames_left: u32) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let ready = doc
            .query_selector("main [aria-busy=true]")
            .ok()
            .flatten()
            .is_none();
        let heading = doc
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(h) if ready => {
                // Someone already moved focus into the page (a form field): leave it.
                let active = doc.active_element();
                let in_page = active.as_ref().is_some_and(|a| {
                    a.closest("main").ok().flatten().is_some() && a.tag_name() != "MAIN"
                });
                if !in_page {
                    let _ = h.set_attribute("tabindex", "-1");
                    let _ = h.focus();
                }
            }
            _ if frames_left > 0 => {
                request_animation_frame(move || attempt(frames_left - 1));
            }
            _ => {}
        }
    }
    request_animation_frame(|| attempt(120));
}

/// A query parameter of the current address, read once (pages read their
/// parameters when they open).
pub fn query(name: &str) -> Option<String> {
    // A page warmed off screen opens as if by its plain address.
    if super::lazy::warming() {
        return None;
    }
    let search = use_location().search.get_untracked();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Handles a click anywhere: a plain left click on a link to a page of this
/// app becomes an in-app navigation. Everything else (new tabs, downloads,
/// mailto, other sites, handled clicks) is left to the browser.
fn follow_link(ev: web_sys::MouseEvent) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    if !link.target().is_empty() || link.has_attribute("download") {
        return;
    }
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let same_origin = location.origin().ok().is_some_and(|o| o == link.origin());
    if !same_origin {
        return;
    }
    let (path, search) = (link.pathname(), link.search());
    let here = location.pathname().unwrap_or_default();
    if !link.hash().is_empty() && path == here {
        return;
    }
    ev.prevent_default();
    navigate(&format!("{path}{search}"));
}

/// Whether a link to `href` points at the current page: the same path, or
/// (unless `exact`) a page below it.
fn is_current(path: &str, href: &str, exact: bool) -> bool {
    let target = href.split(['?', '#']).next().unwrap_or(href);
    path == target || (!exact && target != "/" && path.starts_with(&format!("{target}/")))
}

/// A link inside the app, marked `aria-current="page"` when it is where we are.
#[component]
pub fn A(
    #[prop(into)] href: String,
    #[prop(optional)] exact: bool,
    children: Children,
) -> impl IntoView {
    let loc = use_location();
    let target = href.clone();
    let current = move || {
        loc.path
            .with(|p| is_current(p, &target, exact))
            .then_some("page")
    };
    view! {
        <a href=href aria-current=current>
            {children()}
        </a>
    }
}
