//! What this browser keeps for itself beside the data (never synced, never
//! backed up): its id and a few flags and times, every key in one list.

use chrono::{DateTime, Utc};
use gloo_storage::Storage as _;

use super::clock::new_id;
use crate::model::record::Id;

/// Every key this browser keeps for itself, and why: none is part of the
/// data, and none goes into a backup or to another device (docs/data.md
/// names them all). *Erase everything* removes them with the data.
pub const DEVICE_KEYS: [(&str, &str); 11] = [
    (
        DEVICE,
        "this browser's random id (goal taps and text edits say which device made them)",
    ),
    (
        PERSIST_ASKED,
        "whether the browser was asked to keep storage through clean-ups",
    ),
    (
        IMPORTED_AT,
        "when a backup file was last imported here (it counts as a copy)",
    ),
    (
        BACKUP_DOWNLOADED,
        "when the last backup made here was only handed to the browser as a download (the backup line says so)",
    ),
    (
        ENCRYPTS,
        "this person encrypts their backups: every file asks for the passphrase",
    ),
    (
        SAFARI_DISMISSED,
        "the Safari seven-day notice was dismissed",
    ),
    (PRIVATE_DISMISSED, "the private-window notice was dismissed"),
    (
        INSTALL_HINT_DISMISSED,
        "the install hint on Today was dismissed",
    ),
    (PEERS, "the other devices exchanged with, and when"),
    (LANGUAGE, "the language this device shows Rebound in"),
    (
        CLAIM,
        "where the person claims benefits, their name and claim reference for the printed report, and the certification day (proof of search)",
    ),
];

pub const DEVICE: &str = "rebound.device";
pub const PERSIST_ASKED: &str = "rebound.persist_asked";
pub const IMPORTED_AT: &str = "rebound.imported_at";
pub const ENCRYPTS: &str = "rebound.encrypts";
pub const BACKUP_DOWNLOADED: &str = "rebound.backup_downloaded";
pub const SAFARI_DISMISSED: &str = "rebound.safari_notice_dismissed";
pub const PRIVATE_DISMISSED: &str = "rebound.private_notice_dismissed";
pub const INSTALL_HINT_DISMISSED: &str = "rebound.install_hint_dismissed";
pub const PEERS: &str = "rebound.peers";
pub const LANGUAGE: &str = "rebound.language";
pub const CLAIM: &str = "rebound.claim";

thread_local! {
    static DEVICE_ID: std::cell::Cell<Option<u128>> = const { std::cell::Cell::new(None) };
    /// What this tab knows of the keys above (read at start, then every
    /// write here and every change another tab made), so that after the
    /// origin's storage is cleared they can be written back with the data.
    /// (One slot per key of the list, in its order: a map's code would be
    /// bytes of the first download.)
    static KNOWN: std::cell::RefCell<Vec<Option<String>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The key's place in [`DEVICE_KEYS`], if it is one.
fn listed(name: &str) -> Option<usize> {
    DEVICE_KEYS.iter().position(|(k, _)| *k == name)
}

fn remember(name: &str, value: Option<String>) {
    if let Some(at) = listed(name) {
        KNOWN.with(|k| {
            let mut k = k.borrow_mut();
            k.resize(DEVICE_KEYS.len(), None);
            k[at] = value;
        });
    }
}

/// Reads every device key into this tab's memory (at start).
pub fn remember_device_keys() {
    let Some(storage) = storage() else {
        return;
    };
    for (key, _) in DEVICE_KEYS {
        if let Ok(Some(v)) = storage.get_item(key) {
            remember(key, Some(v));
        }
    }
}

/// Another tab changed (or removed) a device key: `false` if it isn't one.
pub fn heard_device_key(name: &str, value: Option<String>) -> bool {
    let known = listed(name).is_some();
    remember(name, value);
    known
}

/// Every device key this tab knows, with its value, for a write-back after
/// the storage was cleared.
pub fn known_device_keys() -> Vec<(String, String)> {
    KNOWN.with(|k| {
        k.borrow()
            .iter()
            .zip(DEVICE_KEYS)
            .filter_map(|(v, (key, _))| Some((key.to_string(), v.clone()?)))
            .collect()
    })
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// This browser's random id, kept beside the data (not in it): goal
/// progress logged here goes into this device's own week records, so two
/// devices' taps add up when a backup is merged.
pub fn device_id() -> u128 {
    const KEY: &str = DEVICE;
    if let Some(id) = DEVICE_ID.get() {
        return id;
    }
    let stored = storage_usable()
        .then(|| {
            gloo_storage::LocalStorage::raw()
                .get_item(KEY)
                .ok()
                .flatten()
        })
        .flatten()
        .and_then(|text| Id::parse(&text));
    let id = stored.unwrap_or_else(|| {
        let id = new_id();
        set_device_text(KEY, &String::from(id));
        id
    });
    remember(KEY, Some(String::from(id)));
    DEVICE_ID.set(Some(id.as_u128()));
    id.as_u128()
}

/// Small per-device flags (not user data, never synced or backed up), kept
/// with gloo-storage. Reads fail soft: a missing or blocked store reads as unset.
pub fn device_flag(name: &str) -> bool {
    // Raw text ("true"), not JSON: no serde at start-up.
    storage_usable()
        && gloo_storage::LocalStorage::raw()
            .get_item(name)
            .ok()
            .flatten()
            .is_some_and(|v| v == "true")
}

pub fn set_device_flag(name: &str, value: bool) {
    set_device_text(name, if value { "true" } else { "false" });
}

/// A short text kept for this browser only (the language chosen here,
/// the claim settings, the devices exchanged with).
pub fn device_text(name: &str) -> Option<String> {
    if !storage_usable() {
        return None;
    }
    gloo_storage::LocalStorage::raw()
        .get_item(name)
        .ok()
        .flatten()
}

/// Keeps a short text for this browser (this tab remembers it too); `false`
/// if the browser refused (full or blocked storage).
pub fn set_device_text(name: &str, value: &str) -> bool {
    remember(name, Some(value.to_string()));
    storage().is_some_and(|s| s.set_item(name, value).is_ok())
}

/// A time kept for this browser only (epoch milliseconds as text), outside
/// the synced data: "imported a backup here at …".
pub fn device_time(name: &str) -> Option<DateTime<Utc>> {
    if !storage_usable() {
        return None;
    }
    let text = gloo_storage::LocalStorage::raw()
        .get_item(name)
        .ok()
        .flatten()?;
    DateTime::from_timestamp_millis(text.parse().ok()?)
}

pub fn set_device_time(name: &str, t: DateTime<Utc>) {
    set_device_text(name, &t.timestamp_millis().to_string());
}

/// True when localStorage exists and can be touched without throwing (gloo's
/// helpers would panic otherwise).
fn storage_usable() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// After *Erase everything*: this browser's id is forgotten too (a new one
/// is made if the person starts again).
pub fn forget_device() {
    DEVICE_ID.set(None);
    forget_device_keys();
}

/// The device keys were erased (here or in another tab): none of them is
/// written back after a later clear.
pub fn forget_device_keys() {
    KNOWN.with(|k| k.borrow_mut().clear());
}
