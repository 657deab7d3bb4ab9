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
const COMPANY_JOINERS: [&str; 26] = [
    "&", "and", "of", "+", "und", "von", "van", "der", "den", "de", "du", "des", "la", "le", "del",
    "y", "e", "et", "da", "do", "dos", "das", "am", "im", "zum", "zur",
];

/// An organisation's head word that "for" may follow inside its name.
#[rustfmt::skip]
const FOR_HEADS: [&str; 12] = [
    "Department", "Ministry", "Office", "Centre", "Center", "Institute", "Foundation",
    "Council", "Commission", "Agency", "Alliance", "Society",
];

/// Words of the hiring process that start no title ("puesto de …", "selección – …").
#[rustfmt::skip]
const NOT_A_TITLE: [&str; 24] = [
    "puesto", "vacante", "posición", "cargo", "oferta", "proceso", "selección", "empleo",
    "candidatura", "poste", "offre", "candidature", "recrutement", "emploi", "vaga", "processo",
    "seletivo", "emprego", "trabalho", "position", "role", "job", "stelle", "bewerbung",
];

/// Internships, whose field follows "em"/"en" ("Estágio em Finanças").
/// Titles' words that name their field after "em"/"en".
const SPECIALISTS: [&str; 6] = [
    "especialista",
    "especialista(a)",
    "profissional",
    "mestre",
    "doutor",
    "doutora",
];

const INTERNSHIPS: [&str; 7] = [
    "estágio",
    "estagio",
    "prácticas",
    "practicas",
    "stage",
    "praktikum",
    "pasantía",
];

/// Abbreviations a name may start with ("St. Brendan's Health", "Gebr. Tanner").
const NAME_ABBREVIATIONS: [&str; 5] = ["St", "Ste", "Mt", "Ft", "Gebr"];

/// Whether `w` is such an abbreviation with its point ("Gebr."): the name
/// goes on after it.
pub(super) fn name_abbreviation(w: &str) -> bool {
    w.strip_suffix('.')
        .is_some_and(|c| NAME_ABBREVIATIONS.contains(&c))
}

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

const TRAILING: [char; 12] = [
    ',', '.', ';', ':', '!', '?', '"', '»', '\u{201d}', '\u{201c}', '*', ')',
];

/// Opening quotation marks: "…", «…», “…”, German „…“.
const OPENING: [char; 4] = ['"', '«', '\u{201c}', '\u{201e}'];

/// Closing quotation marks (German closes with “).
const CLOSING: [char; 4] = ['"', '»', '\u{201d}', '\u{201c}'];

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
        let core = core.trim_start_matches(|c| OPENING.contains(&c) || c == '(');
        let lead = raw.len()
            - raw
                .trim_start_matches(|c| OPENING.contains(&c) || c == '(')
                .len();
        if lead > 0 && words > 0 {
            break;
        }
        let punct = raw.len() - lead - core.len();
        // "St. Brendan's Health": a saint's or a mount's abbreviation goes on.
        let saint = words == 0
            && NAME_ABBREVIATIONS.contains(&core)
            && raw[lead + core.len()..] == *"."
            && toks.get(i + 1).is_some_and(|t| capitalised(t.1));
        let punct = if saint { 0 } else { punct };
        let (core, possessive) = match core.strip_suffix("'s") {
            // "Children's Hospital", "St. Brendan's Health": an organisation's
            // word after the possessive belongs to the name.
            // So does one a few capitalised words on ("St Mary's Primary School").
            Some(c) => {
                let org = punct == 0
                    && toks[i + 1..]
                        .iter()
                        .take(3)
                        .take_while(|t| capitalised(t.1))
                        .any(|t| {
                            let w = t.1.trim_end_matches(TRAILING).to_lowercase();
                            super::tables::ORG_WORDS.contains(&w.as_str())
                        });
                (if org { core } else { c }, !org)
            }
            None => (core, false),
        };
        // "Alto Health and 9 more jobs": a number after a joiner is no name;
        // nor is a year after one ("… Energia 2026").
        let digits = core.chars().all(|c| c.is_ascii_digit());
        let year = digits && core.len() == 4 && (core.starts_with("19") || core.starts_with("20"));
        if digits && (joiners > 0 || (words > 0 && year)) {
            break;
        }
        // "Taberna El Faro", "Minera Los Andes", "Hotel La Perla".
        let article = words > 0
            && punct == 0
            && matches!(
                core,
                "El" | "La" | "Los" | "Las" | "Le" | "Les" | "Lo" | "Il" | "O" | "Os"
            )
            && toks.get(i + 1).is_some_and(|t| {
                capitalised(t.1) && !not_name_anywhere(t.1.trim_end_matches(TRAILING))
            });
        if article && joiners < 2 {
            joiners += 1;
            i += 1;
            continue;
        }
        // "Department for Transport", "Institute for Fiscal Studies": "for"
        // joins right after an organisation's head word (and nowhere else:
        // "Acme for Senior Analyst" is two things).
        let for_org = words == 1
            && core == "for"
            && FOR_HEADS.contains(&toks[0].1.trim_end_matches(TRAILING));
        if words > 0 && (COMPANY_JOINERS.contains(&core) || for_org) && punct == 0 && joiners < 2 {
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
        // "Fournil d'Antan": an elided "de" before a capital goes on.
        let elided = words > 0
            && ["d'", "d’"]
                .iter()
                .any(|p| core.strip_prefix(p).is_some_and(capitalised));
        let ok = (capitalised(core) || elided)
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
            let next_raw = toks
                .get(i + 1)
                .map(|t| t.1.trim_end_matches([',', ';', ':', ')']))
                .unwrap_or("");
            let comma = raw[lead + core.len()..].starts_with(',');
            if comma && (is_legal(next) || is_legal(next_raw)) {
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
    let opening = |c: char| OPENING.contains(&c) || c == '(';
    let name = name.trim_start_matches(opening);
    let from = start + (s.len() - s.trim_start_matches(opening).len());
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
    // A title in quotes ("« Technicien de maintenance H/F »", „Sachbearbeiter
    // Buchhaltung (m/w/d)“): read from inside, up to the closing mark.
    let quoted = line[start..].starts_with(OPENING);
    let start = if quoted {
        let inner = start + line[start..].chars().next().map_or(0, char::len_utf8);
        let inner = inner + (line[inner..].len() - line[inner..].trim_start().len());
        // The whole quotation, when it is short enough to be a title.
        if let Some(close) = line[inner..].find(CLOSING) {
            let title = line[inner..inner + close].trim_end();
            let words = title.split(' ').filter(|w| !w.is_empty()).count();
            if (1..=12).contains(&words)
                && title.len() <= 100
                && title.starts_with(|c: char| c.is_alphanumeric())
            {
                return Some(title);
            }
        }
        inner
    } else {
        start
    };
    let s = line.get(start..)?;
    let mut end: Option<usize> = None;
    let mut words = 0;
    let mut depth = 0i32;
    let mut pending = 0;
    let mut conjunction = false;
    let toks: Vec<(usize, &str)> = tokens(s).take(20).collect();
    for (n, &(off, raw)) in toks.iter().enumerate() {
        if raw.is_empty() {
            break;
        }
        let core = raw.trim_end_matches(|c| {
            [',', '.', ';', ':', '!', '?', '*'].contains(&c) || CLOSING.contains(&c)
        });
        let punct = raw.len() - core.len();
        let closes_quote = quoted && raw[core.len()..].contains(CLOSING);
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
                || tables.iter().any(|t| t.joiners.contains(&low.as_str()))
                || (!loose && low == "in" && {
                    // "Lecturer in Economics", not "Engineer in London".
                    let next = toks.get(n + 1).map_or("", |t| t.1);
                    let next = next.trim_end_matches([',', '.', ';', ':', '!', '?']);
                    capitalised(next) && !not_name(next, tables) && !super::words::is_location(next)
                }))
            && punct == 0
        {
            pending += 1;
            if pending > 2 {
                break;
            }
            // "… de Hotel y la estamos revisando": after "y", an article
            // still starts a new clause.
            conjunction |=
                ["e", "y", "et", "and", "und", "&", "ou", "o", "or"].contains(&low.as_str());
            continue;
        } else if loose
            && (1..=2).contains(&words)
            && pending == 0
            && matches!(low.as_str(), "em" | "en" | "in" | "im")
            && (INTERNSHIPS.contains(&toks[0].1.to_lowercase().as_str())
                || SPECIALISTS.contains(&toks[n - 1].1.to_lowercase().as_str()))
            && toks.get(n + 1).is_some_and(|t| capitalised(t.1))
        {
            // "Estágio em Finanças", "Estágio Profissional em Marketing
            // Digital", "Especialista em Saúde Materna".
            pending += 1;
            continue;
        } else if loose && conjunction && !capitalised(core) && {
            // "Analista de Dados e gostaríamos de…": a new clause; but
            // "Directeur administratif et financier basé à Rennes": the
            // title's last word, before a stop, a sign or the line's end.
            let next = toks.get(n + 1).map_or("", |t| t.1).to_lowercase();
            let last = punct > 0
                || next.is_empty()
                || tables.iter().any(|t| t.role_stops.contains(&next.as_str()));
            !last || pending > 1
        } {
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
            // "Warehouse Team Lead": a team before a title's word is the title's.
            let team = core == "Team"
                && toks
                    .get(n + 1)
                    .is_some_and(|t| super::words::is_role_word(t.1, tables));
            capitalised(core)
                && (team || !not_name(core, tables))
                && core.chars().any(char::is_alphanumeric)
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
