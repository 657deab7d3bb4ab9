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

/// The title without what a person wouldn't type into the form, and the
/// location cut from its end ("Store Manager - Leeds" → "Store Manager", "Leeds").
pub(super) fn clean<'a>(span: &'a str, tables: &[&Table]) -> Option<(&'a str, Option<&'a str>)> {
    let mut s = span.trim();
    let mut location = None;
    for _ in 0..6 {
        let before = s;
        s = s.trim_end_matches([',', '.', ';', ':', '-', '–', '—', '|', ' ', '!']);
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
            if at > 0 && (gender_tag(text) || id_like(text) || is_location(text)) {
                if is_location(text) && location.is_none() {
                    location = Some(text.trim());
                }
                s = s[..at].trim_end();
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
            if !head.trim().is_empty() && id_like(tail) && tail.split(' ').count() <= 3 {
                s = head.trim_end();
                continue;
            }
        }
        if let Some((head, last)) = s.rsplit_once(' ') {
            if id_like(last) && !head.is_empty() {
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
    (s.chars().any(char::is_alphabetic) && s.len() >= 2).then_some((s, location))
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
        let lead = low.len() - low.trim_start().len();
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
                if let Some(r) = role_at(s.lines[i], off + cue.len(), tables, t.role_lowercase) {
                    if *weight >= 3.0 || has_role_word(r, tables) {
                        out.push((r, *weight, from(i)));
                    }
                }
            }
        }
    }
    // The subject's pieces: "Halcyon Labs - Data Engineer (L4)", "Role at
    // Company", "Data Analyst interview".
    for piece in pieces(s.lines[0]) {
        let head = piece.split(" at ").next().unwrap_or(piece).trim();
        if !has_role_word(head, tables) {
            continue;
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

/// A subject split at " - ", " | ", ": " and the like.
pub(super) fn pieces(subject: &str) -> Vec<&str> {
    let mut out = vec![subject];
    for sep in [" - ", " – ", " — ", " | ", ": ", " · ", " // "] {
        out = out
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
    }
    out
}

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
        }
        if let Some((r, loc)) = clean(span, tables) {
            let generic = super::names::is_generic(r, tables) && !has_role_word(r, tables);
            if generic || companies.iter().any(|c| c == r) {
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
