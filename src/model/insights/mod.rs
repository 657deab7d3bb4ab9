//! Patterns in the search, derived from the data — framed to help a person
//! see what's going on instead of blaming themselves.

use chrono::{Duration, NaiveDate};

use super::data::AppData;
use super::feedback::Theme;
use super::record::live;
use super::rejection::{control_summary_all, ControlSummary, Outcome, Stage};
use super::time::{Week, WeekStart};

/// Applications and rejections in one week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekCounts {
    pub week: Week,
    pub applications: usize,
    pub rejections: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    pub weeks: Vec<WeekCounts>,
    /// Rejections by the stage they happened at, in process order.
    pub by_stage: Vec<(Stage, usize)>,
    pub control: ControlSummary,
    pub feedback_asked: usize,
    pub feedback_answered: usize,
    /// Themes feedback mentioned, most frequent first.
    pub themes: Vec<(Theme, usize)>,
}

pub fn insights(data: &AppData, today: NaiveDate, start: WeekStart, weeks: usize) -> Insights {
    let current = Week::containing(today, start);
    let apps: Vec<_> = live(&data.applications).collect();
    // The chart starts at the person's first activity, not with empty weeks
    // from before they used Rebound.
    let first = apps
        .iter()
        .flat_map(|a| [Some(a.sent_day()), a.closed_on])
        .flatten()
        .min();
    let weeks = current
        .trailing(weeks)
        .into_iter()
        .skip_while(|w| first.is_some_and(|f| w.end() < f) && *w != current)
        .map(|week| WeekCounts {
            week,
            applications: apps.iter().filter(|a| week.contains(a.sent_day())).count(),
            rejections: apps
                .iter()
                .filter(|a| {
                    a.outcome.is_rejection() && a.closed_on.is_some_and(|d| week.contains(d))
                })
                .count(),
        })
        .collect();
    let by_stage = Stage::ALL
        .into_iter()
        .map(|s| {
            let n = apps
                .iter()
                .filter(|a| a.outcome.is_rejection() && a.stage == s)
                .count();
            (s, n)
        })
        .collect();
    let asked = apps
        .iter()
        .filter(|a| a.feedback.as_ref().is_some_and(|f| f.sent_on.is_some()))
        .count();
    let answered = apps
        .iter()
        .filter(|a| a.feedback.as_ref().is_some_and(|f| f.reply_on.is_some()))
        .count();
    let mut themes: Vec<(Theme, usize)> = Theme::ALL
        .into_iter()
        .map(|t| {
            let n = apps
                .iter()
                .filter(|a| a.feedback.as_ref().is_some_and(|f| f.themes.contains(&t)))
                .count();
            (t, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    super::order::sort_by(&mut themes, |(_, n)| (-(*n as i64), 0, 0));
    Insights {
        weeks,
        by_stage,
        control: control_summary_all(&data.applications),
        feedback_asked: asked,
        feedback_answered: answered,
        themes,
    }
}

/// Applications in a fortnight before the burnout guard speaks up.
pub const BURNOUT_APPLICATIONS: usize = 10;

/// The opt-in burnout guard: many applications in the last fourteen days and
/// not a single answer of any kind. Returns how many were sent, if so.
pub fn burnout_signal(data: &AppData, today: NaiveDate) -> Option<usize> {
    let from = today - Duration::days(13);
    let recent = |d: NaiveDate| d >= from && d <= today;
    let apps: Vec<_> = live(&data.applications).collect();
    let sent = apps.iter().filter(|a| recent(a.sent_day())).count();
    let answered = apps.iter().any(|a| {
        matches!(a.outcome, Outcome::Rejected | Outcome::Offer) && a.closed_on.is_some_and(recent)
    });
    (sent >= BURNOUT_APPLICATIONS && !answered).then_some(sent)
}
