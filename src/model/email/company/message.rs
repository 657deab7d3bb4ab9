//! Names after cues in the subject, the message and the footer.

use super::super::names::{company_at, end_of, has_role_word, is_generic};
use super::super::scan::Scan;
use super::super::signature::person_like;
use super::super::tables::Table;
use super::super::Evidence;
use super::{add, Ctx, Input, MAX_MENTIONS};
use crate::model::email::rank::Pool;

/// Words after a role that name its employer: "… at Acme", "… bei der Acme".
#[rustfmt::skip]
const AFTER_ROLE: [&str; 16] = [
    " da ", " do ",
    " at ", " with ", " bei der ", " bei ", " en ", " chez ", " na ", " no ", " au sein de ",
    " au sein des ", " für die ", " in der ", " dans l'entreprise ", " en la empresa ",
];

/// Words before a name that is the candidate's own past, not the employer
/// writing ("your work as a Product Manager at Monzo").
#[rustfmt::skip]
const OWN_PAST: [&str; 40] = [
    "your work", "your experience", "your time", "your background", "your current",
    "your previous", "your career", "your role as", "currently", "previously", "you worked",
    "you've worked", "your years", "tu experiencia", "su experiencia", "votre expérience",
    "ton expérience", "sua experiência", "ihre erfahrung", "deine erfahrung",
    // The job the candidate has now: "your day-to-day at Vaporeto", "votre
    // préavis chez Numéris".
    "your day-to-day", "your day to day", "your notice", "seu dia a dia", "teu dia a dia",
    "tu día a día", "su día a día", "votre quotidien", "ton quotidien", "votre préavis",
    "ton préavis", "aviso prévio", "tu preaviso", "su preaviso", "ihrer kündigungsfrist",
    "ihrem alltag",
    // The writer's own past: "Before this I was the founder of Fernway Labs".
    "i was", "i used to", "formerly", "i previously",
];

/// Whether the text just before byte `at` of `low` speaks of the candidate's past.
fn own_past(low: &str, at: usize) -> bool {
    let from = (at.saturating_sub(60)..=at)
        .find(|i| low.is_char_boundary(*i))
        .unwrap_or(at);
    let b = &low[from..at];
    let clause = b.rsplit(['.', ';', '!', '?']).next().unwrap_or(b);
    // "Thanks for your time speaking with our team at Tessellate": thanks
    // for the time given, not the candidate's time somewhere.
    OWN_PAST.iter().any(|p| {
        clause
            .match_indices(p)
            .any(|(i, _)| !(*p == "your time" && clause[..i].ends_with("for ")))
    })
}

/// Articles a name may follow a cue with ("our client, the …", "nosso cliente, a …").
#[rustfmt::skip]
const ARTICLES: [&str; 17] = [
    "the ", "der ", "die ", "das ", "den ", "dem ", "el ", "la ", "los ", "las ", "le ", "les ",
    "l'", "o ", "a ", "os ", "as ",
];

/// A company's name at byte `at`, maybe after an article.
fn name_after<'a>(line: &'a str, low: &str, at: usize, tables: &[&Table]) -> Option<&'a str> {
    company_at(line, at, tables).or_else(|| {
        let rest = low.get(at..)?.trim_start();
        let skip = at + (low.len() - at - rest.len());
        ARTICLES
            .iter()
            .find(|a| rest.starts_with(**a))
            .and_then(|a| company_at(line, skip + a.len(), tables))
    })
}

/// Whether the name `n` (a slice of `line`) is followed by "at" and another
/// name, maybe after a reference in parentheses: then it is a title.
fn titled_at(line: &str, n: &str) -> bool {
    let rest = &line[end_of(line, n)..];
    let rest = match rest.trim_start().strip_prefix('(') {
        Some(inner) => inner.split_once(')').map_or("", |(_, after)| after),
        None => rest,
    };
    rest.strip_prefix(" at ")
        .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Whether the name `n` (in the line whose lowercase is `low`) is a title
/// followed by its noun: "your interest in the Manufacturing Engineer III
/// role". A name without a title's word ("the Acme opportunity") stays.
fn titled_by_noun(low: &str, n: &str, tables: &[&Table]) -> bool {
    if !has_role_word(n, tables) {
        return false;
    }
    // (The lowercase's own length: "ẞ" lowercases to a shorter "ß".)
    let name = n.to_lowercase();
    let Some(at) = low.find(&name) else {
        return false;
    };
    let rest = &low[at + name.len()..];
    // ("the Senior Data Analyst II (Req #48213) position": past a reference.)
    let rest = match rest.trim_start().strip_prefix('(') {
        Some(inner) => inner.split_once(')').map_or(rest, |(_, after)| after),
        None => rest,
    };
    let noun_next = |r: &str| {
        tables.iter().any(|t| {
            t.role_nouns.iter().any(|noun| {
                r.strip_prefix(noun)
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphabetic()))
            })
        })
    };
    noun_next(rest) || placed_before_noun(rest, tables)
}

/// After a dash, a place of a few words and the title's noun with its
/// employer: "– Remote, UK position at Harbourline". (Not "- the role
/// attracted a lot of interest": an article opens no place.)
fn placed_before_noun(rest: &str, tables: &[&Table]) -> bool {
    let Some(place) = [" – ", " - ", " — "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
    else {
        return false;
    };
    let words: Vec<&str> = place.split(' ').take(5).collect();
    (1..words.len()).any(|k| {
        let head = &words[..k];
        let noun = format!(" {}", words[k]);
        let after = place.split(' ').nth(k + 1).unwrap_or("");
        k <= 3
            && !head.iter().any(|w| {
                [
                    "the", "this", "that", "our", "a", "an", "we", "it", "your", "their", "and",
                ]
                .contains(&w.trim_end_matches(','))
            })
            && tables.iter().any(|t| t.role_nouns.contains(&noun.as_str()))
            && ["at", "with"].contains(&after)
    })
}

/// A programme's words, which end no employer's name ("the Rowan & Pike
/// Partners Summer Internship 2025").
const PROGRAMMES: [&str; 8] = [
    "Internship",
    "Internships",
    "Programme",
    "Program",
    "Scheme",
    "Apprenticeship",
    "Fellowship",
    "Placement",
];

/// Words a programme's name may open with.
const PROGRAMME_KINDS: [&str; 10] = [
    "Summer",
    "Winter",
    "Spring",
    "Autumn",
    "Graduate",
    "Trainee",
    "Industrial",
    "Undergraduate",
    "Early",
    "Year",
];

/// `n` without a programme's name at its end: "Rowan & Pike Partners
/// Summer Internship" → "Rowan & Pike Partners" (nothing, when that is all).
fn without_programme(n: &str) -> &str {
    let mut end = n.len();
    let mut cut = false;
    for (k, w) in n
        .rmatch_indices(' ')
        .map(|(k, _)| (k, &n[k + 1..]))
        .chain([(0, n)])
    {
        let word = w.split(' ').next().unwrap_or("");
        let take = if cut {
            PROGRAMME_KINDS.contains(&word)
        } else {
            PROGRAMMES.contains(&word)
        };
        if !take {
            break;
        }
        cut = true;
        end = k;
    }
    if cut {
        n[..end].trim_end()
    } else {
        n
    }
}

/// Cues a person or an organisation may follow.
#[rustfmt::skip]
const PEOPLE_CUES: [&str; 6] = [
    "off the phone with ", "on the phone with ", "heard back from ", "feedback from ",
    "spoken to ", "spoken with ",
];

/// Cues of a meeting, which name a person more often than an employer
/// ("an interview with Tom, the team lead").
const MEETING_CUES: [&str; 4] = [
    "interview with ",
    "meeting with ",
    "call with ",
    "chat with ",
];

/// Two or three people named together ("Lucy and Mark", "Anna & Tom"):
/// each part one person's name of one or two words.
fn people(n: &str, tables: &[&Table]) -> bool {
    let parts: Vec<&str> = n
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" und "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| p.split(' ').count() <= 2 && person_like(p, tables))
}

/// What an employer does in a recruiter's email, after its name.
#[rustfmt::skip]
const ACTS: [&str; 55] = [
    // "Brackenridge have made you an offer".
    " have made you an offer", " has made you an offer", " have made you", " has made you", " have confirmed", " has confirmed", " have agreed", " has agreed",
    " would like to", " would love to", " has decided", " have decided", " are keen", " is keen",
    " were impressed", " was impressed", " has asked", " have asked", " has come back",
    " have come back", " came back", " wants to", " want to", " has offered", " have offered",
    " has invited",
    " have invited", " invites you", " is inviting", " has reviewed", " have reviewed",
    // Receipts: "Clínica Rivera ha recibido tu candidatura".
    // A job board relaying: "Birchmont Dental Group sent you a message".
    " sent you a message", " has sent you a message",
    " has received your", " have received your", " ha recibido tu", " ha recibido su",
    " a bien reçu", " a reçu votre", " a reçu ta", " recebeu sua", " recebeu a sua",
    " hat ihre bewerbung", " hat deine bewerbung",
    // Reviews: "Grupo Alcázar revisó tu CV y decidió…".
    " revisó tu", " revisó su", " ha revisado tu", " ha revisado su", " analisou seu",
    " analisou o seu", " analisou sua", " a étudié votre", " a examiné votre",
    " hat ihre unterlagen", " reviewed your",
];

/// A footer's own words after the employer's name: "Halvergate Mutual is
/// an Equal Opportunity Employer."
const EQUAL_EMPLOYER: [&str; 3] = [
    " is an equal opportunity employer",
    " is an equal employment opportunity",
    " is proud to be an equal opportunity",
];

/// Labels of the employer's field in a job board's card or a form's copy
/// ("Company: Acme", or "Empresa" on a line and the name on the next).
#[rustfmt::skip]
const COMPANY_LABELS: [&str; 18] = [
    "company", "company name", "employer", "unternehmen", "arbeitgeber", "firma", "empresa",
    "entreprise", "société", "employeur", "empregador", "empresa contratante",
    // A recruiter's summary of an interview ("Client: Quintrell Foods").
    "client", "hiring company", "mandant", "kunde", "cliente", "empresa cliente",
];

/// A name given under, or after, its label: the card says which is the employer.
fn labelled(pool: &mut Pool, s: &Scan, ctx: &Ctx, sig_at: usize) {
    let lines = &s.lines[1..(sig_at + 1).min(s.lines.len())];
    for (i, line) in lines.iter().enumerate().take(400) {
        let low = line.trim().to_lowercase();
        let (label, rest) = match low.split_once(':') {
            Some((l, r)) => (l.trim(), r.trim()),
            None => (low.as_str(), ""),
        };
        if !COMPANY_LABELS.contains(&label) {
            continue;
        }
        let name = if rest.is_empty() {
            lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .and_then(|l| super::signature::whole_name(l, ctx.tables))
        } else {
            let at = line.find(':').map_or(line.len(), |k| k + 1);
            super::signature::whole_name(&line[at..], ctx.tables)
        };
        if let Some(n) = name {
            add(pool, n, Evidence::Message, 4.0, ctx);
        }
    }
}

/// A job board's card: the title on a line of its own, and under it the
/// employer ("Técnico/a de Prevención\nConstrucciones Albarracín S.L.\n
/// Zaragoza · …", "Teller\nHalden Savings · Akron, OH").
fn card(pool: &mut Pool, inp: &Input, ctx: &Ctx, sig_at: usize) {
    let s = inp.scan;
    let lines = &s.lines[1..(sig_at + 1).min(s.lines.len())];
    for (i, line) in lines.iter().enumerate().take(400) {
        let line = line.trim();
        if line.is_empty() || !inp.roles.iter().any(|(r, _, _)| *r == line) {
            continue;
        }
        let Some(next) = lines.get(i + 1).map(|l| l.trim()) else {
            continue;
        };
        let head = next.split(" · ").next().unwrap_or(next).trim();
        if let Some(n) = super::signature::whole_name(head, ctx.tables) {
            add(pool, n, Evidence::Message, 3.5, ctx);
        }
    }
}

/// Teams a firm's name owns: "Brackenridge Construction's HR team will send
/// the contract".
#[rustfmt::skip]
const OWNED_TEAMS: [&str; 7] = [
    "'s hr team", "'s hiring team", "'s recruitment team", "'s recruiting team",
    "'s talent team", "'s people team", "'s talent acquisition team",
];

/// The name just before "'s HR team" (in the message, not the signature):
/// the longest run of words before it that is a name as it stands, tried
/// from the nearest word out ("Bank of Ireland's HR team", not "Hopefully
/// Brackenridge's").
fn possessed_team(pool: &mut Pool, s: &Scan, ctx: &Ctx, sig_at: usize) {
    let lines = &s.lines[1..(sig_at + 1).min(s.lines.len())];
    for line in lines.iter().take(200) {
        // Same length as `line`: offsets found in it are offsets in `line`.
        let low = super::super::names::lower_same_len(line);
        for cue in OWNED_TEAMS {
            let curly = cue.replacen('\'', "\u{2019}", 1);
            for end in [low.find(cue), low.find(curly.as_str())]
                .into_iter()
                .flatten()
            {
                if let Some(n) = name_before(line, end, ctx.tables) {
                    add(pool, n, Evidence::Message, 3.0, ctx);
                }
            }
        }
    }
}

/// The longest name that ends at byte `end` of `line` as it stands (the
/// farthest capitalised word it can start at, within 60 bytes).
pub(super) fn name_before<'a>(line: &'a str, end: usize, tables: &[&Table]) -> Option<&'a str> {
    let head = line.get(..end)?;
    let starts: Vec<usize> = head
        .char_indices()
        .filter(|&(i, c)| c.is_uppercase() && (i == 0 || head[..i].ends_with(' ')))
        .map(|(i, _)| i)
        .filter(|i| end - i <= 60)
        .collect();
    starts
        .iter()
        .find_map(|&at| company_at(line, at, tables).filter(|n| at + n.len() == end))
}

/// Cues in the subject (line 0) and the message before the signature.
pub(super) fn mentions(pool: &mut Pool, inp: &Input, ctx: &Ctx, sig_at: usize) {
    let (s, tables) = (inp.scan, ctx.tables);
    labelled(pool, s, ctx, sig_at);
    card(pool, inp, ctx, sig_at);
    possessed_team(pool, s, ctx, sig_at);
    let place = |i: usize| match i {
        0 => Some(Evidence::Subject),
        i if i - 1 < sig_at => Some(Evidence::Message),
        _ => None,
    };
    let mut seen = 0;
    for t in tables {
        for (cue, w) in t.company_cues {
            for at in s.find(cue) {
                let (i, off) = s.locate(at);
                let Some(from) = place(i).filter(|_| seen < MAX_MENTIONS) else {
                    continue;
                };
                seen += 1;
                if own_past(s.low_line(i), off) {
                    continue;
                }
                if let Some(n) = name_after(s.lines[i], s.low_line(i), off + cue.len(), tables)
                    .map(without_programme)
                    .filter(|n| !n.is_empty())
                {
                    // "off the phone with Sian at Birchmoor Logistics": the
                    // person's employer follows (a first name no table knows
                    // too).
                    if PEOPLE_CUES.contains(cue) && n.split(' ').count() <= 2 {
                        let line = s.lines[i];
                        let after = end_of(line, n);
                        if line.get(after..).is_some_and(|r| r.starts_with(" at ")) {
                            if let Some(firm) = company_at(line, after + 4, tables) {
                                add(pool, firm, from, 3.0, ctx);
                            }
                        }
                    }
                    // "applying to Claims Handler (R-1182) at Halberd": a
                    // title at the employer, no employer itself.
                    if titled_at(s.lines[i], n) || titled_by_noun(s.low_line(i), n, tables) {
                        continue;
                    }
                    // "off the phone with Fennick Pharma" names the employer;
                    // "off the phone with Sarah", a person.
                    let person = person_like(n, tables) || people(n, tables);
                    let w = match (PEOPLE_CUES.contains(cue), MEETING_CUES.contains(cue)) {
                        (true, _) if person => 1.0,
                        (true, _) => 3.0,
                        (_, true) if person => w.min(1.0),
                        _ => *w,
                    };
                    add(pool, n, from, w, ctx);
                }
            }
        }
    }
    // "I'm a recruiter at Acme", "the hiring manager at Ellison Foods"
    for at in s.find("at ") {
        let (i, off) = s.locate(at);
        let Some(from) = place(i).filter(|_| seen < MAX_MENTIONS * 3) else {
            continue;
        };
        let low = s.low_line(i);
        let word = low[..off].trim_end().rsplit(' ').next().unwrap_or("");
        if !super::super::names::is_role_word(word, tables) || own_past(low, off) {
            continue;
        }
        seen += 1;
        if let Some(n) = company_at(s.lines[i], off + 3, tables) {
            add(pool, n, from, 2.5, ctx);
        }
    }
    // "At Acme, we read every application…"
    for at in s.find("at ") {
        let (i, off) = s.locate(at);
        let Some(from) = place(i).filter(|_| seen < MAX_MENTIONS * 2) else {
            continue;
        };
        seen += 1;
        let (line, low) = (s.lines[i], s.low_line(i));
        let head = low[..off].trim_end();
        if head.is_empty() || head.ends_with(['.', '!', '?']) {
            if let Some(n) = company_at(line, off + 3, tables) {
                if low
                    .get(end_of(line, n)..)
                    .is_some_and(|r| r.starts_with(','))
                {
                    add(pool, n, from, 2.5, ctx);
                }
            }
        }
    }
    // "Fairfax & Lowe would like to invite you…", "Ridgeway have come back…",
    // "…pleased to say that Oakmont Properties would like to…"
    for (i, line) in s.lines.iter().enumerate().take(400) {
        let Some(from) = place(i) else { continue };
        let low = s.low_line(i);
        let mut starts = vec![0];
        starts.extend(
            low.match_indices([' '])
                .filter(|(k, _)| {
                    // ("Good news: Ashcombe would like to…")
                    low[..*k].ends_with(['.', '!', '?', ':', '—', '–'])
                        || low[..*k].ends_with(" that")
                })
                .map(|(k, _)| k + 1)
                .take(20),
        );
        for at in starts {
            let Some(n) = company_at(line, at, tables) else {
                continue;
            };
            let rest = low.get(end_of(line, n)..).unwrap_or("");
            // ("Pellow Energy have formally offered you": past an adverb.)
            let past_adverb = rest
                .strip_prefix(' ')
                .and_then(|r| r.split_once(' '))
                .filter(|(w, _)| *w == "have" || *w == "has")
                .and_then(|(w, r)| {
                    let (adverb, verb) = r.split_once(' ')?;
                    adverb.ends_with("ly").then(|| format!(" {w} {verb}"))
                });
            let acts = |r: &str| ACTS.iter().chain(&EQUAL_EMPLOYER).any(|v| r.starts_with(v));
            if acts(rest) || past_adverb.as_deref().is_some_and(acts) {
                let w = if person_like(n, tables) { 1.5 } else { 3.0 };
                add(pool, n, from, w, ctx);
            }
        }
    }
    // "the Foundry Robotics team", "the Northwind leadership team"
    for at in s.find("the ") {
        let (i, off) = s.locate(at);
        let Some(from) = place(i).filter(|_| seen < MAX_MENTIONS * 3) else {
            continue;
        };
        seen += 1;
        let (line, low) = (s.lines[i], s.low_line(i));
        if let Some(n) = company_at(line, off + 4, tables) {
            let after = low.get(end_of(line, n)..).unwrap_or("").trim_start();
            let mut next = after.split(' ');
            let (a, b, c) = (
                next.next().unwrap_or(""),
                next.next().unwrap_or(""),
                next.next().unwrap_or(""),
            );
            // "the Claims Team Leader position" names a title, not a team.
            let title = |w: &str| super::super::names::is_role_word(w, tables);
            if (a.starts_with("team") && !(a == "team" && title(b)))
                || (b.starts_with("team")
                    && a.chars().all(|c| c.is_lowercase())
                    && !(b == "team" && title(c)))
            {
                add(pool, n, from, 3.0, ctx);
            }
        }
    }
    // "… the Product Manager role at Acme"
    for (role, _, _) in inp.roles.iter().take(MAX_MENTIONS) {
        let Some((i, at)) = s.line_of(role) else {
            continue;
        };
        let Some(from) = place(i) else { continue };
        let (line, low) = (s.lines[i], s.low_line(i));
        // A title after "as a" is as often the candidate's own.
        let head = low[..at].trim_end();
        let as_a = ["as a", "as an", "as"].iter().any(|a| head.ends_with(a));
        if as_a || own_past(low, at) {
            continue;
        }
        let mut after = at + role.len();
        let rest = low[after..].trim_start();
        if let Some(n) = [
            "position",
            "role",
            "opening",
            "job",
            "vacancy",
            "team",
            "programme",
            "program",
            "scheme",
            "internship",
        ]
        .iter()
        .find(|n| rest.starts_with(**n))
        {
            after = low.len() - rest.len() + n.len();
        }
        for cue in AFTER_ROLE {
            if low[after..].starts_with(cue) {
                if let Some(n) = name_after(line, low, after + cue.len(), tables) {
                    add(pool, n, from, 3.0, ctx);
                }
            }
        }
    }
}

/// Words of the process before the employer's name in a subject's piece.
#[rustfmt::skip]
const FROM_LEADS: [&str; 18] = [
    "proposition de ", "offre de ", "propuesta de ", "oferta de ", "proposta de ", "proposta da ",
    "oferta da ", "offer from ", "angebot von ", "angebot der ", "news from ", "update from ",
    "invitation from ", "einladung von ",
    // A search firm's assignment named by its client: "Mandat Brauerei Hopfgarten".
    "mandat ", "mandant ", "client: ", "kunde: ",
];

/// The subject's pieces: "Halcyon Labs - Data Engineer", "Acme | Update".
pub(super) fn subject(pool: &mut Pool, subject: &str, ctx: &Ctx) {
    let tables = ctx.tables;
    // Beside a title ("Acme | Senior Analyst") a name is the employer's; beside
    // a generic piece ("Acme – Update") likely so.
    let pieces = super::super::role::pieces(subject);
    for (k, piece) in pieces.iter().enumerate() {
        // "Proposition de Bastide Pharma", "Offer from Halyard", "Mandat
        // Brauerei Hopfgarten": the name after.
        let piece = &FROM_LEADS
            .iter()
            .find_map(|l| {
                piece
                    .get(..l.len())
                    .filter(|h| h.eq_ignore_ascii_case(l))
                    .and_then(|_| piece.get(l.len()..))
            })
            .unwrap_or(piece);
        if company_at(piece, 0, tables) != Some(*piece) || has_role_word(piece, tables) {
            continue;
        }
        // One word alone ("Kennenlernen", "Reminder") is too often no name.
        let one_word = !piece.contains(' ');
        let others = pieces
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .map(|(_, p)| *p);
        let w = others.fold(1.5f32, |w, p| {
            if has_role_word(p, tables) {
                w.max(if one_word { 2.0 } else { 3.0 })
            } else if is_generic(p, tables) {
                w.max(if one_word { 2.0 } else { 2.5 })
            } else {
                w
            }
        });
        add(pool, piece, Evidence::Subject, w, ctx);
    }
}

/// The hiring software's footer: "You received this email because you
/// applied to a job at Meadowlark Health", "…on behalf of Acme".
pub(super) fn footer(pool: &mut Pool, footer: &[&str], ctx: &Ctx) {
    let tables = ctx.tables;
    let footer = Scan::new("", &footer[..footer.len().min(12)]);
    // "Halvergate Mutual is an Equal Opportunity Employer."
    for line in footer.lines.iter().take(12) {
        let low = line.to_lowercase();
        if EQUAL_EMPLOYER.iter().any(|a| low.contains(a)) {
            if let Some(n) = company_at(line.trim(), 0, tables) {
                add(pool, n, Evidence::Signature, 3.0, ctx);
            }
        }
    }
    for t in tables {
        for (cue, w) in t.company_cues.iter().filter(|(_, w)| *w >= 3.0) {
            for at in footer.find(cue).into_iter().take(8) {
                let (i, off) = footer.locate(at);
                if let Some(n) =
                    name_after(footer.lines[i], footer.low_line(i), off + cue.len(), tables)
                {
                    add(pool, n, Evidence::Message, *w, ctx);
                }
            }
        }
    }
}
