//! Report and requirement periods: weeks by the preset's start day, and
//! calendar months.

use chrono::{Datelike, Duration, NaiveDate};

use super::claim::Period;
use super::rules::Rules;
use crate::model::time::Week;

/// What the report's period chooser offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodChoice {
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    /// From and to, inclusive (given either way round).
    Custom(NaiveDate, NaiveDate),
}

/// The requirement period containing `day`: its week (by the rules' week
/// start) or its calendar month. Both ends inclusive.
pub fn period_of(day: NaiveDate, rules: &Rules) -> (NaiveDate, NaiveDate) {
    match rules.period {
        Period::Week => week_of(day, rules),
        Period::Month => month_of(day),
    }
}

/// The dates (inclusive) a choice covers at `today`. Weeks use the rules'
/// week start even in a monthly preset.
pub fn periods(choice: PeriodChoice, today: NaiveDate, rules: &Rules) -> (NaiveDate, NaiveDate) {
    match choice {
        PeriodChoice::ThisWeek => week_of(today, rules),
        PeriodChoice::LastWeek => week_of(today - Duration::days(7), rules),
        PeriodChoice::ThisMonth => month_of(today),
        PeriodChoice::LastMonth => month_of(month_of(today).0 - Duration::days(1)),
        PeriodChoice::Custom(a, b) => (a.min(b), a.max(b)),
    }
}

fn week_of(day: NaiveDate, rules: &Rules) -> (NaiveDate, NaiveDate) {
    let w = Week::containing(day, rules.week_start);
    (w.start, w.end())
}

/// The first and last day of `day`'s month.
fn month_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = day.with_day(1).unwrap_or(day);
    let next = if first.month() == 12 {
        NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
    };
    let last = next.map_or(first, |n| n - Duration::days(1));
    (first, last)
}
