//! Stored dates ("YYYY-MM-DD"), read without chrono's general parser: two
//! years of data hold ~8,000 of them, and that parser was a noticeable part of
//! reading them at startup. Anything not in that exact shape goes to chrono,
//! so what is accepted (and every error) stays the same. Written as before.
//!
//! Use with `#[serde(with = "ymd")]`, `"ymd::option"` or `"ymd::list"`.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The date in `text`, as `text.parse::<NaiveDate>()` reads it.
pub fn parse(text: &str) -> Result<NaiveDate, chrono::ParseError> {
    let b = text.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let number = |digits: &[u8]| {
            digits.iter().try_fold(0u32, |n, &c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if let (Some(y), Some(m), Some(d)) = (number(&b[..4]), number(&b[5..7]), number(&b[8..])) {
            // Four digits always fit; an impossible day falls through to
            // chrono for its own error.
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Ok(date);
            }
        }
    }
    text.parse()
}

/// A date read by [`parse`].
struct Ymd(NaiveDate);

impl<'de> Deserialize<'de> for Ymd {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ymd, D::Error> {
        struct DateText;
        impl serde::de::Visitor<'_> for DateText {
            type Value = Ymd;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a formatted date string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Ymd, E> {
                parse(text).map(Ymd).map_err(E::custom)
            }
        }
        d.deserialize_str(DateText)
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Ymd::deserialize(d).map(|Ymd(date)| date)
}

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    date.serialize(s)
}

/// For `Option<NaiveDate>` fields.
pub mod option {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Ymd>::deserialize(d)?.map(|Ymd(date)| date))
    }

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        date.serialize(s)
    }
}

/// For `Vec<NaiveDate>` fields.
pub mod list {
    use super::*;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Ok(Vec::<Ymd>::deserialize(d)?
            .into_iter()
            .map(|Ymd(date)| date)
            .collect())
    }

    pub fn serialize<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        dates.serialize(s)
    }
}
