//! What this device remembers of each device it exchanged with: kept on the
//! device only (beside the data, like the device id), never synced or
//! backed up, so the next package carries only what changed.
//!
//! A QR transfer has no way back, so the sender can't know that a package
//! arrived. Two rules keep a lost package from losing changes:
//! - the glue records [`record_sent`] only once the person confirms the
//!   other device received it;
//! - the receiver checks [`missed_earlier`]: a package that assumes an
//!   earlier one this device never read is still merged (merging is always
//!   safe), and the person is asked to send everything once.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::package::Package;
use crate::lang::{Lang, Text};
use crate::model::time::MONTHS;

/// Devices remembered; the ones exchanged with longest ago are forgotten
/// first (a forgotten device simply gets everything next time).
pub const MAX_PEERS: usize = 16;

/// How far before the last send the next package starts: a clock that was
/// set back a little can't hide an edit made just after sending.
pub const CLOCK_MARGIN_MINUTES: i64 = 60;

/// One other device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Peer {
    #[serde(with = "hex_id")]
    pub device: u128,
    /// This device's clock when it last sent there (and the person said it
    /// arrived).
    #[serde(default, with = "chrono::serde::ts_milliseconds_option")]
    pub last_sent: Option<DateTime<Utc>>,
    /// The `sent_at` of the newest package read from there (its clock).
    #[serde(default, with = "chrono::serde::ts_milliseconds_option")]
    pub last_received: Option<DateTime<Utc>>,
}

impl Peer {
    /// The `since` for the next package to this device: `None` (everything)
    /// the first time.
    pub fn next_since(&self) -> Option<DateTime<Utc>> {
        self.last_sent
            .map(|t| t - Duration::minutes(CLOCK_MARGIN_MINUTES))
    }
}

mod hex_id {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(id: &u128, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{id:032x}"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u128, D::Error> {
        let text = String::deserialize(d)?;
        crate::model::record::Id::parse(&text)
            .filter(|_| text.len() == 32)
            .map(|id| id.as_u128())
            .ok_or_else(|| serde::de::Error::custom("not a device id"))
    }
}

/// The stored text of the peer list.
pub fn peers_json(peers: &[Peer]) -> String {
    serde_json::to_string(peers).unwrap_or_default()
}

/// Reads the stored peer list. Fails soft: an unreadable entry (or text) is
/// skipped, which only means a full package next time.
pub fn peers_from_json(text: &str) -> Vec<Peer> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut peers: Vec<Peer> = Vec::new();
    for item in items {
        let Ok(p) = serde_json::from_value::<Peer>(item) else {
            continue;
        };
        if peers.iter().all(|q| q.device != p.device) && peers.len() < MAX_PEERS {
            peers.push(p);
        }
    }
    peers
}

/// The device's entry, if it has one.
pub fn find(peers: &[Peer], device: u128) -> Option<&Peer> {
    peers.iter().find(|p| p.device == device)
}

fn entry(peers: &mut Vec<Peer>, device: u128) -> &mut Peer {
    let at = match peers.iter().position(|p| p.device == device) {
        Some(at) => at,
        None => {
            if peers.len() >= MAX_PEERS {
                // Forget the one exchanged with longest ago.
                let oldest = peers
                    .iter()
                    .enumerate()
                    .min_by_key(|(_, p)| p.last_sent.max(p.last_received))
                    .map(|(i, _)| i)
                    .unwrap_or(0);
                peers.remove(oldest);
            }
            peers.push(Peer {
                device,
                last_sent: None,
                last_received: None,
            });
            peers.len() - 1
        }
    };
    &mut peers[at]
}

/// Notes a package sent to `device` at `at` (this device's clock), once it
/// arrived.
pub fn record_sent(peers: &mut Vec<Peer>, device: u128, at: DateTime<Utc>) {
    entry(peers, device).last_sent = Some(at);
}

/// The entry for packages sent before this device knew the one they went
/// to (it knows a device once it has read a package from there). The first
/// package read from a device it doesn't know takes the entry over: most
/// people have one other device, and were it another, that device's
/// [`missed_earlier`] check asks for everything once. (Real device ids are
/// random UUIDs, never 0.)
pub const UNKNOWN_DEVICE: u128 = 0;

/// Notes a package read from its sender. Never goes back: an older package
/// read late doesn't make the next check think newer ones were missed.
pub fn record_received(peers: &mut Vec<Peer>, package: &Package) {
    if package.from != UNKNOWN_DEVICE && find(peers, package.from).is_none() {
        if let Some(unknown) = peers.iter_mut().find(|p| p.device == UNKNOWN_DEVICE) {
            unknown.device = package.from;
        }
    }
    let p = entry(peers, package.from);
    p.last_received = p.last_received.max(Some(package.sent_at));
}

/// Whether this package assumes changes this device never received: it was
/// made "since" a time after the newest package read from that sender.
pub fn missed_earlier(package: &Package, peer: Option<&Peer>) -> bool {
    let Some(since) = package.since else {
        return false;
    };
    peer.and_then(|p| p.last_received)
        .is_none_or(|seen| seen < since)
}

/// "Last sent to your other device: Tuesday" (and when something was last
/// received from it). The dates are already local days: the glue turns the
/// stored times into the person's calendar.
pub fn last_exchange_text(
    last_sent: Option<NaiveDate>,
    last_received: Option<NaiveDate>,
    today: NaiveDate,
) -> String {
    match (last_sent, last_received) {
        (None, None) => crate::t!("Nothing sent to or from your other device yet").into(),
        (Some(s), None) => crate::tf!(
            "Last sent to your other device: {day}",
            day = day_words(s, today)
        ),
        (None, Some(r)) => crate::tf!(
            "Last received from your other device: {day}",
            day = day_words(r, today)
        ),
        (Some(s), Some(r)) => crate::tf!(
            "Last sent to your other device: {sent}; last received from it: {received}",
            sent = day_words(s, today),
            received = day_words(r, today)
        ),
    }
}

/// "today", "yesterday", a weekday within the last week, else "3 Dec"
/// (with the year when it isn't this year's, or the day is ahead of today).
pub fn day_words(day: NaiveDate, today: NaiveDate) -> String {
    const WEEKDAYS: [Text; 7] = [
        crate::tk!("Monday"),
        crate::tk!("Tuesday"),
        crate::tk!("Wednesday"),
        crate::tk!("Thursday"),
        crate::tk!("Friday"),
        crate::tk!("Saturday"),
        crate::tk!("Sunday"),
    ];
    let ago = (today - day).num_days();
    match ago {
        0 => crate::t!("today").into(),
        1 => crate::t!("yesterday").into(),
        2..=6 => {
            let name = WEEKDAYS[day.weekday().num_days_from_monday() as usize].get();
            // The weekdays are written as labels ("Lunes", "Mardi"); within
            // a sentence only English and German keep the capital.
            match crate::lang::lang() {
                Lang::En | Lang::De => name.into(),
                _ => name.to_lowercase(),
            }
        }
        // In another language the browser writes the date (with its year).
        _ if crate::lang::current().is_some() => crate::model::time::short_date(day),
        _ => {
            let month = &MONTHS[day.month0() as usize][..3];
            if day.year() == today.year() && ago > 0 {
                format!("{} {month}", day.day())
            } else {
                format!("{} {month} {}", day.day(), day.year())
            }
        }
    }
}
