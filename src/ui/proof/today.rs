//! Today's word on proof of search: the requirement as a goal ("2 of 3
//! this week, on 2 different days"), celebrated when met and never a
//! reproach; a gentle nudge the day before a certification day while it's
//! open; the certification reminder for the calendar; and Log an activity.
//!
//! Its code comes with the data part, like Today's other sections that
//! show only what is stored: a first visit's download doesn't change.

use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

use crate::model::proof::{
    certification_ics, nudge, period_of, progress, rest_week, rows_with, summary, Period,
};
use crate::platform;
use crate::ui::router::A;
use crate::ui::state::use_app;

/// Today's proof line, once the data part is here (else nothing yet).
pub fn on_today() -> Option<AnyView> {
    if !crate::ui::lazy::data().is_ready_tracked() {
        return None;
    }
    crate::ui::lazy::now(split_today()).and_then(Result::ok)
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_today))]
pub(crate) fn split_today() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <TodayProof /> }.into_any())
}

/// What Today shows, worked out from the data and the claim.
#[derive(Clone, Debug, PartialEq)]
struct Line {
    text: String,
    met: bool,
    rest: bool,
    nudge: Option<String>,
    month: bool,
}

#[component]
fn TodayProof() -> impl IntoView {
    let app = use_app();
    let (claim, chosen) = super::claim::load();
    let certifies = claim.cert_day.is_some();
    let claim = StoredValue::new(claim);
    let has_activities = Memo::new(move |_| {
        app.data
            .with(|d| d.activities.iter().any(|a| a.meta.is_live()))
    });
    let line = Memo::new(move |_| {
        let today = platform::today();
        claim.with_value(|claim| {
            app.data.with(|d| {
                let rules = claim.rules(d.settings.week_start);
                let (start, end) = period_of(today, &rules);
                let rows = rows_with(
                    &d.applications,
                    |a| (!a.proof.is_empty()).then(|| a.proof.clone()),
                    &d.activities,
                    start,
                    end,
                );
                let rest = rest_week(&d.goals, today, d.settings.week_start, rules.period);
                let p = progress(&rows, &rules, (start, end), rest);
                Line {
                    text: summary(&p, &rules),
                    met: p.met,
                    rest: p.rest,
                    nudge: nudge(today, claim, &p),
                    month: rules.period == Period::Month,
                }
            })
        })
    });
    let calendar = move |_| {
        let text = claim.with_value(|c| {
            certification_ics(c, platform::today(), "certification-day", platform::now())
        });
        if let Some(text) = text {
            let name = crate::model::ics::file_name("certification");
            if platform::download(&name, "text/calendar", &text) {
                app.notify(
                    crate::tf!(
                        "Saving {name} to your downloads: open it there to add it to your calendar.",
                        name = name
                    ),
                    None,
                );
            }
        }
    };
    move || {
        if !chosen && !has_activities.get() {
            // Not everyone claims benefits: one quiet line, no card.
            let (before, after) = super::links::around_link(crate::t!(
                "Claiming unemployment benefits? {link} turns what you log here into the record your office asks for."
            ));
            return view! {
                <p class="muted proof-invite">
                    {before} <A href="/proof">{crate::t!("Proof of search")}</A> {after} " "
                    <A href="/proof?log=1">{crate::t!("Log an activity")}</A>
                </p>
            }
            .into_any();
        }
        let l = line.get();
        let cheer = (l.met && !l.rest).then_some(if l.month {
            crate::t!("That's this month's requirement covered. Anything more is a bonus.")
        } else {
            crate::t!("That's this week's requirement covered. Anything more is a bonus.")
        });
        view! {
            <section
                class=if l.met { "card proof-today met" } else { "card proof-today" }
                aria-labelledby="proof-today-title"
            >
                <h2 id="proof-today-title">{crate::t!("Proof of search")}</h2>
                <p class="proof-line">{l.met.then_some("★ ")} {l.text}</p>
                {cheer.map(|c| view! { <p class="muted">{c}</p> })}
                {l.nudge.map(|n| view! { <p class="proof-nudge">{n}</p> })}
                <div class="actions wrap">
                    <A href="/proof?log=1" attr:class="btn small">
                        {crate::t!("Log an activity")}
                    </A>
                    <A href="/proof" attr:class="btn secondary small">
                        {crate::t!("See the report")}
                    </A>
                    {certifies
                        .then(|| {
                            view! {
                                <button type="button" class="link-button" on:click=calendar>
                                    {crate::t!("Add my certification day to my calendar")}
                                </button>
                            }
                        })}
                </div>
            </section>
        }
        .into_any()
    }
}
