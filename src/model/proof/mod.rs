//! Proof of search: the work-search record most benefit systems ask for.
//!
//! Activities besides applications ([`Activity`]), where the person claims
//! ([`Claim`], with a preset per authority), the rules each preset brings
//! ([`rules`]), the report's rows and cells, progress against the
//! requirement, the CSV and journal text, and certification reminders.
//!
//! Honesty is the rule throughout: a report holds only what the person
//! entered or logged (never a guess, never their private notes on an
//! application), and Rebound never submits anything anywhere.

mod activity;
mod claim;
mod export;
mod kinds;
mod period;
mod progress;
mod remind;
mod rows;
mod rules;
mod tally;
mod words;

pub use activity::{
    Activity, ActivityKind, Method, ProofDetails, MAX_MINUTES, MAX_NOTES_CHARS, MAX_TEXT_CHARS,
};
pub use claim::{Cadence, Claim, Column, Period, Preset, Requirement, MAX_CLAIM_TEXT_CHARS};
pub use export::{csv, footer, honesty_note, identity_lines, journal_lines, title};
pub use kinds::{Response, RowKind};
pub use period::{period_of, periods, PeriodChoice};
pub use progress::{nudge, progress, requirement_text, summary, Progress};
pub use remind::{certification_days, certification_ics, is_certification_day};
pub use rows::{cell, rows, rows_with, Row, Source};
pub use rules::{rules, Counted, ReportLang, Rules, MAX_TARGET_COUNT, MAX_TARGET_HOURS};
pub use tally::{
    file_name, join_minutes, report_footer, rest_week, split_minutes, tally, time_text,
    ReportFooter,
};
pub use words::heading;

/// `text` trimmed and cut to at most `max` characters (never inside a
/// character), so a pasted novel or a hostile file can't grow storage.
pub(crate) fn clip(text: &str, max: usize) -> String {
    let t = text.trim();
    match t.char_indices().nth(max) {
        Some((i, _)) => t[..i].trim_end().to_string(),
        None => t.to_string(),
    }
}

/// One line of free text: line breaks and other control characters become
/// spaces, so a row stays one line in journal text and headers.
pub(crate) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_control() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}
