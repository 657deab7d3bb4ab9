//! The bridge check: gentle notes on the text the user is about to send.
//!
//! The phrases are listed per language, and every language's list is
//! checked whatever the app speaks: a person with a German screen may write
//! to a recruiter in English, or the other way round. A phrase is chosen
//! so it means the same wherever it appears: no "otra oportunidad" (also
//! "another time"), no French "pas juste" (also "not just"), no bare
//! "replante" (inside English "replanted").

use crate::lang::Lang;

/// A gentle note from the bridge check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub key: &'static str,
    pub text: &'static str,
}

/// What a risky phrase does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Risk {
    /// Asks them to change their decision.
    Reconsider,
    /// Calls the process unfair.
    Unfair,
    /// Demands reasons.
    Demand,
}

const RISKS: [Risk; 3] = [Risk::Reconsider, Risk::Unfair, Risk::Demand];

impl Risk {
    fn key(self) -> &'static str {
        match self {
            Risk::Reconsider => "reconsider",
            Risk::Unfair => "unfair",
            Risk::Demand => "demand",
        }
    }

    fn advice(self) -> &'static str {
        match self {
            Risk::Reconsider => crate::t!("Asking them to reconsider can put them on the spot. Asking how to be a stronger candidate next time keeps the door open."),
            Risk::Unfair => crate::t!("Calling the process unfair is understandable to feel, but hard to answer. Consider keeping it out of this note and telling a friend instead."),
            Risk::Demand => crate::t!("Questions that demand reasons can sound like a challenge. \"Is there anything you'd suggest I work on?\" invites a kinder reply."),
        }
    }
}

/// One language's risky phrases (lower case, found anywhere in the text).
pub struct Phrases {
    pub reconsider: &'static [&'static str],
    pub unfair: &'static [&'static str],
    pub demand: &'static [&'static str],
    /// Words that say thank you.
    pub thanks: &'static [&'static str],
}

impl Phrases {
    fn of(&self, risk: Risk) -> &'static [&'static str] {
        match risk {
            Risk::Reconsider => self.reconsider,
            Risk::Unfair => self.unfair,
            Risk::Demand => self.demand,
        }
    }
}

pub fn phrases(lang: Lang) -> &'static Phrases {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
        Lang::Es => &ES,
        Lang::Fr => &FR,
        Lang::Pt => &PT,
    }
}

static EN: Phrases = Phrases {
    reconsider: &[
        "reconsider",
        "change your mind",
        "second chance",
        "another chance",
        "give me a chance",
    ],
    unfair: &[
        "unfair",
        "not fair",
        "biased",
        "rigged",
        "waste of my time",
        "wasted my time",
    ],
    demand: &[
        "explain why",
        "i demand",
        "you owe",
        "i deserve",
        "tell me why",
        "why didn't you",
        "why did you",
    ],
    thanks: &["thank", "grateful", "appreciat"],
};

static DE: Phrases = Phrases {
    reconsider: &[
        "entscheidung überdenken",
        "entscheidung noch einmal überdenken",
        "entscheidung nochmal überdenken",
        "überdenken sie",
        "entscheidung revidieren",
        "umentscheiden",
        "zweite chance",
        "noch eine chance",
        "eine chance geben",
    ],
    unfair: &[
        "unfair",
        "ungerecht",
        "voreingenommen",
        "diskriminier",
        "abgekartet",
        "zeitverschwendung",
        "meine zeit verschwendet",
        "frechheit",
        "unverschämt",
    ],
    demand: &[
        "erklären sie mir",
        "ich verlange",
        "ich fordere",
        "sie schulden mir",
        "habe es verdient",
        "hätte es verdient",
        "sagen sie mir, warum",
        "sagen sie mir warum",
        "warum haben sie",
        "wieso haben sie",
        "warum wurde ich",
        "begründen sie",
    ],
    thanks: &["dank", "bedanke"],
};

static ES: Phrases = Phrases {
    reconsider: &[
        "reconsider",
        "replantear su decisión",
        "replantee su decisión",
        "replanteen su decisión",
        "cambiar de opinión",
        "cambie de opinión",
        "segunda oportunidad",
        "darme una oportunidad",
        "darme otra oportunidad",
        "deme una oportunidad",
        "deme otra oportunidad",
        "revisar su decisión",
        "revisen su decisión",
    ],
    unfair: &[
        "injust",
        "no es justo",
        "no fue justo",
        "sesgad",
        "amañad",
        "discrimina",
        "pérdida de tiempo",
        "perder el tiempo",
        "perder mi tiempo",
        "una vergüenza",
    ],
    demand: &[
        "explíqueme",
        "expliquen por qué",
        "explique por qué",
        "exijo",
        "me debe",
        "merezco",
        "dígame por qué",
        "díganme por qué",
        "por qué no me",
        "por qué me rechaz",
    ],
    thanks: &["gracias", "agradec", "aprecio"],
};

static FR: Phrases = Phrases {
    reconsider: &[
        "reconsidér",
        "revenir sur votre décision",
        "revoir votre décision",
        "changer d'avis",
        "seconde chance",
        "deuxième chance",
        "une autre chance",
        "donner une chance",
        "donner ma chance",
    ],
    unfair: &[
        "injuste",
        "pas équitable",
        "inéquitable",
        "biaisé",
        "truqué",
        "discrimin",
        "perte de temps",
        "perdu mon temps",
        "perdre mon temps",
        "scandaleux",
    ],
    demand: &[
        "expliquez-moi",
        "expliquez moi",
        "j'exige",
        "vous me devez",
        "je mérite",
        "dites-moi pourquoi",
        "dites moi pourquoi",
        "pourquoi m'avez-vous",
        "pourquoi ne m'avez-vous",
        "pourquoi avez-vous",
        "je veux savoir pourquoi",
    ],
    thanks: &["merci", "remerci", "reconnaissan", "appréci"],
};

static PT: Phrases = Phrases {
    reconsider: &[
        "reconsider",
        "repensar",
        "rever sua decisão",
        "rever a decisão",
        "mudar de ideia",
        "segunda chance",
        "outra chance",
        "nova chance",
        "me dar uma chance",
        "me dê uma chance",
    ],
    unfair: &[
        "injust",
        "não é justo",
        "não foi justo",
        "tendencios",
        "marmelada",
        "discrimin",
        "perda de tempo",
        "perdi meu tempo",
        "desperdício de tempo",
        "um absurdo",
    ],
    demand: &[
        "explique por que",
        "expliquem por que",
        "me explique",
        "exijo",
        "você me deve",
        "vocês me devem",
        "eu mereço",
        "me diga por que",
        "me digam por que",
        "por que vocês não",
        "por que você não",
        "por que me recusaram",
    ],
    thanks: &["agradeç", "agradeci", "obrigad", "grato", "grata"],
};

/// Words per message before the check suggests trimming.
pub const WORD_LIMIT: usize = 150;

/// Looks over a message and returns gentle suggestions. It never blocks sending.
pub fn bridge_check(text: &str) -> Vec<Note> {
    let lower = text.to_lowercase();
    let found = |list: &dyn Fn(&Phrases) -> &'static [&'static str]| {
        Lang::ALL
            .into_iter()
            .any(|l| list(phrases(l)).iter().any(|p| lower.contains(p)))
    };
    let mut notes = Vec::new();
    for risk in RISKS {
        if found(&|p| p.of(risk)) {
            notes.push(Note {
                key: risk.key(),
                text: risk.advice(),
            });
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
            text: crate::t!("Capitals or several exclamation marks can read as shouting. Plain sentences come across calmer and more confident."),
        });
    }
    if !found(&|p| p.thanks) {
        notes.push(Note {
            key: "thanks",
            text: crate::t!("A short thank-you for their time makes a reply much more likely."),
        });
    }
    if word_count(text) > WORD_LIMIT {
        notes.push(Note {
            key: "length",
            text: crate::t!("This is on the long side. Busy people answer short notes: aim for under 150 words."),
        });
    }
    notes
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
