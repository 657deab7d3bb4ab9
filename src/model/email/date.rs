//! Dates as mail programs write them, in the five languages.

use chrono::NaiveDate;

/// Month names' first letters, by month, in English, German, Spanish,
/// French and Portuguese ("mär" and "mrz" both March; "set" Portuguese
/// September; "out" Portuguese October).
const MONTHS: [&[&str]; 12] = [
    &["jan", "ene", "janv"],
    &["feb", "fév", "fev"],
    &["mar", "mär", "mrz"],
    &["apr", "abr", "avr"],
    &["may", "mai", "mayo"],
    &["jun", "juin"],
    &["jul", "juil"],
    &["aug", "ago", "août", "aoû"],
    &["sep", "set"],
    &["oct", "okt", "out"],
    &["nov"],
    &["dec", "dez", "dic", "déc"],
];

/// Words that may stand between a day, a month and a year ("16 de nov. de 2026").
const FILLER: [&str; 4] = ["de", "of", "del", "the"];

fn month_of(word: &str) -> Option<u32> {
    if word.chars().count() < 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // Weekday abbreviations that look like months ("mar" Tuesday in
    // Spanish) are told apart by position, not here.
    MONTHS
        .iter()
        .position(|forms| {
            forms
                .iter()
                .any(|f| word.starts_with(f) && word.chars().count() <= 10)
        })
        .map(|m| m as u32 + 1)
}

fn number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == 'º');
    if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A date written the ways mail programs write it: "Tue, 3 Nov 2026 10:15",
/// "Tuesday, November 3, 2026 at 10:15 AM", "Mo., 9. Nov. 2026",
/// "seg., 16 de nov. de 2026", "2026-11-03". Numeric day/month orders are
/// ambiguous and left alone.
pub fn parse_loose_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(40)
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase())
        .filter(|w| !FILLER.contains(&w.as_str()))
        .collect();
    for w in &words {
        let b = w.as_bytes();
        if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
            if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
                return Some(d);
            }
        }
    }
    let year = |w: Option<&String>| {
        w.and_then(|w| number(w))
            .filter(|n| (1990..=2100).contains(n))
            .map(|n| n as i32)
    };
    let day = |w: Option<&String>| w.and_then(|w| number(w)).filter(|n| (1..=31).contains(n));
    for (i, w) in words.iter().enumerate() {
        let Some(month) = month_of(w) else { continue };
        // "3 Nov 2026", "9. Nov. 2026"
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words.get(j))),
            year(words.get(i + 1)),
        ) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, month, d) {
                return Some(date);
            }
        }
        // "November 3, 2026"
        if let (Some(d), Some(y)) = (day(words.get(i + 1)), year(words.get(i + 2))) {
            if let Some(date) = NaiveDate::from_ymd_opt(y, month, d) {
                return Some(date);
            }
        }
    }
    None
}
