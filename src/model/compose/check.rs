//! The bridge check: gentle notes on the text the user is about to send.

/// A gentle note from the bridge check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub key: &'static str,
    pub text: &'static str,
}

const RISKY: [(&[&str], &str, &str); 3] = [
    (
        &["reconsider", "change your mind", "second chance", "another chance", "give me a chance"],
        "reconsider",
        "Asking them to reconsider can put them on the spot. Asking how to be a stronger candidate next time keeps the door open.",
    ),
    (
        &["unfair", "not fair", "biased", "rigged", "waste of my time", "wasted my time"],
        "unfair",
        "Calling the process unfair is understandable to feel, but hard to answer. Consider keeping it out of this note and telling a friend instead.",
    ),
    (
        &["explain why", "i demand", "you owe", "i deserve", "tell me why", "why didn't you", "why did you"],
        "demand",
        "Questions that demand reasons can sound like a challenge. \"Is there anything you'd suggest I work on?\" invites a kinder reply.",
    ),
];

/// Words per message before the check suggests trimming.
pub const WORD_LIMIT: usize = 150;

/// Looks over a message and returns gentle suggestions. It never blocks sending.
pub fn bridge_check(text: &str) -> Vec<Note> {
    let lower = text.to_lowercase();
    let mut notes = Vec::new();
    for (phrases, key, advice) in RISKY {
        if phrases.iter().any(|p| lower.contains(p)) {
            notes.push(Note { key, text: advice });
        }
    }
    let shouting = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_uppercase))
        .count()
        >= 2
        || text.contains("!!");
    if shouting {
        notes.push(Note {
            key: "shouting",
            text: "Capitals or several exclamation marks can read as shouting. Plain sentences come across calmer and more confident.",
        });
    }
    if !["thank", "grateful", "appreciat"]
        .iter()
        .any(|w| lower.contains(w))
    {
        notes.push(Note {
            key: "thanks",
            text: "A short thank-you for their time makes a reply much more likely.",
        });
    }
    if word_count(text) > WORD_LIMIT {
        notes.push(Note {
            key: "length",
            text: "This is on the long side. Busy people answer short notes: aim for under 150 words.",
        });
    }
    notes
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
