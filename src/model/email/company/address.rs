//! The sender's display name and address: the organisation's name as
//! shown, and the domain matched against names in the text (or made into
//! one by [`name_from_domain`]).

use super::super::names::fold;
use super::super::sender::{name_from_domain, Sender};
use super::super::signature::person_like;
use super::super::Evidence;
use super::signature::whole_name;
use super::team::strip_team;
use super::{acceptable, add, Ctx};
use crate::model::email::rank::Pool;

/// Display names of services, not employers ("JobFinder Alerts").
#[rustfmt::skip]
const SERVICE_WORDS: [&str; 8] = [
    "alerts", "alert", "notifications", "newsletter", "digest", "noreply", "no-reply", "updates",
];

/// Programmes a display name may start with.
#[rustfmt::skip]
const PROGRAMMES: [&str; 14] = [
    "estágio", "estagio", "graduate", "graduates", "early", "campus", "internship", "internships",
    "trainee", "praktikum", "prácticas", "stage", "stages", "alternance",
];

/// Squashed forms of a name, to compare with an address's label:
/// "Cove & Compass" → "covecompass", "coveandcompass".
fn squashed(k: &str, value: &str) -> Vec<String> {
    let plain = k.replace(' ', "");
    let with_and: String = value
        .to_lowercase()
        .replace(['&', '+'], "and")
        .chars()
        .map(fold)
        .filter(|c| c.is_alphanumeric())
        .collect();
    let german: String = value
        .to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    vec![plain, with_and, german]
}

/// How well an address's label matches a name: 2 the same, 1 close, 0 not.
fn label_match(label: &str, k: &str, value: &str) -> u8 {
    let label_key: String = label
        .to_lowercase()
        .chars()
        .map(fold)
        .filter(|c| c.is_alphanumeric())
        .collect();
    let forms = squashed(k, value);
    if forms.contains(&label_key) {
        return 2;
    }
    let near = forms.iter().any(|f| {
        f.len() >= 5
            && label_key.len() >= 5
            && (label_key.starts_with(f.as_str())
                || f.starts_with(&label_key)
                || (label_key.len() >= 6 && f.contains(&label_key)))
    });
    let parts: Vec<&str> = label.split(['-', '_']).filter(|p| p.len() >= 3).collect();
    let words: Vec<&str> = k.split(' ').collect();
    let shared = parts.iter().filter(|p| words.contains(p)).count();
    let first = words
        .first()
        .is_some_and(|w| w.len() >= 5 && label_key.starts_with(w));
    u8::from(near || (shared >= 2 || (shared == 1 && words.len() == 1)) || first)
}

/// After names from the rest of the thread joined: a name the address
/// spells gains, and the name made from the address gives way to it.
pub(crate) fn rematch_address(pool: &mut Pool, s: &Sender) {
    let Some(label) = s.org_label() else { return };
    let found: Vec<(String, u8)> = pool
        .cands
        .iter()
        .filter(|c| !c.derived && !c.has(Evidence::SenderDomain))
        .map(|c| (c.key.clone(), label_match(label, &c.key, &c.value)))
        .filter(|(_, m)| *m > 0)
        .collect();
    for (k, m) in &found {
        pool.boost(k, Evidence::SenderDomain, if *m == 2 { 2.0 } else { 1.5 });
    }
    if !found.is_empty() {
        pool.drop_derived();
    }
}

/// The sender's display name and address.
pub(super) fn sender(pool: &mut Pool, s: &Sender, ctx: &Ctx) {
    let tables = ctx.tables;
    let name = s.name;
    let service = SERVICE_WORDS
        .iter()
        .any(|w| name.to_lowercase().split(' ').any(|x| x == *w));
    if !name.is_empty() && !s.name_is_person() && !service {
        // "Lindqvist Foods via Workable", "Jane from Acme"
        let name = [" via ", " from ", " at ", " | ", " - "]
            .iter()
            .find_map(|sep| name.split_once(sep))
            .map(|(a, b)| if person_like(a.trim(), tables) { b } else { a })
            .unwrap_or(name)
            .trim();
        let n = strip_team(name, tables).unwrap_or(name);
        // "Estágio Aurora Bank", "Graduate Careers Acme": a programme's word first.
        let n = match n.split_once(' ') {
            Some((first, rest)) if PROGRAMMES.contains(&first.to_lowercase().as_str()) => rest,
            _ => n,
        };
        let lowercase_brand = s.is_role_address()
            && n.split(' ').count() <= 4
            && n.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '&'))
            && n.chars().any(char::is_alphabetic);
        if whole_name(n, tables).is_some() || lowercase_brand {
            let w = if s.is_role_address() || n != name {
                3.0
            } else if person_like(n, tables) {
                1.0
            } else {
                2.0
            };
            add(pool, n, Evidence::SenderName, w, ctx);
        }
    }
    let Some(label) = s.org_label() else {
        return;
    };
    // The address spells a name the text has: that name gains.
    let mut matched = false;
    let found: Vec<(String, u8)> = pool
        .cands
        .iter()
        .map(|c| (c.key.clone(), label_match(label, &c.key, &c.value)))
        .collect();
    for (k, m) in found {
        if m > 0 {
            matched |= pool.boost(&k, Evidence::SenderDomain, if m == 2 { 2.0 } else { 1.5 });
        }
    }
    let local: String = s
        .local
        .to_lowercase()
        .split(['+', '.'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    if s.is_vendor() && local.len() >= 4 {
        let keys: Vec<String> = pool.cands.iter().map(|c| c.key.clone()).collect();
        for k in keys {
            if k.replace(' ', "").starts_with(&local) {
                pool.boost(&k, Evidence::SenderDomain, 1.0);
            }
        }
    }
    if !matched && !service {
        let derived = name_from_domain(label);
        let w = if label.contains('-') {
            3.0
        } else if label.len() <= 10 {
            2.5
        } else {
            1.5
        };
        if acceptable(&derived, tables, ctx.signer) {
            pool.add_derived(&derived, w);
        }
    }
}
