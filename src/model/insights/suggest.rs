//! One next step drawn from the person's own data, with the way to take
//! it. Suggestions are small and concrete, and never about doing more for
//! its own sake: a rest comes first when the signs point to one.

use chrono::{Duration, NaiveDate};

use super::Insights;
use crate::model::data::AppData;
use crate::model::goals::active_goals;
use crate::model::record::live;
use crate::model::rejection::{reason_label, Control};

/// A suggested next step, and the link that starts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub text: String,
    pub action: &'static str,
    pub href: String,
}

/// The first rule that applies, most useful first.
pub fn suggest(data: &AppData, i: &Insights, today: NaiveDate) -> Option<Suggestion> {
    if let Some(sent) = super::burnout_signal(data, today) {
        return Some(Suggestion {
            text: crate::tf!(
                "{sent} applications in two weeks and no answers yet: a rest week would be well earned.",
                sent = sent,
            ),
            action: crate::t!("Open your goals"),
            href: "/goals".into(),
        });
    }
    // Feedback that named the same thing twice, and no goal for it yet.
    if i.theme_leads() {
        let (theme, n) = i.themes[0];
        let has_goal = active_goals(&data.goals).iter().any(|g| {
            g.title
                .to_lowercase()
                .contains(&theme.label().to_lowercase())
        });
        if !has_goal {
            // Mid-sentence the theme is written small, except in German,
            // whose nouns keep their capital.
            let name = match crate::lang::lang() {
                crate::lang::Lang::De => theme.label().to_string(),
                _ => theme.label().to_lowercase(),
            };
            return Some(Suggestion {
                // A theme leads from two mentions: always "times".
                text: crate::tf!(
                    "Feedback mentioned {theme} {count} times. One small weekly goal could turn it into progress.",
                    theme = name,
                    count = n,
                ),
                action: crate::t!("Make it a goal"),
                href: format!("/goals?new=1&theme={}", theme.key()),
            });
        }
    }
    // A reason within control that keeps coming up.
    let mut within: Vec<(&str, usize)> = Vec::new();
    for a in live(&data.applications).filter(|a| a.outcome.is_rejection()) {
        for r in a.reasons.iter().filter(|r| r.control == Control::Within) {
            match within.iter_mut().find(|(t, _)| *t == r.tag) {
                Some(e) => e.1 += 1,
                None => within.push((&r.tag, 1)),
            }
        }
    }
    within.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if let Some((tag, n)) = within.first().filter(|(_, n)| *n >= 2) {
        return Some(Suggestion {
            text: crate::tf!(
                "\"{reason}\" came up in {count} rejections as something you can work on. Practising it a little each week adds up.",
                reason = reason_label(tag),
                count = n,
            ),
            action: crate::t!("Set a practice goal"),
            href: "/goals?new=1".into(),
        });
    }
    // A recent rejection not yet asked about.
    let recent = live(&data.applications)
        .filter(|a| a.outcome.is_rejection())
        .filter(|a| a.closed_on.is_some_and(|d| d >= today - Duration::days(14)))
        .filter(|a| a.feedback.as_ref().is_none_or(|f| f.sent_on.is_none()))
        .max_by_key(|a| a.closed_on);
    if let Some(a) = recent {
        let company = a.company.trim();
        let text = if company.is_empty() {
            crate::t!("A short note asking them for feedback is the step most people skip, and the one that teaches the most.").to_string()
        } else {
            crate::tf!(
                "A short note asking {company} for feedback is the step most people skip, and the one that teaches the most.",
                company = company,
            )
        };
        return Some(Suggestion {
            text,
            action: crate::t!("Ask for feedback"),
            href: format!("/compose?rejection={}", a.meta.id),
        });
    }
    // Nothing sent for two weeks.
    let sent_lately = live(&data.applications).any(|a| {
        a.applied_on
            .is_some_and(|d| d >= today - Duration::days(14))
    });
    if !sent_lately {
        return Some(Suggestion {
            text: crate::t!("Nothing sent in the last two weeks. One application this week is plenty to get moving again.")
                .into(),
            action: crate::t!("Track an application"),
            href: "/rejections/new?kind=application".into(),
        });
    }
    None
}
