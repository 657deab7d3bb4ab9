//! The recovery plan follows what happened. Every step ticks by one rule:
//! when the action it asks for is done ([`action_done`]) — a note written,
//! every reflection answered, the reasons sorted, a pause chosen, the
//! request sent — and, for what happens with time or elsewhere
//! ([`Application::settle`]), when a pause ends or the search moved on
//! since. The person can always tick or untick by hand, and a hand's choice
//! is never overruled: a rule ticks only as its action becomes done, and a
//! settled tick only a step nobody has touched. Pure rules, so the pages
//! only show them.

use chrono::{Duration, NaiveDate};

use super::data::AppData;
use super::feedback::FeedbackRequest;
use super::journal::EntryKind;
use super::record::live;
use super::recovery::{PlanStep, StepKind, REFLECTION_PROMPTS};
use super::rejection::Application;
use super::time::{long_date, short_date};

/// The pause lengths offered as buttons (days after the day of choosing:
/// 0 is "until this evening").
pub const PAUSE_CHOICES: [i64; 3] = [0, 1, 2];

/// Whether the action a step asks for is done. Plain steps have none the
/// app can see: they are ticked by hand or by where they lead (a thank-you
/// marked as sent, a support person contacted, the search moving on).
pub fn action_done(a: &Application, step: &PlanStep) -> bool {
    match step.kind() {
        StepKind::Note { .. } => !step.note.trim().is_empty(),
        StepKind::Pause => a.pause_chosen.is_some(),
        StepKind::Reflect => REFLECTION_PROMPTS
            .iter()
            .all(|(k, _)| !a.reflection(k).trim().is_empty()),
        StepKind::Control => !a.reasons.is_empty(),
        StepKind::Feedback => a
            .feedback
            .as_ref()
            .is_some_and(|f| f.sent_on.is_some() || f.reply_on.is_some()),
        StepKind::Check => false,
    }
}

/// Whether anything happened in the search since this rejection was
/// logged: another application tracked, progress logged on a goal, or a
/// search activity logged.
pub fn moved_since(data: &AppData, a: &Application) -> bool {
    let from = a
        .closed_on
        .unwrap_or_else(|| a.meta.created_at.date_naive());
    let logged_at = a.meta.created_at;
    live(&data.applications).any(|o| o.meta.id != a.meta.id && o.meta.created_at > logged_at)
        || live(&data.progress)
            .any(|b| (0..7).any(|i| b.days[i] > 0 && b.week + Duration::days(i as i64) >= from))
        || live(&data.activities).any(|x| x.date >= from)
}

/// The rejections whose plan [`Application::settle`] would change today.
pub fn unsettled(data: &AppData, today: NaiveDate) -> Vec<super::record::Id> {
    live(&data.applications)
        .filter(|a| a.outcome.is_rejection())
        .filter(|a| {
            let mut copy = (*a).clone();
            copy.settle(today, moved_since(data, a));
            copy.plan != a.plan
        })
        .map(|a| a.meta.id)
        .collect()
}

/// The plan step the feedback request belongs to.
pub const FEEDBACK_STEP: &str = "feedback";

impl Application {
    /// The rule run after every edit (see `field_merge::Fielded::after_edit`):
    /// a step whose action this edit completed is ticked. A step the person
    /// unticked stays unticked until its action is done afresh.
    pub fn follow_actions(&mut self, before: &Application) {
        for i in 0..self.plan.len() {
            let was = before
                .plan
                .iter()
                .find(|s| s.key == self.plan[i].key)
                .is_some_and(|s| action_done(before, s));
            if !was && action_done(self, &self.plan[i]) {
                self.plan[i].done = true;
            }
        }
    }

    /// What time and the rest of the search complete: a pause that ended,
    /// and "keep one thing moving" once something moved. Only steps whose
    /// tick nobody has set or cleared (a hand's untick stands).
    pub fn settle(&mut self, today: NaiveDate, moved: bool) {
        let ended = self.pause_until.is_some_and(|u| u < today);
        for i in 0..self.plan.len() {
            let key = self.plan[i].key.as_str();
            let due = match key {
                "pause" => ended,
                "momentum" => moved,
                _ => false,
            };
            if due && !self.plan[i].done && !self.s.at.contains_key(&format!("p.{key}.d")) {
                self.plan[i].done = true;
            }
        }
    }

    /// The person chose how long to pause, on `today` (`None`: no pause).
    pub fn choose_pause(&mut self, until: Option<NaiveDate>, today: NaiveDate) {
        self.pause_until = until;
        self.pause_chosen = until.map(|_| today);
    }

    /// Which pause button the choice was (days after the day it was made),
    /// so "Two days" chosen on Monday still reads "Two days" on Wednesday.
    /// The plan's own default is "until tomorrow evening".
    pub fn pause_choice(&self) -> Option<i64> {
        let until = self.pause_until?;
        let days = match self.pause_chosen {
            Some(on) => (until - on).num_days(),
            None => 1,
        };
        PAUSE_CHOICES.contains(&days).then_some(days)
    }

    /// Ticks the step with this key, if the plan has it.
    pub fn tick(&mut self, key: &str) {
        if let Some(s) = self.plan.iter_mut().find(|s| s.key == key) {
            s.done = true;
        }
    }

    /// The feedback request went out on `day`: its step is done.
    pub fn mark_feedback_sent(&mut self, day: NaiveDate) {
        self.feedback.get_or_insert_with(Default::default).sent_on = Some(day);
        self.tick(FEEDBACK_STEP);
    }

    /// What they replied (empty text takes the reply back).
    pub fn record_reply(&mut self, text: String, today: NaiveDate) {
        let f = self.feedback.get_or_insert_with(Default::default);
        f.reply_on = (!text.trim().is_empty()).then_some(f.reply_on.unwrap_or(today));
        f.reply = text;
        if f.reply_on.is_some() {
            self.tick(FEEDBACK_STEP);
        }
    }

    /// A plan step's note; writing one ticks the step (clearing it leaves
    /// the tick alone: the person may have ticked it for other reasons).
    pub fn write_step_note(&mut self, index: usize, text: String) {
        if let Some(s) = self.plan.get_mut(index) {
            if !text.trim().is_empty() {
                s.done = true;
            }
            s.note = text;
        }
    }

    /// More than the basics is recorded (progress, notes, reflections,
    /// reasons or a feedback request): deleting it deserves a question.
    pub fn holds_more_than_basics(&self) -> bool {
        self.plan
            .iter()
            .any(|s| s.done || !s.note.trim().is_empty())
            || !self.reflections.is_empty()
            || !self.reasons.is_empty()
            || !self.notes.trim().is_empty()
            || self.feedback.as_ref().is_some_and(|f| {
                f.sent_on.is_some() || !f.reply.trim().is_empty() || f.draft.is_some()
            })
    }
}

/// Where the feedback request stands, in one line for the rejection's page:
/// "Sent 26 Nov 2026 · awaiting reply".
pub fn feedback_line(f: &FeedbackRequest, today: NaiveDate) -> Option<String> {
    let sent = f.sent_on?;
    let sent = crate::tf!("Sent {date}", date = short_date(sent));
    Some(match (f.reply_on, f.status_on(today)) {
        (Some(r), _) => {
            let themes: Vec<&str> = f.themes.iter().map(|t| t.label()).collect();
            if themes.is_empty() {
                crate::tf!(
                    "{sent} · reply received {date}",
                    sent = sent,
                    date = short_date(r)
                )
            } else {
                crate::tf!(
                    "{sent} · reply received {date}: {themes}",
                    sent = sent,
                    date = short_date(r),
                    themes = themes.join(", ")
                )
            }
        }
        (None, "no reply") => crate::tf!(
            "{sent} · no reply after three weeks, and that's fine",
            sent = sent
        ),
        (None, _) => match f.nudged_on {
            Some(n) => crate::tf!(
                "{sent} · followed up {date} · awaiting reply",
                sent = sent,
                date = short_date(n)
            ),
            None => crate::tf!("{sent} · awaiting reply", sent = sent),
        },
    })
}

/// The pause step's heading for what was chosen, or `None` before a choice
/// (then the plan's own words stand).
pub fn pause_title(until: Option<NaiveDate>, today: NaiveDate) -> Option<String> {
    let until = until?;
    Some(match (until - today).num_days() {
        -1 => crate::t!("Pause over (it ended yesterday)").to_string(),
        d if d < 0 => crate::tp!(
            -d,
            "Pause over (it ended {n} day ago)",
            "Pause over (it ended {n} days ago)"
        ),
        0 => crate::t!("Resting until this evening").to_string(),
        1 => crate::t!("Resting until tomorrow evening").to_string(),
        _ => crate::tf!(
            "Resting until the evening of {date}",
            date = long_date(until)
        ),
    })
}

/// The plan steps whose note is worth keeping in the journal, and as what.
pub fn journal_kind(step_key: &str) -> Option<EntryKind> {
    match step_key {
        "good_thing" | "small_win" => Some(EntryKind::Win),
        "strengths" => Some(EntryKind::Strength),
        _ => None,
    }
}
