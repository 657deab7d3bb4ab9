//! The moment right after logging a rejection: show the user something of
//! their own (a win, a strength, kind words), or, with an empty journal, a
//! short true fact. Which one is picked varies with a seed.

use super::data::AppData;
use super::journal::EntryKind;
use super::record::live;
use crate::lang::Text;

/// Something to show, with a lead-in line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Encouragement {
    pub lead: &'static str,
    pub text: String,
    /// Who said it, for kind words.
    pub from: Option<String>,
}

const WIN_LEADS: [Text; 3] = [
    crate::tk!("Something you did that still counts:"),
    crate::tk!("From your journal, a win worth remembering:"),
    crate::tk!("This happened too, and it's still true:"),
];

const STRENGTH_LEADS: [Text; 2] = [
    crate::tk!("A strength you named, which no single decision changes:"),
    crate::tk!("You wrote this about yourself:"),
];

const KIND_LEADS: [Text; 2] = [
    crate::tk!("Someone said this about you:"),
    crate::tk!("Kind words you kept:"),
];

const FACTS: [Text; 5] = [
    crate::tk!("Most people hear \"no\" many times before they hear \"yes\". Each one you log is proof you're putting yourself forward."),
    crate::tk!("Hiring decisions turn on budgets, timing and internal moves as much as on candidates. A \"no\" is rarely the whole story about you."),
    crate::tk!("Often the other finalist was simply a little closer to what the team needed that month. That's a fit question, not a verdict on you."),
    crate::tk!("Every application you send is practice. The next one gets a little easier, and a little sharper."),
    crate::tk!("You showed up, prepared and put yourself forward. That effort is real, whatever the answer was."),
];

/// Picks an encouragement. `seed` varies the choice (e.g. the time of logging).
pub fn pick(data: &AppData, seed: u64) -> Encouragement {
    pick_excluding(data, seed, &[])
}

/// As [`pick`], leaving out entries already shown nearby (Today lists the
/// newest wins; the same words twice on one screen say nothing new).
pub fn pick_excluding(data: &AppData, seed: u64, shown: &[super::record::Id]) -> Encouragement {
    let own: Vec<_> = live(&data.journal)
        .filter(|e| !shown.contains(&e.meta.id))
        .filter(|e| {
            matches!(
                e.kind,
                EntryKind::Win | EntryKind::Strength | EntryKind::KindWords
            )
        })
        .filter(|e| !e.text.trim().is_empty())
        .collect();
    if own.is_empty() {
        let text = FACTS[(seed % FACTS.len() as u64) as usize].get();
        return Encouragement {
            lead: crate::t!("Worth remembering:"),
            text: text.to_string(),
            from: None,
        };
    }
    let entry = own[(seed % own.len() as u64) as usize];
    let leads: &[Text] = match entry.kind {
        EntryKind::Strength => &STRENGTH_LEADS,
        EntryKind::KindWords => &KIND_LEADS,
        _ => &WIN_LEADS,
    };
    Encouragement {
        lead: leads[((seed / 7) % leads.len() as u64) as usize].get(),
        text: entry.text.clone(),
        from: (!entry.from.is_empty()).then(|| entry.from.clone()),
    }
}

/// A fact for when there is nothing else to show (Today's empty states).
pub fn fact(seed: u64) -> &'static str {
    FACTS[(seed % FACTS.len() as u64) as usize].get()
}
