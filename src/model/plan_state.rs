//! The recovery plan follows what happened: sending the feedback request or
//! hearing back ticks its step, writing a note ticks the note's step, the
//! pause step says what was chosen, and a win written in the plan can go to
//! the journal. Pure rules, so the pages only show them.

use chrono::NaiveDate;

use super::feedback::FeedbackRequest;
use super::journal::EntryKind;
use super::rejection::Application;
use super::time::{long_date, relative_day, short_date};

/// The plan step the feedback request belongs to.
pub const FEEDBACK_STEP: &str = "feedback";

impl Application {
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
    let sent = format!("Sent {}", short_date(sent));
    Some(match (f.reply_on, f.status_on(today)) {
        (Some(r), _) => {
            let themes: Vec<&str> = f.themes.iter().map(|t| t.label()).collect();
            if themes.is_empty() {
                format!("{sent} · reply received {}", short_date(r))
            } else {
                format!(
                    "{sent} · reply received {}: {}",
                    short_date(r),
                    themes.join(", ")
                )
            }
        }
        (None, "no reply") => format!("{sent} · no reply after three weeks, and that's fine"),
        (None, _) => match f.nudged_on {
            Some(n) => format!("{sent} · followed up {} · awaiting reply", short_date(n)),
            None => format!("{sent} · awaiting reply"),
        },
    })
}

/// The pause step's heading for what was chosen, or `None` before a choice
/// (then the plan's own words stand).
pub fn pause_title(until: Option<NaiveDate>, today: NaiveDate) -> Option<String> {
    let until = until?;
    Some(match (until - today).num_days() {
        d if d < 0 => format!("Pause over (it ended {})", relative_day(until, today)),
        0 => "Resting until this evening".to_string(),
        1 => "Resting until tomorrow evening".to_string(),
        _ => format!("Resting until the evening of {}", long_date(until)),
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
