//! Backups and exports: checking an import before it touches anything, and the
//! CSV that doubles as proof of job-search activity.

use chrono::{DateTime, NaiveDate, Utc};

use super::data::{decode, AppData, DecodeError, Envelope};
use super::record::live;

/// Imports larger than this are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// Longest text accepted in any one field of an import (a long reflection
/// fits easily; a hostile multi-megabyte string does not).
pub const MAX_FIELD_CHARS: usize = 20_000;

/// Why an import was refused. Each reads as a complete, plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    Empty,
    NotText,
    Decode(DecodeError),
    FieldTooLong,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge(n) => f.write_str(&crate::tf!(
                "This file is {size} MB, more than a Rebound backup can be (10 MB). Nothing was changed.",
                size = super::time::tenths_shown((*n as u64 * 10 + 524_288) / 1_048_576)
            )),
            ImportError::Empty => f.write_str(crate::t!("This file is empty. Nothing was changed.")),
            ImportError::NotText => f.write_str(crate::t!(
                "This isn't a Rebound backup: it isn't a text file. Nothing was changed."
            )),
            ImportError::Decode(e) => {
                f.write_str(&crate::tf!("{reason} Nothing was changed.", reason = e))
            }
            ImportError::FieldTooLong => f.write_str(crate::t!(
                "This file has a field far longer than Rebound ever writes, so it was not imported. Nothing was changed."
            )),
        }
    }
}

/// Checks a whole file and returns its data, or why not. Never panics, never
/// touches the current data.
pub fn read_backup(bytes: &[u8]) -> Result<Envelope, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let decoded = decode(text).map_err(ImportError::Decode)?;
    if !fields_within_limits(&decoded.envelope.data) {
        return Err(ImportError::FieldTooLong);
    }
    Ok(decoded.envelope)
}

fn fields_within_limits(data: &AppData) -> bool {
    let ok = |s: &str| s.chars().count() <= MAX_FIELD_CHARS;
    data.applications.iter().all(|a| {
        ok(&a.company)
            && ok(&a.role)
            && ok(&a.notes)
            && a.reasons.iter().all(|r| ok(&r.tag))
            && a.plan
                .iter()
                .all(|s| ok(&s.key) && ok(&s.note) && s.text.as_deref().is_none_or(ok))
            && a.reflections.iter().all(|(k, v)| ok(k) && ok(v))
            && a.feedback
                .as_ref()
                .is_none_or(|f| ok(&f.reply) && f.draft.as_deref().is_none_or(ok))
    }) && data
        .journal
        .iter()
        .all(|e| ok(&e.text) && ok(&e.tag) && ok(&e.from))
        && data
            .goals
            .iter()
            .all(|g| ok(&g.title) && ok(g.unit.label()))
        && data
            .progress
            .iter()
            .all(|b| b.notes.len() <= 1000 && b.notes.iter().all(|(_, n)| ok(n)))
        && ok(&data.settings.your_name)
        && data.settings.support.len() <= 20
        && data
            .settings
            .support
            .iter()
            .all(|p| ok(&p.name) && ok(&p.email) && ok(&p.phone))
        && data
            .settings
            .plan_template
            .iter()
            .all(|t| ok(&t.key) && t.text.as_deref().is_none_or(ok))
}

/// `rebound-backup-YYYY-MM-DD.json`
pub fn backup_file_name(today: NaiveDate) -> String {
    format!("rebound-backup-{today}.json")
}

/// The backup file's text: the envelope plus the app version.
pub fn backup_json(data: &AppData, now: DateTime<Utc>, app_version: &str) -> String {
    super::data::envelope_json(data, now, Some(app_version))
}

/// One CSV cell: quoted when needed, and neutralised when a spreadsheet
/// would read it as a formula (a leading = + - @, tab or carriage return).
pub fn csv_cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if risky {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Applications and rejections as CSV (RFC 4180, CRLF line ends).
/// `today` decides whether an unanswered feedback request reads "no reply".
pub fn applications_csv(data: &AppData, today: NaiveDate) -> String {
    // The header row, one cell per comma (a translation keeps the commas).
    let mut out = String::from(crate::t!(
        "Applied,Closed,Company,Role,Stage,Outcome,How it arrived,Feedback"
    ));
    out.push_str("\r\n");
    let mut apps: Vec<_> = live(&data.applications).collect();
    use super::order::{day, ms, sort_by};
    sort_by(&mut apps, |a| {
        (day(a.sort_date()), ms(a.meta.created_at), 0)
    });
    for a in apps {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let row = [
            date(a.applied_on),
            date(a.closed_on),
            a.company.clone(),
            a.role.clone(),
            a.stage.label().to_string(),
            a.outcome.label().to_string(),
            a.arrived_via
                .map(|v| v.label())
                .unwrap_or_default()
                .to_string(),
            a.feedback
                .as_ref()
                .map(|f| f.status_on(today))
                .unwrap_or_default()
                .to_string(),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// `rebound-applications-YYYY-MM-DD.csv`
pub fn csv_file_name(today: NaiveDate) -> String {
    format!("rebound-applications-{today}.csv")
}

/// Whole days since the last backup, if there was one.
pub fn days_since_backup(data: &AppData, now: DateTime<Utc>) -> Option<i64> {
    trusted(data.settings.last_backup_at, now).map(|t| (now - t).num_days().max(0))
}

/// A time that isn't in the future. A backup stamped ahead of now (a
/// device whose clock ran fast) would otherwise count every later change
/// as backed up and silence the reminders for as long as the clock was off.
fn trusted(t: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    t.filter(|t| *t <= now + chrono::Duration::minutes(5))
}

/// The last copy of the data that exists outside this browser's storage: a
/// backup made here, or a backup file imported here (that file is a copy
/// too). `Some((time, imported))`.
pub fn last_copy(
    data: &AppData,
    now: DateTime<Utc>,
    imported_at: Option<DateTime<Utc>>,
) -> Option<(DateTime<Utc>, bool)> {
    let backup = trusted(data.settings.last_backup_at, now).map(|t| (t, false));
    let import = trusted(imported_at, now).map(|t| (t, true));
    match (backup, import) {
        (Some(b), Some(i)) => Some(if i.0 > b.0 { i } else { b }),
        (b, i) => b.or(i),
    }
}

/// Whether a backup file holds everything the data kept here holds (every
/// record as it is here, and the same settings), so that after importing
/// it the file counts as a copy of this device's data. A merge that kept
/// records the file lacks, or a save that didn't work, leaves a device
/// whose data is in no file.
pub fn file_holds(file: &AppData, here: &AppData) -> bool {
    let p = super::data::preview_merge(file, here);
    p.added == 0 && p.updated == 0 && p.both_kept == 0 && !p.settings_changed
}

/// Where the data lives, as far as its safety goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exposure {
    /// Safari (or another browser on iOS) outside an installed Home Screen
    /// app: its storage is deleted after seven days of use without a visit.
    SafariTab,
    /// Everywhere else: only the person (or a full disk) clears it.
    Elsewhere,
}

impl Exposure {
    /// Days without a backup before a reminder, when something changed.
    pub fn remind_after_days(self) -> i64 {
        match self {
            Exposure::SafariTab => 7,
            Exposure::Elsewhere => 14,
        }
    }
}

/// What the browser shows of itself: read from its capabilities and display
/// mode (the user-agent string alone is easily wrong: iPads claim to be Macs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BrowserTraits {
    /// `navigator.vendor` is Apple's (WebKit).
    pub apple_vendor: bool,
    /// `GestureEvent` exists: WebKit on iOS and macOS only.
    pub gesture_events: bool,
    /// `navigator.standalone` exists: iOS and iPadOS WebKit only.
    pub ios_standalone_api: bool,
    /// Running as an installed app (display mode standalone, or
    /// `navigator.standalone` is true).
    pub installed: bool,
}

/// Where the data lives. Every iOS browser is WebKit under the same rule, so
/// any Apple WebKit outside an installed app counts as a Safari tab.
pub fn exposure_of(t: BrowserTraits) -> Exposure {
    if !t.installed && t.apple_vendor && (t.gesture_events || t.ios_standalone_api) {
        Exposure::SafariTab
    } else {
        Exposure::Elsewhere
    }
}

/// About one busy evening of changes: worth a backup whatever the date.
pub const CHANGES_WORTH_A_BACKUP: usize = 25;
/// "Not now" keeps a reminder away this long.
pub const SNOOZE_DAYS: i64 = 3;

/// Records added, changed or deleted since the last backup (every record,
/// when there has never been one).
pub fn changes_since_backup(data: &AppData) -> usize {
    changes_since(data, data.settings.last_backup_at)
}

fn changes_since(data: &AppData, since: Option<DateTime<Utc>>) -> usize {
    let changed = |t: DateTime<Utc>| since.is_none_or(|s| t > s);
    data.applications
        .iter()
        .map(|r| r.meta.updated_at)
        .chain(data.journal.iter().map(|r| r.meta.updated_at))
        .chain(data.goals.iter().map(|r| r.meta.updated_at))
        .chain(data.progress.iter().map(|r| r.meta.updated_at))
        .chain(data.activities.iter().map(|r| r.meta.updated_at))
        .chain(data.checkins.iter().map(|r| r.meta.updated_at))
        .filter(|t| changed(*t))
        .count()
}

/// Whether to remind about a backup: something changed since the last one,
/// and either enough days have passed for where the data lives or a busy
/// spell of changes happened; not while "Not now" is in effect.
pub fn backup_nudge_due(data: &AppData, now: DateTime<Utc>, exposure: Exposure) -> bool {
    backup_nudge_due_after(data, now, exposure, None)
}

/// [`backup_nudge_due`] on a device where a backup file was imported at
/// `imported_at`: that file is a copy, so changes count from then, and the
/// reminder stays away for the snooze time after it.
pub fn backup_nudge_due_after(
    data: &AppData,
    now: DateTime<Utc>,
    exposure: Exposure,
    imported_at: Option<DateTime<Utc>>,
) -> bool {
    if !data.settings.backup_nudge
        || data.record_count() == 0
        || quiet_after_import(imported_at, now)
    {
        return false;
    }
    let copy = last_copy(data, now, imported_at).map(|(t, _)| t);
    let changes = changes_since(data, copy);
    if changes == 0 {
        return false;
    }
    let snooze = chrono::Duration::days(SNOOZE_DAYS);
    if data
        .settings
        .backup_nudge_dismissed_at
        .is_some_and(|t| now - t < snooze && t <= now)
    {
        return false;
    }
    if changes >= CHANGES_WORTH_A_BACKUP {
        return true;
    }
    let since = copy.or_else(|| {
        data.applications
            .iter()
            .map(|a| a.meta.created_at)
            .chain(data.journal.iter().map(|e| e.meta.created_at))
            .chain(data.goals.iter().map(|g| g.meta.created_at))
            .min()
    });
    since.is_some_and(|t| (now - t).num_days() >= exposure.remind_after_days())
}

/// A backup imported on this device a moment ago is a copy too: the
/// reminder stays away for the snooze time after it. (Kept per device, not
/// in the data, so an import stays identical to its file.)
pub fn quiet_after_import(imported_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    imported_at.is_some_and(|t| t <= now && now - t < chrono::Duration::days(SNOOZE_DAYS))
}

/// "Last backup: 3 days ago, 12 changes since." for Today and Settings.
pub fn backup_status(data: &AppData, now: DateTime<Utc>) -> String {
    backup_status_after(data, now, None)
}

/// [`backup_status`], saying so when the last copy is a backup file
/// imported on this device ("Imported from a backup file today, no changes
/// since.").
pub fn backup_status_after(
    data: &AppData,
    now: DateTime<Utc>,
    imported_at: Option<DateTime<Utc>>,
) -> String {
    backup_status_of(data, now, imported_at, None)
}

/// [`backup_status_after`] on a device that knows how its last backup left
/// it: `downloaded_at` is the time of the last backup that was only handed
/// to the browser as a download (no one can tell whether it reached the
/// person's files), so when that is the last backup the line says so.
pub fn backup_status_of(
    data: &AppData,
    now: DateTime<Utc>,
    imported_at: Option<DateTime<Utc>>,
    downloaded_at: Option<DateTime<Utc>>,
) -> String {
    let copy = last_copy(data, now, imported_at);
    let changes = changes_since(data, copy.map(|(t, _)| t));
    let Some((t, imported)) = copy else {
        let future = data.settings.last_backup_at.is_some();
        return match (changes, future) {
            (0, _) => crate::t!("No backup yet.").to_string(),
            (n, false) => crate::tp!(
                n,
                "No backup yet: 1 change so far.",
                "No backup yet: {n} changes so far."
            ),
            (n, true) => crate::tp!(
                n,
                "Last backup: the date saved with it is in the future (a clock was off), so every change counts: 1 change so far.",
                "Last backup: the date saved with it is in the future (a clock was off), so every change counts: {n} changes so far."
            ),
        };
    };
    let when = match (now - t).num_days().max(0) {
        0 => crate::t!("today").to_string(),
        1 => crate::t!("yesterday").to_string(),
        n => crate::tp!(n, "1 day ago", "{n} days ago"),
    };
    let since = if changes == 0 {
        crate::t!("no changes since").to_string()
    } else {
        crate::tp!(changes, "1 change since", "{n} changes since")
    };
    let download = downloaded_at.is_some_and(|d| d.timestamp_millis() == t.timestamp_millis());
    if imported {
        crate::tf!(
            "Imported from a backup file {when}, {since}.",
            when = when,
            since = since
        )
    } else if download {
        let line = crate::tf!("Last backup: {when}, {since}.", when = when, since = since);
        format!(
            "{line} {}",
            crate::t!("Your browser was asked to download it: check that it reached your files.")
        )
    } else {
        crate::tf!("Last backup: {when}, {since}.", when = when, since = since)
    }
}
