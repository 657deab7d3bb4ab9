//! Names in running text: a company's (a run of capitalised words, maybe a
//! legal form) and a role's (capitalised words with "of", dashes, levels and
//! parentheses; in French, Spanish and Portuguese also lowercase words up
//! to a preposition). Every function returns a slice of its input.

use super::tables::{Table, LEGAL_JOINERS};

pub(super) use super::words::{
    cue_ends, end_of, fold, has_legal, has_role_word, is_generic, is_legal, is_location,
    is_role_word, key, lower_same_len, strip_legal, CALENDAR,
};

/// Words joining the parts of a company's name, in any of the languages.
#[rustfmt::skip]
const COMPANY_JOINERS: [&str; 22] = [
    "&", "and", "of", "+", "und", "von", "van", "der", "den", "de", "du", "des", "la", "le", "del",
    "y", "e", "et", "da", "do", "dos", "das",
];

/// Words of the hiring process that start no title ("puesto de …", "selección – …").
#[rustfmt::skip]
const NOT_A_TITLE: [&str; 24] = [
    "puesto", "vacante", "posición", "cargo", "oferta", "proceso", "selección", "empleo",
    "candidatura", "poste", "offre", "candidature", "recrutement", "emploi", "vaga", "processo",
    "seletivo", "emprego", "trabalho", "position", "role", "job", "stelle", "bewerbung",
];

/// Abbreviations inside job titles ("Sr. Analyst", "Asst. Manager").
#[rustfmt::skip]
const ABBREVIATIONS: [&str; 12] = [
    "Sr", "Jr", "Snr", "Jnr", "Assoc", "Asst", "Mgr", "Dir", "Exec", "Eng", "Sen", "Int'l",
];

/// A word that can be part of a name: "Acme", "3M", "iOS", "eBay".
pub(super) fn capitalised(w: &str) -> bool {
    let mut c = w.chars();
    match (c.next(), c.next()) {
        (Some(a), _) if a.is_uppercase() || a.is_ascii_digit() => true,
        (Some(a), Some(b)) => a.is_lowercase() && b.is_uppercase(),
        _ => false,
    }
}

fn not_name(w: &str, tables: &[&Table]) -> bool {
    not_name_anywhere(w)
        && (CALENDAR.contains(&w) || tables.iter().any(|t| t.not_names.contains(&w)))
}

/// Whether `w` starts no name in any language (the word sets, built once).
fn not_name_anywhere(w: &str) -> bool {
    super::tables::not_name_words().contains(w) || CALENDAR.contains(&w)
}

/// Tokens of `s` split on spaces, with their byte offsets.
fn tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut off = 0;
    s.split(' ').map(move |w| {
        let at = off;
        off += w.len() + 1;
        (at, w)
    })
}

const TRAILING: [char; 11] = [',', '.', ';', ':', '!', '?', '"', '»', '\u{201d}', '*', ')'];

/// From byte `at` of `line`: the longest company-like name, copied from
/// the line ("Acme", "Müller & Söhne GmbH", "Acme, Inc.").
pub(super) fn company_at<'a>(line: &'a str, at: usize, tables: &[&Table]) -> Option<&'a str> {
    let rest = line.get(at..)?;
    let start = at + (rest.len() - rest.trim_start().len());
    let s = line.get(start..)?;
    let mut buf = [(0usize, ""); 16];
    let mut count = 0;
    for t in tokens(s).take(16) {
        buf[count] = t;
        count += 1;
    }
    let toks = &buf[..count];
    let mut end: Option<usize> = None;
    let mut words = 0;
    let mut joiners = 0;
    let mut i = 0;
    while i < toks.len() {
        let (off, raw) = toks[i];
        if raw.is_empty() {
            break;
        }
        // A legal form (and what joins several) ends the name.
        if words > 0 {
            let mut j = i;
            let mut legal_end = None;
            while j < toks.len() {
                let w = toks[j].1.trim_end_matches([',', ';', ':', '!', '?', ')']);
                if is_legal(w) {
                    legal_end = Some(toks[j].0 + w.len());
                } else if !LEGAL_JOINERS.contains(&w) {
                    break;
                }
                if w.len() != toks[j].1.len() {
                    break;
                }
                j += 1;
            }
            if let Some(e) = legal_end {
                end = Some(e);
                break;
            }
        }
        let core = raw.trim_end_matches(TRAILING);
        let core = core.trim_start_matches(['"', '«', '\u{201c}', '(']);
        let lead = raw.len() - raw.trim_start_matches(['"', '«', '\u{201c}', '(']).len();
        if lead > 0 && words > 0 {
            break;
        }
        let punct = raw.len() - lead - core.len();
        let (core, possessive) = match core.strip_suffix("'s") {
            Some(c) => (c, true),
            None => (core, false),
        };
        if words > 0 && COMPANY_JOINERS.contains(&core) && punct == 0 && joiners < 2 {
            joiners += 1;
            i += 1;
            continue;
        }
        // A greeting's word starts no name on a greeting's line ("Hola Sam,"),
        // but may start one elsewhere ("en Hola Viajes").
        let greeting = words == 0
            && not_name(core, tables)
            && tables
                .iter()
                .any(|t| t.greetings.contains(&core.to_lowercase().as_str()));
        let greeting_line = greeting && {
            let l = line.trim_end();
            l.ends_with([',', '!', ':']) && l.split(' ').take(6).count() <= 5
        };
        let ok = capitalised(core)
            && core.chars().any(char::is_alphanumeric)
            && !(words == 0 && not_name(core, tables) && !(greeting && (at > 0 || !greeting_line)))
            && !(words > 0
                && not_name_anywhere(core)
                && tables.iter().any(|t| t.not_names.contains(&core)));
        if !ok {
            break;
        }
        end = Some(off + lead + core.len());
        words += 1;
        joiners = 0;
        if possessive || words >= 6 {
            break;
        }
        if punct > 0 {
            let next = toks
                .get(i + 1)
                .map(|t| t.1.trim_end_matches(TRAILING))
                .unwrap_or("");
            let comma = raw[lead + core.len()..].starts_with(',');
            if comma && is_legal(next) {
                i += 1;
                continue;
            }
            break;
        }
        i += 1;
    }
    let name = s.get(..end?)?.trim();
    if name.is_empty() || name.len() > 90 {
        return None;
    }
    let name = name.trim_start_matches(['"', '«', '\u{201c}', '(']);
    let from = start + (s.len() - s.trim_start_matches(['"', '«', '\u{201c}', '(']).len());
    line.get(from..from + name.len())
}

/// A role's title from byte `at`: capitalised words, joiners, levels and
/// parentheses ("Data Engineer (L4)", "Head of Finance"); with `loose`
/// lowercase words too, up to a stop word ("chef de projet digital").
pub(super) fn role_at<'a>(
    line: &'a str,
    at: usize,
    tables: &[&Table],
    loose: bool,
) -> Option<&'a str> {
    let rest = line.get(at..)?;
    let start = at + (rest.len() - rest.trim_start().len());
    let quoted = line[start..].starts_with(['"', '«', '\u{201c}']);
    let start = if quoted {
        start + line[start..].chars().next().map_or(0, char::len_utf8)
    } else {
        start
    };
    let s = line.get(start..)?;
    let mut end: Option<usize> = None;
    let mut words = 0;
    let mut depth = 0i32;
    let mut pending = 0;
    let mut conjunction = false;
    for (off, raw) in tokens(s).take(20) {
        if raw.is_empty() {
            break;
        }
        let core = raw.trim_end_matches([',', '.', ';', ':', '!', '?', '"', '»', '*', '\u{201d}']);
        let punct = raw.len() - core.len();
        let closes_quote = quoted && raw[core.len()..].contains(['"', '»', '\u{201d}']);
        let low = core.to_lowercase();
        // "Sr. Software Engineer": a title's abbreviation keeps going.
        let abbreviation = raw.ends_with('.') && ABBREVIATIONS.contains(&core);
        let punct = if abbreviation { 0 } else { punct };
        let opens = core.matches('(').count() as i32;
        let closes = core.matches(')').count() as i32;
        let accepted = if depth > 0 || (core.starts_with('(') && words > 0) {
            true
        } else if words > 0
            && (matches!(core, "-" | "–" | "—" | "/" | "&")
                || tables.iter().any(|t| t.joiners.contains(&low.as_str())))
            && punct == 0
        {
            pending += 1;
            if pending > 2 {
                break;
            }
            conjunction =
                ["e", "y", "et", "and", "und", "&", "ou", "o", "or"].contains(&low.as_str());
            continue;
        } else if loose && conjunction && !capitalised(core) {
            // "Analista de Dados e gostaríamos de…": a new clause.
            break;
        } else if loose {
            #[rustfmt::skip]
const ARTICLES: [&str; 14] = [
    "el", "la", "los", "las", "le", "les", "un", "una", "o", "os", "as", "um", "uma", "the",
];
            let first_ok = words > 0
                || !(tables.iter().any(|t| t.joiners.contains(&low.as_str()))
                    || ARTICLES.contains(&low.as_str())
                    || NOT_A_TITLE.contains(&low.as_str()));
            !tables.iter().any(|t| t.role_stops.contains(&low.as_str()))
                && first_ok
                && core.chars().next().is_some_and(char::is_alphabetic)
                && !(words == 0 && not_name(core, tables))
        } else {
            capitalised(core) && !not_name(core, tables) && core.chars().any(char::is_alphanumeric)
        };
        if !accepted {
            break;
        }
        depth += opens - closes;
        pending = 0;
        conjunction = false;
        words += 1;
        end = Some(off + core.len());
        if words >= 9 || (punct > 0 && depth <= 0) || closes_quote {
            break;
        }
    }
    let name = s.get(..end?)?.trim_end();
    (!name.is_empty() && name.len() <= 100).then(|| line.get(start..start + name.len()))?
}
