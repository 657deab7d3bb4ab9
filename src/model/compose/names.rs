//! Who the message is to: a recipient's name as typed (or as found in a
//! rejection's signature) turned into the name a person would greet them by.

use super::join::clean_value;
use crate::lang::Lang;

/// How to address the recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Addressee {
    /// By first name: "Ana".
    Person(String),
    /// By title and surname: "Dr." + "Ruiz".
    Titled { title: String, surname: String },
    /// A team or shared inbox: "Hiring Team", "Talent Acquisition".
    Team,
    /// No usable name (empty, an email address, only a title).
    Unknown,
}

/// Titles, matched without case or a final ".": (typed, as written, whether
/// a "." typed after it is kept). "M." (Monsieur) needs its dot, since a bare
/// "M" is more likely an initial.
const TITLES: [(&str, &str, bool); 17] = [
    ("dr", "Dr", true),
    ("dra", "Dra", true),
    ("prof", "Prof", true),
    ("mr", "Mr", true),
    ("mrs", "Mrs", true),
    ("ms", "Ms", true),
    ("mx", "Mx", true),
    ("miss", "Miss", false),
    ("herr", "Herr", false),
    ("frau", "Frau", false),
    ("sr", "Sr", true),
    ("sra", "Sra", true),
    ("srta", "Srta", true),
    ("m.", "M", true),
    ("mme", "Mme", false),
    ("mlle", "Mlle", false),
    ("professor", "Professor", false),
];

/// Words that make a "name" a team or a shared inbox.
const TEAM_WORDS: &str = "team recruiting recruitment recruiter recruiters talent acquisition \
    hiring hr careers jobs people resources noreply no-reply donotreply staffing";

/// Job titles after a comma ("Ana Ruiz, Talent Partner") rather than a
/// first name ("Ruiz, Ana").
const JOB_WORDS: &str = "recruiter manager director lead head partner coordinator specialist \
    officer engineer founder ceo cto vp president associate";

/// Letters after a name, dropped from the end: "Ana Ruiz, PhD", "Jr.".
const SUFFIXES: &str = "jr sr ii iii iv phd ph.d md mba esq cpa msc dds";

/// Given names that, second after another given name, make one first name
/// ("Ana María", "José Luis", "Mary Jane"): rarely a surname.
const SECOND_GIVEN: &str = "maría maria josé jose luis carlos antonio manuel isabel elena teresa jesús jesus ángel angel eugenia fernanda luisa lucía lucia jane anne ann marie louise claude pierre françois francois";

/// Words that belong to a surname: "van der Berg", "de la Cruz".
const PARTICLES: &str = "van von der den de del della di da du dos das do la le ten ter bin";

/// A typed name taken apart: titles in front, then the name's words.
enum Parsed {
    Team,
    Unknown,
    Named {
        titles: Vec<String>,
        words: Vec<String>,
        /// "ANA RUIZ", "ana ruiz" or "ada LOVELACE": no word written with care.
        uncased: bool,
    },
}

fn parse(typed: &str) -> Parsed {
    let name = strip_asides(typed);
    if name.contains('@') {
        return Parsed::Unknown;
    }
    let name = reorder_comma(&name);
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(['"', '“', '”', '\'', '‘', '’', ',', ';', ':', '!', '?'])
                .to_string()
        })
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.iter().any(|w| listed(TEAM_WORDS, &w.to_lowercase())) {
        return Parsed::Team;
    }
    while words.len() > 1 && is_suffix(&words[words.len() - 1]) {
        words.pop();
    }
    let mut titles = Vec::new();
    while let Some(t) = words.first().and_then(|w| title(w)) {
        titles.push(t);
        words.remove(0);
    }
    if words.is_empty() {
        return Parsed::Unknown;
    }
    let uncased = words
        .iter()
        .all(|w| !w.chars().any(char::is_lowercase) || !w.chars().any(char::is_uppercase));
    Parsed::Named {
        titles,
        words,
        uncased,
    }
}

/// A name's word as greeted: case mended if needed, no trailing "." or "-".
fn fix(word: &str, uncased: bool) -> String {
    shown(word, uncased)
        .trim_end_matches(['.', '-'])
        .to_string()
}

/// The surname with its particles ("de la Cruz"), unless the last word is
/// an initial.
fn surname(words: &[String], uncased: bool) -> Option<String> {
    let last = words.len() - 1;
    if is_initial(&words[last]) {
        return None;
    }
    let mut start = last;
    while start > 0 && listed(PARTICLES, &words[start - 1].to_lowercase()) {
        start -= 1;
    }
    let surname: Vec<String> = (start..=last)
        .map(|i| {
            if i == last {
                fix(&words[i], uncased)
            } else if uncased {
                words[i].to_lowercase()
            } else {
                words[i].clone()
            }
        })
        .collect();
    Some(surname.join(" "))
}

pub fn addressee(typed: &str) -> Addressee {
    let (titles, words, uncased) = match parse(typed) {
        Parsed::Team => return Addressee::Team,
        Parsed::Unknown => return Addressee::Unknown,
        Parsed::Named {
            titles,
            words,
            uncased,
        } => (titles, words, uncased),
    };
    let first = &words[0];
    let first_name = if is_initial(first) {
        // "J. Smith": an initial alone is not a greeting.
        match words.iter().position(|w| !is_initial(w)) {
            Some(_) => words
                .iter()
                .map(|w| shown(w, uncased))
                .collect::<Vec<_>>()
                .join(" "),
            None => String::new(),
        }
    } else if words.len() >= 2 && listed(SECOND_GIVEN, &words[1].to_lowercase()) {
        // A double first name: both words ("Ana María López" → "Ana María").
        format!("{} {}", fix(first, uncased), fix(&words[1], uncased))
    } else {
        fix(first, uncased)
    };
    if !titles.is_empty() {
        if let Some(surname) = surname(&words, uncased) {
            return Addressee::Titled {
                title: titles.join(" "),
                surname,
            };
        }
    }
    if first_name.is_empty() || first_name.ends_with('.') {
        Addressee::Unknown
    } else {
        Addressee::Person(first_name)
    }
}

/// What the titles in front of a name say, for languages whose greeting
/// agrees with them ("Liebe Frau Vogel", "Estimado Sr. Ortiz").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Titles {
    /// From a courtesy title: `Some(true)` for "Mrs", "Ms", "Frau", "Sra",
    /// "Mme", "Dra"; `Some(false)` for "Mr", "Herr", "Sr", "M.".
    pub woman: Option<bool>,
    pub doctor: bool,
    pub professor: bool,
}

/// A recipient as a formal greeting names them: the titles, every name
/// ("Ana María Ruiz", case mended, a trailing initial dropped) and the
/// surname (`None` when the last word is an initial). `None` for a team or
/// no usable name.
pub fn formal(typed: &str) -> Option<(Titles, String, Option<String>)> {
    let Parsed::Named {
        titles,
        mut words,
        uncased,
    } = parse(typed)
    else {
        return None;
    };
    let mut t = Titles::default();
    for title in &titles {
        match title.trim_end_matches('.') {
            "Mrs" | "Ms" | "Miss" | "Frau" | "Sra" | "Srta" | "Mme" | "Mlle" => {
                t.woman = Some(true)
            }
            "Mr" | "Herr" | "Sr" | "M" => t.woman = Some(false),
            "Dra" => {
                t.doctor = true;
                t.woman = Some(true);
            }
            "Dr" => t.doctor = true,
            "Prof" | "Professor" => t.professor = true,
            _ => {}
        }
    }
    let surname = surname(&words, uncased);
    while words.len() > 1 && is_initial(&words[words.len() - 1]) {
        words.pop();
    }
    let last = words.len() - 1;
    let full: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == last && !is_initial(w) {
                fix(w, uncased)
            } else if i > 0 && uncased && listed(PARTICLES, &w.to_lowercase()) {
                w.to_lowercase()
            } else {
                shown(w, uncased)
            }
        })
        .collect();
    Some((t, full.join(" "), surname))
}

/// Your own name under the sign-off, as you typed it but tidy.
pub fn sign_name(typed: &str) -> String {
    let s = clean_value(typed);
    let s = s.trim_end_matches([',', ';', ':', '!', '?']);
    match s.strip_suffix('.') {
        Some(core) => {
            let last = core.rsplit(' ').next().unwrap_or("");
            if last.chars().count() <= 1 || is_suffix(last) {
                s.to_string()
            } else {
                core.trim_end().to_string()
            }
        }
        None => s.to_string(),
    }
}

/// Drops "(she/her)", "<ana@acme.com>", "[External]" and what follows a
/// " | " or " - " ("Ana Ruiz | Talent Partner").
fn strip_asides(typed: &str) -> String {
    let mut s = String::new();
    let mut depth = 0u32;
    for c in typed.chars() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' | '>' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => s.push(c),
            _ => {}
        }
    }
    for cut in [" | ", " - ", " – ", " — ", " / "] {
        if let Some(i) = s.find(cut) {
            s.truncate(i);
        }
    }
    s.trim().to_string()
}

/// "Ruiz, Ana" → "Ana Ruiz"; "Ana Ruiz, PhD" and "Ana Ruiz, Recruiter" →
/// "Ana Ruiz".
fn reorder_comma(name: &str) -> String {
    let Some((before, after)) = name.split_once(',') else {
        return name.to_string();
    };
    let (before, after) = (before.trim(), after.trim());
    let after_words: Vec<&str> = after.split_whitespace().collect();
    let job = after_words.iter().any(|w| {
        let w = w.trim_matches(['.', ',']).to_lowercase();
        is_suffix(&w) || listed(JOB_WORDS, &w) || listed(TEAM_WORDS, &w)
    });
    if before.split_whitespace().count() == 1 && (1..=3).contains(&after_words.len()) && !job {
        format!("{} {before}", after.trim_end_matches(','))
    } else {
        before.to_string()
    }
}

fn title(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let bare = lower.strip_suffix('.').unwrap_or(&lower);
    let dotted = bare.len() != lower.len();
    TITLES.iter().find_map(|&(typed, shown, keeps_dot)| {
        let hit = typed == bare || (dotted && typed.strip_suffix('.') == Some(bare));
        hit.then(|| match dotted && keeps_dot {
            true => format!("{shown}."),
            false => shown.to_string(),
        })
    })
}

/// Whether `word` is one of the space-separated words of `list`.
fn listed(list: &str, word: &str) -> bool {
    list.split(' ').any(|w| w == word)
}

fn is_suffix(word: &str) -> bool {
    let lower = word.to_lowercase();
    listed(SUFFIXES, lower.trim_end_matches('.'))
}

/// "J", "J.", "A.J.": every part a single letter.
fn is_initial(word: &str) -> bool {
    word.split('.')
        .filter(|p| !p.is_empty())
        .all(|p| p.chars().count() == 1)
        && word.chars().any(char::is_alphabetic)
}

fn shown(word: &str, fix_case: bool) -> String {
    if fix_case {
        person_case(word)
    } else {
        word.to_string()
    }
}

/// A name typed in all capitals (or none) written as a person would:
/// "MARY-JANE" → "Mary-Jane", "O'BRIEN" → "O'Brien", "MCKAY" → "McKay".
fn person_case(word: &str) -> String {
    // "TJ", "AJ": initials, kept.
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() == 2
        && letters.iter().all(|c| c.is_uppercase())
        && (letters[1] == 'J' || !letters.iter().any(|c| "AEIOUY".contains(*c)))
    {
        return word.to_string();
    }
    let lower = word.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut start = true;
    let mut run = 0;
    for c in lower.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
        }
        if c.is_alphabetic() {
            run += 1;
        } else {
            // After a hyphen or a one-letter prefix such as "O'" or "D'".
            start = c == '-' || c == '.' || (matches!(c, '\'' | '’') && run == 1);
            run = 0;
        }
    }
    if out.starts_with("Mc") && out.chars().count() > 3 {
        let rest: String = out.chars().skip(2).collect();
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out = format!("Mc{}{}", c.to_uppercase(), chars.as_str());
        }
    }
    out
}

/// How a greeting names the recipient, so its words can agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// By name: "Ana" (in German the full name, "Ana Ruiz").
    Person,
    /// With a courtesy title for a woman: "Frau Dr. Vogel", "Sra. Gómez".
    Her,
    /// With a courtesy title for a man: "Herr Müller", "Monsieur Dupont".
    Him,
    /// With a title that says neither, or the full name instead of one.
    Titled,
}

/// The name a greeting uses in `lang`, and its form. English (and Spanish,
/// French and Portuguese, which greet a person by first name too) keep
/// issue #32's choice; a title becomes the language's own ("Mrs" is
/// "Frau" in German, "Sra." in Spanish, "Madame" in French). German
/// letters greet formally: never the first name alone, but the full name,
/// or the courtesy title and surname ("Guten Tag Ana Ruiz", "Lieber Herr
/// Müller"). A title that says neither man nor woman where the language's
/// title would ("Dr." in Spanish and Portuguese, any in French) gives way
/// to the full name.
pub fn greeting_name(lang: Lang, a: &Addressee, typed: &str) -> Option<(Form, String)> {
    let (form, name) = match a {
        Addressee::Team | Addressee::Unknown => return None,
        Addressee::Person(first) if lang != Lang::De => (Form::Person, first.clone()),
        Addressee::Titled { title, surname } if lang == Lang::En => {
            (Form::Titled, format!("{title} {surname}"))
        }
        Addressee::Person(first) => match formal(typed) {
            Some((_, full, _)) => (Form::Person, full),
            None => (Form::Person, first.clone()),
        },
        Addressee::Titled { title, surname } => {
            let Some((t, full, _)) = formal(typed) else {
                return Some((Form::Titled, format!("{title} {surname}")));
            };
            let form = match t.woman {
                Some(true) => Form::Her,
                Some(false) => Form::Him,
                None => Form::Titled,
            };
            let her = t.woman == Some(true);
            let with = |title: &str| (form, format!("{title} {surname}"));
            match lang {
                Lang::De => {
                    let mut words: Vec<&str> = Vec::new();
                    match t.woman {
                        Some(true) => words.push("Frau"),
                        Some(false) => words.push("Herr"),
                        None => {}
                    }
                    if t.professor {
                        words.push("Prof.");
                    }
                    if t.doctor {
                        words.push("Dr.");
                    }
                    let name = if t.woman.is_some() { surname } else { &full };
                    words.push(name);
                    (form, words.join(" "))
                }
                Lang::Fr => match t.woman {
                    Some(true) => with("Madame"),
                    Some(false) => with("Monsieur"),
                    None => (Form::Titled, full),
                },
                // Spanish and Portuguese.
                _ => match (t.woman, t.doctor, t.professor) {
                    (Some(_), true, _) => with(if her { "Dra." } else { "Dr." }),
                    (Some(true), false, true) if lang == Lang::Pt => with("Profa."),
                    (_, false, true) => with("Prof."),
                    (Some(true), false, false) => with("Sra."),
                    (Some(false), false, false) => with("Sr."),
                    (None, _, _) => (Form::Titled, full),
                },
            }
        }
    };
    Some((form, name))
}
