//! The recovery plan: a short list of kind, concrete steps after a rejection.
//!
//! Built-in steps are stored by key and their words live here, so a thousand
//! plans cost a few bytes each; the user's own steps carry their text. Each
//! rejection gets its own copy of the template when it is logged, so editing
//! the template later never rewrites a past plan.

use serde::{Deserialize, Serialize};

use crate::lang::Text;

/// How a step is completed in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// A plain tick.
    Check,
    /// A tick plus a short note answering `prompt`.
    Note { prompt: Text },
    /// The bounded pause ("take until tomorrow evening").
    Pause,
    /// The reflection questions, answered inline.
    Reflect,
    /// Sorting reasons into within / outside my control.
    Control,
    /// Links to the feedback composer.
    Feedback,
}

/// A step that ships with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltinStep {
    pub key: &'static str,
    pub title: Text,
    pub detail: Text,
    pub kind: StepKind,
}

/// The default plan, in order. Written for Rebound from the content brief.
pub const BUILTIN_STEPS: [BuiltinStep; 12] = [
    BuiltinStep {
        key: "pause",
        title: crate::tk!("Give it until tomorrow evening"),
        detail: crate::tk!("Being disappointed is fair. Let yourself feel it for a set time, and do nothing about the search until then."),
        kind: StepKind::Pause,
    },
    BuiltinStep {
        key: "good_thing",
        title: crate::tk!("Write down one good thing from this process"),
        detail: crate::tk!("Something you learned, someone you met, or a question you handled well."),
        kind: StepKind::Note { prompt: crate::tk!("One good thing") },
    },
    BuiltinStep {
        key: "feedback",
        title: crate::tk!("Ask for feedback, briefly and politely"),
        detail: crate::tk!("A short note is enough. Plenty of teams never reply; that says more about their inbox than about you."),
        kind: StepKind::Feedback,
    },
    BuiltinStep {
        key: "reflect",
        title: crate::tk!("Look back at how it went"),
        detail: crate::tk!("A few honest questions, answered for yourself. Short answers are fine."),
        kind: StepKind::Reflect,
    },
    BuiltinStep {
        key: "control",
        title: crate::tk!("Sort what you control from what you don't"),
        detail: crate::tk!("Skills, preparation and materials are yours to work on. Budgets, timing and internal candidates are not."),
        kind: StepKind::Control,
    },
    BuiltinStep {
        key: "thank",
        title: crate::tk!("Thank them and leave the door open"),
        detail: crate::tk!("A gracious reply is remembered when the next opening comes up."),
        kind: StepKind::Check,
    },
    BuiltinStep {
        key: "strengths",
        title: crate::tk!("Remind yourself what you do well"),
        detail: crate::tk!("Name a strength or a past achievement that this decision does not change."),
        kind: StepKind::Note { prompt: crate::tk!("A strength or achievement") },
    },
    BuiltinStep {
        key: "tell",
        title: crate::tk!("Tell someone you trust"),
        detail: crate::tk!("Saying it out loud to a friend, mentor or family member makes it lighter."),
        kind: StepKind::Check,
    },
    BuiltinStep {
        key: "basics",
        title: crate::tk!("Look after the basics"),
        detail: crate::tk!("Sleep, a walk or some movement, a proper meal, time outside, something you enjoy."),
        kind: StepKind::Check,
    },
    BuiltinStep {
        key: "momentum",
        title: crate::tk!("Keep one thing moving"),
        detail: crate::tk!("Send the next application or get in touch with one person. Small counts."),
        kind: StepKind::Check,
    },
    BuiltinStep {
        key: "small_win",
        title: crate::tk!("Notice a small win this week"),
        detail: crate::tk!("Anything that went right, however small. Save it to your journal."),
        kind: StepKind::Note { prompt: crate::tk!("Your small win") },
    },
    BuiltinStep {
        key: "lesson",
        title: crate::tk!("Turn one lesson into a next step"),
        detail: crate::tk!("Pick one thing to practise and make it a weekly goal."),
        kind: StepKind::Note { prompt: crate::tk!("The next step") },
    },
];

/// Reflection questions: key and prompt.
pub const REFLECTION_PROMPTS: [(&str, Text); 6] = [
    ("tailored", crate::tk!("Was your application shaped to this particular posting?")),
    ("unprepared", crate::tk!("Where did you feel least prepared?")),
    ("research", crate::tk!("How well did you know the company going in?")),
    ("strengths", crate::tk!("Did your strengths come across? Which would you lead with next time?")),
    ("right_role", crate::tk!("Looking back, was this role really right for you?")),
    ("wider", crate::tk!("Is there a neighbouring role, another industry or another city where your experience would count just as much?")),
];

/// How many undone steps are suggested for today.
pub const SUGGESTED: usize = 3;

/// The steps to suggest for today: the first few not yet done, in the
/// plan's order (the order is the template's, written to start gently).
pub fn suggested_steps(plan: &[PlanStep]) -> Vec<usize> {
    plan.iter()
        .enumerate()
        .filter(|(_, s)| !s.done)
        .map(|(i, _)| i)
        .take(SUGGESTED)
        .collect()
}

pub fn builtin(key: &str) -> Option<&'static BuiltinStep> {
    BUILTIN_STEPS.iter().find(|s| s.key == key)
}

/// A step of the user's template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateStep {
    /// A built-in key, or a fresh key for the user's own step.
    pub key: String,
    /// The user's words (own steps only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

/// The template a new user starts with: every built-in step, in order.
pub fn default_template() -> Vec<TemplateStep> {
    BUILTIN_STEPS
        .iter()
        .map(|s| TemplateStep {
            key: s.key.to_string(),
            text: None,
            hidden: false,
        })
        .collect()
}

/// One step of one rejection's plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl PlanStep {
    /// The title to show: the built-in words or the user's own.
    pub fn title(&self) -> &str {
        match (&self.text, builtin(&self.key)) {
            (Some(t), _) => t,
            (None, Some(b)) => b.title.get(),
            (None, None) => crate::t!("A step of your own"),
        }
    }

    pub fn detail(&self) -> &'static str {
        builtin(&self.key).map_or("", |b| b.detail.get())
    }

    pub fn kind(&self) -> StepKind {
        if self.text.is_some() {
            return StepKind::Check;
        }
        builtin(&self.key).map_or(StepKind::Check, |b| b.kind)
    }
}

/// A fresh plan from the template: visible steps only, nothing ticked.
pub fn instantiate(template: &[TemplateStep]) -> Vec<PlanStep> {
    template
        .iter()
        .filter(|t| !t.hidden)
        .map(|t| PlanStep {
            key: t.key.clone(),
            text: t.text.clone(),
            done: false,
            note: String::new(),
        })
        .collect()
}

/// "N of M" for a plan.
pub fn progress(plan: &[PlanStep]) -> (usize, usize) {
    (plan.iter().filter(|s| s.done).count(), plan.len())
}

pub fn progress_text(plan: &[PlanStep]) -> String {
    let (done, total) = progress(plan);
    crate::tf!("{done} of {total}", done = done, total = total)
}

/// Template edits offered in Settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateEdit {
    Add { key: String, text: String },
    Remove(usize),
    MoveUp(usize),
    MoveDown(usize),
    ToggleHidden(usize),
    Reset,
}

/// Applies an edit; out-of-range indices and blank text are ignored.
/// Built-in steps are hidden rather than removed, so they can come back.
pub fn edit_template(template: &mut Vec<TemplateStep>, edit: TemplateEdit) {
    let len = template.len();
    match edit {
        TemplateEdit::Add { key, text } => {
            let text = text.trim();
            if !text.is_empty() {
                template.push(TemplateStep {
                    key,
                    text: Some(text.to_string()),
                    hidden: false,
                });
            }
        }
        TemplateEdit::Remove(i) if i < len => {
            if template[i].text.is_some() {
                template.remove(i);
            } else {
                template[i].hidden = true;
            }
        }
        TemplateEdit::MoveUp(i) if i > 0 && i < len => template.swap(i - 1, i),
        TemplateEdit::MoveDown(i) if i + 1 < len => template.swap(i, i + 1),
        TemplateEdit::ToggleHidden(i) if i < len => template[i].hidden = !template[i].hidden,
        TemplateEdit::Reset => *template = default_template(),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_plan_has_every_step_unticked() {
        let plan = instantiate(&default_template());
        assert_eq!(plan.len(), BUILTIN_STEPS.len());
        assert_eq!(progress_text(&plan), "0 of 12");
        assert_eq!(plan[0].title(), "Give it until tomorrow evening");
    }

    #[test]
    fn hidden_steps_are_left_out_and_own_steps_kept() {
        let mut t = default_template();
        edit_template(&mut t, TemplateEdit::ToggleHidden(0));
        edit_template(
            &mut t,
            TemplateEdit::Add {
                key: "own-1".into(),
                text: "  Go for a swim ".into(),
            },
        );
        let plan = instantiate(&t);
        assert_eq!(plan.len(), 12);
        assert_eq!(plan.last().unwrap().title(), "Go for a swim");
        assert_eq!(plan.last().unwrap().kind(), StepKind::Check);
    }

    #[test]
    fn removing_a_builtin_hides_it_and_removing_own_step_deletes_it() {
        let mut t = default_template();
        edit_template(&mut t, TemplateEdit::Remove(1));
        assert_eq!(t.len(), 12);
        assert!(t[1].hidden);
        edit_template(
            &mut t,
            TemplateEdit::Add {
                key: "own".into(),
                text: "x".into(),
            },
        );
        edit_template(&mut t, TemplateEdit::Remove(12));
        assert_eq!(t.len(), 12);
    }

    #[test]
    fn moves_at_the_edges_do_nothing() {
        let mut t = default_template();
        let before = t.clone();
        edit_template(&mut t, TemplateEdit::MoveUp(0));
        edit_template(&mut t, TemplateEdit::MoveDown(11));
        edit_template(&mut t, TemplateEdit::Remove(99));
        assert_eq!(t, before);
        edit_template(&mut t, TemplateEdit::MoveDown(0));
        assert_eq!(t[1].key, "pause");
    }
}
