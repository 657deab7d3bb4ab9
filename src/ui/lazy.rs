//! The runtime of the app's parts: code fetched when first needed. It knows
//! no page: [`super::pages`] (the top floor) names the parts, what each
//! preloads and which page needs which. scripts/split.mjs cuts the wasm at
//! the `wasm_split` points; everything only they reach moves into a file
//! of its own (docs/build.md).

use std::future::Future;
use std::pin::{pin, Pin};
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

/// Where a part's code is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    Idle,
    Loading,
    Ready,
    /// The fetch failed (offline before the file was ever saved, or the
    /// build gone from the host).
    Failed,
}

/// How a part is fetched: its split functions' preloads, in one future
/// (`true`: the code is here).
pub type Preload = fn() -> Pin<Box<dyn Future<Output = bool>>>;

/// One split-off part: its fetch state (created in the root owner, so it
/// lives as long as the app) and how to fetch it.
#[derive(Clone, Copy)]
pub struct Part {
    state: RwSignal<Fetch>,
    preload: Preload,
}

/// The app's parts.
#[derive(Clone, Copy)]
pub struct Parts {
    /// The log form: the first tap after a rejection.
    pub form: Part,
    /// The email reader (`model::email`, most of the form's code and all
    /// of its word tables): fetched when the form opens, so the tap that
    /// opens it waits for less.
    pub reader: Part,
    /// Every other page but Today.
    pub pages: Part,
    /// Reading, migrating, merging and writing stored data (`persist`).
    pub data: Part,
    /// Send to and receive from the other device (`transfer`): fetched
    /// only when one of its pages opens.
    pub transfer: Part,
}

thread_local! {
    static PARTS: std::cell::Cell<Option<Parts>> = const { std::cell::Cell::new(None) };
    static WARMING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl Part {
    /// A part not fetched yet (call within the App's root owner).
    pub fn new(preload: Preload) -> Part {
        Part {
            state: RwSignal::new(Fetch::Idle),
            preload,
        }
    }

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

    /// A failed fetch is tried again.
    pub fn retry(self) {
        if self.state.get_untracked() == Fetch::Failed {
            self.state.set(Fetch::Idle);
        }
        self.fetch();
    }

    /// Fetches if needed (the loader fetches a part once, however many
    /// wait for it); resolves to whether the code is here.
    pub async fn ready(self) -> bool {
        if self.is_ready() {
            return true;
        }
        self.set(Fetch::Loading);
        let ok = (self.preload)().await;
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

/// Sets the app's parts; called once by the App root.
pub fn provide(parts: Parts) {
    PARTS.set(Some(parts));
}

fn parts() -> Option<Parts> {
    PARTS.get()
}

/// A part before the App provided them: never ready (nothing to fetch).
fn missing() -> Part {
    fn nothing() -> Pin<Box<dyn Future<Output = bool>>> {
        Box::pin(async { false })
    }
    Part::new(nothing)
}

pub fn form() -> Part {
    parts().map_or_else(missing, |p| p.form)
}

pub fn reader() -> Part {
    parts().map_or_else(missing, |p| p.reader)
}

pub fn pages() -> Part {
    parts().map_or_else(missing, |p| p.pages)
}

pub fn data() -> Part {
    parts().map_or_else(missing, |p| p.data)
}

pub fn transfer() -> Part {
    parts().map_or_else(missing, |p| p.transfer)
}

/// True while a page is built off screen (see `pages::warm`): page code then
/// leaves alone what lies outside the page (the title, the address,
/// launched files).
pub fn warming() -> bool {
    WARMING.get()
}

pub fn set_warming(on: bool) {
    WARMING.set(on);
}

/// A quiet line where a page will be (tall enough that nothing jumps).
pub fn loading_view(text: &'static str) -> AnyView {
    view! {
        <div class="page page-loading" aria-busy="true">
            <p class="loading-line" role="status">
                {text}
            </p>
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
