//! Logging an activity (or editing one): what it was, when, with whom, how,
//! what came of it, the time it took and what proves it.

use leptos::prelude::*;

use super::{use_proof, Editing};
use crate::model::proof::{join_minutes, split_minutes, Activity, ActivityKind, Method};
use crate::model::record::Meta;
use crate::model::time::{parse_date, short_date};
use crate::platform;
use crate::ui::state::use_app;

/// The form's fields, as typed.
#[derive(Clone, Copy)]
struct Fields {
    kind: RwSignal<ActivityKind>,
    date: RwSignal<String>,
    organisation: RwSignal<String>,
    position: RwSignal<String>,
    contact_name: RwSignal<String>,
    contact_details: RwSignal<String>,
    how: RwSignal<Option<Method>>,
    result: RwSignal<String>,
    hours: RwSignal<String>,
    minutes: RwSignal<String>,
    proof: RwSignal<String>,
    notes: RwSignal<String>,
}

impl Fields {
    fn from(a: Option<&Activity>) -> Fields {
        let text = |f: fn(&Activity) -> &String| {
            RwSignal::new(a.map(|a| f(a).clone()).unwrap_or_default())
        };
        let (h, m) = split_minutes(a.and_then(|a| a.minutes));
        Fields {
            kind: RwSignal::new(a.map(|a| a.kind).unwrap_or(ActivityKind::JobFair)),
            date: RwSignal::new(a.map_or_else(platform::today, |a| a.date).to_string()),
            organisation: text(|a| &a.organisation),
            position: text(|a| &a.position),
            contact_name: text(|a| &a.contact_name),
            contact_details: text(|a| &a.contact_details),
            how: RwSignal::new(a.and_then(|a| a.how)),
            result: text(|a| &a.result),
            hours: RwSignal::new(h.map(|h| h.to_string()).unwrap_or_default()),
            minutes: RwSignal::new(m.map(|m| m.to_string()).unwrap_or_default()),
            proof: text(|a| &a.proof),
            notes: text(|a| &a.notes),
        }
    }

    /// Copies what was typed into `a` (cleaned: trimmed, capped).
    fn apply(&self, a: &mut Activity) {
        a.kind = self.kind.get_untracked();
        a.organisation = self.organisation.get_untracked();
        a.position = self.position.get_untracked();
        a.contact_name = self.contact_name.get_untracked();
        a.contact_details = self.contact_details.get_untracked();
        a.how = self.how.get_untracked();
        a.result = self.result.get_untracked();
        a.minutes = join_minutes(&self.hours.get_untracked(), &self.minutes.get_untracked());
        a.proof = self.proof.get_untracked();
        a.notes = self.notes.get_untracked();
        a.clean();
    }
}

/// One text field of the form.
#[component]
fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] placeholder: &'static str,
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = (!hint.is_empty()).then(|| hint_id.clone());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                maxlength=crate::model::proof::MAX_TEXT_CHARS.to_string()
                placeholder=placeholder
                aria-describedby=described
                prop:value=value
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {(!hint.is_empty())
                .then(|| {
                    view! {
                        <span class="hint" id=hint_id>
                            {hint}
                        </span>
                    }
                })}
        </div>
    }
}

#[component]
pub fn ActivityForm() -> impl IntoView {
    let app = use_app();
    let proof = use_proof();
    let editing = proof.form.get_untracked();
    let existing = match &editing {
        Some(Editing::Existing(id)) => app.data.with_untracked(|d| {
            d.activities
                .iter()
                .find(|a| a.meta.id == *id && a.meta.is_live())
                .cloned()
        }),
        _ => None,
    };
    let f = Fields::from(existing.as_ref());
    let editing_id = existing.as_ref().map(|a| a.meta.id);
    let error = RwSignal::new(false);
    let close = move || {
        proof.form.set(None);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(date) = parse_date(&f.date.get_untracked()) else {
            error.set(true);
            crate::ui::widgets::focus_soon("act-date");
            return;
        };
        error.set(false);
        let now = platform::now();
        let id = match editing_id {
            Some(id) => {
                app.change(|d| {
                    if let Some(a) = d.activities.iter_mut().find(|a| a.meta.id == id) {
                        let mut next = a.clone();
                        next.date = date;
                        f.apply(&mut next);
                        if next != *a {
                            next.meta.touch(now);
                            *a = next;
                        }
                    }
                });
                id
            }
            None => {
                let mut a = Activity::new(
                    Meta::new(platform::new_id(), now),
                    f.kind.get_untracked(),
                    date,
                );
                f.apply(&mut a);
                let id = a.meta.id;
                app.change(|d| d.activities.push(a));
                id
            }
        };
        close();
        let (start, end) = proof.span.get_untracked();
        let shown = date >= start && date <= end;
        let text = match (editing_id.is_some(), shown) {
            (true, true) => crate::t!("Changes saved.").to_string(),
            (false, true) => crate::t!("Activity logged. It's in your record.").to_string(),
            (_, false) => crate::tf!(
                "Saved for {date}. Choose dates that include it to see it in the report.",
                date = short_date(date)
            ),
        };
        app.notify_saved(text, None);
        if shown {
            crate::ui::widgets::focus_soon(format!("activity-{id}"));
        }
    };
    let heading = if editing_id.is_some() {
        crate::t!("Edit the activity")
    } else {
        crate::t!("Log an activity")
    };
    view! {
        <form class="card form proof-form no-print" on:submit=save novalidate>
            <h2 id="act-title">{heading}</h2>
            <div class="field-row">
                <div class="field">
                    <label for="act-kind">{crate::t!("Activity")}</label>
                    <select
                        id="act-kind"
                        on:change=move |ev| {
                            if let Some(k) = ActivityKind::from_key(&event_target_value(&ev)) {
                                f.kind.set(k);
                            }
                        }
                    >
                        {ActivityKind::ALL
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <option value=k.key() selected=move || f.kind.get() == k>
                                        {k.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="act-date">{crate::t!("Date")}</label>
                    <input
                        id="act-date"
                        type="date"
                        required
                        aria-invalid=move || error.get().then_some("true")
                        aria-describedby=move || error.get().then_some("act-date-error")
                        prop:value=f.date
                        on:input=move |ev| f.date.set(event_target_value(&ev))
                    />
                    {move || {
                        error
                            .get()
                            .then(|| {
                                view! {
                                    <span class="form-error" id="act-date-error">
                                        {crate::t!("Pick the day it happened.")}
                                    </span>
                                }
                            })
                    }}
                </div>
            </div>
            <div class="field-row">
                <TextField
                    id="act-org"
                    label=crate::t!("Organisation")
                    value=f.organisation
                    placeholder=crate::t!("Employer, agency, school or organiser")
                />
                <TextField
                    id="act-position"
                    label=crate::t!("Position or reference")
                    value=f.position
                    placeholder=crate::t!("Job title or reference number")
                />
            </div>
            <fieldset class="proof-contact">
                <legend>{crate::t!("Contact")}</legend>
                <div class="field-row">
                    <TextField
                        id="act-contact-name"
                        label=crate::t!("Name or title")
                        value=f.contact_name
                        placeholder=crate::t!("Sam Lee, or Hiring manager")
                    />
                    <TextField
                        id="act-contact-details"
                        label=crate::t!("Phone, email, web or address")
                        value=f.contact_details
                    />
                </div>
            </fieldset>
            <div class="field-row">
                <div class="field">
                    <label for="act-how">{crate::t!("How")}</label>
                    <select
                        id="act-how"
                        on:change=move |ev| f.how.set(Method::from_key(&event_target_value(&ev)))
                    >
                        <option value="" selected=move || f.how.get().is_none()>
                            {crate::t!("Not noted")}
                        </option>
                        {Method::ALL
                            .into_iter()
                            .map(|m| {
                                view! {
                                    <option value=m.key() selected=move || f.how.get() == Some(m)>
                                        {m.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <TextField
                    id="act-result"
                    label=crate::t!("Result")
                    value=f.result
                    placeholder=crate::t!("Left my CV, invited back, no reply yet…")
                />
            </div>
            <div class="field-row">
                <fieldset class="field proof-time">
                    <legend>{crate::t!("Time spent")}</legend>
                    <div class="proof-time-inputs">
                        <span class="proof-time-part">
                            <input
                                id="act-hours"
                                type="text"
                                inputmode="decimal"
                                size="3"
                                prop:value=f.hours
                                on:input=move |ev| f.hours.set(event_target_value(&ev))
                            />
                            <label for="act-hours">{crate::t!("hours")}</label>
                        </span>
                        <span class="proof-time-part">
                            <input
                                id="act-minutes"
                                type="text"
                                inputmode="numeric"
                                size="3"
                                prop:value=f.minutes
                                on:input=move |ev| f.minutes.set(event_target_value(&ev))
                            />
                            <label for="act-minutes">{crate::t!("minutes")}</label>
                        </span>
                    </div>
                </fieldset>
                <TextField
                    id="act-proof"
                    label=crate::t!("Proof")
                    value=f.proof
                    placeholder=crate::t!("Confirmation number, “email saved”, certificate…")
                />
            </div>
            <div class="field">
                <label for="act-notes">{crate::t!("What you did (optional, printed)")}</label>
                <textarea
                    id="act-notes"
                    rows="2"
                    maxlength=crate::model::proof::MAX_NOTES_CHARS.to_string()
                    prop:value=f.notes
                    on:input=move |ev| f.notes.set(event_target_value(&ev))
                ></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="btn">
                    {crate::t!("Save")}
                </button>
                <button type="button" class="btn secondary" on:click=move |_| close()>
                    {crate::t!("Cancel")}
                </button>
            </div>
        </form>
    }
}
