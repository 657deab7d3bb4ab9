//! Applications and the rejections that close them.
//!
//! One record covers the whole story of an application: it may be logged while
//! in progress and later closed, or logged straight away as a rejection (the
//! 20-second path). Rejections are applications whose outcome is an ending.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::proof::ProofDetails;
use super::stamps::Stamps;

use super::feedback::FeedbackRequest;
use super::listing::contains_folded;
use super::record::{impl_record, live, Meta};
use super::recovery::{instantiate, PlanStep, TemplateStep};
use crate::lang::Text;

/// How far the process got before it ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Application,
    Screening,
    /// A test, assessment or take-home task.
    Assessment,
    Interview,
    FinalRound,
    Other,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Application,
        Stage::Screening,
        Stage::Assessment,
        Stage::Interview,
        Stage::FinalRound,
        Stage::Other,
    ];

    /// The words shown (`.en()`: the English, for files meant to read the same everywhere).
    pub fn text(self) -> Text {
        match self {
            Stage::Application => crate::tk!("Application"),
            Stage::Screening => crate::tk!("Screening call"),
            Stage::Assessment => crate::tk!("Assessment / take-home"),
            Stage::Interview => crate::tk!("Interview"),
            Stage::FinalRound => crate::tk!("Final round"),
            Stage::Other => crate::tk!("Other"),
        }
    }

    /// The words shown, in the language in use.
    pub fn label(self) -> &'static str {
        self.text().get()
    }

    pub fn key(self) -> &'static str {
        match self {
            Stage::Application => "application",
            Stage::Screening => "screening",
            Stage::Assessment => "assessment",
            Stage::Interview => "interview",
            Stage::FinalRound => "final_round",
            Stage::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// How the news arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrival {
    Email,
    Call,
    InPerson,
    NoResponse,
}

impl Arrival {
    pub const ALL: [Arrival; 4] = [
        Arrival::Email,
        Arrival::Call,
        Arrival::InPerson,
        Arrival::NoResponse,
    ];

    /// The words shown (`.en()`: the English, for files meant to read the same everywhere).
    pub fn text(self) -> Text {
        match self {
            Arrival::Email => crate::tk!("Email"),
            Arrival::Call => crate::tk!("Phone call"),
            Arrival::InPerson => crate::tk!("In person"),
            Arrival::NoResponse => crate::tk!("No response"),
        }
    }

    /// The words shown, in the language in use.
    pub fn label(self) -> &'static str {
        self.text().get()
    }

    pub fn key(self) -> &'static str {
        match self {
            Arrival::Email => "email",
            Arrival::Call => "call",
            Arrival::InPerson => "in_person",
            Arrival::NoResponse => "no_response",
        }
    }

    pub fn from_key(key: &str) -> Option<Arrival> {
        Arrival::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// Where an application stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    #[default]
    InProgress,
    Rejected,
    /// Silence, treated as an ending in its own right.
    NoResponse,
    Withdrawn,
    Offer,
}

impl Outcome {
    pub const ALL: [Outcome; 5] = [
        Outcome::InProgress,
        Outcome::Rejected,
        Outcome::NoResponse,
        Outcome::Withdrawn,
        Outcome::Offer,
    ];

    /// The words shown (`.en()`: the English, for files meant to read the same everywhere).
    pub fn text(self) -> Text {
        match self {
            Outcome::InProgress => crate::tk!("In progress"),
            Outcome::Rejected => crate::tk!("Rejected"),
            Outcome::NoResponse => crate::tk!("No response"),
            Outcome::Withdrawn => crate::tk!("Withdrawn"),
            Outcome::Offer => crate::tk!("Offer"),
        }
    }

    /// The words shown, in the language in use.
    pub fn label(self) -> &'static str {
        self.text().get()
    }

    pub fn key(self) -> &'static str {
        match self {
            Outcome::InProgress => "in_progress",
            Outcome::Rejected => "rejected",
            Outcome::NoResponse => "no_response",
            Outcome::Withdrawn => "withdrawn",
            Outcome::Offer => "offer",
        }
    }

    pub fn from_key(key: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.key() == key)
    }

    /// Endings that get a recovery plan.
    pub fn is_rejection(self) -> bool {
        matches!(self, Outcome::Rejected | Outcome::NoResponse)
    }
}

/// Whether a reason is something the user can work on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Control {
    Within,
    Outside,
}

/// A reason the user thinks played a part, with their own judgement of control.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// A preset key (see [`PRESET_REASONS`]) or the user's own words.
    pub tag: String,
    pub control: Control,
}

/// Preset reasons: key, label, and the control a reasonable person would
/// suggest (the user can flip it).
pub const PRESET_REASONS: [(&str, Text, Control); 7] = [
    (
        "budget",
        crate::tk!("Budget or role closed"),
        Control::Outside,
    ),
    (
        "internal",
        crate::tk!("Internal candidate"),
        Control::Outside,
    ),
    (
        "experience",
        crate::tk!("More experience wanted"),
        Control::Outside,
    ),
    ("skills", crate::tk!("Skills gap"), Control::Within),
    (
        "interview",
        crate::tk!("Interview performance"),
        Control::Within,
    ),
    ("fit", crate::tk!("Culture or team fit"), Control::Outside),
    ("unknown", crate::tk!("Unknown"), Control::Outside),
];

/// The words shown for a reason tag.
pub fn reason_label(tag: &str) -> &str {
    PRESET_REASONS
        .iter()
        .find(|(k, _, _)| *k == tag)
        .map_or(tag, |(_, label, _)| label.get())
}

/// Someone at the company the user may write to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
}

impl Contact {
    fn is_empty(&self) -> bool {
        self.name.is_empty() && self.email.is_empty()
    }
}

/// One application and, once it ends, its rejection story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Application {
    pub meta: Meta,
    pub company: String,
    pub role: String,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub outcome: Outcome,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub applied_on: Option<NaiveDate>,
    /// The day the ending arrived (or was accepted, for silence).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub closed_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrived_via: Option<Arrival>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<PlanStep>,
    /// The "time to feel it" lasts until the evening of this day.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub pause_until: Option<NaiveDate>,
    /// The day the person chose how long to pause (none: the default the
    /// plan started with), so the choice reads the same days later.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub pause_chosen: Option<NaiveDate>,
    /// Answers to the reflection prompts, by prompt key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reflections: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<FeedbackRequest>,
    /// Proof of search: how the application was made and what proves it.
    #[serde(default, skip_serializing_if = "ProofDetails::is_empty")]
    pub proof: ProofDetails,
    /// When each part last changed (see `stamps`): two devices' edits merge
    /// part by part.
    #[serde(default, rename = "s", skip_serializing_if = "Stamps::is_empty")]
    pub s: Stamps,
}

impl_record!(Application, |a| Application::blank(a.meta.clone()), stamped);

impl Application {
    /// An application with nothing filled in but its identity: what a new
    /// one starts from, and what a deleted one keeps.
    pub fn blank(meta: super::record::Meta) -> Application {
        Application {
            meta,
            company: String::new(),
            role: String::new(),
            stage: Stage::default(),
            outcome: Outcome::default(),
            applied_on: None,
            closed_on: None,
            arrived_via: None,
            notes: String::new(),
            reasons: Vec::new(),
            plan: Vec::new(),
            pause_until: None,
            pause_chosen: None,
            reflections: Vec::new(),
            contact: Contact::default(),
            feedback: None,
            proof: ProofDetails::default(),
            s: Stamps::default(),
        }
    }
}

impl Application {
    /// The date lists sort and group by: when it ended, else when it started,
    /// else when it was logged.
    pub fn sort_date(&self) -> NaiveDate {
        self.closed_on
            .or(self.applied_on)
            .unwrap_or_else(|| self.meta.created_at.date_naive())
    }

    pub fn reflection(&self, key: &str) -> &str {
        self.reflections
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn set_reflection(&mut self, key: &str, text: String) {
        match self.reflections.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = text,
            None => self.reflections.push((key.to_string(), text)),
        }
        self.reflections.retain(|(_, v)| !v.trim().is_empty());
    }

    /// The day it was sent (or, failing that, closed or logged): what weekly
    /// totals and insights count it under.
    pub fn sent_day(&self) -> NaiveDate {
        self.applied_on
            .or(self.closed_on)
            .unwrap_or_else(|| self.meta.created_at.date_naive())
    }

    /// The first time it becomes a rejection, it gets its own copy of the
    /// plan and a pause until the evening after it arrived (or after today,
    /// if it arrived earlier). Later calls change nothing.
    pub fn start_recovery(&mut self, template: &[TemplateStep], today: NaiveDate) {
        if self.outcome.is_rejection() && self.plan.is_empty() {
            self.plan = instantiate(template);
            let from = today.max(self.closed_on.unwrap_or(today));
            self.pause_until = Some(from + chrono::Duration::days(1));
        }
    }
}

/// How many reasons were within or outside the user's control.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ControlSummary {
    pub within: usize,
    pub outside: usize,
}

impl ControlSummary {
    /// "Unknown" says nothing about control, so it isn't counted either way.
    pub fn of<'a>(reasons: impl IntoIterator<Item = &'a Reason>) -> ControlSummary {
        reasons.into_iter().filter(|r| r.tag != "unknown").fold(
            ControlSummary::default(),
            |mut s, r| {
                match r.control {
                    Control::Within => s.within += 1,
                    Control::Outside => s.outside += 1,
                }
                s
            },
        )
    }

    pub fn total(self) -> usize {
        self.within + self.outside
    }

    /// "6 of 9 reasons were outside your control", or `None` with no reasons.
    pub fn sentence(self) -> Option<String> {
        let total = self.total();
        (total > 0).then(|| {
            crate::tp!(
                total,
                "{outside} of {n} reason was outside your control",
                "{outside} of {n} reasons were outside your control",
                outside = self.outside
            )
        })
    }
}

/// The control summary across every live rejection.
pub fn control_summary_all(apps: &[Application]) -> ControlSummary {
    ControlSummary::of(
        live(apps)
            .filter(|a| a.outcome.is_rejection())
            .flat_map(|a| a.reasons.iter()),
    )
}

/// What the rejections list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub stage: Option<Stage>,
    pub outcome: Option<Outcome>,
}

fn folded(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Live applications matching the filter, newest first.
pub fn filter_applications<'a>(apps: &'a [Application], f: &Filter) -> Vec<&'a Application> {
    filter_positions(apps, f)
        .into_iter()
        .filter_map(|i| apps.get(i))
        .collect()
}

/// Where the applications matching the filter are in `apps`, newest first
/// (lists keep positions and build only the rows they show).
pub fn filter_positions(apps: &[Application], f: &Filter) -> Vec<usize> {
    let q = folded(&f.query);
    let mut out: Vec<(usize, &Application)> = apps
        .iter()
        .enumerate()
        .filter(|(_, a)| a.meta.is_live())
        .filter(|(_, a)| f.stage.is_none_or(|s| a.stage == s))
        .filter(|(_, a)| f.outcome.is_none_or(|o| a.outcome == o))
        .filter(|(_, a)| contains_folded(&a.company, &q) || contains_folded(&a.role, &q))
        .collect();
    use super::order::{day, ms, sort_by};
    sort_by(&mut out, |(_, a)| {
        (-day(a.sort_date()), -ms(a.meta.created_at), 0)
    });
    out.into_iter().map(|(i, _)| i).collect()
}

/// Earlier applications at the same company (case and spacing ignored), newest first.
pub fn company_history<'a>(
    apps: &'a [Application],
    company: &str,
    except: Option<&super::record::Id>,
) -> Vec<&'a Application> {
    let name = folded(company);
    if name.is_empty() {
        return Vec::new();
    }
    let f = Filter::default();
    filter_applications(apps, &f)
        .into_iter()
        .filter(|a| folded(&a.company) == name && Some(&a.meta.id) != except)
        .collect()
}

/// In-progress applications that have been quiet for at least `quiet_days`:
/// the app suggests closing them as "no response" (gently; silence is an ending too).
pub fn quiet_applications(
    apps: &[Application],
    today: NaiveDate,
    quiet_days: i64,
) -> Vec<&Application> {
    live(apps)
        .filter(|a| a.outcome == Outcome::InProgress)
        .filter(|a| (today - last_news(a)).num_days() >= quiet_days)
        .collect()
}

/// The last day an open application had news: when it was sent (or
/// logged), or when its stage last moved on. Other edits (a note, a closing
/// taken back with Undo) aren't word from the company, so they don't count.
fn last_news(a: &Application) -> NaiveDate {
    let sent = a.applied_on.unwrap_or(a.meta.created_at.date_naive());
    let moved =
        a.s.at
            .get("stage")
            .and_then(|ms| DateTime::from_timestamp_millis(*ms))
            .map(|t| t.date_naive());
    moved.map_or(sent, |m| m.max(sent))
}

/// Counts for the list header.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub in_progress: usize,
    pub rejections: usize,
    pub offers: usize,
    pub total: usize,
}

pub fn counts(apps: &[Application]) -> Counts {
    live(apps).fold(Counts::default(), |mut c, a| {
        c.total += 1;
        match a.outcome {
            Outcome::InProgress => c.in_progress += 1,
            Outcome::Offer => c.offers += 1,
            o if o.is_rejection() => c.rejections += 1,
            _ => {}
        }
        c
    })
}

/// Closes an application with an ending, dated `on`.
pub fn close(app: &mut Application, outcome: Outcome, on: NaiveDate, now: DateTime<Utc>) {
    app.outcome = outcome;
    app.closed_on = Some(on);
    if outcome == Outcome::NoResponse && app.arrived_via.is_none() {
        app.arrived_via = Some(Arrival::NoResponse);
    }
    app.meta.touch(now);
}
