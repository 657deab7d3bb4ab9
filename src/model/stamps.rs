//! When each part of a record last changed, so two devices' edits of one
//! record merge part by part instead of one copy replacing the other.
//!
//! A record keeps, for every part a person edits on its own (a step's tick,
//! its note, a reflection answer, the notes, each goal setting…), the time
//! of its last change; parts never changed share the record's `base` time.
//! The merge takes each part from the copy that changed it last.
//!
//! Texts are kinder than "the last one wins": each also remembers which
//! device wrote it and, per device, the latest of that device's versions
//! it was written over (a version vector: times, not texts, so a note
//! cleared, rewritten and cleared again is never mistaken for the empty
//! note it started as). Two texts neither of which was written over the
//! other were both written since the devices last agreed: both are kept,
//! one after the other, and marked for the person to tidy. Merging is
//! commutative, associative and idempotent (property-tested in
//! tests/field_merge.rs).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
    /// The device that wrote the current text (a hash of its id; 0: not
    /// known, as for the text a record was made with).
    #[serde(default, rename = "w", skip_serializing_if = "is_zero_u32")]
    pub writer: u32,
    /// Per writer, the time of the latest of its versions this text was
    /// written over (or that a merge found superseded). Key 0: the latest
    /// time any version was seen, which unattributed texts give way to.
    #[serde(default, rename = "k", skip_serializing_if = "BTreeMap::is_empty")]
    pub seen: BTreeMap<u32, i64>,
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

    /// Marks text `part` as changed `now` by `writer`: the edit is written
    /// over the text it replaced (every version of it, in a conflict), so
    /// it wins over those versions instead of being kept beside them.
    pub fn set_text(&mut self, part: &str, now: DateTime<Utc>, writer: u32) {
        let before = self.at.get(part).copied().unwrap_or(self.base);
        self.set(part, now);
        let entry = self.texts.entry(part.to_string()).or_default();
        let replaced: Vec<(u32, i64)> = if entry.versions.is_empty() {
            vec![(entry.writer, before)]
        } else {
            entry.versions.iter().map(|v| (v.writer, v.at)).collect()
        };
        for (w, at) in replaced {
            see(&mut entry.seen, w, at);
        }
        entry.writer = writer;
        entry.versions.clear();
    }

    /// Whether text `part` holds versions from two devices to tidy.
    pub fn in_conflict(&self, part: &str) -> bool {
        self.texts.get(part).is_some_and(TextStamp::is_conflict)
    }
}

/// Remembers that `writer`'s versions up to `at` were written over (and,
/// under key 0, that a version as late as `at` exists).
fn see(seen: &mut BTreeMap<u32, i64>, writer: u32, at: i64) {
    for key in [writer, 0] {
        let t = seen.entry(key).or_insert(at);
        *t = (*t).max(at);
    }
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

/// The versions a copy holds of text `part`, and what it has seen.
fn versions_of(part: &str, s: Side<'_, String>) -> (Vec<Version>, BTreeMap<u32, i64>) {
    let stamp = s.stamps.texts.get(part);
    let seen = stamp.map(|t| t.seen.clone()).unwrap_or_default();
    let versions = match stamp {
        Some(t) if !t.versions.is_empty() => t.versions.clone(),
        _ => vec![Version {
            text: s.value.clone(),
            at: s.stamps.of(part, s.created),
            writer: stamp.map_or(0, |t| t.writer),
        }],
    };
    (versions, seen)
}

/// The merged text of a part, its time, and its stamp (with the versions
/// kept, in a conflict).
pub struct MergedText {
    pub text: String,
    pub at: i64,
    pub stamp: TextStamp,
}

/// Merges text `part`: a version gives way to what was written over it
/// (by the same device later, or by any device that had it), and a text
/// nobody is known to have written gives way to any later one. What
/// remains is one text, or several shown one after the other.
///
/// The result depends only on the versions and the knowledge of both
/// copies together (everything given way is remembered in `seen`), so the
/// order copies meet in never matters.
pub fn merge_text(part: &str, a: Side<'_, String>, b: Side<'_, String>) -> MergedText {
    let (mut all, mut seen) = versions_of(part, a);
    let (more, seen_b) = versions_of(part, b);
    all.extend(more);
    for (w, at) in seen_b {
        see(&mut seen, w, at);
    }
    all.sort_by(|x, y| (x.at, x.writer, &x.text).cmp(&(y.at, y.writer, &y.text)));
    all.dedup();
    for v in &all {
        see(&mut seen, 0, v.at);
    }
    let latest = seen.get(&0).copied().unwrap_or(i64::MIN);
    let given_way = |v: &Version| {
        if v.writer == 0 {
            return latest > v.at;
        }
        seen.get(&v.writer).is_some_and(|t| *t >= v.at)
            || all.iter().any(|w| w.writer == v.writer && w.at > v.at)
    };
    let (mut kept, gone): (Vec<Version>, Vec<Version>) =
        all.iter().cloned().partition(|v| !given_way(v));
    // (Clocks that disagree could make every version give way: keep the
    // latest one then.)
    if kept.is_empty() {
        kept.extend(all.last().cloned());
    }
    for v in gone.iter().filter(|v| !kept.contains(v)) {
        see(&mut seen, v.writer, v.at);
    }
    let at = kept.iter().map(|v| v.at).max().unwrap_or(0);
    if kept.len() == 1 {
        let v = kept.remove(0);
        return MergedText {
            text: v.text,
            at,
            stamp: TextStamp {
                writer: v.writer,
                seen,
                versions: Vec::new(),
            },
        };
    }
    let shown = shown_texts(&kept);
    MergedText {
        text: match shown.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            _ => render(&kept),
        },
        at,
        stamp: TextStamp {
            writer: 0,
            seen,
            versions: kept,
        },
    }
}

/// The different written texts among `versions`, oldest first (repeats
/// and empty ones add nothing to show).
fn shown_texts(versions: &[Version]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for v in versions {
        let t = v.text.trim();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

impl TextStamp {
    /// Two different texts written on two devices since they last agreed:
    /// the part shows both, for the person to tidy.
    pub fn is_conflict(&self) -> bool {
        shown_texts(&self.versions).len() > 1
    }
}

/// Versions from two devices, one after the other, for the person to tidy.
pub fn render(versions: &[Version]) -> String {
    let texts = shown_texts(versions);
    // (The same words as CONFLICT_MARK, in the language in use.)
    let mut out = String::from(crate::t!(
        "Written on two devices: keep what you need and delete the rest."
    ));
    for (i, text) in texts.iter().enumerate() {
        let version = match (i, texts.len()) {
            (0, _) => crate::tf!("Earlier: {text}", text = text),
            (i, n) if i + 1 == n => crate::tf!("Later: {text}", text = text),
            _ => crate::tf!("Then: {text}", text = text),
        };
        out.push_str("\n\n");
        out.push_str(&version);
    }
    out
}

/// The first line of a text kept from two devices (in English; `render`
/// writes it in the language in use).
pub const CONFLICT_MARK: &str = "Written on two devices: keep what you need and delete the rest.";
