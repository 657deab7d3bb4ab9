//! Team and department words around a company's name, dropped without
//! cutting into real names ("Talent Bridge Ltd" stays).

use super::super::names::lower_same_len;
use super::super::tables::{Table, ORG_WORDS};

/// Articles and possessives before a team's name ("The", "Ihr", "L'équipe").
#[rustfmt::skip]
const TEAM_LEADS: [&str; 12] = [
    "the", "your", "ihr", "ihre", "euer", "dein", "el", "la", "le", "l'", "o", "a",
];

/// Words before a team's name that belong to the team ("Early Careers").
#[rustfmt::skip]
const TEAM_MODIFIERS: [&str; 8] = [
    "early", "graduate", "campus", "global", "central", "regional", "corporate", "university",
];

/// Departments a team's name may name ("Equipo de Ingeniería").
#[rustfmt::skip]
const DEPARTMENTS: [&str; 26] = [
    "ingeniería", "ingenieria", "tecnología", "tecnologia", "engenharia", "technik",
    "technologie", "engineering", "technology", "tech", "produto", "producto", "product",
    "datos", "dados", "data", "diseño", "design", "ventas", "vendas", "sales", "vertrieb",
    "finanzas", "finanças", "services", "service",
];

/// Words joining a team to its company ("Team der Acme", "Equipo de Acme").
#[rustfmt::skip]
const TEAM_LINKS: [&str; 10] = [
    "of", "at", "from", "der", "von", "de", "del", "da", "do", "des",
];

/// The longest team word (or a link) `low` ends with, as a whole word.
fn team_suffix(low: &str, tables: &[&Table]) -> Option<usize> {
    tables
        .iter()
        .flat_map(|t| t.team_words.iter())
        .chain(TEAM_LINKS.iter())
        .filter(|w| {
            low.ends_with(**w)
                && low[..low.len() - w.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c == ' ' || c == '-')
        })
        .map(|w| w.len())
        .max()
}

/// The longest team word (or an article) `low` starts with, as a whole word.
fn team_prefix(low: &str, tables: &[&Table]) -> Option<(usize, bool)> {
    tables
        .iter()
        .flat_map(|t| t.team_words.iter())
        .map(|w| (*w, false))
        .chain(TEAM_LEADS.iter().map(|w| (*w, true)))
        .chain(TEAM_LINKS.iter().map(|w| (*w, true)))
        .filter(|(w, _)| {
            low.starts_with(*w)
                && (w.ends_with('\'')
                    || low[w.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| c == ' ' || c == '-'))
        })
        .max_by_key(|(w, _)| w.len())
        .map(|(w, lead)| (w.len(), lead || w.contains(' ')))
}

/// The company's name out of a team's sign-off or display name: "The Acme
/// Talent Team" → "Acme", "Equipo de Selección Cobalto Digital" → "Cobalto
/// Digital", "Ihr Recruiting-Team der Nordwerk GmbH" → "Nordwerk GmbH".
/// A real name keeps its words ("Talent Forge Ltd"). `None` when no team
/// word was there to drop.
pub(super) fn strip_team<'a>(line: &'a str, tables: &[&Table]) -> Option<&'a str> {
    let mut s = line.trim().trim_end_matches([',', '.', '!', ':']);
    let mut dropped = false;
    let mut team = false;
    for _ in 0..6 {
        let low = lower_same_len(s);
        match team_suffix(&low, tables) {
            Some(n) if n < s.len() => {
                s = s[..s.len() - n].trim_end_matches([' ', '-', ',']);
                dropped = true;
                team = true;
                // "… Early Careers Team", "… Graduate Recruitment"
                if let Some((head, last)) = s.rsplit_once(' ') {
                    if TEAM_MODIFIERS.contains(&last.to_lowercase().as_str()) {
                        s = head.trim_end();
                    }
                }
            }
            _ => break,
        }
    }
    let mut led = false;
    for _ in 0..6 {
        let low = lower_same_len(s);
        // "Equipo de Ingeniería Brisa", "Time de Tecnologia Pitanga": a
        // department's word after a team's is the team's too.
        if led {
            if let Some((first, rest)) = s.split_once(' ') {
                if DEPARTMENTS.contains(&lower_same_len(first).as_str())
                    && !rest.trim().is_empty()
                    && !super::super::names::is_legal(rest.trim())
                {
                    s = rest.trim_start();
                    continue;
                }
            }
        }
        let Some((n, sure)) = team_prefix(&low, tables) else {
            break;
        };
        let article = TEAM_LEADS.contains(&low[..n].trim_end_matches(' '));
        if n >= s.len() {
            break;
        }
        let rest = s[n..].trim_start_matches([' ', '-']);
        // "Talent Forge Ltd" keeps its first word: a single team word starts
        // a sign-off only before a link, another team word, or a name
        // without a legal form.
        let rest_low = lower_same_len(rest);
        let linked = TEAM_LINKS
            .iter()
            .any(|l| rest_low.starts_with(&format!("{l} ")));
        let legal = rest
            .rsplit(' ')
            .next()
            .is_some_and(super::super::names::is_legal);
        if !sure && !linked && legal && team_prefix(&rest_low, tables).is_none() {
            break;
        }
        s = rest;
        dropped = true;
        team |= !article;
        led = true;
    }
    let s = s.trim().trim_end_matches([',', '.', ':']);
    // "The Bike Shed" keeps its article: only a team's words are dropped.
    (dropped && team && !s.is_empty()).then_some(s)
}

/// A job title's shape: its first or last word a title's ("Head of
/// Analytics", "Senior Consultant"); plurals are firms' ("Partners").
pub(crate) fn titled(n: &str, tables: &[&Table]) -> bool {
    let words: Vec<&str> = n.split(' ').filter(|w| !w.is_empty()).collect();
    let title_word = |w: &str| {
        let low = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let listed = tables.iter().any(|t| t.role_words.contains(&low.as_str()));
        // "Consultoria", "Gestoría", "Bäckerei": a trade's business, no title.
        let business = ["ia", "ía", "ei", "erie"].iter().any(|e| low.ends_with(e)) && !listed;
        super::super::names::is_role_word(w, tables)
            && !ORG_WORDS.contains(&low.as_str())
            && (listed || !low.ends_with('s'))
            && !business
    };
    // "Bergmann & Partner", "Smith and Associates": a firm of partners.
    let firm = words.len() >= 3
        && matches!(
            words[words.len() - 2],
            "&" | "and" | "und" | "+" | "e" | "y" | "et"
        );
    match (words.first(), words.last()) {
        (Some(f), Some(l)) => title_word(f) || (title_word(l) && !firm),
        _ => false,
    }
}

/// Words of recruitment firms' names.
pub(super) fn agency_like(n: &str) -> bool {
    let low = n.to_lowercase();
    [
        "recruit",
        "talent",
        "staffing",
        "search",
        "personalberatung",
        "personalvermittlung",
        "personaldienst",
        // "Brückner Personal GmbH", a temporary-work firm.
        " personal",
        "zeitarbeit",
        "headhunt",
        "hunters",
        "executiv",
        "sélection",
        "selección",
        "seleção",
        "recrut",
        "reclut",
    ]
    .iter()
    .any(|w| {
        // ("Halden Research" is no search firm.)
        low.match_indices(w).any(|(i, _)| {
            *w != "search"
                || low[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphabetic())
        })
    })
}
