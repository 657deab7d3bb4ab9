//! Calendar helpers: weeks, "this week", friendly durations.
//!
//! Everything here takes "today" or "now" as an argument, so the rules can be
//! tested at any date (and the browser tests can move the clock).

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use serde::{Deserialize, Serialize};

/// Which day a week starts on. ISO weeks start on Monday; some people plan
/// Sunday to Saturday, so Settings lets them choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
}

impl WeekStart {
    /// The week start of a locale whose week begins on `first_day`, as
    /// `Intl.Locale`'s week info numbers days (1 Monday … 7 Sunday).
    pub fn from_first_day(first_day: u32) -> WeekStart {
        if first_day == 7 {
            WeekStart::Sunday
        } else {
            WeekStart::Monday
        }
    }

    /// Without the browser's week info: the week start a language tag
    /// ("en-US", "pt-BR", "de") expects, by its region (CLDR's regions
    /// whose weeks start on Sunday). A tag without a region starts on
    /// Monday, except English, whose largest region is the United States.
    pub fn for_locale(tag: &str) -> WeekStart {
        const SUNDAY: [&str; 47] = [
            "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CO", "DM", "DO", "ET", "GT",
            "GU", "HK", "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM",
            "MO", "MT", "MX", "MZ", "NI", "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA",
            "SG", "SV", "TH", "TW", "US",
        ];
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts
            .find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase);
        match region {
            Some(r) if SUNDAY.contains(&r.as_str()) => WeekStart::Sunday,
            Some(_) => WeekStart::Monday,
            None if language == "en" => WeekStart::Sunday,
            None => WeekStart::Monday,
        }
    }

    fn weekday(self) -> Weekday {
        match self {
            WeekStart::Monday => Weekday::Mon,
            WeekStart::Sunday => Weekday::Sun,
        }
    }
}

/// A week as the user sees it: seven days from `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Week {
    pub start: NaiveDate,
}

impl Week {
    /// The week (by the user's week start) that contains `day`.
    pub fn containing(day: NaiveDate, start: WeekStart) -> Week {
        let offset = day.weekday().days_since(start.weekday());
        Week {
            start: day - Duration::days(i64::from(offset)),
        }
    }

    /// The last day of the week (inclusive).
    pub fn end(self) -> NaiveDate {
        self.start + Duration::days(6)
    }

    pub fn contains(self, day: NaiveDate) -> bool {
        day >= self.start && day <= self.end()
    }

    pub fn next(self) -> Week {
        Week {
            start: self.start + Duration::days(7),
        }
    }

    pub fn previous(self) -> Week {
        Week {
            start: self.start - Duration::days(7),
        }
    }

    /// Days left in the week counting `today` itself (7 on the first day, 1 on the last).
    pub fn days_left(self, today: NaiveDate) -> u32 {
        if !self.contains(today) {
            return 0;
        }
        (self.end() - today).num_days() as u32 + 1
    }

    /// The last `count` weeks ending with this one, oldest first.
    pub fn trailing(self, count: usize) -> Vec<Week> {
        let mut weeks: Vec<Week> = std::iter::successors(Some(self), |w| Some(w.previous()))
            .take(count)
            .collect();
        weeks.reverse();
        weeks
    }
}

/// ISO 8601 week label such as "2026-W47" (the ISO year may differ from the
/// calendar year around New Year).
pub fn iso_week_label(day: NaiveDate) -> String {
    let w = day.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

// Dates are written by hand rather than with chrono's `format`: its
// strftime machinery costs more wasm than the whole of this file.

/// A short date for lists: "22 Nov 2026" (in another language, as the
/// browser writes it there: "22. November 2026").
pub fn short_date(day: NaiveDate) -> String {
    if let Some(d) = in_language(day, crate::lang::DateStyle::Short) {
        return d;
    }
    let month = MONTHS[day.month0() as usize];
    format!("{} {} {}", day.day(), &month[..3], day.year())
}

/// A spoken date: "Sunday 22 November".
pub fn long_date(day: NaiveDate) -> String {
    if let Some(d) = in_language(day, crate::lang::DateStyle::Long) {
        return d;
    }
    let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
    format!("{weekday} {} {}", day.day(), MONTHS[day.month0() as usize])
}

/// The date in the language in use, when it isn't English.
fn in_language(day: NaiveDate, style: crate::lang::DateStyle) -> Option<String> {
    crate::lang::current().and_then(|p| p.date(day, style))
}

/// A compact date: "20261122" (calendar files).
pub fn compact_date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// Tenths as text without floating point: `tenths(12)` is "1.2".
pub fn tenths(n: u64) -> String {
    format!("{}.{}", n / 10, n % 10)
}

/// Tenths as the language writes them: "1.2" in English, "1,2" in the
/// other languages Rebound speaks (for figures shown, never for files).
pub fn tenths_shown(n: u64) -> String {
    match crate::lang::lang() {
        crate::lang::Lang::En => tenths(n),
        _ => format!("{},{}", n / 10, n % 10),
    }
}

/// "today", "yesterday", "3 days ago", "in 2 days" — relative to `today`,
/// in the language in use (a phrase that reads inside a sentence).
pub fn relative_day(day: NaiveDate, today: NaiveDate) -> String {
    match (day - today).num_days() {
        0 => crate::t!("today").into(),
        -1 => crate::t!("yesterday").into(),
        1 => crate::t!("tomorrow").into(),
        n if n < 0 => crate::tp!(-n, "{n} day ago", "{n} days ago"),
        n => crate::tp!(n, "in {n} day", "in {n} days"),
    }
}

/// Milliseconds since the Unix epoch to a UTC moment; `None` when out of range.
pub fn from_millis(ms: f64) -> Option<DateTime<Utc>> {
    if !ms.is_finite() {
        return None;
    }
    DateTime::from_timestamp_millis(ms as i64)
}

/// Parses an `<input type="date">` value ("YYYY-MM-DD").
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    text.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_by_hand_like_strftime_would() {
        for day in [
            d(2026, 11, 22),
            d(2026, 1, 5),
            d(1999, 12, 31),
            d(2028, 2, 29),
        ] {
            assert_eq!(short_date(day), day.format("%-d %b %Y").to_string());
            assert_eq!(long_date(day), day.format("%A %-d %B").to_string());
            assert_eq!(compact_date(day), day.format("%Y%m%d").to_string());
            assert_eq!(parse_date(&format!(" {day} ")), Some(day));
        }
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("22/11/2026"), None);
        assert_eq!(tenths(12), "1.2");
        assert_eq!(tenths(100), "10.0");
        assert_eq!(tenths_shown(12), "1.2");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn monday_week_of_a_sunday_starts_the_monday_before() {
        let w = Week::containing(d(2026, 11, 22), WeekStart::Monday);
        assert_eq!(w.start, d(2026, 11, 16));
        assert_eq!(w.end(), d(2026, 11, 22));
    }

    #[test]
    fn sunday_week_of_a_sunday_starts_that_day() {
        let w = Week::containing(d(2026, 11, 22), WeekStart::Sunday);
        assert_eq!(w.start, d(2026, 11, 22));
        assert_eq!(w.days_left(d(2026, 11, 22)), 7);
    }

    #[test]
    fn iso_weeks_across_year_boundaries() {
        // 2026 has 53 ISO weeks; 1 Jan 2027 is a Friday in 2026-W53.
        assert_eq!(iso_week_label(d(2026, 12, 31)), "2026-W53");
        assert_eq!(iso_week_label(d(2027, 1, 1)), "2026-W53");
        assert_eq!(iso_week_label(d(2027, 1, 4)), "2027-W01");
        // 29 Dec 2025 (a Monday) already belongs to 2026-W01.
        assert_eq!(iso_week_label(d(2025, 12, 29)), "2026-W01");
    }

    #[test]
    fn trailing_weeks_are_oldest_first_and_contiguous() {
        let w = Week::containing(d(2026, 1, 2), WeekStart::Monday);
        let ws = w.trailing(12);
        assert_eq!(ws.len(), 12);
        assert_eq!(*ws.last().unwrap(), w);
        for pair in ws.windows(2) {
            assert_eq!(pair[0].next(), pair[1]);
        }
    }

    #[test]
    fn relative_days_read_naturally() {
        let t = d(2026, 11, 22);
        assert_eq!(relative_day(t, t), "today");
        assert_eq!(relative_day(d(2026, 11, 21), t), "yesterday");
        assert_eq!(relative_day(d(2026, 11, 19), t), "3 days ago");
        assert_eq!(relative_day(d(2026, 11, 24), t), "in 2 days");
    }

    #[test]
    fn week_starts_follow_the_locale() {
        assert_eq!(WeekStart::from_first_day(7), WeekStart::Sunday);
        assert_eq!(WeekStart::from_first_day(1), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("en-US"), WeekStart::Sunday);
        assert_eq!(WeekStart::for_locale("en-GB"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("de"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("de-AT"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("fr-FR"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("es"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("es-MX"), WeekStart::Sunday);
        assert_eq!(WeekStart::for_locale("pt-BR"), WeekStart::Sunday);
        assert_eq!(WeekStart::for_locale("pt"), WeekStart::Monday);
        assert_eq!(WeekStart::for_locale("en"), WeekStart::Sunday);
        assert_eq!(WeekStart::for_locale("zh-Hant-TW"), WeekStart::Sunday);
    }

    #[test]
    fn dates_parse_from_inputs_and_reject_garbage() {
        assert_eq!(parse_date("2026-02-28"), Some(d(2026, 2, 28)));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date(""), None);
    }
}
