//! The stored-data layer behind one split point (`data`): reading,
//! migrating, merging and writing stored data, and writing backups. That is
//! serde_json, the record decoders and encoders and the store itself, about
//! a third of the app's code; a first visit has nothing stored, so it is
//! fetched once the app is up (see [`super::lazy`]). Each function is called
//! through [`super::lazy::now`] once the part is here.

use chrono::{DateTime, Utc};
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use super::state::Undo;
use crate::model::data::AppData;
use crate::store::web::LocalStore;
use crate::store::{Incoming, Loaded, Mode, SaveError, Saved, Store};

type Db = Store<LocalStore>;

/// Fetches the data part. Every split function keeps its own loader, so
/// each is readied here (one fetch; the rest resolve at once), and after
/// this any of them can be called synchronously through `lazy::now`.
pub async fn preload_data() -> Result<(), SplitLoaderError> {
    preload_load().await?;
    preload_save().await?;
    preload_incoming().await?;
    preload_merge_in().await?;
    preload_backup_json().await?;
    preload_undo().await?;
    super::shell::preload_banner().await?;
    super::notice::preload_notices().await?;
    super::today::preload_sections().await
}

/// Loads what is stored; for data that can be written, also drops deleted
/// text and old deletions (`true`: that needs a save).
#[wasm_split(data, fallible, preload(preload_load))]
pub fn load(store: &mut Db, now: DateTime<Utc>) -> Result<(Loaded, bool), SplitLoaderError> {
    let mut loaded = store.load();
    let normal = store.mode == Mode::Normal;
    let tidied = match &mut loaded {
        Loaded::Ready(d) | Loaded::Migrated { data: d, .. } if normal => store.tidy(d, now),
        _ => false,
    };
    Ok((loaded, tidied))
}

/// Saves (or, for *Replace everything*, replaces) the data.
#[wasm_split(data, fallible, preload(preload_save))]
pub fn save(
    store: &mut Db,
    data: &AppData,
    now: DateTime<Utc>,
    replace: bool,
) -> Result<Result<Saved, SaveError>, SplitLoaderError> {
    Ok(if replace {
        store.replace(data, now)
    } else {
        store.save(data, now)
    })
}

/// Another tab's save (or a cleared storage).
#[wasm_split(data, fallible, preload(preload_incoming))]
pub fn incoming(store: &mut Db, local: &AppData) -> Result<Incoming, SplitLoaderError> {
    Ok(store.incoming(local))
}

/// Merges an imported backup (see `Store::merge_in`).
#[wasm_split(data, fallible, preload(preload_merge_in))]
pub fn merge_in(
    store: Option<&mut Db>,
    ours: &AppData,
    theirs: &AppData,
) -> Result<AppData, SplitLoaderError> {
    Ok(match store {
        Some(store) => store.merge_in(ours, theirs),
        None => crate::model::data::merge(ours, theirs),
    })
}

/// Takes back a deletion or a logged amount (from the toast's Undo).
#[wasm_split(data, fallible, preload(preload_undo))]
pub fn undo(
    d: &mut AppData,
    what: &Undo,
    now: DateTime<Utc>,
    device: u128,
) -> Result<(), SplitLoaderError> {
    use crate::model::goals::{add_progress, remove_progress};
    use crate::model::record::restore;
    match what {
        Undo::Application(copy) => {
            restore(&mut d.applications, copy, now);
        }
        Undo::Journal(copy) => {
            restore(&mut d.journal, copy, now);
        }
        Undo::Goal(copy) => {
            restore(&mut d.goals, copy, now);
        }
        Undo::Progress { goal, date, amount } => {
            remove_progress(&mut d.progress, goal, *date, *amount, device, now)
        }
        Undo::Unremove { goal, date, amount } => {
            add_progress(&mut d.progress, *goal, *date, *amount, "", device, now);
        }
    }
    Ok(())
}

/// A backup file's text.
#[wasm_split(data, fallible, preload(preload_backup_json))]
pub fn backup_json(data: &AppData, now: DateTime<Utc>) -> Result<String, SplitLoaderError> {
    Ok(crate::model::backup::backup_json(
        data,
        now,
        crate::APP_VERSION,
    ))
}
