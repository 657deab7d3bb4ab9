//! The top floor: the parts of the app, the *single* list of what each
//! part preloads, which page needs which part, and warming.
//!
//! - `form`: the log form: the tap right after a rejection. Fetched first
//!   by the idle prefetch; it needs neither of the other parts (its Save
//!   waits for the data part on its own).
//! - `reader` (see [`super::rejections::paste`]): the email reader, fetched
//!   when the log form opens (and by the prefetch right after the form), so
//!   the form's own part stays small.
//! - `pages`: every other page but Today (their components, the composer,
//!   charts, Proof of search…).
//! - `data` (see [`super::persist`]): reading, migrating and writing stored
//!   data, with the banners, notices and Today's sections that only show
//!   what is stored; a first visit has none, so it comes once the app is up.
//! - `transfer` (see [`super::transfer`]): *Send to my other device* and
//!   *Receive from my other device*, never prefetched or warmed; its QR
//!   decoder is a part of its own (`camera`), fetched when the camera opens.
//! - `lang` (see [`super::language`]): fetching a language's pack, reading
//!   it and the browser's formatting for it, fetched when a language other
//!   than English is chosen or asked for by the browser; never prefetched.
//!
//! Adding a page: a `Page` variant and its address (`router`), its arm in
//! [`split_page`] (or [`split_form`]), the parts it needs in [`needs`],
//! its place in [`warm_list`], and its address in `scripts/split.mjs`'s
//! `PAGES` (the deploy headers); docs/build.md has the checklist.

use std::pin::Pin;

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::lazy::{self, loading_view, now, Part, Parts};
use super::router::{page_for, Page};
use super::state::AppState;

/// The app's parts, each with its preloads. Call once in the App root.
pub fn provide() {
    lazy::provide(Parts {
        form: Part::new(|| boxed(async { preload_form().await.is_ok() })),
        reader: Part::new(|| {
            boxed(async { super::rejections::paste::preload_reader().await.is_ok() })
        }),
        pages: Part::new(|| boxed(async { preload_pages().await.is_ok() })),
        data: Part::new(|| boxed(preload_data())),
        transfer: Part::new(|| boxed(async { preload_transfer().await.is_ok() })),
    });
    ROOT.set(Owner::current());
}

fn boxed(
    f: impl std::future::Future<Output = bool> + 'static,
) -> Pin<Box<dyn std::future::Future<Output = bool>>> {
    Box::pin(f)
}

/// Everything the data part holds. Every split function keeps its own
/// loader, so each is readied here (one fetch; the rest resolve at once),
/// and after this any of them can be called synchronously. The list: the
/// store's own calls, the app state's storage calls, then the views that
/// show only what is stored. A split function missing here would do nothing
/// when called in place (`lazy::now` drops a call still waiting for code).
async fn preload_data() -> bool {
    use super::{persist, state};
    let all: Result<(), SplitLoaderError> = async {
        persist::preload_load().await?;
        persist::preload_save().await?;
        persist::preload_write_back().await?;
        persist::preload_incoming().await?;
        persist::preload_merge_in().await?;
        persist::preload_backup_json().await?;
        persist::preload_undo().await?;
        persist::preload_snapshot().await?;
        persist::preload_erase().await?;
        persist::preload_read_dump().await?;
        persist::preload_storage_dump().await?;
        state::preload_hear().await?;
        state::preload_replace().await?;
        state::preload_save().await?;
        state::preload_save_locked().await?;
        state::preload_keep().await?;
        state::preload_undo_replace().await?;
        super::backups::preload_export().await?;
        super::shell::preload_banner().await?;
        super::shell::preload_export_prompt().await?;
        super::notice::preload_notices().await?;
        super::today::preload_sections().await?;
        super::proof::today::preload_today().await
    }
    .await;
    all.is_ok()
}

thread_local! {
    /// The App's owner: warmed pages are built under it, for its contexts.
    static ROOT: std::cell::RefCell<Option<Owner>> = const { std::cell::RefCell::new(None) };
    /// When the person last pressed a key or touched (ms, performance.now).
    static LAST_INPUT: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Warming waits for this long without input after the parts are here, and
/// pauses while someone is tapping or typing: it is speculative work, and
/// the first seconds on a screen are when people act.
const QUIET: std::time::Duration = std::time::Duration::from_secs(3);

/// The parts a page needs before it can show.
fn needs(page: &Page) -> &'static [fn() -> Part] {
    match page {
        // A first visit's Save waits for the data part by itself.
        Page::NewRejection => &[lazy::form],
        // Never prefetched or warmed: fetched when one of its pages opens.
        Page::Send | Page::Receive => &[lazy::transfer, lazy::data],
        _ => &[lazy::pages, lazy::data],
    }
}

/// The view of a page from a split-off part: a quiet placeholder (tall
/// enough that nothing jumps) until the parts it needs are here.
pub fn page_view(page: Page) -> AnyView {
    let parts: Vec<Part> = needs(&page).iter().map(|p| p()).collect();
    // A failed fetch waits for "Try again" (no loop of retries offline).
    parts.iter().for_each(|p| p.fetch());
    if parts.iter().any(|p| p.failed_tracked()) {
        return failed_view();
    }
    if !parts.iter().all(|p| p.is_ready_tracked()) {
        return loading_view(crate::t!("Opening…"));
    }
    match built(page) {
        Some(view) => view,
        None => failed_view(),
    }
}

fn built(page: Page) -> Option<AnyView> {
    match page {
        Page::NewRejection => now(split_form()).and_then(Result::ok),
        Page::Send | Page::Receive => now(split_transfer(page)).and_then(Result::ok),
        other => now(split_page(other)).and_then(Result::ok),
    }
}

fn failed_view() -> AnyView {
    let retry = move |_| {
        for p in [lazy::form(), lazy::pages(), lazy::data(), lazy::transfer()] {
            p.retry();
        }
    };
    let gone = crate::platform::sw::build_gone();
    let lead = if gone {
        crate::t!("This version of Rebound was replaced on its website while it was open, and this page's part of it is gone. Your data is safe. Repair fetches the new version; it never touches your data.")
    } else {
        crate::t!("Its part of the app hasn't reached this device yet, and the connection seems to be off. Your data is safe; Today works as usual.")
    };
    view! {
        <div class="page">
            <h1>{crate::t!("This page couldn't open")}</h1>
            <p class="lead">{lead}</p>
            <div class="actions wrap">
                {if gone {
                    view! {
                        <button type="button" class="btn" on:click=move |_| repair()>
                            {crate::t!("Repair")}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="button" class="btn" on:click=retry>
                            {crate::t!("Try again")}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </div>
    }
    .into_any()
}

/// Repair (see index.html) once everything is saved; the banners say why
/// not otherwise.
fn repair() {
    let saved = AppState::current().is_none_or(|app| app.save_now());
    if saved {
        crate::platform::sw::repair();
    }
}

/// While stored data waits for the data part: the quiet line of the static
/// frame, or, when the part couldn't be fetched, what happened and a way to
/// try again (never an empty app, which would invite an empty backup).
pub fn stored_data_view() -> AnyView {
    let data = lazy::data();
    if !data.failed_tracked() {
        // The same words as the static frame of a returning visit.
        return loading_view(crate::t!("Getting your plan ready…"));
    }
    let gone = crate::platform::sw::build_gone();
    let lead = if gone {
        crate::t!("This version of Rebound was replaced on its website, and the part that reads your data is gone with it. Your data is untouched in this browser. Repair fetches the new version; it never touches your data.")
    } else {
        crate::t!("The part of Rebound that reads your data couldn't be fetched: the connection seems to be off. Your data is untouched in this browser.")
    };
    view! {
        <div class="page">
            <h1>{crate::t!("Your plan isn't shown yet")}</h1>
            <p class="lead">{lead}</p>
            <div class="actions wrap">
                {if gone {
                    view! {
                        <button type="button" class="btn" on:click=move |_| repair()>
                            {crate::t!("Repair")}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="btn"
                            on:click=move |_| {
                                lazy::pages().retry();
                                data.retry();
                            }
                        >
                            {crate::t!("Try again")}
                        </button>
                    }
                        .into_any()
                }}
            </div>
        </div>
    }
    .into_any()
}

/// Fetches the parts once the app is up and the browser is idle, the log
/// form first, so the next tap (or going offline) finds them here; then
/// warms the pages.
pub fn prefetch() {
    let form = lazy::form();
    form.fetch();
    watch_input();
    let Some(root) = ROOT.with_borrow(|r| r.clone()) else {
        return;
    };
    // The other parts wait for the form's: fetched side by side they share
    // the link, and the first tap of a person who was just rejected is Log
    // a rejection (docs/performance.md, "The first tap"). A returning visit
    // fetched the data part at start already.
    root.with(|| {
        Effect::new(move |started: Option<bool>| {
            if started == Some(true) {
                return true;
            }
            if !form.is_ready_tracked() && !form.failed_tracked() {
                return false;
            }
            lazy::reader().fetch();
            lazy::data().fetch();
            lazy::pages().fetch();
            true
        });
    });
    // Warm once all are here. This only watches: asking for a part again
    // would retry a failed fetch, which waits for "Try again" instead.
    root.with(|| {
        Effect::new(move |started: Option<bool>| {
            if started == Some(true) {
                return true; // reads nothing, so it never runs again
            }
            let here = [lazy::form(), lazy::data(), lazy::pages()]
                .iter()
                .all(|p| p.is_ready_tracked());
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
    // A capture-phase listener, which Leptos' helpers don't add: for the page's life.
    seen.forget();
}

/// Pages to warm, the likeliest next tap last (they are taken from the end).
fn warm_list() -> Vec<Page> {
    let mut pages = Vec::with_capacity(8);
    // A plan, as after saving a rejection (the newest one, if any).
    pages.extend(newest_application().map(Page::Rejection));
    pages.extend([
        Page::Proof,
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

fn newest_application() -> Option<crate::model::record::Id> {
    let root = ROOT.with_borrow(|r| r.clone())?;
    let app = root.with(use_context::<AppState>)?;
    app.data.with_untracked(|d| {
        d.applications
            .iter()
            .rev()
            .find(|a| a.meta.is_live())
            .map(|a| a.meta.id)
    })
}

/// Chromium compiles a wasm function the first time it runs, which made a
/// page's first open markedly slower than its second on a phone-speed
/// CPU. So once the parts are here and no one has touched anything for a
/// few seconds, each page is built once off screen, one per idle moment,
/// and thrown away: its code is ready before the tap. (Run at once, the
/// builds' long tasks cost Lighthouse's blocking time.) Browsers without
/// `requestIdleCallback` (Safari) skip this. The figures: docs/performance.md,
/// *Session 6: pages warmed before the tap*.
fn warm_next(mut pending: Vec<Page>) {
    let Some(page) = pending.pop() else {
        return crate::platform::perf::mark("rebound-warmed"); // for the bench
    };
    // The helper takes an `Fn`; the browser calls it once.
    let next = std::cell::Cell::new(Some((page, pending)));
    request_idle_callback(move || {
        let Some((page, mut pending)) = next.take() else {
            return;
        };
        if now_ms() - LAST_INPUT.get() < QUIET.as_secs_f64() * 1000.0 {
            pending.push(page);
            return set_timeout(move || warm_next(pending), QUIET);
        }
        if !is_current(&page) {
            warm(page);
        }
        warm_next(pending);
    });
}

fn is_current(page: &Page) -> bool {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    page_for(&path) == *page
}

/// Builds `page` under a child of the App's owner, pauses its effects before
/// they first run, and drops it all.
fn warm(page: Page) {
    use leptos::tachys::view::Render;
    let Some(root) = ROOT.with_borrow(|r| r.clone()) else {
        return;
    };
    let owner = root.child();
    lazy::set_warming(true);
    let view = owner.with(|| built(page).map(Render::build));
    lazy::set_warming(false);
    owner.pause();
    drop(view);
    owner.cleanup();
}

/// The log form and the email reader, in a part of their own: the first tap
/// after a rejection doesn't wait for the other pages.
#[wasm_split(form, fallible, preload(preload_form))]
fn split_form() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <super::rejections::NewRejection /> }.into_any())
}

/// Every other page but Today, in one split-off part: after a first visit
/// the next step is usually another page, and one file is one request.
#[wasm_split(pages, fallible, preload(preload_pages))]
fn split_page(page: Page) -> Result<AnyView, SplitLoaderError> {
    use super::{compose, goals, insights, journal, not_found, proof, rejections, settings, today};
    Ok(match page {
        Page::Today => view! { <today::Today /> }.into_any(),
        Page::Rejections => view! { <rejections::RejectionList /> }.into_any(),
        // (The log form is a part of its own: `split_form`.)
        Page::NewRejection => view! { <not_found::NotFound /> }.into_any(),
        Page::Rejection(id) => view! { <rejections::RejectionPage id=id /> }.into_any(),
        Page::Compose => view! { <compose::Compose /> }.into_any(),
        Page::Goals => view! { <goals::Goals /> }.into_any(),
        Page::Insights => view! { <insights::Insights /> }.into_any(),
        Page::Journal => view! { <journal::Journal /> }.into_any(),
        Page::Settings => view! { <settings::Settings /> }.into_any(),
        Page::Proof => view! { <proof::ProofPage /> }.into_any(),
        // (Sending and receiving are a part of their own: `split_transfer`.)
        Page::Send | Page::Receive => view! { <not_found::NotFound /> }.into_any(),
        Page::NotFound => view! { <not_found::NotFound /> }.into_any(),
    })
}

/// Send to and receive from the other device, a part of its own (the QR
/// encoder, the sealing, the camera; the QR decoder is a part within it):
/// a visit that doesn't use them never downloads them.
#[wasm_split(transfer, fallible, preload(preload_transfer))]
fn split_transfer(page: Page) -> Result<AnyView, SplitLoaderError> {
    use super::transfer;
    Ok(match page {
        Page::Receive => view! { <transfer::ReceivePage /> }.into_any(),
        _ => view! { <transfer::SendPage /> }.into_any(),
    })
}
