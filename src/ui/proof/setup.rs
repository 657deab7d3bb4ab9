//! The "Where you claim" card: the office's preset (with the number the
//! person's own letter may set), or for Other their own period,
//! requirement and columns; the name and claim reference printed on the
//! report; and the certification day, for reminders. All of it is kept on
//! this device only.

use chrono::Weekday;
use leptos::prelude::*;

use super::use_proof;
use crate::model::proof::{
    certification_days, certification_ics, heading, requirement_text, Cadence, Column, Period,
    Preset, ReportLang, Requirement, MAX_CLAIM_TEXT_CHARS,
};
use crate::model::time::{parse_date, short_date, WeekStart};
use crate::platform;
use crate::ui::state::use_app;
use crate::ui::widgets::is_open;

const WEEKDAYS: [(Weekday, &str); 7] = [
    (Weekday::Mon, "Monday"),
    (Weekday::Tue, "Tuesday"),
    (Weekday::Wed, "Wednesday"),
    (Weekday::Thu, "Thursday"),
    (Weekday::Fri, "Friday"),
    (Weekday::Sat, "Saturday"),
    (Weekday::Sun, "Sunday"),
];

fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(d, _)| *d == day)
        .map_or("", |(_, n)| n)
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
        (Period::Month, _) => "Counted per calendar month.",
        (Period::Week, WeekStart::Monday) => "Weeks run Monday to Sunday.",
        (Period::Week, WeekStart::Sunday) => "Weeks run Sunday to Saturday.",
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
            // The German wording is the report's; the page says it in English.
            let mut english = r.clone();
            english.language = ReportLang::En;
            let what = requirement_text(&english);
            let typed = if r.typed_in {
                " This office's system is typed into: Copy as text gives you lines to paste."
            } else {
                ""
            };
            let german = if r.language == ReportLang::De {
                " The report prints in German, since it goes to the agency."
            } else {
                ""
            };
            let asks = if r.requirement == Requirement::None {
                "No fixed number to meet: the record is kept in case your office asks for it."
                    .to_string()
            } else {
                format!("Asks for {what}.")
            };
            format!(
                "{asks} {}{german}{typed}",
                period_words(r.period, r.week_start)
            )
        })
    };
    let details_open = RwSignal::new(false);
    let cert_open = RwSignal::new(false);
    view! {
        <section class="card proof-setup no-print" aria-labelledby="claim-title">
            <h2 id="claim-title">"Your benefit claim"</h2>
            <div class="field">
                <label for="claim-preset">"Where you claim"</label>
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
                                "Choose where you claim, and the report follows that office's week, requirement and columns."
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
                "Offices change their rules and your own letter has the final word: if it asks for a different number, set it here."
            </p>
            {move || {
                proof
                    .unsaved
                    .get()
                    .then(|| {
                        view! {
                            <p class="form-error" role="alert">
                                "This browser didn't let Rebound keep these settings; they last until you close the tab."
                            </p>
                        }
                    })
            }}
            <details class="more" on:toggle=move |ev| details_open.set(is_open(&ev))>
                <summary>"Your name and claim reference"</summary>
                <Show when=move || details_open.get()>
                    <Identity />
                </Show>
            </details>
            <details class="more" on:toggle=move |ev| cert_open.set(is_open(&ev))>
                <summary>"Certification reminder"</summary>
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
            .map_or("none".to_string(), |n| n.to_string())
    };
    view! {
        <div class="field proof-target">
            <label for="claim-target">
                {move || {
                    if hours.get() {
                        "Hours your office asks for (optional)"
                    } else {
                        "Number your office asks for (optional)"
                    }
                }}
            </label>
            <input
                id="claim-target"
                type="number"
                inputmode="numeric"
                min="0"
                max="100"
                placeholder=move || format!("Usually {}", usual())
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
                <label for="claim-period">"Counted per"</label>
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
                        "Week"
                    </option>
                    <option
                        value="month"
                        selected=move || claim.with(|c| c.period == Period::Month)
                    >
                        "Calendar month"
                    </option>
                </select>
            </div>
            <div class="field">
                <label for="claim-requirement">"Requirement"</label>
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
                        ("none", "No fixed number"),
                        ("count", "A number of activities"),
                        ("days", "Activities on different days"),
                        ("hours", "Hours of searching"),
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
                                "Hours asked for"
                            } else {
                                "Number asked for"
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
            <summary>"Columns in the report"</summary>
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
            <legend class="sr-only">"Columns in the report"</legend>
            <ul class="plain">
                {move || {
                    all()
                        .into_iter()
                        .enumerate()
                        .map(|(i, col)| {
                            let on = shown.with(|s| s.contains(&col));
                            let name = heading(col, Preset::Other, ReportLang::En);
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
                                    {(on && i > 0)
                                        .then(|| {
                                            view! {
                                                <button
                                                    type="button"
                                                    class="btn quiet small"
                                                    id=format!("col-up-{col:?}")
                                                    on:click=move |_| up(col)
                                                >
                                                    "Move up"
                                                    <span class="sr-only">{format!(": {name}")}</span>
                                                </button>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
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
            "Both are optional and printed at the top of the report only. They stay on this device: never in a backup, never sent anywhere."
        </p>
        <div class="field-row">
            <div class="field">
                <label for="claim-name">"Your name"</label>
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
                <label for="claim-reference">"Claim reference"</label>
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
                    format!("Downloaded {name}. Open it to add it to your calendar."),
                    None,
                );
            }
        }
    };
    view! {
        <p class="hint">
            "The day you confirm your claim with the office. The day before, if the requirement isn't met yet, Today says so — gently."
        </p>
        <div class="field-row">
            <div class="field">
                <label for="cert-day">"Certification day"</label>
                <select
                    id="cert-day"
                    on:change=move |ev| {
                        let key = event_target_value(&ev);
                        let day = WEEKDAYS.iter().map(|(d, _)| *d).find(|d| weekday_key(*d) == key);
                        proof.change_claim(|c| c.cert_day = day);
                    }
                >
                    <option value="" selected=move || day.get().is_none()>
                        "None"
                    </option>
                    {WEEKDAYS
                        .into_iter()
                        .map(|(d, name)| {
                            view! {
                                <option value=weekday_key(d) selected=move || day.get() == Some(d)>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="cert-cadence">"Certify every"</label>
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
                        "Week"
                    </option>
                    <option value="biweekly" selected=move || biweekly.get()>
                        "Other week"
                    </option>
                </select>
            </div>
            <Show when=move || biweekly.get()>
                <div class="field">
                    <label for="cert-anchor">"One of your certification days"</label>
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
                            {format!("Next: {}. ", days.join(", then "))}
                            {(biweekly.get() && claim.with(|c| c.anchor.is_none()))
                                .then_some(
                                    "Add one of your certification days so every other week falls right. ",
                                )}
                        </p>
                        <p>
                            <button type="button" class="btn secondary small" on:click=download>
                                {format!("Add every {} to my calendar", weekday_name(d))}
                            </button>
                        </p>
                    }
                })
        }}
    }
}
