//! Calendar files (RFC 5545) so the user's own calendar does the reminding:
//! CRLF line ends, lines folded at 75 octets, text escaped, a UID and DTSTAMP.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike, Utc};

use super::time::compact_date;

/// When an event happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// An all-day event.
    Day(NaiveDate),
    /// A local ("floating") time: the user's calendar shows it at that hour
    /// wherever they are.
    Local(NaiveDateTime, u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable per reminder, so downloading it again updates the same event.
    pub uid: String,
    pub when: When,
    pub summary: String,
    pub description: String,
    /// A weekly repeat (RRULE:FREQ=WEEKLY).
    pub weekly: bool,
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (never inside a UTF-8 character).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out
}

fn date_time(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        compact_date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A complete VCALENDAR with one event.
pub fn calendar(event: &Event, now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Rebound//Job search recovery//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@rebound.invalid", event.uid),
        format!("DTSTAMP:{}Z", date_time(now.naive_utc())),
    ];
    match event.when {
        When::Day(d) => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", compact_date(d)));
            lines.push(format!(
                "DTEND;VALUE=DATE:{}",
                compact_date(d + chrono::Duration::days(1))
            ));
        }
        When::Local(t, minutes) => {
            lines.push(format!("DTSTART:{}", date_time(t)));
            lines.push(format!(
                "DTEND:{}",
                date_time(t + chrono::Duration::minutes(i64::from(minutes)))
            ));
        }
    }
    if event.weekly {
        lines.push("RRULE:FREQ=WEEKLY".to_string());
    }
    lines.push(format!("SUMMARY:{}", escape(&event.summary)));
    if !event.description.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
    }
    lines.push("END:VEVENT".to_string());
    lines.push("END:VCALENDAR".to_string());
    let mut out = lines
        .iter()
        .map(|l| fold(l))
        .collect::<Vec<_>>()
        .join("\r\n");
    out.push_str("\r\n");
    out
}

/// The reminder to send one polite follow-up.
pub fn follow_up(uid: String, company: &str, on: NaiveDate) -> Event {
    Event {
        uid,
        when: When::Day(on),
        summary: crate::tf!("Gentle follow-up to {company}?", company = company),
        description: crate::t!("If they haven't replied, one short, friendly follow-up is fine. Open Rebound to write it.").into(),
        weekly: false,
    }
}

/// The end of the pause after a rejection: the evening of `until`.
pub fn pause_end(uid: String, company: &str, until: NaiveDate) -> Event {
    Event {
        uid,
        when: When::Local(until.and_hms_opt(18, 0, 0).unwrap_or_default(), 15),
        summary: crate::t!("Pause over: back to it, gently").into(),
        description: crate::tf!("Your break after {company} ends now. Pick one small step from your recovery plan in Rebound.", company = company),
        weekly: false,
    }
}

/// A weekly review, starting on `first` at 17:00 and repeating each week.
pub fn weekly_review(uid: String, first: NaiveDate) -> Event {
    Event {
        uid,
        when: When::Local(first.and_hms_opt(17, 0, 0).unwrap_or_default(), 20),
        summary: crate::t!("Weekly job-search review").into(),
        description: crate::t!("Twenty minutes: look back at the week's goals and wins in Rebound, and pick next week's small steps.").into(),
        weekly: true,
    }
}

/// The weekly review on the last day of the person's week (Sunday for
/// Monday-start weeks, Saturday for Sunday-start ones), from `today`'s week
/// on: the day Today's "last day of the week" reminder appears.
pub fn weekly_review_from(today: NaiveDate, start: super::time::WeekStart) -> Event {
    let last = super::time::Week::containing(today, start).end();
    weekly_review("weekly-review".into(), last)
}

/// `rebound-<what>.ics`
pub fn file_name(what: &str) -> String {
    format!("rebound-{what}.ics")
}
