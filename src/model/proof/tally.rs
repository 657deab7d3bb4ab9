//! The few words around the report that the page and Today show: the count
//! against the requirement ("3 of 3 on 3 different days"), the footer's
//! lines, whether the goal tracker calls this a rest week, and the name
//! of the exported file.

use chrono::NaiveDate;

use super::claim::{Period, Requirement};
use super::export::footer;
use super::progress::{hours, requirement_text, Progress};
use super::rules::{Counted, ReportLang, Rules};
use crate::model::goals::{active_goals, Goal};
use crate::model::time::{Week, WeekStart};

/// The count against the requirement, in the report's language: "3 of 3
/// on 3 different days", "2 of 5 applications", "21 of 35 hours",
/// "3 von 3 an 3 verschiedenen Tagen". None when nothing fixed is asked.
pub fn tally(p: &Progress, lang: ReportLang) -> Option<String> {
    let lang = lang.resolved();
    if lang == ReportLang::Ui {
        return tally_ui(p);
    }
    let de = lang == ReportLang::De;
    let of = if de { "von" } else { "of" };
    let noun = |n: u32| match (p.counted, de, n == 1) {
        (Counted::Everything, _, _) => "",
        (Counted::Applications, false, true) => " application",
        (Counted::Applications, false, false) => " applications",
        (Counted::Applications, true, true) => " Bewerbung",
        (Counted::Applications, true, false) => " Bewerbungen",
    };
    let done = p.done;
    Some(match p.requirement {
        Requirement::Count(n) => format!("{done} {of} {n}{}", noun(n)),
        Requirement::CountOnDifferentDays(n) => {
            let d = p.distinct_days;
            let days = match (de, d) {
                (false, 1) => "on 1 day".to_string(),
                (false, d) => format!("on {d} different days"),
                (true, 1) => "an 1 Tag".to_string(),
                (true, d) => format!("an {d} verschiedenen Tagen"),
            };
            format!("{done} {of} {n}{} {days}", noun(n))
        }
        Requirement::Hours(h) => {
            let got = hours(p.minutes);
            if de {
                format!("{} von {h} Stunden", got.replace('.', ","))
            } else {
                format!("{got} of {h} hours")
            }
        }
        Requirement::None => return None,
    })
}

/// [`tally`] in the interface's language (Other's report; not English).
/// Other counts every activity, so no noun is needed.
fn tally_ui(p: &Progress) -> Option<String> {
    let done = p.done;
    Some(match p.requirement {
        Requirement::Count(n) => crate::tf!("{done} of {needed}", done = done, needed = n),
        Requirement::CountOnDifferentDays(n) => crate::tp!(
            p.distinct_days,
            "{done} of {needed} on 1 day",
            "{done} of {needed} on {n} different days",
            done = done,
            needed = n
        ),
        Requirement::Hours(h) => crate::tf!(
            "{got} of {needed} hours",
            got = super::progress::decimal(&hours(p.minutes)),
            needed = h
        ),
        Requirement::None => return None,
    })
}

/// The lines under the report's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportFooter {
    /// The count against the requirement, for exactly one requirement
    /// period ("3 of 3 on 3 different days — met"); none for other dates
    /// or when nothing fixed is asked.
    pub headline: Option<String>,
    /// How many rows are listed and what is asked (with the count, when
    /// there is no headline to carry it).
    pub detail: String,
}

/// The footer for `p`: a headline when the dates are one whole period
/// with a requirement, and the plain facts (see [`footer`]) otherwise.
pub fn report_footer(p: &Progress, rules: &Rules) -> ReportFooter {
    let lang = rules.report_lang().resolved();
    let de = lang == ReportLang::De;
    match tally(p, lang) {
        Some(count) if p.whole_period && lang == ReportLang::Ui => ReportFooter {
            headline: Some(if p.met {
                crate::tf!("{count} — met", count = count)
            } else {
                count
            }),
            detail: format!(
                "{} {}",
                crate::tf!("Activities listed: {n}.", n = p.logged),
                crate::tf!("Requirement: {text}.", text = requirement_text(rules))
            ),
        },
        Some(count) if p.whole_period => {
            let met = match (p.met, de) {
                (true, false) => " — met",
                (true, true) => " — erfüllt",
                (false, _) => "",
            };
            let detail = if de {
                format!(
                    "Aufgeführt: {}. Vorgabe: {}.",
                    p.logged,
                    requirement_text(rules)
                )
            } else {
                format!(
                    "Activities listed: {}. Requirement: {}.",
                    p.logged,
                    requirement_text(rules)
                )
            };
            ReportFooter {
                headline: Some(format!("{count}{met}")),
                detail,
            }
        }
        _ => ReportFooter {
            headline: None,
            detail: footer(p, rules),
        },
    }
}

/// Whether the goal tracker calls the week holding `today` a rest week:
/// the person has goals and marked this week as rest on every one. (A
/// month is never a rest month: rest is chosen a week at a time.)
pub fn rest_week(goals: &[Goal], today: NaiveDate, week_start: WeekStart, period: Period) -> bool {
    if period == Period::Month {
        return false;
    }
    let week = Week::containing(today, week_start);
    let active = active_goals(goals);
    !active.is_empty() && active.iter().all(|g| g.is_rest(week))
}

/// The exported file's name: "rebound-work-search-2026-11-02-to-2026-11-08.csv",
/// or for a German report "rebound-eigenbemuehungen-01.11.2026-bis-30.11.2026.csv"
/// (dates as the report prints them, so the file and the page agree).
pub fn file_name(rules: &Rules, start: NaiveDate, end: NaiveDate, ext: &str) -> String {
    let (start, end) = (start.min(end), start.max(end));
    match rules.report_lang().resolved() {
        ReportLang::En => format!("rebound-work-search-{start}-to-{end}.{ext}"),
        ReportLang::Ui => format!(
            "{}.{ext}",
            crate::tf!(
                "rebound-work-search-{start}-to-{end}",
                start = start,
                end = end
            )
        ),
        ReportLang::De => format!(
            "rebound-eigenbemuehungen-{}-bis-{}.{ext}",
            start.format("%d.%m.%Y"),
            end.format("%d.%m.%Y")
        ),
    }
}

/// Time spent as the form shows it: whole hours and the minutes left.
pub fn split_minutes(minutes: Option<u32>) -> (Option<u32>, Option<u32>) {
    match minutes {
        None | Some(0) => (None, None),
        Some(m) => (
            Some(m / 60).filter(|h| *h > 0),
            Some(m % 60).filter(|m| *m > 0),
        ),
    }
}

/// Time spent from the form's hours and minutes (either may be blank;
/// nothing or zero is none). Hours may have a decimal ("1.5" or "1,5": a
/// phone's number pad offers either), read to a tenth. Capped like
/// [`super::Activity::clean`].
pub fn join_minutes(hours: &str, minutes: &str) -> Option<u32> {
    let total = hour_minutes(hours.trim()).saturating_add(minutes.trim().parse().unwrap_or(0));
    (total > 0).then(|| total.min(super::MAX_MINUTES))
}

/// "2" → 120, "1.5" → 90, "0,25" → 12 (tenths of an hour); anything else 0.
fn hour_minutes(text: &str) -> u32 {
    if let Ok(h) = text.parse::<u32>() {
        return h.saturating_mul(60);
    }
    let Some((whole, frac)) = text.split_once(['.', ',']) else {
        return 0;
    };
    let whole: u32 = match whole {
        "" => 0,
        w => w.parse().unwrap_or(0),
    };
    let tenth = frac.chars().next().and_then(|c| c.to_digit(10));
    match tenth {
        Some(t) if frac.chars().all(|c| c.is_ascii_digit()) => {
            whole.saturating_mul(60).saturating_add(t * 6)
        }
        _ => 0,
    }
}

/// Time spent in words: "45 min", "1 h 30 min" (or "1 Std. 30 Min.").
pub fn time_text(minutes: u32, lang: ReportLang) -> String {
    super::words::duration(minutes, lang)
}
