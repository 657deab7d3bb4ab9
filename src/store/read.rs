//! The reading half of [`Store`]: the head and parts as stored, unreadable
//! text set aside, and what another tab saved.

use serde::de::DeserializeOwned;

use super::parts::{fingerprint, parse_part, part_collection, part_key, split, utf16_len, BUCKETS};
use super::PRUNED_KEY;
use super::{
    Damage, Damaged, KvStore, Loaded, Mode, PartInfo, ReadError, Store, Unreadable, DATA_KEY,
    QUARANTINE_PREFIX,
};
use crate::model::data::{
    canonicalise, decode_stored, merge, normalised, upgrade_parts, AppData, DecodeError, Head,
    Pruned, Settings, Stored, SCHEMA,
};
use crate::model::record::Record;

impl<K: KvStore> Store<K> {
    /// Every part key in storage.
    pub(super) fn part_keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .kv
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| part_collection(k).is_some())
            .collect();
        keys.sort();
        keys
    }

    /// Reads the parts (and the forgotten deletions) a head points at; any
    /// unreadable one makes the whole load `Corrupt` (the readable rest is
    /// still shown). A head of an older schema: its records are upgraded
    /// (see `migrate::upgrade_parts`) and all written again on the next save.
    pub(super) fn loaded_parts(&mut self, keys: &[String], head: Option<Head>) -> Loaded {
        let mut bad = Vec::new();
        let (schema, settings) = head.as_ref().map_or((SCHEMA, Settings::default()), |h| {
            (h.schema, h.settings.clone())
        });
        let mut data = self.read_parts(keys, settings, &mut bad);
        data.pruned = self.read_pruned(head.as_ref(), &mut bad);
        if schema < SCHEMA {
            upgrade_parts(schema, &mut data);
            self.rewrite_all();
        }
        if !bad.is_empty() {
            self.corrupt(bad, data).into()
        } else if schema < SCHEMA {
            Loaded::Migrated { data, from: schema }
        } else {
            Loaded::Ready(data)
        }
    }

    /// The forgotten deletions: in the head up to schema 4, under their
    /// own key from schema 5 (remembered, so a save writes them only when
    /// they change).
    pub(super) fn read_pruned(
        &mut self,
        head: Option<&Head>,
        bad: &mut Vec<Unreadable>,
    ) -> Vec<Pruned> {
        match head {
            Some(h) if h.schema < 5 => {
                self.pruned_text = None;
                h.pruned.clone()
            }
            _ => match self.kv.get(PRUNED_KEY) {
                Ok(Some(text)) => match serde_json::from_str::<Vec<Pruned>>(&text) {
                    Ok(list) => {
                        self.pruned_text = Some(text);
                        list
                    }
                    Err(e) => {
                        self.pruned_text = None;
                        if !self.known_damage(PRUNED_KEY, &text) {
                            bad.push(Unreadable {
                                key: PRUNED_KEY.into(),
                                raw: text,
                                reason: e.to_string(),
                            });
                        }
                        Vec::new()
                    }
                },
                _ => {
                    self.pruned_text = Some(String::new());
                    Vec::new()
                }
            },
        }
    }

    /// Sets unreadable text aside and waits for the person's choice; the
    /// same at load and when another tab stores it later.
    pub(super) fn corrupt(&mut self, bad: Vec<Unreadable>, data: AppData) -> Damage {
        let mut quarantine_key = None;
        let mut copied_all = true;
        for b in &bad {
            let key = self.set_aside(b);
            copied_all &= key.is_some();
            quarantine_key = quarantine_key.or(key);
        }
        self.mode = Mode::AwaitingChoice;
        let first = bad.into_iter().next();
        let (raw, reason) = first.map_or_else(Default::default, |b| {
            let reason = if b.key == DATA_KEY {
                b.reason
            } else {
                format!("{}: {}", b.key, b.reason)
            };
            (b.raw, reason)
        });
        Damage {
            raw,
            reason,
            quarantine_key: quarantine_key.filter(|_| copied_all),
            data,
        }
    }

    /// Copies unreadable text to a quarantine key and remembers it, so its
    /// own key is not written over while no copy exists.
    fn set_aside(&mut self, bad: &Unreadable) -> Option<String> {
        let key = self.quarantine(&bad.raw);
        self.damaged.insert(
            bad.key.clone(),
            Damaged {
                raw: bad.raw.clone(),
                copied: key.is_some(),
            },
        );
        key
    }

    /// Unreadable text already set aside (and still in its key) is not
    /// reported twice.
    fn known_damage(&self, key: &str, text: &str) -> bool {
        self.damaged.get(key).is_some_and(|d| d.raw == text)
    }

    /// Reads every part into one `AppData`, remembering what each key holds.
    pub(super) fn read_parts(
        &mut self,
        keys: &[String],
        settings: Settings,
        bad: &mut Vec<Unreadable>,
    ) -> AppData {
        let mut data = AppData {
            settings,
            ..AppData::default()
        };
        self.parts.clear();
        self.read_collection("applications", keys, &mut data.applications, bad);
        self.read_collection("journal", keys, &mut data.journal, bad);
        self.read_collection("goals", keys, &mut data.goals, bad);
        self.read_collection("progress", keys, &mut data.progress, bad);
        self.read_collection("activities", keys, &mut data.activities, bad);
        self.read_collection("checkins", keys, &mut data.checkins, bad);
        data
    }

    pub(super) fn read_collection<R: Record + DeserializeOwned>(
        &mut self,
        name: &str,
        keys: &[String],
        out: &mut Vec<R>,
        bad: &mut Vec<Unreadable>,
    ) {
        for key in keys.iter().filter(|k| part_collection(k) == Some(name)) {
            let Ok(Some(text)) = self.kv.get(key) else {
                continue;
            };
            let chars = utf16_len(&text);
            if self.known_damage(key, &text) {
                self.parts.insert(key.clone(), PartInfo { fp: None, chars });
                continue;
            }
            match parse_part::<R>(&text) {
                Ok(items) => {
                    let refs: Vec<&R> = items.iter().collect();
                    let fp = Some(fingerprint(&refs));
                    self.parts.insert(key.clone(), PartInfo { fp, chars });
                    out.extend(items);
                }
                Err(reason) => {
                    self.parts.insert(key.clone(), PartInfo { fp: None, chars });
                    bad.push(Unreadable {
                        key: key.clone(),
                        raw: text,
                        reason,
                    });
                }
            }
        }
        canonicalise(out);
    }

    /// Copies unreadable text to a free quarantine key (or finds it already there).
    pub(super) fn quarantine(&mut self, raw: &str) -> Option<String> {
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

    /// Reads what another tab stored (head and parts), remembering what each
    /// part holds. `true` with the data: that tab replaced everything.
    /// Anything unreadable is set aside and stops saving, as at load.
    pub(super) fn read_stored(&mut self, head: &str) -> Result<(AppData, bool), ReadError> {
        let keys = self.part_keys();
        self.stale.clear();
        let mut bad = Vec::new();
        let mut replaced = false;
        let data = if self.known_damage(DATA_KEY, head) {
            self.read_parts(&keys, Settings::default(), &mut bad)
        } else {
            match decode_stored(head) {
                Ok(Stored::Head(h)) => {
                    self.saved_at = Some(h.saved_at);
                    replaced = h.gen > self.gen;
                    self.gen = self.gen.max(h.gen);
                    let mut data = self.read_parts(&keys, h.settings.clone(), &mut bad);
                    data.pruned = self.read_pruned(Some(&h), &mut bad);
                    if h.schema < SCHEMA {
                        upgrade_parts(h.schema, &mut data);
                        self.rewrite_all();
                    }
                    data
                }
                Ok(Stored::Whole(d)) => self.whole_with_parts(d.envelope.data, &keys),
                Err(DecodeError::Newer(schema)) => return Err(ReadError::Newer(schema)),
                Err(e) => {
                    bad.push(Unreadable {
                        key: DATA_KEY.into(),
                        raw: head.to_string(),
                        reason: e.to_string(),
                    });
                    self.read_parts(&keys, Settings::default(), &mut bad)
                }
            }
        };
        self.last_head = Some(head.to_string());
        if bad.is_empty() {
            return Ok((data, replaced));
        }
        let damage = self.corrupt(bad, data);
        Err(ReadError::Damaged {
            reason: damage.reason,
            copied: damage.quarantine_key.is_some(),
            data: Box::new(damage.data),
        })
    }

    /// A whole envelope in the main key (schemas 1–3, before migrating)
    /// merged with any parts beside it (from a first save that was cut
    /// short). Unreadable parts are copied aside (and kept in place if that
    /// fails), and every part will be written on the next save.
    pub(super) fn whole_with_parts(&mut self, whole: AppData, keys: &[String]) -> AppData {
        let mut bad = Vec::new();
        let parts = self.read_parts(keys, Settings::default(), &mut bad);
        for b in &bad {
            self.set_aside(b);
        }
        self.rewrite_all();
        let whole = normalised(whole);
        if parts.record_count() == 0 {
            return whole;
        }
        let settings = whole.settings.clone();
        merge(
            &whole,
            &AppData {
                settings,
                pruned: whole.pruned.clone(),
                ..parts
            },
        )
    }

    /// Forgets what the parts hold, so the next save writes every one.
    pub(super) fn rewrite_all(&mut self) {
        self.parts.values_mut().for_each(|p| p.fp = None);
    }

    /// After a merge, parts whose records differ from what is stored are
    /// written even if their fingerprints match (same-millisecond edits).
    pub(super) fn distrust_differences(&mut self, ours: &AppData, theirs: &AppData) {
        self.distrust("applications", &ours.applications, &theirs.applications);
        self.distrust("journal", &ours.journal, &theirs.journal);
        self.distrust("goals", &ours.goals, &theirs.goals);
        self.distrust("progress", &ours.progress, &theirs.progress);
        self.distrust("activities", &ours.activities, &theirs.activities);
        self.distrust("checkins", &ours.checkins, &theirs.checkins);
    }

    pub(super) fn distrust<R: Record>(&mut self, name: &str, ours: &[R], theirs: &[R]) {
        if ours == theirs {
            return;
        }
        let (a, b) = (split(ours), split(theirs));
        for bucket in 0..BUCKETS {
            if a[bucket] != b[bucket] {
                if let Some(p) = self.parts.get_mut(&part_key(name, bucket)) {
                    p.fp = None;
                }
            }
        }
    }

    /// Best effort to show newer data read-only: fields this app knows are
    /// read, the rest ignored. Nothing is ever written back.
    pub(super) fn read_newer(&mut self, raw: &str, keys: &[String]) -> Option<AppData> {
        #[derive(serde::Deserialize)]
        struct Newer {
            data: Option<AppData>,
            settings: Option<Settings>,
        }
        let newer: Newer = serde_json::from_str(raw).ok()?;
        if newer.data.is_some() {
            return newer.data;
        }
        let mut bad = Vec::new();
        Some(self.read_parts(keys, newer.settings.unwrap_or_default(), &mut bad))
    }
}
