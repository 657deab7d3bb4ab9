//! The report: which dates, one table in the office's layout, the count
//! against the requirement, and the three ways out — print (the browser's
//! "Save as PDF" makes the file), CSV and text to paste.
//!
//! Printing is CSS only (the proof section of style/main.css): A4 or
//! Letter, no app chrome, the title, name, reference and dates repeated at
//! the top of every page (the table's head row), page numbers in the
//! margin, and rows that never split across pages.

use leptos::prelude::*;

use super::{use_proof, Choice, Paper};
use crate::model::proof::{
    cell, csv, file_name, heading, honesty_note, identity_lines, journal_lines, report_footer,
    requirement_text, title, ReportLang,
};
use crate::platform;

/// A layout this wide prints across the page (landscape).
const WIDE: usize = 8;

#[component]
pub fn Report() -> impl IntoView {
    let proof = use_proof();
    // The authority's language (or, for Other, the interface's).
    let lang = Memo::new(move |_| proof.rules.with(|r| r.report_lang()));
    let tag = move || lang.get().tag();
    let columns = Memo::new(move |_| proof.rules.with(|r| r.columns.clone()));
    let title_text = Memo::new(move |_| {
        let (start, end) = proof.span.get();
        proof.rules.with(|r| title(r, start, end))
    });
    let identity = Memo::new(move |_| {
        proof
            .claim
            .with(|c| proof.rules.with(|r| identity_lines(c, r)))
            .join(" · ")
    });
    let requirement = move || {
        let text = proof.rules.with(requirement_text);
        match lang.get().resolved() {
            ReportLang::De => format!("Vorgabe: {text}"),
            ReportLang::Ui => crate::tf!("Requirement: {text}", text = text),
            ReportLang::En => format!("Requirement: {text}"),
        }
    };
    let status = RwSignal::new(String::new());
    // Text the browser wouldn't copy: shown to select by hand.
    let manual = RwSignal::new(None::<String>);
    let stem = move || {
        let (start, end) = proof.span.get_untracked();
        proof
            .rules
            .with_untracked(|r| file_name(r, start, end, "csv"))
    };

    let print = move |_| {
        let Some(w) = web_sys::window() else {
            return;
        };
        // The title becomes the suggested name of a PDF saved from the dialog.
        let doc = w.document();
        let before = doc.as_ref().map(|d| d.title());
        if let Some(d) = &doc {
            d.set_title(stem().trim_end_matches(".csv"));
        }
        let _ = w.print();
        if let (Some(d), Some(t)) = (doc, before) {
            set_timeout(move || d.set_title(&t), std::time::Duration::from_secs(2));
        }
    };
    let export = move |_| {
        let text = proof.rows.with_untracked(|rows| {
            proof
                .rules
                .with_untracked(|r| csv(rows, r, r.report_lang()))
        });
        let name = stem();
        // A byte-order mark, so spreadsheet apps read ä, ö, ü and é right.
        if platform::download(&name, "text/csv;charset=utf-8", &format!("\u{feff}{text}")) {
            status.set(crate::tf!("Saving {name} to your downloads.", name = name));
        } else {
            status.set(
                crate::t!("This browser didn't start the download. Try Copy as text instead.")
                    .into(),
            );
        }
    };
    let copy = move |_| {
        let text = proof
            .rows
            .with_untracked(|rows| proof.rules.with_untracked(|r| journal_lines(rows, r)));
        let lines = text.lines().count();
        if lines == 0 {
            status.set(crate::t!("Nothing to copy in these dates yet.").into());
            return;
        }
        manual.set(None);
        leptos::task::spawn_local(async move {
            match platform::copy_text(&text).await {
                Ok(()) => status.set(crate::tp!(
                    lines,
                    "Copied 1 line. Paste it into your office's journal or form.",
                    "Copied {n} lines. Paste them into your office's journal or form."
                )),
                Err(_) => {
                    status.set(
                        crate::t!(
                            "This browser didn't allow copying: select the text below and copy it."
                        )
                        .into(),
                    );
                    manual.set(Some(text));
                    crate::ui::widgets::focus_soon("proof-manual");
                }
            }
        });
    };
    let typed_in = Memo::new(move |_| proof.rules.with(|r| r.typed_in));
    let buttons = move || {
        let print_btn = view! {
            <button type="button" class="btn" on:click=print>
                {crate::t!("Print report")}
            </button>
        }
        .into_any();
        let csv_btn = view! {
            <button type="button" class="btn secondary" on:click=export>
                {crate::t!("Export log (CSV)")}
            </button>
        }
        .into_any();
        let copy_btn = view! {
            <button
                type="button"
                class=if typed_in.get() { "btn" } else { "btn secondary" }
                on:click=copy
            >
                {crate::t!("Copy as text")}
            </button>
        }
        .into_any();
        if typed_in.get() {
            vec![copy_btn, print_btn, csv_btn]
        } else {
            vec![print_btn, csv_btn, copy_btn]
        }
    };
    let section_class = move || {
        let paper = match proof.paper() {
            Paper::A4 => "a4",
            Paper::Letter => "letter",
        };
        let wide = if columns.with(Vec::len) >= WIDE {
            " wide"
        } else {
            ""
        };
        format!("card proof-report paper-{paper}{wide}")
    };
    let footer = Memo::new(move |_| {
        proof
            .progress
            .with(|p| proof.rules.with(|r| report_footer(p, r)))
    });
    let (hint_before, hint_after) = super::links::around_link(crate::t!(
        "Applications and rejections you track are listed on the day you applied. To add how you applied and what proves it, open one from {link} and use “For proof of search”."
    ));
    view! {
        <section class=section_class aria-labelledby="report-title">
            <div class="proof-controls no-print">
                <div class="field">
                    <label for="report-for">{crate::t!("Report for")}</label>
                    <select
                        id="report-for"
                        on:change=move |ev| {
                            if let Some(c) = Choice::from_key(&event_target_value(&ev)) {
                                if c == Choice::Custom {
                                    let (a, b) = proof.span.get_untracked();
                                    proof.from.set(a.to_string());
                                    proof.to.set(b.to_string());
                                }
                                proof.choice.set(c);
                            }
                        }
                    >
                        {Choice::ALL
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <option value=c.key() selected=move || proof.choice.get() == c>
                                        {c.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <Show when=move || proof.choice.get() == Choice::Custom>
                    <div class="field">
                        <label for="report-from">{crate::t!("From")}</label>
                        <input
                            id="report-from"
                            type="date"
                            prop:value=proof.from
                            on:change=move |ev| proof.from.set(event_target_value(&ev))
                        />
                    </div>
                    <div class="field">
                        <label for="report-to">{crate::t!("To")}</label>
                        <input
                            id="report-to"
                            type="date"
                            prop:value=proof.to
                            on:change=move |ev| proof.to.set(event_target_value(&ev))
                        />
                    </div>
                </Show>
                <div class="field">
                    <label for="report-paper">{crate::t!("Paper size")}</label>
                    <select
                        id="report-paper"
                        on:change=move |ev| {
                            let paper = if event_target_value(&ev) == "letter" {
                                Paper::Letter
                            } else {
                                Paper::A4
                            };
                            proof.paper.set(Some(paper));
                        }
                    >
                        <option value="a4" selected=move || proof.paper() == Paper::A4>
                            "A4"
                        </option>
                        <option value="letter" selected=move || proof.paper() == Paper::Letter>
                            {crate::t!("Letter")}
                        </option>
                    </select>
                </div>
            </div>
            <div class="actions wrap no-print proof-buttons">{buttons}</div>
            <p class="copy-status no-print" role="status">
                {move || status.get()}
            </p>
            {move || {
                manual
                    .get()
                    .map(|text| {
                        view! {
                            <div class="field no-print">
                                <label for="proof-manual">{crate::t!("The report as text")}</label>
                                <textarea
                                    id="proof-manual"
                                    rows="6"
                                    readonly
                                    prop:value=text
                                ></textarea>
                            </div>
                        }
                    })
            }}
            <div class="proof-head" lang=tag>
                <h2 id="report-title">{move || title_text.get()}</h2>
                {move || {
                    let who = identity.get();
                    (!who.is_empty()).then(|| view! { <p class="proof-who">{who}</p> })
                }}
                <p class="proof-requirement">{requirement}</p>
            </div>
            <div
                class="table-scroll"
                role="region"
                aria-label=crate::t!("The report's table")
                tabindex="0"
            >
                <table class="proof-table" lang=tag>
                    <thead>
                        <tr class="print-head">
                            <th colspan=move || columns.with(Vec::len).to_string() scope="colgroup">
                                <span class="print-title">{move || title_text.get()}</span>
                                {move || {
                                    let who = identity.get();
                                    (!who.is_empty())
                                        .then(|| view! { <span class="print-line">{who}</span> })
                                }}
                                <span class="print-line">{requirement}</span>
                            </th>
                        </tr>
                        <tr>
                            {move || {
                                let (preset, lang) = proof
                                    .rules
                                    .with(|r| (r.preset, r.report_lang()));
                                columns
                                    .get()
                                    .into_iter()
                                    .map(|c| {
                                        // Other's headings are in the interface's language.
                                        view! { <th scope="col">{heading(c, preset, lang)}</th> }
                                    })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let lang = lang.get();
                            let cols = columns.get();
                            proof
                                .rows
                                .with(|rows| {
                                    if rows.is_empty() {
                                        let empty = match lang.resolved() {
                                            ReportLang::De => "Keine Einträge in diesem Zeitraum.",
                                            ReportLang::Ui => {
                                                crate::t!("Nothing logged in these dates yet.")
                                            }
                                            ReportLang::En => "Nothing logged in these dates yet.",
                                        };
                                        return view! {
                                            <tr>
                                                <td colspan=cols.len().to_string() class="proof-empty">
                                                    {empty}
                                                </td>
                                            </tr>
                                        }
                                            .into_any();
                                    }
                                    rows.iter()
                                        .map(|row| {
                                            let cells = cols
                                                .iter()
                                                .map(|c| view! { <td>{cell(row, *c, lang)}</td> })
                                                .collect_view();
                                            view! { <tr>{cells}</tr> }
                                        })
                                        .collect_view()
                                        .into_any()
                                })
                        }}
                    </tbody>
                </table>
            </div>
            <div class="proof-footer" lang=tag>
                {move || {
                    footer
                        .get()
                        .headline
                        .map(|h| {
                            view! {
                                <p class="proof-tally">
                                    <strong>{h}</strong>
                                </p>
                            }
                        })
                }}
                <p>{move || footer.get().detail}</p>
                <p class="proof-note">{move || honesty_note(lang.get())}</p>
            </div>
            <p class="hint no-print">
                {hint_before}
                <crate::ui::router::A href="/rejections">
                    {crate::t!("Rejections")}
                </crate::ui::router::A> {hint_after}
            </p>
        </section>
    }
}
