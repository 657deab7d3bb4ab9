//! A sender's domain or name that is the employer's name shortened
//! ("csazul.com.br" for Cervejaria Serra Azul, "kd-werk.de" for Kessler
//! Datenwerk, "LVC" for Laboratorios Vidal Cruz): evidence for that name,
//! not a second company.

use super::super::names::strip_legal;
use super::super::words::fold;

/// A domain's last part that names a department, not the firm ("bqsorgue-rh").
const DEPARTMENTS: [&str; 14] = [
    "rh",
    "hr",
    "rrhh",
    "jobs",
    "careers",
    "career",
    "talent",
    "people",
    "recruiting",
    "recrutement",
    "karriere",
    "vagas",
    "empleo",
    "team",
];

/// Words a shortened name leaves out ("Banque de la Sorgue" → "bqsorgue").
const SMALL: [&str; 14] = [
    "de", "la", "le", "les", "des", "du", "der", "die", "das", "und", "and", "of", "the", "e",
];

fn letters(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(fold)
        .collect()
}

/// Whether `short` ("csazul", "kd werk", "bqsorgue rh", "LVC") is `long`
/// shortened: two of its words or more, in order, each give a piece that
/// starts with the word's first letter and keeps some of its other letters
/// in order (c·s·azul, k·dwerk, bq·sorgue, l·v·c), and nothing of `short`
/// is left over. A department at the end of `short` doesn't count.
pub(super) fn shortened(short: &str, long: &str) -> bool {
    let mut parts: Vec<&str> = short
        .split([' ', '-', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1
        && parts
            .last()
            .is_some_and(|p| DEPARTMENTS.contains(&p.to_lowercase().as_str()))
    {
        parts.pop();
    }
    let s = letters(&parts.concat());
    let words: Vec<Vec<char>> = strip_legal(long)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !SMALL.contains(&w.to_lowercase().as_str()))
        .map(letters)
        .take(8)
        .collect();
    // (Short ones only as the words' initials, all of them: "lvc" for
    // Laboratorios Vidal Cruz, but not "hays" for Harbour Yard Studios.)
    let initials: Vec<char> = words.iter().filter_map(|w| w.first().copied()).collect();
    let long_enough = s.len() >= 5 || (s.len() >= 3 && s == initials);
    long_enough && s.len() <= 24 && words.len() >= 2 && pieces(&s, &words, 0)
}

/// `s` made of pieces of `words`, in order, with `used` pieces so far.
fn pieces(s: &[char], words: &[Vec<char>], used: usize) -> bool {
    let Some((w, rest)) = words.split_first() else {
        return s.is_empty() && used >= 2;
    };
    if s.is_empty() {
        return used >= 2;
    }
    // This word gives nothing…
    if pieces(s, rest, used) {
        return true;
    }
    // …or s[..k], which starts with its first letter.
    if w.first() != s.first() {
        return false;
    }
    let mut j = 1;
    for k in 1..=s.len() {
        if k > 1 {
            match w
                .get(j..)
                .and_then(|t| t.iter().position(|c| *c == s[k - 1]))
            {
                Some(p) => j += p + 1,
                None => break,
            }
        }
        if pieces(&s[k..], rest, used + 1) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::shortened;

    #[test]
    fn shortened_names_are_told() {
        for (short, long) in [
            ("csazul", "Cervejaria Serra Azul"),
            ("kd werk", "Kessler Datenwerk GmbH"),
            ("bqsorgue rh", "Banque de la Sorgue"),
            ("bw services", "Brackenridge Water Services Ltd"),
            ("LVC", "Laboratorios Vidal Cruz, S.L."),
            ("bjacaranda", "Banco Jacarandá S.A."),
        ] {
            assert!(shortened(short, long), "{short} / {long}");
        }
        for (short, long) in [
            ("hays", "Harbour Yard Studios"),
            ("kier", "King Edward School"),
            ("bw services", "Shared Services"),
            ("acme", "Northwind Logistics"),
            ("hays", "Halden Savings"),
            ("kd", "Kessler Datenwerk"),
            ("sorgue", "Banque de la Sorgue"),
        ] {
            assert!(!shortened(short, long), "{short} / {long}");
        }
    }
}
