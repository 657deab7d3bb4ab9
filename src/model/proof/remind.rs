//! Certification reminders: the days the person files their claim, and a
//! calendar file that repeats on them (so their own calendar reminds).

use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};

use super::claim::{Cadence, Claim};
use crate::model::ics::{escape, fold};
use crate::model::time::compact_date;

/// The first certification day on or after `from` (ignoring the cadence).
fn first_weekday_from(claim: &Claim, from: NaiveDate) -> Option<NaiveDate> {
    let day = claim.cert_day?;
    let offset = day.days_since(from.weekday());
    from.checked_add_signed(Duration::days(i64::from(offset)))
}

/// Whether a biweekly claim certifies in `day`'s week: an even number of
/// weeks from the anchor's. Without an anchor every week counts (one
/// reminder too many beats one missing).
fn in_step(claim: &Claim, day: NaiveDate) -> bool {
    match (
        claim.cadence,
        claim.anchor.and_then(|a| first_weekday_from(claim, a)),
    ) {
        (Cadence::Biweekly, Some(anchor)) => ((day - anchor).num_days() / 7).rem_euclid(2) == 0,
        _ => true,
    }
}

/// Whether `day` is a certification day.
pub fn is_certification_day(claim: &Claim, day: NaiveDate) -> bool {
    claim.cert_day == Some(day.weekday()) && in_step(claim, day)
}

/// The next `count` certification days from `from` (inclusive): weekly,
/// or every other week in step with the anchor. None without a day.
pub fn certification_days(claim: &Claim, from: NaiveDate, count: usize) -> Vec<NaiveDate> {
    let Some(first) = first_weekday_from(claim, from) else {
        return Vec::new();
    };
    let first = if in_step(claim, first) {
        Some(first)
    } else {
        first.checked_add_signed(Duration::days(7))
    };
    let step = match (claim.cadence, claim.anchor) {
        (Cadence::Biweekly, Some(_)) => 14,
        _ => 7,
    };
    std::iter::successors(first, |d| d.checked_add_signed(Duration::days(step)))
        .take(count.min(1000))
        .collect()
}

/// A VCALENDAR with one all-day event repeating on the certification day
/// (weekly, or with INTERVAL=2), from the first one on or after `from`.
/// Written like [`crate::model::ics::calendar`]: CRLF, folded lines, escaped
/// text, a stable UID so downloading it again updates the same event.
/// None without a certification day.
pub fn certification_ics(
    claim: &Claim,
    from: NaiveDate,
    uid: &str,
    now: DateTime<Utc>,
) -> Option<String> {
    let first = *certification_days(claim, from, 1).first()?;
    let biweekly = claim.cadence == Cadence::Biweekly && claim.anchor.is_some();
    let next = first.checked_add_signed(Duration::days(1))?;
    let t = now.naive_utc();
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        compact_date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    );
    let summary = crate::t!("Certify for your benefit claim");
    let description = crate::t!(
        "Certification day. Rebound's Proof of search report lists what you logged this period, to copy or print. Rebound never submits anything for you."
    );
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Rebound//Job search recovery//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@rebound.invalid", escape(uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", compact_date(first)),
        format!("DTEND;VALUE=DATE:{}", compact_date(next)),
        if biweekly {
            "RRULE:FREQ=WEEKLY;INTERVAL=2".to_string()
        } else {
            "RRULE:FREQ=WEEKLY".to_string()
        },
        format!("SUMMARY:{}", escape(summary)),
        format!("DESCRIPTION:{}", escape(description)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    let mut out = lines
        .iter()
        .map(|l| fold(l))
        .collect::<Vec<_>>()
        .join("\r\n");
    out.push_str("\r\n");
    Some(out)
}
