//! Patterns in the search, derived from the data — framed to help a person
//! see what's going on instead of blaming themselves. Every figure covers
//! the chosen range ([`Range`]): the weeks the chart shows.

mod more;
mod range;
mod suggest;

pub use more::{
    answer_days, control_by_month, control_trend_sentence, usual_stage, MonthControl, UsualStage,
};
pub use range::Range;
pub use suggest::{suggest, Suggestion};

use chrono::{Duration, NaiveDate};

use super::data::AppData;
use super::feedback::Theme;
use super::record::live;
use super::rejection::{Application, ControlSummary, Outcome, Stage};
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
    /// The usual days from sending to an answer (the median), if at least
    /// two answers have both dates.
    pub answer_days: Option<i64>,
    /// The stage rejections usually come at, when one clearly leads.
    pub usual_stage: Option<UsualStage>,
    /// Reasons within and outside the person's control, month by month.
    pub control_by_month: Vec<MonthControl>,
    /// One next step the data suggests.
    pub suggestion: Option<Suggestion>,
}

impl Insights {
    /// Whether feedback's most mentioned theme leads: more than once, and
    /// more often than the next (a theme mentioned once leads nothing).
    pub fn theme_leads(&self) -> bool {
        match self.themes.as_slice() {
            [(_, a), (_, b), ..] => *a >= 2 && a > b,
            [(_, a)] => *a >= 2,
            [] => false,
        }
    }
}

pub fn insights(data: &AppData, today: NaiveDate, start: WeekStart, weeks: usize) -> Insights {
    let current = Week::containing(today, start);
    let apps: Vec<&Application> = live(&data.applications).collect();
    // The chart starts at the person's first activity, not with empty weeks
    // from before they used Rebound.
    let first = apps
        .iter()
        .flat_map(|a| [Some(a.sent_day()), a.closed_on])
        .flatten()
        .min();
    let weeks: Vec<WeekCounts> = current
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
    // Everything else counts what happened within the chart's weeks.
    let from = weeks
        .first()
        .map_or(current.start, |w: &WeekCounts| w.week.start);
    let within = |d: Option<NaiveDate>| d.is_some_and(|d| d >= from && d <= today);
    let in_range: Vec<&Application> = apps
        .iter()
        .copied()
        .filter(|a| {
            within(a.closed_on)
                || within(a.applied_on)
                || a.feedback
                    .as_ref()
                    .is_some_and(|f| within(f.sent_on) || within(f.reply_on))
        })
        .collect();
    let rejections: Vec<&Application> = in_range
        .iter()
        .copied()
        .filter(|a| a.outcome.is_rejection() && within(a.closed_on))
        .collect();
    let by_stage = Stage::ALL
        .into_iter()
        .map(|s| (s, rejections.iter().filter(|a| a.stage == s).count()))
        .collect();
    let asked = in_range
        .iter()
        .filter(|a| a.feedback.as_ref().is_some_and(|f| within(f.sent_on)))
        .count();
    let answered = in_range
        .iter()
        .filter(|a| {
            a.feedback
                .as_ref()
                .is_some_and(|f| f.reply_on.is_some() && (within(f.sent_on) || within(f.reply_on)))
        })
        .count();
    let mut themes: Vec<(Theme, usize)> = Theme::ALL
        .into_iter()
        .map(|t| {
            let n = in_range
                .iter()
                .filter(|a| {
                    a.feedback
                        .as_ref()
                        .is_some_and(|f| f.reply_on.is_some() && f.themes.contains(&t))
                })
                .count();
            (t, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    super::order::sort_by(&mut themes, |(_, n)| (-(*n as i64), 0, 0));
    let mut out = Insights {
        control: ControlSummary::of(rejections.iter().flat_map(|a| &a.reasons)),
        answer_days: answer_days(&in_range, from, today),
        usual_stage: usual_stage(&rejections),
        control_by_month: control_by_month(&rejections),
        weeks,
        by_stage,
        feedback_asked: asked,
        feedback_answered: answered,
        themes,
        suggestion: None,
    };
    out.suggestion = suggest(data, &out, today);
    out
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
