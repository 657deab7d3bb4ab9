//! A pasted thread taken apart: forwarded headers (in five languages),
//! "On … wrote:" quote markers, quoted lines, footers and subject prefixes.

use chrono::NaiveDate;

use super::date::parse_loose_date;

/// A forwarded or quoted message's header line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Key {
    From,
    Sent,
    Subject,
    To,
}

const HEADER_KEYS: [(&str, Key); 22] = [
    ("from", Key::From),
    ("von", Key::From),
    ("de", Key::From),
    ("sent", Key::Sent),
    ("date", Key::Sent),
    ("datum", Key::Sent),
    ("gesendet", Key::Sent),
    ("fecha", Key::Sent),
    ("enviado", Key::Sent),
    ("enviado el", Key::Sent),
    ("envoyé", Key::Sent),
    ("data", Key::Sent),
    ("enviada em", Key::Sent),
    ("subject", Key::Subject),
    ("betreff", Key::Subject),
    ("asunto", Key::Subject),
    ("objet", Key::Subject),
    ("assunto", Key::Subject),
    ("to", Key::To),
    ("an", Key::To),
    ("para", Key::To),
    ("à", Key::To),
];

/// `From: …`, `Betreff: …`, `De : …` (a forwarded message's headers).
pub(super) fn header(line: &str) -> Option<(Key, &str)> {
    let l = line.trim().trim_start_matches(['>', '*', ' ']);
    let colon = l.find(':')?;
    if colon > 12 {
        return None;
    }
    let name = l[..colon].trim().trim_end_matches('*').trim();
    let key = HEADER_KEYS
        .iter()
        .find(|(k, _)| name.len() == k.len() && name.to_lowercase() == *k)?
        .1;
    let value = l[colon + 1..].trim().trim_start_matches('*').trim();
    Some((key, value))
}

/// Words before a forwarded message (lowercase).
#[rustfmt::skip]
const FORWARD_MARKERS: [&str; 16] = [
    "anfang der weitergeleiteten", "début du message réexpédié", "inicio del mensaje reenviado",
    "início da mensagem encaminhada", "forwarded message", "begin forwarded message",
    "original message", "weitergeleitete nachricht", "ursprüngliche nachricht",
    "mensaje reenviado", "mensaje original", "message transféré", "message d'origine",
    "message original", "mensagem encaminhada", "mensagem original",
];

/// How a quoted message is introduced: first word, a word inside, the end
/// ("On … wrote:", "Am … schrieb Name <…>:").
const QUOTE_MARKERS: [(&str, &str, &str); 7] = [
    ("On ", "", "wrote:"),
    ("Am ", " schrieb", ":"),
    ("El ", "", "escribió:"),
    ("Le ", "", "a écrit :"),
    ("Le ", "", "a écrit:"),
    ("Em ", "", "escreveu:"),
    ("Op ", "", "schreef:"),
];

/// The sender named in a quote marker: "On …, Acme Careers <jobs@acme.com> wrote:".
fn marker_sender(line: &str) -> Option<&str> {
    let lt = line.find('<')?;
    let gt = lt + line[lt..].find('>')?;
    let head = &line[..lt];
    let start = match head.find(" schrieb ") {
        Some(i) => i + " schrieb ".len(),
        None => head.rfind(", ").map(|i| i + 2)?,
    };
    let s = line.get(start..=gt)?.trim().trim_start_matches('(');
    (!s.is_empty()).then_some(s)
}

/// A word one of [`FOOTER_MARKERS`] has, to skip the other lines cheaply.
#[rustfmt::skip]
const FOOTER_WORDS: [&str; 30] = [
    "receber", "recibir", "recevoir",
    "unsubscribe", "privacy", "sent", "receiving", "received", "reply", "powered", "system",
    "automated", "abmelden", "datenschutzerklärung", "wurde", "antworten", "baja", "privacidad",
    "correo", "respondas", "responda", "désinscrire", "désinscrivez", "désabonner",
    "confidentialité", "répondre", "répondez", "descadastrar", "inscrição", "enviada",
];

pub(super) fn footer_line(t: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| FOOTER_WORDS.iter().copied().collect());
    let low = t.to_lowercase();
    let triggered = low
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| words.contains(w) || w.starts_with("désinscri") || w == "e-mail");
    // A footer's words open its line, or the line is short: in the middle
    // of a paragraph ("Thank you for applying… This is an automated message
    // to confirm…") they are the message's own.
    triggered
        && FOOTER_MARKERS.iter().any(|m| {
            low.find(m)
                .is_some_and(|at| at <= 40 || low.len() <= 140 || low.ends_with(m))
        })
}

/// A job board's heading over other employers' jobs: "Similar jobs",
/// "Ofertas que te pueden interesar", "Vagas parecidas com esta".
pub(super) fn suggested_jobs(t: &str) -> bool {
    let low = t.to_lowercase();
    low.len() <= 70 && SUGGESTED_JOBS.iter().any(|h| low.starts_with(h))
}

#[rustfmt::skip]
const SUGGESTED_JOBS: [&str; 40] = [
    "similar jobs", "jobs you may be interested in", "jobs you might like", "top jobs",
    "recommended jobs", "recommended for you", "jobs for you", "more jobs like this",
    "you may also like", "people also applied", "jobs similar", "other jobs you",
    "ähnliche jobs", "ähnliche stellen", "passende jobs", "weitere jobs", "empfohlene jobs",
    "das könnte sie auch interessieren", "jobs, die sie interessieren könnten",
    "ofertas que te pueden interesar", "ofertas similares", "empleos similares",
    "ofertas recomendadas", "también te pueden interesar", "offres similaires",
    "offres qui pourraient vous intéresser", "ces offres pourraient vous intéresser",
    "offres recommandées", "emplois similaires", "vagas parecidas", "vagas similares",
    "vagas que podem te interessar", "vagas recomendadas", "vagas para você",
    "outras vagas", "otras ofertas", "vacantes recomendadas", "vacantes similares",
    "vacantes que te pueden interesar", "jobs similar to",
];

#[rustfmt::skip]
const FOOTER_MARKERS: [&str; 38] = [
    // "Para deixar de receber pesquisas, clique aqui."
    "deixar de receber", "dejar de recibir", "ne plus recevoir", "stop receiving",
    "unsubscribe", "privacy policy", "this email was sent", "this e-mail was sent",
    "this message was sent", "you are receiving this", "you received this", "do not reply to this",
    "please do not reply", "powered by", "this is a system-generated", "this is an automated",
    "abmelden", "datenschutzerklärung", "diese e-mail wurde", "bitte antworten sie nicht",
    "darse de baja", "política de privacidad", "este correo ha sido", "no respondas a este",
    "no responda a este", "se désinscrire", "désinscri", "désabonner",
    "politique de confidentialité", "ne pas répondre", "ne répondez pas", "cet e-mail a été",
    "descadastrar", "cancelar inscrição", "este e-mail foi enviado", "esta mensagem foi enviada",
    "não responda", "nao responda",
];

/// "to me", "an mich", "para mí", "à moi", "para mim" under a copied sender line.
const TO_ME: [&str; 7] = ["to me", "to ", "an mich", "an ", "para ", "à ", "á "];

/// A sender line as a mail app shows it: "Acme Careers <no-reply@acme.com>".
fn bare_sender(t: &str) -> bool {
    let Some(open) = t.find('<') else {
        return false;
    };
    let addr = &t[open + 1..];
    let name = &t[..open];
    t.ends_with('>')
        && name.len() <= 80
        && !name.contains(':')
        && addr.contains('@')
        && !addr.trim_end_matches('>').contains([' ', '<', '>'])
}

/// Lines that can stand above a copied sender line: a subject, a folder's
/// name — no greeting, no sentences.
fn subject_like(lines: &[&str]) -> bool {
    let top: Vec<&str> = lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    top.len() <= 3
        && top.iter().all(|l| {
            let words = l.split(' ').count();
            l.len() < 120 && !l.ends_with([',', ':', ';']) && !(l.ends_with('.') && words > 4)
        })
}

/// A break in the paste: a forward, a header block or a quote marker.
pub(super) struct Break<'a> {
    /// Lines `start..end` are the break itself; the next message starts at `end`.
    pub start: usize,
    pub end: usize,
    pub forward: bool,
    /// A copied sender line, not a `From:` header.
    pub bare: bool,
    pub from: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub date: Option<NaiveDate>,
}

pub(super) fn breaks<'a>(lines: &[&'a str]) -> Vec<Break<'a>> {
    let mut out: Vec<Break<'a>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        // Marker lines have dashes or start with "Begin"/"Anfang"/"Début"/"Inicio".
        let marker = t.len() < 80
            && (t.contains("--")
                || ["Begin", "Anfang", "Début", "Inicio", "Início"]
                    .iter()
                    .any(|k| t.starts_with(k)))
            && {
                let low = t.to_lowercase();
                FORWARD_MARKERS.iter().any(|m| low.contains(m))
            };
        let quote = QUOTE_MARKERS.iter().find_map(|(a, mid, b)| {
            let next = lines.get(i + 1).map(|n| n.trim()).unwrap_or("");
            let joined_ok = |s: &str| s.starts_with(a) && s.contains(mid) && s.len() < 300;
            if joined_ok(t) && t.ends_with(b) {
                Some(i + 1)
            } else if t.starts_with(a) && next.ends_with(b) && joined_ok(t) && t.len() < 200 {
                Some(i + 2)
            } else {
                None
            }
        });
        if let Some(end) = quote {
            let date = parse_loose_date(t);
            let from = marker_sender(t).or_else(|| marker_sender(lines[end - 1].trim()));
            out.push(Break {
                start: i,
                end,
                forward: false,
                bare: false,
                from,
                subject: None,
                date,
            });
            i = end;
            continue;
        }
        // A mail app's copy: "Acme Careers <no-reply@…>", a date, "to me".
        if i < 6 && !marker && bare_sender(t) && subject_like(&lines[..i]) {
            let mut j = i + 1;
            let mut date = None;
            while j < lines.len() && j <= i + 3 {
                let l = lines[j].trim();
                let d = parse_loose_date(l).filter(|_| l.len() < 60);
                if d.is_some()
                    || (l.len() < 40 && TO_ME.iter().any(|m| l.to_lowercase().starts_with(m)))
                {
                    date = date.or(d);
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(Break {
                start: i,
                end: j,
                forward: false,
                bare: true,
                from: Some(t),
                subject: None,
                date,
            });
            i = j;
            continue;
        }
        let mut j = if marker { i + 1 } else { i };
        let (mut from, mut subject, mut date, mut n) = (None, None, None, 0);
        while j < lines.len() {
            match header(lines[j]) {
                Some((key, value)) => {
                    n += 1;
                    match key {
                        Key::From => from = from.or(Some(value)),
                        Key::Subject => subject = subject.or(Some(value)),
                        Key::Sent => date = date.or_else(|| parse_loose_date(value)),
                        Key::To => {}
                    }
                }
                None if lines[j].trim().is_empty() && (marker || n > 0) => {
                    // A blank line inside the block, or the one that ends it.
                    if n > 0 && lines.get(j + 1).is_none_or(|l| header(l).is_none()) {
                        j += 1;
                        break;
                    }
                }
                None => break,
            }
            j += 1;
        }
        if marker || from.is_some() || n >= 2 {
            out.push(Break {
                start: i,
                end: j.max(i + 1),
                forward: marker,
                bare: false,
                from,
                subject,
                date: if n >= 2 || marker { date } else { None },
            });
            i = j.max(i + 1);
        } else if t.starts_with('>')
            && out.last().is_none_or(|b| b.end != i)
            && !(i > 0 && lines[i - 1].trim_start().starts_with('>'))
        {
            // Quoted lines without a marker: the older message.
            out.push(Break {
                start: i,
                end: i,
                forward: false,
                bare: false,
                from: None,
                subject: None,
                date: None,
            });
            while i < lines.len() && lines[i].trim_start().starts_with('>') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    out
}

pub(super) fn is_forward_subject(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    ["fwd:", "fw:", "wg:", "rv:", "tr:", "enc:", "fwd :", "tr :"]
        .iter()
        .any(|p| l.starts_with(p))
}

/// A reply's subject ("Re:", "AW:", "RES:"): under it, an "Original
/// Message" block is the message replied to, not one forwarded.
pub(super) fn is_reply_subject(s: &str) -> bool {
    let l = s.trim().to_lowercase();
    ["re:", "aw:", "antw:", "res:", "re :"]
        .iter()
        .any(|p| l.starts_with(p))
}

/// A marker that both replies and forwards use ("-----Original
/// Message-----", "-----Ursprüngliche Nachricht-----").
pub(super) fn is_original_marker(line: &str) -> bool {
    let l = line.to_lowercase();
    [
        "original message",
        "ursprüngliche nachricht",
        "mensaje original",
        "message d'origine",
        "message original",
        "mensagem original",
    ]
    .iter()
    .any(|m| l.contains(m))
}

/// Drops `Re:`/`Fwd:`/`AW:`/`RV:`/`TR:` prefixes (any number, any case).
pub(super) fn clean_subject(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let Some(colon) = s.find(':') else {
            return s;
        };
        let p = s[..colon].trim().to_lowercase();
        if ![
            "re", "fwd", "fw", "aw", "wg", "rv", "tr", "enc", "res", "antw", "sv", "r",
        ]
        .contains(&p.as_str())
        {
            return s;
        }
        s = s[colon + 1..].trim();
    }
}
