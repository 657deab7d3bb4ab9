//! The employer: names after cues in the message and the subject ("your
//! interest in …", "bei der …"), in the signature ("Talent Partner |
//! Brightline Media", "The Acme Team"), in the sender's name and address.
//! When a recruiter writes for a client ("my client", "unser Mandant"),
//! the names only on the sender's side are the agency's.
//!
//! - `message`: cues in the subject, the message and the footer;
//! - `signature`: the lines under the closing;
//! - `address`: the sender's display name and domain;
//! - `team`: team words dropped from a name ("Acme Talent Acquisition").

use std::cell::RefCell;
use std::collections::HashMap;

mod address;
mod message;
mod short;
mod signature;
mod team;

use super::names::{company_at, is_generic, is_location, key};
use super::rank::Pool;
use super::scan::Scan;
use super::sender::Sender;
use super::tables::Table;
use super::Evidence;

pub(super) use address::rematch_address;
pub(super) use team::titled;
use team::{agency_like, strip_team};

pub(super) struct Input<'a, 'b> {
    pub scan: &'b Scan<'a>,
    /// Where the signature starts among the message's lines.
    pub sig: usize,
    pub footer: &'b [&'a str],
    pub sender: Option<Sender<'a>>,
    pub signer: Option<&'b str>,
    pub roles: &'b [(&'a str, f32, Evidence)],
}

/// Where a candidate is in the name it was cut from.
type Span = (usize, usize);

pub(super) struct Ctx<'t> {
    pub tables: &'t [&'t Table],
    pub signer: Option<&'t str>,
    /// A recruiter writing for a client.
    pub client: bool,
    /// Names already cleaned and checked: where the candidate is in them.
    memo: RefCell<HashMap<(String, bool), Option<Span>>>,
    /// The sender's domain label as letters and digits ("talentharbor").
    label: Option<String>,
}

/// Titles that only an adviser or an agency's recruiter has (one word,
/// lowercase); "recruiter" itself is as often in-house.
#[rustfmt::skip]
const ADVISER_TITLES: [&str; 7] = [
    "consultant", "headhunter", "berater", "beraterin", "personalberater", "consultante",
    "headhunters",
];

/// Cues that a message is sent for someone else: a recruiter's client,
/// or, from hiring software, the employer itself.
#[rustfmt::skip]
pub(super) const FOR_ANOTHER: [&str; 6] = [
    "on behalf of", "pour le compte de", "au nom de", "im auftrag", "en nombre de", "em nome de",
];

/// Mentions looked at, at most (a pasted mailbox repeats itself).
pub(super) const MAX_MENTIONS: usize = 200;

/// Words a department's name starts with ("Direction des Risques",
/// "Área de Operaciones"): a part of the employer, not the employer.
#[rustfmt::skip]
const DEPARTMENT_HEADS: [&str; 19] = [
    "Direction", "Département", "Service", "Pôle", "Dirección", "Departamento", "Área",
    "Diretoria", "Gerência", "Abteilung", "Bereich", "Department", "Division", "Directorate",
    // A branch: "Oficina Plaza Mayor" (not "Agência", which names firms:
    // "Agência Caju").
    "Oficina", "Sucursal", "Filial", "Niederlassung", "Filiale",
];

/// A faculty, with its "of": "Faculty of Arts" (not the firm "Faculty AI").
const FACULTIES: [&str; 5] = [
    "Faculty of ",
    "Faculdade de ",
    "Facultad de ",
    "Faculté de ",
    "Faculté des ",
];

/// Titles of those who run a firm, which a signature puts on a line of
/// their own ("Cofondateur & CTO"): no name of a company.
#[rustfmt::skip]
const FOUNDERS: [&str; 22] = [
    "CEO", "CTO", "COO", "CFO", "CMO", "CPO", "Founder", "Co-founder", "Cofounder", "Co-Founder",
    "Cofondateur", "Cofondatrice", "Fondateur", "Fondatrice", "Gründer", "Gründerin",
    "Mitgründer", "Fundador", "Fundadora", "Cofundador", "Cofundadora", "Sócio-fundador",
];

/// A line of an address: "Gewerbestraße 12", "78532 Tuttlingen", "12
/// Quay Street" (a house number or a postcode beside a street's or a
/// town's name).
fn postal(n: &str) -> bool {
    #[rustfmt::skip]
    const STREETS: [&str; 19] = [
        "straße", "strasse", "str.", "weg", "platz", "gasse", "allee", "street", "road", "avenue",
        "lane", "rua", "calle", "rue", "avenida", "via", "gewerbepark", "industriepark",
        "gewerbegebiet",
    ];
    // Only as whole words: "Gewerbepark Süd 14", "1 Ferrybridge Place" (not
    // "Workplace 360").
    #[rustfmt::skip]
    const WHOLE: [&str; 18] = [
        "park", "ring", "damm", "chaussee", "ufer", "place", "row", "square", "drive", "close",
        "crescent", "terrace", "quai", "paseo", "markt", "wharf", "haus", "hofgut",
    ];
    let words: Vec<&str> = n.split(' ').collect();
    let numeric = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '-');
    let postcode = words.first().is_some_and(|w| numeric(w) && w.len() >= 4);
    let numbered = words.iter().any(|w| numeric(w))
        && words.iter().any(|w| {
            let low = w.to_lowercase();
            WHOLE.contains(&low.as_str())
                || STREETS
                    .iter()
                    .any(|s| low == *s || (s.len() > 4 && low.ends_with(s)))
        });
    // A floor or a unit ("Level 2", "Suite 400"), and a street named
    // without its number ("Ashcombe Hill Road"; not "Abbey Road Studios").
    let floor = words.len() == 2
        && ["level", "floor", "suite", "unit", "etage"].contains(&words[0].to_lowercase().as_str())
        && numeric(words[1]);
    let street = words.len() > 1
        && words.last().is_some_and(|w| {
            ["road", "street", "straße", "strasse"].contains(&w.to_lowercase().as_str())
        });
    postcode || numbered || floor || street
}

/// A team's words after a name ("Talent Harbor Recruiting").
const TEAM_TAILS: [&str; 6] = [
    "recruiting",
    "recruitment",
    "careers",
    "jobs",
    "hiring",
    "team",
];

/// Words a person's name opens with.
#[rustfmt::skip]
const HONORIFICS: [&str; 16] = [
    "mr", "mrs", "ms", "miss", "mx", "dr", "herr", "frau", "mme", "mlle", "sr", "sra", "srta",
    "dona", "prof", "m",
];

/// A candidate's name is acceptable: not generic, not a title, not a place,
/// not a department, not the person who signed.
pub(super) fn acceptable(n: &str, tables: &[&Table], signer: Option<&str>) -> bool {
    let core = super::names::strip_legal(n);
    // ("Department for Transport" is a ministry: the employer itself.)
    let department = core.split_once(' ').is_some_and(|(first, rest)| {
        DEPARTMENT_HEADS.contains(&first) && !(first == "Department" && rest.starts_with("for "))
    }) || FACULTIES.iter().any(|f| core.starts_with(f));
    // "JR-20331", "R0099812": a requisition's number, no name.
    let number = !core.contains(' ') && core.chars().filter(char::is_ascii_digit).count() >= 3;
    // "Mrs K. Adeyemi", "Frau Dr. Lenz": a person, however it is written.
    let honorific = core
        .split(' ')
        .next()
        .is_some_and(|w| HONORIFICS.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
        && core.contains(' ');
    // ("& Seleção": the tail of a name cut off, not a name.)
    !honorific
        && n.starts_with(char::is_alphanumeric)
        && !department
        && !number
        && !postal(core)
        // ("An Equal Opportunity Employer" signs no name.)
        && !core.to_lowercase().contains("equal opportunit")
        && core.chars().any(char::is_alphabetic)
        && core.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        && !is_generic(core, tables)
        && !is_location(core)
        && !is_location(n)
        && !titled(core, tables)
        && !core
            .split([' ', '&', '/', ','])
            .any(|w| FOUNDERS.contains(&w))
        && signer.is_none_or(|s| key(s) != key(n) && !key(s).starts_with(&format!("{} ", key(n))))
}

/// The name as a candidate: a team's words dropped ("Acme Careers" →
/// "Acme") — unless it is a recruiter's firm, whose name is its own
/// ("Keystone Recruitment").
pub(super) fn add(pool: &mut Pool, n: &str, from: Evidence, w: f32, ctx: &Ctx) {
    let keep = ctx.client && from != Evidence::Message && from != Evidence::Subject;
    let memo_key = (n.to_string(), keep);
    let known = ctx.memo.borrow().get(&memo_key).copied();
    let span = known.unwrap_or_else(|| {
        let stripped = strip_team(n, ctx.tables).unwrap_or(n);
        // ("Talent Harbor" from talentharbor.io: a team's word that is the
        // name's own, as its address spells it.)
        let stripped = if ctx.label.as_deref().is_some_and(|l| {
            let full = n
                .split(' ')
                .filter(|w| !TEAM_TAILS.contains(&w.to_lowercase().as_str()));
            l.len() >= 6 && address::flat(&full.collect::<Vec<_>>().join(" ")) == l
        }) {
            n.split(' ')
                .rev()
                .find(|w| !TEAM_TAILS.contains(&w.to_lowercase().as_str()))
                .and_then(|last| n.find(last).map(|at| &n[..at + last.len()]))
                .unwrap_or(stripped)
        } else {
            stripped
        };
        let kept = keep && stripped != n && company_at(n, 0, ctx.tables).is_some_and(|c| c == n);
        let c = if kept { n } else { stripped };
        let c = c.trim_end_matches(['\'', ',']);
        let at = c.as_ptr() as usize - n.as_ptr() as usize;
        let span = acceptable(c, ctx.tables, ctx.signer).then_some((at, at + c.len()));
        ctx.memo.borrow_mut().insert(memo_key, span);
        span
    });
    if let Some(c) = span.and_then(|(a, b)| n.get(a..b)) {
        pool.add(c, from, w);
        // The full form, should this be a recruitment firm ("Keystone Recruitment").
        if c != n && from != Evidence::Message && from != Evidence::Subject {
            pool.note_full_form(c, n);
        }
    }
}

/// A name the subject gives that the message writes again, as it is, with
/// no cue before it ("Final round confirmed - Brassline Robotics" over
/// "Brassline Robotics have come back and they'd like to invite you"): the
/// message is about it. One word counts only inside a sentence, not as the
/// sentence's first word (which any capitalised word can be), and never
/// as the tail after a capitalised word and a dash (a place, a team).
fn named_again(pool: &mut Pool, body: &[&str], ctx: &Ctx) {
    // (A person named twice, "Interview with Sarah Chen" and "Sarah Chen
    // will call you", is no employer.)
    let named: Vec<String> = pool
        .cands
        .iter()
        .filter(|c| c.has(Evidence::Subject) && !c.has(Evidence::Message))
        .filter(|c| !super::signature::person_like(&c.value, ctx.tables))
        .filter(|c| ctx.signer.is_none_or(|s| super::names::key(s) != c.key))
        .map(|c| c.value.clone())
        .collect();
    for v in named {
        let several = v.contains(' ');
        let found = body.iter().take(200).any(|line| {
            line.match_indices(v.as_str()).any(|(at, _)| {
                let before = line[..at].trim_end();
                let after = line[at + v.len()..].chars().next();
                // (Not as a tail: "Assistant Store Manager - Fairview Commons".)
                let prev = before.chars().next_back();
                let tail = prev.is_some_and(|c| "-–—|,/(:".contains(c))
                    && before[..before.len() - prev.map_or(0, char::len_utf8)]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase));
                let starts = prev.is_none_or(|c| !c.is_alphanumeric()) && !tail;
                let ends = after.is_none_or(|c| !c.is_alphanumeric());
                let inside = before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
                starts && ends && (several || inside)
            })
        });
        if found {
            pool.add(&v, Evidence::Message, 2.0);
        }
    }
}

/// "Reclutamiento Tekal <reclutamiento@tekal.com.mx>" over a message signed
/// "Soluciones Tekal S.A. de C.V.": the sender's short name is the end of
/// the full legal one written in the text, and its evidence counts there.
/// So does a name made from the address ("orbe-recrutement.fr" → "Orbe")
/// that ends a name the text writes ("Maison Orbe"), and one that is that
/// name shortened ("csazul.com.br" → "Cervejaria Serra Azul", short.rs).
fn fold_short_forms(pool: &mut Pool) {
    let folds: Vec<(String, String)> = pool
        .cands
        .iter()
        .filter(|a| {
            a.seen
                .iter()
                .all(|(e, _)| matches!(e, Evidence::SenderName | Evidence::SenderDomain))
        })
        .filter_map(|a| {
            pool.cands
                .iter()
                .filter(|b| {
                    let ends = b.key.ends_with(&format!(" {}", a.key))
                        && (super::names::has_legal(&b.value) || a.derived);
                    (ends || short::shortened(&a.value, &b.value)) && !b.derived
                })
                // (The name itself over a phrase that holds it: "Kessler
                // Datenwerk GmbH", not "Geschäftsführung der Kessler…".)
                .min_by_key(|b| b.value.len())
                .map(|b| (a.key.clone(), b.key.clone()))
        })
        .collect();
    for (from, into) in folds {
        pool.fold_into(&from, &into);
    }
}

/// A job board or hiring software passing on the employer's words:
/// "Birchmont Dental Group sent you a message", "Powered by HireCrate".
#[rustfmt::skip]
const RELAYED: [&str; 5] = [
    "sent you a message about your application", "message from an employer",
    "message from the employer", "the employer has sent you", "sent you a message about your",
];

/// The sender's own name goes where it only passes a message on (a name
/// seen nowhere but in the address); so does the software a footer says
/// it is "powered by".
fn relays(pool: &mut Pool, inp: &Input, tables: &[&Table]) {
    let s = inp.scan;
    let relayed = RELAYED.iter().any(|r| !s.find(r).is_empty());
    let mut vendors: Vec<String> = Vec::new();
    for line in inp.footer.iter().chain(s.lines.iter()).take(600) {
        // (Found in the line itself: a lowercased copy's offsets can differ,
        // "İ" lowercasing longer.)
        let at = ["Powered by ", "powered by ", "Powered By ", "POWERED BY "]
            .iter()
            .filter_map(|p| line.find(p).map(|k| k + p.len()))
            .min();
        if let Some(n) = at.and_then(|k| company_at(line, k, tables)) {
            vendors.push(key(n));
        }
    }
    if !relayed && vendors.is_empty() {
        return;
    }
    // (The relay's subject is its own too: "JobNest | Message from an employer".)
    let sender_only = |c: &super::rank::Cand| {
        c.seen.iter().all(|(e, _)| {
            matches!(
                e,
                Evidence::SenderName | Evidence::SenderDomain | Evidence::Subject
            )
        }) && !c.seen.iter().all(|(e, _)| *e == Evidence::Subject)
    };
    let others = pool.cands.iter().any(|c| !sender_only(c));
    pool.retain(|c| {
        let vendor = vendors
            .iter()
            .any(|v| *v == c.key || key(&c.value.to_lowercase()) == *v);
        !(vendor || (relayed && others && sender_only(c)))
    });
}

/// Said of a name just before it: the recruiter's client.
#[rustfmt::skip]
const CLIENT_APPOSITIONS: [&str; 14] = [
    ", our client", ", my client", ", nossa cliente", ", nosso cliente", ", nuestro cliente",
    ", nuestra cliente", ", notre client", ", notre cliente", ", mon client", ", unser kunde",
    ", unser mandant", ", unsere mandantin", ", unsere kundin", ", a nossa cliente",
];

/// A letter's first words, which a name before ", our client" never starts with.
#[rustfmt::skip]
const GREETINGS: [&str; 23] = [
    "hi", "hello", "hey", "dear", "hola", "olá", "ola", "oi", "bonjour", "salut", "guten",
    "hallo", "liebe", "lieber", "sehr", "estimado", "estimada", "prezado", "prezada", "querido",
    "querida", "buenos", "buenas",
];

/// "a Construtora Baobá, nossa cliente, gostou do seu perfil": the name
/// just before ", our client" is the employer the message is about.
fn called_the_client(pool: &mut Pool, s: &Scan, sig_at: usize, ctx: &Ctx) {
    for a in CLIENT_APPOSITIONS {
        for at in s.low.match_indices(a).map(|(i, _)| i).take(8) {
            let (i, off) = s.locate(at);
            // A whole word after it ("…, our client's Head of Data" is a person's).
            let after = s.low[at + a.len()..].chars().next();
            if i == 0 || i > sig_at || after.is_some_and(|c| c.is_alphanumeric() || c == '\'') {
                continue;
            }
            let line = s.lines[i];
            // The longest name that ends right where the apposition starts.
            let starts = line[..off]
                .char_indices()
                .filter(|(k, _)| *k == 0 || line[..*k].ends_with(' '))
                .map(|(k, _)| k)
                .collect::<Vec<_>>();
            let mut found = starts.iter().rev().take(6).filter_map(|k| {
                company_at(line, *k, ctx.tables).filter(|n| {
                    let end = n.as_ptr() as usize - line.as_ptr() as usize + n.len();
                    end == off
                })
            });
            // Not the greeting ("Hola Ana, nuestro cliente…") nor the signer.
            let greeting = |n: &str| {
                let first = n.split(' ').next().unwrap_or("").to_lowercase();
                GREETINGS.contains(&first.as_str())
            };
            if let Some(n) = found
                .next_back()
                .filter(|n| !greeting(n) && ctx.signer.is_none_or(|s| key(s) != key(n)))
            {
                add(pool, n, Evidence::Message, 3.0, ctx);
            }
        }
    }
}

/// A recruiter's footer saying what the firm is, by law or by choice
/// ("Marlow Pierce Associates Ltd is acting as an employment agency in
/// relation to this vacancy"): the sender's side is an agency, whatever its
/// name. (Not "recruitment agency" alone: an employer's footer may refuse
/// agencies' CVs.)
#[rustfmt::skip]
const AGENCY_DECLARED: [&str; 8] = [
    "acting as an employment agency", "acts as an employment agency",
    "acting as an employment business", "acts as an employment business",
    "agit en qualité de cabinet de recrutement", "actúa como agencia de colocación",
    "atua como agência de recrutamento", "als personalvermittler tätig",
];

/// How a footer names the software that sent the mail: "a recruitment
/// process managed with CandidatePulse", "Powered by Hireloop".
#[rustfmt::skip]
const SOFTWARE_CUES: [&str; 9] = [
    "managed with ", "powered by ", "sent via ", "sent using ", "bereitgestellt von ",
    "propulsé par ", "desarrollado por ", "desenvolvido por ", "fornecido por ",
];

/// The sending software's name is no employer's, wherever else it is
/// (the survey firm's own address and legal line).
fn drop_software(pool: &mut Pool, footer: &[&str], tables: &[&Table]) {
    let mut names = Vec::new();
    for line in footer.iter().take(12) {
        let low = super::names::lower_same_len(line);
        for cue in SOFTWARE_CUES {
            let Some(at) = low.find(cue) else { continue };
            let Some(rest) = line.get(at + cue.len()..) else {
                continue;
            };
            if let Some(n) = company_at(rest, 0, tables) {
                // ("sent via Acme's recruitment portal": the employer's own.)
                let after = rest.get(n.len()..).unwrap_or("");
                if !after.starts_with(['\'', '\u{2019}']) {
                    names.push(core_key(n));
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    pool.retain(|c| {
        let k = core_key(&c.value);
        !names.iter().any(|n| opens_with(&k, n))
    });
}

/// A name's key without its legal form ("Marlowe Group plc" → "marlowe group").
fn core_key(n: &str) -> String {
    key(super::names::strip_legal(n))
}

/// `long` is the key `short`, or `short` and more words after it.
fn opens_with(long: &str, short: &str) -> bool {
    long.strip_prefix(short)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// "Corrie is part of the Marlowe Group", "Corrie Home Insurance Limited
/// is a subsidiary of Marlowe Group plc": the mail is about the brand,
/// however often its group's name (the careers site's, the legal line's)
/// comes up. The group gives way.
const PART_OF: [&str; 6] = [
    " is part of the ",
    " is part of ",
    " is a subsidiary of ",
    " is a member of the ",
    " is a division of ",
    " is a brand of ",
];

fn part_of(pool: &mut Pool, s: &Scan, sig_at: usize, tables: &[&Table]) {
    let mut groups = Vec::new();
    for line in s.lines.iter().take(sig_at + 40).take(400) {
        let low = super::names::lower_same_len(line);
        for cue in PART_OF {
            let Some(at) = low.find(cue) else { continue };
            let (Some(head), Some(tail)) = (line.get(..at), line.get(at + cue.len()..)) else {
                continue;
            };
            let brand = head.rsplit(['.', ',', ';']).next().unwrap_or(head).trim();
            let Some(group) = company_at(tail, 0, tables) else {
                continue;
            };
            let brand_key = core_key(brand);
            // Only when the brand is a candidate too (not "our team is part of …").
            let known = pool.cands.iter().any(|c| {
                let k = core_key(&c.value);
                opens_with(&brand_key, &k) || opens_with(&k, &brand_key)
            });
            // (Not "Acme UK is a subsidiary of Acme": one name within the other.)
            let group_key = core_key(group);
            let nested = brand_key.starts_with(&group_key) || group_key.starts_with(&brand_key);
            if known && !nested {
                groups.push((group_key, brand_key));
            }
        }
    }
    if groups.is_empty() {
        return;
    }
    pool.retain(|c| {
        let k = core_key(&c.value);
        groups
            .iter()
            .all(|(g, b)| opens_with(&k, b) || opens_with(b, &k) || !opens_with(&k, g))
    });
}

/// Words after a branch's or a site's name: "Oven Door Bakers – Sheffield
/// Fargate branch", "our Hillsborough shop".
#[rustfmt::skip]
const BRANCH_WORDS: [&str; 12] = [
    " branch", " store", " shop", " shops", " site", " depot", " outlet", " filiale",
    " standort", " location", " restaurant", " stores",
];

/// A branch's name is a place of the employer's, not the employer (nor its
/// last words alone: "here at Fargate").
fn drop_branches(pool: &mut Pool, s: &Scan, tables: &[&Table]) {
    let mut places = Vec::new();
    for line in s.lines.iter().take(400) {
        let low = super::names::lower_same_len(line);
        for cue in BRANCH_WORDS {
            for (end, _) in low.match_indices(cue) {
                // A whole word: " shop" is not " shopping".
                let after = low[end + cue.len()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                if let Some(n) = message::name_before(line, end, tables) {
                    places.push(key(n));
                }
            }
        }
    }
    if places.is_empty() {
        return;
    }
    pool.retain(|c| {
        !places
            .iter()
            .any(|p| *p == c.key || p.ends_with(&format!(" {}", c.key)))
    });
}

/// A legal line's words after the employer's name, at a line's start.
const REGISTERED: [&str; 5] = [
    " is a registered charity",
    " is a charity registered",
    " is a company limited by guarantee",
    " is registered in england",
    " is registered in scotland",
];

/// The employer's candidates, weighed; the agency's marked.
pub(super) fn candidates(inp: &Input, tables: &[&Table]) -> Pool {
    let s = inp.scan;
    let mut pool = Pool::default();
    // ("Sent by Welcome to the Jungle on behalf of Pagaie": hiring software
    // or a job board sending for the employer is no recruiter with a client.)
    let vendor = inp.sender.is_some_and(|s| s.is_vendor());
    let for_the_employer = |c: &&str| vendor && FOR_ANOTHER.contains(c);
    let client = tables.iter().any(|t| {
        t.client_cues
            .iter()
            .filter(|c| !for_the_employer(c))
            .any(|c| !s.find(c).is_empty())
    });
    let ctx = Ctx {
        tables,
        signer: inp.signer,
        client,
        memo: Default::default(),
        label: inp
            .sender
            .as_ref()
            .and_then(|s| s.org_label().map(address::flat)),
    };
    let lines = &s.lines[1..];
    let sig_at = inp.sig.min(lines.len());
    let body = &lines[..sig_at];
    let sig = &lines[sig_at..];
    message::mentions(&mut pool, inp, &ctx, sig_at);
    message::subject(&mut pool, s.lines[0], &ctx);
    named_again(&mut pool, body, &ctx);
    called_the_client(&mut pool, s, sig_at, &ctx);
    signature::lines(&mut pool, sig, &ctx);
    message::footer(&mut pool, inp.footer, &ctx);
    for line in inp.footer.iter().chain(body.iter()).chain(sig.iter()) {
        // "St. Aldric Regional Medical Center | 2200 Linden Avenue, …"
        if let Some(n) = signature::before_address(line.trim(), tables) {
            add(&mut pool, n, Evidence::Signature, 3.0, &ctx);
        }
        // "Brambleworth Trust is a registered charity in England and Wales"
        let t = line.trim();
        let low = t.to_lowercase();
        if low.len() == t.len() {
            if let Some(at) = REGISTERED.iter().filter_map(|c| low.find(c)).min() {
                if let Some(n) = company_at(t, 0, tables).filter(|n| n.len() == at) {
                    add(&mut pool, n, Evidence::Signature, 3.0, &ctx);
                }
            }
        }
        // "© 2026 Meridian Robotics, Inc."
        if let Some(rest) = line
            .find('©')
            .map(|i| &line[i + '©'.len_utf8()..])
            .or_else(|| line.strip_prefix("Copyright"))
        {
            let rest =
                rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == '-');
            if let Some(n) = company_at(rest, 0, tables) {
                add(&mut pool, n, Evidence::Signature, 2.0, &ctx);
            }
        }
    }
    // "Vantage Biologics Ltd is registered in England", "a Transportes Rio
    // Claro Ltda. o convida": a name with its legal form, wherever it is.
    let (nf, nb) = (inp.footer.len(), body.len());
    for (i, line) in inp
        .footer
        .iter()
        .chain(body.iter())
        .chain(sig.iter())
        .enumerate()
        .take(400)
    {
        if !super::names::has_legal(line) {
            continue;
        }
        let from = if i < nf || i >= nf + nb {
            Evidence::Signature
        } else {
            Evidence::Message
        };
        let mut prev_cap = false;
        let mut at = 0;
        for w in line.split(' ') {
            let cap = w.starts_with(char::is_uppercase);
            if cap && !prev_cap {
                if let Some(n) = company_at(line, at, tables) {
                    if super::names::strip_legal(n) != n && n.contains(' ') {
                        add(&mut pool, n, from, 2.0, &ctx);
                    }
                }
            }
            // Not inside a name: after "Müller &" or "Banco de" it goes on.
            let joins = tables.iter().any(|t| t.joiners.contains(&w));
            prev_cap = (cap && !w.ends_with(['.', ',', ';', ':']))
                || joins
                || super::names::name_abbreviation(w);
            at += w.len() + 1;
        }
    }
    if let Some(s) = inp.sender {
        address::sender(&mut pool, &s, &ctx);
        address::spelled(&mut pool, &s, &inp.scan.lines, sig_at + 1, &ctx);
    }
    pool.merge_prefixes();
    fold_short_forms(&mut pool);
    relays(&mut pool, inp, tables);
    drop_software(&mut pool, inp.footer, tables);
    part_of(&mut pool, s, sig_at, tables);
    drop_branches(&mut pool, s, tables);
    // A recruiter writing for a client: what only the sender's side names
    // is the agency. Without "my client", a sender's side that reads like a
    // recruitment firm, while the message names another, tells the same.
    // A recruiter's title in the signature ("Senior Consultant, Finance")
    // tells it too.
    let titled_as = |titles: &[&str]| {
        sig.iter().take(8).any(|l| {
            let low = l.to_lowercase();
            titles
                .iter()
                .any(|t| low.split(|c: char| !c.is_alphanumeric()).any(|w| w == *t))
        })
    };
    // ("Technical Recruiter / Quillmark" over "your work at Tallgrass
    // Logistics": a recruiter in-house is as common as at an agency, so
    // that title alone makes no firm of the sender's side.)
    let adviser_titled = titled_as(&ADVISER_TITLES);
    let recruiter = adviser_titled || titled_as(&["recruiter"]);
    let firm = AGENCY_DECLARED.iter().any(|d| {
        // (Not "… is the direct employer and is not acting as an employment
        // business".)
        s.find(d).into_iter().any(|at| {
            let from = (at.saturating_sub(12)..=at)
                .find(|i| s.low.is_char_boundary(*i))
                .unwrap_or(at);
            let b = &s.low[from..at];
            !["not ", "n't ", "nicht ", "ne ", "no ", "não "]
                .iter()
                .any(|n| b.contains(n))
        })
    }) || pool
        .cands
        .iter()
        .any(|c| c.sender_side() && (agency_like(&c.value) || adviser_titled))
        || inp
            .sender
            .and_then(|s| s.org_label().map(str::to_lowercase))
            .is_some_and(|l| agency_like(&l));
    let other = pool.cands.iter().any(|c| !c.sender_side() && !c.derived);
    // A firm's name on the sender's side alone ("Senior Consultant | Apex
    // Talent Partners") is the agency's even when no client is named.
    let employer = pool.cands.iter().any(|c| !c.sender_side());
    for c in &mut pool.cands {
        // (A name made from the address counts too: "acorn-recruitment.co.uk".)
        if c.sender_side() && agency_like(&c.value) && !client && !(firm && other) {
            c.agency = true;
        }
    }
    // "Cabinet Serrand Conseil" writing of "mon client": a firm of advisers
    // (without a client, as often a firm of lawyers hiring for itself).
    let adviser = |v: &str| client && v.to_lowercase().starts_with("cabinet ");
    let signed_for = sig.iter().take(8).any(|l| {
        let low = l.trim().to_lowercase();
        FOR_ANOTHER.iter().any(|c| low.starts_with(c))
    });
    if client || (firm && other) {
        for c in &mut pool.cands {
            // (A recruiter's own signature with a client spoken of is all
            // the agency's side, "Senior Consultant - Financial Services".)
            // (A search firm's signature with a client spoken of is all
            // the firm's: "Partner, Consumer & Retail Practice".)
            // (Not when the signature says whom it writes for: "on behalf
            // of the Department for …".)
            let theirs = employer || (client && (recruiter || firm) && !signed_for);
            // (The subject is the sender's too: "update from Stanmore & Hale"
            // over a signature "Stanmore & Hale Recruitment Ltd".)
            let sender_written = !c.has(Evidence::Message) && agency_like(&c.value);
            // ("Alder Reach Staffing <jobs@alderreach.com>" writing of "one
            // of our clients": the sender is the agency, even where the
            // message names it too, "posted by Alder Reach Staffing".)
            let sending_firm = client
                && agency_like(&c.value)
                && (c.has(Evidence::SenderName) || c.has(Evidence::SenderDomain));
            if (c.sender_side() && (theirs || agency_like(&c.value) || adviser(&c.value)))
                || (client && sender_written)
                || sending_firm
            {
                c.agency = true;
                if let Some(full) = c
                    .full
                    .take()
                    .filter(|f| agency_like(f) || f.to_lowercase().ends_with(" people"))
                {
                    c.value = full;
                }
            }
        }
    }
    // A recruiter writing of "my client" names the client in the message by
    // its legal name ("es handelt sich um die Auerbach Versicherung AG"):
    // that is the employer the email is about.
    if client && pool.cands.iter().any(|c| c.agency) {
        let clients: Vec<String> = pool
            .cands
            .iter()
            .filter(|c| !c.agency && !c.derived && c.has(Evidence::Message))
            .filter(|c| super::names::has_legal(&c.value))
            .map(|c| c.key.clone())
            .collect();
        for k in clients {
            pool.boost(&k, Evidence::Message, 3.0);
        }
    }
    pool
}
