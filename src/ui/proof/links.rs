//! The ways into Proof of search from Goals and Settings (Today has its
//! own line, see [`super::today`]).

use leptos::prelude::*;

use crate::ui::router::A;

/// A whole sentence with `{link}` where a link goes: the text before and
/// after it (so a language can put the link where its sentence needs it).
pub(crate) fn around_link(sentence: &'static str) -> (&'static str, &'static str) {
    sentence.split_once("{link}").unwrap_or((sentence, ""))
}

/// Under the goals: the requirement is a weekly goal of its own.
#[component]
pub fn GoalsLink() -> impl IntoView {
    let (before, after) = around_link(crate::t!(
        "Claiming unemployment benefits? {link} counts what you log against what your office asks for, and prints the record for you."
    ));
    view! {
        <p class="muted proof-link">
            {before} <A href="/proof">{crate::t!("Proof of search")}</A> {after}
        </p>
    }
}

/// A card in Settings: where the claim settings live, and that they stay here.
#[component]
pub fn SettingsLink() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="proof-settings-title">
            <h2 id="proof-settings-title">{crate::t!("Benefit claims")}</h2>
            <p>
                {crate::t!(
                    "Where you claim, your name and claim reference for the printed report, and a certification reminder are set on the Proof of search page. They stay on this device: never in a backup."
                )}
            </p>
            <p>
                <A href="/proof">{crate::t!("Proof of search")}</A>
            </p>
        </section>
    }
}
