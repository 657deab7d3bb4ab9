//! Long lists a page at a time: grouping by month, the "Show earlier" step,
//! the count line, and the case-blind search the lists share.

use chrono::NaiveDate;
use proptest::prelude::*;
use rebound::model::journal::{matches, order, EntryKind, JournalEntry};
use rebound::model::listing::{
    by_month, contains_folded, first_page, show_more, shown_text, thousands, Month, PAGE,
    SEARCH_PAGE, SEARCH_PAGE_CARDS,
};
use rebound::model::record::{tombstone, Meta};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

#[test]
fn records_are_grouped_by_month_in_the_order_given_and_cut_at_the_limit() {
    let days = [
        day(2026, 11, 20),
        day(2026, 11, 2),
        day(2026, 10, 30),
        day(2025, 10, 1),
        day(2025, 9, 9),
    ];
    let groups = by_month(&days, 4, |d| *d);
    let heads: Vec<String> = groups.iter().map(|(m, _)| m.label()).collect();
    assert_eq!(heads, ["November 2026", "October 2026", "October 2025"]);
    assert_eq!(groups[0].1.len(), 2);
    assert_eq!(groups.iter().map(|(_, v)| v.len()).sum::<usize>(), 4);
    assert_eq!(Month::of(day(2026, 3, 4)).key(), "2026-03");
}

#[test]
fn the_count_line_says_what_is_shown() {
    assert_eq!(shown_text(25, 3000, false), "Showing 25 of 3,000");
    assert_eq!(shown_text(25, 214, true), "214 matches · newest 25 shown");
    assert_eq!(shown_text(214, 214, true), "214 matches");
    assert_eq!(shown_text(1, 1, true), "1 match");
    assert_eq!(shown_text(0, 0, true), "0 matches");
    assert_eq!(shown_text(12, 12, false), "");
    assert_eq!(shown_text(120, 120, false), "All 120 shown");
    assert_eq!(thousands(1_234_567), "1,234,567");
    assert_eq!(thousands(999), "999");
}

#[test]
fn show_earlier_adds_a_page_and_stops_at_the_end() {
    assert_eq!(show_more(PAGE, 1000), 2 * PAGE);
    assert_eq!(show_more(PAGE, PAGE + 3), PAGE + 3);
    assert_eq!(show_more(PAGE, 3), PAGE);
    // While searching the list starts smaller; "Show earlier" adds a full page.
    assert_eq!(first_page(true, SEARCH_PAGE), SEARCH_PAGE);
    assert_eq!(first_page(true, SEARCH_PAGE_CARDS), SEARCH_PAGE_CARDS);
    assert_eq!(first_page(false, SEARCH_PAGE_CARDS), PAGE);
    const { assert!(SEARCH_PAGE_CARDS < SEARCH_PAGE && SEARCH_PAGE < PAGE) };
    assert_eq!(show_more(SEARCH_PAGE, 1000), SEARCH_PAGE + PAGE);
    assert_eq!(show_more(SEARCH_PAGE, 15), 15);
    assert_eq!(show_more(SEARCH_PAGE, 4), SEARCH_PAGE);
}

fn entry(text: &str, tag: &str, date: NaiveDate, n: i64) -> JournalEntry {
    let at = chrono::DateTime::from_timestamp(1_700_000_000 + n, 0).expect("a time");
    JournalEntry {
        s: Default::default(),
        meta: Meta::new(
            rebound::model::record::Id::from_random([n as u8 + 1; 16]),
            at,
        ),
        kind: EntryKind::Win,
        text: text.into(),
        date,
        tag: tag.into(),
        from: String::new(),
    }
}

#[test]
fn the_journal_order_is_newest_first_without_deleted_entries_and_search_ignores_case() {
    let mut entries = vec![
        entry("Older win", "", day(2025, 1, 5), 1),
        entry("Newest WIN at Müller", "Interview", day(2026, 2, 1), 2),
        entry("Gone", "", day(2026, 3, 1), 3),
    ];
    let gone = entries[2].meta.id;
    let _ = tombstone(
        &mut entries,
        &gone,
        chrono::DateTime::from_timestamp(1_800_000_000, 0).expect("a time"),
    );
    let ord = order(&entries);
    assert_eq!(ord, [1, 0]);
    assert!(matches(&entries[1], "win at"));
    assert!(matches(&entries[1], "müller"));
    assert!(matches(&entries[1], "interview"));
    assert!(!matches(&entries[0], "newest"));
    assert!(matches(&entries[0], ""));
}

proptest! {
    #[test]
    fn grouping_keeps_every_shown_record_in_order_and_never_repeats_a_month_run(
        offsets in prop::collection::vec(0i64..2000, 0..200),
        limit in 0usize..250,
    ) {
        let mut days: Vec<NaiveDate> = offsets.iter().map(|o| day(2024, 1, 1) + chrono::Duration::days(*o)).collect();
        days.sort_by(|a, b| b.cmp(a));
        let groups = by_month(&days, limit, |d| *d);
        let flat: Vec<NaiveDate> = groups.iter().flat_map(|(_, v)| v.iter().copied()).collect();
        prop_assert_eq!(&flat[..], &days[..limit.min(days.len())]);
        for w in groups.windows(2) {
            prop_assert!(w[0].0 > w[1].0);
        }
        for (m, v) in &groups {
            prop_assert!(v.iter().all(|d| Month::of(*d) == *m));
        }
    }

    #[test]
    fn case_blind_search_agrees_with_lowercasing(hay in "[a-zA-Zäöü ]{0,30}", needle in "[a-zA-Zäöü]{0,4}") {
        let n = needle.to_lowercase();
        prop_assert_eq!(contains_folded(&hay, &n), hay.to_lowercase().contains(&n));
    }

    #[test]
    fn thousands_reads_back_as_the_number(n in 0usize..10_000_000_000) {
        prop_assert_eq!(thousands(n).replace(',', "").parse::<usize>().ok(), Some(n));
    }
}
