//! The role's title: from "Role:" lines, "the … position", "position of …",
//! "Bewerbung als …", "puesto de …" and the subject; cleaned of
//! requisition ids, gender tags ("(m/w/d)"), location tails and team names.

use super::names::{cue_ends, end_of, has_role_word, is_location, role_at};
use super::rank::Pool;
use super::scan::Scan;
use super::tables::Table;
use super::Evidence;

/// A parenthesised tag that is no part of a title: "(m/w/d)", "(H/F)",
/// "(all genders)".
fn gender_tag(inner: &str) -> bool {
    let low = inner.to_lowercase();
    let parts: Vec<&str> = low.split(['/', '|', ',']).map(str::trim).collect();
    (parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() <= 2 && !p.is_empty()))
        || low.contains("gender")
        || low.contains("geschlecht")
        || low == "gn"
        || low == "*"
}

/// A gender tag written without parentheses: "H/F", "m/w/d", "F/H" (not "UX/UI").
fn bare_gender_tag(w: &str) -> bool {
    let low = w.to_lowercase();
    let parts: Vec<&str> = low.split('/').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| ["m", "w", "d", "f", "h", "x", "i", "div"].contains(p))
}

/// A span carrying a gender tag ("Lagerlogistiker (m/w/d)", "Vendeur H/F"):
/// only job titles carry one.
fn gender_tagged(span: &str) -> bool {
    let last = span.rsplit(' ').next().unwrap_or("");
    bare_gender_tag(last)
        || span.match_indices('(').any(|(i, _)| {
            span[i + 1..]
                .split_once(')')
                .is_some_and(|(t, _)| gender_tag(t))
        })
}

/// A kind of contract, no part of a title: "(CDI)", "– Teilzeit", "(CLT)".
fn contract_tag(inner: &str) -> bool {
    #[rustfmt::skip]
    const CONTRACTS: [&str; 30] = [
        "cdi", "cdd", "intérim", "interim", "alternance", "freelance", "full-time", "full time",
        "part-time", "part time", "permanent", "temporary", "fixed-term", "fixed term",
        "contract", "vollzeit", "teilzeit", "befristet", "unbefristet", "festanstellung",
        "minijob", "indefinido", "temporal", "jornada completa", "media jornada", "clt", "pj",
        "efetivo", "temporário", "tempo integral",
    ];
    // ("fixed term, 24 months": how long, too.)
    let months = |p: &str| {
        p.split_once(' ').is_some_and(|(n, unit)| {
            n.chars().all(|c| c.is_ascii_digit())
                && ["months", "month", "meses", "mois", "monate", "mes"].contains(&unit)
        })
    };
    // ("Vollzeit, 39 Std./Woche", "part-time, 22.5 hours": the hours, too.)
    let hours = |p: &str| {
        p.starts_with(|c: char| c.is_ascii_digit())
            && ["std", "stunden", "hours", "hrs", "heures", "horas"]
                .iter()
                .any(|u| p.contains(u))
    };
    let low = inner.trim().to_lowercase();
    low.split([',', '|'])
        .flat_map(|p| {
            if hours(p.trim()) {
                vec![p]
            } else {
                p.split('/').collect()
            }
        })
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| CONTRACTS.contains(&p) || months(p) || hours(p))
        && !low.trim().is_empty()
}

/// The UK civil service's grades, which a vacancy puts after its title:
/// "Policy Adviser (Higher Executive Officer)", "(HEO)".
#[rustfmt::skip]
const SERVICE_GRADES: [&str; 10] = [
    "administrative officer", "executive officer", "higher executive officer",
    "senior executive officer", "ao", "eo", "heo", "seo", "g6", "g7",
];

/// A pay grade in parentheses: "(Band 7)", "(Grade 5)", "(Level 3)", "(HEO)".
fn grade_tag(inner: &str) -> bool {
    let low = inner.to_lowercase();
    if SERVICE_GRADES.contains(&low.trim()) {
        return true;
    }
    let words: Vec<&str> = low.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    (2..=3).contains(&words.len())
        && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        && words.iter().any(|w| {
            [
                "band",
                "grade",
                "level",
                "lvl",
                "scale",
                "eg",
                "entgeltgruppe",
                "nivel",
                "nível",
                "niveau",
                "tvöd",
                "tv-l",
                "payband",
                "subgrupo",
                "grupo",
            ]
            .contains(w)
        })
}

/// Words of the hiring process a title doesn't start with ("Oportunidad
/// Jefe de Producción", "Vacancy Store Manager").
#[rustfmt::skip]
const LEAD_NOT_TITLE: [&str; 20] = [
    "opportunity", "oportunidad", "oportunidade", "opportunité", "vacancy", "vacante", "vaga",
    "puesto", "poste", "stelle", "cargo", "oferta", "offre", "candidature", "candidatura",
    "bewerbung", "application", "stellenangebot", "vacature", "opening",
];

/// "Requisition R-20931 Manufacturing Engineer III" → "Manufacturing
/// Engineer III": a requisition's number (and its word) before the title.
fn without_leading_id(s: &str) -> &str {
    let mut rest = s;
    for _ in 0..2 {
        let Some((first, tail)) = rest.split_once(' ') else {
            break;
        };
        let word = first.trim_end_matches([':', '.', '#']).to_lowercase();
        let number = first.chars().filter(char::is_ascii_digit).count() >= 3
            && !first.chars().any(char::is_lowercase);
        if number
            || (["requisition", "req", "ref", "reference"].contains(&word.as_str())
                && tail
                    .split(' ')
                    .next()
                    .is_some_and(|n| n.chars().filter(char::is_ascii_digit).count() >= 3))
        {
            rest = tail.trim_start_matches([' ', '-', '–', ':']);
        } else {
            break;
        }
    }
    if rest.is_empty() {
        s
    } else {
        rest
    }
}

/// A requisition or reference number: "R-20417", "Req. 20417", "#4471".
fn id_like(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let low = s.to_lowercase();
    digits >= 3
        || s.starts_with('#')
        || ["req", "ref", "job id", "id:", "id "]
            .iter()
            .any(|w| low.contains(w))
            && digits > 0
}

/// "… of our client", "… do nosso cliente": whose job it is, not the title.
#[rustfmt::skip]
const CLIENT_TAILS: [&str; 16] = [
    " of our client", " for our client", " at our client", " with our client",
    " bei unserem kunden", " bei unserem mandanten", " für unseren kunden", " für unseren mandanten",
    " de nuestro cliente", " para nuestro cliente", " de notre client", " pour notre client",
    " chez notre client", " do nosso cliente", " da nossa cliente", " para o nosso cliente",
];

/// Where a job is, after its title: "… de notre site de Saint-Malo", "…
/// de leur entrepôt de Vénissieux", "… at our Leeds warehouse".
#[rustfmt::skip]
const PLACE_TAILS: [&str; 28] = [
    " do nosso cd", " do nosso centro de distribuição", " da nossa planta", " na unidade",
    " de notre site", " de notre entrepôt", " de notre usine", " de notre agence",
    " de notre magasin", " de notre boutique", " de leur site", " de leur entrepôt",
    " de leur usine", " de leur agence", " de nuestra tienda", " de nuestra planta",
    " de nuestra oficina", " de nuestro almacén", " de nuestro centro", " da nossa loja",
    " da nossa fábrica", " do nosso centro", " da nossa unidade", " in unserem werk",
    " in unserer filiale", " at our warehouse", " at our store", " at our site",
];

/// What "job" may name besides a role: "the Hireloop job board".
const JOB_THINGS: [&str; 6] = [" board", " fair", " alert", " portal", " site", " seeker"];

/// "To work as": verbs a span may open with before its title.
#[rustfmt::skip]
const WORK_AS: [&str; 8] = [
    "atuar como ", "trabalhar como ", "trabajar como ", "travailler comme ", "work as ",
    "to work as ", "arbeiten als ", "join us as ",
];

/// Words a shop's or a site's name starts with, after a dash.
#[rustfmt::skip]
const SHOP_HEADS: [&str; 12] = [
    "loja", "tienda", "store", "filiale", "magasin", "boutique", "sucursal", "branch", "standort",
    // "– CD Contagem", "(Sede – Rio Verde/GO)": a distribution centre, a head office.
    "cd", "sede", "filial",
];

/// Levels a title may open with in lowercase ("our senior Backend Engineer").
#[rustfmt::skip]
const LEVELS: [&str; 8] = [
    "senior", "junior", "lead", "principal", "staff", "chief", "head", "deputy",
];

/// US states' and Canadian provinces' codes, after a town.
#[rustfmt::skip]
const STATES: [&str; 64] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL",
    "PE", "YT", "NT", "NU",
];

/// Words a team's name starts with, after a dash ("– Équipe Paiements").
const TEAM_HEADS: [&str; 5] = ["team", "équipe", "equipe", "equipo", "equipa"];

/// A hospital's or a firm's unit after a dash ("– Pôle Médecine
/// gériatrique"), cut even where a title's word is in its name.
const UNIT_HEADS: [&str; 9] = [
    "pôle",
    "unité",
    "unidade",
    "setor",
    "abteilung",
    "bereich",
    "bloco",
    "serviço",
    "departamento",
];

/// What follows a whole title and isn't part of it: whose job it is ("…
/// do nosso cliente"); after a dash, a requisition's number and what comes
/// after it ("Clinical Data Manager - Req 25-0193 - Raleigh, NC"), a team
/// ("– Équipe Paiements"), or the step the message is about ("(H/F) –
/// échange téléphonique"), a place or a shop ("– Valencia (C.C. Turia
/// Sur)"), with the place if it is one. `None`: nothing to cut.
fn without_tail<'a>(s: &'a str, tables: &[&Table]) -> Option<(&'a str, Option<&'a str>)> {
    // "Responsable qualité de notre site de Saint-Malo": where the job is.
    let low = s.to_lowercase();
    if let Some(at) = PLACE_TAILS
        .iter()
        .filter_map(|t| low.find(t))
        .min()
        .filter(|at| s.is_char_boundary(*at) && has_role_word(&s[..*at], tables))
    {
        return Some((s[..at].trim_end(), None));
    }
    for t in CLIENT_TAILS {
        let Some(n) = s.len().checked_sub(t.len()) else {
            continue;
        };
        if s.is_char_boundary(n) && s[n..].eq_ignore_ascii_case(t) && has_role_word(&s[..n], tables)
        {
            return Some((s[..n].trim_end(), None));
        }
    }
    let seps = [" - ", " – ", " — ", " | "];
    let mut cuts: Vec<(usize, usize)> = seps
        .iter()
        .flat_map(|sep| s.match_indices(sep).map(|(i, m)| (i, i + m.len())))
        .collect();
    cuts.sort_unstable();
    // ("Data Engineer – — Remote": two dashes share a space; one cut.)
    let mut end = 0;
    cuts.retain(|&(at, after)| {
        let keep = at >= end;
        if keep {
            end = after;
        }
        keep
    });
    cuts.iter().enumerate().find_map(|(n, &(at, after))| {
        let head = s[..at].trim_end();
        if head.is_empty() || !has_role_word(head, tables) {
            return None;
        }
        let seg = cuts
            .get(n + 1)
            .map_or(s.get(after..), |&(next, _)| s.get(after..next))?;
        let first = seg.split(' ').next().unwrap_or("").to_lowercase();
        let id = id_like(seg) && seg.split(' ').count() <= 3 && cuts.len() > n + 1;
        // (Not "- Team Lead position": a title's own words.)
        let titled = has_role_word(seg, tables);
        let team = seg.split(' ').count() <= 4
            && ((TEAM_HEADS.contains(&first.as_str()) && !titled)
                || UNIT_HEADS.contains(&first.as_str()));
        // "– Valencia (C.C. Turia Sur)", "– Loja Setor Bueno (Goiânia/GO)":
        // a place or a shop, and what is said of it.
        let place_word = seg.split([' ', '(', ',', '/']).next().unwrap_or("");
        let place = !titled && (is_location(place_word) || SHOP_HEADS.contains(&first.as_str()));
        let low = seg.to_lowercase();
        let step = !titled
            && tables.iter().any(|t| {
                [t.interview, t.screening, t.assessment, t.final_round]
                    .iter()
                    .flat_map(|l| l.iter())
                    .any(|c| !cue_ends(&low, c).is_empty())
            });
        let town = (place && is_location(place_word)).then_some(place_word);
        (id || team || step || place).then_some((head, town))
    })
}

/// The title without what a person wouldn't type into the form, and the
/// location cut from its end ("Store Manager - Leeds" → "Store Manager", "Leeds").
pub(super) fn clean<'a>(span: &'a str, tables: &[&Table]) -> Option<(&'a str, Option<&'a str>)> {
    let mut s = without_leading_id(span.trim());
    // "Leah Okafor, Customer Success Manager": a name, then the title.
    if let Some((head, tail)) = s.split_once(", ") {
        let words: Vec<&str> = head.split(' ').collect();
        if words.len() == 2
            && words.iter().all(|w| super::names::capitalised(w))
            && !has_role_word(head, tables)
            && has_role_word(tail, tables)
        {
            s = tail;
        }
    }
    // "atuar como Analista de Marketing Jr.": the verb before the title.
    for lead in WORK_AS {
        if s.len() > lead.len()
            && s.is_char_boundary(lead.len())
            && s[..lead.len()].eq_ignore_ascii_case(lead)
        {
            s = &s[lead.len()..];
        }
    }
    // "R-20931" alone: a requisition's number, no title.
    if !s.contains(' ') && id_like(s) {
        return None;
    }
    let mut location = None;
    for _ in 0..6 {
        let before = s;
        s = s.trim_end_matches([',', '.', ';', ':', '-', '–', '—', '|', ' ', '!']);
        if let Some((head, town)) = without_tail(s, tables) {
            location = location.or(town);
            s = head;
            continue;
        }
        // A trailing "( … )" or "[ … ]".
        if let Some(inner) = s
            .strip_suffix(')')
            .and_then(|h| h.rfind('(').map(|i| (i, &h[i + 1..])))
            .or_else(|| {
                s.strip_suffix(']')
                    .and_then(|h| h.rfind('[').map(|i| (i, &h[i + 1..])))
            })
        {
            let (at, text) = inner;
            // ("(Madrid, modalidad híbrida)": a place, then how it is worked.)
            let place = text.split([',', '/', ';']).next().unwrap_or(text);
            // ("(Sede – Rio Verde/GO)": a head office and its town.)
            let first = text.split(' ').next().unwrap_or("").to_lowercase();
            let shop = SHOP_HEADS.contains(&first.as_str());
            if at > 0
                && (gender_tag(text)
                    || grade_tag(text)
                    || contract_tag(text)
                    || id_like(text)
                    || is_location(place)
                    || is_location(text)
                    || shop)
            {
                if is_location(place) && location.is_none() {
                    location = Some(place.trim());
                } else if is_location(text) && location.is_none() {
                    location = Some(text.trim());
                }
                s = s[..at].trim_end();
                continue;
            }
        }
        // "Dental Receptionist (Part-Time) in Tulsa, OK": a town after "in",
        // with its US state or Canadian province (not "Lecturer in Computer
        // Science").
        if let Some(i) = s.rfind(" in ") {
            let (head, tail) = (&s[..i], &s[i + 4..]);
            let (place, state) = tail.split_once(", ").unwrap_or((tail, ""));
            let capital = place.split(' ').count() <= 3
                && place.split(' ').all(|w| w.starts_with(char::is_uppercase));
            // (Or one word after a title's parenthesis, where the mention
            // stopped at the state's comma: "(Part-Time) in Tulsa"; not two,
            // "(Band 5) in Intensive Care".)
            let stated = STATES.contains(&state)
                || (state.is_empty() && head.ends_with(')') && !place.contains(' '));
            if capital && stated && has_role_word(head, tables) {
                location = location.or(Some(place));
                s = head.trim_end();
                continue;
            }
        }
        // A trailing " - Leeds", ", London", " #4471", " (Req 1)".
        if let Some((head, tail)) = [" - ", " – ", " — ", " | ", ", ", " / ", " in ", " · "]
            .iter()
            .filter_map(|sep| s.rfind(sep).map(|i| (&s[..i], &s[i + sep.len()..])))
            .max_by_key(|(h, _)| h.len())
        {
            if !head.trim().is_empty() && is_location(tail) {
                location = location.or(Some(tail.trim()));
                s = head.trim_end();
                continue;
            }
            // (", EG 9b TVöD": a pay grade, too.)
            if !head.trim().is_empty() && (contract_tag(tail) || grade_tag(tail)) {
                s = head.trim_end();
                continue;
            }
            if !head.trim().is_empty() && id_like(tail) && tail.split(' ').count() <= 3 {
                s = head.trim_end();
                continue;
            }
        }
        if let Some((head, last)) = s.rsplit_once(' ') {
            // "Responsable logistique H/F", "Koch m/w/d" — a bare gender tag.
            if bare_gender_tag(last) && !head.trim().is_empty() {
                s = head.trim_end();
                continue;
            }
            if id_like(last) && !head.is_empty() {
                s = head.trim_end();
                continue;
            }
        }
        // A leading id or word of the process: "JR-0048812 Senior Treasury
        // Analyst", "Oportunidad Jefe de Producción".
        if let Some((first, rest)) = s.split_once(' ') {
            let word = first.trim_end_matches([':', ',']).to_lowercase();
            let lead = (id_like(first) && first.chars().any(|c| c.is_ascii_digit()))
                || LEAD_NOT_TITLE.contains(&word.as_str());
            if lead && has_role_word(rest, tables) {
                s = rest.trim_start_matches(['-', '–', ':', ' ']);
                continue;
            }
        }
        // A place or a team after a dash, beside a whole title: "Store
        // Manager - Glasgow Fort", "Software Engineer – Backend".
        if let Some((head, tail)) = [" - ", " – ", " — ", " | ", " · "]
            .iter()
            .filter_map(|sep| s.rfind(sep).map(|i| (&s[..i], &s[i + sep.len()..])))
            .max_by_key(|(h, _)| h.len())
        {
            let last = head.rsplit(' ').next().unwrap_or("");
            let words: Vec<&str> = tail.split(' ').filter(|w| !w.is_empty()).collect();
            if super::names::is_role_word(last, tables)
                && !words.is_empty()
                && words.len() <= 3
                && words
                    .iter()
                    .all(|w| super::names::capitalised(w) || matches!(*w, "&" | "/"))
                && !has_role_word(tail, tables)
            {
                s = head.trim_end();
                continue;
            }
        }
        // A team after a comma: "Product Manager, Payments".
        if let Some((head, tail)) = s.rsplit_once(", ") {
            let head_words = head.split(' ').count();
            let bare = match head.strip_suffix(')').and_then(|h| h.rfind('(')) {
                Some(i) => head[..i].trim_end(),
                None => head,
            };
            let last = bare.rsplit(' ').next().unwrap_or("");
            if head_words >= 2
                && super::names::is_role_word(last, tables)
                && !has_role_word(tail, tables)
                && tail.split(' ').count() <= 3
            {
                s = head.trim_end();
                continue;
            }
        }
        if s == before {
            break;
        }
    }
    let s = s.trim_end_matches([',', '.', ';', ':', '-', '–', '—', '|', ' ']);
    // "de Estágio", "of Sales": a piece cut after a title's first word, no title.
    let first = s.split(' ').next().unwrap_or("");
    let joiner = s.contains(' ') && tables.iter().any(|t| t.joiners.contains(&first));
    (s.chars().any(char::is_alphabetic) && s.len() >= 2 && !joiner).then_some((s, location))
}

/// Whether the words between a determiner and "position" make a title:
/// capitalised words ("Senior Buyer"), or a short lowercase one ending in
/// a title's word ("shift supervisor").
fn title_span(span: &str, tables: &[&Table]) -> bool {
    let words: Vec<&str> = span.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let first = words[0];
    if super::names::capitalised(first) {
        return role_at(span, 0, tables, false).is_some_and(|r| {
            end_of(span, r) >= span.trim_end_matches([',', ' ']).len()
                || span[end_of(span, r)..]
                    .trim_start_matches([',', ' '])
                    .split(' ')
                    .all(|w| super::names::capitalised(w) || matches!(w, "-" | "–" | "—"))
        });
    }
    words.len() <= 4
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && words
            .last()
            .is_some_and(|w| super::names::is_role_word(w, tables))
}

/// Marks a line of a list starts with.
pub(super) const BULLETS: [char; 6] = ['-', '•', '*', '·', '–', '▪'];

/// Mentions looked at, at most (a pasted mailbox repeats itself).
const MAX_MENTIONS: usize = 200;

/// The spans a role is named in, each with its weight: `(span, weight, evidence)`.
pub(super) fn mentions<'a>(s: &Scan<'a>, tables: &[&Table]) -> Vec<(&'a str, f32, Evidence)> {
    let mut out = Vec::new();
    let from = |i: usize| {
        if i == 0 {
            Evidence::Subject
        } else {
            Evidence::Message
        }
    };
    // "Role: Pastry Chef", "Job Title: …", "Puesto: …"
    for (i, line) in s.lines.iter().enumerate() {
        let low = s.low_line(i);
        // "- Role: Bakery Production Manager": a line of a list counts too.
        let bare = low.trim_start().trim_start_matches(BULLETS).trim_start();
        let lead = low.len() - bare.len();
        // "Re: Pharmacy Technician II – Outpatient": a letter's reference
        // line (not the subject's "Re:"), when it names a title.
        if i > 0 && low[lead..].starts_with("re:") {
            if let Some(r) =
                role_at(line, lead + 3, tables, false).filter(|r| has_role_word(r, tables))
            {
                out.push((r, 3.0, Evidence::Message));
            }
        }
        for t in tables {
            for k in t.role_keys {
                if low[lead..].starts_with(k) {
                    if let Some(r) = role_at(line, lead + k.len(), tables, t.role_lowercase) {
                        out.push((r, 4.0, from(i)));
                    }
                }
            }
        }
    }
    // A job board's card: the title on its own line, then "Employer · Place"
    // ("Financial Analyst\nSablewood Partners · Charlotte, NC (Hybrid)").
    for (i, line) in s.lines.iter().enumerate().skip(1).take(400) {
        let line = line.trim();
        let card = s
            .lines
            .get(i + 1)
            .is_some_and(|next| next.contains(" · ") && !next.trim_start().starts_with('·'));
        if card && (1..=8).contains(&line.split(' ').count()) && has_role_word(line, tables) {
            if let Some(r) = role_at(line, 0, tables, false).filter(|r| r.len() == line.len()) {
                out.push((r, 2.5, Evidence::Message));
            }
        }
    }
    // "the Senior Buyer position", "our iOS Engineer opening"
    for t in tables {
        for noun in t.role_nouns {
            let word = noun.trim_start();
            for at in s.find(word).into_iter().take(MAX_MENTIONS * 2) {
                if !s.low[..at].ends_with(' ') || out.len() >= MAX_MENTIONS {
                    continue;
                }
                let after = s.low.as_bytes().get(at + word.len());
                if after.is_some_and(|c| c.is_ascii_alphabetic()) {
                    continue;
                }
                // "an Equal Opportunity Employer", "the Bytewise Talent job
                // board": a phrase of its own, no role.
                let tail = &s.low[at + word.len()..];
                let ends = |w: &str| {
                    tail.strip_prefix(w).is_some_and(|r| {
                        let r = r.strip_prefix('s').unwrap_or(r);
                        r.chars().next().is_none_or(|c| !c.is_alphanumeric())
                    })
                };
                if tail.starts_with(" employer")
                    || (word == "job" && JOB_THINGS.iter().any(|w| ends(w)))
                {
                    continue;
                }
                let (i, off) = s.locate(at - 1);
                let (line, low) = (s.lines[i], s.low_line(i));
                let window = (off.saturating_sub(110)..off)
                    .find(|k| low.is_char_boundary(*k))
                    .unwrap_or(off);
                let det = t
                    .role_determiners
                    .iter()
                    .filter_map(|d| cue_ends(&low[window..off], d).last().map(|e| window + e))
                    .max();
                let Some(start) = det else { continue };
                // "the 2027 Graduate Programme" keeps its noun.
                let named = [" scheme", " programme", " program", " internship"].contains(noun)
                    && line[off + 1..].starts_with(|c: char| c.is_uppercase());
                let end = if named { off + noun.len() } else { off };
                let span = line[start..end].trim();
                // (Not across a sentence: "…Developer Experience. The role…".)
                if span.contains(". ") {
                    continue;
                }
                // ("our weekend Medical Assistant opening": where titles are
                // capitalised, the lowercase words before one describe it.)
                // (A level stays: "our senior Backend Engineer opening".)
                let span = if t.role_lowercase {
                    span
                } else {
                    let lead: usize = span
                        .split(' ')
                        .take_while(|w| w.starts_with(char::is_lowercase) && !LEVELS.contains(w))
                        .map(|w| w.len() + 1)
                        .sum();
                    // (Only before a capitalised title: "our ops assistant
                    // role" keeps its words.)
                    span.get(lead..)
                        .filter(|r| r.split(' ').any(|w| w.starts_with(char::is_uppercase)))
                        .unwrap_or(span)
                };
                if title_span(span, tables) {
                    let w = if super::names::capitalised(span) {
                        3.0
                    } else {
                        2.0
                    };
                    out.push((span, w, from(i)));
                }
            }
        }
    }
    // "position of …", "Bewerbung als …", "puesto de …"
    for t in tables {
        for (cue, weight) in t.role_cues {
            for at in s.find(cue).into_iter().take(MAX_MENTIONS * 2) {
                if out.len() >= MAX_MENTIONS {
                    break;
                }
                let (i, off) = s.locate(at);
                let line = s.lines[i];
                // "au poste d'Assistant": the longer cue ("poste d'") reads it.
                if cue.ends_with(' ')
                    && ["d'", "d’"]
                        .iter()
                        .any(|d| line[off + cue.len()..].starts_with(d))
                {
                    continue;
                }
                if let Some(r) = role_at(line, off + cue.len(), tables, t.role_lowercase) {
                    // "applying to Claims Handler (R-118204) at Halberd
                    // Insurance": a title, then its employer.
                    let rest = &line[end_of(line, r)..];
                    let rest = match rest.trim_start().strip_prefix('(') {
                        Some(inner) => inner.split_once(')').map_or("", |(_, after)| after),
                        None => rest,
                    };
                    let employer = rest
                        .strip_prefix(" at ")
                        .is_some_and(|n| n.starts_with(char::is_uppercase));
                    // A title in quotes after a cue is one for sure.
                    let quoted = line[off + cue.len()..]
                        .trim_start()
                        .starts_with(['"', '«', '\u{201c}', '\u{201e}']);
                    let w = if employer || quoted {
                        weight.max(2.5)
                    } else {
                        *weight
                    };
                    if *weight >= 3.0 || has_role_word(r, tables) || gender_tagged(r) {
                        out.push((r, w, from(i)));
                    }
                }
            }
        }
    }
    // "…für die Position\nQualitätsmanager (m/w/d)": a cue at the end of a
    // hard-wrapped line, its title at the next one's start.
    for t in tables {
        for (cue, weight) in t.role_cues.iter().filter(|(c, _)| c.ends_with(' ')) {
            let bare = cue.trim_end();
            for at in s.find(bare).into_iter().take(MAX_MENTIONS) {
                if out.len() >= MAX_MENTIONS || !s.low[at + bare.len()..].starts_with('\n') {
                    continue;
                }
                let (i, _) = s.locate(at);
                let Some(next) = s.lines.get(i + 1) else {
                    continue;
                };
                let lead = next.len() - next.trim_start_matches(['>', ' ']).len();
                if let Some(r) = role_at(next, lead, tables, t.role_lowercase) {
                    if has_role_word(r, tables) || gender_tagged(r) {
                        out.push((r, *weight, from(i + 1)));
                    }
                }
            }
        }
    }
    // The subject's pieces: "Halcyon Labs - Data Engineer (L4)", "Role at
    // Company", "Data Analyst interview".
    for piece in pieces(s.lines[0]) {
        // ("Saltmarsh Analytics – Staff ML Engineer?")
        let piece = piece.trim_end_matches(['?', '!']).trim_end();
        if piece.is_empty() {
            continue;
        }
        // "re: barista", "bookkeeper job", "Workshop mechanic": a title
        // written in lowercase (or in sentence case).
        let words: Vec<&str> = piece.split(' ').filter(|w| !w.is_empty()).collect();
        let lower = words.len() <= 3
            && words.iter().enumerate().all(|(k, w)| {
                w.chars().enumerate().all(|(j, c)| {
                    c.is_lowercase() || c == '-' || (k == 0 && j == 0 && c.is_uppercase())
                })
            })
            && (words.len() > 1 || words[0].starts_with(char::is_lowercase));
        let title = words.iter().rev().find(|w| {
            !tables
                .iter()
                .any(|t| t.role_nouns.contains(&format!(" {w}").as_str()))
        });
        if lower
            && title.is_some_and(|w| {
                super::names::is_role_word(w, tables) && !super::names::is_generic(w, tables)
            })
        {
            let end = end_of(piece, title.copied().unwrap_or(piece));
            out.push((&piece[..end], 2.0, Evidence::Subject));
            continue;
        }
        // ("Leitung Netzplanung (m/w/d) bei der Lindenauer Energie AG")
        let head = [" at ", " bei ", " chez "]
            .iter()
            .fold(piece, |h, w| h.split(w).next().unwrap_or(h))
            .trim();
        // "Offer Letter for Senior Accountant", "Interview Invitation for
        // Data Engineer": the email's own name, then the title.
        let head = match head.split_once(" for ") {
            Some((what, title))
                if !has_role_word(what, tables)
                    && has_role_word(title, tables)
                    && title.starts_with(char::is_uppercase) =>
            {
                title.trim()
            }
            _ => head,
        };
        if !has_role_word(head, tables) {
            continue;
        }
        // "Chef de projet digital (CDI)", "Conseiller clientèle bancaire":
        // in French, Spanish and Portuguese a title starts with its word
        // and goes on in lowercase.
        let first = head.split(' ').next().unwrap_or("");
        if tables[0].role_lowercase
            && super::names::is_role_word(first, tables)
            && !super::names::is_generic(first, tables)
        {
            if let Some(r) = role_at(head, 0, tables, true) {
                let tail = head[end_of(head, r)..].trim();
                if tail.is_empty() || tail.starts_with('(') {
                    out.push((head, 2.5, Evidence::Subject));
                    continue;
                }
            }
        }
        if let Some(r) = role_at(head, 0, tables, false) {
            let tail = head[end_of(head, r)..].trim();
            if tail.is_empty() || tail.starts_with('(') || tail.starts_with(',') {
                out.push((head, 2.5, Evidence::Subject));
            } else if super::names::is_generic(tail, tables) {
                out.push((r, 2.5, Evidence::Subject));
            }
        }
    }
    out
}

/// A subject split at " - ", " | ", ": " and the like — not inside
/// parentheses ("Planning Officer (Ref: NC-3391)" stays one piece).
pub(super) fn pieces(subject: &str) -> Vec<&str> {
    let mut out = vec![subject];
    for sep in [" - ", " – ", " — ", " | ", ": ", " · ", " // "] {
        out = out
            .into_iter()
            .flat_map(|p| split_outside_parens(p, sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    out
}

/// `s` split at `sep`, except where `sep` is inside "( … )".
fn split_outside_parens<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in s.match_indices(sep) {
        if at < start {
            continue;
        }
        let head = &s[start..at];
        if head.matches('(').count() > head.matches(')').count() {
            continue;
        }
        out.push(head);
        start = at + sep.len();
    }
    out.push(&s[start..]);
    out
}

/// Words of the hiring process, which no title holds ("próxima fase do
/// processo seletivo do Programa de Estágio").
#[rustfmt::skip]
const PROCESS: [&str; 16] = [
    "processo seletivo", "processo de seleção", "proceso de selección", "processus de recrutement",
    "processus de sélection", "selection process", "recruitment process", "hiring process",
    "bewerbungsprozess", "auswahlverfahren", "próxima fase", "siguiente fase", "next step",
    "prochaine étape", "nächste runde", "próxima etapa",
];

/// The role candidates, cleaned, and the location cut from the best one.
pub(super) fn candidates<'a>(
    mentions: &[(&'a str, f32, Evidence)],
    tables: &[&Table],
    companies: &[String],
) -> (Pool, Vec<(&'a str, &'a str)>) {
    let mut pool = Pool::default();
    let mut locations = Vec::new();
    for &(span, weight, from) in mentions {
        // A span running into the employer's name: "Cajero de Mercado Verde".
        let mut span = span;
        for c in companies {
            if let Some(i) = span.find(c.as_str()).filter(|i| *i > 0) {
                let head = span[..i].trim_end();
                let head = head
                    .strip_suffix(" de")
                    .or_else(|| head.strip_suffix(" at"))
                    .or_else(|| head.strip_suffix(" bei"))
                    .or_else(|| head.strip_suffix(" da"))
                    .or_else(|| head.strip_suffix(" do"))
                    .unwrap_or(head);
                span = head.trim_end();
            }
            // ("the Rowan & Pike Partners Summer Internship": the employer's
            // name in front of the programme; of two words or more, as "the
            // Launchpad Graduate Program" is the programme's own name.)
            if let Some(rest) = span
                .strip_prefix(c.as_str())
                .and_then(|r| r.strip_prefix(' '))
                .filter(|_| c.contains(' '))
            {
                span = rest;
            }
        }
        if let Some((r, loc)) = clean(span, tables) {
            let generic = super::names::is_generic(r, tables) && !has_role_word(r, tables);
            let low = r.to_lowercase();
            let process = PROCESS.iter().any(|p| low.contains(p));
            if generic || process || companies.iter().any(|c| c == r) {
                continue;
            }
            pool.add(r, from, weight);
            if let Some(l) = loc {
                locations.push((r, l));
            }
        }
    }
    pool.merge_titles();
    (pool, locations)
}
