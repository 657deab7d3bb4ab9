//! Reading a job email on the device: who it's from, for which role, how far
//! the process got and what kind of email it is — so logging a rejection is
//! a paste or a share, not retyping at the worst moment. Plain string rules
//! (no regex engine, no model); when unsure a field stays empty, and every
//! name it proposes is copied from the text itself.

use chrono::NaiveDate;

use super::draft::Draft;
use super::rejection::{Outcome, Stage};

/// Longer text is cut before reading (a whole mailbox pasted by mistake).
pub const MAX_EMAIL_CHARS: usize = 50_000;

/// What an email is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EmailKind {
    Rejection,
    /// An invitation to interview (or to the next step).
    Interview,
    Offer,
    /// "We received your application."
    Acknowledgement,
    #[default]
    Unknown,
}

/// What the reader found. Empty fields mean "not sure".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub company: Option<String>,
    pub role: Option<String>,
    pub stage: Option<Stage>,
    pub kind: EmailKind,
    pub date: Option<NaiveDate>,
    /// The person who signed it (a name, not "The Hiring Team").
    pub signer: Option<String>,
    /// The text was longer than [`MAX_EMAIL_CHARS`] and only its start was read.
    pub cut: bool,
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
        d.company = self.company.clone().unwrap_or_default();
        d.role = self.role.clone().unwrap_or_default();
        d.stage = self.stage.unwrap_or(Stage::Application);
        if let Some(date) = self.date.filter(|d| *d <= today) {
            d.date = date.to_string();
        }
        d.contact_name = self.signer.clone().unwrap_or_default();
        d
    }
}

/// The text the reader works on: tags dropped from HTML, common entities
/// decoded, line ends and odd spaces made plain, cut at [`MAX_EMAIL_CHARS`].
/// Everything the reader proposes is a piece of this text.
pub fn plain_text(text: &str) -> (String, bool) {
    let cut = text.chars().count() > MAX_EMAIL_CHARS;
    let text: String = if cut {
        text.chars().take(MAX_EMAIL_CHARS).collect()
    } else {
        text.to_string()
    };
    let text = if looks_like_html(&text) {
        strip_tags(&text)
    } else {
        text
    };
    let text = decode_entities(&text);
    let plain = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| match c {
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' => ' ',
            '\u{2019}' => '\'',
            c => c,
        })
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}'))
        .collect();
    (plain, cut)
}

fn looks_like_html(t: &str) -> bool {
    let low = t.to_ascii_lowercase();
    ["<p", "<br", "<div", "<html", "<table", "<span"]
        .iter()
        .any(|tag| low.contains(tag))
}

fn strip_tags(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('>') else {
            out.push_str(after);
            return out;
        };
        let tag = after[1..close].to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        if ["br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"]
            .iter()
            .any(|b| name == *b || name.starts_with(&format!("{b} ")))
        {
            out.push('\n');
        }
        rest = &after[close + 1..];
        if name.starts_with("style") || name.starts_with("script") {
            let end = if name.starts_with("style") {
                "</style"
            } else {
                "</script"
            };
            match rest.to_ascii_lowercase().find(end) {
                Some(i) => rest = &rest[i..],
                None => return out,
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entities(t: &str) -> String {
    if !t.contains('&') {
        return t.to_string();
    }
    [
        ("&nbsp;", " "),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&rsquo;", "'"),
        ("&ndash;", "–"),
        ("&mdash;", "—"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(t.to_string(), |acc, (from, to)| acc.replace(from, to))
}

/// Reads an email: its subject, its body (plain or HTML) and the link a
/// share may carry. The link isn't used: a job board's address names the
/// board, not the employer, and a guess is worse than an empty field.
pub fn read(subject: &str, body: &str, _url: &str) -> Reading {
    let (subject_text, cut_subject) = plain_text(subject);
    let (body_text, cut_body) = plain_text(body);
    let lines: Vec<&str> = body_text.lines().map(str::trim_end).collect();
    let headers = header_lines(&lines);
    let subject = clean_subject(
        if subject_text.trim().is_empty() || is_forward_subject(&subject_text) {
            headers
                .iter()
                .find(|(k, _)| *k == "subject")
                .map(|(_, v)| *v)
                .unwrap_or(subject_text.trim())
        } else {
            subject_text.trim()
        },
    );
    let (main, quoted) = main_message(&lines);
    let mut texts: Vec<&str> = vec![subject];
    texts.extend(main.iter().copied());
    let joined_low = texts.join("\n").to_ascii_lowercase();
    let kind = kind_of(&joined_low);
    let stage = stage_of(&joined_low, kind);
    let role = role(subject, &main);
    let company = company(subject, &main, &headers, role.as_deref());
    let role = role.filter(|r| {
        company
            .as_deref()
            .is_none_or(|c| !c.eq_ignore_ascii_case(r))
    });
    let signer = signer(&main).filter(|n| {
        company.as_deref().is_none_or(|c| {
            !n.to_lowercase().contains(&c.to_lowercase())
                && !c.to_lowercase().contains(&n.to_lowercase())
        })
    });
    // The date of the message itself: a forwarded header's, or "On … wrote:"
    // when the quoted message is the one being read (not the person's own).
    let date = headers
        .iter()
        .filter(|(k, _)| *k == "date" || *k == "sent")
        .find_map(|(_, v)| parse_loose_date(v))
        .or_else(|| {
            lines
                .iter()
                .filter(|_| quoted)
                .filter(|l| l.trim_start().starts_with("On ") && l.trim_end().ends_with("wrote:"))
                .find_map(|l| parse_loose_date(l))
        });
    Reading {
        company,
        role,
        stage,
        kind,
        date,
        signer,
        cut: cut_subject || cut_body,
    }
}

/// `From:`, `Sent:`, `Date:`, `Subject:`, `To:` lines (forwarded headers).
fn header_lines<'a>(lines: &[&'a str]) -> Vec<(&'static str, &'a str)> {
    let mut out = Vec::new();
    for line in lines {
        let l = line
            .trim()
            .trim_start_matches('*')
            .trim_start_matches('>')
            .trim();
        for key in ["from", "sent", "date", "subject", "to"] {
            let named = l
                .get(..key.len())
                .is_some_and(|k| k.eq_ignore_ascii_case(key));
            if named && l.as_bytes().get(key.len()) == Some(&b':') {
                if let Some(value) = l.get(key.len() + 1..) {
                    out.push((key, value.trim().trim_start_matches('*').trim()));
                }
            }
        }
    }
    out
}

fn is_forward_subject(s: &str) -> bool {
    let l = s.trim().to_ascii_lowercase();
    l.starts_with("fwd:") || l.starts_with("fw:") || l.starts_with("wg:")
}

/// Drops `Re:`/`Fwd:` prefixes (any number, any case).
fn clean_subject(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let low = s.to_ascii_lowercase();
        let Some(p) = ["re:", "fwd:", "fw:", "aw:", "wg:"]
            .iter()
            .find(|p| low.starts_with(**p))
        else {
            return s;
        };
        s = s[p.len()..].trim();
    }
}

const FORWARD_MARKERS: [&str; 4] = [
    "forwarded message",
    "begin forwarded message",
    "original message",
    "weitergeleitete nachricht",
];

const FOOTER_MARKERS: [&str; 9] = [
    "unsubscribe",
    "privacy policy",
    "this email was sent",
    "this message was sent",
    "you are receiving this",
    "you received this",
    "do not reply to this",
    "please do not reply",
    "powered by",
];

/// The message itself: a forwarded message's own text, or the newest reply
/// above the quoted history; without quoted lines and footers.
fn main_message<'a>(lines: &[&'a str]) -> (Vec<&'a str>, bool) {
    let low = |l: &str| l.to_ascii_lowercase();
    let mut start = 0;
    let mut end = lines.len();
    let mut quoted = false;
    if let Some(i) = lines
        .iter()
        .position(|l| FORWARD_MARKERS.iter().any(|m| low(l).contains(m)) && l.contains("--"))
        .or_else(|| {
            lines
                .iter()
                .position(|l| low(l).contains("begin forwarded message"))
        })
    {
        // Skip the forwarded header block.
        let mut j = i + 1;
        while j < lines.len()
            && (lines[j].trim().is_empty() || !header_lines(&lines[j..=j]).is_empty())
        {
            j += 1;
        }
        start = j;
    } else if let Some(i) = lines.iter().position(|l| {
        let t = l.trim();
        t.starts_with("On ") && t.ends_with("wrote:")
    }) {
        let before: usize = lines[..i].iter().map(|l| l.trim().len()).sum();
        if before >= 20 {
            end = i;
        } else {
            start = i + 1;
            quoted = true;
        }
    }
    let mut out: Vec<&'a str> = Vec::new();
    for line in &lines[start..end.max(start)] {
        let t = line.trim();
        if !out.is_empty() && FOOTER_MARKERS.iter().any(|m| low(t).contains(m)) {
            break;
        }
        out.push(t.trim_start_matches('>').trim());
    }
    (out, quoted)
}

fn any(text: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| text.contains(c))
}

const REJECTION_CUES: [&str; 30] = [
    "not be moving forward",
    "not moving forward",
    "won't be moving forward",
    "will not be moving forward",
    "decided not to move forward",
    "decided not to proceed",
    "not to proceed with your",
    "not be proceeding",
    "will not be progressing",
    "won't be progressing",
    "not to progress",
    "decided to move forward with other",
    "decided to move forward with another",
    "decided to proceed with other",
    "decided to proceed with another",
    "pursue other candidates",
    "go with another candidate",
    "gone with another candidate",
    "other candidates whose",
    "another candidate whose",
    "have not been successful",
    "has not been successful",
    "were not successful",
    "was unsuccessful",
    "unable to offer you",
    "position has been filled",
    "role has been filled",
    "regret to inform",
    "no longer under consideration",
    "not been selected",
];

const OFFER_CUES: [&str; 7] = [
    "pleased to offer you",
    "delighted to offer you",
    "happy to offer you",
    "extend an offer",
    "extend you an offer",
    "offer of employment",
    "your offer letter",
];

const INTERVIEW_CUES: [&str; 12] = [
    "invite you to an interview",
    "invite you to interview",
    "invite you for an interview",
    "invite you to a",
    "invite you to the next",
    "like to schedule",
    "schedule a call",
    "schedule an interview",
    "book a time",
    "your availability",
    "move you forward to",
    "next round of interviews",
];

const ACK_CUES: [&str; 7] = [
    "received your application",
    "application has been received",
    "thank you for applying",
    "thanks for applying",
    "we will review your",
    "we'll review your",
    "will be reviewing your application",
];

fn kind_of(low: &str) -> EmailKind {
    if any(low, &REJECTION_CUES) || (low.contains("filled") && low.contains("position has")) {
        EmailKind::Rejection
    } else if any(low, &OFFER_CUES) {
        EmailKind::Offer
    } else if any(low, &INTERVIEW_CUES) {
        EmailKind::Interview
    } else if any(low, &ACK_CUES) {
        EmailKind::Acknowledgement
    } else {
        EmailKind::Unknown
    }
}

/// How far the process got. Mentions of what would have come next ("we
/// won't invite you to interview") don't count.
fn stage_of(low: &str, kind: EmailKind) -> Option<Stage> {
    if kind == EmailKind::Acknowledgement {
        return Some(Stage::Application);
    }
    if any(
        low,
        &[
            "final round",
            "final interview",
            "final stage",
            "final-round",
        ],
    ) {
        return Some(Stage::FinalRound);
    }
    let met = [
        "your interview",
        "the interview",
        "interviewing with",
        "for interviewing",
        "time to interview",
        "taking the time to meet",
        "meeting with",
        "speaking with our team",
        "interviews with",
        "panel",
        "onsite",
        "on-site",
    ];
    let future = [
        "invite you to",
        "invite you for",
        "to the interview stage",
        "progress to interview",
    ];
    if any(low, &met) && !any(low, &future) {
        return Some(Stage::Interview);
    }
    if any(
        low,
        &[
            "assessment",
            "take-home",
            "take home",
            "coding challenge",
            "case study",
            "technical test",
            "task you completed",
            "exercise",
        ],
    ) {
        // Rebound has no assessment stage of its own (yet): "Other".
        return Some(Stage::Other);
    }
    if any(
        low,
        &[
            "phone screen",
            "screening call",
            "initial call",
            "intro call",
            "introductory call",
            "call with our recruiter",
            "recruiter call",
            "our call",
            "phone call",
        ],
    ) {
        return Some(Stage::Screening);
    }
    if any(
        low,
        &[
            "your application",
            "applying",
            "your cv",
            "your resume",
            "your résumé",
        ],
    ) {
        return Some(Stage::Application);
    }
    None
}

/// Words that end a name (lowercase prose) are handled by capitalisation;
/// these capitalised words never start or continue one.
const NOT_NAMES: [&str; 24] = [
    "We",
    "I",
    "You",
    "Your",
    "Our",
    "The",
    "This",
    "That",
    "Unfortunately",
    "Thank",
    "Thanks",
    "Dear",
    "Hi",
    "Hello",
    "After",
    "At",
    "Please",
    "Best",
    "Kind",
    "Regards",
    "Position",
    "Role",
    "Team",
    "Careers",
];

/// Lowercase words allowed inside a name when a capitalised word follows.
const JOINERS: [&str; 9] = ["&", "and", "of", "de", "van", "von", "der", "und", "+"];

const LEGAL: [&str; 14] = [
    "Inc.", "Inc", "LLC", "Ltd.", "Ltd", "GmbH", "AG", "S.A.", "SA", "B.V.", "BV", "plc", "Co.",
    "Corp.",
];

fn capitalised(w: &str) -> bool {
    w.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A run of capitalised words starting at byte `at` of `line`: the longest
/// name-like piece, copied from the line. `role` allows parentheses and a
/// few more joiners; a company may end in a legal suffix ("Acme, Inc.").
fn name_at(line: &str, at: usize, role: bool) -> Option<&str> {
    let rest = line.get(at..)?;
    let start = at + (rest.len() - rest.trim_start().len());
    let s = &line[start..];
    let mut tokens = Vec::new();
    let mut off = 0;
    for w in s.split(' ') {
        tokens.push((off, w));
        off += w.len() + 1;
    }
    let mut end: Option<usize> = None;
    let mut words = 0;
    let mut depth = 0i32;
    let mut i = 0;
    while i < tokens.len() {
        let (off, raw) = tokens[i];
        if raw.is_empty() {
            break;
        }
        let legal_form = raw.trim_end_matches([',', ';', ':']);
        if words > 0 && LEGAL.contains(&legal_form) {
            end = Some(off + legal_form.len());
            words += 1;
            if legal_form.len() != raw.len() {
                break;
            }
            i += 1;
            continue;
        }
        let core = raw.trim_end_matches([',', '.', ';', ':', '!', '?', '"']);
        let punct = &raw[core.len()..];
        let (core, possessive) = match core.strip_suffix("'s") {
            Some(c) => (c, true),
            None => (core, false),
        };
        let bare = core.trim_start_matches('(').trim_end_matches(')');
        let joiner = JOINERS.contains(&core) || (role && matches!(core, "-" | "–" | "/"));
        let accepted = if role && (depth > 0 || (core.starts_with('(') && words > 0)) {
            true
        } else if joiner {
            if words == 0 {
                return None;
            }
            // Kept only if a name word follows.
            i += 1;
            continue;
        } else {
            capitalised(bare)
                && !NOT_NAMES.contains(&bare)
                && bare.chars().any(char::is_alphanumeric)
        };
        if !accepted {
            break;
        }
        depth += core.matches('(').count() as i32 - core.matches(')').count() as i32;
        end = Some(off + core.len());
        words += 1;
        if possessive || words >= 7 {
            break;
        }
        if !punct.is_empty() {
            let next = tokens
                .get(i + 1)
                .map(|t| t.1.trim_end_matches([',', ';', ':']))
                .unwrap_or("");
            if punct.starts_with(',') && LEGAL.contains(&next) && !role {
                i += 1;
                continue;
            }
            break;
        }
        i += 1;
    }
    let end = end?;
    let name = s[..end].trim();
    if name.is_empty() || name.len() > 80 {
        return None;
    }
    line.get(start..start + name.len())
}

/// Every place in `line` where one of `cues` (lowercase ASCII) ends.
fn cue_ends<'a>(line: &'a str, cues: &'a [&'a str]) -> impl Iterator<Item = usize> + 'a {
    let low = line.to_ascii_lowercase();
    let mut found = Vec::new();
    for cue in cues {
        let mut from = 0;
        while let Some(i) = low.get(from..).and_then(|s| s.find(cue)) {
            let at = from + i;
            let boundary = at == 0 || !low.as_bytes()[at - 1].is_ascii_alphanumeric();
            if boundary {
                found.push(at + cue.len());
            }
            from = at + cue.len();
        }
    }
    found.sort_unstable();
    found.into_iter()
}

const COMPANY_CUES: [&str; 36] = [
    "scheme at ",
    "programme at ",
    "interest in joining ",
    "interest in working at ",
    "interest in working with ",
    "interest in ",
    "applying to ",
    "applying at ",
    "applying with ",
    "application to ",
    "application at ",
    "application with ",
    "applied to ",
    "applied at ",
    "applied with ",
    "position at ",
    "role at ",
    "roles at ",
    "opportunity at ",
    "opportunities at ",
    "opening at ",
    "vacancy at ",
    "career at ",
    "careers at ",
    "to join ",
    "interviewing with ",
    "offer from ",
    "position with ",
    "role with ",
    "team at ",
    "here at ",
    "everyone at ",
    "all of us at ",
    "update from ",
    "message from ",
    "on behalf of ",
];

/// Words after a company's name in a team signature: "Acme Talent Team".
const TEAM_WORDS: [&str; 9] = [
    " Talent Acquisition",
    " Talent Team",
    " Recruiting Team",
    " Recruitment Team",
    " Hiring Team",
    " People Team",
    " Careers",
    " Recruiting",
    " Team",
];

/// The employer. The sender's address is usually the hiring software's, so
/// it's used only through its display name ("Acme Careers <no-reply@…>").
fn company<'a>(
    subject: &'a str,
    main: &[&'a str],
    headers: &[(&str, &'a str)],
    role: Option<&str>,
) -> Option<String> {
    let mut found: Vec<&'a str> = Vec::new();
    let role_at = role.map(|r| {
        [
            format!("{} at ", r.to_ascii_lowercase()),
            format!("{} with ", r.to_ascii_lowercase()),
        ]
    });
    for line in std::iter::once(subject).chain(main.iter().copied()) {
        for end in cue_ends(line, &COMPANY_CUES) {
            if let Some(n) = name_at(line, end, false) {
                found.push(strip_team(n));
            }
        }
        // "… the Product Manager role at Acme": the role, then the employer.
        if let Some(cues) = &role_at {
            let cues = [cues[0].as_str(), cues[1].as_str()];
            for end in cue_ends(line, &cues) {
                if let Some(n) = name_at(line, end, false) {
                    found.push(n);
                }
            }
        }
        // "with the Foundry Robotics team", "the Northwind Traders leadership team"
        let low = line.to_ascii_lowercase();
        let mut from = 0;
        while let Some(i) = low.get(from..).and_then(|t| t.find("the ")) {
            let at = from + i + 4;
            from = at;
            if at >= 5 && low.as_bytes()[at - 5].is_ascii_alphanumeric() {
                continue;
            }
            if let Some(n) = name_at(line, at, false) {
                let after = low.get(at + n.len()..).unwrap_or("");
                let next: Vec<&str> = after.split_whitespace().take(2).collect();
                if next.first() == Some(&"team")
                    || (next.get(1) == Some(&"team")
                        && next[0].chars().all(|c| c.is_ascii_lowercase()))
                {
                    found.push(strip_department(n));
                }
            }
        }
    }
    // The line under a person's signature: "Nina Patel" then "Sparrow Books".
    if let Some(name) = signer(main) {
        if let Some(i) = main.iter().rposition(|l| l.trim() == name) {
            if let Some(next) = main.get(i + 1).map(|l| l.trim()) {
                let role_like = next
                    .split(' ')
                    .any(|w| ROLE_WORDS.iter().any(|r| w.starts_with(r)));
                if !role_like && !next.is_empty() && name_at(next, 0, false) == Some(next) {
                    found.push(next);
                }
            }
        }
    }
    // A signature's title line: "Talent Partner, Northwind Traders".
    for line in main {
        if let Some((title, rest)) = line.split_once(", ") {
            let words = title.split(' ').count();
            let titled = ROLE_WORDS
                .iter()
                .chain(["Partner", "Recruiter", "Manager"].iter())
                .any(|w| title.contains(w));
            if words <= 4 && titled {
                let at = line.len() - rest.len();
                if let Some(n) = name_at(line, at, false) {
                    if n.len() == rest.trim_end().len() {
                        found.push(n);
                    }
                }
            }
        }
    }
    // "Ember Games - final stage", "Northwind: final round outcome"
    for sep in [" - ", " – ", " | ", ": "] {
        if let Some((head, _)) = subject.split_once(sep) {
            let head = head.trim();
            let role_like = head
                .split(' ')
                .any(|w| ROLE_WORDS.iter().any(|r| w.starts_with(r)));
            if !role_like
                && name_at(head, 0, false) == Some(head)
                && !head.to_ascii_lowercase().contains("application")
            {
                found.push(head);
            }
        }
    }
    // "The Acme Team", "Acme Talent Acquisition", "Acme Careers" on a line of their own.
    for line in main.iter().copied().chain(std::iter::once(subject)) {
        let l = line
            .trim()
            .trim_start_matches("The ")
            .trim_start_matches("the ");
        if l.len() < 80 && TEAM_WORDS.iter().any(|t| l.ends_with(t)) {
            let n = strip_team(l);
            if n != l && name_at(n, 0, false) == Some(n) {
                found.push(n);
            }
        }
    }
    for (k, v) in headers {
        if *k == "from" {
            let display = v.split('<').next().unwrap_or("").trim().trim_matches('"');
            let n = strip_team(display);
            if n != display && name_at(n, 0, false) == Some(n) {
                found.push(n);
            }
        }
    }
    let role = role.unwrap_or("");
    found.retain(|n| !n.eq_ignore_ascii_case(role));
    // The name seen most often wins (a shorter form, "Northwind", counts for
    // the full one, "Northwind Traders"); ties go to the first seen.
    let same = |a: &str, b: &str| {
        let (a, b) = (a.to_lowercase(), b.to_lowercase());
        a == b || b.starts_with(&format!("{a} "))
    };
    let mut best: Option<(&str, usize)> = None;
    for n in &found {
        let count = found.iter().filter(|m| same(m, n)).count();
        let longer = found.iter().any(|m| m.len() > n.len() && same(n, m));
        if !longer && best.is_none_or(|(_, c)| count > c) {
            best = Some((n, count));
        }
    }
    best.map(|(n, _)| n.to_string())
}

/// "Lumen & Vale Talent" → "Lumen & Vale" (before the word "Team").
fn strip_department(n: &str) -> &str {
    let mut n = n.trim();
    for d in [
        " Talent",
        " Recruiting",
        " Recruitment",
        " People",
        " Hiring",
        " Careers",
        " HR",
        " Engineering",
    ] {
        if let Some(s) = n.strip_suffix(d) {
            n = s.trim_end();
        }
    }
    n
}

fn strip_team(n: &str) -> &str {
    let mut n = n.trim();
    for t in TEAM_WORDS {
        if let Some(s) = n.strip_suffix(t) {
            n = s.trim_end();
        }
    }
    n
}

/// Words at least one of which a role's title has (for the weaker cues).
const ROLE_WORDS: [&str; 48] = [
    "Engineer",
    "Developer",
    "Designer",
    "Manager",
    "Analyst",
    "Scientist",
    "Lead",
    "Director",
    "Specialist",
    "Consultant",
    "Coordinator",
    "Associate",
    "Officer",
    "Administrator",
    "Architect",
    "Writer",
    "Editor",
    "Researcher",
    "Intern",
    "Assistant",
    "Head",
    "Representative",
    "Executive",
    "Accountant",
    "Teacher",
    "Nurse",
    "Marketer",
    "Strategist",
    "Producer",
    "Technician",
    "Advisor",
    "Recruiter",
    "Planner",
    "Programmer",
    "Tester",
    "Support",
    "Owner",
    "Copywriter",
    "Illustrator",
    "Trainee",
    "Graduate",
    "Apprentice",
    "Controller",
    "Economist",
    "Pharmacist",
    "Lawyer",
    "Paralegal",
    "Chef",
];

const ROLE_CUES: [&str; 12] = [
    "position of ",
    "role of ",
    "application for the ",
    "application for ",
    "applying for the ",
    "applying for ",
    "applied for the ",
    "applied for ",
    "interview for the ",
    "interview for ",
    "consideration for the ",
    "candidacy for the ",
];

/// The role's title, from "the … position", "application for …",
/// "Role: …" and the like.
fn role(subject: &str, main: &[&str]) -> Option<String> {
    let has_role_word = |n: &str| {
        n.split(' ').any(|w| {
            ROLE_WORDS
                .iter()
                .any(|r| w.trim_matches(['(', ')', ',']).starts_with(r))
        })
    };
    let mut strong: Vec<&str> = Vec::new();
    let mut weak: Vec<&str> = Vec::new();
    for line in std::iter::once(&subject).chain(main.iter()) {
        // "Role: Product Designer", "Position: …", "Job title: …"
        let t = line.trim();
        for key in ["Role:", "Position:", "Job title:", "Job:", "Vacancy:"] {
            if let Some(v) = t.strip_prefix(key) {
                let at = t.len() - v.len();
                if let Some(n) = name_at(t, at, true) {
                    strong.push(n);
                }
            }
        }
        // "the Senior Designer position", "for the Data Analyst role"
        let low = line.to_ascii_lowercase();
        for word in [
            " position",
            " role",
            " opening",
            " vacancy",
            " job",
            " scheme",
            " programme",
        ] {
            let mut from = 0;
            while let Some(i) = low.get(from..).and_then(|s| s.find(word)) {
                let at = from + i;
                from = at + word.len();
                let before = &line[..at];
                if let Some(the) = before.to_ascii_lowercase().rfind("the ") {
                    let start = the + 4;
                    if let Some(n) = name_at(line, start, true) {
                        if start + n.len() == at || line[start..at].trim() == n {
                            strong.push(n);
                        }
                    }
                }
            }
        }
        for end in cue_ends(line, &ROLE_CUES) {
            if let Some(n) = name_at(line, end, true) {
                if has_role_word(n) {
                    weak.push(n);
                }
            }
        }
        for end in cue_ends(line, &["as a ", "as an "]) {
            if let Some(n) = name_at(line, end, true) {
                if has_role_word(n) {
                    weak.push(n);
                }
            }
        }
    }
    // "Re: Data Analyst interview", "Marketing Coordinator application"
    for tail in [" interview", " application", " role", " position"] {
        if let Some(head) = subject.strip_suffix(tail) {
            if let Some(n) = name_at(head, 0, true) {
                if has_role_word(n) && n == head.trim() {
                    weak.push(n);
                }
            }
        }
    }
    // A subject like "Product Designer – application update".
    for sep in [" - ", " – ", " | "] {
        if let Some((head, tail)) = subject.split_once(sep) {
            let tl = tail.to_ascii_lowercase();
            if tl.contains("application") || tl.contains("update") || tl.contains("your candidacy")
            {
                if let Some(n) = name_at(head, 0, true) {
                    if has_role_word(n) && n == head.trim() {
                        weak.push(n);
                    }
                }
            }
        }
    }
    strong
        .into_iter()
        .chain(weak)
        .map(|n| n.trim_end_matches(['-', '–', ' ']).trim())
        .find(|n| !n.is_empty() && n.chars().any(char::is_alphabetic))
        .map(str::to_string)
}

const SIGN_OFFS: [&str; 16] = [
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "regards",
    "best wishes",
    "all the best",
    "with best wishes",
    "many thanks",
    "thanks again",
    "thank you",
    "sincerely",
    "best",
    "cheers",
    "thanks",
    "warmly",
];

/// The person who signed: the line after a sign-off, when it reads like a
/// person's name (two or three capitalised words, no team words).
fn signer(main: &[&str]) -> Option<String> {
    let i = main.iter().rposition(|l| {
        let low = l
            .trim()
            .trim_end_matches([',', '!', '.'])
            .to_ascii_lowercase();
        SIGN_OFFS.contains(&low.as_str())
            || (l.trim_end().ends_with(',')
                && low.len() < 40
                && [
                    "best of luck",
                    "good luck",
                    "with thanks",
                    "thanks so much",
                    "looking forward",
                ]
                .iter()
                .any(|p| low.starts_with(p)))
    })?;
    let line = main.get(i + 1..)?.iter().find(|l| !l.trim().is_empty())?;
    let name = line.trim().trim_end_matches(',');
    // "Priya Raman | Talent Partner" or "Priya Raman, Recruiter"
    let name = name.split(['|', ',']).next().unwrap_or("").trim();
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let person = (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            capitalised(w)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
                && !NOT_NAMES.contains(w)
        })
        && !TEAM_WORDS.iter().any(|t| name.contains(t.trim()))
        && ![
            "Talent",
            "Recruiting",
            "Hiring",
            "HR",
            "People",
            "Careers",
            "Recruitment",
        ]
        .iter()
        .any(|t| words.contains(t));
    (person && words.len() >= 2 || person && words.len() == 1 && words[0].len() > 1)
        .then(|| name.to_string())
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date written the ways mail programs write it: "Tue, 3 Nov 2026 10:15",
/// "Tuesday, November 3, 2026 at 10:15 AM", "2026-11-03". Numeric
/// day/month orders are ambiguous and left alone.
pub fn parse_loose_date(text: &str) -> Option<NaiveDate> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(['.', ',']).to_ascii_lowercase())
        .collect();
    for w in &words {
        if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
            if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
                return Some(d);
            }
        }
    }
    let month_at = words.iter().position(|w| {
        w.len() >= 3
            && MONTHS
                .iter()
                .any(|m| w.starts_with(m) && w.is_char_boundary(3))
    })?;
    let month = MONTHS.iter().position(|m| words[month_at].starts_with(m))? as u32 + 1;
    let number = |w: &String| -> Option<u32> {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if digits.is_empty() || digits.len() > 4 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let near: Vec<u32> = words
        .iter()
        .skip(month_at.saturating_sub(2))
        .take(6)
        .filter_map(number)
        .collect();
    let year = near.iter().copied().find(|n| (1990..=2100).contains(n))? as i32;
    let day = near.iter().copied().find(|n| (1..=31).contains(n))?;
    NaiveDate::from_ymd_opt(year, month, day)
}
