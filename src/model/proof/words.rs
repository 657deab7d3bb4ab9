//! The report's words: column headings per preset, and the values that
//! are chosen from a list (kinds, methods, results), in fixed English or
//! German (an authority's report keeps its words), or in the interface's
//! language (Other). What the person typed is printed as typed.

use chrono::{Datelike, NaiveDate};

use super::activity::{ActivityKind, Method};
use super::claim::{Column, Preset};
use super::kinds::{Response, RowKind};
use super::rules::ReportLang;
use crate::lang::Text;

/// `text` in fixed English, or in the interface's language for
/// [`ReportLang::Ui`] (German has its own words, never through here).
pub(crate) fn say(text: Text, lang: ReportLang) -> &'static str {
    match lang {
        ReportLang::Ui => text.get(),
        _ => text.en(),
    }
}

/// A column's heading as `preset`'s authority names it.
pub fn heading(column: Column, preset: Preset, lang: ReportLang) -> &'static str {
    match lang {
        ReportLang::De => return heading_de(column),
        ReportLang::Ui => return heading_en(column).get(),
        ReportLang::En => {}
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
        _ => heading_en(column).en(),
    }
}

/// The usual headings (Other's layout, and the English fallback).
fn heading_en(column: Column) -> Text {
    match column {
        Column::Date => crate::tk!("Date"),
        Column::Activity => crate::tk!("Activity"),
        Column::Description => crate::tk!("Description"),
        Column::Organisation => crate::tk!("Organisation"),
        Column::Position => crate::tk!("Position or reference"),
        Column::Person => crate::tk!("Person contacted"),
        Column::ContactDetails => crate::tk!("Contact details"),
        Column::Contact => crate::tk!("Contact"),
        Column::ContactType => crate::tk!("Type of contact"),
        Column::Method => crate::tk!("How"),
        Column::Details => crate::tk!("What was done"),
        Column::Result => crate::tk!("Result"),
        Column::WhatDone => crate::tk!("What was done and the result"),
        Column::Notes => crate::tk!("Notes"),
        Column::Time => crate::tk!("Time spent"),
        Column::Proof => crate::tk!("Proof"),
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
        (ReportLang::En | ReportLang::Ui, RowKind::Application) => {
            say(crate::tk!("Application"), lang)
        }
        (ReportLang::En | ReportLang::Ui, RowKind::Activity(k)) => say(k.text(), lang),
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
        ReportLang::En | ReportLang::Ui => say(m.text(), lang),
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
    let en = |text: Text| say(text, lang);
    match (lang, r) {
        (ReportLang::En | ReportLang::Ui, Response::Awaiting) => en(crate::tk!("Awaiting reply")),
        (ReportLang::En | ReportLang::Ui, Response::Invited) => {
            en(crate::tk!("Invited to interview"))
        }
        (ReportLang::En | ReportLang::Ui, Response::Rejected) => en(crate::tk!("Rejected")),
        (ReportLang::En | ReportLang::Ui, Response::NoResponse) => en(crate::tk!("No response")),
        (ReportLang::En | ReportLang::Ui, Response::Offer) => en(crate::tk!("Offer")),
        (ReportLang::En | ReportLang::Ui, Response::Withdrawn) => en(crate::tk!("Withdrawn")),
        (ReportLang::De, Response::Awaiting) => "offen",
        (ReportLang::De, Response::Invited) => "Einladung",
        (ReportLang::De, Response::Rejected) => "Absage",
        (ReportLang::De, Response::NoResponse) => "keine Rückmeldung",
        (ReportLang::De, Response::Offer) => "Zusage",
        (ReportLang::De, Response::Withdrawn) => "zurückgezogen",
    }
}

/// A report date: ISO ("2026-11-03", unambiguous for any reader and any
/// spreadsheet) in English and the interface's language, "03.11.2026" in
/// German.
pub(crate) fn date(day: NaiveDate, lang: ReportLang) -> String {
    match lang {
        ReportLang::En | ReportLang::Ui => day.to_string(),
        ReportLang::De => format!("{:02}.{:02}.{:04}", day.day(), day.month(), day.year()),
    }
}

/// A journal date: "Tue 3 Nov 2026", or "Di., 03.11.2026" (or as the
/// interface's language writes a date).
pub(crate) fn journal_date(day: NaiveDate, lang: ReportLang) -> String {
    let i = day.weekday().num_days_from_monday() as usize;
    match lang.resolved() {
        ReportLang::Ui => crate::model::time::short_date(day),
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
    let (hu, mu) = match lang.resolved() {
        ReportLang::En => ("h", "min"),
        ReportLang::De => ("Std.", "Min."),
        ReportLang::Ui => {
            return match (h, m) {
                (0, m) => crate::tf!("{m} min", m = m),
                (h, 0) => crate::tf!("{h} h", h = h),
                (h, m) => crate::tf!("{h} h {m} min", h = h, m = m),
            }
        }
    };
    match (h, m) {
        (0, m) => format!("{m} {mu}"),
        (h, 0) => format!("{h} {hu}"),
        (h, m) => format!("{h} {hu} {m} {mu}"),
    }
}
