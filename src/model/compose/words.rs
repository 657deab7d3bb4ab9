//! The composer's English words, all in one table. Slots (`Company`,
//! `RoleName`, `Time`) are filled and joined by `join.rs`, which adds the
//! spaces and final stops, so a piece here never needs to guess what a name
//! ends with. Another language is another `Words` value.

use super::join::Part::{self, Company, IfCompany, IfRole, Join, RoleName, Time, T};
use super::kinds::{Kind, Tone};
use crate::model::rejection::Stage;

/// A sentence: parts joined, then ended with a stop if it has none.
pub type Sentence = &'static [Part];

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

/// One value per kind of message.
#[derive(Clone, Copy)]
pub struct ByKind<V> {
    pub feedback: V,
    pub thank_you: V,
    pub nudge: V,
}

impl<V: Copy> ByKind<V> {
    pub fn get(&self, kind: Kind) -> V {
        match kind {
            Kind::Feedback => self.feedback,
            Kind::ThankYou => self.thank_you,
            Kind::Nudge => self.nudge,
        }
    }
}

/// What changes with the stage the process ended at.
pub struct StageWords {
    pub stage: Stage,
    /// After "your time" / "the time you spent": "on our call".
    pub time: &'static str,
    /// Whether something led them another way, asked for this stage.
    pub reason: Sentence,
}

pub struct Words {
    /// Before and after a first name: "Hi " + "Ana" + ",".
    pub hi_person: ByTone<(&'static str, &'static str)>,
    /// Before and after a title and surname: "Dear " + "Dr. Ruiz" + ",".
    pub hi_titled: ByTone<(&'static str, &'static str)>,
    pub hi_team: ByTone<&'static str>,
    pub hi_unknown: ByTone<&'static str>,
    /// Words dropped from the front of a typed role ("the Designer").
    pub role_articles: &'static [&'static str],
    /// The word a template adds after a role, dropped if typed ("Designer role").
    pub role_noun: &'static str,
    /// Every stage once (checked by a test).
    pub stages: [StageWords; Stage::ALL.len()],
    /// The opening paragraph, one sentence per entry.
    pub opening: ByKind<ByTone<&'static [Sentence]>>,
    /// Introduces the list of questions (ends with ":").
    pub ask_intro: ByKind<ByTone<Sentence>>,
    pub ask_areas: Sentence,
    pub ask_future: Sentence,
    /// Asks for feedback when no question is chosen.
    pub ask_general: ByKind<Sentence>,
    /// After the questions: no pressure to reply.
    pub ask_close: ByKind<Sentence>,
    pub stay_in_touch: ByTone<Sentence>,
    /// A thank-you's last line when not offering to stay in touch.
    pub good_wishes: Sentence,
    pub sign_off: ByTone<&'static str>,
    pub subject: ByKind<Sentence>,
}

impl Words {
    pub fn stage(&self, stage: Stage) -> &StageWords {
        self.stages
            .iter()
            .find(|s| s.stage == stage)
            .unwrap_or(&self.stages[0])
    }
}

/// "the Data Analyst role at Acme", "the role at Acme", "the Data Analyst role", "the role".
const ROLE: &[Part] = &[
    IfRole(&[T("the "), RoleName, T(" role")], &[T("the role")]),
    IfCompany(&[T(" at "), Company], &[]),
];

/// The subject's "the Data Analyst role" or "my application".
const SUBJECT_WHAT: &[Part] = &[IfRole(
    &[T("the "), RoleName, T(" role")],
    &[T("my application")],
)];

const THANKS_BRIEF: &[Sentence] = &[
    &[
        T("Thank you for letting me know your decision on "),
        Join(ROLE),
    ],
    &[T("I appreciate your time "), Time],
];

const THANKS_WARM: &[Sentence] = &[
    &[
        T("Thank you for letting me know your decision on "),
        Join(ROLE),
    ],
    &[
        T("I'm disappointed, of course, but I really appreciated the time you spent "),
        Time,
    ],
];

const NUDGE: &[Sentence] = &[
    &[T("I wrote last week about "), Join(ROLE)],
    &[T("I know inboxes are busy, so this is just a gentle follow-up, and thank you again for your time")],
];

const NUDGE_WARM: &[Sentence] = &[
    &[T("I hope you're well")],
    &[T("I wrote last week about "), Join(ROLE)],
    &[T("I know inboxes are busy, so this is just a gentle follow-up, and thank you again for your time")],
];

const ASK_BRIEF: Sentence = &[T("If you have a moment, I'd be grateful for any feedback:")];
const ASK_WARM: Sentence = &[T(
    "If you're able to share a little feedback, it would genuinely help me grow:",
)];
const ASK_NUDGE: Sentence = &[T(
    "If you have a minute, I'd still be grateful for your thoughts:",
)];

pub static EN: Words = Words {
    hi_person: ByTone { brief: ("Hi ", ","), warm: ("Hi ", ",") },
    hi_titled: ByTone { brief: ("Hello ", ","), warm: ("Dear ", ",") },
    hi_team: ByTone { brief: "Dear hiring team,", warm: "Dear hiring team," },
    hi_unknown: ByTone { brief: "Hello,", warm: "Hi there," },
    role_articles: &["the", "a", "an"],
    role_noun: "role",
    stages: [
        StageWords {
            stage: Stage::Application,
            time: "reviewing my application",
            reason: &[T("Was there something in my background or application that pointed you towards other candidates?")],
        },
        StageWords {
            stage: Stage::Screening,
            time: "on our call",
            reason: &[T("Was there something in my background or in our conversation that made the difference?")],
        },
        StageWords {
            stage: Stage::Assessment,
            time: "reviewing my assessment",
            reason: &[T("Was there something in my background or in the assessment that led you another way?")],
        },
        StageWords {
            stage: Stage::Interview,
            time: "with me during the interviews",
            reason: &[T("Was there something in my background or in the interviews that led you another way?")],
        },
        StageWords {
            stage: Stage::FinalRound,
            time: "with me in the final round",
            reason: &[T("Was there something in my background or in the final interviews that led you another way?")],
        },
        StageWords {
            stage: Stage::Other,
            time: "throughout the process",
            reason: &[T("Was there something in my background or experience that led you another way?")],
        },
    ],
    opening: ByKind {
        feedback: ByTone { brief: THANKS_BRIEF, warm: THANKS_WARM },
        thank_you: ByTone { brief: THANKS_BRIEF, warm: THANKS_WARM },
        nudge: ByTone { brief: NUDGE, warm: NUDGE_WARM },
    },
    ask_intro: ByKind {
        feedback: ByTone { brief: ASK_BRIEF, warm: ASK_WARM },
        thank_you: ByTone { brief: ASK_BRIEF, warm: ASK_WARM },
        nudge: ByTone { brief: ASK_NUDGE, warm: ASK_NUDGE },
    },
    ask_areas: &[T("Are there specific areas you'd suggest I work on?")],
    ask_future: &[T("What would make me a stronger candidate for a future opening with you?")],
    ask_general: ByKind {
        feedback: &[T("If you have a moment, I'd be grateful for any feedback you can share")],
        thank_you: &[],
        nudge: &[T("If you have a minute, I'd still be grateful for any feedback you can share")],
    },
    ask_close: ByKind {
        feedback: &[T("Even a line or two would be useful, and I understand if you're not able to reply")],
        thank_you: &[],
        nudge: &[T("If now isn't a good time, no problem at all")],
    },
    stay_in_touch: ByTone {
        brief: &[T("I'd be glad to stay in touch, and I hope our paths cross again")],
        warm: &[
            T("I'd love to stay in touch, and I'd be glad to be considered if something suitable opens up "),
            IfCompany(&[T("at "), Company], &[T("on your team")]),
        ],
    },
    good_wishes: &[T("I wish you and the team all the best")],
    sign_off: ByTone { brief: "Best wishes,", warm: "With thanks," },
    subject: ByKind {
        feedback: &[T("Thank you, and a quick question about "), Join(SUBJECT_WHAT)],
        thank_you: &[IfRole(&[T("Thank you — the "), RoleName, T(" role")], &[T("Thank you for your time")])],
        nudge: &[T("Following up on "), Join(SUBJECT_WHAT)],
    },
};
