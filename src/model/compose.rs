//! The feedback-request composer: message templates, the `mailto:` link, and
//! a kind "bridge check" of the text the user is about to send.

use super::rejection::Stage;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Brief,
    Warm,
}

/// What the message is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// Thanks, plus a request for feedback.
    #[default]
    Feedback,
    /// Thanks and keep in touch, no request.
    ThankYou,
    /// One polite follow-up after a week of silence.
    Nudge,
}

/// Everything the template needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compose {
    pub kind: Kind,
    pub tone: Tone,
    pub stage: Stage,
    pub recipient_name: String,
    pub your_name: String,
    pub company: String,
    pub role: String,
    pub ask_areas: bool,
    pub ask_reason: bool,
    pub ask_future: bool,
    /// Something the user valued in the process, in their words.
    pub personal_line: String,
    pub stay_in_touch: bool,
}

impl Default for Compose {
    fn default() -> Self {
        Compose {
            kind: Kind::Feedback,
            tone: Tone::Brief,
            stage: Stage::Interview,
            recipient_name: String::new(),
            your_name: String::new(),
            company: String::new(),
            role: String::new(),
            ask_areas: true,
            ask_reason: true,
            ask_future: true,
            personal_line: String::new(),
            stay_in_touch: true,
        }
    }
}

fn or<'a>(text: &'a str, fallback: &'a str) -> &'a str {
    let t = text.trim();
    if t.is_empty() {
        fallback
    } else {
        t
    }
}

impl Compose {
    fn role_phrase(&self) -> String {
        match (self.role.trim(), self.company.trim()) {
            ("", "") => "the role".into(),
            ("", c) => format!("the role at {c}"),
            (r, "") => format!("the {r} role"),
            (r, c) => format!("the {r} role at {c}"),
        }
    }

    fn time_phrase(&self) -> &'static str {
        match self.stage {
            Stage::Application => "reviewing my application",
            Stage::Screening => "our call",
            Stage::Interview => "the interviews",
            Stage::FinalRound => "the final round",
            Stage::Other => "the process",
        }
    }

    /// "Where I fell short in my background or at interview", worded per stage.
    fn reason_question(&self) -> &'static str {
        match self.stage {
            Stage::Application => "Was there something in my background or application that pointed you towards other candidates?",
            Stage::Screening => "Was there something in my background or in our conversation that made the difference?",
            _ => "Was there something in my background or in the interviews that led you another way?",
        }
    }

    pub fn subject(&self) -> String {
        let role = self.role.trim();
        let what = if role.is_empty() {
            "my application".to_string()
        } else {
            format!("the {role} role")
        };
        match self.kind {
            Kind::Feedback => format!("Thank you, and a quick question about {what}"),
            Kind::ThankYou => format!("Thank you — {what}"),
            Kind::Nudge => format!("Following up: {what}"),
        }
    }

    pub fn body(&self) -> String {
        let greeting = match self.recipient_name.trim() {
            "" => "Hello,".to_string(),
            name => format!("Hi {name},"),
        };
        let mut parts: Vec<String> = vec![greeting];
        let role = self.role_phrase();
        let when = self.time_phrase();
        match self.kind {
            Kind::Feedback | Kind::ThankYou => {
                parts.push(match self.tone {
                    Tone::Brief => format!(
                        "Thank you for letting me know about {role}, and for your time during {when}."
                    ),
                    Tone::Warm => format!(
                        "Thank you for letting me know about {role}. I'm disappointed, of course, but I really appreciated the time you and the team gave me during {when}."
                    ),
                });
            }
            Kind::Nudge => parts.push(format!(
                "I wrote last week about {role}. I know inboxes are busy, so this is just a gentle follow-up, and thank you again for your time."
            )),
        }
        if !self.personal_line.trim().is_empty() && self.kind != Kind::Nudge {
            parts.push(self.personal_line.trim().to_string());
        }
        if self.kind != Kind::ThankYou {
            let mut qs: Vec<&str> = Vec::new();
            if self.ask_areas {
                qs.push("Are there specific areas you'd suggest I work on?");
            }
            if self.ask_reason {
                qs.push(self.reason_question());
            }
            if self.ask_future {
                qs.push("What would make me a stronger candidate for a future opening with you?");
            }
            if !qs.is_empty() {
                let intro = match (self.kind, self.tone) {
                    (Kind::Nudge, _) => "If you have a minute, any of these would help:",
                    (_, Tone::Brief) => "If you have a moment, I'd be grateful for any feedback:",
                    (_, Tone::Warm) => "If you're able to share a little feedback, it would genuinely help me grow:",
                };
                let list: Vec<String> = qs.iter().map(|q| format!("- {q}")).collect();
                parts.push(format!("{intro}\n{}", list.join("\n")));
                parts.push(match self.kind {
                    Kind::Nudge => "If now isn't a good time, no problem at all.".to_string(),
                    _ => "Even a line or two would be useful, and I understand if you're not able to reply.".to_string(),
                });
            }
        }
        if self.stay_in_touch {
            parts.push(match self.tone {
                Tone::Brief => "I'd be glad to stay in touch, and I hope our paths cross again.".to_string(),
                Tone::Warm => format!(
                    "I'd love to stay in touch, and I'd be glad to be considered if something suitable opens up at {}.",
                    or(&self.company, "your team")
                ),
            });
        }
        let sign = match self.tone {
            Tone::Brief => "Best wishes,",
            Tone::Warm => "With thanks,",
        };
        match self.your_name.trim() {
            "" => parts.push(sign.to_string()),
            name => parts.push(format!("{sign}\n{name}")),
        }
        parts.join("\n\n")
    }
}

/// A `mailto:` URL per RFC 6068: UTF-8 percent-encoding, spaces as %20,
/// line breaks as %0D%0A.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let crlf = normalise_newlines(body);
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to.trim(), b"@"),
        encode(subject, b""),
        encode(&crlf, b"")
    )
}

/// Every line break as CRLF.
pub fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// Percent-encodes all but RFC 3986 unreserved characters (and `keep`).
pub fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

/// Decodes percent-encoding (for tests and checks); `None` on bad input.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Beyond this, some mail apps and browsers cut a `mailto:` link short.
pub const MAILTO_LIMIT: usize = 1900;

/// A gentle note from the bridge check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub key: &'static str,
    pub text: &'static str,
}

const RISKY: [(&[&str], &str, &str); 3] = [
    (
        &["reconsider", "change your mind", "second chance", "another chance", "give me a chance"],
        "reconsider",
        "Asking them to reconsider can put them on the spot. Asking how to be a stronger candidate next time keeps the door open.",
    ),
    (
        &["unfair", "not fair", "biased", "rigged", "waste of my time", "wasted my time"],
        "unfair",
        "Calling the process unfair is understandable to feel, but hard to answer. Consider keeping it out of this note and telling a friend instead.",
    ),
    (
        &["explain why", "i demand", "you owe", "i deserve", "tell me why", "why didn't you", "why did you"],
        "demand",
        "Questions that demand reasons can sound like a challenge. \"Is there anything you'd suggest I work on?\" invites a kinder reply.",
    ),
];

/// Words per message before the check suggests trimming.
pub const WORD_LIMIT: usize = 150;

/// Looks over a message and returns gentle suggestions. It never blocks sending.
pub fn bridge_check(text: &str) -> Vec<Note> {
    let lower = text.to_lowercase();
    let mut notes = Vec::new();
    for (phrases, key, advice) in RISKY {
        if phrases.iter().any(|p| lower.contains(p)) {
            notes.push(Note { key, text: advice });
        }
    }
    let shouting = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_uppercase))
        .count()
        >= 2
        || text.contains("!!");
    if shouting {
        notes.push(Note {
            key: "shouting",
            text: "Capitals or several exclamation marks can read as shouting. Plain sentences come across calmer and more confident.",
        });
    }
    if !["thank", "grateful", "appreciat"]
        .iter()
        .any(|w| lower.contains(w))
    {
        notes.push(Note {
            key: "thanks",
            text: "A short thank-you for their time makes a reply much more likely.",
        });
    }
    if word_count(text) > WORD_LIMIT {
        notes.push(Note {
            key: "length",
            text: "This is on the long side. Busy people answer short notes: aim for under 150 words.",
        });
    }
    notes
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
