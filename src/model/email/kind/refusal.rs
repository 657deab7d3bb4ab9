//! A decision against the candidate, by its shape: a negation with what it
//! refuses later in its clause, the choice of someone else, going on with
//! others.

use super::super::scan::Scan;
use super::super::tables::Table;
use super::{before, conditional};

#[rustfmt::skip]
const OTHERS: [&str; 30] = [
    "other candidates", "other applicants", "other people", "other profiles", "another candidate",
    "another applicant", "another person", "candidates who", "candidates whose", "candidates with",
    "applicants who", "applicants whose", "applicants with", "a candidate who",
    "a candidate whose", "a candidate with", "someone who", "someone whose", "someone with",
    "someone else", "a different candidate", "an internal candidate", "another finalist",
    "other finalists", "a finalist who", "a finalist whose", "other finalist",
    "the other candidate", "an internal hire", "an internal applicant",
];

/// Verbs of choosing, before [`OTHERS`] (with "with", "on", or directly).
#[rustfmt::skip]
const CHOOSE_WITH: [&str; 24] = [
    "go ahead", "going ahead", "gone ahead", "went ahead",
    "move forward", "moving forward", "move ahead", "moving ahead", "proceed", "proceeding",
    "progress", "progressing", "continue", "continuing", "go", "going", "gone", "went", "focus",
    "focusing", "focussing", "prioritise", "prioritize", "pursue",
];
#[rustfmt::skip]
const CHOOSE: [&str; 45] = [
    "pursue", "pursuing", "selected", "select", "chosen", "chose", "choose", "hired", "hire",
    "appointed", "prioritised", "prioritized", "prioritise", "prioritize", "appoint", "appointing",
    "opted for", "gone for", "go for", "went for", "decided on", "picked", "offer the role to",
    "offer the job to", "offer the position to", "offered the role to", "offered the job to",
    "offered the position to", "give the job to", "give the role to", "given the role to",
    "offer the post to", "offered the post to",
    "progress", "progressing", "shortlist", "shortlisted", "invite", "inviting", "interview",
    "interviewing", "take forward", "taking forward", "advance", "advancing",
];

/// `text` ends with the word(s) `w`.
fn ends_word(text: &str, w: &str) -> bool {
    text.strip_suffix(w)
        .is_some_and(|h| h.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// "…decided to progress with candidates who…", "…to pursue other applicants".
pub(super) fn chose_others(s: &Scan) -> bool {
    OTHERS.iter().any(|o| {
        s.find(o).into_iter().any(|at| {
            let b = before(&s.low, at, 40).trim_end();
            // "…offer the post to the other finalist"
            let b = b.strip_suffix(" the").unwrap_or(b);
            // "…offered the Brand Ambassador job to someone who…"
            let offered = b.ends_with(" to") && {
                let wide = before(&s.low, at, 80);
                let clause = wide.rsplit([',', '.', ';', '-']).next().unwrap_or(wide);
                // ("…decided to extend an offer to the other finalist")
                [
                    "offered the ",
                    "offer the ",
                    "given the ",
                    "give the ",
                    "extend an offer ",
                    "extended an offer ",
                    "made an offer ",
                    "make an offer ",
                ]
                .iter()
                .any(|o| clause.contains(o))
            };
            let joined = offered
                || [" with", " on"]
                    .iter()
                    .filter_map(|c| b.strip_suffix(c))
                    .any(|v| CHOOSE_WITH.iter().any(|w| ends_word(v, w)));
            joined || CHOOSE.iter().any(|w| ends_word(b, w))
        })
    })
}

/// Going on with an application, which a negation before it refuses.
#[rustfmt::skip]
const GOING_ON: [&str; 19] = [
    "consider your", "considering your", "pursue your", "move forward", "moving forward",
    "move ahead", "moving ahead", "proceed", "proceeding", "progress", "progressing", "continue",
    "continuing", "take your application", "taking your application", "take things further",
    "take it further", "take this further", "advance your",
];
#[rustfmt::skip]
const NEGATIONS: [&str; 9] = [
    "not ", "n't ", "unable to ", "cannot ", "no longer ", "not be ", "n't be ", "not to ",
    "decided against ",
];

/// "We won't move forward", "we are unable to proceed" — unless it is the
/// person's choice ("if you decide not to proceed").
pub(super) fn refused(s: &Scan, t: &Table) -> bool {
    GOING_ON.iter().any(|g| {
        s.find(g).into_iter().any(|at| {
            let b = before(&s.low, at, 22);
            let clause = b.rsplit([',', '.', ';']).next().unwrap_or(b);
            NEGATIONS.iter().any(|n| clause.contains(n))
                && !conditional(&s.low, at, t)
                && !["not only", "wait", "hesitate", "forget", "worry"]
                    .iter()
                    .any(|x| clause.contains(x))
        })
    })
}

/// A rejection's cue outweighs an acknowledgement's ("thank you for
/// applying… unfortunately…"), an offer's, or an invitation's; the weaker
/// cues ("malheureusement") count when nothing invites or offers.
/// A negation and, later in its clause, what it refuses: "we will not be
/// moving your candidacy forward", "dass Ihr Profil derzeit nicht zu unseren
/// Anforderungen passt", "no continuaremos con tu candidatura". A refusal
/// of several parts ("mov…forward") has them in this order. Per language:
/// negations, refusals, and words that make the negation no refusal
/// ("don't hesitate").
#[rustfmt::skip]
const NEGATED: [(&[&str], &[&str], &[&str]); 7] = [
    (
        &["without", "not", "cannot", "unable", "won't", "wouldn't", "aren't", "isn't", "wasn't", "weren't",
          "haven't", "hasn't", "didn't", "don't", "can't", "couldn't", "no longer"],
        &["mov…forward", "mov…ahead", "tak…further", "tak…forward", "tak…through to", "put…forward",
          "progress…further", "progress…forward", "be progressing", "been progressed",
          "been shortlisted", "proceed…further", "proceed with your", "continue with your",
          "consider…further", "be inviting", "invite you to interview", "been successful",
          "be offering you", "moving on with", "progressed to", "progress to the next",
          "mov…to the next", "mov…you on", "be able to offer you", "able to offer you a place",
          "be scheduling", "schedul…an interview", "the right fit", "a good fit", "the best fit",
          "the right match", "a match for", "a fit for",
          "be taking…further", "be selected", "been selected"],
        &["hesitate", "forget", "wait", "worry", "not only", "hesitation"],
    ),
    (
        &["nicht", "keine", "kein", "keinen", "ohne"],
        &["passt", "passen", "entspricht", "entsprechen", "berücksichtig", "fortsetzen",
          "fortzusetzen", "weiterverfolgen", "weiter verfolgen", "einladen", "einzuladen", "zusage",
          "ausgewählt", "anbieten", "weiterkommen", "in betracht", "geklappt", "gereicht",
          "positive rückmeldung", "positive nachricht", "weiter berücksichtig", "eingeladen",
          "in die engere", "in die nächste"],
        // "…der Termin nicht passen": a time that doesn't suit is no refusal.
        &["zögern", "nicht nur", "scheuen", "nicht vergessen", "termin", "uhrzeit", "zeitpunkt",
          "datum"],
    ),
    // "…uns am Ende aber gegen eine Zusammenarbeit entschieden"
    (
        &["gegen"],
        &["entschieden", "entscheiden"],
        &[],
    ),
    // "…müssen wir Ihnen heute leider absagen" (not "den Termin absagen")
    (
        &["ihnen", "dir", "euch"],
        &["absagen", "eine absage"],
        &["termin", "gespräch", "interview", "treffen", "telefonat"],
    ),
    (
        &["no", "sin"],
        &["tienes el nivel", "tiene el nivel", "nivel que buscamos", "perfil que buscamos",
          "lo que buscamos", "suficiente", "continuar", "continuaremos", "seguir adelante", "seguiremos", "avanzar",
          "avanzaremos", "encaja", "cumple", "se ajusta", "seleccionad", "elegid",
          "pasar a la", "prosper", "podremos contar", "ha sido posible", "continúas",
          "continúa en", "sigues", "pasas", "avanzas", "superado", "respuesta positiva",
          "respuesta favorable", "corresponde", "adecua", "alinea"],
        &["dudes", "dude", "no solo", "no sólo", "no olvides"],
    ),
    (
        &["ne", "n'", "pas", "sans"],
        &["retenir", "retenu", "poursuivre", "poursuivrons", "donner suite", "correspond",
          "continuer", "sélectionn", "convenir", "aller plus loin", "donner…suite",
          "réserver…suite", "répondre favorablement", "réponse favorable", "réponse positive",
          "suite favorable", "suite positive", "aboutir", "pu aboutir"],
        &["hésitez", "hésite", "manquerons", "non seulement", "oubliez"],
    ),
    (
        &["não", "sem"],
        &["seguir", "seguiremos", "prosseguir", "avançar", "avançaremos", "continuar",
          "continuidade", "selecionad", "aprovad", "corresponde", "atende", "possível seguir",
          "retorno positivo", "seguimento", "avançou"],
        // ("o Banco de Talentos não corresponde a uma vaga aberta": what the
        // pool is, not a refusal.)
        &["hesite", "deixe de", "não só", "não apenas", "esqueça", "corresponde a uma vaga"],
    ),
];

pub(super) fn negated(s: &Scan, tables: &[&Table]) -> bool {
    let low = s.low.as_str();
    NEGATED.iter().any(|(negs, refusals, not)| {
        negs.iter().any(|n| {
            s.find(n).into_iter().take(200).any(|at| {
                // A whole word: "no", not "nos"; "not", not "note".
                let whole = n.ends_with('\'')
                    || low[at + n.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                if !whole {
                    return false;
                }
                let mut end = (at + 90).min(low.len());
                while !low.is_char_boundary(end) {
                    end -= 1;
                }
                let clause = &low[at..end];
                let clause = clause
                    .split(['.', ',', ';', '!', '?', '\n'])
                    .next()
                    .unwrap_or(clause);
                let near = before(low, at, 24);
                // "Candidates who do not complete it by Sunday will not be
                // considered further": a rule about others, not a refusal.
                let relative = [" who do", " who does", " who did", " that do", " who"]
                    .iter()
                    .any(|r| near.trim_end().ends_with(r));
                if relative || super::about_others(low, at) {
                    return false;
                }
                let refuses = refusals.iter().any(|r| {
                    let mut rest = &clause[n.len().min(clause.len())..];
                    // (A part opens a word: "tak…" is no part of "stakeholders".)
                    r.split('…').all(|part| match word_start(rest, part) {
                        Some(i) => {
                            rest = &rest[i + part.len()..];
                            true
                        }
                        None => false,
                    })
                });
                refuses
                    && !not.iter().any(|x| clause.contains(x) || near.contains(x))
                    && !tables.iter().any(|t| conditional(low, at, t))
            })
        })
    })
}

/// Where `part` first occurs in `s` at the start of a word.
fn word_start(s: &str, part: &str) -> Option<usize> {
    s.match_indices(part).map(|(i, _)| i).find(|&i| {
        s[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Someone else chosen, in the other languages: a verb of going on or of
/// choosing, and in the same sentence another person ("continuar el
/// proceso con otras personas", "optamos por outro perfil", "mit anderen
/// Bewerbern fortzuführen"); or a verb of choosing and an unnamed person
/// ("nos hemos decantado por un perfil con…", "on a choisi de partir sur
/// un profil plus senior", "für eine Kandidatin entschieden").
struct ChoseOther {
    /// Going on ("continuar el proceso con otras personas").
    go_on: &'static [&'static str],
    /// Choosing ("optamos por", "choisi", "entschieden").
    choose: &'static [&'static str],
    /// "Other", as a word's start.
    others: &'static [&'static str],
    /// A person, as a word's start ("candidat" for "candidatos").
    people: &'static [&'static str],
    /// Indefinite articles (and "with" before a bare plural: "avec des").
    articles: &'static [&'static str],
}

#[rustfmt::skip]
const CHOSE_OTHER: [ChoseOther; 4] = [
    ChoseOther {
        go_on: &["continuar", "seguir", "avanzar", "proseguir", "continuaremos", "seguiremos",
                 "avanzaremos"],
        choose: &["decantado por", "decantamos por", "optado por", "optamos por", "elegido a",
                  "seleccionado a", "apostado por", "inclinado por"],
        others: &["otr"],
        people: &["persona", "candidat", "perfil", "profesional", "postulante"],
        articles: &["un ", "una ", "con "],
    },
    ChoseOther {
        go_on: &["seguir", "seguiremos", "avançar", "avançaremos", "prosseguir", "continuar",
                 "seguimento", "continuidade"],
        choose: &["optamos por", "optado por", "decidimos por", "escolhemos", "selecionamos"],
        others: &["outr"],
        people: &["pessoa", "candidat", "perfil", "profissional"],
        articles: &["um ", "uma ", "com "],
    },
    ChoseOther {
        go_on: &["poursuivre", "poursuivons", "continuer", "avancer"],
        choose: &["choisi", "opté pour", "orienté vers", "orientés vers", "retenu", "privilégié",
                  "partir sur"],
        others: &["autre", "d'autres"],
        people: &["candidat", "profil"],
        articles: &["un ", "une ", "avec des "],
    },
    ChoseOther {
        go_on: &["fortsetzen", "fortzusetzen", "fortführen", "fortzuführen", "weitermachen",
                 "weiterverfolgen"],
        choose: &["entschieden", "entscheiden"],
        others: &["ander"],
        people: &["bewerber", "kandidat", "person", "profil", "jemand"],
        articles: &["einen ", "eine ", "einem ", "einer ", "mit ", "für "],
    },
];

/// Others named beside the reader, not instead ("junto con otros candidatos").
#[rustfmt::skip]
const ALONGSIDE: [&str; 10] = [
    "junto con", "junto a", "juntamente", "ao lado de", "junto com", "aux côtés",
    "en même temps que", "zusammen mit", "gemeinsam mit", "neben anderen",
];

pub(super) fn chose_another(s: &Scan, tables: &[&Table]) -> bool {
    let low = s.low.as_str();
    CHOSE_OTHER.iter().any(|c| {
        let verbs = c.go_on.iter().map(|v| (v, false));
        let verbs = verbs.chain(c.choose.iter().map(|v| (v, true)));
        verbs.into_iter().any(|(v, choosing)| {
            s.find(v).into_iter().take(40).any(|at| {
                // "continuar", not "continuarás en el proceso con otros…"
                let whole = low[at + v.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                if !whole || tables.iter().any(|t| conditional(low, at, t)) {
                    return false;
                }
                let sentence = sentence_around(low, at);
                if ALONGSIDE.iter().any(|a| sentence.contains(a)) {
                    return false;
                }
                let person_at = |e: usize| {
                    let word = sentence[e..].split([' ', ',']).next().unwrap_or("");
                    c.people.iter().any(|p| word.starts_with(p))
                };
                // Another person, close after "other" ("otras personas",
                // "outros candidatos", "d'autres profils", "anderen Bewerbern").
                let other = c.others.iter().any(|o| {
                    super::super::names::cue_ends(sentence, o)
                        .into_iter()
                        .any(|e| {
                            let near = &sentence[e..];
                            let near = &near[..floor(near, 24)];
                            c.people.iter().any(|p| near.contains(p))
                        })
                });
                // An unnamed one chosen: "por un perfil", "für eine Kandidatin".
                let one = choosing
                    && c.articles.iter().any(|a| {
                        super::super::names::cue_ends(sentence, a)
                            .into_iter()
                            .any(person_at)
                    });
                other || one
            })
        })
    })
}

/// The sentence of `low` that byte `at` is in (at most 240 bytes either
/// side, so a paste without full stops stays linear).
fn sentence_around(low: &str, at: usize) -> &str {
    let from = floor(low, at.saturating_sub(240));
    let start = low[from..at]
        .rfind(['.', '!', '?', '\n'])
        .map_or(from, |i| from + i + 1);
    let to = floor(low, at + 240);
    let end = low[at..to]
        .find(['.', '!', '?', '\n'])
        .map_or(to, |i| at + i);
    &low[start..end]
}

/// The largest char boundary of `s` at or below `n`.
fn floor(s: &str, n: usize) -> usize {
    let mut n = n.min(s.len());
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// "…decided to offer the role to them", "…offered the post to a colleague":
/// the job given to anyone but the reader.
pub(super) fn offered_elsewhere(s: &Scan) -> bool {
    let low = s.low.as_str();
    [
        "offer the ",
        "offered the ",
        "give the ",
        "given the ",
        "gave the ",
    ]
    .iter()
    .any(|cue| {
        s.find(cue).into_iter().take(40).any(|at| {
            let rest = &low[at + cue.len()..];
            let rest = &rest[..floor(rest, 40)];
            [
                "role to ",
                "job to ",
                "position to ",
                "post to ",
                "place to ",
            ]
            .iter()
            .any(|n| {
                rest.find(n).is_some_and(|i| {
                    let after = &rest[i + n.len()..];
                    i <= 24 && !after.starts_with("you") && !after.is_empty()
                })
            })
        })
    })
}
