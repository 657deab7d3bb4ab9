//! Weekly goals and the check-ins that count towards them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::stamps::Stamps;

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
    /// The unit for an amount: "1 person contacted", "3 people contacted".
    pub fn label_for(&self, n: u32) -> &str {
        match (self, n) {
            (Unit::Applications, 1) => crate::t!("application"),
            (Unit::People, 1) => crate::t!("person contacted"),
            (Unit::Hours, 1) => crate::t!("hour"),
            (Unit::Sessions, 1) => crate::t!("session"),
            (Unit::Events, 1) => crate::t!("event"),
            _ => self.label(),
        }
    }

    pub fn label(&self) -> &str {
        match self {
            Unit::Applications => crate::t!("applications"),
            Unit::People => crate::t!("people contacted"),
            Unit::Hours => crate::t!("hours"),
            Unit::Sessions => crate::t!("sessions"),
            Unit::Events => crate::t!("events"),
            Unit::Own(s) => s,
        }
    }

    /// A weekly target in words: "3 applications a week", "1 hour a week"
    /// (the person's own unit as they wrote it).
    pub fn per_week(&self, n: u32) -> String {
        match self {
            Unit::Applications => {
                crate::tp!(n, "1 application a week", "{n} applications a week")
            }
            Unit::People => crate::tp!(
                n,
                "1 person contacted a week",
                "{n} people contacted a week"
            ),
            Unit::Hours => crate::tp!(n, "1 hour a week", "{n} hours a week"),
            Unit::Sessions => crate::tp!(n, "1 session a week", "{n} sessions a week"),
            Unit::Events => crate::tp!(n, "1 event a week", "{n} events a week"),
            Unit::Own(s) => crate::tf!("{count} {unit} a week", count = n, unit = s),
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
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub ends_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
    /// Completed goals stay visible as achievements.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::ymd::option"
    )]
    pub completed_on: Option<NaiveDate>,
    /// Weeks (by their first day) the user marked as rest: no target, no penalty.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        with = "super::ymd::list"
    )]
    pub rest_weeks: Vec<NaiveDate>,
    /// When each setting last changed (see `stamps`).
    #[serde(default, rename = "s", skip_serializing_if = "Stamps::is_empty")]
    pub s: Stamps,
}

impl_record!(
    Goal,
    |g| Goal {
        meta: g.meta.clone(),
        title: String::new(),
        target: 0,
        unit: Unit::default(),
        auto_count: false,
        ends_on: None,
        archived: false,
        completed_on: None,
        rest_weeks: Vec::new(),
        s: Stamps::default(),
    },
    stamped
);

impl Goal {
    pub fn is_rest(&self, week: Week) -> bool {
        self.rest_weeks.contains(&week.start)
    }

    /// The week the goal was created in.
    pub fn first_week(&self, start: WeekStart) -> Week {
        Week::containing(self.meta.created_at.date_naive(), start)
    }
}

/// A goal's progress in one ISO week (Monday to Sunday): one record per
/// goal and week instead of one per tap, so two years of daily logging stay
/// small. Totals for Sunday-start weeks add up the days from two buckets.
///
/// Two tabs that create a bucket for the same week at the same moment each
/// keep their own (both count towards the total), so no tap is lost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoalWeek {
    pub meta: Meta,
    pub goal: Id,
    /// The Monday of the ISO week.
    #[serde(with = "super::ymd")]
    pub week: NaiveDate,
    /// Amounts logged Monday..Sunday.
    pub days: [u32; 7],
    /// Optional notes, by day (0 = Monday).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<(u8, String)>,
}

impl_record!(GoalWeek, |w| GoalWeek {
    meta: w.meta.clone(),
    goal: w.goal,
    week: w.week,
    days: [0; 7],
    notes: Vec::new(),
});

/// The Monday of `day`'s ISO week, and the day's index in it.
pub fn iso_slot(day: NaiveDate) -> (NaiveDate, usize) {
    let w = Week::containing(day, WeekStart::Monday);
    (w.start, (day - w.start).num_days() as usize)
}

/// The amount logged for `goal` on `day`, across all its buckets.
pub fn day_total(progress: &[GoalWeek], goal: &Id, day: NaiveDate) -> u32 {
    let (monday, i) = iso_slot(day);
    live(progress)
        .filter(|b| &b.goal == goal && b.week == monday)
        .map(|b| b.days[i])
        .sum()
}

/// This device's record of `goal`'s ISO week starting `monday`. The same
/// inputs always give the same id, so a device keeps adding to its own
/// record and two devices never edit the same one: after a merge (a backup
/// imported on the other device) their taps add up, each counted once.
pub fn week_record_id(device: u128, goal: &Id, monday: NaiveDate) -> Id {
    use super::record::mix;
    let g = goal.as_u128();
    let week = super::order::day(monday) as u64;
    let hi = mix(device as u64 ^ mix((device >> 64) as u64 ^ mix(g as u64)));
    let lo = mix((g >> 64) as u64 ^ mix(week ^ hi));
    Id::derived((u128::from(hi) << 64) | u128::from(lo))
}

/// Adds `amount` (and a note) on `day` to this `device`'s record of the
/// week (created, or brought back, if needed). Returns the record's id.
pub fn add_progress(
    progress: &mut Vec<GoalWeek>,
    goal: Id,
    day: NaiveDate,
    amount: u32,
    note: &str,
    device: u128,
    now: chrono::DateTime<chrono::Utc>,
) -> Id {
    let (monday, i) = iso_slot(day);
    let own = week_record_id(device, &goal, monday);
    let bucket = match progress.iter().position(|b| b.meta.id == own) {
        Some(p) => {
            let b = &mut progress[p];
            if !b.meta.is_live() {
                // Its deletion dropped the counts; start the week again.
                b.meta.deleted_at = None;
                b.days = [0; 7];
                b.notes.clear();
            }
            b
        }
        None => {
            progress.push(GoalWeek {
                meta: Meta::new(own, now),
                goal,
                week: monday,
                days: [0; 7],
                notes: Vec::new(),
            });
            let last = progress.len() - 1;
            &mut progress[last]
        }
    };
    bucket.days[i] = bucket.days[i].saturating_add(amount);
    if !note.trim().is_empty() {
        bucket.notes.push((i as u8, note.trim().to_string()));
    }
    bucket.meta.touch(now);
    bucket.meta.id
}

/// Takes back up to `amount` from `day` (undo, or correcting a past day),
/// from this `device`'s own record first; notes of a day that drops to zero
/// go too.
pub fn remove_progress(
    progress: &mut [GoalWeek],
    goal: &Id,
    day: NaiveDate,
    amount: u32,
    device: u128,
    now: chrono::DateTime<chrono::Utc>,
) {
    let (monday, i) = iso_slot(day);
    let own = week_record_id(device, goal, monday);
    let mut left = amount;
    let (mut order, others): (Vec<usize>, Vec<usize>) = (0..progress.len())
        .filter(|&n| {
            let b = &progress[n];
            &b.goal == goal && b.week == monday && b.meta.is_live()
        })
        .partition(|&n| progress[n].meta.id == own);
    order.extend(others);
    for n in order {
        let b = &mut progress[n];
        if left == 0 {
            break;
        }
        let take = b.days[i].min(left);
        if take > 0 {
            b.days[i] -= take;
            left -= take;
            if b.days[i] == 0 {
                b.notes.retain(|(d, _)| usize::from(*d) != i);
            }
            b.meta.touch(now);
        }
    }
}

/// What counts towards `goal` in `week`: its logged progress, plus logged
/// applications when the goal counts them automatically.
pub fn week_total(goal: &Goal, progress: &[GoalWeek], apps: &[Application], week: Week) -> u32 {
    let logged: u32 = live(progress)
        .filter(|b| b.goal == goal.meta.id)
        .flat_map(|b| (0..7).map(move |i| (b.week + chrono::Duration::days(i as i64), b.days[i])))
        .filter(|(d, _)| week.contains(*d))
        .map(|(_, n)| n)
        .sum();
    let auto = if goal.auto_count {
        auto_counted(apps, week).len() as u32
    } else {
        0
    };
    logged.saturating_add(auto)
}

/// What a goal that counts "the applications and rejections I log" counts
/// in `week`, one line each for its history: an application in the week it
/// was sent ("+1 Acme, application sent"); a rejection logged without a
/// sent date (the quick form) in the week it arrived ("+1 Acme, rejection
/// logged"). Each record counts once.
pub fn auto_counted(apps: &[Application], week: Week) -> Vec<(NaiveDate, String)> {
    // Whole lines, with or without the company's name.
    let sent = |a: &Application| match a.company.trim() {
        "" => crate::t!("+1 An application, application sent").to_string(),
        c => crate::tf!("+1 {company}, application sent", company = c),
    };
    let logged = |a: &Application| match a.company.trim() {
        "" => crate::t!("+1 An application, rejection logged").to_string(),
        c => crate::tf!("+1 {company}, rejection logged", company = c),
    };
    live(apps)
        .filter_map(|a| match a.applied_on {
            Some(d) => week.contains(d).then(|| (d, sent(a))),
            None if a.outcome.is_rejection() => {
                let d = a
                    .closed_on
                    .unwrap_or_else(|| a.meta.created_at.date_naive());
                week.contains(d).then(|| (d, logged(a)))
            }
            None => None,
        })
        .collect()
}

/// "N / T this week"
pub fn week_text(total: u32, target: u32) -> String {
    crate::tf!(
        "{total} / {target} this week",
        total = total,
        target = target
    )
}

/// The current week for `today` under the user's week start.
pub fn this_week(today: NaiveDate, start: WeekStart) -> Week {
    Week::containing(today, start)
}

/// Live goals still being worked on, oldest first (the order the user made them).
pub fn active_goals(goals: &[Goal]) -> Vec<&Goal> {
    live(goals)
        .filter(|g| !g.archived && g.completed_on.is_none())
        .collect()
}

/// Completed goals, most recent first: the user's achievements.
pub fn achievements(goals: &[Goal]) -> Vec<&Goal> {
    let mut out: Vec<&Goal> = live(goals).filter(|g| g.completed_on.is_some()).collect();
    // Most recent first; goals without a date last.
    super::order::sort_by(&mut out, |g| {
        (
            g.completed_on.map_or(i64::MAX, |d| -super::order::day(d)),
            0,
            0,
        )
    });
    out
}

/// One week of a goal's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekStat {
    pub week: Week,
    pub total: u32,
    pub target: u32,
    pub rest: bool,
    /// Before the goal existed: shown empty, never counted.
    pub before_start: bool,
}

impl WeekStat {
    pub fn met(&self) -> bool {
        self.total >= self.target
    }

    /// Share of the target reached, capped at 1.
    pub fn ratio(&self) -> f64 {
        if self.target == 0 {
            return 1.0;
        }
        (f64::from(self.total) / f64::from(self.target)).min(1.0)
    }
}

/// The last `weeks` weeks ending with `current`, oldest first.
pub fn history(
    goal: &Goal,
    progress: &[GoalWeek],
    apps: &[Application],
    current: Week,
    start: WeekStart,
    weeks: usize,
) -> Vec<WeekStat> {
    let first = goal.first_week(start);
    current
        .trailing(weeks)
        .into_iter()
        .map(|week| WeekStat {
            week,
            total: week_total(goal, progress, apps, week),
            target: goal.target,
            rest: goal.is_rest(week),
            before_start: week.start < first.start,
        })
        .collect()
}

/// How many weeks the strength score looks back over.
pub const STRENGTH_WEEKS: usize = 12;

/// A 0–100 score that rises with consistency. Each of the last twelve weeks
/// adds its share of the target; rest weeks and weeks before the goal began
/// are skipped (they never count against you), and the current week only
/// counts once its target is met, so the score never dips mid-week. One
/// missed week after a long run costs about eight points, not everything.
pub fn strength(history: &[WeekStat], current: Week) -> u32 {
    let counted: f64 = history
        .iter()
        .rev()
        .filter(|w| !w.rest && !w.before_start)
        .filter(|w| w.week != current || w.met())
        .take(STRENGTH_WEEKS)
        .map(WeekStat::ratio)
        .sum();
    (counted / STRENGTH_WEEKS as f64 * 100.0).round() as u32
}

/// Rest weeks allowed per calendar month (by the week's first day).
pub const REST_WEEKS_PER_MONTH: usize = 1;

/// Whether `week` can be marked as rest: the month's budget isn't used up.
pub fn can_rest(goal: &Goal, week: Week) -> bool {
    use chrono::Datelike;
    if goal.is_rest(week) {
        return true;
    }
    let same_month =
        |d: &NaiveDate| d.year() == week.start.year() && d.month() == week.start.month();
    goal.rest_weeks.iter().filter(|d| same_month(d)).count() < REST_WEEKS_PER_MONTH
}

/// One day's logged progress, for the "recent progress" list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DayEntry {
    pub date: NaiveDate,
    pub amount: u32,
    pub notes: Vec<String>,
}

/// The last `n` days with progress for a goal, newest first.
pub fn recent_days(progress: &[GoalWeek], goal: &Id, n: usize) -> Vec<DayEntry> {
    let mut days: Vec<DayEntry> = Vec::new();
    for b in live(progress).filter(|b| &b.goal == goal) {
        for i in 0..7 {
            if b.days[i] == 0 {
                continue;
            }
            let date = b.week + chrono::Duration::days(i as i64);
            let notes = b
                .notes
                .iter()
                .filter(|(d, _)| usize::from(*d) == i)
                .map(|(_, t)| t.clone());
            match days.iter_mut().find(|e| e.date == date) {
                Some(e) => {
                    e.amount += b.days[i];
                    e.notes.extend(notes);
                }
                None => days.push(DayEntry {
                    date,
                    amount: b.days[i],
                    notes: notes.collect(),
                }),
            }
        }
    }
    super::order::sort_by(&mut days, |e| (-super::order::day(e.date), 0, 0));
    days.truncate(n);
    days
}

/// A goal suggested by a feedback theme: title, weekly target and unit.
pub fn goal_from_theme(theme: super::feedback::Theme, company: &str) -> (String, u32, Unit) {
    use super::feedback::Theme;
    let (title, target, unit) = match theme {
        Theme::Skills => (
            crate::t!("Practise the skill the feedback named"),
            2,
            Unit::Hours,
        ),
        Theme::Experience => (
            crate::t!("Build experience with a small project"),
            2,
            Unit::Hours,
        ),
        Theme::Interview => (crate::t!("Practise interviewing"), 1, Unit::Sessions),
        Theme::Fit => (
            crate::t!("Research a team before applying"),
            2,
            Unit::Sessions,
        ),
        Theme::Communication => (
            crate::t!("Practise telling my story out loud"),
            1,
            Unit::Sessions,
        ),
        Theme::Other => (
            crate::t!("Work on the feedback I received"),
            1,
            Unit::Sessions,
        ),
    };
    let title = if company.trim().is_empty() {
        title.to_string()
    } else {
        crate::tf!(
            "{goal} (from {company} feedback)",
            goal = title,
            company = company.trim()
        )
    };
    (title, target, unit)
}
