//! What this device remembers of the devices it exchanged with, kept under
//! `rebound.peers` beside the data (device-local: never in a backup or a
//! package; *Erase everything* removes it). Read failing soft: unreadable
//! or missing means "never exchanged", which only makes the next package
//! carry everything.

use crate::model::transfer::peer::{last_exchange_text, peers_from_json, peers_json, Peer};
use crate::platform;
use crate::platform::flags::PEERS;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored list (empty when there is none or it can't be read).
pub fn load() -> Vec<Peer> {
    storage()
        .and_then(|s| s.get_item(PEERS).ok().flatten())
        .map(|text| peers_from_json(&text))
        .unwrap_or_default()
}

/// Writes the list; `false` when storage refused (full or blocked), which
/// only means the next package carries more than it needs to.
pub fn store(peers: &[Peer]) -> bool {
    platform::set_device_text(PEERS, &peers_json(peers))
}

/// The device most recently exchanged with: "your other device".
pub fn likely(peers: &[Peer]) -> Option<Peer> {
    peers
        .iter()
        .max_by_key(|p| p.last_sent.max(p.last_received))
        .cloned()
}

/// "Last sent to your other device: Tuesday; last received from it: today".
pub fn last_text(peers: &[Peer]) -> String {
    let sent = peers.iter().filter_map(|p| p.last_sent).max();
    let received = peers.iter().filter_map(|p| p.last_received).max();
    last_exchange_text(
        sent.map(platform::local_date),
        received.map(platform::local_date),
        platform::today(),
    )
}
