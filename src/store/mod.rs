//! Persistence: loading, saving and cross-tab merging on top of a [`KvStore`].
//!
//! The promise is that nothing the user wrote is ever lost:
//! - unreadable data is copied to a quarantine key and never overwritten
//!   until the user chooses;
//! - data from a newer app version puts this tab in read-only mode;
//! - before each write the small head record is re-read, and if another tab
//!   saved, the two copies are merged first;
//! - records are stored in parts ([`parts`]) and only changed parts are
//!   written, the head last; every write is read back and compared.

pub mod dump;
mod kv;
pub mod parts;
mod read;
pub mod safety;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use kv::{KvError, KvStore, MemoryStore};

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use crate::model::data::{decode_stored, head_json, merge, AppData, DecodeError, Settings, Stored};
use crate::model::record::Record;
use parts::{bucket_of, fingerprint, part_json, part_key, split, utf16_len};

/// The main key: the head (settings, save time, revision) from schema 4 on;
/// the whole envelope in schemas 1–3.
pub const DATA_KEY: &str = "rebound.data";
/// Unreadable data is copied here (with a number if taken) before anything else.
pub const QUARANTINE_PREFIX: &str = "rebound.quarantine";
/// A copy of older-schema data that earlier versions kept while migrating;
/// removed after the next good save. (Migration now keeps the original in
/// [`DATA_KEY`] itself until every part is written.)
pub const PREMIGRATION_KEY: &str = "rebound.premigration";
/// The forgotten deletions (schema 5 on; see `AppData::pruned`), written
/// before the head and only when they change.
pub const PRUNED_KEY: &str = "rebound.pruned";
/// Browsers allow about this many characters per origin.
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// What loading found; the UI says each in plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Fresh,
    Ready(AppData),
    /// Older data, migrated in memory; the original text stays until saved.
    Migrated {
        data: AppData,
        from: u32,
    },
    /// Unreadable: copied to `quarantine_key` (or not, if even that failed).
    /// `data` is whatever could still be read (empty if the head was lost).
    Corrupt {
        raw: String,
        reason: String,
        quarantine_key: Option<String>,
        data: AppData,
    },
    /// Written by a newer app: shown read-only, never written.
    Newer {
        data: Option<AppData>,
        schema: u32,
    },
    /// Storage can't be used at all: the app runs in memory.
    Unavailable(String),
}

/// Whether this tab may write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Newer data is stored; this tab must not write.
    ReadOnly {
        schema: u32,
    },
    /// Unreadable data is stored and the user has not chosen yet.
    AwaitingChoice,
    /// No usable storage: in memory only.
    MemoryOnly(String),
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is full; `used` characters are taken. The data stays in memory.
    Quota {
        used: usize,
    },
    /// Saving is off in this mode.
    Blocked(Mode),
    /// The write seemed to work but reading it back gave something else.
    Verify,
    Unavailable(String),
    /// Another tab stored something this one can't read: it was set aside
    /// (`copied` says whether a copy could be made) and nothing is written
    /// until the person chooses, as after loading damaged data.
    Damaged {
        reason: String,
        copied: bool,
    },
    /// The person erased everything (in another tab) since this tab read
    /// its data: nothing of this tab's copy may be written back.
    Erased,
}

/// A successful save.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// Characters the saved data takes (the head and every part).
    pub chars: usize,
    /// Set when another tab had changed the stored data: the merged result,
    /// which was saved and should replace the state in memory.
    pub merged: Option<AppData>,
    /// Another tab replaced everything (a backup): `merged` holds the stored
    /// data as it is, this tab's copy was dropped and nothing was written.
    pub replaced: bool,
}

/// What to do with a change another tab made.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// Nothing new for us.
    Unchanged,
    /// Merged with our data; `needs_save` when ours had records theirs lacked.
    Merged {
        data: Box<AppData>,
        needs_save: bool,
    },
    /// A newer app wrote it: go read-only.
    Newer(u32),
    /// Another tab replaced everything: take this data as it is.
    Replaced(Box<AppData>),
    /// Storage was cleared (by any page of this origin): everything in
    /// memory must be written again at once.
    Cleared,
    /// Another tab stored something unreadable: it was set aside, saving
    /// stops until the person chooses, and `data` is ours merged with the
    /// readable rest.
    Damaged {
        reason: String,
        copied: bool,
        data: Box<AppData>,
    },
    /// Storage could not be read just now.
    Ignored,
    /// Another tab erased everything: this tab must forget its copy.
    Erased,
}

/// What a part key holds, as far as this tab knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PartInfo {
    /// `None`: unknown or untrusted, so the next save writes it.
    fp: Option<u64>,
    chars: usize,
}

/// Something stored that could not be read.
struct Unreadable {
    key: String,
    raw: String,
    reason: String,
}

/// Unreadable text still in its key. Until a copy exists (`copied`), that
/// key is never written over or removed: the text exists nowhere else.
struct Damaged {
    raw: String,
    copied: bool,
}

/// Unreadable text found and set aside, with whatever could still be read.
struct Damage {
    raw: String,
    reason: String,
    /// Where the copy went; `None` if any copy failed.
    quarantine_key: Option<String>,
    data: AppData,
}

impl From<Damage> for Loaded {
    fn from(d: Damage) -> Loaded {
        Loaded::Corrupt {
            raw: d.raw,
            reason: d.reason,
            quarantine_key: d.quarantine_key,
            data: d.data,
        }
    }
}

/// Why another tab's stored data could not be taken in.
enum ReadError {
    Newer(u32),
    Damaged {
        reason: String,
        copied: bool,
        data: Box<AppData>,
    },
}

/// Loads, saves and merges, remembering what it last wrote.
pub struct Store<K: KvStore> {
    pub kv: K,
    pub mode: Mode,
    /// When the stored data was last written (by any tab), as far as we know.
    pub saved_at: Option<DateTime<Utc>>,
    /// The head text last read or written; another text means another tab saved.
    last_head: Option<String>,
    /// Every part key we know of, with what it holds.
    parts: BTreeMap<String, PartInfo>,
    /// An older version's pre-migration copy is still stored (removed after a good save).
    premigration_kept: bool,
    /// Keys holding unreadable text, with that text.
    damaged: BTreeMap<String, Damaged>,
    /// The replace generation of the stored data we last read or wrote.
    gen: u64,
    app_version: &'static str,
    /// Random per tab: with `saves`, makes each head's `rev`, so two tabs
    /// never write the same head text.
    seed: u64,
    saves: u64,
    /// Part keys another tab wrote since we read them (see `part_changed`).
    stale: BTreeSet<String>,
    /// The erase token stored when this tab last read (see [`safety`]).
    erase_token: Option<String>,
    /// Something was stored when we last read it, even if it was
    /// unreadable (its head then isn't in `last_head`).
    found_stored: bool,
    /// What [`PRUNED_KEY`] holds, as far as this tab knows (`None`: unknown,
    /// so the next save writes it; `Some("")`: nothing stored).
    pruned_text: Option<String>,
    /// The replace snapshot's text ([`safety::SNAPSHOT_KEY`]) as last read,
    /// written or heard of, so a write-back after a clear can put it back.
    snapshot_text: Option<String>,
}

impl<K: KvStore> Store<K> {
    /// `seed` should be random (it tells this tab's saves from another's).
    pub fn new(kv: K, app_version: &'static str, seed: u64) -> Store<K> {
        let erase_token = kv.get(safety::ERASED_KEY).ok().flatten();
        Store {
            kv,
            mode: Mode::Normal,
            saved_at: None,
            last_head: None,
            parts: BTreeMap::new(),
            premigration_kept: false,
            damaged: BTreeMap::new(),
            gen: 0,
            app_version,
            seed,
            saves: 0,
            stale: BTreeSet::new(),
            erase_token,
            found_stored: false,
            pruned_text: None,
            snapshot_text: None,
        }
    }

    /// Reads the saved data and sets the mode. Never writes over anything
    /// (except to copy unreadable text aside).
    pub fn load(&mut self) -> Loaded {
        self.erase_token = self.kv.get(safety::ERASED_KEY).ok().flatten();
        self.snapshot_text = self.kv.get(safety::SNAPSHOT_KEY).ok().flatten();
        self.stale.clear();
        let head = match self.kv.get(DATA_KEY) {
            Ok(head) => head,
            Err(e) => {
                self.mode = Mode::MemoryOnly(e.to_string());
                return Loaded::Unavailable(e.to_string());
            }
        };
        let keys = self.part_keys();
        self.found_stored = head.is_some() || !keys.is_empty();
        let Some(raw) = head else {
            if keys.is_empty() {
                return Loaded::Fresh;
            }
            // Parts without a head: the very first save was cut short.
            return self.loaded_parts(&keys, None);
        };
        match decode_stored(&raw) {
            Ok(Stored::Head(head)) => {
                self.saved_at = Some(head.saved_at);
                self.gen = head.gen;
                self.last_head = Some(raw);
                self.loaded_parts(&keys, Some(head))
            }
            Ok(Stored::Whole(d)) => {
                // Schemas 1–3 (or a whole envelope put there by hand). The
                // text stays in the main key until every part is written.
                self.premigration_kept = matches!(self.kv.get(PREMIGRATION_KEY), Ok(Some(_)));
                self.last_head = Some(raw);
                // Everything is written on the first save.
                let data = self.whole_with_parts(d.envelope.data, &keys);
                Loaded::Migrated {
                    data,
                    from: d.from_schema,
                }
            }
            Err(DecodeError::Newer(schema)) => {
                self.mode = Mode::ReadOnly { schema };
                Loaded::Newer {
                    data: self.read_newer(&raw, &keys),
                    schema,
                }
            }
            Err(e) => {
                let mut bad = vec![Unreadable {
                    key: DATA_KEY.into(),
                    raw,
                    reason: e.to_string(),
                }];
                let data = self.read_parts(&keys, Settings::default(), &mut bad);
                self.corrupt(bad, data).into()
            }
        }
    }

    /// Drops the content of deleted records and forgets deletions past the
    /// horizon (see [`AppData::forget_deleted`]); the parts that held them
    /// are written on the next save. Returns whether a save is needed.
    pub fn tidy(&mut self, data: &mut AppData, now: DateTime<Utc>) -> bool {
        let changed = data.forget_deleted(now);
        for (name, id) in &changed {
            if let Some(p) = self.parts.get_mut(&part_key(name, bucket_of(id))) {
                p.fp = None;
            }
        }
        !changed.is_empty()
    }

    /// Merges `theirs` into `ours` (another tab's save, or an imported
    /// backup). Parts where the result differs from `ours` are written on
    /// the next save even if their fingerprints match: a tie can pick the
    /// other copy's content at the same update time.
    pub fn merge_in(&mut self, ours: &AppData, theirs: &AppData) -> AppData {
        let m = merge(ours, theirs);
        self.distrust_differences(&m, ours);
        m
    }

    /// The user chose to go on after unreadable data: saving resumes, and the
    /// next save rewrites everything from what is in memory. The quarantine
    /// copies stay.
    pub fn start_fresh(&mut self) {
        if self.mode == Mode::AwaitingChoice {
            self.mode = Mode::Normal;
            self.last_head = None;
            self.rewrite_all();
        }
    }

    /// Writes the parts of `data` that changed, then the head; merges first
    /// if another tab saved since we last looked.
    pub fn save(&mut self, data: &AppData, now: DateTime<Utc>) -> Result<Saved, SaveError> {
        self.write(data, now, false)
    }

    /// *Replace everything*: writes `data` as it is, without merging what is
    /// stored, and raises the replace generation so other tabs adopt it
    /// instead of merging their copies back in.
    pub fn replace(&mut self, data: &AppData, now: DateTime<Utc>) -> Result<Saved, SaveError> {
        self.write(data, now, true)
    }

    fn write(
        &mut self,
        data: &AppData,
        now: DateTime<Utc>,
        replace: bool,
    ) -> Result<Saved, SaveError> {
        if self.mode != Mode::Normal {
            return Err(SaveError::Blocked(self.mode.clone()));
        }
        if self.erased_elsewhere() {
            return Err(SaveError::Erased);
        }
        let head = self
            .kv
            .get(DATA_KEY)
            .map_err(|e| SaveError::Unavailable(e.to_string()))?;
        let mut merged = None;
        if (head.is_none() && self.seen_stored()) || replace {
            // Cleared by someone (or being replaced): write everything
            // again, and remove every part that is not ours.
            self.parts = self
                .part_keys()
                .into_iter()
                .map(|k| (k, PartInfo { fp: None, chars: 0 }))
                .collect();
        }
        if replace {
            let stored_gen = match head.as_deref().map(decode_stored) {
                Some(Ok(Stored::Head(h))) => h.gen,
                _ => 0,
            };
            self.gen = self.gen.max(stored_gen) + 1;
        } else if let Some(head) = head.filter(|h| Some(h) != self.last_head.as_ref()) {
            match self.read_stored(&head) {
                Ok((theirs, true)) => {
                    return Ok(Saved {
                        chars: 0,
                        merged: Some(theirs),
                        replaced: true,
                    })
                }
                Ok((theirs, false)) => {
                    let m = self.merge_in(&theirs, data);
                    if &m != data {
                        merged = Some(m);
                    }
                }
                Err(ReadError::Newer(schema)) => {
                    self.mode = Mode::ReadOnly { schema };
                    return Err(SaveError::Blocked(self.mode.clone()));
                }
                Err(ReadError::Damaged { reason, copied, .. }) => {
                    return Err(SaveError::Damaged { reason, copied });
                }
            }
        }
        if !replace {
            if let Some(m) = self.merge_stale(merged.as_ref().unwrap_or(data))? {
                merged = Some(m);
            }
        }
        let to_write = merged.as_ref().unwrap_or(data);
        let mut written = Vec::new();
        self.write_collection("applications", &to_write.applications, &mut written)?;
        self.write_collection("journal", &to_write.journal, &mut written)?;
        self.write_collection("goals", &to_write.goals, &mut written)?;
        self.write_collection("progress", &to_write.progress, &mut written)?;
        self.write_collection("activities", &to_write.activities, &mut written)?;
        self.write_collection("checkins", &to_write.checkins, &mut written)?;
        self.write_pruned(&to_write.pruned, &mut written)?;
        // Every part is read back before the head points at them (when
        // migrating, the head still holds the only other copy).
        self.verify(&written)?;
        self.saves += 1;
        let rev = parts::mix(self.seed ^ self.saves.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let head = head_json(to_write, now, Some(self.app_version), rev, self.gen);
        self.set(DATA_KEY, &head)?;
        let head_written = [(DATA_KEY.to_string(), head)];
        self.verify(&head_written)?;
        let [(_, head)] = head_written;
        if self.premigration_kept {
            self.premigration_kept = self.kv.remove(PREMIGRATION_KEY).is_err();
        }
        let chars = utf16_len(&head) + self.parts.values().map(|p| p.chars).sum::<usize>();
        self.last_head = Some(head);
        self.saved_at = Some(now);
        Ok(Saved {
            chars,
            merged,
            replaced: false,
        })
    }

    /// Reads back what was just written; on any difference, whatever is
    /// stored is unknown, so the next save writes it all.
    fn verify(&mut self, written: &[(String, String)]) -> Result<(), SaveError> {
        let ok = written
            .iter()
            .all(|(key, text)| matches!(self.kv.get(key), Ok(Some(back)) if &back == text));
        if !ok {
            self.rewrite_all();
            self.last_head = None;
            return Err(SaveError::Verify);
        }
        Ok(())
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), SaveError> {
        self.may_write(key)?;
        match self.kv.set(key, text) {
            Ok(()) => Ok(()),
            Err(KvError::Quota) => Err(SaveError::Quota {
                used: self.kv.used_chars(),
            }),
            Err(KvError::Unavailable(why)) => Err(SaveError::Unavailable(why)),
        }
    }

    /// Writes the forgotten deletions when they differ from what is stored.
    fn write_pruned(
        &mut self,
        pruned: &[crate::model::data::Pruned],
        written: &mut Vec<(String, String)>,
    ) -> Result<(), SaveError> {
        let text = if pruned.is_empty() {
            String::new()
        } else {
            serde_json::to_string(pruned).unwrap_or_default()
        };
        if self.pruned_text.as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        if text.is_empty() {
            self.may_write(PRUNED_KEY)?;
            self.kv
                .remove(PRUNED_KEY)
                .map_err(|e| SaveError::Unavailable(e.to_string()))?;
        } else {
            self.set(PRUNED_KEY, &text)?;
            written.push((PRUNED_KEY.to_string(), text.clone()));
        }
        self.pruned_text = Some(text);
        Ok(())
    }

    /// Writes the parts of one collection that differ from what is stored,
    /// and removes parts that became empty.
    fn write_collection<R: Record>(
        &mut self,
        name: &str,
        items: &[R],
        written: &mut Vec<(String, String)>,
    ) -> Result<(), SaveError> {
        for (bucket, part) in split(items).iter().enumerate() {
            let key = part_key(name, bucket);
            let known = self.parts.get(&key).copied();
            if part.is_empty() {
                if known.is_some() {
                    self.may_write(&key)?;
                    self.kv
                        .remove(&key)
                        .map_err(|e| SaveError::Unavailable(e.to_string()))?;
                    self.parts.remove(&key);
                }
                continue;
            }
            let fp = fingerprint(part);
            if known.is_some_and(|k| k.fp == Some(fp)) {
                continue;
            }
            let text = part_json(part);
            self.set(&key, &text)?;
            let chars = utf16_len(&text);
            self.parts.insert(
                key.clone(),
                PartInfo {
                    fp: Some(fp),
                    chars,
                },
            );
            written.push((key, text));
        }
        Ok(())
    }

    /// Handles another tab's save (the `storage` event on the head key), or
    /// storage being cleared (an event with no key).
    pub fn incoming(&mut self, local: &AppData) -> Incoming {
        if self.erased_elsewhere() {
            return Incoming::Erased;
        }
        let head = match self.kv.get(DATA_KEY) {
            Ok(Some(head)) => head,
            Ok(None) if self.seen_stored() => return Incoming::Cleared,
            Ok(None) => return Incoming::Unchanged,
            Err(_) => return Incoming::Ignored,
        };
        if Some(&head) == self.last_head.as_ref() {
            return Incoming::Unchanged;
        }
        match self.read_stored(&head) {
            Ok((theirs, true)) => Incoming::Replaced(Box::new(theirs)),
            Ok((theirs, false)) => {
                let data = self.merge_in(&theirs, local);
                let needs_save = data != theirs;
                if &data == local && !needs_save {
                    Incoming::Unchanged
                } else {
                    Incoming::Merged {
                        data: Box::new(data),
                        needs_save,
                    }
                }
            }
            Err(ReadError::Newer(schema)) => {
                self.mode = Mode::ReadOnly { schema };
                Incoming::Newer(schema)
            }
            Err(ReadError::Damaged {
                reason,
                copied,
                data,
            }) => Incoming::Damaged {
                reason,
                copied,
                data: Box::new(merge(local, &data)),
            },
        }
    }

    /// Characters used in storage (all keys).
    pub fn used_chars(&self) -> usize {
        self.kv.used_chars()
    }

    /// Every unreadable text, for "Download raw data": the quarantined
    /// copies, and (from memory) any that could not be copied aside.
    pub fn quarantined(&self) -> Vec<(String, String)> {
        let mut keys: Vec<String> = self
            .kv
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .collect();
        keys.sort();
        let uncopied = self
            .damaged
            .iter()
            .filter(|(_, d)| !d.copied)
            .map(|(k, d)| (k.clone(), d.raw.clone()));
        keys.into_iter()
            .filter_map(|k| self.kv.get(&k).ok().flatten().map(|v| (k, v)))
            .chain(uncopied)
            .collect()
    }

    /// A key holding unreadable text may be written only once a copy of
    /// that text exists (another try is made now: space may have freed).
    fn may_write(&mut self, key: &str) -> Result<(), SaveError> {
        let Some(d) = self.damaged.get(key) else {
            return Ok(());
        };
        if !d.copied {
            let raw = d.raw.clone();
            if self.quarantine(&raw).is_none() {
                return Err(SaveError::Quota {
                    used: self.kv.used_chars(),
                });
            }
        }
        self.damaged.remove(key);
        Ok(())
    }
}
