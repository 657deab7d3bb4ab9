//! Words: names compared (`key`), lowercase kept in place, cues found at
//! word starts, job-title stems, generic words and places — in any of the
//! five languages.

use super::tables::{Table, LEGAL_JOINERS};

/// `name` is a legal form ("Ltd", "GmbH", "S.A.").
pub(super) fn is_legal(w: &str) -> bool {
    super::tables::LEGAL.contains(&w)
}

/// Month and weekday names (any language) start no name.
#[rustfmt::skip]
pub(super) const CALENDAR: [&str; 40] = [
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
    "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Lundi", "Mardi", "Mercredi", "Jeudi",
    "Vendredi", "Segunda", "Terça", "Quarta", "Quinta", "Sexta",
];

/// Whether a line has a legal form in it ("Cobalt Retail Ltd, 14 Market St").
pub(super) fn has_legal(line: &str) -> bool {
    line.split(' ')
        .any(|w| is_legal(w.trim_end_matches([',', ';', '.', ')'])) || is_legal(w))
}

/// Where `part`, a slice of `outer`, ends in it (the end of `outer` if it isn't one).
pub(super) fn end_of(outer: &str, part: &str) -> usize {
    let (o, p) = (outer.as_ptr() as usize, part.as_ptr() as usize);
    if p >= o && p + part.len() <= o + outer.len() {
        p - o + part.len()
    } else {
        outer.len()
    }
}

/// `name` without a trailing legal form ("Acme, Inc." → "Acme").
pub(super) fn strip_legal(name: &str) -> &str {
    let mut n = name.trim();
    loop {
        let Some((head, last)) = n.rsplit_once(' ') else {
            return n;
        };
        if is_legal(last) || LEGAL_JOINERS.contains(&last) {
            n = head.trim_end().trim_end_matches(',').trim_end();
        } else {
            return n;
        }
    }
}

/// Lowercase, accents dropped, letters and digits only: how two mentions
/// of a name are compared ("Müller & Söhne GmbH" ~ "muller sohne").
pub(super) fn key(name: &str) -> String {
    let n = strip_legal(name);
    // (Called for every mention compared: copy only when an ending may be there.)
    let ungendered;
    let n = if n.contains(['(', '/']) {
        ungendered = without_gender_endings(n);
        ungendered.as_str()
    } else {
        n
    };
    let n = n
        .strip_prefix("The ")
        .or_else(|| n.strip_prefix("the "))
        .unwrap_or(n);
    let mut out = String::with_capacity(n.len());
    for c in n.chars().flat_map(char::to_lowercase) {
        let c = fold(c);
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    let out = out.trim_end().to_string();
    out.replace(" and ", " ")
}

/// A title's other gender's ending, as written after a word:
/// "Engenheiro(a)", "Técnico/a", "Mitarbeiter/in", "Vendeur(se)".
const GENDER_ENDINGS: [&str; 14] = [
    "(a)", "(o)", "(e)", "(as)", "(in)", "(innen)", "(se)", "/a", "/o", "/in", "/-in", "/e",
    "/-frau", "/frau",
];

/// `name` without [`GENDER_ENDINGS`], so both forms of a title compare
/// equal ("Engenheiro(a) Civil" ~ "Engenheiro Civil").
fn without_gender_endings(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    'scan: while let Some(c) = rest.chars().next() {
        if out.chars().next_back().is_some_and(char::is_alphabetic) {
            for e in GENDER_ENDINGS {
                if let Some(after) = rest.strip_prefix(e) {
                    if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                        rest = after;
                        continue 'scan;
                    }
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A lowercase letter without its accent.
pub(super) fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ß' => 's',
        c => c,
    }
}

/// Lowercase with each character's length kept, so byte offsets found in
/// the result are offsets in `s` too.
pub(super) fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .map(|c| {
            let mut l = c.to_lowercase();
            match (l.next(), l.next()) {
                (Some(a), None) if a.len_utf8() == c.len_utf8() => a,
                _ => c,
            }
        })
        .collect()
}

/// Every place in `low` (a line in [`lower_same_len`]) where `cue` ends,
/// the cue starting at a word's start.
pub(super) fn cue_ends(low: &str, cue: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = low.get(from..).and_then(|s| s.find(cue)) {
        let at = from + i;
        let boundary = low[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if boundary {
            found.push(at + cue.len());
        }
        from = at + cue.len().max(1);
    }
    found
}

/// Whether a word is (the stem of) a job title in any language: the stem
/// itself, the stem and up to three more letters ("Engineers", "Analista"),
/// or a compound ending in a long stem ("Projektmanager").
pub(super) fn is_role_word(w: &str, _tables: &[&Table]) -> bool {
    let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
    // "Treasury Systems BA", "Senior PM": titles written short, in capitals
    // only ("ba" alone would start "bank").
    if UPPER_TITLES.contains(&bare) {
        return true;
    }
    let low = bare.to_lowercase();
    if low.is_empty() {
        return false;
    }
    let set = super::tables::role_word_set();
    let cuts: Vec<usize> = low
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(low.len()))
        .collect();
    let n = cuts.len() - 1;
    // Prefixes of `low` that leave at most three letters.
    let prefix = cuts[n.saturating_sub(3).max(1)..]
        .iter()
        .any(|&c| set.contains(&low[..c]));
    // Long stems at the end of a compound, maybe with an ending ("…referentin").
    let suffix = cuts[1..n].iter().enumerate().any(|(k, &c)| {
        let from = k + 1;
        cuts[(from + 1).max(n.saturating_sub(3))..]
            .iter()
            .any(|&d| d - c >= 6 && set.contains(&low[c..d]))
    });
    prefix || suffix
}

/// Whether a phrase has a job title's word in it.
pub(super) fn has_role_word(n: &str, tables: &[&Table]) -> bool {
    n.split([' ', '-', '/', '(', ')', ','])
        .any(|w| is_role_word(w, tables))
}

/// Job titles written as capitals (in capitals only).
#[rustfmt::skip]
const UPPER_TITLES: [&str; 12] = [
    "BA", "PM", "SWE", "SDR", "BDR", "AE", "CSM", "EA", "PA", "RN", "LPN", "HCA",
];

/// Words of the hiring process that end German compounds (checked in every
/// language: no English, Spanish, French or Portuguese name ends so).
#[rustfmt::skip]
const COMPOUND_HEADS: [&str; 11] = [
    "gespräch", "interview", "termin", "verschiebung", "einladung", "absage", "zusage",
    "bestätigung", "rückmeldung", "angebot", "bewerbung",
];

/// Whether every word of `n` is a generic word (no name) in any language:
/// "Update", "Your application", "Absage".
pub(super) fn is_generic(n: &str, _detected: &[&Table]) -> bool {
    let set = super::tables::generic_words();
    let whole = n.trim().to_lowercase();
    if set.contains(&whole) {
        return true;
    }
    let mut any = false;
    for w in whole
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
    {
        any = true;
        let calendar = CALENDAR
            .iter()
            .any(|c| c.chars().flat_map(char::to_lowercase).eq(w.chars()));
        // "Terminverschiebung", "Abschlussgespräch": a German compound
        // whose head is a word of the process.
        let compound = COMPOUND_HEADS
            .iter()
            .any(|h| w.len() > h.len() + 2 && w.ends_with(h));
        if !(set.contains(w) || calendar || compound || is_location(w)) {
            return false;
        }
    }
    any
}

/// Places, for location tails cut from a role ("… — Dublin").
#[rustfmt::skip]
const PLACES: [&str; 139] = [
    // Regions a subject or a job names: "Area Manager – North West".
    "north west", "north east", "south west", "south east", "east midlands", "west midlands", "yorkshire", "east anglia", "the midlands",
    "remote", "hybrid", "onsite", "on-site", "homeoffice", "home office", "remoto", "híbrido",
    "hibrido", "télétravail", "teletrabajo", "london", "manchester", "leeds", "bristol",
    "birmingham", "edinburgh", "glasgow", "cardiff", "belfast", "dublin", "cork", "liverpool",
    "cambridge", "oxford", "new york", "nyc", "san francisco", "sf", "seattle", "austin", "boston",
    "chicago", "los angeles", "denver", "toronto", "vancouver", "montreal", "montréal", "sydney",
    "melbourne", "singapore", "berlin", "münchen", "munich", "hamburg", "frankfurt", "köln",
    "cologne", "düsseldorf", "stuttgart", "leipzig", "dresden", "hannover", "nürnberg", "wien",
    "vienna", "zürich", "zurich", "basel", "bern", "genf", "madrid", "barcelona", "valencia",
    "sevilla", "seville", "bilbao", "málaga", "zaragoza", "paris", "lyon", "marseille", "toulouse",
    "bordeaux", "lille", "nantes", "strasbourg", "nice", "bruxelles", "brussels", "amsterdam",
    "rotterdam", "lisboa", "lisbon", "porto", "são paulo", "sao paulo", "rio de janeiro",
    "belo horizonte", "curitiba", "porto alegre", "recife", "brasília", "ciudad de méxico", "cdmx",
    "mexico city", "monterrey", "guadalajara", "bogotá", "bogota", "buenos aires", "santiago",
    "lima", "uk", "usa", "us", "eu", "emea", "europe", "germany", "deutschland", "spain", "españa",
    "france", "brasil", "brazil", "ireland", "portugal",
    // Continents, as a text names them ("proveedores de acero en Asia").
    "asia", "asien", "africa", "áfrica", "afrika", "latinoamérica", "lateinamerika", "oceania",
    "europa", "nordamerika", "südamerika",
];

pub(super) fn is_location(text: &str) -> bool {
    let low = text.trim().to_lowercase();
    if low.is_empty() {
        return false;
    }
    if town_and_state(text.trim()) || town_and_uf(text.trim()) {
        return true;
    }
    // "Dublin", "London, UK", "Remote (EU)", "Berlin / Remote"
    low.split([',', '/', '(', ')', '|', '&'])
        .map(|p| p.trim())
        .filter(|p| !p.is_empty() && *p != "or" && *p != "oder" && *p != "ou" && *p != "o")
        .all(|p| PLACES.contains(&p))
}

/// US states' and Canadian provinces' postal codes.
#[rustfmt::skip]
const STATE_CODES: [&str; 63] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON",
    "PE", "QC", "SK",
];

/// Brazil's states' codes, as a job's place gives them ("Rio Verde/GO",
/// "(MG)").
#[rustfmt::skip]
const UF_CODES: [&str; 27] = [
    "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB",
    "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
];

/// "Rio Verde/GO", "Contagem - MG", "MG": a town (one to four capitalised
/// words, or "Sede – …" before it) and a Brazilian state's code, or the
/// code alone.
fn town_and_uf(text: &str) -> bool {
    if UF_CODES.contains(&text) {
        return true;
    }
    let Some((town, code)) = text.rsplit_once('/').or_else(|| text.rsplit_once(" - ")) else {
        return false;
    };
    let town = town.rsplit(['–', '-']).next().unwrap_or(town).trim();
    let words: Vec<&str> = town.split(' ').collect();
    UF_CODES.contains(&code.trim())
        && (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) || matches!(*w, "de" | "do" | "da" | "dos" | "das")
        })
}

/// "Sparks, NV", "Red Deer, AB": a town (one to three capitalised words)
/// and a state's code, as an address line gives them.
fn town_and_state(text: &str) -> bool {
    let Some((town, code)) = text.rsplit_once(", ") else {
        return false;
    };
    let code = code.split(' ').next().unwrap_or("");
    let words: Vec<&str> = town.split(' ').collect();
    STATE_CODES.contains(&code)
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}
