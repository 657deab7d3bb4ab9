//! Code fetched when first needed. scripts/split.mjs cuts the wasm at the
//! `wasm_split` points below and in `persist`: everything only they reach
//! moves into a file of its own.
//! - `pages`: every page but Today (their components, forms, charts, the
//!   composer…), fetched on the first visit to any of them, or earlier when
//!   the browser is idle.
//! - `data` (see [`super::persist`]): reading, migrating and writing stored
//!   data; a first visit has none, so it is fetched once the app is up.

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::Page;

/// Where a part's code is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    Idle,
    Loading,
    Ready,
    /// The fetch failed (offline before the file was ever saved).
    Failed,
}

type Preload = fn() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// One split-off part: its fetch state (created in the root owner, so it
/// lives as long as the app) and how to fetch it.
#[derive(Clone, Copy)]
pub struct Part {
    state: RwSignal<Fetch>,
    preload: Preload,
}

thread_local! {
    static PARTS: std::cell::Cell<Option<(Part, Part)>> = const { std::cell::Cell::new(None) };
    /// The App's owner: warmed pages are built under it, for its contexts.
    static ROOT: std::cell::RefCell<Option<Owner>> = const { std::cell::RefCell::new(None) };
    static WARMING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// When the person last pressed a key or touched (ms, performance.now).
    static LAST_INPUT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Warming waits for this long without input after the parts are here, and
/// pauses while someone is tapping or typing: it is speculative work, and
/// the first seconds on a screen are when people act.
const QUIET: std::time::Duration = std::time::Duration::from_secs(3);

/// Creates the parts' state; called once by the App root.
pub fn provide() {
    let part = |preload| Part {
        state: RwSignal::new(Fetch::Idle),
        preload,
    };
    PARTS.set(Some((
        part(|| Box::pin(preload_pages())),
        part(|| Box::pin(super::persist::preload_data())),
    )));
    ROOT.set(Owner::current());
}

fn parts() -> (Part, Part) {
    PARTS.get().unwrap_or_else(|| {
        provide();
        parts()
    })
}

pub fn pages() -> Part {
    parts().0
}

pub fn data() -> Part {
    parts().1
}

impl Part {
    /// The data part's calls, once its code is here (untracked).
    pub fn loaded(self) -> Option<super::persist::DataPart> {
        self.is_ready().then(super::persist::DataPart::here)
    }

    /// The same, tracked: a view or effect runs again when it arrives.
    pub fn loaded_tracked(self) -> Option<super::persist::DataPart> {
        self.is_ready_tracked()
            .then(super::persist::DataPart::here)
    }
}

impl Part {
    /// Whether its code is here (untracked: for event handlers).
    pub fn is_ready(self) -> bool {
        self.state.get_untracked() == Fetch::Ready
    }

    /// Whether its code is here (tracked: views follow it).
    pub fn is_ready_tracked(self) -> bool {
        self.state.get() == Fetch::Ready
    }

    /// Whether its fetch failed (tracked).
    pub fn failed_tracked(self) -> bool {
        self.state.get() == Fetch::Failed
    }

    /// A failed fetch is tried again.
    pub fn retry(self) {
        if self.state.get_untracked() == Fetch::Failed {
            self.state.set(Fetch::Idle);
        }
        self.fetch();
    }

    /// Starts fetching if it never was: a failed fetch waits for "Try
    /// again" (or for a save, which asks for the data part itself).
    pub fn fetch(self) {
        if self.state.get_untracked() != Fetch::Idle {
            return;
        }
        leptos::task::spawn_local(async move {
            self.ready().await;
        });
    }

    /// Fetches if needed (the loader fetches a part once, however many
    /// wait for it); resolves to whether the code is here.
    pub async fn ready(self) -> bool {
        if self.is_ready() {
            return true;
        }
        self.set(Fetch::Loading);
        let ok = (self.preload)().await.is_ok();
        self.set(if ok { Fetch::Ready } else { Fetch::Failed });
        ok
    }

    /// Changes the state only if it differs: every change redraws what
    /// depends on the part (Today's record sections, a waiting page), and a
    /// second waiter must not redraw them again.
    fn set(self, to: Fetch) {
        if self.state.get_untracked() != to {
            self.state.set(to);
        }
    }
}

/// Fetches both parts once the app is up and the browser is idle, so the
/// next tap (or going offline) finds them here; then warms the pages.
pub fn prefetch() {
    data().fetch();
    pages().fetch();
    watch_input();
    // Warm once both are here. This only watches: asking for a part again
    // would retry a failed fetch, which waits for "Try again" instead.
    let Some(root) = ROOT.with_borrow(|r| r.clone()) else {
        return;
    };
    root.with(|| {
        Effect::new(move |started: Option<bool>| {
            if started == Some(true) {
                return true; // reads nothing, so it never runs again
            }
            let here = data().is_ready_tracked() && pages().is_ready_tracked();
            if here {
                set_timeout(|| warm_next(warm_list()), QUIET);
            }
            here
        });
    });
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Notes the time of every touch, click and key press (capture, so nothing
/// can hide one).
fn watch_input() {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else {
        return;
    };
    let seen = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(|| LAST_INPUT.set(now_ms()));
    for kind in ["pointerdown", "keydown"] {
        let _ =
            w.add_event_listener_with_callback_and_bool(kind, seen.as_ref().unchecked_ref(), true);
    }
    seen.forget(); // for the page's life
}

/// True while [`warm_next`] builds a page off screen: page code then leaves
/// alone what lies outside the page (the title, the address, launched files).
pub fn warming() -> bool {
    WARMING.get()
}

/// Pages to warm, the likeliest next tap last (they are taken from the end).
fn warm_list() -> Vec<Page> {
    let mut pages = Vec::with_capacity(8);
    // A plan, as after saving a rejection (the newest one, if any).
    pages.extend(newest_application().map(Page::Rejection));
    pages.extend([
        Page::Compose,
        Page::Insights,
        Page::Settings,
        Page::Goals,
        Page::Journal,
        Page::Rejections,
        Page::NewRejection,
    ]);
    pages
}

fn newest_application() -> Option<String> {
    let root = ROOT.with_borrow(|r| r.clone())?;
    let app = root.with(use_context::<super::state::AppState>)?;
    app.data.with_untracked(|d| {
        d.applications
            .iter()
            .rev()
            .find(|a| a.meta.is_live())
            .map(|a| a.meta.id.to_string())
    })
}

/// Chromium compiles a wasm function the first time it runs, which made a
/// page's first open 100–170 ms slower than its second on a phone-speed
/// CPU. So once both parts are here and no one has touched anything for a
/// few seconds, each page is built once off screen, one per idle moment,
/// and thrown away: its code is ready before the tap. (Run at once, the
/// builds' long tasks cost Lighthouse's blocking time 300 ms.)
/// Browsers without `requestIdleCallback` (Safari) skip this.
fn warm_next(mut pending: Vec<Page>) {
    let Some(page) = pending.pop() else {
        return super::mark("rebound-warmed"); // for the bench
    };
    let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
        if now_ms() - LAST_INPUT.get() < QUIET.as_secs_f64() * 1000.0 {
            pending.push(page);
            return set_timeout(move || warm_next(pending), QUIET);
        }
        if !is_current(&page) {
            warm(page);
        }
        warm_next(pending);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_idle_callback(wasm_bindgen::JsCast::unchecked_ref(&cb));
    }
}

fn is_current(page: &Page) -> bool {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    super::page_for(&path) == *page
}

/// Builds `page` under a child of the App's owner, pauses its effects before
/// they first run, and drops it all.
fn warm(page: Page) {
    use leptos::tachys::view::Render;
    let Some(root) = ROOT.with_borrow(|r| r.clone()) else {
        return;
    };
    let owner = root.child();
    WARMING.set(true);
    let built = owner.with(|| {
        now(split_page(page))
            .and_then(Result::ok)
            .map(Render::build)
    });
    WARMING.set(false);
    owner.pause();
    drop(built);
    owner.cleanup();
}

/// The view of a page from the split-off part: a quiet placeholder (tall
/// enough that nothing jumps) until its code, and the data part every page
/// can save through, are here.
pub fn page_view(page: Page) -> AnyView {
    let (pages, data) = parts();
    // A failed fetch waits for "Try again" (no loop of retries offline).
    pages.fetch();
    data.fetch();
    match (pages.state.get(), data.state.get()) {
        (Fetch::Ready, Fetch::Ready) => match now(split_page(page)) {
            Some(Ok(view)) => view,
            _ => failed_view(),
        },
        (Fetch::Failed, _) | (_, Fetch::Failed) => failed_view(),
        _ => loading_view("Opening…"),
    }
}

/// A quiet line where a page will be (tall enough that nothing jumps).
pub fn loading_view(text: &'static str) -> AnyView {
    view! {
        <div class="page page-loading" aria-busy="true">
            <p class="loading-line" role="status">{text}</p>
        </div>
    }
    .into_any()
}

fn failed_view() -> AnyView {
    let retry = move |_| {
        let (pages, data) = parts();
        pages.retry();
        data.retry();
    };
    let gone = crate::sw::build_gone();
    let lead = if gone {
        "This version of Rebound was replaced on its website while it was open, and this page's part of it is gone. Your data is safe. Repair fetches the new version; it never touches your data."
    } else {
        "Its part of the app hasn't reached this device yet, and the connection seems to be off. Your data is safe; Today works as usual."
    };
    view! {
        <div class="page">
            <h1>"This page couldn't open"</h1>
            <p class="lead">{lead}</p>
            <div class="actions wrap">
                {if gone {
                    view! { <button type="button" class="btn" on:click=move |_| repair()>"Repair"</button> }.into_any()
                } else {
                    view! { <button type="button" class="btn" on:click=retry>"Try again"</button> }.into_any()
                }}
            </div>
        </div>
    }
    .into_any()
}

/// Repair (see index.html) once everything is saved; the banners say why
/// not otherwise.
fn repair() {
    let saved = super::state::AppState::current().is_none_or(|app| app.save_now());
    if saved {
        crate::sw::repair();
    }
}

/// While stored data waits for the data part: the quiet line of the static
/// frame, or, when the part couldn't be fetched, what happened and a way to
/// try again (never an empty app, which would invite an empty backup).
pub fn stored_data_view() -> AnyView {
    let data = data();
    if !data.failed_tracked() {
        // The same words as the static frame of a returning visit.
        return loading_view("Getting your plan ready…");
    }
    let gone = crate::sw::build_gone();
    let lead = if gone {
        "This version of Rebound was replaced on its website, and the part that reads your data is gone with it. Your data is untouched in this browser. Repair fetches the new version; it never touches your data."
    } else {
        "The part of Rebound that reads your data couldn't be fetched: the connection seems to be off. Your data is untouched in this browser."
    };
    view! {
        <div class="page">
            <h1>"Your plan isn't shown yet"</h1>
            <p class="lead">{lead}</p>
            <div class="actions wrap">
                {if gone {
                    view! { <button type="button" class="btn" on:click=move |_| repair()>"Repair"</button> }.into_any()
                } else {
                    view! { <button type="button" class="btn" on:click=move |_| { pages().retry(); data.retry(); }>"Try again"</button> }.into_any()
                }}
            </div>
        </div>
    }
    .into_any()
}

/// Runs a future that can already finish (a split function whose part is
/// loaded) in place, so its work happens now, inside the caller's reactive
/// owner. Only call it once the part is ready: a pending future is dropped.
pub fn now<T>(f: impl Future<Output = T>) -> Option<T> {
    let mut f = pin!(f);
    match f.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => Some(v),
        Poll::Pending => None,
    }
}

/// Every page but Today, in one split-off part: after a first visit the
/// next step is usually another page, and one file is one request.
#[wasm_split(pages, fallible, preload(preload_pages))]
fn split_page(page: Page) -> Result<AnyView, SplitLoaderError> {
    use super::*;
    Ok(match page {
        Page::Today => view! { <today::Today /> }.into_any(),
        Page::Rejections => view! { <rejections::RejectionList /> }.into_any(),
        Page::NewRejection => view! { <rejections::NewRejection /> }.into_any(),
        Page::Rejection(id) => view! { <rejections::RejectionPage id=id /> }.into_any(),
        Page::Compose => view! { <compose::Compose /> }.into_any(),
        Page::Goals => view! { <goals::Goals /> }.into_any(),
        Page::Insights => view! { <insights::Insights /> }.into_any(),
        Page::Journal => view! { <journal::Journal /> }.into_any(),
        Page::Settings => view! { <settings::Settings /> }.into_any(),
        Page::NotFound => view! { <not_found::NotFound /> }.into_any(),
    })
}
