//! An offer by its shape, for the many ways of saying it no phrase list
//! holds: gladness, then the reader joining, in one sentence ("we'd love
//! you to join us as…", "gern würden wir Sie … in unserem Team begrüßen",
//! "nos alegra comunicarte que … incorporarte", "notre souhait de vous
//! accueillir au poste de…", "temos o prazer de lhe apresentar a nossa
//! proposta"). Not when a step or the application follows the gladness in
//! that sentence ("happy to welcome you for an interview", "glad you want
//! to join us").

use super::super::scan::Scan;
use super::super::tables::Table;
use super::{conditional, hits, in_a_list, sentence_at};

/// Offers said of candidates in general, a process described: "successful
/// candidates receive a verbal offer", "any formal offer would be made".
#[rustfmt::skip]
const ANYONE: [&str; 14] = [
    "successful candidates", "successful applicants", "any offer", "any formal offer",
    "any written offer", "erfolgreiche bewerber", "erfolgreichen bewerber",
    "erfolgreiche kandidat", "erfolgreichen kandidat", "candidats retenus",
    "candidatos seleccionados", "candidatos aprobados", "candidatos aprovados",
    "candidatos selecionados",
];

/// Words of a condition on the employer's decision ("if it's a yes you'd
/// hear … with a verbal offer", "bei erfolgreichem Abschluss"): the offer
/// is still to be decided. (A condition on the reader's yes — "if that
/// works for you, I'll send the contract" — leaves it an offer.)
#[rustfmt::skip]
const DECIDED_IF: [&str; 14] = [
    "successful", "a yes", "selected", "chosen", "get there", "gets to", "erfolgreich",
    "positiv", "ausgewählt", "retenu", "sélectionn", "seleccionad", "selecionad", "aprovad",
];

/// An offer cue of a table, said to the reader: not of candidates in
/// general, not only an item of a list, not on the employer's decision
/// still to come ("let me know if you accept, and I'll book the medical"
/// is an offer).
pub(super) fn offered(s: &Scan, tables: &[&Table]) -> bool {
    let low = s.low.as_str();
    tables.iter().any(|t| {
        t.offer.iter().any(|c| {
            hits(s, c, t.not_offer).into_iter().any(|at| {
                let sentence = sentence_at(low, at);
                let undecided = conditional(low, at, t) && {
                    let head = &low[..at];
                    let from = head.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
                    DECIDED_IF.iter().any(|w| head[from..].contains(w))
                };
                !undecided && !in_a_list(low, at) && !ANYONE.iter().any(|w| sentence.contains(w))
            })
        })
    })
}

/// Per language: gladness (or a wish), the reader joining (a stem ends with
/// "*"), and words that make the sentence about the application instead.
#[rustfmt::skip]
const WELCOME: [(&[&str], &[&str], &[&str]); 5] = [
    (
        &["pleased", "delighted", "happy", "thrilled", "excited", "glad", "great news",
          "good news", "we'd like you", "we would like you", "we'd love you", "we would love you",
          "we want you", "really like you", "really love you"],
        &["you to join", "have you join", "welcome you", "welcoming you", "you on board",
          "you onboard", "you aboard", "you to start", "your start date", "appoint you",
          "you the role", "you the job", "you the position", "you the post",
          "you've been successful", "you have been successful", "you were successful",
          "have you start", "you start on", "you start as", "join us as", "and join us"],
        &["interest", "applying", "application", "applied"],
    ),
    (
        &["freuen uns", "freue mich", "gerne würden wir", "gern würden wir", "möchten wir sie",
          "möchten wir dich", "gute nachricht", "glückwunsch", "würden wir sie", "würden wir dich",
          "möchten wir ihnen", "sehr gerne", "sehr gern", "uns freuen", "uns sehr freuen",
          "mich freuen"],
        &["begrüßen", "einstellen", "an bord", "willkommen", "anbieten", "arbeitsvertrag",
          "vertrag", "als neue", "als neuen", "bei uns anfangen", "bei uns starten"],
        &["bewerbung", "interesse"],
    ),
    (
        &["nos alegra", "nos complace", "tenemos el placer", "es un placer", "me alegra",
          "nos encantaría", "me encantaría",
          "encantados", "queremos que", "nos gustaría que", "buenas noticias", "enhorabuena",
          "felicidades"],
        &["incorpor*", "te unas", "se una", "unirte", "unirse", "formes parte", "forme parte",
          "bienvenid*", "ofrecerte", "ofrecerle", "propuesta", "contratarte", "contratarle",
          "persona elegida"],
        &["candidatura", "interés", "inscri", "postula"],
    ),
    (
        &["plaisir", "ravis", "ravi", "heureux", "heureuse", "enchantés", "bonne nouvelle",
          "félicitations", "souhaitons", "souhait"],
        &["accueillir", "rejoindre", "rejoignes", "rejoigniez", "proposer le poste",
          "proposition", "embauche", "recruter", "intégrer", "bienvenue", "prise de poste",
          "contrat*", "retenue pour le poste", "retenu pour le poste"],
        &["intérêt"],
    ),
    (
        &["prazer", "felizes", "alegria", "contentes", "queremos", "gostaríamos", "boas notícias",
          "parabéns", "feliz"],
        &["proposta", "faça parte", "fazer parte d*", "receber você", "recebê-lo", "recebê-la",
          "integrar", "juntar", "bem-vind*", "contratação", "contratar", "admissão",
          "que você venha", "aprovado no nosso processo", "aprovada no nosso processo",
          "aprovado no processo", "aprovada no processo"],
        &["candidatura", "interesse", "inscrição", "inscrever"],
    ),
];

/// The stage words of every table: a step named after the gladness makes
/// the sentence an invitation ("ravis de vous accueillir pour un entretien").
fn names_a_step(text: &str, tables: &[&Table]) -> bool {
    tables.iter().any(|t| {
        [t.interview, t.screening, t.assessment, t.final_round]
            .iter()
            .flat_map(|l| l.iter())
            .any(|c| !super::super::names::cue_ends(text, c).is_empty())
    })
}

/// Where the sentence starting `text` ends: at ".", "!", "?" or a line's
/// end, but not at the full stop of an ordinal ("ab 1. März", "le 1. ").
fn sentence_end(text: &str) -> usize {
    let b = text.as_bytes();
    let mut cap = text.len().min(300);
    while !text.is_char_boundary(cap) {
        cap -= 1;
    }
    text[..cap]
        .match_indices(['.', '!', '?', '\n'])
        .find(|(i, m)| !(*m == "." && *i > 0 && b[i - 1].is_ascii_digit()))
        .map_or(cap, |(i, _)| i)
}

pub(super) fn welcomed(s: &Scan, tables: &[&Table]) -> bool {
    let low = s.low.as_str();
    WELCOME.iter().any(|(glad, join, about_applying)| {
        glad.iter().any(|g| {
            s.find(g).into_iter().take(20).any(|at| {
                if tables.iter().any(|t| conditional(low, at, t)) {
                    return false;
                }
                let rest = &low[at..];
                let sentence = &rest[..sentence_end(rest)];
                // A whole word ("welcome you", not "welcome your"), or a
                // stem, marked with a star ("incorpor*").
                let joins = join.iter().any(|j| {
                    let stem = j.strip_suffix('*');
                    let j = stem.unwrap_or(j);
                    super::super::names::cue_ends(sentence, j)
                        .into_iter()
                        .any(|e| {
                            stem.is_some()
                                || sentence[e..]
                                    .chars()
                                    .next()
                                    .is_none_or(|c| !c.is_alphanumeric())
                        })
                });
                joins
                    && !about_applying.iter().any(|w| sentence.contains(w))
                    && !names_a_step(sentence, tables)
            })
        })
    })
}
