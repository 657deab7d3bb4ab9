//! From a paste to the message being read: forwarded and quoted mail told
//! apart, the footer set aside. Every step keeps pieces of the text as they
//! are, so what the reader proposes is copied from it.

use chrono::NaiveDate;

use super::thread::{
    breaks, clean_subject, footer_line, is_forward_subject, is_original_marker, is_reply_subject,
    suggested_jobs, Break,
};

pub use super::plain::plain_text;

/// The message being read, out of a paste that may hold a thread.
#[derive(Default)]
pub(super) struct Parts<'a> {
    /// Without `Re:`/`Fwd:`.
    pub subject: &'a str,
    /// The subject its own header gives, when it has one.
    pub own_subject: Option<&'a str>,
    /// Its lines, trimmed and without quote marks.
    pub lines: Vec<&'a str>,
    /// Lines after an unsubscribe link and the like.
    pub footer: Vec<&'a str>,
    /// Its sender, as a `From:` line has it.
    pub sender: Option<&'a str>,
    pub date: Option<NaiveDate>,
}

/// The messages a person may mean when pasting, the likeliest first: a
/// forwarded message's own text, or the newest one above quoted history
/// (the quoted one when only a line or two was written above it); then the
/// others, in order.
pub(super) fn parts<'a>(subject: &'a str, body: &'a str) -> Vec<Parts<'a>> {
    let lines: Vec<&'a str> = body.lines().map(str::trim_end).collect();
    let breaks = breaks(&lines);
    // Segments: text before the first break, then after each break.
    let mut segments: Vec<(usize, usize, Option<&Break>)> = Vec::new();
    let mut at = 0;
    let mut before: Option<&Break> = None;
    for b in &breaks {
        segments.push((at, b.start, before));
        at = b.end;
        before = Some(b);
    }
    segments.push((at, lines.len(), before));
    // Copied from a mail app: the subject, maybe a folder's name, then the
    // sender line. Those first lines are the subject, not a message.
    let mut top_subject = None;
    if let Some(b) = breaks.first().filter(|b| b.bare) {
        let top: Vec<&str> = lines[..b.start]
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect();
        if top.len() <= 3 && top.iter().map(|l| l.len()).sum::<usize>() < 200 {
            top_subject = top.first().copied();
            segments[0].1 = 0;
        }
    }
    let subject = match top_subject {
        Some(t) if subject.trim().is_empty() => t,
        _ => subject,
    };
    let content = |s: &(usize, usize, Option<&Break>)| -> usize {
        lines[s.0..s.1.max(s.0)]
            .iter()
            .map(|l| l.trim().trim_start_matches('>').trim().len())
            .sum()
    };
    // ("AW: …" over "-----Ursprüngliche Nachricht-----": a reply.)
    // (Pasted without its subject, a whole letter of its own above the
    // block, not a line or two of a forwarding note, tells the same.)
    let reply = is_reply_subject(subject)
        || (!is_forward_subject(subject) && segments.len() > 1 && content(&segments[0]) >= 300);
    let forwards = |b: &Break| b.forward && !(reply && is_original_marker(lines[b.start]));
    let forward = is_forward_subject(subject)
        || breaks.iter().any(forwards)
        || breaks
            .first()
            .and_then(|b| b.subject)
            .is_some_and(is_forward_subject);
    let chosen = if forward {
        // A sender line heading the paste ("From: Rhea <…>", nothing above
        // it) starts the forwarding note, not the forwarded message.
        let heads = usize::from(breaks.len() > 1 && content(&segments[0]) == 0);
        let first = breaks
            .iter()
            .position(forwards)
            .map(|i| i + 1)
            .unwrap_or(1 + heads);
        segments
            .iter()
            .skip(first)
            .chain(segments.iter())
            .position(|s| content(s) > 0)
            .map(|i| {
                if i + first < segments.len() {
                    i + first
                } else {
                    i - (segments.len() - first)
                }
            })
    } else {
        segments.iter().position(|s| content(s) >= 20)
    }
    .or_else(|| segments.iter().position(|s| content(s) > 0))
    .unwrap_or(0);
    let mut order = vec![chosen];
    order.extend(
        (0..segments.len())
            .filter(|i| *i != chosen && content(&segments[*i]) > 0)
            .take(5),
    );
    let subject_text = clean_subject(subject);
    let first_subject = breaks.iter().find_map(|b| b.subject);
    order
        .into_iter()
        .filter_map(|i| segments.get(i))
        .map(|&(start, end, via)| {
            let mut body_lines: Vec<&str> = Vec::new();
            let mut footer = Vec::new();
            // Under a job board's "Similar jobs" come other employers' jobs:
            // left out, up to the footer.
            let mut others = false;
            for line in &lines[start..end.max(start)] {
                let t = line.trim().trim_start_matches(['>', ' ']).trim();
                // (A footer starts after the message has said something:
                // "Dear Priya, This is an automated notification … your
                // status has been updated" is the message itself.)
                let said = body_lines.iter().filter(|l| !l.is_empty()).count() >= 3;
                if !footer.is_empty() || (said && footer_line(t)) {
                    footer.push(t);
                } else if others {
                    continue;
                } else if body_lines.iter().filter(|l| !l.is_empty()).count() >= 3
                    && suggested_jobs(t)
                {
                    others = true;
                } else {
                    body_lines.push(t);
                }
            }
            let header_subject = via
                .and_then(|b| b.subject)
                .or_else(|| first_subject.filter(|_| subject_text.is_empty()));
            let subject = match header_subject {
                Some(h) if subject_text.is_empty() || is_forward_subject(subject) => {
                    clean_subject(h)
                }
                _ => subject_text,
            };
            Parts {
                subject,
                own_subject: via.and_then(|b| b.subject).map(clean_subject),
                lines: body_lines,
                footer,
                sender: via.and_then(|b| b.from),
                date: via.and_then(|b| b.date),
            }
        })
        .collect()
}
