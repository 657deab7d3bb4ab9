//! The ways into Proof of search from Goals and Settings (Today has its
//! own line, see [`super::today`]).

use leptos::prelude::*;

use crate::ui::router::A;

/// Under the goals: the requirement is a weekly goal of its own.
#[component]
pub fn GoalsLink() -> impl IntoView {
    view! {
        <p class="muted proof-link">
            "Claiming unemployment benefits? " <A href="/proof">"Proof of search"</A>
            " counts what you log against what your office asks for, and prints the record for you."
        </p>
    }
}

/// A card in Settings: where the claim settings live, and that they stay here.
#[component]
pub fn SettingsLink() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="proof-settings-title">
            <h2 id="proof-settings-title">"Benefit claims"</h2>
            <p>
                "Where you claim, your name and claim reference for the printed report, and a certification reminder are set on the Proof of search page. They stay on this device: never in a backup."
            </p>
            <p>
                <A href="/proof">"Proof of search"</A>
            </p>
        </section>
    }
}
