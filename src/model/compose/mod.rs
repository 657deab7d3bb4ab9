//! The feedback-request composer: message templates, the `mailto:` link, and
//! a kind "bridge check" of the text the user is about to send.
//!
//! The words are in `words.rs` (one table per language), the joining rules
//! in `join.rs`, and how a recipient is greeted in `names.rs`.

mod check;
mod join;
mod kinds;
mod mailto;
mod names;
mod words;

pub use check::{bridge_check, word_count, Note, WORD_LIMIT};
pub use join::{clean_value, own_sentence};
pub use mailto::{decode, encode, mailto, normalise_newlines, MAILTO_LIMIT};
pub use names::{addressee, Addressee};

use super::rejection::Stage;
use join::{phrase, sentence, Slots, Text};
pub use kinds::{Kind, Tone};
use words::{Words, EN};

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
        &EN
    }

    fn filled(&self) -> Filled {
        Filled {
            company: clean_value(&self.company),
            role: role_name(&self.role, self.words()),
        }
    }

    fn slots<'a>(&self, f: &'a Filled) -> Slots<'a> {
        Slots {
            company: &f.company,
            role: &f.role,
            time: self.words().stage(self.stage).time,
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

    /// The greeting line: "Hi Ana,", "Dear Dr. Ruiz,", or a kind fallback.
    pub fn greeting(&self) -> String {
        self.greeting_at(&clean_value(&self.company))
    }

    fn greeting_at(&self, company: &str) -> String {
        let w = self.words();
        let (before, name, after) = match self.addressee_at(company) {
            Addressee::Person(first) => {
                let (b, a) = w.hi_person.get(self.tone);
                (b, first, a)
            }
            Addressee::Titled { title, surname } => {
                let (b, a) = w.hi_titled.get(self.tone);
                (b, format!("{title} {surname}"), a)
            }
            Addressee::Team => return w.hi_team.get(self.tone).to_string(),
            Addressee::Unknown => return w.hi_unknown.get(self.tone).to_string(),
        };
        let mut text = Text::default();
        text.push(before);
        text.push(&name);
        text.push(after);
        text.phrase()
    }

    /// The sign-off, with your name on its own line when you gave one.
    pub fn sign_off(&self) -> String {
        let sign = self.words().sign_off.get(self.tone);
        match names::sign_name(&self.your_name).as_str() {
            "" => sign.to_string(),
            name => format!("{sign}\n{name}"),
        }
    }

    pub fn subject(&self) -> String {
        let f = self.filled();
        phrase(self.words().subject.get(self.kind), &self.slots(&f))
    }

    pub fn body(&self) -> String {
        let w = self.words();
        let f = self.filled();
        let slots = self.slots(&f);
        let say = |s: words::Sentence| sentence(s, &slots);
        let mut paras: Vec<String> = vec![self.greeting_at(&f.company)];

        let mut opening: Vec<String> = w
            .opening
            .get(self.kind)
            .get(self.tone)
            .iter()
            .map(|s| say(s))
            .collect();
        if self.kind != Kind::Nudge {
            opening.extend(own_sentence(&self.personal_line));
        }
        paras.push(opening.join(" "));

        if self.kind != Kind::ThankYou {
            let stage = w.stage(self.stage);
            let asks: Vec<String> = [
                (self.ask_areas, w.ask_areas),
                (self.ask_reason, stage.reason),
                (self.ask_future, w.ask_future),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, q)| format!("- {}", say(q)))
            .collect();
            let close = say(w.ask_close.get(self.kind));
            if asks.is_empty() {
                paras.push(format!("{} {close}", say(w.ask_general.get(self.kind))));
            } else {
                let intro = say(w.ask_intro.get(self.kind).get(self.tone));
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
        paras.join("\n\n")
    }
}

/// A typed role as the template uses it: "the Designer role" → "Designer".
fn role_name(typed: &str, w: &Words) -> String {
    let cleaned = clean_value(typed);
    let mut role = cleaned.as_str();
    if let Some((first, rest)) = role.split_once(' ') {
        if w.role_articles
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first))
        {
            role = rest;
        }
    }
    let role = join::drop_stray_stop(role);
    let role = match role.rsplit_once(' ') {
        Some((rest, last)) if last.eq_ignore_ascii_case(w.role_noun) => rest,
        None if role.eq_ignore_ascii_case(w.role_noun) => "",
        _ => &role,
    };
    if role == cleaned {
        cleaned
    } else {
        clean_value(role)
    }
}
