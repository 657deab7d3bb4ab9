//! Pages whose code is fetched when first needed. Everything that only the
//! pages below use (their components, forms, charts, the composer…) is cut
//! out of the first download by scripts/split.mjs and loaded as one file on
//! the first visit to any of them, or earlier when the browser is idle.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::Page;

/// Where the pages' code is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    Idle,
    Loading,
    Ready,
    /// The fetch failed (offline before the file was ever saved).
    Failed,
}

thread_local! {
    static PAGES: std::cell::Cell<Option<RwSignal<Fetch>>> = const { std::cell::Cell::new(None) };
}

/// Creates the fetch state in the root owner (it lives as long as the app).
pub fn provide() {
    PAGES.set(Some(RwSignal::new(Fetch::Idle)));
}

fn pages_state() -> RwSignal<Fetch> {
    PAGES.get().unwrap_or_else(|| {
        provide();
        pages_state()
    })
}

/// Starts fetching the pages' code unless it is there or on its way.
pub fn prefetch_pages() {
    let state = pages_state();
    if matches!(state.get_untracked(), Fetch::Loading | Fetch::Ready) {
        return;
    }
    state.set(Fetch::Loading);
    leptos::task::spawn_local(async move {
        let ok = preload_pages().await.is_ok();
        state.set(if ok { Fetch::Ready } else { Fetch::Failed });
    });
}

/// The view of a page from the split-off part: a quiet placeholder (the
/// same size as the page's top, so nothing jumps) until its code is here.
pub fn page_view(page: Page) -> AnyView {
    let state = pages_state();
    if state.get_untracked() == Fetch::Idle {
        prefetch_pages();
    }
    match state.get() {
        Fetch::Ready => match now(split_page(page)) {
            Some(Ok(view)) => view,
            _ => failed_view(),
        },
        Fetch::Failed => failed_view(),
        Fetch::Idle | Fetch::Loading => view! {
            <div class="page page-loading" aria-busy="true">
                <p class="loading-line" role="status">"Opening…"</p>
            </div>
        }
        .into_any(),
    }
}

fn failed_view() -> AnyView {
    view! {
        <div class="page">
            <h1>"This page couldn't open"</h1>
            <p class="lead">"Its part of the app hasn't reached this device yet, and the connection seems to be off. Your data is safe; Today works as usual."</p>
            <div class="actions wrap">
                <button type="button" class="btn" on:click=move |_| prefetch_pages()>"Try again"</button>
            </div>
        </div>
    }
    .into_any()
}

/// Runs a future that is already able to finish (a split function whose
/// part is loaded) in place, so the view is built inside the caller's
/// reactive owner.
fn now<T>(f: impl Future<Output = T>) -> Option<T> {
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
