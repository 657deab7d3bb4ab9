//! The end of a message: where the signature starts and who signed it.

use super::names::{capitalised, has_role_word};
use super::tables::{Table, ORG_WORDS};

/// The closing line's position ("Kind regards," or "Best, Jo"), and the
/// name on the same line, if any.
fn sign_off<'a>(lines: &[&'a str], tables: &[&Table]) -> Option<(usize, Option<&'a str>)> {
    let n = lines.len();
    lines.iter().enumerate().rev().take(14).find_map(|(i, l)| {
        let t = l.trim();
        if t.len() > 80 {
            return None;
        }
        let low = t.to_lowercase();
        let bare = low.trim_end_matches([',', '!', '.', ' ']).trim();
        let listed = |s: &str| tables.iter().any(|t| t.sign_offs.contains(&s));
        if listed(bare) || (t.ends_with(',') && bare.len() < 40 && starts_listed(bare, tables)) {
            return Some((i, None));
        }
        // "Best, Jo" / "Cheers - Ana": the name on the same line.
        let (head, name) = t.split_once([',', '-', '–'])?;
        let head_low = head.trim().to_lowercase();
        (listed(head_low.as_str()) && i + 3 >= n && t.len() < 40)
            .then(|| (i, Some(name.trim_start_matches([',', '-', '–', ' ']))))
    })
}

fn starts_listed(low: &str, tables: &[&Table]) -> bool {
    [
        "best of luck",
        "good luck",
        "with thanks",
        "thanks so much",
        "thanks again",
        "thank you again",
        "looking forward",
        "all the best",
        "wishing you",
        "bonne chance",
        "viel erfolg",
        "mucha suerte",
        "boa sorte",
    ]
    .iter()
    .any(|p| low.starts_with(p))
        || tables.iter().any(|t| {
            t.sign_offs
                .iter()
                .any(|s| s.len() > 6 && low.starts_with(s))
        })
}

/// Where the signature starts: after the closing line, or else the short
/// lines at the very end ("Acme Talent Team").
pub(super) fn start(lines: &[&str], tables: &[&Table]) -> usize {
    if let Some((i, same_line)) = sign_off(lines, tables) {
        return if same_line.is_some() { i } else { i + 1 };
    }
    let mut i = lines.len();
    // Where the text ends, under any "Sent from my iPhone".
    let mut end = lines.len();
    while i > 0 {
        let t = lines[i - 1].trim();
        if i == end && (t.is_empty() || device_line(t)) {
            i -= 1;
            end = i;
            continue;
        }
        if t.is_empty() {
            break;
        }
        let prose = t.len() > 70 || t.ends_with(['.', '?', '!', ':']) && t.split(' ').count() > 4;
        if prose || end - i >= 6 {
            break;
        }
        i -= 1;
    }
    i
}

/// A phone's line under a message: "Sent from my iPhone", "Von meinem
/// iPhone gesendet", "Enviado desde mi Android".
fn device_line(t: &str) -> bool {
    let low = t.to_lowercase();
    let device = [
        "iphone",
        "ipad",
        "android",
        "mobile",
        "phone",
        "galaxy",
        "outlook for",
    ]
    .iter()
    .any(|d| low.contains(d));
    let sent = [
        "sent from",
        "sent with",
        "get outlook",
        "von meinem",
        "enviado d",
        "envoyé d",
    ]
    .iter()
    .any(|p| low.contains(p));
    device && sent && t.split(' ').count() <= 7
}

/// A German compound ending in a business's word ("Maschinenfabrik",
/// "Fahrradladen", "Autohaus"): a firm's name, no person's.
fn org_compound(w: &str) -> bool {
    #[rustfmt::skip]
    const ENDINGS: [&str; 24] = [
        "fabrik", "werk", "werke", "bau", "haus", "handel", "technik", "markt", "laden",
        "logistik", "versand", "druck", "gruppe", "kanzlei", "praxis", "klinik", "apotheke",
        "service", "systeme", "immobilien", "reisen", "verlag", "werkstatt", "zentrum",
    ];
    let low = w.to_lowercase();
    ENDINGS
        .iter()
        .any(|e| low.len() > e.len() + 3 && low.ends_with(e))
}

/// A person's name: one to four capitalised words, letters only, no team
/// or company words ("Priya Raman", "Dr. Thomas Berger", "Omar").
pub(super) fn person_like(name: &str, tables: &[&Table]) -> bool {
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let words: Vec<&str> = match words.first() {
        Some(&("Dr." | "Dr" | "Prof." | "Mr" | "Mr." | "Ms" | "Ms." | "Mrs" | "Mrs.")) => {
            words[1..].to_vec()
        }
        _ => words,
    };
    let lowers = [
        "de", "da", "do", "dos", "das", "van", "von", "der", "del", "la", "le",
    ];
    (1..=4).contains(&words.len())
        && words.iter().any(|w| capitalised(w))
        && words.iter().all(|w| {
            let shouting = w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !w.chars().any(char::is_lowercase);
            !shouting
                && (capitalised(w) || lowers.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
                && !tables.iter().any(|t| {
                    t.not_names.contains(w)
                        || t.team_words.contains(&w.to_lowercase().as_str())
                        || t.generic.contains(&w.to_lowercase().as_str())
                })
                && !ORG_WORDS.contains(&w.to_lowercase().as_str())
                && !org_compound(w)
                && !super::names::is_legal(w)
        })
        && !has_role_word(name, tables)
        && !(words.len() == 1 && words[0].chars().count() < 2)
}

/// The part of a signature line before a title or company:
/// "Priya Raman | Talent Partner", "Ruth at Saltmarsh", "Lena von Fuchsbau".
pub(super) fn name_part(line: &str) -> &str {
    let line = line.trim().trim_end_matches(',');
    let cut = [
        " | ", " · ", " – ", " — ", " - ", ", ", " at ", " from ", " von ", " @ ",
    ]
    .iter()
    .filter_map(|s| line.find(s))
    .min()
    .unwrap_or(line.len());
    line[..cut].trim()
}

/// The person who signed: the first name-like line after the closing
/// (the fuller form if the next line repeats it: "Tom", then "Tom Hartley").
pub(super) fn signer(lines: &[&str], tables: &[&Table]) -> Option<String> {
    let (i, same_line) = sign_off(lines, tables)?;
    let mut rest: Vec<&str> = Vec::new();
    if let Some(name) = same_line {
        rest.push(name);
    }
    rest.extend(
        lines[i + 1..]
            .iter()
            .filter(|l| !l.trim().is_empty())
            .take(3),
    );
    let mut found: Option<&str> = None;
    for line in rest {
        let n = name_part(line);
        if !person_like(n, tables) {
            if found.is_some() {
                continue;
            }
            return None;
        }
        match found {
            None => found = Some(n),
            Some(f) if n.len() > f.len() && n.starts_with(f) => found = Some(n),
            Some(_) => {}
        }
    }
    found.map(str::to_string)
}
