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
        Period::Week => crate::t!("this week"),
        Period::Month => crate::t!("this month"),
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

/// "20.5" as Spanish, German, French and Portuguese write it: "20,5".
pub(crate) fn decimal(text: &str) -> String {
    text.replace('.', ",")
}

/// [`hours`] as the interface's language writes it ("20,5" in Spanish,
/// German, French and Portuguese).
fn hours_shown(minutes: u32) -> String {
    let text = hours(minutes);
    if crate::lang::current().is_some() {
        decimal(&text)
    } else {
        text
    }
}

fn days_text(n: u32) -> String {
    crate::tp!(n, "on 1 day", "on {n} different days")
}

/// Today's line: "2 of 3 this week, on 2 different days", "21 of 35
/// hours this week", "6 logged this month", "Requirement met: …". Never a
/// word of blame; a rest week says so instead. In the interface's language.
/// (`rules` is taken for wording a preset may need; today none does.)
pub fn summary(p: &Progress, _rules: &Rules) -> String {
    if p.rest {
        return crate::t!("A rest week — nothing is counted against you here.").to_string();
    }
    let when = when(p);
    let apps = p.counted == Counted::Applications;
    let done = p.done;
    match p.requirement {
        Requirement::Count(n) if p.met && done == n => {
            if apps {
                crate::tf!(
                    "Requirement met: {done} of {n} applications {when}",
                    done = done,
                    n = n,
                    when = when
                )
            } else {
                crate::tf!(
                    "Requirement met: {done} of {n} {when}",
                    done = done,
                    n = n,
                    when = when
                )
            }
        }
        Requirement::Count(n) if p.met => {
            if apps {
                crate::tf!(
                    "Requirement met: {done} applications {when}, more than the {n} asked",
                    done = done,
                    n = n,
                    when = when
                )
            } else {
                crate::tf!(
                    "Requirement met: {done} {when}, more than the {n} asked",
                    done = done,
                    n = n,
                    when = when
                )
            }
        }
        Requirement::Count(n) => of_n(done, n, apps, when),
        Requirement::CountOnDifferentDays(n) => {
            let days = days_text(p.distinct_days);
            if p.met && done == n {
                if apps {
                    crate::tf!(
                        "Requirement met: {done} of {n} applications {when}, {days}",
                        done = done,
                        n = n,
                        when = when,
                        days = days
                    )
                } else {
                    crate::tf!(
                        "Requirement met: {done} of {n} {when}, {days}",
                        done = done,
                        n = n,
                        when = when,
                        days = days
                    )
                }
            } else if p.met {
                if apps {
                    crate::tf!(
                        "Requirement met: {done} applications {when}, {days}",
                        done = done,
                        when = when,
                        days = days
                    )
                } else {
                    crate::tf!(
                        "Requirement met: {done} {when}, {days}",
                        done = done,
                        when = when,
                        days = days
                    )
                }
            } else if done == 0 {
                of_n(0, n, apps, when)
            } else if done < n {
                if apps {
                    crate::tf!(
                        "{done} of {n} applications {when}, {days}",
                        done = done,
                        n = n,
                        when = when,
                        days = days
                    )
                } else {
                    of_n_days(done, n, when, &days)
                }
            } else if apps {
                crate::tf!(
                    "{done} applications {when}, on {d} of {n} different days",
                    done = done,
                    when = when,
                    d = p.distinct_days,
                    n = n
                )
            } else {
                more_than_days(done, p.distinct_days, n, when)
            }
        }
        Requirement::Hours(h) => {
            let got = hours_shown(p.minutes);
            if p.met && p.minutes == h.saturating_mul(60) {
                crate::tf!(
                    "Requirement met: {got} of {h} hours {when}",
                    got = got,
                    h = h,
                    when = when
                )
            } else if p.met {
                crate::tf!(
                    "Requirement met: {got} hours {when}, more than the {h} asked",
                    got = got,
                    h = h,
                    when = when
                )
            } else {
                hours_of(&got, h, when)
            }
        }
        Requirement::None if p.logged == 0 => crate::tf!("Nothing logged {when} yet", when = when),
        Requirement::None => crate::tf!("{n} logged {when}", n = p.logged, when = when),
    }
}

/// "2 of 3 this week", "2 of 5 applications this month".
fn of_n(done: u32, n: u32, apps: bool, when: &str) -> String {
    if apps {
        crate::tf!(
            "{done} of {n} applications {when}",
            done = done,
            n = n,
            when = when
        )
    } else {
        crate::tf!("{done} of {n} {when}", done = done, n = n, when = when)
    }
}

/// "2 of 3 this week, on 2 different days".
fn of_n_days(done: u32, n: u32, when: &str, days: &str) -> String {
    crate::tf!(
        "{done} of {n} {when}, {days}",
        done = done,
        n = n,
        when = when,
        days = days
    )
}

/// "3 this week, on 2 of 3 different days".
fn more_than_days(done: u32, d: u32, n: u32, when: &str) -> String {
    crate::tf!(
        "{done} {when}, on {d} of {n} different days",
        done = done,
        when = when,
        d = d,
        n = n
    )
}

/// "21 of 35 hours this week".
fn hours_of(got: &str, h: u32, when: &str) -> String {
    crate::tf!("{got} of {h} hours {when}", got = got, h = h, when = when)
}

/// The requirement in words, in the report's language: "3 activities a
/// week, on different days", "5 Bewerbungen pro Monat" (or, for
/// [`ReportLang::Ui`], in the interface's).
pub fn requirement_text(rules: &Rules) -> String {
    let lang = rules.report_lang().resolved();
    if lang == ReportLang::Ui {
        return requirement_text_ui(rules);
    }
    let de = lang == ReportLang::De;
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

/// [`requirement_text`] in the interface's language (not English). Only
/// Germany counts applications, and its requirement is a count.
fn requirement_text_ui(rules: &Rules) -> String {
    let apps = rules.counted == Counted::Applications;
    match (rules.requirement, rules.period) {
        (Requirement::Count(n), Period::Week) if apps => {
            crate::tp!(n, "1 application a week", "{n} applications a week")
        }
        (Requirement::Count(n), Period::Month) if apps => {
            crate::tp!(n, "1 application a month", "{n} applications a month")
        }
        (Requirement::Count(n), Period::Week) => {
            crate::tp!(n, "1 activity a week", "{n} activities a week")
        }
        (Requirement::Count(n), Period::Month) => {
            crate::tp!(n, "1 activity a month", "{n} activities a month")
        }
        (Requirement::CountOnDifferentDays(n), Period::Week) => crate::tp!(
            n,
            "1 activity a week, on different days",
            "{n} activities a week, on different days"
        ),
        (Requirement::CountOnDifferentDays(n), Period::Month) => crate::tp!(
            n,
            "1 activity a month, on different days",
            "{n} activities a month, on different days"
        ),
        (Requirement::Hours(h), Period::Week) => crate::tp!(h, "1 hour a week", "{n} hours a week"),
        (Requirement::Hours(h), Period::Month) => {
            crate::tp!(h, "1 hour a month", "{n} hours a month")
        }
        (Requirement::None, _) => {
            crate::t!("No fixed number: a record kept in case it is asked for").to_string()
        }
    }
}

/// "one more activity", "2 more applications".
fn more(n: u32, apps: bool) -> String {
    if apps {
        crate::tp!(n, "one more application", "{n} more applications")
    } else {
        crate::tp!(n, "one more activity", "{n} more activities")
    }
}

/// Time still to log, in words: "14 more hours", "30 more minutes".
fn more_time(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => crate::tp!(m, "one more minute", "{n} more minutes"),
        (h, 0) => crate::tp!(h, "one more hour", "{n} more hours"),
        (h, m) => crate::tf!("{h} h {m} min more", h = h, m = m),
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
    let apps = p.counted == Counted::Applications;
    let done = p.done;
    let (logged, step) = match p.requirement {
        Requirement::Count(n) => (
            of_n(done, n, false, when),
            more(n.saturating_sub(done), apps),
        ),
        Requirement::CountOnDifferentDays(n) => {
            let short = n.saturating_sub(p.distinct_days);
            let logged = if done == 0 {
                of_n(0, n, false, when)
            } else if done < n {
                of_n_days(done, n, when, &days_text(p.distinct_days))
            } else {
                more_than_days(done, p.distinct_days, n, when)
            };
            let step = if apps {
                crate::tp!(
                    short,
                    "one more application, on another day,",
                    "{n} more applications, on other days,"
                )
            } else {
                crate::tp!(
                    short,
                    "one more activity, on another day,",
                    "{n} more activities, on other days,"
                )
            };
            (logged, step)
        }
        Requirement::Hours(h) => (
            hours_of(&hours_shown(p.minutes), h, when),
            more_time(h.saturating_mul(60).saturating_sub(p.minutes)),
        ),
        Requirement::None => return None,
    };
    Some(crate::tf!(
        "Your certification is tomorrow. You've logged {logged} — {step} would meet it.",
        logged = logged,
        step = step
    ))
}
