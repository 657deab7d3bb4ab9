//! What kind of email it is, and the stage: for a decision, how far the
//! process got; for an invitation, the step it invites to.

use super::scan::Scan;
use super::tables::Table;
use super::EmailKind;
use crate::model::rejection::Stage;

/// The slice of `low` up to `len` bytes before `at` (on a char boundary).
fn before(low: &str, at: usize, len: usize) -> &str {
    let from = (at.saturating_sub(len)..=at)
        .find(|i| low.is_char_boundary(*i))
        .unwrap_or(at);
    &low[from..at]
}

/// Where `cue` occurs at a word's start, unless one of `except` covers that
/// occurrence ("unable to offer" covers "offer").
fn hits(s: &Scan, cue: &str, except: &[&str]) -> Vec<usize> {
    let low = s.low.as_str();
    s.find(cue)
        .into_iter()
        .filter(|&at| {
            !except.iter().any(|x| {
                x.len() > cue.len()
                    && x.find(cue).is_some_and(|k| {
                        at >= k && low.get(at - k..).is_some_and(|t| t.starts_with(x))
                    })
            })
        })
        .collect()
}

fn any(s: &Scan, cues: &[&str], except: &[&str]) -> bool {
    cues.iter().any(|c| !hits(s, c, except).is_empty())
}

/// Like [`any`], but not inside a condition ("if you have not heard from
/// us, please assume your application has been unsuccessful").
fn any_unconditional(s: &Scan, cues: &[&str], except: &[&str], t: &Table) -> bool {
    cues.iter().any(|c| {
        hits(s, c, except)
            .into_iter()
            .any(|at| !conditional(&s.low, at, t))
    })
}

/// The sentence before byte `at` holds a condition ("if you are selected
/// for the next stage").
fn conditional(low: &str, at: usize, t: &Table) -> bool {
    let b = before(low, at, 160);
    let sentence = b.rsplit(['.', '!', '?', '\n']).next().unwrap_or(b);
    let sentence = format!(" {sentence}");
    t.conditions.iter().any(|c| sentence.contains(c))
}

fn invited(s: &Scan, tables: &[&Table]) -> bool {
    tables.iter().any(|t| {
        any(s, t.invite, &[])
            || t.invite_weak.iter().any(|c| {
                hits(s, c, &[])
                    .into_iter()
                    .any(|at| !conditional(&s.low, at, t))
            })
    })
}

/// Who was chosen instead: "candidates who…", "another applicant".
#[rustfmt::skip]
const OTHERS: [&str; 22] = [
    "other candidates", "other applicants", "other people", "other profiles", "another candidate",
    "another applicant", "another person", "candidates who", "candidates whose", "candidates with",
    "applicants who", "applicants whose", "applicants with", "a candidate who",
    "a candidate whose", "a candidate with", "someone who", "someone whose", "someone with",
    "someone else", "a different candidate", "an internal candidate",
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
const CHOOSE: [&str; 23] = [
    "pursue", "pursuing", "selected", "select", "chosen", "chose", "choose", "hired", "hire",
    "appointed", "prioritised", "prioritized", "prioritise", "prioritize", "appoint", "appointing",
    "opted for", "gone for", "go for", "went for", "decided on", "picked", "offer the role to",
];

/// `text` ends with the word(s) `w`.
fn ends_word(text: &str, w: &str) -> bool {
    text.strip_suffix(w)
        .is_some_and(|h| h.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// "…decided to progress with candidates who…", "…to pursue other applicants".
fn chose_others(s: &Scan) -> bool {
    OTHERS.iter().any(|o| {
        s.find(o).into_iter().any(|at| {
            let b = before(&s.low, at, 40).trim_end();
            let joined = [" with", " on"]
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
fn refused(s: &Scan, t: &Table) -> bool {
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
pub(super) fn kind_of(s: &Scan, tables: &[&Table]) -> EmailKind {
    let english = tables[tables.len() - 1];
    let rejected = tables
        .iter()
        .any(|t| any_unconditional(s, t.rejection, t.not_rejection, t))
        || chose_others(s)
        || refused(s, english);
    if rejected {
        return EmailKind::Rejection;
    }
    if tables.iter().any(|t| any(s, t.offer, t.not_offer)) {
        return EmailKind::Offer;
    }
    if invited(s, tables) {
        return EmailKind::Interview;
    }
    if tables.iter().any(|t| any(s, t.rejection_weak, &[])) {
        return EmailKind::Rejection;
    }
    if tables.iter().any(|t| any(s, t.ack, &[])) {
        return EmailKind::Acknowledgement;
    }
    EmailKind::Unknown
}

/// Words before a stage that is done, not invited to ("after your
/// interview", "thank you for completing the assessment").
#[rustfmt::skip]
const PAST: [&str; 31] = [
    "passing", "passed", "having completed", "on completing", "congratulations on", "completing",
    "completed", "after your", "after the", "after our", "following your", "following the",
    "enjoyed", "thank you for", "thanks for", "for your time", "nach dem", "nach ihrem",
    "nach deinem", "für das", "tras la", "tras el", "después de", "gracias por", "suite à",
    "après", "merci pour", "après votre", "após a", "após o", "obrigad",
];

/// Words for any conversation, a call as much as an interview.
#[rustfmt::skip]
const LOOSE_MEETINGS: [&str; 12] = [
    "gespräch", "reunión", "rencontre", "rencontrer", "échanges", "conversa com o time", "besuch",
    "our conversation", "the conversation", "chatting", "pela conversa", "kennenlernen",
];

/// Stage words that speak of a step still to come ("the next round").
const NEXT: [&str; 5] = ["next", "nächste", "siguiente", "próxima", "prochain"];

/// Occurrences of `cues`, except inside a screening phrase ("phone interview").
fn occurrences(s: &Scan, cues: &[&str], screens: &[(usize, usize)]) -> Vec<usize> {
    let mut out = Vec::new();
    for c in cues {
        for at in s.find(c) {
            // `screens` is sorted: only the few spans starting just before count.
            let upto = screens.partition_point(|(a, _)| *a <= at);
            let inside = screens[upto.saturating_sub(4)..upto]
                .iter()
                .any(|(a, b)| *a <= at && at < *b);
            if !inside {
                out.push(at);
            }
        }
    }
    out
}

/// Spoken of as done (for a decision): not right after "invite you to",
/// "to the", "in die nächste".
fn met(s: &Scan, cues: &[&str], screens: &[(usize, usize)], tables: &[&Table]) -> bool {
    let cues: Vec<&str> = cues
        .iter()
        .copied()
        .filter(|c| !NEXT.iter().chain(&["second"]).any(|n| c.starts_with(n)))
        .collect();
    occurrences(s, &cues, screens).into_iter().any(|at| {
        let b = before(&s.low, at, 24);
        !tables.iter().any(|t| {
            t.future
                .iter()
                .any(|f| b.trim_end().ends_with(f.trim_end()))
        }) && !NEXT.iter().any(|n| b.contains(n))
    })
}

/// Named as a step to come (not one already done).
fn upcoming(s: &Scan, cues: &[&str], screens: &[(usize, usize)]) -> bool {
    occurrences(s, cues, screens).into_iter().any(|at| {
        let b = before(&s.low, at, 40);
        let sentence = b.rsplit(['.', '!', '?', '\n']).next().unwrap_or(b);
        !PAST.iter().any(|p| sentence.contains(p))
    })
}

pub(super) fn stage_of(s: &Scan, kind: EmailKind, tables: &[&Table]) -> Option<Stage> {
    let all = |f: fn(&Table) -> &'static [&'static str]| -> Vec<&'static str> {
        tables.iter().flat_map(|t| f(t).iter().copied()).collect()
    };
    let (finals, tests, interviews, screens) = (
        all(|t| t.final_round),
        all(|t| t.assessment),
        all(|t| t.interview),
        all(|t| t.screening),
    );
    let mut spans: Vec<(usize, usize)> = screens
        .iter()
        .flat_map(|c| s.find(c).into_iter().map(move |at| (at, at + c.len())))
        .collect();
    spans.sort_unstable();
    // A word as loose as "Gespräch" or "conversation" is a call when a call is named.
    let called = !spans.is_empty();
    let real: Vec<&str> = interviews
        .iter()
        .copied()
        .filter(|c| !called || !LOOSE_MEETINGS.contains(c))
        .collect();
    match kind {
        EmailKind::Acknowledgement => Some(Stage::Application),
        EmailKind::Unknown => None,
        // The step invited to: the furthest one named.
        EmailKind::Interview => Some(if upcoming(s, &finals, &[]) {
            Stage::FinalRound
        } else if upcoming(s, &tests, &[]) {
            Stage::Assessment
        } else if upcoming(s, &real, &spans) {
            Stage::Interview
        } else if called {
            Stage::Screening
        } else {
            Stage::Interview
        }),
        // How far it got: the furthest stage spoken of as done.
        EmailKind::Rejection | EmailKind::Offer => {
            let stage = if met(s, &finals, &[], tables) {
                Some(Stage::FinalRound)
            } else if met(s, &real, &spans, tables) {
                Some(Stage::Interview)
            } else if met(s, &tests, &[], tables) {
                Some(Stage::Assessment)
            } else if met(s, &screens, &[], tables) {
                Some(Stage::Screening)
            } else {
                None
            };
            match kind {
                EmailKind::Rejection => stage.or(Some(Stage::Application)),
                _ => stage,
            }
        }
    }
}
