//! The figures behind "how long answers take", "where rejections come"
//! and "what was in your control, month by month".

use chrono::{Datelike, NaiveDate};

use crate::model::rejection::{Application, Control, Outcome, Stage};

/// The stage most rejections came at, when one clearly leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UsualStage {
    pub stage: Stage,
    pub count: usize,
    pub of: usize,
}

/// Reasons sorted within and outside control, for one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthControl {
    /// The first day of the month.
    pub month: NaiveDate,
    pub within: usize,
    pub outside: usize,
}

/// The median days from sending to an answer (a rejection or an offer),
/// for answers that arrived between `from` and `today` and know both days.
/// `None` below two such answers: one is an anecdote, not a usual time.
pub fn answer_days(apps: &[&Application], from: NaiveDate, today: NaiveDate) -> Option<i64> {
    let mut days: Vec<i64> = apps
        .iter()
        .filter(|a| matches!(a.outcome, Outcome::Rejected | Outcome::Offer))
        .filter_map(|a| Some((a.applied_on?, a.closed_on?)))
        .filter(|(_, closed)| *closed >= from && *closed <= today)
        .map(|(sent, closed)| (closed - sent).num_days())
        .filter(|d| *d >= 0)
        .collect();
    if days.len() < 2 {
        return None;
    }
    days.sort_unstable();
    let n = days.len();
    Some(if n % 2 == 1 {
        days[n / 2]
    } else {
        (days[n / 2 - 1] + days[n / 2] + 1) / 2
    })
}

/// The stage rejections usually come at: at least two rejections, and one
/// stage with more than any other.
pub fn usual_stage(rejections: &[&Application]) -> Option<UsualStage> {
    let of = rejections.len();
    if of < 2 {
        return None;
    }
    let mut counts: Vec<(Stage, usize)> = Stage::ALL
        .into_iter()
        .map(|s| (s, rejections.iter().filter(|a| a.stage == s).count()))
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(stage, count), (_, next), ..] if count > next && *count >= 2 => Some(UsualStage {
            stage: *stage,
            count: *count,
            of,
        }),
        _ => None,
    }
}

/// Within and outside control by the month each rejection arrived, oldest
/// first; months without sorted reasons are left out.
pub fn control_by_month(rejections: &[&Application]) -> Vec<MonthControl> {
    let mut out: Vec<MonthControl> = Vec::new();
    for a in rejections {
        let Some(day) = a.closed_on else { continue };
        if a.reasons.is_empty() {
            continue;
        }
        let month = day.with_day(1).unwrap_or(day);
        let i = match out.iter().position(|m| m.month == month) {
            Some(i) => i,
            None => {
                out.push(MonthControl {
                    month,
                    within: 0,
                    outside: 0,
                });
                out.len() - 1
            }
        };
        for r in &a.reasons {
            match r.control {
                Control::Within => out[i].within += 1,
                Control::Outside => out[i].outside += 1,
            }
        }
    }
    out.sort_by_key(|m| m.month);
    out
}

/// A kind sentence about how the reasons within control changed: "Fewer of
/// the reasons were within your control lately (1 of 4 in November, after
/// 3 of 4 in September)". `None` with fewer than two months to compare.
pub fn control_trend_sentence(months: &[MonthControl]) -> Option<String> {
    let (first, last) = (months.first()?, months.last()?);
    if months.len() < 2 {
        return None;
    }
    let share = |m: &MonthControl| (m.within * 100) / (m.within + m.outside).max(1);
    // The month's name as the language in use writes it (with its year,
    // through the browser's Intl); English keeps the bare name.
    let name = |m: &MonthControl| {
        crate::lang::current()
            .and_then(|p| p.date(m.month, crate::lang::DateStyle::Month))
            .unwrap_or_else(|| crate::model::time::MONTHS[m.month.month0() as usize].to_string())
    };
    let (now, now_of, now_month) = (last.within, last.within + last.outside, name(last));
    let (then, then_of, then_month) = (first.within, first.within + first.outside, name(first));
    Some(match share(last).cmp(&share(first)) {
        std::cmp::Ordering::Less => crate::tf!(
            "Fewer of the reasons were within your control lately ({now} of {now_of} in {now_month}, after {then} of {then_of} in {then_month}). What you worked on may be showing.",
            now = now,
            now_of = now_of,
            now_month = now_month,
            then = then,
            then_of = then_of,
            then_month = then_month,
        ),
        std::cmp::Ordering::Greater => crate::tf!(
            "More of the reasons were within your control lately ({now} of {now_of} in {now_month}, after {then} of {then_of} in {then_month}): things you can work on, one at a time.",
            now = now,
            now_of = now_of,
            now_month = now_month,
            then = then,
            then_of = then_of,
            then_month = then_month,
        ),
        std::cmp::Ordering::Equal => crate::tf!(
            "The share of reasons within your control has held steady ({now} of {now_of} in {now_month}, after {then} of {then_of} in {then_month}).",
            now = now,
            now_of = now_of,
            now_month = now_month,
            then = then,
            then_of = then_of,
            then_month = then_month,
        ),
    })
}
