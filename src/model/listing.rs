//! Long lists shown a page at a time: newest first, grouped by month, with
//! a "Show earlier" step. Two years of records rendered at once froze the
//! Journal for seconds; only what is shown is ever built.

use chrono::{Datelike, NaiveDate};

use super::time::MONTHS;

/// How many records a list shows at first, and adds with each "Show earlier".
pub const PAGE: usize = 25;

/// How many rows a list shows at first while a search is typed: more than a
/// phone shows below the search box. Every keystroke that changes the
/// matches rebuilds what is shown, so fewer rows are a faster key on a
/// phone-speed CPU with two years of records (docs/performance.md, *Long
/// use*). "Show earlier" then adds a full page.
pub const SEARCH_PAGE: usize = 8;

/// The same for cards of a few lines (journal entries), about twice a row's
/// height: as many screens' worth, and half the building per keystroke.
pub const SEARCH_PAGE_CARDS: usize = 6;

/// The first page of a list: smaller while searching, `search_page` (one of
/// the two above).
pub fn first_page(searching: bool, search_page: usize) -> usize {
    if searching {
        search_page
    } else {
        PAGE
    }
}

/// A calendar month, the heading of a group of records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn of(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    /// "November 2026" (or as the language in use writes it).
    pub fn label(self) -> String {
        if let Some(first) = NaiveDate::from_ymd_opt(self.year, self.month, 1) {
            if let Some(d) =
                crate::lang::current().and_then(|p| p.date(first, crate::lang::DateStyle::Month))
            {
                return d;
            }
        }
        let name = MONTHS
            .get(self.month.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("");
        format!("{name} {}", self.year)
    }

    /// A key for element ids: "2026-11".
    pub fn key(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// The first `limit` items (already in display order), grouped into runs of
/// the same month in the order they come.
pub fn by_month<T: Clone>(
    items: &[T],
    limit: usize,
    day: impl Fn(&T) -> NaiveDate,
) -> Vec<(Month, Vec<T>)> {
    let mut groups: Vec<(Month, Vec<T>)> = Vec::new();
    for item in items.iter().take(limit) {
        let month = Month::of(day(item));
        match groups.last_mut() {
            Some((m, list)) if *m == month => list.push(item.clone()),
            _ => groups.push((month, vec![item.clone()])),
        }
    }
    groups
}

/// The limit after one more "Show earlier": a page more, never past the end.
pub fn show_more(limit: usize, total: usize) -> usize {
    limit.saturating_add(PAGE).min(total.max(limit))
}

/// What the list shows, said in words (also announced to screen readers):
/// "Showing 25 of 3,000", "214 matches · newest 25 shown", "1 match".
/// Empty for a short, unfiltered list that is shown whole.
pub fn shown_text(shown: usize, total: usize, filtered: bool) -> String {
    let shown = shown.min(total);
    match (filtered, shown < total) {
        (true, true) => crate::tf!(
            "{matches} · newest {shown} shown",
            matches = matches(total),
            shown = thousands(shown)
        ),
        (true, false) => matches(total),
        (false, true) => crate::tf!(
            "Showing {shown} of {total}",
            shown = thousands(shown),
            total = thousands(total)
        ),
        (false, false) if total > PAGE => crate::tf!("All {total} shown", total = thousands(total)),
        (false, false) => String::new(),
    }
}

/// "1 match", "214 matches".
fn matches(n: usize) -> String {
    crate::tp!(n, "1 match", "{n} matches")
}

/// 3000 → "3,000" (or as the language in use writes it: "3.000").
pub fn thousands(n: usize) -> String {
    if crate::lang::current().is_some() {
        return crate::lang::number(n as u64);
    }
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Whether `hay` contains `needle` (already lowercase), ignoring case.
/// Searches run over thousands of records per keystroke, so plain ASCII
/// text is compared in place instead of lowercased into a new string.
pub fn contains_folded(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if hay.is_ascii() && needle.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle.as_bytes());
        return h.len() >= n.len()
            && h.windows(n.len())
                .any(|w| w.iter().zip(n).all(|(a, b)| a.to_ascii_lowercase() == *b));
    }
    hay.to_lowercase().contains(needle)
}
