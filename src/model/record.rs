//! What every stored record carries so that two tabs, or a backup from another
//! device, can be merged record by record instead of overwriting each other.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A UUID v4, stored as a number (so it is `Copy`). Saved as 32 hex digits
/// (the dashes cost 40,000 characters in a large dataset); shown and linked in
/// the usual 36-character form. Both forms are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct Id(u128);

/// Read from the text as it lies in the JSON, with no copy: two years of
/// data hold ~10,000 ids, and a `String` for each was a sixth of reading it.
impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Id, D::Error> {
        struct IdText;
        impl serde::de::Visitor<'_> for IdText {
            type Value = Id;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a UUID")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Id, E> {
                Id::parse(text).ok_or_else(|| E::custom("an id is not a valid UUID"))
            }
        }
        d.deserialize_str(IdText)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        format!("{:032x}", id.0)
    }
}

impl Id {
    /// Builds a version-4 UUID from 16 random bytes (the caller supplies the
    /// randomness: `crypto.getRandomValues` in the browser, a seed in tests).
    pub fn from_random(mut bytes: [u8; 16]) -> Id {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        Id(u128::from_be_bytes(bytes))
    }

    /// A version-4 id derived from other ids (the same inputs always give the
    /// same id, so two devices migrating the same data agree).
    pub fn derived(seed: u128) -> Id {
        Id::from_random(seed.to_be_bytes())
    }

    pub fn as_u128(self) -> u128 {
        self.0
    }

    /// Accepts only lowercase UUID text, with or without its dashes, so that
    /// ids read from a file or a URL cannot smuggle anything else in.
    pub fn parse(text: &str) -> Option<Id> {
        let dashed = match text.len() {
            32 => false,
            36 => true,
            _ => return None,
        };
        let mut value = 0u128;
        for (i, c) in text.bytes().enumerate() {
            if dashed && matches!(i, 8 | 13 | 18 | 23) {
                if c != b'-' {
                    return None;
                }
                continue;
            }
            let digit = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                _ => return None,
            };
            value = value << 4 | u128::from(digit);
        }
        Some(Id(value))
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = [0u8; 36];
        let mut j = 0;
        for (i, b) in self.0.to_be_bytes().iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                s[j] = b'-';
                j += 1;
            }
            s[j] = HEX[usize::from(b >> 4)];
            s[j + 1] = HEX[usize::from(b & 0x0f)];
            j += 2;
        }
        f.write_str(std::str::from_utf8(&s).unwrap_or_default())
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// SplitMix64's finaliser: spreads nearby numbers far apart (part numbers,
/// ids derived from other ids).
pub fn mix(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Identity and history of a record. `deleted_at` makes it a tombstone: the
/// record stays (so a merge can tell "deleted" from "never seen") and is hidden.
///
/// Times are stored as milliseconds since the epoch under one-letter names
/// (`c`reated, `u`pdated, `d`eleted): every record carries them, and with
/// thousands of records the long forms cost a fifth of the storage quota.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: Id,
    #[serde(rename = "c", with = "chrono::serde::ts_milliseconds")]
    pub created_at: DateTime<Utc>,
    #[serde(rename = "u", with = "chrono::serde::ts_milliseconds")]
    pub updated_at: DateTime<Utc>,
    #[serde(
        rename = "d",
        default,
        skip_serializing_if = "Option::is_none",
        with = "chrono::serde::ts_milliseconds_option"
    )]
    pub deleted_at: Option<DateTime<Utc>>,
}

impl Meta {
    pub fn new(id: Id, now: DateTime<Utc>) -> Meta {
        Meta {
            id,
            created_at: now,
            updated_at: now,
            deleted_at: None,
        }
    }

    /// Marks a change at `now`. Timestamps never go backwards, even when the
    /// device clock does, so the latest edit keeps winning merges.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = now.max(self.updated_at + chrono::Duration::milliseconds(1));
    }

    pub fn is_live(&self) -> bool {
        self.deleted_at.is_none()
    }
}

/// A stored record: anything with a [`Meta`].
pub trait Record: Clone + PartialEq + Serialize {
    fn meta(&self) -> &Meta;
    fn meta_mut(&mut self) -> &mut Meta;
    /// Drops everything the person wrote, keeping only what a merge needs
    /// (the meta). A tombstone is stored this way, so deleted text really
    /// leaves storage and backups.
    fn clear_content(&mut self);

    fn id(&self) -> &Id {
        &self.meta().id
    }

    /// When the record's current life began (ms): its deletion, for a
    /// tombstone; else its creation, or the *Undo* that brought it back
    /// (records whose parts are stamped keep that time, see `stamps`).
    fn life(&self) -> i64 {
        let m = self.meta();
        m.deleted_at.unwrap_or(m.created_at).timestamp_millis()
    }

    /// An *Undo* brought the record back at `at`: a new life begins.
    fn begin_life(&mut self, _at: DateTime<Utc>) {}
}

/// Implements [`Record`] for a struct with a `meta: Meta` field; `blank`
/// builds the content-free copy a tombstone keeps (from the record itself).
macro_rules! impl_record {
    ($t:ty, |$r:ident| $blank:expr) => {
        impl $crate::model::record::Record for $t {
            fn meta(&self) -> &$crate::model::record::Meta {
                &self.meta
            }
            fn meta_mut(&mut self) -> &mut $crate::model::record::Meta {
                &mut self.meta
            }
            fn clear_content(&mut self) {
                let $r = &*self;
                let blank: $t = $blank;
                *self = blank;
            }
        }
    };
    // A record with stamped parts (a field `s`): it remembers its life.
    ($t:ty, |$r:ident| $blank:expr, stamped) => {
        impl $crate::model::record::Record for $t {
            fn meta(&self) -> &$crate::model::record::Meta {
                &self.meta
            }
            fn meta_mut(&mut self) -> &mut $crate::model::record::Meta {
                &mut self.meta
            }
            fn clear_content(&mut self) {
                let $r = &*self;
                let blank: $t = $blank;
                *self = blank;
            }
            fn life(&self) -> i64 {
                match self.meta.deleted_at {
                    Some(d) => d.timestamp_millis(),
                    None if self.s.life != 0 => self.s.life,
                    None => self.meta.created_at.timestamp_millis(),
                }
            }
            fn begin_life(&mut self, at: chrono::DateTime<chrono::Utc>) {
                self.s.life = at.timestamp_millis();
            }
        }
    };
}
pub(crate) use impl_record;

/// Deletes by turning the record into a tombstone that keeps only its id and
/// times. Returns the record as it was, for undo to hold in memory.
pub fn tombstone<R: Record>(items: &mut [R], id: &Id, now: DateTime<Utc>) -> Option<R> {
    let r = items
        .iter_mut()
        .find(|r| r.id() == id && r.meta().is_live())?;
    let before = r.clone();
    r.meta_mut().touch(now);
    r.meta_mut().deleted_at = Some(r.meta().updated_at);
    r.clear_content();
    Some(before)
}

/// Undoes [`tombstone`] from the copy it returned; the restore is itself a
/// newer change, so it wins merges (and brings the content back with it).
pub fn restore<R: Record>(items: &mut Vec<R>, copy: &R, now: DateTime<Utc>) -> bool {
    let mut back = copy.clone();
    match items.iter_mut().find(|r| r.id() == copy.id()) {
        Some(r) if r.meta().is_live() => return false,
        Some(r) => {
            back.meta_mut().updated_at = r.meta().updated_at;
            back.meta_mut().touch(now);
            back.meta_mut().deleted_at = None;
            let at = back.meta().updated_at;
            back.begin_life(at);
            *r = back;
        }
        None => {
            // Forgotten meanwhile: put it back in its place in the
            // canonical order (creation time, then id).
            back.meta_mut().touch(now);
            back.meta_mut().deleted_at = None;
            let at = back.meta().updated_at;
            back.begin_life(at);
            let key = |r: &R| (r.meta().created_at, *r.id());
            let at = items
                .iter()
                .position(|r| key(r) > key(&back))
                .unwrap_or(items.len());
            items.insert(at, back);
        }
    }
    true
}

/// The live (not deleted) records.
pub fn live<R: Record>(items: &[R]) -> impl Iterator<Item = &R> {
    items.iter().filter(|r| r.meta().is_live())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_and_parse_back() {
        let id = Id::from_random([0xff; 16]);
        assert_eq!(id.to_string(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(Id::parse(&id.to_string()), Some(id));
        assert_eq!(String::from(id), "ffffffffffff4fffbfffffffffffffff");
        assert_eq!(Id::parse(&String::from(id)), Some(id));
        assert_eq!(Id::parse("ffffffff-ffff4fff-bfff-ffffffffffff"), None);
        assert_eq!(Id::parse("FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF"), None);
        assert_eq!(Id::parse("<script>alert(1)</script>xxxxxxxxxxx"), None);
    }

    #[test]
    fn touch_never_goes_back_in_time() {
        let t = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let mut m = Meta::new(Id::from_random([1; 16]), t);
        m.touch(t - chrono::Duration::hours(1));
        assert!(m.updated_at > t);
    }
}
