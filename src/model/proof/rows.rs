//! The report's rows: applications and logged activities in a period, and
//! each column's cell.
//!
//! An application is a work-search activity on the day it was sent (the
//! goal tracker counts it the same way). Hearing back is not a new
//! activity: a rejection, an invitation or an offer fills that row's
//! result, as known when the report is made. An application with no
//! "applied" date (a rejection logged in a hurry) has no day to list it
//! under, so it isn't listed; its page can add the date.

use chrono::NaiveDate;

use super::activity::{Activity, ActivityKind, Method, ProofDetails};
use super::claim::Column;
use super::kinds::{Response, RowKind};
use super::rules::ReportLang;
use super::words;
use crate::model::record::{live, Id};
use crate::model::rejection::Application;

/// Where a row came from, so the report can link to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Application(Id),
    Activity(Id),
}

/// One line of the report: every column's value as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub date: NaiveDate,
    pub source: Source,
    pub kind: RowKind,
    pub organisation: String,
    pub position: String,
    pub contact_name: String,
    pub contact_details: String,
    pub method: Option<Method>,
    /// An application's result (chosen words, translated in German reports).
    pub response: Option<Response>,
    /// An activity's result, as typed.
    pub result: String,
    /// What was done, as typed.
    pub details: String,
    pub minutes: Option<u32>,
    pub proof: String,
}

/// The rows from `start` to `end` (inclusive, either order): live
/// applications sent then and live activities done then, by date.
pub fn rows(
    apps: &[Application],
    activities: &[Activity],
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Row> {
    rows_with(apps, |_| None, activities, start, end)
}

/// [`rows`], with each application's proof details from `details` (the
/// seam for where they are stored).
pub fn rows_with(
    apps: &[Application],
    details: impl Fn(&Application) -> Option<ProofDetails>,
    activities: &[Activity],
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<Row> {
    let (start, end) = (start.min(end), start.max(end));
    let within = |d: NaiveDate| d >= start && d <= end;
    let mut out: Vec<(i64, u128, Row)> = Vec::new();
    for a in live(apps) {
        let Some(date) = a.applied_on.filter(|d| within(*d)) else {
            continue;
        };
        let extra = details(a).unwrap_or_default();
        let reach = join(
            &[extra.contact_details.as_str(), a.contact.email.as_str()],
            "; ",
        );
        let row = Row {
            date,
            source: Source::Application(a.meta.id),
            kind: RowKind::Application,
            organisation: a.company.trim().to_string(),
            position: a.role.trim().to_string(),
            contact_name: a.contact.name.trim().to_string(),
            contact_details: reach,
            method: extra.method,
            response: Some(Response::of(a)),
            result: String::new(),
            details: String::new(),
            minutes: extra.minutes,
            proof: extra.proof.trim().to_string(),
        };
        out.push((ms(a), a.meta.id.as_u128(), row));
    }
    for a in live(activities).filter(|a| within(a.date)) {
        let row = Row {
            date: a.date,
            source: Source::Activity(a.meta.id),
            kind: RowKind::Activity(a.kind),
            organisation: a.organisation.trim().to_string(),
            position: a.position.trim().to_string(),
            contact_name: a.contact_name.trim().to_string(),
            contact_details: a.contact_details.trim().to_string(),
            method: a.how,
            response: None,
            result: a.result.trim().to_string(),
            details: a.notes.trim().to_string(),
            minutes: a.minutes,
            proof: a.proof.trim().to_string(),
        };
        out.push((
            a.meta.created_at.timestamp_millis(),
            a.meta.id.as_u128(),
            row,
        ));
    }
    use crate::model::order::{day, sort_by};
    sort_by(&mut out, |(t, id, r)| (day(r.date), *t, *id));
    out.into_iter().map(|(_, _, r)| r).collect()
}

fn ms(a: &Application) -> i64 {
    a.meta.created_at.timestamp_millis()
}

/// The non-empty, distinct parts, trimmed, joined with `sep`.
pub(crate) fn join(parts: &[&str], sep: &str) -> String {
    let mut kept: Vec<&str> = Vec::with_capacity(parts.len());
    for p in parts.iter().map(|p| p.trim()) {
        if !p.is_empty() && !kept.contains(&p) {
            kept.push(p);
        }
    }
    kept.join(sep)
}

/// The non-empty parts as sentences: ". " between them, or just a space
/// after one that already ends a sentence (typed text keeps its own stops).
pub(crate) fn sentences(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push_str(if out.ends_with(['.', '!', '?']) {
                " "
            } else {
                ". "
            });
        }
        out.push_str(p);
    }
    out
}

/// The row's result: chosen words (translated) or what was typed.
pub(crate) fn result_text(row: &Row, lang: ReportLang) -> String {
    let chosen = row.response.map(|r| words::response(r, lang)).unwrap_or("");
    join(&[chosen, &row.result], "; ")
}

/// One cell of the report, in `lang`. Chosen values (kinds, methods,
/// results, dates) are translated; typed text is printed as typed.
pub fn cell(row: &Row, column: Column, lang: ReportLang) -> String {
    let de = lang == ReportLang::De;
    let label = |en: crate::lang::Text, german: &'static str| {
        if de {
            german
        } else {
            words::say(en, lang)
        }
    };
    match column {
        Column::Date => words::date(row.date, lang),
        Column::Activity => words::kind(row.kind, lang).to_string(),
        Column::Description => join(
            &[words::kind(row.kind, lang), &row.position, &row.details],
            " — ",
        ),
        Column::Organisation => row.organisation.clone(),
        Column::Position => row.position.clone(),
        Column::Person => row.contact_name.clone(),
        Column::ContactDetails => row.contact_details.clone(),
        Column::Contact => join(&[&row.contact_name, &row.contact_details], ", "),
        Column::ContactType => match row.kind {
            RowKind::Application => label(crate::tk!("Application"), "Bewerbung"),
            RowKind::Activity(ActivityKind::Interview) => {
                label(crate::tk!("Interview"), "Vorstellungsgespräch")
            }
            RowKind::Activity(ActivityKind::FollowUp) => label(crate::tk!("Inquiry"), "Nachfrage"),
            RowKind::Activity(_) => "",
        }
        .to_string(),
        Column::Method => row
            .method
            .map(|m| words::method(m, lang))
            .unwrap_or("")
            .to_string(),
        Column::Details => row.details.clone(),
        Column::Result => result_text(row, lang),
        Column::WhatDone => join(&[&row.details, &result_text(row, lang)], "; "),
        Column::Notes => {
            let labelled = |name: &str, text: &str| {
                if text.is_empty() {
                    String::new()
                } else if lang.resolved() == ReportLang::Ui {
                    // The label and its text as the language joins them.
                    crate::tf!("{label}: {text}", label = name, text = text)
                } else {
                    format!("{name}: {text}")
                }
            };
            sentences(&[
                &labelled(label(crate::tk!("Position"), "Stelle"), &row.position),
                &row.details,
                &labelled(
                    label(crate::tk!("Result"), "Ergebnis"),
                    &result_text(row, lang),
                ),
                &labelled(label(crate::tk!("Proof"), "Nachweis"), &row.proof),
            ])
        }
        Column::Time => row
            .minutes
            .map(|m| words::duration(m, lang))
            .unwrap_or_default(),
        Column::Proof => row.proof.clone(),
    }
}
