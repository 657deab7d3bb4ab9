//! The stage: for a decision, how far the process got (the furthest step
//! spoken of as done); for an invitation, the step it invites to (the one
//! the invitation itself names).

use super::super::scan::Scan;
use super::super::tables::Table;
use super::super::EmailKind;
use super::{before, conditional, time_questions};
use crate::model::rejection::Stage;

/// The step an invitation names in its own sentence ("invite you to
/// interview…", "set up a quick phone call", "invite you to our
/// Assessment Centre"): the first stage word from the invitation on.
fn invited_to(
    s: &Scan,
    tables: &[&Table],
    stages: &[(Stage, &[&str])],
    masked: &[(usize, usize)],
) -> Option<Stage> {
    let low = s.low.as_str();
    let mut found: Vec<(usize, &str)> = tables
        .iter()
        .flat_map(|t| {
            t.invite.iter().flat_map(move |cue| {
                s.find(cue)
                    .into_iter()
                    .filter(move |at| !conditional(low, *at, t))
                    .map(move |at| (at, *cue))
            })
        })
        .collect();
    found.sort_by_key(|(at, cue)| (*at, usize::MAX - cue.len()));
    found.truncate(40);
    // Then the questions naming a day ("Haben Sie am Dienstag Zeit, um bei
    // uns vorbeizukommen?"), read to their end.
    found.extend(time_questions(s).into_iter().map(|at| (at, "")));
    // The first invitation that names a step; in it, the first step named
    // (the longer at the same place: "phone interview"). One that names
    // only a meeting at all ("wir möchten Sie näher kennenlernen") gives
    // way to a later one that names the step ("laden wir Sie zu unserem
    // Online-Eignungstest ein").
    let mut steps = found.into_iter().filter_map(|(at, cue)| {
        let reach = if cue.is_empty() { 200 } else { cue.len() + 80 };
        let mut end = (at + reach).min(low.len());
        while !low.is_char_boundary(end) {
            end -= 1;
        }
        let window = &low[at..end];
        let stop = window[cue.len().min(window.len())..]
            .find(['.', '!', '?', '\n'])
            .map_or(window.len(), |i| i + cue.len());
        let window = &window[..stop];
        let mut best: Option<(bool, usize, usize, Stage)> = None;
        for (stage, cues) in stages {
            for c in cues.iter() {
                if NEXT.iter().chain(&["second"]).any(|n| c.starts_with(n)) {
                    continue;
                }
                // "come in for a working interview": the step is the latter.
                // "invitarte a la segunda fase, que consiste en un caso
                // práctico": a phase's number says less than the step named.
                let loose =
                    MEETINGS.contains(c) || PHASES.contains(c) || LOOSE_MEETINGS.contains(c);
                let Some(k) = super::super::names::cue_ends(window, c)
                    .first()
                    .map(|e| e - c.len())
                else {
                    continue;
                };
                if masked.iter().any(|(a, b)| *a <= at + k && at + k < *b) {
                    continue;
                }
                // "Has superado la primera entrevista…": a step passed is
                // not the one invited to.
                if STEP_DONE.iter().any(|d| window[..k].contains(d)) {
                    continue;
                }
                let rank = (loose, k, usize::MAX - c.len());
                if best.is_none_or(|(l, p, n, _)| rank < (l, p, usize::MAX - n)) {
                    best = Some((loose, k, c.len(), *stage));
                }
            }
        }
        best.map(|(loose, _, _, stage)| (loose, stage))
    });
    let first = steps.next()?;
    if !first.0 {
        return Some(first.1);
    }
    // (To a test or a final round only: "meet you in person on Tuesday…
    // before then, a quick phone call about the logistics" invites to the
    // meeting.)
    let named =
        steps.find(|(loose, st)| !loose && matches!(st, Stage::Assessment | Stage::FinalRound));
    Some(named.unwrap_or(first).1)
}

/// Words before a step already passed, inside an invitation's sentence.
#[rustfmt::skip]
const STEP_DONE: [&str; 19] = [
    "passed", "superado", "aprobado", "réussi", "bestanden", "passou", "completed",
    "after your", "after the", "following your", "tras la", "tras el", "después de la",
    "nach dem", "nach ihrem", "après votre", "après le", "após a", "após o",
];

/// Words before a stage that is done, not invited to ("after your
/// interview", "thank you for completing the assessment").
#[rustfmt::skip]
const PAST: [&str; 58] = [
    "passing", "passed", "having completed", "on completing", "congratulations on", "completing",
    "completed", "after your", "after the", "after our", "following your", "following the",
    "enjoyed", "thank you for", "thanks for", "for your time", "nach dem", "nach ihrem",
    "nach deinem", "für das", "tras la", "tras el", "después de", "gracias por", "suite à",
    "après", "merci pour", "après votre", "após a", "após o", "obrigad",
    "for coming", "for attending", "attended", "for meeting", "for taking part", "agradecemos",
    "dedicado a", "participación en", "participação", "danke für", "dank für", "d'avoir",
    "remercions pour", "remercions de", "superado", "superaste", "aprobado", "réussi",
    "bestanden", "passou", "danke, dass", "dank, dass", "warst", "teilgenommen",
    // "el tiempo que dedicó a la entrevista telefónica"
    "dedicó a", "dedicaste a", "dedicou à",
];

/// Words for meeting at all, not a step of their own.
#[rustfmt::skip]
const MEETINGS: [&str; 15] = [
    "come in", "coming in", "came in", "in person", "in-person", "meet you", "meeting you",
    "meet the team", "meeting the team", "meet with", "meeting with", "time to meet",
    "visit our office", "visiting us", "get to know you",
];

/// A phase by its number, not by what happens in it ("la segunda fase",
/// "die zweite Runde"): a step named beside it is the one invited to.
#[rustfmt::skip]
const PHASES: [&str; 9] = [
    "segunda fase", "segunda etapa", "segunda ronda", "zweite runde", "zweiten runde",
    "deuxième tour", "second tour", "deuxième étape", "nächste runde",
];

/// Words for any conversation, a call as much as an interview.
#[rustfmt::skip]
const LOOSE_MEETINGS: [&str; 12] = [
    "gespräch", "reunión", "rencontre", "rencontrer", "échanges", "conversa com o time", "besuch",
    "our conversation", "the conversation", "chatting", "pela conversa", "kennenlernen",
];

/// Phrases with a stage word inside that name no meeting with the candidate
/// (a job board's "Dayton, OH (On-site)" is where the job is done).
#[rustfmt::skip]
const NO_MEETING: [&str; 17] = [
    "selection panel", "shortlisting panel", "recruitment panel", "selection committee",
    "panel has", "hiring panel", "(on-site)", "(onsite)", "· on-site", "· onsite",
    "on-site role", "on-site position", "on-site job",
    // A candidate's dashboard ("pelo seu painel de candidato").
    "painel de candidato", "painel do candidato", "panel de candidato", "panel del candidato",
];

/// What a step ahead would have been: "…la próxima etapa, que seria la
/// entrevista".
#[rustfmt::skip]
const WOULD_BE: [&str; 10] = [
    "which would", "that would", "que seria", "que sería", "qui aurait", "qui serait",
    "die wäre", "das wäre", "which was", "que era",
];

/// Stage words that speak of a step still to come ("the next round").
const NEXT: [&str; 5] = ["next", "nächste", "siguiente", "próxima", "prochain"];

/// Occurrences of `cues`, except inside a screening phrase ("phone interview").
fn occurrences(s: &Scan, cues: &[&str], screens: &[(usize, usize)]) -> Vec<usize> {
    let mut out = Vec::new();
    for c in cues {
        for at in s.find(c) {
            // `screens` is sorted: only the few spans starting just before
            // count; and one right after ("your time on our call").
            let upto = screens.partition_point(|(a, _)| *a <= at + c.len() + 1);
            let inside = screens[upto.saturating_sub(4)..upto]
                .iter()
                .any(|(a, b)| (*a <= at && at < *b) || (*a > at && *a <= at + c.len() + 1));
            if !inside {
                out.push(at);
            }
        }
    }
    out
}

/// Negations before a stage not reached ("has not progressed to
/// interview", "no pasarás a la entrevista").
#[rustfmt::skip]
const NOT_REACHED: [&str; 11] = [
    "not ", "n't ", "unable ", "nicht ", "kein", "no ", "ne ", "n'", "pas ", "não ", "without ",
];

/// Spoken of as done (for a decision): not right after "invite you to",
/// "to the", "in die nächste", nor after a negation in its clause —
/// unless its sentence speaks of it as past ("thank you for coming to the
/// interview"). A word for meeting at all ("meeting you") defers to a test
/// named in its sentence ("meeting you at the assessment day").
fn met(
    s: &Scan,
    cues: &[&str],
    screens: &[(usize, usize)],
    tables: &[&Table],
    defer_to: &[&str],
) -> bool {
    let cues: Vec<&str> = cues
        .iter()
        .copied()
        .filter(|c| !NEXT.iter().chain(&["second"]).any(|n| c.starts_with(n)))
        .collect();
    let low = s.low.as_str();
    occurrences(s, &cues, screens).into_iter().any(|at| {
        let b = before(low, at, 24);
        let wide = before(low, at, 80);
        let sentence = wide.rsplit(['.', '!', '?', '\n']).next().unwrap_or(wide);
        let clause = sentence.rsplit([',', ';']).next().unwrap_or(sentence);
        let past = PAST.iter().any(|p| sentence.contains(p));
        let future = tables.iter().any(|t| {
            t.future
                .iter()
                .any(|f| b.trim_end().ends_with(f.trim_end()))
        });
        let denied = NOT_REACHED.iter().any(|n| {
            super::super::names::cue_ends(clause, n.trim_end())
                .into_iter()
                .any(|e| n.ends_with('\'') || clause[e..].starts_with(' '))
        });
        let loose = MEETINGS.iter().any(|m| low[at..].starts_with(m));
        let deferred = loose && {
            let end = low[at..]
                .find(['.', '!', '?', '\n'])
                .map_or(low.len(), |i| at + i);
            defer_to
                .iter()
                .any(|d| !super::super::names::cue_ends(&low[at..end], d).is_empty())
        };
        // "…para a próxima etapa, que seria a entrevista": the step ahead,
        // named in the clause of "next" or in a clause that says what it
        // would be (not "…to the next stage, as the panel felt your
        // interview answers lacked depth").
        let ahead = NEXT.iter().any(|n| {
            sentence.rfind(n).is_some_and(|k| {
                let between = &sentence[k..];
                !between.contains([',', ';']) || WOULD_BE.iter().any(|w| between.contains(w))
            })
        });
        !((future || denied || ahead) && !past) && !NEXT.iter().any(|n| b.contains(n)) && !deferred
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

/// The furthest stage a message speaks of as done, if any (for a rejection
/// that names none itself: "any update after last week's interview?"
/// quoted under it).
pub(in crate::model::email) fn done_stage(s: &Scan, tables: &[&Table]) -> Option<Stage> {
    stage_of(s, EmailKind::Offer, tables)
}

pub(in crate::model::email) fn stage_of(
    s: &Scan,
    kind: EmailKind,
    tables: &[&Table],
) -> Option<Stage> {
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
    // "The selection panel has met": no interview.
    let masked: Vec<(usize, usize)> = NO_MEETING
        .iter()
        .flat_map(|c| s.find(c).into_iter().map(move |at| (at, at + c.len())))
        .collect();
    // A word as loose as "Gespräch" or "conversation" is a call when a call
    // is named — as done, for a decision ("happy to jump on a call" is none).
    let called = match kind {
        EmailKind::Rejection | EmailKind::Offer => spans.iter().any(|(at, _)| {
            let b = before(&s.low, *at, 24).trim_end();
            !tables
                .iter()
                .any(|t| t.future.iter().any(|f| b.ends_with(f.trim_end())))
        }),
        _ => !spans.is_empty(),
    };
    let real: Vec<&str> = interviews
        .iter()
        .copied()
        .filter(|c| !called || !LOOSE_MEETINGS.contains(c))
        .collect();
    let mut not_met = spans.clone();
    not_met.extend(&masked);
    not_met.sort_unstable();
    let spans = not_met;
    match kind {
        EmailKind::Acknowledgement => Some(Stage::Application),
        // A hold, a moved meeting: the furthest stage done, else the one
        // moved ("your second interview, now on Thursday"), else (a hold)
        // the application.
        EmailKind::Unknown => stage_of(s, EmailKind::Offer, tables).or_else(|| {
            // (A hold names the steps still to come: "retomar as etapas".)
            if super::on_hold(s) {
                Some(Stage::Application)
            } else if upcoming(s, &finals, &[]) {
                Some(Stage::FinalRound)
            } else if upcoming(s, &tests, &[]) {
                Some(Stage::Assessment)
            } else if upcoming(s, &real, &spans) {
                Some(Stage::Interview)
            } else if super::any(s, &super::HOLD, &[]) {
                // A job paused with nothing further done: the application.
                Some(Stage::Application)
            } else {
                None
            }
        }),
        // The step invited to: the one the invitation names, else the
        // furthest one named.
        EmailKind::Interview => Some(
            if let Some(st) = invited_to(
                s,
                tables,
                &[
                    (Stage::FinalRound, &finals[..]),
                    (Stage::Assessment, &tests[..]),
                    (Stage::Screening, &screens[..]),
                    (Stage::Interview, &real[..]),
                ],
                &masked,
            ) {
                st
            } else if upcoming(s, &finals, &[]) {
                Stage::FinalRound
            } else if upcoming(s, &tests, &[]) {
                Stage::Assessment
            } else if upcoming(s, &real, &spans) {
                Stage::Interview
            } else if called {
                Stage::Screening
            } else {
                Stage::Interview
            },
        ),
        // How far it got: the furthest stage spoken of as done.
        EmailKind::Rejection | EmailKind::Offer => {
            let stage = if met(s, &finals, &[], tables, &[]) {
                Some(Stage::FinalRound)
            } else if met(s, &real, &spans, tables, &tests) {
                Some(Stage::Interview)
            } else if met(s, &tests, &[], tables, &[]) {
                Some(Stage::Assessment)
            } else if met(s, &screens, &[], tables, &[]) {
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
