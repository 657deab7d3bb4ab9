//! The stored-data layer behind one split point (`data`): reading,
//! migrating, merging and writing stored data, and writing backups. That is
//! serde_json, the record decoders and encoders and the store itself, about
//! a third of the app's code; a first visit has nothing stored, so it is
//! fetched once the app is up (see [`super::lazy`]).
//!
//! Code reaches it through a [`DataPart`], which only [`loaded`] hands out
//! once the part is here: the precondition is a type, not a habit.

use chrono::{DateTime, Utc};
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::model::data::AppData;
use crate::model::undo::Undo;
use crate::store::safety::WriteBack;
use crate::store::web::LocalStore;
use crate::store::{Incoming, Loaded, Mode, SaveError, Saved, Store};

pub type Db = Store<LocalStore>;

/// Proof that the data part's code is here: its methods run it in place.
#[derive(Clone, Copy, Debug)]
pub struct DataPart(());

/// The data part's calls, once its code is here (untracked).
pub fn loaded() -> Option<DataPart> {
    super::lazy::data().is_ready().then_some(DataPart(()))
}

/// The same, tracked: a view or effect runs again when it arrives.
pub fn loaded_tracked() -> Option<DataPart> {
    super::lazy::data()
        .is_ready_tracked()
        .then_some(DataPart(()))
}

impl DataPart {
    /// Loads what is stored; for data that can be written, also drops
    /// deleted text, old deletions and an expired replace snapshot (`true`:
    /// that needs a save).
    pub fn load(self, store: &mut Db, now: DateTime<Utc>) -> Option<(Loaded, bool)> {
        run(load(store, now))
    }

    /// Saves (or, for *Replace everything*, replaces) the data.
    pub fn save(
        self,
        store: &mut Db,
        data: &AppData,
        now: DateTime<Utc>,
        how: Write<'_>,
    ) -> Option<Result<Saved, SaveError>> {
        run(save(store, data, now, how))
    }

    /// After storage was cleared: everything again, even while damaged data
    /// waits for the person's choice (its text goes back to quarantine),
    /// then the replace snapshot and `extras` (see `Store::write_back`).
    pub fn write_back(
        self,
        store: &mut Db,
        data: &AppData,
        now: DateTime<Utc>,
        extras: &[(String, String)],
    ) -> Option<WriteBack> {
        run(write_back(store, data, now, extras))
    }

    /// Another tab's save (or a cleared or erased storage).
    pub fn incoming(self, store: &mut Db, local: &AppData) -> Option<Incoming> {
        run(incoming(store, local))
    }

    /// Merges an imported backup (see `Store::merge_in`).
    pub fn merge_in(
        self,
        store: Option<&mut Db>,
        ours: &AppData,
        theirs: &AppData,
    ) -> Option<AppData> {
        run(merge_in(store, ours, theirs))
    }

    /// Takes back a deletion or a logged amount (from the toast's Undo).
    pub fn undo(self, d: &mut AppData, what: &Undo, now: DateTime<Utc>, device: u128) {
        let _ = run(undo(d, what, now, device));
    }

    /// A backup file's text.
    pub fn backup_json(self, data: &AppData, now: DateTime<Utc>) -> Option<String> {
        run(backup_json(data, now))
    }

    /// What *Replace everything* replaced, while it is kept on the device.
    pub fn snapshot(self, store: &Db, now: DateTime<Utc>) -> Option<(DateTime<Utc>, AppData)> {
        run(snapshot(store, now)).flatten()
    }

    /// *Erase everything on this device* (see `Store::erase`).
    pub fn erase(self, store: &mut Db, token: &str) -> bool {
        run(erase(store, token)).unwrap_or(false)
    }

    /// Every `rebound.*` key in storage as one file (see `store::dump`).
    pub fn storage_dump(self, now: DateTime<Utc>) -> String {
        run(storage_dump(now)).unwrap_or_default()
    }

    /// A file of every stored key (the repair screen's *Download my data*)
    /// read back as data, or why not.
    pub fn read_dump(self, text: &str) -> Option<Result<AppData, String>> {
        run(read_dump(text))
    }
}

/// How a save writes.
#[derive(Clone, Copy, Debug)]
pub enum Write<'a> {
    /// Merge with what is stored, write what changed.
    Save,
    /// *Replace everything*, keeping `previous` on the device first.
    Replace { previous: Option<&'a AppData> },
}

/// A split function whose part is here returns at once (see `lazy::now`).
fn run<T>(f: impl std::future::Future<Output = Result<T, SplitLoaderError>>) -> Option<T> {
    super::lazy::now(f)?.ok()
}

// The split functions below are reached through [`DataPart`]; they are
// `pub(super)` only so that `pages` can name each one's preload in the
// part's list.

#[wasm_split(data, fallible, preload(preload_load))]
pub(super) fn load(store: &mut Db, now: DateTime<Utc>) -> Result<(Loaded, bool), SplitLoaderError> {
    let mut loaded = store.load();
    let normal = store.mode == Mode::Normal;
    let tidied = match &mut loaded {
        Loaded::Ready(d) | Loaded::Migrated { data: d, .. } if normal => store.tidy(d, now),
        _ => false,
    };
    if normal {
        store.expire_snapshot(now);
    }
    Ok((loaded, tidied))
}

#[wasm_split(data, fallible, preload(preload_save))]
pub(super) fn save(
    store: &mut Db,
    data: &AppData,
    now: DateTime<Utc>,
    how: Write<'_>,
) -> Result<Result<Saved, SaveError>, SplitLoaderError> {
    Ok(match how {
        Write::Save => store.save(data, now),
        Write::Replace {
            previous: Some(previous),
        } => store.replace_keeping(previous, data, now),
        Write::Replace { previous: None } => store.replace(data, now),
    })
}

#[wasm_split(data, fallible, preload(preload_write_back))]
pub(super) fn write_back(
    store: &mut Db,
    data: &AppData,
    now: DateTime<Utc>,
    extras: &[(String, String)],
) -> Result<WriteBack, SplitLoaderError> {
    Ok(store.write_back(data, now, extras))
}

#[wasm_split(data, fallible, preload(preload_incoming))]
pub(super) fn incoming(store: &mut Db, local: &AppData) -> Result<Incoming, SplitLoaderError> {
    Ok(store.incoming(local))
}

#[wasm_split(data, fallible, preload(preload_merge_in))]
pub(super) fn merge_in(
    store: Option<&mut Db>,
    ours: &AppData,
    theirs: &AppData,
) -> Result<AppData, SplitLoaderError> {
    Ok(match store {
        Some(store) => store.merge_in(ours, theirs),
        None => crate::model::data::merge(ours, theirs),
    })
}

#[wasm_split(data, fallible, preload(preload_undo))]
pub(super) fn undo(
    d: &mut AppData,
    what: &Undo,
    now: DateTime<Utc>,
    device: u128,
) -> Result<(), SplitLoaderError> {
    crate::model::undo::apply(d, what, now, device);
    Ok(())
}

#[wasm_split(data, fallible, preload(preload_backup_json))]
pub(super) fn backup_json(data: &AppData, now: DateTime<Utc>) -> Result<String, SplitLoaderError> {
    Ok(crate::model::backup::backup_json(
        data,
        now,
        crate::APP_VERSION,
    ))
}

#[wasm_split(data, fallible, preload(preload_snapshot))]
pub(super) fn snapshot(
    store: &Db,
    now: DateTime<Utc>,
) -> Result<Option<(DateTime<Utc>, AppData)>, SplitLoaderError> {
    Ok(store.snapshot(now))
}

#[wasm_split(data, fallible, preload(preload_erase))]
pub(super) fn erase(store: &mut Db, token: &str) -> Result<bool, SplitLoaderError> {
    Ok(store.erase(token).is_ok())
}

#[wasm_split(data, fallible, preload(preload_read_dump))]
pub(super) fn read_dump(text: &str) -> Result<Result<AppData, String>, SplitLoaderError> {
    Ok(crate::store::dump::read(text))
}

#[wasm_split(data, fallible, preload(preload_storage_dump))]
pub(super) fn storage_dump(now: DateTime<Utc>) -> Result<String, SplitLoaderError> {
    Ok(crate::store::dump::write(
        crate::platform::rebound_keys(),
        &now.to_rfc3339(),
    ))
}
