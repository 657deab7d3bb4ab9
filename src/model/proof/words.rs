//! The report's words in English and German: column headings per preset,
//! and the values that are chosen from a list (kinds, methods, results).
//! What the person typed is printed as typed.

use chrono::{Datelike, NaiveDate};

use super::activity::{ActivityKind, Method};
use super::claim::{Column, Preset};
use super::kinds::{Response, RowKind};
use super::rules::ReportLang;

/// A column's heading as `preset`'s authority names it.
pub fn heading(column: Column, preset: Preset, lang: ReportLang) -> &'static str {
    if lang == ReportLang::De {
        return heading_de(column);
    }
    use Column as C;
    use Preset as P;
    let us_state = matches!(
        preset,
        P::Us | P::NewYork | P::Washington | P::Texas | P::California
    );
    match (preset, column) {
        (P::NewYork, C::ContactDetails) => "Employer address, email or website, and phone",
        (P::NewYork, C::Person) => "Person contacted (name or title)",
        (P::NewYork, C::Method) => "Contact method",
        (P::NewYork, C::Position) => "Position or job title",
        (P::Washington, C::Date) => "Date of contact",
        (P::Washington, C::Activity) => "Activity type",
        (P::Washington, C::Contact) => "Contact information",
        (P::Washington, C::Position) => "Job title or reference number",
        (P::Washington, C::WhatDone) => "What you did and the result",
        (P::Washington, C::Proof) => "Documentation",
        (P::Texas, C::ContactDetails) => "Employer contact details",
        (P::California, C::Contact) => "Contact information",
        (P::California, C::Method) => "Contact method",
        (P::Canada, C::Organisation) => "Business",
        (P::Canada, C::Position) => "Type of work",
        (P::Australia, C::Position) => "Job title",
        (_, C::Organisation) if us_state => "Employer",
        _ => heading_en(column),
    }
}

fn heading_en(column: Column) -> &'static str {
    match column {
        Column::Date => "Date",
        Column::Activity => "Activity",
        Column::Description => "Description",
        Column::Organisation => "Organisation",
        Column::Position => "Position or reference",
        Column::Person => "Person contacted",
        Column::ContactDetails => "Contact details",
        Column::Contact => "Contact",
        Column::ContactType => "Type of contact",
        Column::Method => "How",
        Column::Details => "What was done",
        Column::Result => "Result",
        Column::WhatDone => "What was done and the result",
        Column::Notes => "Notes",
        Column::Time => "Time spent",
        Column::Proof => "Proof",
    }
}

fn heading_de(column: Column) -> &'static str {
    match column {
        Column::Date => "Datum",
        Column::Activity => "Art der Aktivität",
        Column::Description => "Beschreibung",
        Column::Organisation => "Unternehmen",
        Column::Position => "Stelle",
        Column::Person => "Ansprechpartner",
        Column::ContactDetails => "Kontaktdaten",
        Column::Contact => "Kontakt",
        Column::ContactType => "Art des Kontakts",
        Column::Method => "Art der Bewerbung",
        Column::Details => "Tätigkeit",
        Column::Result => "Ergebnis",
        Column::WhatDone => "Tätigkeit und Ergebnis",
        Column::Notes => "Bemerkungen",
        Column::Time => "Zeitaufwand",
        Column::Proof => "Nachweis",
    }
}

pub(crate) fn kind(kind: RowKind, lang: ReportLang) -> &'static str {
    match (lang, kind) {
        (ReportLang::En, RowKind::Application) => "Application",
        (ReportLang::En, RowKind::Activity(k)) => k.label(),
        (ReportLang::De, RowKind::Application) => "Bewerbung",
        (ReportLang::De, RowKind::Activity(k)) => match k {
            ActivityKind::JobFair => "Jobmesse",
            ActivityKind::Workshop => "Workshop oder Kurs",
            ActivityKind::AgencyAppointment => "Beratungstermin",
            ActivityKind::Networking => "Kontakt- oder Informationsgespräch",
            ActivityKind::Interview => "Vorstellungsgespräch",
            ActivityKind::FollowUp => "Nachfrage",
            ActivityKind::Other => "Sonstiges",
        },
    }
}

pub(crate) fn method(m: Method, lang: ReportLang) -> &'static str {
    match lang {
        ReportLang::En => m.label(),
        ReportLang::De => match m {
            Method::Online => "online",
            Method::Email => "E-Mail",
            Method::Phone => "telefonisch",
            Method::InPerson => "persönlich",
            Method::Mail => "postalisch",
            Method::Other => "sonstige",
        },
    }
}

pub(crate) fn response(r: Response, lang: ReportLang) -> &'static str {
    match (lang, r) {
        (ReportLang::En, Response::Awaiting) => "Awaiting reply",
        (ReportLang::En, Response::Invited) => "Invited to interview",
        (ReportLang::En, Response::Rejected) => "Rejected",
        (ReportLang::En, Response::NoResponse) => "No response",
        (ReportLang::En, Response::Offer) => "Offer",
        (ReportLang::En, Response::Withdrawn) => "Withdrawn",
        (ReportLang::De, Response::Awaiting) => "offen",
        (ReportLang::De, Response::Invited) => "Einladung",
        (ReportLang::De, Response::Rejected) => "Absage",
        (ReportLang::De, Response::NoResponse) => "keine Rückmeldung",
        (ReportLang::De, Response::Offer) => "Zusage",
        (ReportLang::De, Response::Withdrawn) => "zurückgezogen",
    }
}

/// A report date: ISO ("2026-11-03", unambiguous for any reader and any
/// spreadsheet) in English, "03.11.2026" in German.
pub(crate) fn date(day: NaiveDate, lang: ReportLang) -> String {
    match lang {
        ReportLang::En => day.to_string(),
        ReportLang::De => format!("{:02}.{:02}.{:04}", day.day(), day.month(), day.year()),
    }
}

/// A journal date: "Tue 3 Nov 2026", or "Di., 03.11.2026".
pub(crate) fn journal_date(day: NaiveDate, lang: ReportLang) -> String {
    let i = day.weekday().num_days_from_monday() as usize;
    match lang {
        ReportLang::En => {
            const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            format!("{} {}", DAYS[i], crate::model::time::short_date(day))
        }
        ReportLang::De => {
            const TAGE: [&str; 7] = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."];
            format!("{}, {}", TAGE[i], date(day, lang))
        }
    }
}

/// Time spent: "45 min", "1 h 30 min" / "45 Min.", "1 Std. 30 Min.".
pub(crate) fn duration(minutes: u32, lang: ReportLang) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let (hu, mu) = match lang {
        ReportLang::En => ("h", "min"),
        ReportLang::De => ("Std.", "Min."),
    };
    match (h, m) {
        (0, m) => format!("{m} {mu}"),
        (h, 0) => format!("{h} {hu}"),
        (h, m) => format!("{h} {hu} {m} {mu}"),
    }
}
