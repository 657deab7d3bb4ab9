//! The "Where you claim" card: the office's preset (with the number the
//! person's own letter may set), or for Other their own period,
//! requirement and columns; the name and claim reference printed on the
//! report; and the certification day, for reminders. All of it is kept on
//! this device only.

use chrono::Weekday;
use leptos::prelude::*;

use super::use_proof;
use crate::lang::Text;
use crate::model::proof::{
    certification_days, certification_ics, heading, requirement_text, Cadence, Column, Period,
    Preset, ReportLang, Requirement, MAX_CLAIM_TEXT_CHARS,
};
use crate::model::time::{parse_date, short_date, WeekStart};
use crate::platform;
use crate::ui::state::use_app;
use crate::ui::widgets::is_open;

const WEEKDAYS: [(Weekday, Text); 7] = [
    (Weekday::Mon, crate::tk!("Monday")),
    (Weekday::Tue, crate::tk!("Tuesday")),
    (Weekday::Wed, crate::tk!("Wednesday")),
    (Weekday::Thu, crate::tk!("Thursday")),
    (Weekday::Fri, crate::tk!("Friday")),
    (Weekday::Sat, crate::tk!("Saturday")),
    (Weekday::Sun, crate::tk!("Sunday")),
];

/// "Add every Monday to my calendar", with the day's name in the sentence
/// (a language may need its own form of it there).
fn add_every(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => crate::t!("Add every Monday to my calendar"),
        Weekday::Tue => crate::t!("Add every Tuesday to my calendar"),
        Weekday::Wed => crate::t!("Add every Wednesday to my calendar"),
        Weekday::Thu => crate::t!("Add every Thursday to my calendar"),
        Weekday::Fri => crate::t!("Add every Friday to my calendar"),
        Weekday::Sat => crate::t!("Add every Saturday to my calendar"),
        Weekday::Sun => crate::t!("Add every Sunday to my calendar"),
    }
}

fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// "Weeks run Monday to Sunday." / "Counted per calendar month."
fn period_words(period: Period, start: WeekStart) -> &'static str {
    match (period, start) {
        (Period::Month, _) => crate::t!("Counted per calendar month."),
        (Period::Week, WeekStart::Monday) => crate::t!("Weeks run Monday to Sunday."),
        (Period::Week, WeekStart::Sunday) => crate::t!("Weeks run Sunday to Saturday."),
    }
}

/// "Next: 3 Nov 2026, then 10 Nov 2026. " (a space after: a hint may follow).
fn next_text(days: &[String]) -> String {
    match days {
        [] => String::new(),
        [first] => format!("{} ", crate::tf!("Next: {first}.", first = first)),
        [first, second, ..] => format!(
            "{} ",
            crate::tf!(
                "Next: {first}, then {second}.",
                first = first,
                second = second
            )
        ),
    }
}

/// What kind of requirement Other asks for (the number is beside it).
fn requirement_key(r: Requirement) -> &'static str {
    match r {
        Requirement::Count(_) => "count",
        Requirement::CountOnDifferentDays(_) => "days",
        Requirement::Hours(_) => "hours",
        Requirement::None => "none",
    }
}

fn requirement_of(key: &str, n: u32) -> Requirement {
    let n = n.max(1);
    match key {
        "count" => Requirement::Count(n),
        "days" => Requirement::CountOnDifferentDays(n),
        "hours" => Requirement::Hours(n),
        _ => Requirement::None,
    }
}

#[component]
pub fn ClaimCard() -> impl IntoView {
    let proof = use_proof();
    let claim = proof.claim;
    let preset = Memo::new(move |_| claim.with(|c| c.preset));
    let about = move || {
        proof.rules.with(|r| {
            // The report's wording is the authority's; the page speaks the
            // interface's language.
            let mut shown = r.clone();
            shown.language = ReportLang::Ui;
            let what = requirement_text(&shown);
            let asks = if r.requirement == Requirement::None {
                crate::t!(
                    "No fixed number to meet: the record is kept in case your office asks for it."
                )
                .to_string()
            } else {
                crate::tf!("Asks for {what}.", what = what)
            };
            let mut out = format!("{asks} {}", period_words(r.period, r.week_start));
            let english_report = r.report_lang() == ReportLang::En;
            if r.language == ReportLang::De {
                out.push(' ');
                out.push_str(crate::t!(
                    "The report prints in German, since it goes to the agency."
                ));
            } else if english_report && crate::lang::current().is_some() {
                // Said only in another language: in English it goes without saying.
                out.push(' ');
                out.push_str(crate::t!(
                    "The report prints in English, the language this office works in."
                ));
            }
            if r.typed_in {
                out.push(' ');
                out.push_str(crate::t!(
                    "This office's system is typed into: Copy as text gives you lines to paste."
                ));
            }
            out
        })
    };
    let details_open = RwSignal::new(false);
    let cert_open = RwSignal::new(false);
    view! {
        <section class="card proof-setup no-print" aria-labelledby="claim-title">
            <h2 id="claim-title">{crate::t!("Your benefit claim")}</h2>
            <div class="field">
                <label for="claim-preset">{crate::t!("Where you claim")}</label>
                <select
                    id="claim-preset"
                    on:change=move |ev| {
                        if let Some(p) = Preset::from_key(&event_target_value(&ev)) {
                            proof
                                .change_claim(|c| {
                                    c.preset = p;
                                    c.target = None;
                                });
                        }
                    }
                >
                    {Preset::ALL
                        .into_iter()
                        .map(|p| {
                            view! {
                                <option value=p.key() selected=move || preset.get() == p>
                                    {p.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {move || {
                (!proof.chosen.get())
                    .then(|| {
                        view! {
                            <p class="hint">
                                {crate::t!(
                                    "Choose where you claim, and the report follows that office's week, requirement and columns."
                                )}
                            </p>
                        }
                    })
            }}
            <p class="proof-asks">{about}</p>
            {move || {
                if preset.get() == Preset::Other {
                    view! { <OtherChoices /> }.into_any()
                } else {
                    view! { <TargetField /> }.into_any()
                }
            }}
            <p class="hint">
                {crate::t!(
                    "Offices change their rules and your own letter has the final word: if it asks for a different number, set it here."
                )}
            </p>
            {move || {
                proof
                    .unsaved
                    .get()
                    .then(|| {
                        view! {
                            <p class="form-error" role="alert">
                                {crate::t!(
                                    "This browser didn't let Rebound keep these settings; they last until you close the tab."
                                )}
                            </p>
                        }
                    })
            }}
            <details class="more" on:toggle=move |ev| details_open.set(is_open(&ev))>
                <summary>{crate::t!("Your name and claim reference")}</summary>
                <Show when=move || details_open.get()>
                    <Identity />
                </Show>
            </details>
            <details class="more" on:toggle=move |ev| cert_open.set(is_open(&ev))>
                <summary>{crate::t!("Certification reminder")}</summary>
                <Show when=move || cert_open.get()>
                    <Certification />
                </Show>
            </details>
        </section>
    }
}

/// The number a preset asks for, changed to what the person's letter says.
#[component]
fn TargetField() -> impl IntoView {
    let proof = use_proof();
    let claim = proof.claim;
    let hours = Memo::new(move |_| {
        proof
            .rules
            .with(|r| matches!(r.requirement, Requirement::Hours(_)))
    });
    let value = move || {
        claim
            .with(|c| c.target)
            .map(|t| t.to_string())
            .unwrap_or_default()
    };
    let app = use_app();
    let usual = move || {
        let week_start = app.data.with(|d| d.settings.week_start);
        let preset = claim.with(|c| c.preset);
        let plain = crate::model::proof::Claim {
            preset,
            ..Default::default()
        };
        plain
            .rules(week_start)
            .requirement
            .number()
            .map_or(crate::t!("none").to_string(), |n| n.to_string())
    };
    view! {
        <div class="field proof-target">
            <label for="claim-target">
                {move || {
                    if hours.get() {
                        { crate::t!("Hours your office asks for (optional)") }
                    } else {
                        { crate::t!("Number your office asks for (optional)") }
                    }
                }}
            </label>
            <input
                id="claim-target"
                type="number"
                inputmode="numeric"
                min="0"
                max="100"
                placeholder=move || crate::tf!("Usually {number}", number = usual())
                prop:value=value
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    let target = text.trim().parse::<u32>().ok();
                    proof.change_claim(|c| c.target = target);
                }
            />
        </div>
    }
}

/// Other: the person's own period, requirement and columns.
#[component]
fn OtherChoices() -> impl IntoView {
    let proof = use_proof();
    let claim = proof.claim;
    let kind = Memo::new(move |_| claim.with(|c| requirement_key(c.requirement)));
    let number = move || {
        claim
            .with(|c| c.requirement.number())
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let columns_open = RwSignal::new(false);
    view! {
        <div class="field-row">
            <div class="field">
                <label for="claim-period">{crate::t!("Counted per")}</label>
                <select
                    id="claim-period"
                    on:change=move |ev| {
                        let period = if event_target_value(&ev) == "month" {
                            Period::Month
                        } else {
                            Period::Week
                        };
                        proof.change_claim(|c| c.period = period);
                    }
                >
                    <option value="week" selected=move || claim.with(|c| c.period == Period::Week)>
                        {crate::t!("Week")}
                    </option>
                    <option
                        value="month"
                        selected=move || claim.with(|c| c.period == Period::Month)
                    >
                        {crate::t!("Calendar month")}
                    </option>
                </select>
            </div>
            <div class="field">
                <label for="claim-requirement">{crate::t!("Requirement")}</label>
                <select
                    id="claim-requirement"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        proof
                            .change_claim(|c| {
                                let n = c.requirement.number().unwrap_or(3);
                                c.requirement = requirement_of(&key, n);
                            });
                    }
                >
                    {[
                        ("none", crate::t!("No fixed number")),
                        ("count", crate::t!("A number of activities")),
                        ("days", crate::t!("Activities on different days")),
                        ("hours", crate::t!("Hours of searching")),
                    ]
                        .into_iter()
                        .map(|(k, label)| {
                            view! {
                                <option value=k selected=move || kind.get() == k>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <Show when=move || kind.get() != "none">
                <div class="field">
                    <label for="claim-number">
                        {move || {
                            if kind.get() == "hours" {
                                { crate::t!("Hours asked for") }
                            } else {
                                { crate::t!("Number asked for") }
                            }
                        }}
                    </label>
                    <input
                        id="claim-number"
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max="100"
                        prop:value=number
                        on:change=move |ev| {
                            let n = event_target_value(&ev).trim().parse::<u32>().unwrap_or(1);
                            proof
                                .change_claim(|c| {
                                    c.requirement = requirement_of(
                                        requirement_key(c.requirement),
                                        n,
                                    );
                                });
                        }
                    />
                </div>
            </Show>
        </div>
        <details class="more" on:toggle=move |ev| columns_open.set(is_open(&ev))>
            <summary>{crate::t!("Columns in the report")}</summary>
            <Show when=move || columns_open.get()>
                <ColumnChooser />
            </Show>
        </details>
    }
}

/// Other's columns: each on or off, in the order shown, with Up to move.
#[component]
fn ColumnChooser() -> impl IntoView {
    let proof = use_proof();
    let shown = Memo::new(move |_| proof.rules.with(|r| r.columns.clone()));
    let toggle = move |col: Column| {
        let current = shown.get_untracked();
        proof.change_claim(|c| {
            let mut cols = current;
            if let Some(i) = cols.iter().position(|x| *x == col) {
                if cols.len() > 1 {
                    cols.remove(i);
                }
            } else {
                cols.push(col);
            }
            c.columns = cols;
        });
    };
    let up = move |col: Column| {
        let mut cols = shown.get_untracked();
        let mut top = true;
        if let Some(i) = cols.iter().position(|x| *x == col).filter(|i| *i > 0) {
            cols.swap(i, i - 1);
            top = i == 1;
        }
        proof.change_claim(|c| c.columns = cols);
        // The list is drawn again: focus stays with the column that moved
        // (at the top, on its checkbox: it has no Move up there).
        crate::ui::widgets::focus_soon(if top {
            format!("col-{col:?}")
        } else {
            format!("col-up-{col:?}")
        });
    };
    // Chosen columns first, in their order, then the rest.
    let all = move || {
        let mut list = shown.get();
        list.extend(
            Column::ALL
                .iter()
                .filter(|c| !list.contains(c))
                .copied()
                .collect::<Vec<_>>(),
        );
        list
    };
    view! {
        <fieldset class="proof-columns">
            <legend class="sr-only">{crate::t!("Columns in the report")}</legend>
            // Keyed by column: a box that moves keeps its element, so focus
            // (and a screen reader's place) moves with the column.
            <ul class="plain">
                <For each=all key=|col| *col let:col>
                    {
                        let on = move || shown.with(|s| s.contains(&col));
                        let first = move || shown.with(|s| s.first() == Some(&col));
                        let name = heading(col, Preset::Other, ReportLang::Ui);
                        let id = format!("col-{col:?}");
                        view! {
                            <li class="proof-column">
                                <span class="check">
                                    <input
                                        type="checkbox"
                                        id=id.clone()
                                        prop:checked=on
                                        on:change=move |_| toggle(col)
                                    />
                                    <label for=id>{name}</label>
                                </span>
                                {move || {
                                    (on() && !first())
                                        .then(|| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="btn quiet small"
                                                    id=format!("col-up-{col:?}")
                                                    on:click=move |_| up(col)
                                                    aria-label=format!("{}: {name}", crate::t!("Move up"))
                                                >
                                                    {crate::t!("Move up")}
                                                </button>
                                            }
                                        })
                                }}
                            </li>
                        }
                    }
                </For>
            </ul>
        </fieldset>
    }
}

/// The name and claim reference: printed on the report, nowhere else.
#[component]
fn Identity() -> impl IntoView {
    let proof = use_proof();
    let claim = proof.claim;
    view! {
        <p class="hint">
            {crate::t!(
                "Both are optional and printed at the top of the report only. They stay on this device: never in a backup, never sent anywhere."
            )}
        </p>
        <div class="field-row">
            <div class="field">
                <label for="claim-name">{crate::t!("Your name")}</label>
                <input
                    id="claim-name"
                    type="text"
                    autocomplete="name"
                    maxlength=MAX_CLAIM_TEXT_CHARS.to_string()
                    prop:value=move || claim.with(|c| c.name.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        proof.change_claim(|c| c.name = v);
                    }
                />
            </div>
            <div class="field">
                <label for="claim-reference">{crate::t!("Claim reference")}</label>
                <input
                    id="claim-reference"
                    type="text"
                    autocomplete="off"
                    maxlength=MAX_CLAIM_TEXT_CHARS.to_string()
                    prop:value=move || claim.with(|c| c.reference.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        proof.change_claim(|c| c.reference = v);
                    }
                />
            </div>
        </div>
    }
}

/// The day the person certifies: a calendar file that repeats on it, and
/// a gentle word on Today the day before if the requirement is still open.
#[component]
fn Certification() -> impl IntoView {
    let proof = use_proof();
    let claim = proof.claim;
    let day = Memo::new(move |_| claim.with(|c| c.cert_day));
    let biweekly = Memo::new(move |_| claim.with(|c| c.cadence == Cadence::Biweekly));
    let next = move || {
        claim.with(|c| {
            certification_days(c, platform::today(), 2)
                .into_iter()
                .map(short_date)
                .collect::<Vec<_>>()
        })
    };
    let download = move |_| {
        let text = claim.with_untracked(|c| {
            certification_ics(c, platform::today(), "certification-day", platform::now())
        });
        if let Some(text) = text {
            let name = crate::model::ics::file_name("certification");
            if platform::download(&name, "text/calendar", &text) {
                use_app().notify(
                    crate::tf!(
                        "Saving {name} to your downloads: open it there to add it to your calendar.",
                        name = name
                    ),
                    None,
                );
            }
        }
    };
    view! {
        <p class="hint">
            {crate::t!(
                "The day you confirm your claim with the office. The day before, if the requirement isn't met yet, Today says so — gently."
            )}
        </p>
        <div class="field-row">
            <div class="field">
                <label for="cert-day">{crate::t!("Certification day")}</label>
                <select
                    id="cert-day"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        let day = WEEKDAYS.iter().map(|(d, _)| *d).find(|d| weekday_key(*d) == key);
                        proof.change_claim(|c| c.cert_day = day);
                    }
                >
                    <option value="" selected=move || day.get().is_none()>
                        {crate::t!("None")}
                    </option>
                    {WEEKDAYS
                        .into_iter()
                        .map(|(d, name)| {
                            view! {
                                <option value=weekday_key(d) selected=move || day.get() == Some(d)>
                                    {name.get()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="cert-cadence">{crate::t!("Certify every")}</label>
                <select
                    id="cert-cadence"
                    on:change=move |ev| {
                        let cadence = if event_target_value(&ev) == "biweekly" {
                            Cadence::Biweekly
                        } else {
                            Cadence::Weekly
                        };
                        proof.change_claim(|c| c.cadence = cadence);
                    }
                >
                    <option value="weekly" selected=move || !biweekly.get()>
                        {crate::t!("Week")}
                    </option>
                    <option value="biweekly" selected=move || biweekly.get()>
                        {crate::t!("Other week")}
                    </option>
                </select>
            </div>
            <Show when=move || biweekly.get()>
                <div class="field">
                    <label for="cert-anchor">{crate::t!("One of your certification days")}</label>
                    <input
                        id="cert-anchor"
                        type="date"
                        prop:value=move || {
                            claim.with(|c| c.anchor.map(|a| a.to_string()).unwrap_or_default())
                        }
                        on:change=move |ev| {
                            let anchor = parse_date(&event_target_value(&ev));
                            proof.change_claim(|c| c.anchor = anchor);
                        }
                    />
                </div>
            </Show>
        </div>
        {move || {
            day.get()
                .map(|d| {
                    let days = next();
                    view! {
                        <p>
                            {next_text(&days)}
                            {(biweekly.get() && claim.with(|c| c.anchor.is_none()))
                                .then(|| {
                                    format!(
                                        "{} ",
                                        crate::t!(
                                            "Add one of your certification days so every other week falls right."
                                        ),
                                    )
                                })}
                        </p>
                        <p>
                            <button type="button" class="btn secondary small" on:click=download>
                                {add_every(d)}
                            </button>
                        </p>
                    }
                })
        }}
    }
}
