//! The feedback-request composer: message templates, the `mailto:` link, and
//! a kind "bridge check" of the text the user is about to send.
//!
//! The words are in `words.rs`: one table of whole sentences, their English
//! the keys the language packs translate, plus each language's greetings.
//! The joining rules (and a language's own spacing) are in `join.rs`, and
//! which name a greeting uses, in each language, in `names.rs`.

mod check;
mod join;
mod kinds;
mod mailto;
mod names;
mod words;

pub use check::{bridge_check, phrases, word_count, Note, Phrases, WORD_LIMIT};
pub use join::{clean_value, own_sentence};
pub use mailto::{decode, encode, mailto, normalise_newlines, MAILTO_LIMIT};
pub use names::{addressee, Addressee};

use super::rejection::Stage;
use crate::lang::Lang;
use join::{phrase, sentence, Slots, Text};
pub use kinds::{Kind, Tone};
use names::Form;
use words::{Words, WORDS};

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

/// The form's names, cleaned once for every template.
struct Filled {
    company: String,
    role: String,
}

impl Compose {
    fn words(&self) -> &'static Words {
        &WORDS
    }

    fn filled(&self) -> Filled {
        Filled {
            company: clean_value(&self.company),
            role: role_name(&self.role, crate::lang::lang()),
        }
    }

    fn slots<'a>(&self, f: &'a Filled) -> Slots<'a> {
        Slots {
            company: &f.company,
            role: &f.role,
        }
    }

    /// How the recipient is addressed: a name shared with the company
    /// ("Acme" signing for Acme) is a team.
    pub fn addressee(&self) -> Addressee {
        self.addressee_at(&clean_value(&self.company))
    }

    fn addressee_at(&self, company: &str) -> Addressee {
        if !company.is_empty() && clean_value(&self.recipient_name).eq_ignore_ascii_case(company) {
            return Addressee::Team;
        }
        addressee(&self.recipient_name)
    }

    /// The greeting line: "Hi Ana,", "Dear Dr. Ruiz,", or a kind fallback
    /// (in the language in use: "Guten Tag Ana Ruiz,", "Hola, Ana:").
    pub fn greeting(&self) -> String {
        let lang = crate::lang::lang();
        join::typography(lang, &self.greeting_at(&clean_value(&self.company), lang))
    }

    fn greeting_at(&self, company: &str, lang: Lang) -> String {
        let g = words::greetings(lang);
        let a = self.addressee_at(company);
        let Some((form, name)) = names::greeting_name(lang, &a, &self.recipient_name) else {
            return match a {
                Addressee::Team => g.team.get(self.tone),
                _ => g.unknown.get(self.tone),
            }
            .to_string();
        };
        let (before, after) = match form {
            Form::Person => g.person,
            Form::Her => g.her,
            Form::Him => g.him,
            Form::Titled => g.titled,
        }
        .get(self.tone);
        let mut text = Text::default();
        text.push(before);
        text.push(&name);
        text.push(after);
        text.phrase()
    }

    /// The sign-off, with your name on its own line when you gave one.
    pub fn sign_off(&self) -> String {
        let sign = self.words().sign_off.get(self.tone).get();
        match names::sign_name(&self.your_name).as_str() {
            "" => sign.to_string(),
            name => format!("{sign}\n{name}"),
        }
    }

    pub fn subject(&self) -> String {
        let f = self.filled();
        let text = phrase(self.words().subject(self.kind), &self.slots(&f));
        join::typography(crate::lang::lang(), &text)
    }

    pub fn body(&self) -> String {
        let lang = crate::lang::lang();
        let w = self.words();
        let f = self.filled();
        let slots = self.slots(&f);
        let say = |s: words::Say| sentence(s, &slots);
        let mut paras: Vec<String> = vec![self.greeting_at(&f.company, lang)];

        let stage = w.stage(self.stage);
        let mut opening: Vec<String> = match self.kind {
            Kind::Nudge => w.nudge.get(self.tone).iter().map(|s| say(*s)).collect(),
            Kind::Feedback | Kind::ThankYou => {
                vec![say(w.decision), say(stage.thanks.get(self.tone))]
            }
        };
        if self.kind != Kind::Nudge {
            opening.extend(own_sentence(&self.personal_line));
        }
        let opening = opening.join(" ");
        paras.push(match lang {
            Lang::De => join::after_greeting_de(&opening),
            _ => opening,
        });

        if self.kind != Kind::ThankYou {
            let asking = w.asking(self.kind);
            let asks: Vec<String> = [
                (self.ask_areas, w.ask_areas),
                (self.ask_reason, stage.reason),
                (self.ask_future, w.ask_future),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, q)| format!("- {}", say(q)))
            .collect();
            let close = say(asking.close);
            if asks.is_empty() {
                paras.push(format!("{} {close}", say(asking.general)));
            } else {
                let intro = say(asking.intro.get(self.tone));
                paras.push(format!("{intro}\n{}", asks.join("\n")));
                paras.push(close);
            }
        }

        if self.stay_in_touch {
            paras.push(say(w.stay_in_touch.get(self.tone)));
        } else if self.kind == Kind::ThankYou {
            paras.push(say(w.good_wishes));
        }
        paras.push(self.sign_off());
        join::typography(lang, &paras.join("\n\n"))
    }
}

/// A typed role as the template uses it: "the Designer role" → "Designer"
/// (and in German "die Stelle als Designer (m/w/d)" → "Designer").
fn role_name(typed: &str, lang: Lang) -> String {
    let w = words::role_words(lang);
    let cleaned = clean_value(typed);
    let mut role = cleaned.as_str();
    if let Some(rest) = w.before.iter().find_map(|a| strip_words(role, a)) {
        role = rest;
    }
    let untagged;
    if w.gender_tags {
        untagged = join::drop_gender_tag(role);
        role = &untagged;
    }
    let role = join::drop_stray_stop(role);
    let role = match role.rsplit_once(' ') {
        Some((rest, last)) if w.after.iter().any(|n| last.eq_ignore_ascii_case(n)) => rest,
        None if w.after.iter().any(|n| role.eq_ignore_ascii_case(n)) => "",
        _ => &role,
    };
    if role == cleaned {
        cleaned
    } else {
        clean_value(role)
    }
}

/// `text` without `words` and the space after them at its start (any case).
fn strip_words<'a>(text: &'a str, words: &str) -> Option<&'a str> {
    let head = text.get(..words.len())?;
    let rest = text[words.len()..].strip_prefix(' ')?;
    head.eq_ignore_ascii_case(words).then_some(rest)
}
