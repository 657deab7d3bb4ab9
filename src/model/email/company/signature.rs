//! The employer in the lines under the closing: "Talent Partner | Brightline
//! Media", "Kim Park | Studio Manager | Harbour & Hill", "The Acme Team".

use super::super::names::company_at;
use super::super::signature::person_like;
use super::super::tables::Table;
use super::super::Evidence;
use super::team::{strip_team, titled};
use super::{add, Ctx};
use crate::model::email::rank::Pool;

/// `s` cut at every one of `seps`, pieces trimmed, empty ones dropped.
fn split_any<'a>(s: &'a str, seps: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let next = seps
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .min();
        match next {
            Some((i, n)) => {
                out.push(rest[..i].trim());
                rest = &rest[i + n..];
            }
            None => {
                out.push(rest.trim());
                break;
            }
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

fn contact_line(l: &str) -> bool {
    let digits = l.chars().filter(char::is_ascii_digit).count();
    // An address ("jo@acme.com"), not "CTO @ Cigogne".
    let address = l.split_whitespace().any(|w| w.len() > 1 && w.contains('@'));
    address || l.contains("http") || l.contains("www.") || digits >= 5
}

/// "St. Aldric Regional Medical Center | 2200 Linden Avenue, Rockford":
/// the name before an address on a contact line.
pub(super) fn before_address<'a>(line: &'a str, tables: &[&Table]) -> Option<&'a str> {
    let (head, rest) = line.split_once(" | ")?;
    (contact_line(rest) && !contact_line(head))
        .then(|| whole_name(head, tables))
        .flatten()
}

/// A line that is all one name (maybe with a comma or full stop after it).
pub(super) fn whole_name<'a>(line: &'a str, tables: &[&Table]) -> Option<&'a str> {
    let line = line.trim();
    let bare = line.trim_end_matches([',', '.', '!']);
    let whole = |n: &str, skip: usize| n.len() + skip == line.len() || n.len() + skip == bare.len();
    company_at(line, 0, tables)
        .filter(|n| whole(n, 0))
        .or_else(|| {
            // "The Bike Shed": the article is the name's own.
            let rest = line.strip_prefix("The ")?;
            company_at(rest, 0, tables)
                .filter(|n| whole(n, 4))
                .map(|n| &line[..4 + n.len()])
        })
}

/// Candidates from the signature's lines.
pub(super) fn lines(pool: &mut Pool, sig: &[&str], ctx: &Ctx) {
    let (tables, signer) = (ctx.tables, ctx.signer);
    for line in sig
        .iter()
        .map(|l| l.trim().trim_start_matches(['—', '–', '-', ' ']))
        .filter(|l| !l.is_empty())
        .take(8)
    {
        if contact_line(line) && !super::super::names::has_legal(line) {
            continue;
        }
        if signer.is_some_and(|s| line == s) {
            continue;
        }
        // "Government Recruitment Service / on behalf of the Department for
        // Transport": the line names the employer the sender writes for.
        let low = line.to_lowercase();
        if let Some(cue) = super::FOR_ANOTHER.iter().find(|c| low.starts_with(*c)) {
            let rest = line[cue.len()..].trim_start();
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            if let Some(n) = whole_name(rest, tables) {
                add(pool, n, Evidence::Signature, 3.5, ctx);
            }
            continue;
        }
        // "Ruth at Saltmarsh", "Lena von Fuchsbau Labs"
        for sep in [" at ", " from ", " von ", " @ "] {
            if let Some((who, org)) = line.split_once(sep) {
                if person_like(who, tables) {
                    if let Some(n) = company_at(org, 0, tables) {
                        add(pool, n, Evidence::Signature, 3.0, ctx);
                    }
                }
            }
        }
        // "Talent Partner | Brightline Media", "Head of Talent, Fernbrook",
        // "Kim Park | Studio Manager | Harbour & Hill": beside a title, the
        // pieces that are no person are the employer.
        let mut split = false;
        let pieces = split_any(
            line,
            &[
                " | ", " · ", " – ", " — ", " - ", ", ", " • ", " at ", " @ ",
            ],
        );
        let pieces: Vec<&str> = pieces
            .iter()
            .flat_map(|p| p.split(['|', '·', '•']).map(str::trim))
            .filter(|p| !p.is_empty())
            .collect();
        let team = |low: &str| tables.iter().any(|t| t.team_words.contains(&low));
        let title_piece = |p: &str| {
            let low = p.to_lowercase();
            titled(p, tables) || team(&low) || {
                // A team with its area or region: "Selección IT", "Recruiting EMEA".
                let (head, tail) = low.rsplit_once(' ').unwrap_or((&low, ""));
                let abbreviated = p.rsplit(' ').next().is_some_and(|w| {
                    (2..=5).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
                });
                !tail.is_empty() && abbreviated && team(head)
            }
        };
        if pieces.len() >= 2 && pieces.iter().any(|p| title_piece(p)) {
            for (k, org) in pieces.iter().enumerate() {
                if title_piece(org) {
                    continue;
                }
                // The person: the signer, or a name-like first piece.
                let is_person = match signer {
                    Some(s) => s.contains(org) || org.contains(s),
                    None => k == 0 && person_like(org, tables),
                };
                if is_person {
                    continue;
                }
                if let Some(n) = whole_name(org, tables) {
                    add(pool, n, Evidence::Signature, 3.0, ctx);
                    split = true;
                }
            }
        }
        // "Nadia, Wren Studio": the person who signed, then the employer.
        if !split && pieces.len() == 2 {
            let first = pieces[0];
            let signed = signer.is_some_and(|s| s == first || s.starts_with(first))
                || (person_like(first, tables) && !first.contains(' '));
            if signed && (pieces[1].contains(' ') || !person_like(pieces[1], tables)) {
                if let Some(n) = whole_name(pieces[1], tables) {
                    add(pool, n, Evidence::Signature, 2.5, ctx);
                    split = true;
                }
            }
        }
        // "Coldwater Credit Union | Federally insured by NCUA": a name, then
        // a tagline or a legal note in words.
        if !split && pieces.len() >= 2 && !person_like(pieces[0], tables) {
            let tagline = pieces[1..].iter().all(|p| {
                let words = p.split(' ').count();
                words >= 3
                    && p.split(' ')
                        .skip(1)
                        .any(|w| w.starts_with(char::is_lowercase))
            });
            if tagline {
                if let Some(n) = whole_name(pieces[0], tables) {
                    add(pool, n, Evidence::Signature, 2.5, ctx);
                    split = true;
                }
            }
        }
        if split {
            continue;
        }
        // "The Acme Talent Team", "Ihr Recruiting-Team der Nordwerk GmbH"
        if strip_team(line, tables).is_some() {
            if let Some(n) = whole_name(line, tables).or_else(|| {
                let n = strip_team(line, tables)?;
                whole_name(n, tables).map(|_| n)
            }) {
                add(pool, n, Evidence::Signature, 3.0, ctx);
            }
            continue;
        }
        // A line that is only a name: the employer's, unless it's a person's.
        if let Some(n) = whole_name(line, tables) {
            let legal = n != super::super::names::strip_legal(n);
            if legal || (!titled(n, tables) && !person_like(n, tables)) {
                add(pool, n, Evidence::Signature, 3.0, ctx);
            } else if !titled(n, tables) {
                add(pool, n, Evidence::Signature, 1.5, ctx);
            }
        } else if super::super::names::has_legal(line) {
            // "Cobalt Retail Ltd, 14 Market Street"
            if let Some(n) =
                company_at(line, 0, tables).filter(|n| super::super::names::strip_legal(n) != *n)
            {
                add(pool, n, Evidence::Signature, 2.5, ctx);
            }
        }
    }
}
