//! The report as files and text: CSV in the preset's columns, journal
//! lines to type or paste, and the words around the table (title, who,
//! the count against the requirement, and what the report is).

use chrono::NaiveDate;

use super::activity::{ActivityKind, Method};
use super::claim::{Claim, Preset, Requirement};
use super::kinds::RowKind;
use super::one_line;
use super::progress::{decimal, hours, requirement_text, Progress};
use super::rows::{cell, join, result_text, sentences, Row};
use super::rules::{Counted, ReportLang, Rules};
use super::words::{self, heading};
use crate::model::backup::csv_cell;

/// The rows as CSV (RFC 4180, CRLF line ends) under the preset's column
/// names, cells neutralised against spreadsheet formulas like the
/// applications export.
pub fn csv(rows: &[Row], rules: &Rules, lang: ReportLang) -> String {
    let mut out = String::new();
    let line = |cells: Vec<String>, out: &mut String| {
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    let head = rules
        .columns
        .iter()
        .map(|c| heading(*c, rules.preset, lang).to_string())
        .collect();
    line(head, &mut out);
    for r in rows {
        line(
            rules.columns.iter().map(|c| cell(r, *c, lang)).collect(),
            &mut out,
        );
    }
    out
}

/// One line per row, ready to type or paste into a journal (UK Universal
/// Credit, California, Australia): "Tue 3 Nov 2026 — Applied online to
/// Acme for Data Analyst (45 min). Result: awaiting reply." In German for
/// the German preset.
pub fn journal_lines(rows: &[Row], rules: &Rules) -> String {
    let lang = rules.report_lang().resolved();
    let mut out = String::new();
    for r in rows {
        out.push_str(&one_line(&journal_line(r, lang)));
        out.push('\n');
    }
    out
}

fn journal_line(r: &Row, lang: ReportLang) -> String {
    if lang == ReportLang::Ui {
        return journal_line_ui(r);
    }
    let de = lang == ReportLang::De;
    let what = if de { what_de(r) } else { what_en(r) };
    let time = r.minutes.map(|m| words::duration(m, lang));
    let what = match (de, time) {
        (true, t) => {
            let method = r.method.map(|m| words::method(m, lang)).unwrap_or("");
            let extra = join(&[method, t.as_deref().unwrap_or("")], ", ");
            if extra.is_empty() {
                what
            } else {
                format!("{what} ({extra})")
            }
        }
        (false, Some(t)) => format!("{what} ({t})"),
        (false, None) => what,
    };
    let result = result_text(r, lang);
    let result = match r.response {
        // Chosen words read mid-sentence in lower case ("awaiting reply").
        Some(_) if !de => lower_first(&result),
        _ => result,
    };
    let labelled = |en: &str, german: &str, text: &str| {
        if text.is_empty() {
            String::new()
        } else {
            format!("{}: {text}", if de { german } else { en })
        }
    };
    let body = sentences(&[
        &what,
        &r.details,
        &labelled("Result", "Ergebnis", &result),
        &labelled("Proof", "Nachweis", &r.proof),
    ]);
    let end = if body.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("{} — {body}{end}", words::journal_date(r.date, lang))
}

/// A journal line in the interface's language (not English: that is
/// [`journal_line`]'s own): "3 nov 2026 — Candidatura: Acme, Data Analyst
/// (En línea, 45 min). Resultado: Esperando respuesta." The parts are
/// listed rather than made into one sentence, so every language reads
/// them the same way.
fn journal_line_ui(r: &Row) -> String {
    let lang = ReportLang::Ui;
    let kind = words::kind(r.kind, lang);
    let whom = join(&[&r.organisation, &r.position], ", ");
    let what = if whom.is_empty() {
        kind.to_string()
    } else {
        crate::tf!("{label}: {text}", label = kind, text = whom)
    };
    let time = r.minutes.map(|m| words::duration(m, lang));
    let method = r.method.map(|m| words::method(m, lang)).unwrap_or("");
    let extra = join(&[method, time.as_deref().unwrap_or("")], ", ");
    let what = if extra.is_empty() {
        what
    } else {
        format!("{what} ({extra})")
    };
    let labelled = |label: &str, text: &str| {
        if text.is_empty() {
            String::new()
        } else {
            crate::tf!("{label}: {text}", label = label, text = text)
        }
    };
    let body = sentences(&[
        &what,
        &r.details,
        &labelled(crate::t!("Result"), &result_text(r, lang)),
        &labelled(crate::t!("Proof"), &r.proof),
    ]);
    let end = if body.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("{} — {body}{end}", words::journal_date(r.date, lang))
}

fn lower_first(text: &str) -> String {
    let mut c = text.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// "Applied online to Acme for Data Analyst", "Interview with Acme for
/// Data Analyst, by phone".
fn what_en(r: &Row) -> String {
    let how = r.method.map(|m| match m {
        Method::Online => "online",
        Method::Email => "by email",
        Method::Phone => "by phone",
        Method::InPerson => "in person",
        Method::Mail => "by mail",
        Method::Other => "",
    });
    let how = how.unwrap_or("");
    let (org, pos) = (r.organisation.as_str(), r.position.as_str());
    match r.kind {
        RowKind::Application => {
            let verb = join(&["Applied", how], " ");
            match (org.is_empty(), pos.is_empty()) {
                (false, false) => format!("{verb} to {org} for {pos}"),
                (false, true) => format!("{verb} to {org}"),
                (true, false) => format!("{verb} for {pos}"),
                (true, true) => format!("{verb} for a job"),
            }
        }
        RowKind::Activity(kind) => {
            let (base, prep, about) = match kind {
                ActivityKind::JobFair => ("Job fair", "at", "for"),
                ActivityKind::Workshop => ("Workshop or course", "at", "for"),
                ActivityKind::AgencyAppointment => ("Appointment", "at", "about"),
                ActivityKind::Networking => ("Networking meeting", "with", "about"),
                ActivityKind::Interview => ("Interview", "with", "for"),
                ActivityKind::FollowUp => ("Followed up", "with", "about"),
                ActivityKind::Other => ("Work-search activity", "with", "for"),
            };
            let mut s = base.to_string();
            if !org.is_empty() {
                s = format!("{s} {prep} {org}");
            }
            if !pos.is_empty() {
                s = format!("{s} {about} {pos}");
            }
            if !how.is_empty() {
                s = format!("{s}, {how}");
            }
            s
        }
    }
}

/// "Bewerbung bei Acme als Data Analyst", "Jobmesse bei Messe Köln".
fn what_de(r: &Row) -> String {
    let mut s = words::kind(r.kind, ReportLang::De).to_string();
    if !r.organisation.is_empty() {
        s = format!("{s} bei {}", r.organisation);
    }
    if !r.position.is_empty() {
        let prep = match r.kind {
            RowKind::Application | RowKind::Activity(ActivityKind::Interview) => "als",
            RowKind::Activity(_) => "zu",
        };
        s = format!("{s} {prep} {}", r.position);
    }
    s
}

/// The report's title and dates: "Work Search Record, 2026-11-02 –
/// 2026-11-08"; "Nachweis der Eigenbemühungen, 01.11.2026 – 30.11.2026".
pub fn title(rules: &Rules, start: NaiveDate, end: NaiveDate) -> String {
    let lang = rules.report_lang().resolved();
    if lang == ReportLang::Ui {
        return crate::tf!(
            "Work search record, {start} – {end}",
            start = words::date(start, lang),
            end = words::date(end, lang)
        );
    }
    let name = match rules.preset {
        Preset::NewYork => "Work Search Record",
        Preset::Washington => "Job search log",
        Preset::Texas => "Work search log",
        Preset::UkUniversalCredit => "Work search activity",
        Preset::Germany => "Nachweis der Eigenbemühungen",
        Preset::Australia | Preset::Canada => "Job search record",
        Preset::Us | Preset::California | Preset::Other => "Work search record",
    };
    format!(
        "{name}, {} – {}",
        words::date(start, lang),
        words::date(end, lang)
    )
}

/// The name and claim reference, when given: printed on the report only.
pub fn identity_lines(claim: &Claim, rules: &Rules) -> Vec<String> {
    let lang = rules.report_lang().resolved();
    let de = lang == ReportLang::De;
    let reference = if de {
        "Kundennummer"
    } else {
        "Claim reference"
    };
    let mut out = Vec::new();
    let name = one_line(&claim.name);
    if !name.is_empty() {
        out.push(match lang {
            ReportLang::Ui => crate::tf!("Name: {name}", name = name),
            _ => format!("Name: {name}"),
        });
    }
    let number = one_line(&claim.reference);
    if !number.is_empty() {
        out.push(match lang {
            ReportLang::Ui => crate::tf!("Claim reference: {number}", number = number),
            _ => format!("{reference}: {number}"),
        });
    }
    out
}

/// Under the table: how many are listed, the requirement, and the count
/// against it (said to be met only when the dates are one whole period).
/// Plain facts in the report's language; rest weeks are Rebound's own
/// matter and not mentioned to an authority.
pub fn footer(p: &Progress, rules: &Rules) -> String {
    let lang = rules.report_lang().resolved();
    if lang == ReportLang::Ui {
        return footer_ui(p, rules);
    }
    let de = lang == ReportLang::De;
    let listed = if de {
        format!("Aufgeführt: {}.", p.logged)
    } else {
        format!("Activities listed: {}.", p.logged)
    };
    let required = if de {
        format!("Vorgabe: {}.", requirement_text(rules))
    } else {
        format!("Requirement: {}.", requirement_text(rules))
    };
    if p.requirement == Requirement::None {
        return format!("{listed} {required}");
    }
    let noun = match (p.counted, de) {
        (Counted::Applications, false) => " applications",
        (Counted::Applications, true) => " Bewerbungen",
        (Counted::Everything, false) => "",
        (Counted::Everything, true) => "",
    };
    let count = match p.requirement {
        Requirement::Hours(_) if de => format!("{} Stunden", hours(p.minutes).replace('.', ",")),
        Requirement::Hours(_) => format!("{} hours", hours(p.minutes)),
        Requirement::CountOnDifferentDays(_) if de => {
            format!(
                "{}{noun} an {} verschiedenen Tagen",
                p.done, p.distinct_days
            )
        }
        Requirement::CountOnDifferentDays(_) => {
            format!("{}{noun} on {} different days", p.done, p.distinct_days)
        }
        _ => format!("{}{noun}", p.done),
    };
    let counted = match (de, p.whole_period, p.met) {
        (false, true, true) => format!("Counted: {count} — met."),
        (false, true, false) => format!("Counted: {count}."),
        (false, false, _) => format!("Counted in these dates: {count}."),
        (true, true, true) => format!("Gezählt: {count} — erfüllt."),
        (true, true, false) => format!("Gezählt: {count}."),
        (true, false, _) => format!("Gezählt im Zeitraum: {count}."),
    };
    format!("{listed} {required} {counted}")
}

/// [`footer`] in the interface's language (Other's report; not English).
/// Other counts every activity, so no noun is needed.
fn footer_ui(p: &Progress, rules: &Rules) -> String {
    let listed = crate::tf!("Activities listed: {n}.", n = p.logged);
    let required = crate::tf!("Requirement: {text}.", text = requirement_text(rules));
    if p.requirement == Requirement::None {
        return format!("{listed} {required}");
    }
    let count = match p.requirement {
        Requirement::Hours(_) => crate::tf!("{got} hours", got = decimal(&hours(p.minutes))),
        Requirement::CountOnDifferentDays(_) => crate::tp!(
            p.distinct_days,
            "{done} on 1 day",
            "{done} on {n} different days",
            done = p.done
        ),
        _ => p.done.to_string(),
    };
    let counted = match (p.whole_period, p.met) {
        (true, true) => crate::tf!("Counted: {count} — met.", count = count),
        (true, false) => crate::tf!("Counted: {count}.", count = count),
        (false, _) => crate::tf!("Counted in these dates: {count}.", count = count),
    };
    format!("{listed} {required} {counted}")
}

/// What the report is, printed under it: only what the person entered,
/// and nothing was submitted by Rebound.
pub fn honesty_note(lang: ReportLang) -> &'static str {
    match lang {
        ReportLang::En | ReportLang::Ui => words::say(
            crate::tk!(
                "This record lists only what I entered in Rebound myself. Rebound did not submit it anywhere."
            ),
            lang,
        ),
        ReportLang::De => {
            "Diese Aufstellung enthält nur, was ich selbst in Rebound eingetragen habe. Rebound hat nichts übermittelt."
        }
    }
}
