//! When each part of a record last changed, so two devices' edits of one
//! record merge part by part instead of one copy replacing the other.
//!
//! A record keeps, for every part a person edits on its own (a step's tick,
//! its note, a reflection answer, the notes, each goal setting…), the time
//! of its last change; parts never changed share the record's `base` time.
//! The merge takes each part from the copy that changed it last.
//!
//! Texts are kinder than "the last one wins": each also remembers which
//! device wrote it and the versions written on other devices that it was
//! based on. Two texts neither of which was based on the other were both
//! written since the devices last agreed: both are kept, one after the
//! other, and marked for the person to tidy. Merging is commutative,
//! associative and idempotent (property-tested in tests/field_merge.rs).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// At most this many earlier versions are remembered per text (a version
/// is remembered only when an edit starts from another device's text, so
/// this is many exchanges deep). The smallest hashes are kept: a rule that
/// doesn't depend on the order copies were merged in.
const MAX_ANCESTORS: usize = 48;

/// The stamps of one record (stored as `"s"`, left out while empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamps {
    /// When the parts not listed in `at` last changed (ms); 0: at creation.
    #[serde(default, rename = "b", skip_serializing_if = "is_zero")]
    pub base: i64,
    /// Part name → when it last changed (ms).
    #[serde(default, rename = "t", skip_serializing_if = "BTreeMap::is_empty")]
    pub at: BTreeMap<String, i64>,
    /// Text parts: who wrote them and what they were based on.
    #[serde(default, rename = "x", skip_serializing_if = "BTreeMap::is_empty")]
    pub texts: BTreeMap<String, TextStamp>,
    /// When this record's current life began (ms; 0: at creation): an
    /// *Undo* of its deletion starts a new one. Copies from an earlier life
    /// (edited elsewhere before the deletion, or after it without knowing)
    /// don't count: a deletion wins over them, and its undo brings back
    /// the copy it kept (see `data::merge_records`).
    #[serde(default, rename = "l", skip_serializing_if = "is_zero")]
    pub life: i64,
}

/// What a text part knows of its history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextStamp {
    /// The device that wrote the current text (a hash of its id).
    #[serde(default, rename = "w", skip_serializing_if = "is_zero_u32")]
    pub writer: u32,
    /// Hashes of other devices' versions this text was based on.
    #[serde(default, rename = "a", skip_serializing_if = "Vec::is_empty")]
    pub ancestors: Vec<u32>,
    /// Two or more versions written on different devices since they last
    /// agreed (the part's text shows them all): what a later merge needs.
    #[serde(default, rename = "v", skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<Version>,
}

/// One version of a text in a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub text: String,
    pub at: i64,
    #[serde(default, skip_serializing_if = "is_zero_u32")]
    pub writer: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ancestors: Vec<u32>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}

/// A short, stable hash of a text (FNV-1a, folded to 32 bits).
pub fn text_hash(text: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// A device's id as the short writer tag texts carry (never 0).
pub fn writer_of(device: u128) -> u32 {
    let h = text_hash(&format!("{device:032x}"));
    h.max(1)
}

impl Stamps {
    pub fn is_empty(&self) -> bool {
        *self == Stamps::default()
    }

    /// When `part` last changed: its own stamp, else the base (else the
    /// record's creation, `created`).
    pub fn of(&self, part: &str, created: i64) -> i64 {
        self.at
            .get(part)
            .copied()
            .unwrap_or(if self.base == 0 { created } else { self.base })
    }

    /// Marks `part` as changed `now`.
    pub fn set(&mut self, part: &str, now: DateTime<Utc>) {
        self.at.insert(part.to_string(), now.timestamp_millis());
    }

    /// Marks text `part` as changed `now` by `writer`, from `old` (the text
    /// it had): an edit that starts from another device's text (or from a
    /// conflict) remembers what it replaced, so it wins over those versions
    /// instead of being kept beside them.
    pub fn set_text(&mut self, part: &str, old: &str, now: DateTime<Utc>, writer: u32) {
        self.set(part, now);
        let entry = self.texts.entry(part.to_string()).or_default();
        let from_elsewhere = entry.writer != writer || !entry.versions.is_empty();
        if from_elsewhere {
            let mut replaced = vec![text_hash(old)];
            for v in &entry.versions {
                replaced.push(text_hash(&v.text));
                replaced.extend(&v.ancestors);
            }
            entry.ancestors = bounded(entry.ancestors.iter().copied().chain(replaced));
        }
        entry.writer = writer;
        entry.versions.clear();
    }

    /// Whether text `part` holds versions from two devices to tidy.
    pub fn in_conflict(&self, part: &str) -> bool {
        self.texts.get(part).is_some_and(|t| !t.versions.is_empty())
    }
}

fn bounded(hashes: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut all: Vec<u32> = hashes.collect();
    all.sort_unstable();
    all.dedup();
    all.truncate(MAX_ANCESTORS);
    all
}

/// One copy's side of a part, for the merge.
pub struct Side<'a, T> {
    pub value: &'a T,
    pub stamps: &'a Stamps,
    pub created: i64,
}

/// The value of a part from the copy that changed it last (on a tie, the
/// larger value by its JSON, so the order of the copies doesn't matter),
/// with its stamp.
pub fn pick<T: Clone + PartialEq + Serialize>(
    part: &str,
    a: Side<'_, T>,
    b: Side<'_, T>,
) -> (T, i64) {
    let (ta, tb) = (a.stamps.of(part, a.created), b.stamps.of(part, b.created));
    let a_wins = match ta.cmp(&tb) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => {
            a.value == b.value
                || serde_json::to_string(a.value).unwrap_or_default()
                    >= serde_json::to_string(b.value).unwrap_or_default()
        }
    };
    if a_wins {
        (a.value.clone(), ta)
    } else {
        (b.value.clone(), tb)
    }
}

/// The versions a copy holds of text `part`.
fn versions_of(part: &str, s: Side<'_, String>) -> Vec<Version> {
    let stamp = s.stamps.texts.get(part);
    match stamp {
        Some(t) if !t.versions.is_empty() => t.versions.clone(),
        _ => vec![Version {
            text: s.value.clone(),
            at: s.stamps.of(part, s.created),
            writer: stamp.map_or(0, |t| t.writer),
            ancestors: stamp.map(|t| t.ancestors.clone()).unwrap_or_default(),
        }],
    }
}

/// The merged text of a part, its time, and its stamp (with the versions
/// kept, in a conflict).
pub struct MergedText {
    pub text: String,
    pub at: i64,
    pub stamp: TextStamp,
}

/// Merges text `part`: versions based on another (or older versions by
/// the same device) give way; what remains is one text, or several shown
/// one after the other.
pub fn merge_text(part: &str, a: Side<'_, String>, b: Side<'_, String>) -> MergedText {
    let mut all = versions_of(part, a);
    all.extend(versions_of(part, b));
    // Same text: one version (the later time, every ancestor).
    all.sort_by(|x, y| {
        x.text
            .cmp(&y.text)
            .then(x.at.cmp(&y.at))
            .then(x.writer.cmp(&y.writer))
    });
    let mut unique: Vec<Version> = Vec::with_capacity(all.len());
    for v in all {
        match unique.last_mut() {
            Some(u) if u.text == v.text => {
                if (v.at, v.writer) > (u.at, u.writer) {
                    u.at = v.at;
                    u.writer = v.writer;
                }
                u.ancestors = bounded(u.ancestors.iter().chain(&v.ancestors).copied());
            }
            _ => unique.push(v),
        }
    }
    let dominated = |v: &Version, by: &Version| {
        let h = text_hash(&v.text);
        by.ancestors.contains(&h) || (v.writer != 0 && v.writer == by.writer && by.at > v.at)
    };
    let kept: Vec<Version> = unique
        .iter()
        .filter(|v| {
            !unique
                .iter()
                .any(|w| !std::ptr::eq(*v, w) && dominated(v, w))
        })
        .cloned()
        .collect();
    // (A cycle of dominance can't make every version go: keep the newest.)
    let mut kept = if kept.is_empty() {
        unique
            .into_iter()
            .max_by_key(|v| v.at)
            .into_iter()
            .collect()
    } else {
        kept
    };
    // Empty versions add nothing to show beside a written one.
    if kept.len() > 1 && kept.iter().any(|v| !v.text.trim().is_empty()) {
        kept.retain(|v| !v.text.trim().is_empty());
    }
    kept.sort_by(|x, y| x.at.cmp(&y.at).then(x.text.cmp(&y.text)));
    let at = kept.iter().map(|v| v.at).max().unwrap_or(0);
    if kept.len() == 1 {
        let v = kept.remove(0);
        return MergedText {
            text: v.text,
            at,
            stamp: TextStamp {
                writer: v.writer,
                ancestors: v.ancestors,
                versions: Vec::new(),
            },
        };
    }
    MergedText {
        text: render(&kept),
        at,
        stamp: TextStamp {
            writer: 0,
            ancestors: Vec::new(),
            versions: kept,
        },
    }
}

/// Versions from two devices, one after the other, for the person to tidy.
pub fn render(versions: &[Version]) -> String {
    let mut out = String::from(CONFLICT_MARK);
    for (i, v) in versions.iter().enumerate() {
        let label = match (i, versions.len()) {
            (0, _) => "Earlier",
            (i, n) if i + 1 == n => "Later",
            _ => "Then",
        };
        out.push_str(&format!("\n\n{label}: {}", v.text.trim()));
    }
    out
}

/// The first line of a text kept from two devices.
pub const CONFLICT_MARK: &str = "Written on two devices: keep what you need and delete the rest.";
