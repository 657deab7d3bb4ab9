//! The pieces every long list shares: the count line (announced to screen
//! readers) and the "Show earlier" button. The rules live in
//! `model::listing`.

use leptos::prelude::*;

use crate::model::listing::{show_more, shown_text, Month};

/// The records of one month from a list's groups (each month section reads
/// its own; the groups are built once per change).
pub fn month_items<T: Clone + Send + Sync + 'static>(
    groups: Memo<Vec<(Month, Vec<T>)>>,
    month: Month,
) -> impl Fn() -> Vec<T> + Copy {
    move || {
        groups.with(|g| {
            g.iter()
                .find(|(m, _)| *m == month)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        })
    }
}

/// "Showing 25 of 3,000" / "214 matches": said again whenever it changes.
#[component]
pub fn CountLine(
    shown: Signal<usize>,
    total: Signal<usize>,
    filtered: Signal<bool>,
) -> impl IntoView {
    view! {
        <p class="count" role="status">
            {move || shown_text(shown.get(), total.get(), filtered.get())}
        </p>
    }
}

/// Shows a page more of a list. The button stays where it is once
/// everything is shown (marked unavailable), so keyboard focus isn't lost.
/// `first` is the list's first page (smaller while searching). While a
/// search or filter is on, it shows more *matches* (newest first), so it
/// says so instead of "earlier".
#[component]
pub fn ShowEarlier(
    limit: RwSignal<usize>,
    total: Signal<usize>,
    first: Signal<usize>,
    filtered: Signal<bool>,
) -> impl IntoView {
    let all = move || limit.get() >= total.get();
    view! {
        <Show when=move || { total.get() > first.get() }>
            <div class="show-earlier">
                <button
                    type="button"
                    class="btn secondary"
                    aria-disabled=move || all().to_string()
                    on:click=move |_| {
                        let total = total.get_untracked();
                        limit.update(|l| *l = show_more(*l, total));
                    }
                >
                    {move || match (all(), filtered.get()) {
                        (true, false) => crate::t!("That's everything"),
                        (true, true) => crate::t!("That's every match"),
                        (false, false) => crate::t!("Show earlier"),
                        (false, true) => crate::t!("Show more matches"),
                    }}
                </button>
            </div>
        </Show>
    }
}
