//! Weekly goals and the check-ins that count towards them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::{impl_record, live, Id, Meta};
use super::rejection::Application;
use super::time::{Week, WeekStart};

/// What a goal counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    #[default]
    Applications,
    People,
    Hours,
    Sessions,
    Events,
    /// The user's own unit, e.g. "pages".
    Own(String),
}

impl Unit {
    pub fn label(&self) -> &str {
        match self {
            Unit::Applications => "applications",
            Unit::People => "people contacted",
            Unit::Hours => "hours",
            Unit::Sessions => "sessions",
            Unit::Events => "events",
            Unit::Own(s) => s,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub meta: Meta,
    pub title: String,
    pub target: u32,
    #[serde(default)]
    pub unit: Unit,
    /// Count applications and rejections logged in the week automatically.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub auto_count: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
}

impl_record!(Goal);

/// Progress logged against a goal on a day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    pub meta: Meta,
    pub goal: Id,
    pub date: NaiveDate,
    pub amount: u32,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl_record!(CheckIn);

/// What counts towards `goal` in `week`: its check-ins, plus logged
/// applications when the goal counts them automatically.
pub fn week_total(goal: &Goal, checkins: &[CheckIn], apps: &[Application], week: Week) -> u32 {
    let logged: u32 = live(checkins)
        .filter(|c| c.goal == goal.meta.id && week.contains(c.date))
        .map(|c| c.amount)
        .sum();
    let auto = if goal.auto_count {
        live(apps)
            .filter(|a| {
                week.contains(
                    a.applied_on
                        .or(a.closed_on)
                        .unwrap_or(a.meta.created_at.date_naive()),
                )
            })
            .count() as u32
    } else {
        0
    };
    logged.saturating_add(auto)
}

/// "N / T this week"
pub fn week_text(total: u32, target: u32) -> String {
    format!("{total} / {target} this week")
}

/// The current week for `today` under the user's week start.
pub fn this_week(today: NaiveDate, start: WeekStart) -> Week {
    Week::containing(today, start)
}

/// Live, not archived goals, oldest first (the order the user made them).
pub fn active_goals(goals: &[Goal]) -> Vec<&Goal> {
    live(goals).filter(|g| !g.archived).collect()
}
