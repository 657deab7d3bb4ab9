//! Reading a job email on the device: who it's from, for which role, how far
//! the process got and what kind of email it is — so logging a rejection is
//! a paste or a share, not retyping at the worst moment.
//!
//! Plain string rules (no regex engine, no model), in five languages. The
//! company and the role come as ranked suggestions, each with where it was
//! found; a field is filled only when one suggestion is clearly best (a
//! wrong value filled is worse than an empty field). Every suggestion is
//! copied from the text, or made from the sender's address by one rule
//! ([`name_from_domain`]).
//!
//! - `plain`, `thread`, `text`: HTML made plain; the thread taken apart;
//!   the message picked out of it.
//! - `tables`: each language's words; the language told from the text.
//! - `kind`: rejection, invitation, offer or acknowledgement; the stage.
//! - `scan`: the message lowercased once, its words indexed for the cues.
//! - `names`, `words`, `role`, `company`, `sender`, `signature`: the candidates.
//! - `rank`: evidence weighed; `fill`: the log form filled from a reading.
//!
//! Measured on fresh batches written before any rule saw them
//! (tests/fixtures/emails/tuned/devN/, each with its first-pass table in
//! FIRST_PASS.md), not only on the set the rules grew from. A job board's
//! digest fills nothing; names stay suggestions.

mod company;
mod date;
mod fill;
mod kind;
mod names;
mod plain;
mod rank;
mod role;
mod scan;
mod sender;
mod signature;
mod tables;
mod text;
mod thread;
mod words;

use chrono::NaiveDate;

use super::draft::Draft;
use super::rejection::{Outcome, Stage};

pub use date::parse_loose_date;
pub use fill::{fill_from_email, Field};
pub use sender::{name_from_domain, FREE_MAIL, VENDOR_DOMAINS};
pub use tables::Lang;
pub use text::plain_text;

/// Longer text is cut before reading (a whole mailbox pasted by mistake).
pub const MAX_EMAIL_CHARS: usize = 50_000;

/// What an email is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmailKind {
    Rejection,
    /// An invitation to a next step: a call, a test, an interview, a final round.
    Interview,
    /// An offer, written or spoken.
    Offer,
    /// "We received your application."
    Acknowledgement,
    #[default]
    Unknown,
}

/// Where a suggestion was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Evidence {
    Subject,
    Message,
    Signature,
    /// The signature of a recruiter writing for a client: the agency.
    AgencySignature,
    SenderName,
    /// Made from the sender's address by [`name_from_domain`].
    SenderDomain,
}

impl Evidence {
    /// Shown beside a suggestion: "Ridgeway Bank (in the message)".
    pub fn label(self) -> &'static str {
        match self {
            Evidence::Subject => "the subject line",
            Evidence::Message => "in the message",
            Evidence::Signature => "the signature",
            Evidence::AgencySignature => "the recruiter's signature",
            Evidence::SenderName => "the sender's name",
            Evidence::SenderDomain => "the sender's address",
        }
    }
}

/// A value the reader proposes for a field.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub value: String,
    pub from: Evidence,
    /// 0 to 1: how clearly this one is the answer.
    pub confidence: f32,
}

/// What the reader found. Empty fields mean "not sure".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    /// Filled only when one candidate is clearly best.
    pub company: Option<String>,
    pub role: Option<String>,
    pub stage: Option<Stage>,
    pub kind: EmailKind,
    pub date: Option<NaiveDate>,
    /// The person who signed it (a name, not "The Hiring Team").
    pub signer: Option<String>,
    /// The text was longer than [`MAX_EMAIL_CHARS`] and only its start was read.
    pub cut: bool,
    /// Ranked candidates for the company, at most three (the filled one first).
    pub companies: Vec<Suggestion>,
    /// Ranked candidates for the role, at most three (the filled one first).
    pub roles: Vec<Suggestion>,
    /// The recruiting agency, when a recruiter writes for a client.
    pub agency: Option<String>,
    /// A location cut from the role ("Dublin"), for the notes.
    pub location: Option<String>,
    pub lang: Lang,
}

impl Reading {
    /// A draft for the log form: what was found, the rest as for a blank form.
    pub fn to_draft(&self, today: NaiveDate) -> Draft {
        let outcome = match self.kind {
            EmailKind::Interview | EmailKind::Acknowledgement => Outcome::InProgress,
            EmailKind::Offer => Outcome::Offer,
            EmailKind::Rejection | EmailKind::Unknown => Outcome::Rejected,
        };
        let mut d = Draft::blank(outcome, today);
        fill_from_email(&mut d, self, &[], today);
        d
    }
}

/// Company: filled at this score, if this many times the next one's.
const COMPANY_FILL: (f32, f32) = (3.0, 1.8);
/// Role: likewise.
const ROLE_FILL: (f32, f32) = (2.0, 1.5);
/// What the rest of a thread counts for, against the message read.
const EARLIER: f32 = 0.7;

/// Reads an email: its subject, its body (plain or HTML, maybe with a
/// `From:` line or a forwarded thread) and the link a share may carry.
/// The link isn't used: a job board's address names the board, not the
/// employer.
pub fn read(subject: &str, body: &str, _url: &str) -> Reading {
    read_full(subject, body).0
}

/// The message meant, its words, language and kind: the likeliest one; if it
/// says nothing of a job (a "thanks for letting me know" above the quoted
/// rejection), the first one in the thread that does.
fn choose<'p, 'a>(
    all: &'p [text::Parts<'a>],
) -> Option<(&'p text::Parts<'a>, scan::Scan<'a>, Lang, EmailKind)> {
    let mut chosen = None;
    for (i, p) in all.iter().enumerate().take(6) {
        let s = scan::Scan::new(p.subject, &p.lines);
        let lang = tables::detect(&s.low);
        let tables = tables::tables(lang);
        let kind = kind::kind_of(&s, &tables);
        if i == 0 || kind != EmailKind::Unknown {
            let moved =
                i == 0 && (kind::moved(&s, &tables) || kind::withdrawn(&s) || kind::pending(&s));
            chosen = Some((p, s, lang, kind));
            if kind != EmailKind::Unknown || moved {
                break;
            }
        }
    }
    chosen
}

/// The names the rest of the thread gives (an invitation quoted under a
/// short reply): companies and roles, to count for less.
fn earlier(
    all: &[text::Parts],
    read: &text::Parts,
    tables: &[&tables::Table],
) -> Vec<(rank::Pool, rank::Pool)> {
    all.iter()
        .filter(|o| !std::ptr::eq(*o, read))
        .take(3)
        .map(|other| {
            let s = scan::Scan::new(other.own_subject.unwrap_or(other.subject), &other.lines);
            let m = role::mentions(&s, tables);
            let inp = company::Input {
                scan: &s,
                sig: signature::start(&other.lines, tables),
                footer: &[],
                sender: None,
                signer: None,
                roles: &m,
            };
            let (r, _) = role::candidates(&m, tables, &[]);
            (company::candidates(&inp, tables), r)
        })
        .collect()
}

/// The person a service relays mail for: "Sophie Grant via LinkedIn" —
/// a first and a last name before " via ".
fn relayed_person(name: &str, tables: &[&tables::Table]) -> Option<String> {
    let (who, _) = name.split_once(" via ")?;
    let who = who.trim();
    (who.contains(' ') && signature::person_like(who, tables)).then(|| who.to_string())
}

/// The sender's name written alone on one of the first lines under the
/// closing, its address made of that name ("Priyanka Desai
/// <priyanka.desai@workablemail.com>" signing "Priyanka Desai"): the person
/// who signed, even with a first name no table knows. (An organisation's
/// name signs the same way, "Brightline Media <careers@…>": the address
/// tells them apart.)
fn signed_as_sender(
    lines: &[&str],
    sig: usize,
    from: &sender::Sender,
    tables: &[&tables::Table],
) -> Option<String> {
    let name = from.name;
    let words: Vec<&str> = name.split(' ').collect();
    let local = names::key(&from.local.replace(['.', '_', '-'], " "));
    let addressed = words
        .iter()
        .all(|w| local.split(' ').any(|l| l == names::key(w)));
    let plain = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && !names::has_legal(name)
        && !words
            .iter()
            .any(|w| tables::ORG_WORDS.contains(&w.to_lowercase().as_str()));
    let under: Vec<&str> = lines
        .iter()
        .skip(sig)
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .take(3)
        .collect();
    let at = under.iter().take(2).position(|l| *l == name)?;
    // Or a job title right under the name ("Renata Oyelaran / Technical
    // Recruiter" from notifications@ashbyhq.com).
    // (Only from hiring software, and only a name the text doesn't write
    // elsewhere: "Blue Harbor / Recruiting Coordinator" is the firm.)
    let once = lines.iter().filter(|l| l.contains(name)).count() == 1;
    let titled = from.is_vendor()
        && once
        && under
            .get(at + 1)
            .is_some_and(|t| company::titled(t, tables) || names::has_role_word(t, tables));
    (plain && (addressed || titled)).then(|| name.to_string())
}

/// [`read`], with the candidates as weighed.
fn read_full(subject: &str, body: &str) -> (Reading, rank::Pool, rank::Pool) {
    let (subject_text, cut_subject) = plain_text(subject);
    let (body_text, cut_body) = plain_text(body);
    let all = text::parts(&subject_text, &body_text);
    let empty = text::Parts::default();
    let (p, scan, lang, kind) = choose(&all).unwrap_or_else(|| {
        let s = scan::Scan::new("", &[]);
        (&empty, s, Lang::En, EmailKind::Unknown)
    });
    let tables = tables::tables(lang);
    let mut stage = kind::stage_of(&scan, kind, &tables);
    if kind == EmailKind::Rejection && kind::done_stage(&scan, &tables).is_none() {
        // The stage the rest of the thread speaks of as done.
        if let Some(st) = all
            .iter()
            .filter(|o| !std::ptr::eq(*o, p))
            .take(3)
            .find_map(|o| kind::done_stage(&scan::Scan::new(o.subject, &o.lines), &tables))
        {
            stage = Some(st);
        }
    }
    let sig = signature::start(&p.lines, &tables);
    let from = p.sender.map(sender::parse);
    // A "name" under the closing that is the sender's organisation is no
    // person ("Mercado Verde <empleo@mercadoverde.es>").
    let org_named = |n: &str| {
        from.is_some_and(|s| {
            let squash = |x: &str| names::key(x).replace(' ', "");
            (!s.name_is_person() && names::key(s.name) == names::key(n))
                || s.org_label().is_some_and(|l| squash(l) == squash(n))
        })
    };
    let signer = signature::signer(&p.lines, &tables)
        .filter(|n| !org_named(n))
        .or_else(|| {
            from.filter(|s| s.name_is_person() && signature::person_like(s.name, &tables))
                .map(|s| s.name.to_string())
        })
        .or_else(|| from.and_then(|s| relayed_person(s.name, &tables)))
        .filter(|n| !org_named(n))
        .or_else(|| from.and_then(|s| signed_as_sender(&p.lines, sig, &s, &tables)))
        .or_else(|| from.and_then(|s| s.person_at_firm().map(|(who, _)| who.to_string())));
    let mentions = role::mentions(&scan, &tables);
    let input = company::Input {
        scan: &scan,
        sig,
        footer: &p.footer,
        sender: from,
        signer: signer.as_deref(),
        roles: &mentions,
    };
    let mut companies = company::candidates(&input, &tables);
    let earlier = earlier(&all, p, &tables);
    for (c, _) in &earlier {
        companies.absorb(c, EARLIER);
    }
    companies.merge_prefixes();
    if let Some(s) = &from {
        company::rematch_address(&mut companies, s);
    }
    let (company, company_list) = companies.decide(COMPANY_FILL.0, COMPANY_FILL.1);
    // A job board's digest or an alert names other people's jobs: nothing
    // is filled from it, the names stay suggestions.
    let digest = kind == EmailKind::Unknown && from.is_some_and(|s| s.is_digest());
    let company = company.filter(|_| !digest);
    let agency = companies
        .ranked()
        .into_iter()
        .find(|c| c.agency)
        .map(|c| c.value.clone());
    let names: Vec<String> = companies
        .cands
        .iter()
        .filter(|c| !c.derived && c.score() >= 2.0)
        .map(|c| c.value.clone())
        .collect();
    let (mut roles, locations) = role::candidates(&mentions, &tables, &names);
    for (_, r) in &earlier {
        roles.absorb(r, EARLIER);
    }
    roles.merge_titles();
    let (role, mut role_list) = roles.decide(ROLE_FILL.0, ROLE_FILL.1);
    let role = role.filter(|_| !digest);
    let same = |a: &str, b: &str| names::key(a) == names::key(b);
    let role = role.filter(|r| company.as_deref().is_none_or(|c| !same(c, r)));
    role_list.retain(|s| company.as_deref().is_none_or(|c| !same(c, &s.value)));
    let location = role.as_deref().and_then(|r| {
        locations
            .iter()
            .find(|(name, _)| same(name, r))
            .map(|(_, l)| l.to_string())
    });
    let signer = signer.filter(|n| {
        company
            .as_deref()
            .is_none_or(|c| !same(n, c) && !n.to_lowercase().contains(&c.to_lowercase()))
    });
    let reading = Reading {
        company,
        role,
        stage,
        kind,
        date: p.date,
        signer,
        cut: cut_subject || cut_body,
        companies: company_list,
        roles: role_list,
        agency,
        location,
        lang,
    };
    (reading, companies, roles)
}

#[cfg(test)]
mod debug {
    /// `EMAIL_DEBUG=path cargo test --lib email::debug -- --nocapture`:
    /// a fixture's reading with every candidate's evidence.
    #[test]
    fn print_the_pools() {
        let Ok(path) = std::env::var("EMAIL_DEBUG") else {
            return;
        };
        for path in path.split(',') {
            let text = std::fs::read_to_string(path).expect("a fixture");
            let (head, body) = text.split_once("\n---\n").expect("a header");
            let get = |k: &str| {
                head.lines()
                    .find_map(|l| l.strip_prefix(k).map(|v| v.trim().to_string()))
                    .unwrap_or_default()
            };
            let from = get("from:");
            let body = if from.is_empty() {
                body.to_string()
            } else {
                format!("From: {from}\n\n{body}")
            };
            let (r, companies, roles) = super::read_full(&get("subject:"), &body);
            println!("== {path}\n{r:#?}");
            for c in &companies.cands {
                println!(
                    "  company {:?} {:.2} {:?} agency={} derived={}",
                    c.value,
                    c.score(),
                    c.seen,
                    c.agency,
                    c.derived
                );
            }
            for c in &roles.cands {
                println!("  role {:?} {:.2} {:?}", c.value, c.score(), c.seen);
            }
        }
    }
}
