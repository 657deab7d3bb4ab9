//! The span Insights covers, chosen by the person.

use chrono::NaiveDate;

use crate::model::data::AppData;
use crate::model::record::live;
use crate::model::time::{Week, WeekStart};

/// How far back Insights looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Range {
    FourWeeks,
    #[default]
    TwelveWeeks,
    SixMonths,
    Year,
    All,
}

/// The longest span "All time" draws (two years of weeks).
const ALL_WEEKS_CAP: usize = 104;

impl Range {
    pub const ALL: [Range; 5] = [
        Range::FourWeeks,
        Range::TwelveWeeks,
        Range::SixMonths,
        Range::Year,
        Range::All,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Range::FourWeeks => crate::t!("Last 4 weeks"),
            Range::TwelveWeeks => crate::t!("Last 12 weeks"),
            Range::SixMonths => crate::t!("Last 6 months"),
            Range::Year => crate::t!("Last year"),
            Range::All => crate::t!("All time"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Range::FourWeeks => "4w",
            Range::TwelveWeeks => "12w",
            Range::SixMonths => "6m",
            Range::Year => "1y",
            Range::All => "all",
        }
    }

    pub fn from_key(key: &str) -> Option<Range> {
        Range::ALL.into_iter().find(|r| r.key() == key)
    }

    /// How many weeks the range spans at `today` ("All time": back to the
    /// first thing logged, at most two years of weeks).
    pub fn weeks(self, data: &AppData, today: NaiveDate, start: WeekStart) -> usize {
        match self {
            Range::FourWeeks => 4,
            Range::TwelveWeeks => 12,
            Range::SixMonths => 26,
            Range::Year => 52,
            Range::All => {
                let first = live(&data.applications)
                    .flat_map(|a| [Some(a.sent_day()), a.closed_on])
                    .flatten()
                    .min()
                    .unwrap_or(today);
                let from = Week::containing(first.min(today), start).start;
                let now = Week::containing(today, start).start;
                (((now - from).num_days() / 7) as usize + 1).clamp(4, ALL_WEEKS_CAP)
            }
        }
    }

    /// The weekly chart's description, one whole sentence: "Applications
    /// and rejections per week over the last 12 weeks: 4 applications and
    /// 3 rejections in all."
    pub fn chart_label(self, weeks: usize, apps: usize, rejections: usize) -> String {
        match self {
            Range::All => crate::tf!(
                "Applications and rejections per week since you started: {apps} applications and {rejections} rejections in all.",
                apps = apps,
                rejections = rejections,
            ),
            _ => crate::tf!(
                "Applications and rejections per week over the last {weeks} weeks: {apps} applications and {rejections} rejections in all.",
                weeks = weeks,
                apps = apps,
                rejections = rejections,
            ),
        }
    }
}
