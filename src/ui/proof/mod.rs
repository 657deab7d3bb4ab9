//! `/proof`: Proof of search. The work-search record most benefit offices
//! ask for, built from the applications the person already tracks and the
//! activities they log here, in the layout of the office they choose;
//! printed, exported as CSV or copied as text. Rebound never submits it.
//!
//! The page and its form live in the `pages` part (see `ui::pages`);
//! Today's line lives in the `data` part ([`today`]), so a first visit's
//! download doesn't change.
//!
//! - [`claim`]: where the person claims, kept on this device only.
//! - [`setup`]: the "Where you claim" card (presets, Other's choices, name,
//!   claim reference, certification day).
//! - [`report`]: the period chooser, the table, its footer, print, CSV, text.
//! - [`form`] and [`list`]: logging, editing and deleting activities.
//! - [`details`]: an application's contact, method and proof, on its page.
//! - [`links`]: the ways in from Goals and Settings.

mod claim;
mod details;
mod form;
mod links;
mod list;
mod report;
mod setup;
pub(crate) mod today;

pub use details::ProofDisclosure;
pub use links::{GoalsLink, SettingsLink};

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::model::proof::{
    period_of, periods, progress, rest_week, rows_with, Claim, Period, PeriodChoice, Preset,
    Progress, Row, Rules,
};
use crate::model::time::parse_date;
use crate::platform;
use crate::ui::router;
use crate::ui::state::use_app;
use crate::ui::widgets::set_title;

/// What the period chooser shows (custom dates are typed beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Choice {
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    Custom,
}

impl Choice {
    const ALL: [Choice; 5] = [
        Choice::ThisWeek,
        Choice::LastWeek,
        Choice::ThisMonth,
        Choice::LastMonth,
        Choice::Custom,
    ];

    fn key(self) -> &'static str {
        match self {
            Choice::ThisWeek => "this_week",
            Choice::LastWeek => "last_week",
            Choice::ThisMonth => "this_month",
            Choice::LastMonth => "last_month",
            Choice::Custom => "custom",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Choice::ThisWeek => crate::t!("This week"),
            Choice::LastWeek => crate::t!("Last week"),
            Choice::ThisMonth => crate::t!("This month"),
            Choice::LastMonth => crate::t!("Last month"),
            Choice::Custom => crate::t!("Dates I choose"),
        }
    }

    fn from_key(key: &str) -> Option<Choice> {
        Choice::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The choice that shows the requirement's own current period.
    fn current(period: Period) -> Choice {
        match period {
            Period::Week => Choice::ThisWeek,
            Period::Month => Choice::ThisMonth,
        }
    }
}

/// Paper for the printout. US and Canadian offices use Letter, the rest A4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Paper {
    A4,
    Letter,
}

impl Paper {
    fn usual(preset: Preset) -> Paper {
        match preset {
            Preset::Us
            | Preset::NewYork
            | Preset::Washington
            | Preset::Texas
            | Preset::California
            | Preset::Canada => Paper::Letter,
            _ => Paper::A4,
        }
    }
}

/// What is being edited in the activity form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Editing {
    New,
    Existing(crate::model::record::Id),
}

/// The page's shared state, provided as context to its parts.
#[derive(Clone, Copy)]
pub(crate) struct Proof {
    pub claim: RwSignal<Claim>,
    /// A claim was stored on this device (or chosen on this visit).
    pub chosen: RwSignal<bool>,
    /// The last save of the claim settings failed (blocked or full storage).
    pub unsaved: RwSignal<bool>,
    pub rules: Memo<Rules>,
    pub choice: RwSignal<Choice>,
    pub from: RwSignal<String>,
    pub to: RwSignal<String>,
    /// The report's dates (both inclusive).
    pub span: Memo<(NaiveDate, NaiveDate)>,
    pub rows: Memo<Vec<Row>>,
    pub progress: Memo<Progress>,
    /// Chosen paper, if the person changed it from the office's usual one.
    pub paper: RwSignal<Option<Paper>>,
    pub form: RwSignal<Option<Editing>>,
}

impl Proof {
    fn new() -> Proof {
        let app = use_app();
        let (stored, was_stored) = claim::load();
        let claim = RwSignal::new(stored);
        let rules = Memo::new(move |_| {
            let week_start = app.data.with(|d| d.settings.week_start);
            claim.with(|c| c.rules(week_start))
        });
        let today = platform::today();
        let first = rules.with_untracked(|r| Choice::current(r.period));
        let (start, end) = rules.with_untracked(|r| period_of(today, r));
        let choice = RwSignal::new(first);
        let from = RwSignal::new(start.to_string());
        let to = RwSignal::new(end.to_string());
        let span = Memo::new(move |_| {
            let today = platform::today();
            rules.with(|r| {
                let pick = match choice.get() {
                    Choice::ThisWeek => PeriodChoice::ThisWeek,
                    Choice::LastWeek => PeriodChoice::LastWeek,
                    Choice::ThisMonth => PeriodChoice::ThisMonth,
                    Choice::LastMonth => PeriodChoice::LastMonth,
                    Choice::Custom => {
                        let a = from.with(|t| parse_date(t));
                        let b = to.with(|t| parse_date(t));
                        match (a, b) {
                            (Some(a), Some(b)) => PeriodChoice::Custom(a, b),
                            (Some(a), None) | (None, Some(a)) => PeriodChoice::Custom(a, a),
                            (None, None) => return period_of(today, r),
                        }
                    }
                };
                periods(pick, today, r)
            })
        });
        let rows = Memo::new(move |_| {
            let (start, end) = span.get();
            app.data.with(|d| {
                rows_with(
                    &d.applications,
                    |a| (!a.proof.is_empty()).then(|| a.proof.clone()),
                    &d.activities,
                    start,
                    end,
                )
            })
        });
        let progress = Memo::new(move |_| {
            let span = span.get();
            let rest = app.data.with(|d| {
                let period = rules.with(|r| r.period);
                rest_week(&d.goals, span.0, d.settings.week_start, period)
            });
            rows.with(|rows| rules.with(|r| progress(rows, r, span, rest)))
        });
        Proof {
            claim,
            chosen: RwSignal::new(was_stored),
            unsaved: RwSignal::new(false),
            rules,
            choice,
            from,
            to,
            span,
            rows,
            progress,
            paper: RwSignal::new(None),
            form: RwSignal::new(router::query("log").map(|_| Editing::New)),
        }
    }

    /// Changes the claim settings and keeps them on this device. A change
    /// of period moves the report to the new period's current one.
    pub fn change_claim(&self, f: impl FnOnce(&mut Claim)) {
        let before = self.rules.with_untracked(|r| r.period);
        self.claim.update(f);
        self.chosen.set(true);
        let saved = self.claim.with_untracked(claim::store);
        self.unsaved.set(!saved);
        let after = self.rules.with_untracked(|r| r.period);
        if before != after && self.choice.get_untracked() != Choice::Custom {
            self.choice.set(Choice::current(after));
        }
    }

    pub fn paper(&self) -> Paper {
        self.paper
            .get()
            .unwrap_or_else(|| Paper::usual(self.claim.with(|c| c.preset)))
    }
}

pub(crate) fn use_proof() -> Proof {
    expect_context::<Proof>()
}

#[component]
pub fn ProofPage() -> impl IntoView {
    set_title(crate::t!("Proof of search"));
    let proof = Proof::new();
    provide_context(proof);
    if proof.form.get_untracked().is_some() {
        crate::ui::widgets::focus_soon("act-kind");
        // The form is open; a reload shouldn't open it again.
        if !crate::ui::lazy::warming() {
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/proof"));
            }
        }
    }
    let open_form = move |_| {
        proof.form.set(Some(Editing::New));
        crate::ui::widgets::focus_soon("act-kind");
    };
    view! {
        <div class="page proof-page">
            <div class="page-head no-print">
                <h1>{crate::t!("Proof of search")}</h1>
                <div class="actions">
                    <button
                        type="button"
                        class="btn"
                        aria-expanded=move || (proof.form.get() == Some(Editing::New)).to_string()
                        on:click=open_form
                    >
                        {crate::t!("Log an activity")}
                    </button>
                </div>
            </div>
            <p class="lead no-print">
                {crate::t!(
                    "Most benefit offices want to see how you looked for work. Rebound keeps that record for you: the applications you track count by themselves, and anything else — a job fair, a workshop, a call — you can log here. Print it, save it as a PDF or copy it into your office's form."
                )}
            </p>
            <p class="proof-honest no-print">
                {crate::t!(
                    "The report holds only what you entered, and you decide what to do with it. Rebound never submits anything to any office."
                )}
            </p>
            // Rebuilt when it switches between a new activity and another to edit.
            {move || proof.form.get().map(|_| view! { <form::ActivityForm /> })}
            // Someone who chose where they claim comes for the report; the
            // choice waits below it. (Decided once, so nothing moves while
            // the person is choosing.)
            {if proof.chosen.get_untracked() {
                view! {
                    <report::Report />
                    <list::Activities />
                    <setup::ClaimCard />
                }
                    .into_any()
            } else {
                view! {
                    <setup::ClaimCard />
                    <report::Report />
                    <list::Activities />
                }
                    .into_any()
            }}
        </div>
    }
}
