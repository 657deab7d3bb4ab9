//! Progress against the requirement, said kindly. Reaching it is worth a
//! word; falling short is only ever a count and the next small step.
//! Rest weeks follow the goal tracker: nothing is counted against you.

use chrono::NaiveDate;

use super::claim::{Claim, Period, Requirement};
use super::kinds::RowKind;
use super::period::period_of;
use super::rows::Row;
use super::rules::{Counted, ReportLang, Rules};

/// Where a period stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub requirement: Requirement,
    pub period: Period,
    pub counted: Counted,
    /// Rows that count towards the requirement.
    pub done: u32,
    /// The requirement's number (activities, or hours).
    pub needed: Option<u32>,
    /// Different days among the rows that count.
    pub distinct_days: u32,
    /// Minutes spent on the rows that count.
    pub minutes: u32,
    /// Rows that count but have no time spent yet.
    pub untimed: u32,
    /// Every row listed (some may not count, e.g. job fairs in Germany).
    pub logged: u32,
    pub met: bool,
    /// The goal tracker's rest week: nothing is counted against the person.
    pub rest: bool,
    /// The span is exactly one requirement period (so "met" means something).
    pub whole_period: bool,
}

/// Progress over `period` (inclusive) from `rows`; rows outside it are
/// ignored. `rest` is the goal tracker's rest week.
pub fn progress(
    rows: &[Row],
    rules: &Rules,
    period: (NaiveDate, NaiveDate),
    rest: bool,
) -> Progress {
    let (start, end) = (period.0.min(period.1), period.0.max(period.1));
    let listed: Vec<&Row> = rows
        .iter()
        .filter(|r| r.date >= start && r.date <= end)
        .collect();
    let counts = |r: &&Row| match rules.counted {
        Counted::Everything => true,
        Counted::Applications => r.kind == RowKind::Application,
    };
    let counted: Vec<&Row> = listed.iter().copied().filter(counts).collect();
    let mut days: Vec<NaiveDate> = counted.iter().map(|r| r.date).collect();
    days.sort_unstable();
    days.dedup();
    let minutes = counted
        .iter()
        .filter_map(|r| r.minutes)
        .fold(0u32, u32::saturating_add);
    let done = counted.len() as u32;
    let distinct_days = days.len() as u32;
    let met = match rules.requirement {
        Requirement::Count(n) => done >= n,
        Requirement::CountOnDifferentDays(n) => distinct_days >= n,
        Requirement::Hours(h) => minutes >= h.saturating_mul(60),
        Requirement::None => false,
    };
    Progress {
        requirement: rules.requirement,
        period: rules.period,
        counted: rules.counted,
        done,
        needed: rules.requirement.number(),
        distinct_days,
        minutes,
        untimed: counted.iter().filter(|r| r.minutes.is_none()).count() as u32,
        logged: listed.len() as u32,
        met,
        rest,
        whole_period: period_of(start, rules) == (start, end),
    }
}

fn when(p: &Progress) -> &'static str {
    match p.period {
        Period::Week => "this week",
        Period::Month => "this month",
    }
}

/// "21", or "20.5" (tenths, rounded down: never more than was done).
pub(crate) fn hours(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        (minutes / 60).to_string()
    } else {
        crate::model::time::tenths(u64::from(minutes) / 6)
    }
}

fn days_text(n: u32) -> String {
    match n {
        1 => "on 1 day".to_string(),
        n => format!("on {n} different days"),
    }
}

/// Today's line: "2 of 3 this week, on 2 different days", "21 of 35
/// hours this week", "6 logged this month", "Requirement met: …". Never a
/// word of blame; a rest week says so instead.
/// (`rules` is taken for wording a preset may need; today none does.)
pub fn summary(p: &Progress, _rules: &Rules) -> String {
    if p.rest {
        return "A rest week — nothing is counted against you here.".to_string();
    }
    let when = when(p);
    let noun = match p.counted {
        Counted::Applications => " applications",
        Counted::Everything => "",
    };
    let done = p.done;
    match p.requirement {
        Requirement::Count(n) if p.met && done == n => {
            format!("Requirement met: {done} of {n}{noun} {when}")
        }
        Requirement::Count(n) if p.met => {
            format!("Requirement met: {done}{noun} {when}, more than the {n} asked")
        }
        Requirement::Count(n) => format!("{done} of {n}{noun} {when}"),
        Requirement::CountOnDifferentDays(n) => {
            let days = days_text(p.distinct_days);
            if p.met && done == n {
                format!("Requirement met: {done} of {n}{noun} {when}, {days}")
            } else if p.met {
                format!("Requirement met: {done}{noun} {when}, {days}")
            } else if done == 0 {
                format!("0 of {n}{noun} {when}")
            } else if done < n {
                format!("{done} of {n}{noun} {when}, {days}")
            } else {
                let d = p.distinct_days;
                format!("{done}{noun} {when}, on {d} of {n} different days")
            }
        }
        Requirement::Hours(h) => {
            let got = hours(p.minutes);
            if p.met && p.minutes == h.saturating_mul(60) {
                format!("Requirement met: {got} of {h} hours {when}")
            } else if p.met {
                format!("Requirement met: {got} hours {when}, more than the {h} asked")
            } else {
                format!("{got} of {h} hours {when}")
            }
        }
        Requirement::None if p.logged == 0 => format!("Nothing logged {when} yet"),
        Requirement::None => format!("{} logged {when}", p.logged),
    }
}

/// The requirement in words, in the report's language: "3 activities a
/// week, on different days", "5 Bewerbungen pro Monat".
pub fn requirement_text(rules: &Rules) -> String {
    let de = rules.language == ReportLang::De;
    let per = match (rules.period, de) {
        (Period::Week, false) => "a week",
        (Period::Month, false) => "a month",
        (Period::Week, true) => "pro Woche",
        (Period::Month, true) => "pro Monat",
    };
    let noun = |n: u32| match (rules.counted, de, n == 1) {
        (Counted::Applications, false, true) => "application",
        (Counted::Applications, false, false) => "applications",
        (Counted::Everything, false, true) => "activity",
        (Counted::Everything, false, false) => "activities",
        (Counted::Applications, true, true) => "Bewerbung",
        (Counted::Applications, true, false) => "Bewerbungen",
        (Counted::Everything, true, true) => "Aktivität",
        (Counted::Everything, true, false) => "Aktivitäten",
    };
    match (rules.requirement, de) {
        (Requirement::Count(n), _) => format!("{n} {} {per}", noun(n)),
        (Requirement::CountOnDifferentDays(n), false) => {
            format!("{n} {} {per}, on different days", noun(n))
        }
        (Requirement::CountOnDifferentDays(n), true) => {
            format!("{n} {} {per}, an verschiedenen Tagen", noun(n))
        }
        (Requirement::Hours(h), false) => format!("{h} hours {per}"),
        (Requirement::Hours(h), true) => format!("{h} Stunden {per}"),
        (Requirement::None, false) => {
            "No fixed number: a record kept in case it is asked for".into()
        }
        (Requirement::None, true) => "Keine feste Anzahl: Aufzeichnung für Nachfragen".into(),
    }
}

/// "one more activity", "2 more applications", "14 more hours".
fn more(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("one more {one}")
    } else {
        format!("{n} more {many}")
    }
}

/// Time still to log, in words: "14 more hours", "30 more minutes".
fn more_time(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => more(m, "minute", "minutes"),
        (h, 0) => more(h, "hour", "hours"),
        (h, m) => format!("{h} h {m} min more"),
    }
}

/// The day before a certification day, if the requirement isn't met yet:
/// one gentle line with the next small step. Nothing in a rest week, for a
/// record-only preset, or once it's met.
pub fn nudge(today: NaiveDate, claim: &Claim, p: &Progress) -> Option<String> {
    let tomorrow = today.succ_opt()?;
    if p.rest || p.met || !super::remind::is_certification_day(claim, tomorrow) {
        return None;
    }
    let when = when(p);
    let (one, many) = match p.counted {
        Counted::Applications => ("application", "applications"),
        Counted::Everything => ("activity", "activities"),
    };
    let done = p.done;
    let (logged, step) = match p.requirement {
        Requirement::Count(n) => (
            format!("{done} of {n} {when}"),
            more(n.saturating_sub(done), one, many),
        ),
        Requirement::CountOnDifferentDays(n) => {
            let short = n.saturating_sub(p.distinct_days);
            let other = if short == 1 {
                "another day"
            } else {
                "other days"
            };
            let logged = if done == 0 {
                format!("0 of {n} {when}")
            } else if done < n {
                format!("{done} of {n} {when}, {}", days_text(p.distinct_days))
            } else {
                format!(
                    "{done} {when}, on {} of {n} different days",
                    p.distinct_days
                )
            };
            (logged, format!("{}, on {other},", more(short, one, many)))
        }
        Requirement::Hours(h) => (
            format!("{} of {h} hours {when}", hours(p.minutes)),
            more_time(h.saturating_mul(60).saturating_sub(p.minutes)),
        ),
        Requirement::None => return None,
    };
    Some(format!(
        "Your certification is tomorrow. You've logged {logged} — {step} would meet it."
    ))
}
