//! Persistence: loading, saving and cross-tab merging on top of a [`KvStore`].
//!
//! The promise is that nothing the user wrote is ever lost:
//! - unreadable data is copied to a quarantine key and never overwritten
//!   until the user chooses;
//! - data from a newer app version puts this tab in read-only mode;
//! - before each write the stored copy is re-read, and if another tab changed
//!   it, the two are merged first;
//! - every write is read back and compared.

mod kv;
#[cfg(target_arch = "wasm32")]
pub mod web;

pub use kv::{KvError, KvStore, MemoryStore};

use chrono::{DateTime, Utc};

use crate::model::data::{decode, envelope_json, merge, normalised, AppData, DecodeError, SCHEMA};

/// The main key.
pub const DATA_KEY: &str = "rebound.data";
/// Unreadable data is copied here (with a number if taken) before anything else.
pub const QUARANTINE_PREFIX: &str = "rebound.quarantine";
/// The text of older-schema data, kept until the first successful save after migrating.
pub const PREMIGRATION_KEY: &str = "rebound.premigration";
/// Browsers allow about this many characters per origin.
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// What loading found; the UI says each in plain words.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Fresh,
    Ready(AppData),
    /// Older data, migrated in memory; the original text is kept.
    Migrated {
        data: AppData,
        from: u32,
    },
    /// Unreadable: copied to `quarantine_key` (or not, if even that failed).
    Corrupt {
        raw: String,
        reason: String,
        quarantine_key: Option<String>,
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
}

/// A successful save.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// Characters written.
    pub chars: usize,
    /// Set when another tab had changed the stored data: the merged result,
    /// which was saved and should replace the state in memory.
    pub merged: Option<AppData>,
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
    /// The other tab cleared or damaged it: keep ours, save it back.
    Ignored,
}

/// Loads, saves and merges, remembering what it last wrote.
pub struct Store<K: KvStore> {
    pub kv: K,
    pub mode: Mode,
    /// When the stored data was last written (by any tab), as far as we know.
    pub saved_at: Option<DateTime<Utc>>,
    last_written: Option<String>,
    /// The pre-migration copy is still kept (removed after the next good save).
    premigration_kept: bool,
    app_version: &'static str,
}

impl<K: KvStore> Store<K> {
    pub fn new(kv: K, app_version: &'static str) -> Store<K> {
        Store {
            kv,
            mode: Mode::Normal,
            saved_at: None,
            last_written: None,
            premigration_kept: false,
            app_version,
        }
    }

    /// Reads the saved data and sets the mode. Never writes over anything.
    pub fn load(&mut self) -> Loaded {
        let raw = match self.kv.get(DATA_KEY) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Loaded::Fresh,
            Err(e) => {
                self.mode = Mode::MemoryOnly(e.to_string());
                return Loaded::Unavailable(e.to_string());
            }
        };
        match decode(&raw) {
            Ok(d) if d.from_schema == SCHEMA => {
                self.last_written = Some(raw);
                self.saved_at = Some(d.envelope.saved_at);
                Loaded::Ready(normalised(d.envelope.data))
            }
            Ok(d) => {
                // Keep the original until a save of the migrated data succeeds.
                self.premigration_kept = self.kv.set(PREMIGRATION_KEY, &raw).is_ok();
                self.last_written = Some(raw);
                Loaded::Migrated {
                    data: normalised(d.envelope.data),
                    from: d.from_schema,
                }
            }
            Err(DecodeError::Newer(schema)) => {
                self.mode = Mode::ReadOnly { schema };
                Loaded::Newer {
                    data: read_newer(&raw),
                    schema,
                }
            }
            Err(e) => {
                let quarantine_key = self.quarantine(&raw);
                self.mode = Mode::AwaitingChoice;
                Loaded::Corrupt {
                    raw,
                    reason: e.to_string(),
                    quarantine_key,
                }
            }
        }
    }

    /// Copies unreadable text to a free quarantine key (or finds it already there).
    fn quarantine(&mut self, raw: &str) -> Option<String> {
        for n in 0..100 {
            let key = if n == 0 {
                QUARANTINE_PREFIX.to_string()
            } else {
                format!("{QUARANTINE_PREFIX}.{n}")
            };
            match self.kv.get(&key) {
                Ok(Some(existing)) if existing == raw => return Some(key),
                Ok(Some(_)) => continue,
                Ok(None) => return self.kv.set(&key, raw).ok().map(|_| key),
                Err(_) => return None,
            }
        }
        None
    }

    /// The user chose "Start fresh" after unreadable data: saving resumes and
    /// the next save replaces the main key. The quarantine copy stays.
    pub fn start_fresh(&mut self) {
        if self.mode == Mode::AwaitingChoice {
            self.mode = Mode::Normal;
            self.last_written = None;
        }
    }

    /// Writes `data`, merging first if another tab changed the stored copy.
    pub fn save(&mut self, data: &AppData, now: DateTime<Utc>) -> Result<Saved, SaveError> {
        if self.mode != Mode::Normal {
            return Err(SaveError::Blocked(self.mode.clone()));
        }
        let stored = self
            .kv
            .get(DATA_KEY)
            .map_err(|e| SaveError::Unavailable(e.to_string()))?;
        let mut merged = None;
        if let Some(stored) = stored.filter(|s| Some(s) != self.last_written.as_ref()) {
            match decode(&stored) {
                Ok(d) => {
                    let m = merge(data, &d.envelope.data);
                    if &m != data {
                        merged = Some(m);
                    }
                }
                Err(DecodeError::Newer(schema)) => {
                    self.mode = Mode::ReadOnly { schema };
                    return Err(SaveError::Blocked(self.mode.clone()));
                }
                // Unreadable text written by someone else: keep a copy, then save ours.
                Err(_) => {
                    self.quarantine(&stored);
                }
            }
        }
        let to_write = merged.as_ref().unwrap_or(data);
        let text = envelope_json(to_write, now, Some(self.app_version));
        match self.kv.set(DATA_KEY, &text) {
            Ok(()) => {}
            Err(KvError::Quota) => {
                return Err(SaveError::Quota {
                    used: self.kv.used_chars(),
                })
            }
            Err(KvError::Unavailable(why)) => return Err(SaveError::Unavailable(why)),
        }
        match self.kv.get(DATA_KEY) {
            Ok(Some(back)) if back == text => {}
            _ => return Err(SaveError::Verify),
        }
        if self.premigration_kept {
            self.premigration_kept = self.kv.remove(PREMIGRATION_KEY).is_err();
        }
        let chars = text.encode_utf16().count();
        self.last_written = Some(text);
        self.saved_at = Some(now);
        Ok(Saved { chars, merged })
    }

    /// Handles the stored text changing under us (the `storage` event).
    pub fn incoming(&mut self, raw: Option<&str>, local: &AppData) -> Incoming {
        let Some(raw) = raw else {
            return Incoming::Ignored;
        };
        if Some(raw) == self.last_written.as_deref() {
            return Incoming::Unchanged;
        }
        match decode(raw) {
            Ok(d) => {
                self.last_written = Some(raw.to_string());
                let theirs = normalised(d.envelope.data);
                let data = merge(local, &theirs);
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
            Err(DecodeError::Newer(schema)) => {
                self.mode = Mode::ReadOnly { schema };
                Incoming::Newer(schema)
            }
            Err(_) => Incoming::Ignored,
        }
    }

    /// Characters used in storage (all keys).
    pub fn used_chars(&self) -> usize {
        self.kv.used_chars()
    }

    /// Quarantined copies, for "Download raw data".
    pub fn quarantined(&self) -> Vec<(String, String)> {
        let mut keys: Vec<String> = self
            .kv
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(QUARANTINE_PREFIX))
            .collect();
        keys.sort();
        keys.into_iter()
            .filter_map(|k| self.kv.get(&k).ok().flatten().map(|v| (k, v)))
            .collect()
    }
}

/// Best effort to show newer data read-only: fields this app knows are read,
/// the rest ignored. Nothing is ever written back.
fn read_newer(raw: &str) -> Option<AppData> {
    let value: serde_json::Value = serde_json::from_str(raw).ok()?;
    serde_json::from_value(value.get("data")?.clone()).ok()
}
