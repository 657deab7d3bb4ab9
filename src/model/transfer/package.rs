//! The plain package one device sends another: what changed since they
//! last exchanged (everything the first time), wrapped with who sent it and
//! when. Its `data` is a backup envelope exactly as [`backup_json`] writes
//! it, and is read back by [`read_backup`], so every check an imported
//! backup gets (size, shape, schema, migrations, field lengths) applies.
//!
//! ```text
//! {"app":"rebound","kind":"exchange","version":1,
//!  "from":"<sender's device id, 32 hex digits>",
//!  "sent_at":"2026-11-22T10:00:00Z","since":"2026-11-15T09:00:00Z" or null,
//!  "data":{"app":"rebound","schema":4,"saved_at":…,"app_version":…,"data":{…}}}
//! ```
//!
//! The package is only ever moved sealed (see [`super::sealed`]).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::model::backup::{backup_json, read_backup, ImportError, MAX_IMPORT_BYTES};
use crate::model::data::{AppData, DecodeError, Settings, APP_TAG};
use crate::model::record::{Id, Record};

/// The `kind` that marks a package from another device.
pub const KIND: &str = "exchange";
/// The newest package version this build reads and the one it writes.
pub const VERSION: u32 = 1;

/// What changed since `since` (everything for `None`): records updated
/// after it, deletions (tombstones) included, the settings if they changed,
/// and the whole `pruned` list (small, and it keeps forgotten deletions
/// forgotten on the other side).
///
/// Settings that didn't change go as defaults with no time stamp, which a
/// merge never prefers over the receiver's own (stamped) ones.
pub fn changes_since(data: &AppData, since: Option<DateTime<Utc>>) -> AppData {
    // Spelled out in full so that a new collection in AppData fails to
    // compile here instead of silently never reaching the other device.
    let AppData {
        applications,
        journal,
        goals,
        progress,
        activities,
        checkins,
        settings,
        pruned,
    } = data;
    let changed = |t: DateTime<Utc>| since.is_none_or(|s| t > s);
    fn pick<R: Record>(items: &[R], changed: &impl Fn(DateTime<Utc>) -> bool) -> Vec<R> {
        items
            .iter()
            .filter(|r| changed(r.meta().updated_at))
            .cloned()
            .collect()
    }
    // Settings never stamped can't say when they changed: they go as a
    // backup would take them (merged, they lose to any stamped settings).
    let settings_changed = settings.updated_at.is_none_or(changed);
    AppData {
        applications: pick(applications, &changed),
        journal: pick(journal, &changed),
        goals: pick(goals, &changed),
        progress: pick(progress, &changed),
        activities: pick(activities, &changed),
        checkins: pick(checkins, &changed),
        settings: if settings_changed {
            settings.clone()
        } else {
            Settings::default()
        },
        pruned: pruned.clone(),
    }
}

/// A package, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Package {
    /// The sending device's id.
    pub from: u128,
    /// The sender's clock when it was made.
    pub sent_at: DateTime<Utc>,
    /// What the sender took as already known here (`None`: everything).
    pub since: Option<DateTime<Utc>>,
    /// The changes, to merge with [`crate::model::data::merge`].
    pub data: AppData,
}

#[derive(Serialize)]
struct Head {
    app: String,
    kind: String,
    version: u32,
    from: String,
    sent_at: DateTime<Utc>,
    since: Option<DateTime<Utc>>,
}

/// The package's text. `data` is written as given: pass
/// [`changes_since`]'s result.
pub fn package_json(
    data: &AppData,
    from: u128,
    since: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    app_version: &str,
) -> String {
    let head = Head {
        app: APP_TAG.into(),
        kind: KIND.into(),
        version: VERSION,
        from: format!("{from:032x}"),
        sent_at: now,
        since,
    };
    // Serialising plain data to a String cannot fail. The envelope is
    // appended as text: copying it into a JSON value first would cost a
    // second copy of two years of data.
    let mut text = serde_json::to_string(&head).unwrap_or_default();
    text.pop(); // the closing brace
    text.push_str(",\"data\":");
    text.push_str(&backup_json(data, now, app_version));
    text.push('}');
    text
}

/// Why a package was refused. Each reads as a plain sentence that ends by
/// saying nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackageError {
    TooLarge(usize),
    /// Cut short, or not the shape Rebound writes.
    Damaged,
    /// JSON, but not a package from another device (another app's, or a
    /// plain backup).
    NotPackage,
    /// A package format newer than this build reads.
    Newer(u32),
    /// The data inside failed the backup import checks.
    Data(ImportError),
}

impl std::fmt::Display for PackageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackageError::TooLarge(n) => f.write_str(&crate::tf!(
                "This transfer is {mb} MB, more than Rebound ever sends (10 MB), so it wasn't read. Nothing was changed.",
                mb = super::sealed::megabytes(*n)
            )),
            PackageError::Damaged
            | PackageError::Data(
                ImportError::Empty
                | ImportError::NotText
                | ImportError::Decode(DecodeError::NotJson | DecodeError::NotRebound),
            ) => f.write_str(crate::t!(
                "This transfer is incomplete or damaged, so it can't be read. Send it again from your other device. Nothing was changed."
            )),
            PackageError::NotPackage => f.write_str(crate::t!(
                "This isn't something Rebound sent from another device, so it wasn't read. Nothing was changed."
            )),
            PackageError::Newer(v) => f.write_str(&crate::tf!(
                "This was sent by a newer version of Rebound (transfer format {v}). Reload Rebound on this device to update it, then send again. Nothing was changed.",
                v = v
            )),
            PackageError::Data(ImportError::Decode(DecodeError::Newer(v))) => f.write_str(&crate::tf!(
                "Your other device has a newer version of Rebound (data version {v}). Reload Rebound on this device to update it, then send again. Nothing was changed.",
                v = v
            )),
            PackageError::Data(ImportError::Decode(DecodeError::Shape(why))) => f.write_str(&crate::tf!(
                "The data in this transfer is damaged or incomplete ({why}). Nothing was changed.",
                why = why
            )),
            PackageError::Data(ImportError::TooLarge(n)) => {
                PackageError::TooLarge(*n).fmt(f)
            }
            PackageError::Data(ImportError::FieldTooLong) => f.write_str(crate::t!(
                "This transfer has a field far longer than Rebound ever writes, so it wasn't read. Nothing was changed."
            )),
        }
    }
}

/// Checks a package and returns its changes, or why not. Never panics,
/// never touches the current data.
pub fn read_package(text: &str) -> Result<Package, PackageError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(PackageError::TooLarge(text.len()));
    }
    let text = text.trim_start_matches('\u{feff}');
    #[derive(Deserialize)]
    struct Probe {
        app: Option<String>,
        kind: Option<String>,
        version: Option<u64>,
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => PackageError::NotPackage,
        _ => PackageError::Damaged,
    })?;
    if probe.app.as_deref() != Some(APP_TAG) || probe.kind.as_deref() != Some(KIND) {
        return Err(PackageError::NotPackage);
    }
    let version = probe.version.ok_or(PackageError::Damaged)?;
    if version > u64::from(VERSION) {
        return Err(PackageError::Newer(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    if version == 0 {
        return Err(PackageError::Damaged);
    }
    #[derive(Deserialize)]
    struct Full<'a> {
        from: &'a str,
        sent_at: DateTime<Utc>,
        since: Option<DateTime<Utc>>,
        #[serde(borrow)]
        data: &'a RawValue,
    }
    let full: Full = serde_json::from_str(text).map_err(|_| PackageError::Damaged)?;
    // Device ids are written without dashes, as every id in the data is.
    let from = Id::parse(full.from)
        .filter(|_| full.from.len() == 32)
        .ok_or(PackageError::Damaged)?;
    let envelope = read_backup(full.data.get().as_bytes()).map_err(PackageError::Data)?;
    Ok(Package {
        from: from.as_u128(),
        sent_at: full.sent_at,
        since: full.since,
        data: envelope.data,
    })
}
