//! The composer's words, all in one table, each sentence whole: its English
//! is the key a language pack translates (`tk!`). A sentence that names the
//! role or the company comes in one form per case ([`Say`]), so no
//! translation is ever built from fragments; `join.rs` fills `{role}` and
//! `{company}` and mends the seams ("Acme Co." + "." keeps one stop).
//!
//! What a pack can't say alone is per-language code: greetings (which name,
//! and a greeting word that agrees with a courtesy title) and the words
//! dropped from a typed role.

use super::kinds::{Kind, Tone};
use crate::lang::{Lang, Text};
use crate::model::rejection::Stage;
use crate::tk;

/// A sentence (or a subject line), in the forms the filled-in fields call for.
#[derive(Clone, Copy)]
pub enum Say {
    One(Text),
    /// With `{company}`, and without.
    Company(Text, Text),
    /// With `{role}`, and without.
    Role(Text, Text),
    /// With `{role}` and `{company}`, with `{role}`, with `{company}`, neither.
    RoleCompany([Text; 4]),
}

impl Say {
    /// The form for what is filled in.
    pub fn pick(self, role: bool, company: bool) -> Text {
        match self {
            Say::One(t) => t,
            Say::Company(with, without) => pick(company, with, without),
            Say::Role(with, without) => pick(role, with, without),
            Say::RoleCompany([both, r, c, neither]) => match (role, company) {
                (true, true) => both,
                (true, false) => r,
                (false, true) => c,
                (false, false) => neither,
            },
        }
    }
}

fn pick(on: bool, with: Text, without: Text) -> Text {
    if on {
        with
    } else {
        without
    }
}

/// One value per tone.
#[derive(Clone, Copy)]
pub struct ByTone<V> {
    pub brief: V,
    pub warm: V,
}

impl<V: Copy> ByTone<V> {
    pub fn get(&self, tone: Tone) -> V {
        match tone {
            Tone::Brief => self.brief,
            Tone::Warm => self.warm,
        }
    }
}

/// What changes with the stage the process ended at.
pub struct StageWords {
    pub stage: Stage,
    /// The thanks for their time, brief and warm.
    pub thanks: ByTone<Say>,
    /// Whether something led them another way, asked for this stage.
    pub reason: Say,
}

/// A request's questions: the line before them, the ask when none is
/// chosen, and the line after them (no pressure to reply).
pub struct Asking {
    /// Ends with ":".
    pub intro: ByTone<Say>,
    pub general: Say,
    pub close: Say,
}

pub struct Words {
    /// Every stage once (checked by a test).
    pub stages: [StageWords; Stage::ALL.len()],
    /// "Thank you for letting me know your decision on …".
    pub decision: Say,
    /// A follow-up's opening, brief and warm.
    pub nudge: ByTone<&'static [Say]>,
    pub feedback_asks: Asking,
    pub nudge_asks: Asking,
    pub ask_areas: Say,
    pub ask_future: Say,
    pub stay_in_touch: ByTone<Say>,
    /// A thank-you's last line when not offering to stay in touch.
    pub good_wishes: Say,
    pub sign_off: ByTone<Text>,
    pub feedback_subject: Say,
    pub thank_you_subject: Say,
    pub nudge_subject: Say,
}

impl Words {
    pub fn stage(&self, stage: Stage) -> &StageWords {
        self.stages
            .iter()
            .find(|s| s.stage == stage)
            .unwrap_or(&self.stages[0])
    }

    /// The questions' words for a request (a thank-you asks nothing).
    pub fn asking(&self, kind: Kind) -> &Asking {
        match kind {
            Kind::Nudge => &self.nudge_asks,
            Kind::Feedback | Kind::ThankYou => &self.feedback_asks,
        }
    }

    pub fn subject(&self, kind: Kind) -> Say {
        match kind {
            Kind::Feedback => self.feedback_subject,
            Kind::ThankYou => self.thank_you_subject,
            Kind::Nudge => self.nudge_subject,
        }
    }
}

const fn thanks(brief: Text, warm: Text) -> ByTone<Say> {
    ByTone {
        brief: Say::One(brief),
        warm: Say::One(warm),
    }
}

const WROTE: Say = Say::RoleCompany([
    tk!("I wrote last week about the {role} role at {company}."),
    tk!("I wrote last week about the {role} role."),
    tk!("I wrote last week about the role at {company}."),
    tk!("I wrote last week about the role."),
]);
const BUSY: Say = Say::One(tk!(
    "I know inboxes are busy, so this is just a gentle follow-up, and thank you again for your time."
));

pub static WORDS: Words = Words {
    stages: [
        StageWords {
            stage: Stage::Application,
            thanks: thanks(
                tk!("I appreciate your time reviewing my application."),
                tk!("I'm disappointed, of course, but I really appreciated the time you spent reviewing my application."),
            ),
            reason: Say::One(tk!("Was there something in my background or application that pointed you towards other candidates?")),
        },
        StageWords {
            stage: Stage::Screening,
            thanks: thanks(
                tk!("I appreciate your time on our call."),
                tk!("I'm disappointed, of course, but I really appreciated the time you spent on our call."),
            ),
            reason: Say::One(tk!("Was there something in my background or in our conversation that made the difference?")),
        },
        StageWords {
            stage: Stage::Assessment,
            thanks: thanks(
                tk!("I appreciate your time reviewing my assessment."),
                tk!("I'm disappointed, of course, but I really appreciated the time you spent reviewing my assessment."),
            ),
            reason: Say::One(tk!("Was there something in my background or in the assessment that led you another way?")),
        },
        StageWords {
            stage: Stage::Interview,
            thanks: thanks(
                tk!("I appreciate your time with me during the interviews."),
                tk!("I'm disappointed, of course, but I really appreciated the time you spent with me during the interviews."),
            ),
            reason: Say::One(tk!("Was there something in my background or in the interviews that led you another way?")),
        },
        StageWords {
            stage: Stage::FinalRound,
            thanks: thanks(
                tk!("I appreciate your time with me in the final round."),
                tk!("I'm disappointed, of course, but I really appreciated the time you spent with me in the final round."),
            ),
            reason: Say::One(tk!("Was there something in my background or in the final interviews that led you another way?")),
        },
        StageWords {
            stage: Stage::Other,
            thanks: thanks(
                tk!("I appreciate your time throughout the process."),
                tk!("I'm disappointed, of course, but I really appreciated the time you spent throughout the process."),
            ),
            reason: Say::One(tk!("Was there something in my background or experience that led you another way?")),
        },
    ],
    decision: Say::RoleCompany([
        tk!("Thank you for letting me know your decision on the {role} role at {company}."),
        tk!("Thank you for letting me know your decision on the {role} role."),
        tk!("Thank you for letting me know your decision on the role at {company}."),
        tk!("Thank you for letting me know your decision on the role."),
    ]),
    nudge: ByTone {
        brief: &[WROTE, BUSY],
        warm: &[Say::One(tk!("I hope you're well.")), WROTE, BUSY],
    },
    feedback_asks: Asking {
        intro: ByTone {
            brief: Say::One(tk!("If you have a moment, I'd be grateful for any feedback:")),
            warm: Say::One(tk!("If you're able to share a little feedback, it would genuinely help me grow:")),
        },
        general: Say::One(tk!("If you have a moment, I'd be grateful for any feedback you can share.")),
        close: Say::One(tk!("Even a line or two would be useful, and I understand if you're not able to reply.")),
    },
    nudge_asks: Asking {
        intro: ByTone {
            brief: Say::One(tk!("If you have a minute, I'd still be grateful for your thoughts:")),
            warm: Say::One(tk!("If you have a minute, I'd still be grateful for your thoughts:")),
        },
        general: Say::One(tk!("If you have a minute, I'd still be grateful for any feedback you can share.")),
        close: Say::One(tk!("If now isn't a good time, no problem at all.")),
    },
    ask_areas: Say::One(tk!("Are there specific areas you'd suggest I work on?")),
    ask_future: Say::One(tk!("What would make me a stronger candidate for a future opening with you?")),
    stay_in_touch: ByTone {
        brief: Say::One(tk!("I'd be glad to stay in touch, and I hope our paths cross again.")),
        warm: Say::Company(
            tk!("I'd love to stay in touch, and I'd be glad to be considered if something suitable opens up at {company}."),
            tk!("I'd love to stay in touch, and I'd be glad to be considered if something suitable opens up on your team."),
        ),
    },
    good_wishes: Say::One(tk!("I wish you and the team all the best.")),
    sign_off: ByTone {
        brief: tk!("Best wishes,"),
        warm: tk!("With thanks,"),
    },
    feedback_subject: Say::Role(
        tk!("Thank you, and a quick question about the {role} role"),
        tk!("Thank you, and a quick question about my application"),
    ),
    thank_you_subject: Say::Role(tk!("Thank you — the {role} role"), tk!("Thank you for your time")),
    nudge_subject: Say::Role(
        tk!("Following up on the {role} role"),
        tk!("Following up on my application"),
    ),
};

/// Words dropped from a typed role, since the template names it: "the
/// Designer role" → "Designer", "die Stelle als Designerin" → "Designerin".
pub struct RoleWords {
    /// Dropped from the front, each followed by a space.
    pub before: &'static [&'static str],
    /// Dropped as the last word.
    pub after: &'static [&'static str],
    /// Whether "(m/w/d)", "(H/F)" and the like go (never in English, whose
    /// output stays as it always was).
    pub gender_tags: bool,
}

pub fn role_words(lang: Lang) -> RoleWords {
    match lang {
        Lang::En => RoleWords {
            before: &["the", "a", "an"],
            after: &["role"],
            gender_tags: false,
        },
        Lang::De => RoleWords {
            before: &[
                "die Stelle als",
                "Stelle als",
                "die Position als",
                "Position als",
                "als",
                "die",
                "der",
                "das",
            ],
            after: &["Stelle", "Position"],
            gender_tags: true,
        },
        Lang::Es => RoleWords {
            before: &[
                "el puesto de",
                "puesto de",
                "la vacante de",
                "vacante de",
                "el",
                "la",
                "un",
                "una",
            ],
            after: &[],
            gender_tags: true,
        },
        Lang::Fr => RoleWords {
            before: &["le poste de", "poste de", "le", "la", "un", "une"],
            after: &[],
            gender_tags: true,
        },
        Lang::Pt => RoleWords {
            before: &[
                "a vaga de",
                "vaga de",
                "o cargo de",
                "cargo de",
                "a",
                "o",
                "um",
                "uma",
            ],
            after: &[],
            gender_tags: true,
        },
    }
}

/// A greeting's words around a name: (before, after), "Hi " + "Ana" + ",".
pub type Around = (&'static str, &'static str);

/// How one language greets; which name goes in is chosen in `names.rs`.
pub struct Greetings {
    /// By name (the first name, or in German the full name).
    pub person: ByTone<Around>,
    /// By a courtesy title that says she is a woman ("Frau Vogel").
    pub her: ByTone<Around>,
    /// By a courtesy title that says he is a man ("Herr Müller").
    pub him: ByTone<Around>,
    /// By a title that says neither ("Dr. Ruiz", "Mx Lee").
    pub titled: ByTone<Around>,
    pub team: ByTone<&'static str>,
    pub unknown: ByTone<&'static str>,
}

const fn same<V: Copy>(v: V) -> ByTone<V> {
    ByTone { brief: v, warm: v }
}

pub fn greetings(lang: Lang) -> &'static Greetings {
    match lang {
        Lang::En => &EN_GREETINGS,
        Lang::De => &DE_GREETINGS,
        Lang::Es => &ES_GREETINGS,
        Lang::Fr => &FR_GREETINGS,
        Lang::Pt => &PT_GREETINGS,
    }
}

static EN_GREETINGS: Greetings = Greetings {
    person: same(("Hi ", ",")),
    her: ByTone {
        brief: ("Hello ", ","),
        warm: ("Dear ", ","),
    },
    him: ByTone {
        brief: ("Hello ", ","),
        warm: ("Dear ", ","),
    },
    titled: ByTone {
        brief: ("Hello ", ","),
        warm: ("Dear ", ","),
    },
    team: same("Dear hiring team,"),
    unknown: ByTone {
        brief: "Hello,",
        warm: "Hi there,",
    },
};

static DE_GREETINGS: Greetings = Greetings {
    person: same(("Guten Tag ", ",")),
    her: ByTone {
        brief: ("Guten Tag ", ","),
        warm: ("Liebe ", ","),
    },
    him: ByTone {
        brief: ("Guten Tag ", ","),
        warm: ("Lieber ", ","),
    },
    titled: same(("Guten Tag ", ",")),
    team: ByTone {
        brief: "Sehr geehrtes Recruiting-Team,",
        warm: "Liebes Recruiting-Team,",
    },
    unknown: ByTone {
        brief: "Sehr geehrte Damen und Herren,",
        warm: "Guten Tag,",
    },
};

static ES_GREETINGS: Greetings = Greetings {
    person: same(("Hola, ", ":")),
    her: ByTone {
        brief: ("Buenos días, ", ":"),
        warm: ("Estimada ", ":"),
    },
    him: ByTone {
        brief: ("Buenos días, ", ":"),
        warm: ("Estimado ", ":"),
    },
    titled: same(("Buenos días, ", ":")),
    team: same("Estimado equipo de selección:"),
    unknown: ByTone {
        brief: "Buenos días:",
        warm: "Hola, buenos días:",
    },
};

static FR_GREETINGS: Greetings = Greetings {
    person: same(("Bonjour ", ",")),
    her: ByTone {
        brief: ("Bonjour ", ","),
        warm: ("Chère ", ","),
    },
    him: ByTone {
        brief: ("Bonjour ", ","),
        warm: ("Cher ", ","),
    },
    titled: same(("Bonjour ", ",")),
    team: same("Bonjour à l'équipe de recrutement,"),
    unknown: ByTone {
        brief: "Madame, Monsieur,",
        warm: "Bonjour,",
    },
};

static PT_GREETINGS: Greetings = Greetings {
    person: same(("Olá, ", ",")),
    her: ByTone {
        brief: ("Olá, ", ","),
        warm: ("Prezada ", ","),
    },
    him: ByTone {
        brief: ("Olá, ", ","),
        warm: ("Prezado ", ","),
    },
    titled: same(("Olá, ", ",")),
    team: same("Prezada equipe de recrutamento,"),
    unknown: ByTone {
        brief: "Prezados,",
        warm: "Olá,",
    },
};
