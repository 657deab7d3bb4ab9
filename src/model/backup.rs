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
            ImportError::TooLarge(n) => write!(
                f,
                "This file is {} MB, more than a Rebound backup can be (10 MB). Nothing was changed.",
                super::time::tenths((*n as u64 * 10 + 524_288) / 1_048_576)
            ),
            ImportError::Empty => f.write_str("This file is empty. Nothing was changed."),
            ImportError::NotText => {
                f.write_str("This isn't a Rebound backup: it isn't a text file. Nothing was changed.")
            }
            ImportError::Decode(e) => write!(f, "{e} Nothing was changed."),
            ImportError::FieldTooLong => f.write_str(
                "This file has a field far longer than Rebound ever writes, so it was not imported. Nothing was changed.",
            ),
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
    let mut out =
        String::from("Applied,Closed,Company,Role,Stage,Outcome,How it arrived,Feedback\r\n");
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
    data.settings
        .last_backup_at
        .map(|t| (now - t).num_days().max(0))
}

/// Today's gentle nudge: only with real data, only after 14 days (or never
/// backed up and the data is a week old), and only if the user wants it.
pub fn backup_nudge_due(data: &AppData, now: DateTime<Utc>) -> bool {
    if !data.settings.backup_nudge || data.record_count() == 0 {
        return false;
    }
    let fortnight = chrono::Duration::days(14);
    if data
        .settings
        .backup_nudge_dismissed_at
        .is_some_and(|t| now - t < fortnight)
    {
        return false;
    }
    match days_since_backup(data, now) {
        Some(days) => days >= 14,
        None => data
            .applications
            .iter()
            .map(|a| a.meta.created_at)
            .chain(data.journal.iter().map(|e| e.meta.created_at))
            .min()
            .is_some_and(|first| (now - first).num_days() >= 14),
    }
}
