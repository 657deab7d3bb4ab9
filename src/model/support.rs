//! Trusted people to reach after a hard rejection, with prefilled links.

use serde::{Deserialize, Serialize};

use super::compose::{encode, mailto};
use super::rejection::Stage;

/// At most this many support people (a short list is easier to use).
pub const MAX_SUPPORT: usize = 3;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportPerson {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
}

/// A hard rejection: one that came late in the process.
pub fn is_hard(stage: Stage) -> bool {
    matches!(stage, Stage::Interview | Stage::FinalRound)
}

/// A short, easy message to send to a friend.
pub fn message(person: &str, company: &str) -> String {
    let hi = match person.trim() {
        "" => crate::t!("Hi,").to_string(),
        name => crate::tf!("Hi {name},", name = name),
    };
    let news = match company.trim() {
        "" => crate::t!("I heard back about a job today and it was a no.").to_string(),
        c => crate::tf!(
            "I heard back from {company} today and it was a no.",
            company = c
        ),
    };
    crate::tf!(
        "{hi} {news} Would you have a few minutes to talk this week? It would help.",
        hi = hi,
        news = news
    )
}

/// Digits and a leading + only, for `tel:` and `sms:`.
fn phone_digits(phone: &str) -> String {
    phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect()
}

pub fn mail_link(p: &SupportPerson, company: &str) -> Option<String> {
    (!p.email.trim().is_empty()).then(|| {
        mailto(
            &p.email,
            crate::t!("Could we talk?"),
            &message(&p.name, company),
        )
    })
}

pub fn sms_link(p: &SupportPerson, company: &str) -> Option<String> {
    let n = phone_digits(&p.phone);
    (!n.is_empty()).then(|| format!("sms:{n}?body={}", encode(&message(&p.name, company), b"")))
}

pub fn tel_link(p: &SupportPerson) -> Option<String> {
    let n = phone_digits(&p.phone);
    (!n.is_empty()).then(|| format!("tel:{n}"))
}
