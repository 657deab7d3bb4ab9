//! Where the person claims: a preset per benefit authority, the choices
//! for "Other", an optional name and claim reference (printed only), and
//! the certification day for reminders.
//!
//! Kept on the device only (never synced or backed up: a claim reference
//! is nobody else's business). It is read from localStorage, so every
//! field reads leniently: anything unknown or malformed becomes its
//! default, and the rest of the settings survive.

use chrono::{NaiveDate, Weekday};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

use super::clip;

/// Longest name or claim reference kept.
pub const MAX_CLAIM_TEXT_CHARS: usize = 200;

/// Where the person claims. Each preset brings its authority's period,
/// requirement and report layout (see [`super::rules`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preset {
    /// Most US states: weekly, three employer contacts.
    Us,
    NewYork,
    Washington,
    Texas,
    California,
    UkUniversalCredit,
    Germany,
    Australia,
    Canada,
    /// The person's own period, requirement and columns. The default: until
    /// someone says where they claim, no authority's rules are assumed.
    #[default]
    Other,
}

impl Preset {
    pub const ALL: [Preset; 10] = [
        Preset::Us,
        Preset::NewYork,
        Preset::Washington,
        Preset::Texas,
        Preset::California,
        Preset::UkUniversalCredit,
        Preset::Germany,
        Preset::Australia,
        Preset::Canada,
        Preset::Other,
    ];

    /// The preset's name in the interface's language.
    pub fn label(self) -> &'static str {
        match self {
            Preset::Us => crate::t!("United States (most states)"),
            Preset::NewYork => crate::t!("New York"),
            Preset::Washington => crate::t!("Washington"),
            Preset::Texas => crate::t!("Texas"),
            Preset::California => crate::t!("California"),
            Preset::UkUniversalCredit => crate::t!("UK Universal Credit"),
            Preset::Germany => crate::t!("Germany (Agentur für Arbeit / Jobcenter)"),
            Preset::Australia => crate::t!("Australia (Workforce Australia)"),
            Preset::Canada => crate::t!("Canada (EI)"),
            Preset::Other => crate::t!("Other"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Preset::Us => "us",
            Preset::NewYork => "new_york",
            Preset::Washington => "washington",
            Preset::Texas => "texas",
            Preset::California => "california",
            Preset::UkUniversalCredit => "uk_universal_credit",
            Preset::Germany => "germany",
            Preset::Australia => "australia",
            Preset::Canada => "canada",
            Preset::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.key() == key)
    }
}

/// The stretch of time a requirement is counted over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    #[default]
    Week,
    /// A calendar month.
    Month,
}

/// What an authority asks for in each period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// At least this many activities.
    Count(u32),
    /// At least this many activities, each on a different day (New York).
    CountOnDifferentDays(u32),
    /// At least this many hours of work-search activity.
    Hours(u32),
    /// No fixed number: the record is kept in case it's asked for.
    #[default]
    None,
}

impl Requirement {
    /// The number asked for, if any.
    pub fn number(self) -> Option<u32> {
        match self {
            Requirement::Count(n)
            | Requirement::CountOnDifferentDays(n)
            | Requirement::Hours(n) => Some(n),
            Requirement::None => None,
        }
    }
}

/// One column of the report. Most hold one field; a few join several for
/// authorities whose forms have fewer, wider columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Date,
    /// Application, job fair, interview…
    Activity,
    /// The activity and what it was about, in one cell (Texas).
    Description,
    Organisation,
    /// Position or reference number.
    Position,
    /// The person contacted.
    Person,
    /// Phone, email, web or postal address.
    ContactDetails,
    /// Person and contact details in one cell.
    Contact,
    /// Application, interview or inquiry (Washington).
    ContactType,
    /// How: online, email, phone, in person, mail.
    Method,
    /// What was done, in the person's words.
    Details,
    Result,
    /// What was done and the result, in one cell (Washington).
    WhatDone,
    /// Position, what was done, result and proof in one cell (journals).
    Notes,
    /// Time spent.
    Time,
    Proof,
}

impl Column {
    pub const ALL: [Column; 16] = [
        Column::Date,
        Column::Activity,
        Column::Description,
        Column::Organisation,
        Column::Position,
        Column::Person,
        Column::ContactDetails,
        Column::Contact,
        Column::ContactType,
        Column::Method,
        Column::Details,
        Column::Result,
        Column::WhatDone,
        Column::Notes,
        Column::Time,
        Column::Proof,
    ];
}

/// How often the person certifies (files their claim).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    #[default]
    Weekly,
    /// Every other week, in step with an anchor date.
    Biweekly,
}

/// The claim settings. Every field reads leniently (see the module notes).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    #[serde(default, deserialize_with = "lenient")]
    pub preset: Preset,
    /// For [`Preset::Other`]: the period chosen.
    #[serde(default, deserialize_with = "lenient")]
    pub period: Period,
    /// For [`Preset::Other`]: the requirement chosen.
    #[serde(default, deserialize_with = "lenient")]
    pub requirement: Requirement,
    /// For [`Preset::Other`]: the columns chosen, in order (empty: the
    /// default layout).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "lenient_columns"
    )]
    pub columns: Vec<Column>,
    /// The preset's number changed to what the person's own letter says (a
    /// count, or hours for an hours requirement; 0 means none is asked).
    /// Not used by Other, whose requirement is chosen whole.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub target: Option<u32>,
    /// Printed at the top of the report; never sent anywhere.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "lenient"
    )]
    pub name: String,
    /// The claim or customer number, printed only.
    #[serde(
        default,
        skip_serializing_if = "String::is_empty",
        deserialize_with = "lenient"
    )]
    pub reference: String,
    /// The day the person certifies; none: no reminders.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient"
    )]
    pub cert_day: Option<Weekday>,
    #[serde(default, deserialize_with = "lenient")]
    pub cadence: Cadence,
    /// A past or coming certification day, so biweekly reminders fall on
    /// the right weeks.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient_date"
    )]
    pub anchor: Option<NaiveDate>,
}

impl Claim {
    /// Reads stored settings; anything unreadable gives the defaults.
    pub fn from_json(text: &str) -> Claim {
        serde_json::from_str::<Claim>(text)
            .map(Claim::cleaned)
            .unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Texts trimmed and cut, columns without repeats.
    pub fn cleaned(mut self) -> Claim {
        self.name = clip(&super::one_line(&self.name), MAX_CLAIM_TEXT_CHARS);
        self.reference = clip(&super::one_line(&self.reference), MAX_CLAIM_TEXT_CHARS);
        let mut seen = Vec::with_capacity(self.columns.len());
        self.columns.retain(|c| {
            let new = !seen.contains(c);
            seen.push(*c);
            new
        });
        self
    }
}

/// Any value that doesn't read as `T` becomes `T`'s default.
fn lenient<'de, D: Deserializer<'de>, T: DeserializeOwned + Default>(d: D) -> Result<T, D::Error> {
    let value = Value::deserialize(d)?;
    Ok(T::deserialize(value).unwrap_or_default())
}

/// A list of columns, skipping the ones this version doesn't know.
fn lenient_columns<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Column>, D::Error> {
    let Value::Array(items) = Value::deserialize(d)? else {
        return Ok(Vec::new());
    };
    Ok(items
        .into_iter()
        .filter_map(|v| Column::deserialize(v).ok())
        .take(Column::ALL.len())
        .collect())
}

/// A "YYYY-MM-DD" date, or none.
fn lenient_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::String(s) => crate::model::ymd::parse(&s).ok(),
        _ => None,
    })
}
