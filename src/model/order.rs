//! One sort for the whole app. Every `sort_by_key` on a new type or closure
//! compiles the whole sort algorithm again into the wasm (21 copies were
//! 74 KB); here items are ordered through one shared sort of plain number
//! keys instead.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// A sort key: up to three numbers, compared in order.
pub type Key = (i64, i64, u128);

/// Sorts `items` by `key`, ascending; equal keys keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Key) {
    let mut keys: Vec<(Key, usize)> = items.iter().enumerate().map(|(i, t)| (key(t), i)).collect();
    sort_keys(&mut keys);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(keys.iter().filter_map(|(_, i)| slots[*i].take()));
}

/// The one instance of the sort algorithm. The index makes every key
/// unique, so the faster unstable sort gives a stable order.
#[inline(never)]
fn sort_keys(keys: &mut [(Key, usize)]) {
    keys.sort_unstable();
}

/// A day as a number that sorts like the date.
pub fn day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// A time as a number that sorts like the time.
pub fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_every_part_of_the_key_and_keeps_ties_in_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by(&mut v, |(n, _)| (*n, 0, 0));
        assert_eq!(v, vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        sort_by(&mut v, |(n, c)| (-n, 0, u128::from(*c as u32)));
        assert_eq!(v, vec![(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd'), (0, 'e')]);
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert!(day(d(2026, 1, 1)) < day(d(2026, 1, 2)));
    }
}
