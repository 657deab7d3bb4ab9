//! What this browser keeps for itself beside the data (never synced, never
//! backed up): its id and a few flags and times, every key in one list.

use chrono::{DateTime, Utc};
use gloo_storage::Storage as _;

use super::clock::new_id;
use crate::model::record::Id;

/// Every key this browser keeps for itself, and why: none is part of the
/// data, and none goes into a backup or to another device (docs/data.md
/// names them all). *Erase everything* removes them with the data.
pub const DEVICE_KEYS: [(&str, &str); 10] = [
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
pub const SAFARI_DISMISSED: &str = "rebound.safari_notice_dismissed";
pub const PRIVATE_DISMISSED: &str = "rebound.private_notice_dismissed";
pub const INSTALL_HINT_DISMISSED: &str = "rebound.install_hint_dismissed";
pub const PEERS: &str = "rebound.peers";
pub const LANGUAGE: &str = "rebound.language";
pub const CLAIM: &str = "rebound.claim";

thread_local! {
    static DEVICE_ID: std::cell::Cell<Option<u128>> = const { std::cell::Cell::new(None) };
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
        if storage_usable() {
            let _ = gloo_storage::LocalStorage::raw().set_item(KEY, &String::from(id));
        }
        id
    });
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
    if storage_usable() {
        let _ =
            gloo_storage::LocalStorage::raw().set_item(name, if value { "true" } else { "false" });
    }
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

/// Keeps `value` under `name`; `false` if the browser refused (blocked or
/// full storage).
pub fn set_device_text(name: &str, value: &str) -> bool {
    storage_usable()
        && gloo_storage::LocalStorage::raw()
            .set_item(name, value)
            .is_ok()
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
    if storage_usable() {
        let _ = gloo_storage::LocalStorage::raw().set_item(name, &t.timestamp_millis().to_string());
    }
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
}
