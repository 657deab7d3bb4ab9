//! What each preset brings: its period, week start, requirement, columns
//! and report language.
//!
//! The values follow each authority's published rules as of 2026. Where
//! a claimant's own letter can set a different number (Texas, Germany,
//! UK), the preset gives the usual one and [`Claim::target`] changes it.

use super::claim::{Claim, Column, Period, Preset, Requirement};
use crate::model::time::WeekStart;

/// Highest count a target can set (more is a typo).
pub const MAX_TARGET_COUNT: u32 = 100;
/// Highest hours a week a target can set (five times this for a month).
pub const MAX_TARGET_HOURS: u32 = 100;

/// The language a report is printed in. A report made for an authority
/// keeps that authority's language and terms whatever the interface
/// language is: the German preset's goes to the agency in German, the US,
/// UK, Canadian and Australian ones stay in English. Only Other, which no
/// authority laid out, speaks the interface's language ([`ReportLang::Ui`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ReportLang {
    #[default]
    En,
    De,
    /// The interface's language (English reads exactly as [`ReportLang::En`]).
    Ui,
}

impl ReportLang {
    /// [`ReportLang::Ui`] while English is in use is [`ReportLang::En`]:
    /// one English, worded one way.
    pub fn resolved(self) -> ReportLang {
        if self == ReportLang::Ui && crate::lang::current().is_none() {
            ReportLang::En
        } else {
            self
        }
    }

    /// The `lang` attribute of what is printed in it.
    pub fn tag(self) -> &'static str {
        match self {
            ReportLang::En => "en",
            ReportLang::De => "de",
            ReportLang::Ui => crate::lang::lang().tag(),
        }
    }
}

/// Which rows count towards the requirement (the report lists them all).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Counted {
    /// Every work-search activity, applications included.
    #[default]
    Everything,
    /// Applications only: Germany's Eigenbemühungen count Bewerbungen.
    Applications,
}

/// A preset's rules, with the person's own choices applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    pub preset: Preset,
    pub period: Period,
    /// The first day of a week (also for "this week" in a monthly preset).
    pub week_start: WeekStart,
    pub requirement: Requirement,
    pub counted: Counted,
    /// The report's columns, in the authority's order.
    pub columns: Vec<Column>,
    pub language: ReportLang,
    /// The authority's system is typed into (UK, California, Australia):
    /// "Copy as text" comes first.
    pub typed_in: bool,
}

use Column as C;

/// The layout for [`Preset::Other`] when no columns were chosen.
const DEFAULT_COLUMNS: &[Column] = &[
    C::Date,
    C::Activity,
    C::Organisation,
    C::Position,
    C::Person,
    C::ContactDetails,
    C::Method,
    C::Result,
    C::Time,
    C::Proof,
];

/// The rules for `preset`, with `claim`'s choices (Other's period,
/// requirement and columns; the target, for every other preset). `week_start` is the
/// app's own setting, used where the authority fixes no week.
pub fn rules(preset: Preset, claim: &Claim, week_start: WeekStart) -> Rules {
    use Requirement::{Count, CountOnDifferentDays, Hours};
    let sunday = WeekStart::Sunday;
    let (period, week, requirement, columns): (Period, WeekStart, Requirement, &[Column]) =
        match preset {
            // Most states: a Sunday–Saturday week and a few employer contacts;
            // three is the most common number (the state's letter decides).
            Preset::Us => (
                Period::Week,
                sunday,
                Count(3),
                &[
                    C::Date,
                    C::Activity,
                    C::Organisation,
                    C::Position,
                    C::Person,
                    C::ContactDetails,
                    C::Method,
                    C::Result,
                    C::Proof,
                ],
            ),
            // NYSDOL: three activities a week, on three different days. Its
            // benefit week runs Monday to Sunday (week-ending dates are
            // Sundays). Columns follow the WS5 work search record.
            Preset::NewYork => (
                Period::Week,
                WeekStart::Monday,
                CountOnDifferentDays(3),
                &[
                    C::Date,
                    C::Activity,
                    C::Organisation,
                    C::ContactDetails,
                    C::Person,
                    C::Method,
                    C::Position,
                ],
            ),
            // ESD: three job search activities each Sunday–Saturday week, on
            // its job search log's columns.
            Preset::Washington => (
                Period::Week,
                sunday,
                Count(3),
                &[
                    C::Date,
                    C::Activity,
                    C::Organisation,
                    C::Contact,
                    C::Position,
                    C::ContactType,
                    C::Method,
                    C::WhatDone,
                    C::Proof,
                ],
            ),
            // TWC: the local workforce board sets the weekly number (three is
            // usual); the claimant's own letter decides, hence the target.
            Preset::Texas => (
                Period::Week,
                sunday,
                Count(3),
                &[
                    C::Date,
                    C::Description,
                    C::Organisation,
                    C::Person,
                    C::ContactDetails,
                    C::Method,
                    C::Result,
                ],
            ),
            // EDD: no fixed number; employer contacts are entered at
            // certification, so this is a record to type from.
            Preset::California => (
                Period::Week,
                sunday,
                Requirement::None,
                &[
                    C::Date,
                    C::Activity,
                    C::Organisation,
                    C::Contact,
                    C::Position,
                    C::Method,
                    C::Result,
                ],
            ),
            // UC: 35 hours a week by default (the claimant commitment may say
            // fewer). UC fixes no week for it, so the app's own week start.
            Preset::UkUniversalCredit => (
                Period::Week,
                week_start,
                Hours(35),
                &[C::Date, C::Activity, C::Organisation, C::Time, C::Notes],
            ),
            // Agentur für Arbeit / Jobcenter: a monthly number of
            // Bewerbungen set in the Kooperationsplan (usually 5–10).
            Preset::Germany => (
                Period::Month,
                week_start,
                Count(5),
                &[C::Date, C::Organisation, C::Position, C::Method, C::Result],
            ),
            // Workforce Australia: a monthly points target, reported in its
            // own app; here the record only.
            Preset::Australia => (
                Period::Month,
                week_start,
                Requirement::None,
                &[
                    C::Date,
                    C::Activity,
                    C::Organisation,
                    C::Position,
                    C::Person,
                    C::ContactDetails,
                    C::Method,
                    C::Result,
                ],
            ),
            // EI: no fixed number; a record (businesses, people, type of
            // work, dates, results) produced on request. EI weeks start Sunday.
            Preset::Canada => (
                Period::Week,
                sunday,
                Requirement::None,
                &[
                    C::Date,
                    C::Organisation,
                    C::Person,
                    C::Position,
                    C::Method,
                    C::Result,
                ],
            ),
            Preset::Other => (
                claim.period,
                week_start,
                claim.requirement,
                if claim.columns.is_empty() {
                    DEFAULT_COLUMNS
                } else {
                    &claim.columns
                },
            ),
        };
    let requirement = match preset {
        Preset::Other => clamp(requirement, period),
        _ => clamp(with_target(requirement, claim.target), period),
    };
    Rules {
        preset,
        period,
        week_start: week,
        requirement,
        counted: if preset == Preset::Germany {
            Counted::Applications
        } else {
            Counted::Everything
        },
        columns: columns.to_vec(),
        language: if preset == Preset::Germany {
            ReportLang::De
        } else {
            ReportLang::En
        },
        typed_in: matches!(
            preset,
            Preset::UkUniversalCredit | Preset::California | Preset::Australia
        ),
    }
}

/// A preset's requirement with the person's own number. A record-only
/// preset with a target becomes a plain count (a caseworker's letter may
/// ask for one); a target of 0 means nothing is asked.
fn with_target(requirement: Requirement, target: Option<u32>) -> Requirement {
    use Requirement::{Count, CountOnDifferentDays, Hours};
    let Some(n) = target else {
        return requirement;
    };
    if n == 0 {
        return Requirement::None;
    }
    match requirement {
        Count(_) | Requirement::None => Count(n),
        CountOnDifferentDays(_) => CountOnDifferentDays(n),
        Hours(_) => Hours(n),
    }
}

/// Keeps numbers reachable: a week has seven different days (and every
/// month at least 28); 0 asks nothing.
fn clamp(requirement: Requirement, period: Period) -> Requirement {
    use Requirement::{Count, CountOnDifferentDays, Hours};
    let (days, hours) = match period {
        Period::Week => (7, MAX_TARGET_HOURS),
        Period::Month => (28, MAX_TARGET_HOURS * 5),
    };
    match requirement {
        Count(0) | CountOnDifferentDays(0) | Hours(0) => Requirement::None,
        Count(n) => Count(n.min(MAX_TARGET_COUNT)),
        CountOnDifferentDays(n) => CountOnDifferentDays(n.min(days)),
        Hours(n) => Hours(n.min(hours)),
        Requirement::None => Requirement::None,
    }
}

impl Rules {
    /// The language the report is printed in: the authority's
    /// ([`Rules::language`]), or for Other, which no authority laid out,
    /// the interface's.
    pub fn report_lang(&self) -> ReportLang {
        match self.preset {
            Preset::Other => ReportLang::Ui,
            _ => self.language,
        }
    }
}

impl Claim {
    /// The rules this claim's preset brings (see [`rules`]).
    pub fn rules(&self, week_start: crate::model::time::WeekStart) -> Rules {
        rules(self.preset, self, week_start)
    }
}
