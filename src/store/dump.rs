//! A file of every stored key, read back as data. index.html's repair
//! screen writes it with no wasm at all (*Download my data*), and so does
//! *Download raw data* beside unreadable data: the person can always get
//! their words out of a browser, and the import reads them back in.
//!
//! `{"app":"rebound","format":"rebound-storage","version":1,"saved_at":…,
//! "keys":{"rebound.data":"…","rebound.data.applications.07":"…",…}}`

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::parts::PART_PREFIX;
use super::{KvStore, Loaded, MemoryStore, Store, DATA_KEY};
use crate::model::data::AppData;

pub const FORMAT: &str = "rebound-storage";

#[derive(Serialize, Deserialize)]
struct Dump {
    app: String,
    format: String,
    version: u32,
    #[serde(default)]
    saved_at: Option<String>,
    keys: BTreeMap<String, String>,
}

/// The file's text for `keys` (every `rebound.*` key and its value).
pub fn write(keys: BTreeMap<String, String>, saved_at: &str) -> String {
    let dump = Dump {
        app: "rebound".into(),
        format: FORMAT.into(),
        version: 1,
        saved_at: Some(saved_at.into()),
        keys,
    };
    serde_json::to_string(&dump).unwrap_or_default()
}

/// The data in such a file, read the way the app reads storage (migrated
/// if older, the readable rest if part of it is damaged), or a sentence
/// saying why not.
pub fn read(text: &str) -> Result<AppData, String> {
    let dump: Dump = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| {
        crate::t!("This file of stored data is damaged, so it can't be read. Nothing was changed.")
            .to_string()
    })?;
    if dump.app != "rebound" || dump.format != FORMAT {
        return Err(crate::t!("This isn't a Rebound file. Nothing was changed.").into());
    }
    if dump.version > 1 {
        return Err(crate::t!("This file was written by a newer Rebound. Update this copy of the app (reload it), then try again. Nothing was changed.").into());
    }
    let mut kv = MemoryStore::new();
    for (k, v) in dump.keys {
        if k == DATA_KEY || k.starts_with(PART_PREFIX) {
            kv.set(&k, &v).map_err(|e| e.to_string())?;
        }
    }
    let mut store = Store::new(kv, crate::APP_VERSION, 1);
    match store.load() {
        Loaded::Ready(d) | Loaded::Migrated { data: d, .. } => Ok(d),
        Loaded::Corrupt { data, .. } if data.record_count() > 0 => Ok(data),
        Loaded::Newer { schema, .. } => Err(crate::tf!(
            "This data was saved by a newer Rebound (data version {schema}). Update this copy of the app (reload it), then try again. Nothing was changed.",
            schema = schema
        )),
        _ => Err(crate::t!("This file holds no Rebound data that could be read. Nothing was changed.").into()),
    }
}

/// Whether `text` is such a file (a cheap look, before reading it).
pub fn is_dump(text: &str) -> bool {
    let head: String = text
        .chars()
        .take(400)
        .filter(|c| !c.is_whitespace())
        .collect();
    head.contains(&format!("\"format\":\"{FORMAT}\""))
}
