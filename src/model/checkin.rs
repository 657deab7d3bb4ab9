//! "How are you feeling?": an optional two-tap check-in (a word, and a line
//! if the person wants), offered when a rejection is logged, when its plan
//! is finished, and from Today on any day. Never required, never nagging.
//! Insights shows the trend kindly: evidence of recovery the person can see.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::{impl_record, live, Id, Meta};
use super::rejection::Application;

/// Five gentle words, from hardest to easiest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Rough,
    Low,
    Okay,
    Steady,
    Good,
}

impl Feeling {
    pub const ALL: [Feeling; 5] = [
        Feeling::Rough,
        Feeling::Low,
        Feeling::Okay,
        Feeling::Steady,
        Feeling::Good,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Feeling::Rough => crate::t!("Rough"),
            Feeling::Low => crate::t!("Low"),
            Feeling::Okay => crate::t!("Okay"),
            Feeling::Steady => crate::t!("Steady"),
            Feeling::Good => crate::t!("Good"),
        }
    }

    /// A small face beside the word (text, so no image ships).
    pub fn face(self) -> &'static str {
        match self {
            Feeling::Rough => "😣",
            Feeling::Low => "😔",
            Feeling::Okay => "😐",
            Feeling::Steady => "😌",
            Feeling::Good => "😊",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Feeling::Rough => "rough",
            Feeling::Low => "low",
            Feeling::Okay => "okay",
            Feeling::Steady => "steady",
            Feeling::Good => "good",
        }
    }

    /// 1 (rough) to 5 (good).
    pub fn score(self) -> u8 {
        self as u8 + 1
    }
}

/// When the check-in was offered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    /// Right after a rejection was logged.
    Logged,
    /// When a rejection's plan was finished.
    PlanDone,
    /// From Today, on any day.
    #[default]
    Today,
}

/// One check-in: a record like the others (merged, backed up, exported,
/// deletable).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub meta: Meta,
    pub feeling: Feeling,
    #[serde(with = "super::ymd")]
    pub date: NaiveDate,
    /// A line in the person's own words (optional).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The rejection it followed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<Id>,
    #[serde(default)]
    pub moment: Moment,
}

impl_record!(CheckIn, |c| CheckIn {
    meta: c.meta.clone(),
    feeling: Feeling::Okay,
    date: c.meta.created_at.date_naive(),
    note: String::new(),
    rejection: None,
    moment: Moment::Today,
});

/// Longest line kept with a check-in.
pub const MAX_NOTE_CHARS: usize = 500;

impl CheckIn {
    pub fn new(
        meta: Meta,
        feeling: Feeling,
        date: NaiveDate,
        note: &str,
        moment: Moment,
        rejection: Option<Id>,
    ) -> CheckIn {
        CheckIn {
            meta,
            feeling,
            date,
            note: note.trim().chars().take(MAX_NOTE_CHARS).collect(),
            rejection,
            moment,
        }
    }
}

/// Whether a check-in was made on `day` already (Today then thanks instead
/// of asking again).
pub fn checked_in_on(checkins: &[CheckIn], day: NaiveDate) -> bool {
    live(checkins).any(|c| c.date == day)
}

/// Whether the check-in for this rejection at this moment was made already.
pub fn asked(checkins: &[CheckIn], rejection: &Id, moment: Moment) -> bool {
    live(checkins).any(|c| c.rejection.as_ref() == Some(rejection) && c.moment == moment)
}

/// How long it took to feel steadier after a rejection: the days from the
/// rejection to the first check-in (within four weeks) that reads Steady or
/// better, or better than the check-in made right after it.
pub fn days_to_steadier(a: &Application, checkins: &[CheckIn]) -> Option<i64> {
    let day = a.closed_on?;
    let mut after: Vec<&CheckIn> = live(checkins)
        .filter(|c| c.date >= day && (c.date - day).num_days() <= 28)
        .collect();
    after.sort_by_key(|c| (c.date, c.meta.created_at));
    let first = after.first()?;
    let start = after
        .iter()
        .find(|c| c.rejection.as_ref() == Some(&a.meta.id))
        .unwrap_or(first)
        .feeling;
    after
        .iter()
        .find(|c| c.feeling >= Feeling::Steady || c.feeling > start)
        .map(|c| (c.date - day).num_days())
}

/// The kind sentence Insights shows, from the last three rejections that
/// have check-ins after them: "After your last three rejections you felt
/// steadier within about 4 days." `None` until there is something to say.
pub fn recovery_trend(apps: &[Application], checkins: &[CheckIn]) -> Option<String> {
    let mut rejections: Vec<&Application> = live(apps)
        .filter(|a| a.outcome.is_rejection() && a.closed_on.is_some())
        .collect();
    rejections.sort_by_key(|a| std::cmp::Reverse(a.closed_on));
    let days: Vec<i64> = rejections
        .iter()
        .filter_map(|a| days_to_steadier(a, checkins))
        .take(3)
        .collect();
    match days.len() {
        0 => None,
        1 => Some(match days[0] {
            0 => crate::t!("After your last rejection you felt steadier the same day.").to_string(),
            1 => crate::t!("After your last rejection you felt steadier within a day.").to_string(),
            n => crate::tf!(
                "After your last rejection you felt steadier within {n} days.",
                n = n
            ),
        }),
        n => {
            let avg = (days.iter().sum::<i64>() as f64 / n as f64).round() as i64;
            // Whole sentences for two and for three (no words built up).
            Some(match (n == 2, avg) {
                (true, 0) => crate::t!(
                    "After your last two rejections you felt steadier the same day, each time."
                )
                .to_string(),
                (false, 0) => crate::t!(
                    "After your last three rejections you felt steadier the same day, each time."
                )
                .to_string(),
                (true, 1) => crate::t!(
                    "After your last two rejections you felt steadier within about a day."
                )
                .to_string(),
                (false, 1) => crate::t!(
                    "After your last three rejections you felt steadier within about a day."
                )
                .to_string(),
                (true, d) => crate::tf!(
                    "After your last two rejections you felt steadier within about {d} days.",
                    d = d
                ),
                (false, d) => crate::tf!(
                    "After your last three rejections you felt steadier within about {d} days.",
                    d = d
                ),
            })
        }
    }
}
