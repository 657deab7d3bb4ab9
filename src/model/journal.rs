//! The journal: wins, kind words, strengths, reflections and aspirations —
//! the user's own evidence, resurfaced when a rejection stings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::stamps::Stamps;

use super::record::{impl_record, live, Meta};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Win,
    KindWords,
    Strength,
    Reflection,
    Aspiration,
}

impl EntryKind {
    pub const ALL: [EntryKind; 5] = [
        EntryKind::Win,
        EntryKind::KindWords,
        EntryKind::Strength,
        EntryKind::Reflection,
        EntryKind::Aspiration,
    ];

    /// The name in addresses (`/journal?kind=aspiration`).
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Win => "win",
            EntryKind::KindWords => "kind_words",
            EntryKind::Strength => "strength",
            EntryKind::Reflection => "reflection",
            EntryKind::Aspiration => "aspiration",
        }
    }

    pub fn from_key(key: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Win => crate::t!("Win"),
            EntryKind::KindWords => crate::t!("Kind words"),
            EntryKind::Strength => crate::t!("Strength"),
            EntryKind::Reflection => crate::t!("Reflection"),
            EntryKind::Aspiration => crate::t!("Aspiration"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub meta: Meta,
    pub kind: EntryKind,
    pub text: String,
    #[serde(with = "super::ymd")]
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tag: String,
    /// Who said it (kind words).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub from: String,
    /// When each part last changed (see `stamps`).
    #[serde(default, rename = "s", skip_serializing_if = "Stamps::is_empty")]
    pub s: Stamps,
}

impl_record!(
    JournalEntry,
    |e| JournalEntry {
        meta: e.meta.clone(),
        kind: e.kind,
        text: String::new(),
        date: e.meta.created_at.date_naive(),
        tag: String::new(),
        from: String::new(),
        s: Stamps::default(),
    },
    stamped
);

/// Orders entries newest first (by day, then by when they were written).
pub fn newest_first<E: std::borrow::Borrow<JournalEntry>>(entries: &mut Vec<E>) {
    use super::order::{day, ms, sort_by};
    sort_by(entries, |e| {
        let e = e.borrow();
        (-day(e.date), -ms(e.meta.created_at), 0)
    });
}

/// Live entries of one kind, newest first.
pub fn entries_of(entries: &[JournalEntry], kind: EntryKind) -> Vec<&JournalEntry> {
    let mut out: Vec<&JournalEntry> = live(entries).filter(|e| e.kind == kind).collect();
    newest_first(&mut out);
    out
}

/// Positions of the live entries in `entries`, newest first: the Journal's
/// order, computed once per change of the data (searches filter it).
pub fn order(entries: &[JournalEntry]) -> Vec<usize> {
    let mut out: Vec<(usize, &JournalEntry)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.meta.is_live())
        .collect();
    use super::order::{day, ms, sort_by};
    sort_by(&mut out, |(_, e)| (-day(e.date), -ms(e.meta.created_at), 0));
    out.into_iter().map(|(i, _)| i).collect()
}

/// Whether an entry matches a search: its words, its tag or who said it,
/// ignoring case. `query` is trimmed and lowercased by the caller, once.
pub fn matches(e: &JournalEntry, query: &str) -> bool {
    use super::listing::contains_folded;
    query.is_empty()
        || contains_folded(&e.text, query)
        || contains_folded(&e.tag, query)
        || contains_folded(&e.from, query)
}

/// The tag a journal entry gets from a company's name: its words joined by
/// "-", with punctuation such as "&" or "." left out ("Smith & Co." →
/// "Smith-Co"), at most 40 characters.
pub fn tag_for(company: &str) -> String {
    let words: Vec<String> = company
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let mut tag = words.join("-");
    if tag.chars().count() > 40 {
        tag = tag.chars().take(40).collect();
        tag = tag.trim_end_matches('-').to_string();
    }
    tag
}
