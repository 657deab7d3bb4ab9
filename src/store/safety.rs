//! The store's answers to bad days: a part written by a tab that died before
//! its head, storage cleared while damaged data waits for a choice, *Replace
//! everything* (kept undoable on the device), and *Erase everything* (which
//! every open tab honours).

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use super::parts::part_collection;
use super::{KvError, KvStore, Mode, SaveError, Saved, Store, DATA_KEY};
use crate::model::data::{decode, envelope_json, merge, AppData};

/// Written by *Erase everything*: a fresh random token. A tab that saw
/// another token (or none) when it opened never writes again: its copy of
/// the data is what the person asked to forget.
pub const ERASED_KEY: &str = "rebound.erased";
/// What *Replace everything* replaced, as a backup envelope, kept on the
/// device for [`SNAPSHOT_DAYS`] so the replace can be undone.
pub const SNAPSHOT_KEY: &str = "rebound.replaced";
pub const SNAPSHOT_DAYS: i64 = 30;

/// Every key of this origin that is Rebound's (data, parts, copies, flags).
pub const PREFIX: &str = "rebound.";

/// What [`Store::write_back`] did.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteBack {
    /// The data's save.
    pub saved: Result<Saved, SaveError>,
    /// Keys this tab held that couldn't be put back (the browser refused).
    pub missing: Vec<String>,
}

impl<K: KvStore> Store<K> {
    /// Another tab wrote `key`: if it is a part, it is read and merged in
    /// before this tab writes that part again. (A tab can die after writing
    /// its parts and before its head, and then no head event ever comes.)
    pub fn part_changed(&mut self, key: &str) {
        if part_collection(key).is_some() {
            if let Some(p) = self.parts.get_mut(key) {
                p.fp = None;
            }
            self.stale.insert(key.to_string());
        }
    }

    /// The records of the parts other tabs wrote since we last read them,
    /// merged into `data` (`None`: nothing to add). An unreadable part stops
    /// the save, as an unreadable head does.
    pub(super) fn merge_stale(&mut self, data: &AppData) -> Result<Option<AppData>, SaveError> {
        if self.stale.is_empty() {
            return Ok(None);
        }
        let keys: Vec<String> = std::mem::take(&mut self.stale).into_iter().collect();
        let mut bad = Vec::new();
        let mut theirs = AppData::default();
        self.read_collection("applications", &keys, &mut theirs.applications, &mut bad);
        self.read_collection("journal", &keys, &mut theirs.journal, &mut bad);
        self.read_collection("goals", &keys, &mut theirs.goals, &mut bad);
        self.read_collection("progress", &keys, &mut theirs.progress, &mut bad);
        self.read_collection("activities", &keys, &mut theirs.activities, &mut bad);
        self.read_collection("checkins", &keys, &mut theirs.checkins, &mut bad);
        if !bad.is_empty() {
            let damage = self.corrupt(bad, AppData::default());
            return Err(SaveError::Damaged {
                reason: damage.reason,
                copied: damage.quarantine_key.is_some(),
            });
        }
        // Settings aren't in parts: ours stay (the default ones never win).
        theirs.settings = data.settings.clone();
        theirs.pruned = data.pruned.clone();
        let m = merge(data, &theirs);
        self.distrust_differences(&m, data);
        Ok((&m != data).then_some(m))
    }

    /// Something cleared the origin's storage and this tab holds the only
    /// copy: its data is written again ([`Store::write_back_data`]), then
    /// the replace snapshot if this tab holds it, then `extras` (the keys
    /// this browser keeps for itself that the tab knows, with their
    /// values). A key another tab wrote again meanwhile is left as it is.
    /// [`WriteBack::missing`] names every key that couldn't be put back.
    pub fn write_back(
        &mut self,
        data: &AppData,
        now: DateTime<Utc>,
        extras: &[(String, String)],
    ) -> WriteBack {
        let saved = self.write_back_data(data, now);
        let snapshot = self
            .snapshot_text
            .clone()
            .map(|t| (SNAPSHOT_KEY.to_string(), t));
        let mut missing = Vec::new();
        for (key, text) in snapshot.iter().chain(extras) {
            let put_back = match self.kv.get(key) {
                Ok(Some(_)) => true,
                Ok(None) => {
                    self.kv.set(key, text).is_ok()
                        && matches!(self.kv.get(key), Ok(Some(back)) if &back == text)
                }
                Err(_) => false,
            };
            if !put_back {
                missing.push(key.clone());
            }
        }
        WriteBack { saved, missing }
    }

    /// Storage was cleared while unreadable data waited for the person's
    /// choice: the unreadable text goes back to a quarantine key (from
    /// memory: its copies were cleared too) and what this tab holds is
    /// written, so both survive. The choice still waits. Newer or missing
    /// storage can't be written back: the error says which.
    pub fn write_back_data(
        &mut self,
        data: &AppData,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError> {
        if self.mode != Mode::AwaitingChoice {
            return self.save(data, now);
        }
        let texts: Vec<(String, String)> = self
            .damaged
            .iter()
            .map(|(k, d)| (k.clone(), d.raw.clone()))
            .collect();
        for (key, raw) in texts {
            let copied = self.quarantine(&raw).is_some();
            if let Some(d) = self.damaged.get_mut(&key) {
                d.copied = copied;
            }
            if !copied {
                return Err(SaveError::Quota {
                    used: self.kv.used_chars(),
                });
            }
        }
        self.mode = Mode::Normal;
        let saved = self.save(data, now);
        if self.mode == Mode::Normal {
            self.mode = Mode::AwaitingChoice;
        }
        saved
    }

    /// Another tab wrote (or removed) the replace snapshot: this tab holds
    /// its text from now on (see [`Store::write_back`]).
    pub fn heard_snapshot(&mut self, text: Option<String>) {
        self.snapshot_text = text;
    }

    /// *Replace everything*, undoable: `previous` (what this tab holds,
    /// already merged with what is stored) is kept under [`SNAPSHOT_KEY`]
    /// first, and read back; only then is `data` written in its place. If
    /// there is no room for the copy, nothing is replaced.
    pub fn replace_keeping(
        &mut self,
        previous: &AppData,
        data: &AppData,
        now: DateTime<Utc>,
    ) -> Result<Saved, SaveError> {
        if self.mode != Mode::Normal {
            return Err(SaveError::Blocked(self.mode.clone()));
        }
        let text = envelope_json(previous, now, Some(self.app_version));
        self.set(SNAPSHOT_KEY, &text)?;
        if !matches!(self.kv.get(SNAPSHOT_KEY), Ok(Some(back)) if back == text) {
            let _ = self.kv.remove(SNAPSHOT_KEY);
            self.snapshot_text = None;
            return Err(SaveError::Verify);
        }
        self.snapshot_text = Some(text);
        self.replace(data, now)
    }

    /// The data as it was before the last *Replace everything*, and when
    /// that was, while it is kept.
    pub fn snapshot(&self, now: DateTime<Utc>) -> Option<(DateTime<Utc>, AppData)> {
        let text = self.kv.get(SNAPSHOT_KEY).ok()??;
        let d = decode(&text).ok()?;
        let taken = d.envelope.saved_at;
        (now - taken < Duration::days(SNAPSHOT_DAYS)).then_some((taken, d.envelope.data))
    }

    /// Forgets the snapshot (after an undo, or once it has expired).
    pub fn drop_snapshot(&mut self) -> Result<(), KvError> {
        self.kv.remove(SNAPSHOT_KEY)?;
        self.snapshot_text = None;
        Ok(())
    }

    /// Drops an expired (or unreadable) snapshot; true if one was dropped.
    pub fn expire_snapshot(&mut self, now: DateTime<Utc>) -> bool {
        if matches!(self.kv.get(SNAPSHOT_KEY), Ok(Some(_))) && self.snapshot(now).is_none() {
            return self.drop_snapshot().is_ok();
        }
        false
    }

    /// *Erase everything on this device*: every Rebound key goes, and a new
    /// erase token tells every other open tab (through its `storage` event,
    /// or its next save) to forget its copy instead of writing it back.
    pub fn erase(&mut self, token: &str) -> Result<(), KvError> {
        let keys: BTreeSet<String> = self
            .kv
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(PREFIX) && k != ERASED_KEY)
            .collect();
        self.kv.set(ERASED_KEY, token)?;
        for k in &keys {
            self.kv.remove(k)?;
        }
        self.forget_everything();
        Ok(())
    }

    /// Whether someone erased Rebound's data since this tab last looked. (A
    /// clear of the whole origin removes the token too: that is no erase,
    /// and the open tab writes its copy back.)
    pub fn erased_elsewhere(&self) -> bool {
        match self.kv.get(ERASED_KEY) {
            Ok(Some(token)) => self.erase_token.as_ref() != Some(&token),
            _ => false,
        }
    }

    /// Another tab erased everything: this tab starts again from nothing,
    /// and may save again (what it saves from now on is new).
    pub fn accept_erase(&mut self) {
        self.forget_everything();
    }

    fn forget_everything(&mut self) {
        self.erase_token = self.kv.get(ERASED_KEY).ok().flatten();
        self.mode = Mode::Normal;
        self.last_head = None;
        self.parts.clear();
        self.damaged.clear();
        self.stale.clear();
        self.saved_at = None;
        self.premigration_kept = false;
        self.gen = 0;
        self.found_stored = false;
        self.pruned_text = None;
        self.snapshot_text = None;
    }

    /// Whether this tab has seen stored data (its own or read), so an empty
    /// head means someone cleared it.
    pub(super) fn seen_stored(&self) -> bool {
        self.last_head.is_some() || self.found_stored
    }

    /// Whether the head key holds anything (a first save has happened).
    pub fn has_head(&self) -> bool {
        matches!(self.kv.get(DATA_KEY), Ok(Some(_)))
    }
}
