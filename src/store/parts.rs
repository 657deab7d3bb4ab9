//! Data stored in parts: each collection is spread over [`BUCKETS`] keys by
//! record id, so one change rewrites one small part instead of the whole
//! dataset (a large `setItem` alone is slow: docs/performance.md, *Storage
//! in parts*). A record never moves between parts, so a save cut short
//! leaves every part whole.

use serde::de::DeserializeOwned;

pub use crate::model::record::mix;
use crate::model::record::{Id, Record};

/// Part keys: `rebound.data.<collection>.<two digits>`.
pub const PART_PREFIX: &str = "rebound.data.";
/// Parts per collection: ~25 KB each for two years of heavy use.
pub const BUCKETS: usize = 32;

/// How many characters the browser counts in `s` (UTF-16 units, what the
/// storage quota counts). Mostly ASCII, so that case is one fast pass; the
/// general one counts bytes instead of decoding characters (counting with
/// `encode_utf16` was a fifth of reading two years of data).
pub fn utf16_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    // Every byte but a continuation (10xxxxxx) starts a character; those of
    // four bytes (11110xxx) take two UTF-16 units.
    s.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// Which part a record lives in, for ever. The id is mixed first (SplitMix64's
/// finaliser), so ids that are not random still fill the parts evenly.
pub fn bucket_of(id: &Id) -> usize {
    let x = id.as_u128();
    let h = mix((x as u64).wrapping_add(((x >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)));
    (h >> 59) as usize % BUCKETS
}

pub fn part_key(collection: &str, bucket: usize) -> String {
    format!("{PART_PREFIX}{collection}.{bucket:02}")
}

/// The collection a part key belongs to (`None` for any other key).
pub fn part_collection(key: &str) -> Option<&str> {
    let rest = key.strip_prefix(PART_PREFIX)?;
    let (name, n) = rest.rsplit_once('.')?;
    (n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit())).then_some(name)
}

/// A collection's records by part, each in the collection's order.
pub fn split<R: Record>(items: &[R]) -> Vec<Vec<&R>> {
    let mut out = vec![Vec::new(); BUCKETS];
    for r in items {
        out[bucket_of(r.id())].push(r);
    }
    out
}

/// Tells whether a part changed without serialising it: every edit moves the
/// record's `updated_at` forward (`Meta::touch` never repeats a time), so
/// the ids and times in order identify the content. Where that could fail
/// (two tabs editing one record in the same millisecond) the store compares
/// the records themselves instead.
pub fn fingerprint<R: Record>(items: &[&R]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ items.len() as u64;
    for r in items {
        let m = r.meta();
        let id = m.id.as_u128();
        let deleted = m
            .deleted_at
            .map_or(0, |d| d.timestamp_millis() as u64 ^ 0x5555);
        for x in [
            id as u64,
            (id >> 64) as u64,
            m.updated_at.timestamp_millis() as u64,
            deleted,
        ] {
            h = (h ^ x).wrapping_mul(0x0100_0000_01b3).rotate_left(29);
        }
    }
    h
}

/// Reads one part's text: a JSON list of records.
pub fn parse_part<R: DeserializeOwned>(text: &str) -> Result<Vec<R>, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// The text of one part.
pub fn part_json<R: Record>(items: &[&R]) -> String {
    serde_json::to_string(items).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_keys_round_trip_and_other_keys_are_not_parts() {
        assert_eq!(part_key("journal", 7), "rebound.data.journal.07");
        assert_eq!(part_collection("rebound.data.journal.07"), Some("journal"));
        assert_eq!(part_collection("rebound.data"), None);
        assert_eq!(part_collection("rebound.quarantine.1"), None);
        assert_eq!(part_collection("rebound.data.journal.x7"), None);
    }

    #[test]
    fn ids_spread_over_every_part() {
        let mut seen = [0usize; BUCKETS];
        for n in 0..3200u128 {
            seen[bucket_of(&Id::derived(n * 0x9e37_79b9))] += 1;
        }
        assert!(seen.iter().all(|c| (50..150).contains(c)), "{seen:?}");
        // Sequential ids (as a generated dataset might use) spread too.
        let mut seen = [0usize; BUCKETS];
        for n in 0..3200u128 {
            seen[bucket_of(&Id::from_random((0xb000_0000u128 << 96 | n).to_be_bytes()))] += 1;
        }
        assert!(seen.iter().all(|c| (50..150).contains(c)), "{seen:?}");
    }
}
