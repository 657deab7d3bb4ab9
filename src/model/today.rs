//! What Today shows as due, computed from the data at a given date.

use chrono::{DateTime, NaiveDate, Utc};

use super::backup::{backup_nudge_due_after, Exposure};
use super::data::AppData;
use super::record::{live, Id};
use super::rejection::quiet_applications;

use super::feedback::NO_REPLY_DAYS;
use super::goals::{active_goals, week_total};
use super::time::Week;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Due {
    /// A pause is running; ends the evening of `until`.
    Pausing {
        id: Id,
        company: String,
        until: NaiveDate,
    },
    /// A pause ended; the plan is waiting, gently.
    PauseOver { id: Id, company: String },
    /// A feedback request went out a week ago with no reply.
    FollowUp {
        id: Id,
        company: String,
        sent: NaiveDate,
    },
    /// In-progress applications with no news for a while.
    Quiet { count: usize },
    /// Late in the week, some goals are short of their target (never shown
    /// for rest weeks; phrased as an invitation, not a debt).
    GoalsBehind { count: usize, days_left: u32 },
    /// The last day of the week: a few minutes to look back.
    WeeklyReview,
    /// Time for a backup.
    Backup,
}

/// Due items at `today`, most time-sensitive first. `exposure` (where the
/// data lives) sets how soon a backup is due.
pub fn due_items(
    data: &AppData,
    today: NaiveDate,
    now: DateTime<Utc>,
    exposure: Exposure,
) -> Vec<Due> {
    due_items_after(data, today, now, exposure, None)
}

/// [`due_items`] on a device where a backup file was imported at
/// `imported_at` (see [`backup_nudge_due_after`]).
pub fn due_items_after(
    data: &AppData,
    today: NaiveDate,
    now: DateTime<Utc>,
    exposure: Exposure,
    imported_at: Option<DateTime<Utc>>,
) -> Vec<Due> {
    let mut out = Vec::new();
    for a in live(&data.applications).filter(|a| a.outcome.is_rejection()) {
        // The pause step ticks itself when the pause is chosen and when it
        // ends, so its tick says nothing about resting: only a tick given
        // by hand to the plan's default pause ends it early.
        let unfinished = a.plan.iter().any(|s| s.key != "pause" && !s.done);
        if let Some(until) = a.pause_until {
            let pause_done =
                a.pause_chosen.is_none() && a.plan.iter().any(|s| s.key == "pause" && s.done);
            if today <= until && !pause_done {
                out.push(Due::Pausing {
                    id: a.meta.id,
                    company: a.company.clone(),
                    until,
                });
            } else if today > until && unfinished && (today - until).num_days() <= 3 {
                out.push(Due::PauseOver {
                    id: a.meta.id,
                    company: a.company.clone(),
                });
            }
        }
        if let Some(f) = &a.feedback {
            if let (Some(sent), None, None) = (f.sent_on, f.reply_on, f.nudged_on) {
                let days = (today - sent).num_days();
                let nudge_after = i64::from(data.settings.followup_days);
                if (nudge_after..NO_REPLY_DAYS).contains(&days) {
                    out.push(Due::FollowUp {
                        id: a.meta.id,
                        company: a.company.clone(),
                        sent,
                    });
                }
            }
        }
    }
    let week = Week::containing(today, data.settings.week_start);
    let days_left = week.days_left(today);
    if days_left <= 2 {
        let behind = active_goals(&data.goals)
            .into_iter()
            .filter(|g| !g.is_rest(week))
            .filter(|g| week_total(g, &data.progress, &data.applications, week) < g.target)
            .count();
        if behind > 0 {
            out.push(Due::GoalsBehind {
                count: behind,
                days_left,
            });
        }
    }
    if days_left == 1 && data.record_count() > 0 {
        out.push(Due::WeeklyReview);
    }
    let quiet = quiet_applications(
        &data.applications,
        today,
        i64::from(data.settings.quiet_days),
    )
    .len();
    if quiet > 0 {
        out.push(Due::Quiet { count: quiet });
    }
    if backup_nudge_due_after(data, now, exposure, imported_at) {
        out.push(Due::Backup);
    }
    out
}

/// Evidence of effort: what the user has done, framed as progress.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Effort {
    pub applications: usize,
    pub rejections: usize,
    pub recovered: usize,
    pub feedback_asked: usize,
    pub wins: usize,
}

pub fn effort(data: &AppData) -> Effort {
    let mut e = Effort::default();
    for a in live(&data.applications) {
        e.applications += 1;
        if a.outcome.is_rejection() {
            e.rejections += 1;
            let (done, total) = super::recovery::progress(&a.plan);
            if total > 0 && done * 2 >= total {
                e.recovered += 1;
            }
        }
        if a.feedback.as_ref().is_some_and(|f| f.sent_on.is_some()) {
            e.feedback_asked += 1;
        }
    }
    e.wins = live(&data.journal)
        .filter(|j| j.kind == super::journal::EntryKind::Win)
        .count();
    e
}
