//! On an application's or rejection's page: a small "For proof of search"
//! disclosure with what the report needs beyond company and role — the day
//! it was sent, who and how to reach, how it was sent, the time it took
//! and what proves it ([`ProofDetails`]).

use leptos::prelude::*;

use crate::model::proof::{join_minutes, split_minutes, Method, ProofDetails};
use crate::model::record::Id;
use crate::model::rejection::Application;
use crate::model::time::{parse_date, short_date};
use crate::ui::router::A;
use crate::ui::state::use_app;
use crate::ui::widgets::is_open;

/// The disclosure; its fields are built only while it is open.
#[component]
pub fn ProofDisclosure(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let open = RwSignal::new(false);
    let state = move || {
        record.with(|r| {
            let a = r.as_ref()?;
            Some(match a.applied_on {
                Some(day) => crate::tf!("Listed in your report on {date}.", date = short_date(day)),
                None => {
                    crate::t!("Not in your report yet: it needs the day you applied.").to_string()
                }
            })
        })
    };
    view! {
        <details class="card soft proof-details" on:toggle=move |ev| open.set(is_open(&ev))>
            <summary>{crate::t!("For proof of search")}</summary>
            <p class="muted">{state}</p>
            <Show when=move || open.get()>
                <DetailsForm id=id record=record />
            </Show>
        </details>
    }
}

#[component]
fn DetailsForm(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    let now = record.get_untracked();
    let details = now.as_ref().map(|a| a.proof.clone()).unwrap_or_default();
    let applied = RwSignal::new(
        now.as_ref()
            .and_then(|a| a.applied_on)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let person = RwSignal::new(
        now.as_ref()
            .map(|a| a.contact.name.clone())
            .unwrap_or_default(),
    );
    let reach = RwSignal::new(details.contact_details.clone());
    let how = RwSignal::new(details.method);
    let (h, m) = split_minutes(details.minutes);
    let hours = RwSignal::new(h.map(|h| h.to_string()).unwrap_or_default());
    let minutes = RwSignal::new(m.map(|m| m.to_string()).unwrap_or_default());
    let proof = RwSignal::new(details.proof.clone());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut next = ProofDetails {
            contact_details: reach.get_untracked(),
            method: how.get_untracked(),
            proof: proof.get_untracked(),
            minutes: join_minutes(&hours.get_untracked(), &minutes.get_untracked()),
        };
        next.clean();
        let day = parse_date(&applied.get_untracked());
        let who = person.get_untracked().trim().to_string();
        app.edit(
            |d| &mut d.applications,
            &id,
            |a| {
                a.proof = next;
                if day.is_some() {
                    a.applied_on = day;
                }
                a.contact.name = who;
            },
        );
        app.notify_saved(crate::t!("Saved for your Proof of search report."), None);
    };
    view! {
        <form class="form proof-details-form" on:submit=save novalidate>
            <div class="field-row">
                <div class="field">
                    <label for="pd-applied">{crate::t!("Day you applied")}</label>
                    <input
                        id="pd-applied"
                        type="date"
                        prop:value=applied
                        on:input=move |ev| applied.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="pd-how">{crate::t!("How")}</label>
                    <select
                        id="pd-how"
                        on:change=move |ev| how.set(Method::from_key(&event_target_value(&ev)))
                    >
                        <option value="" selected=move || how.get().is_none()>
                            {crate::t!("Not noted")}
                        </option>
                        {Method::ALL
                            .into_iter()
                            .map(|m| {
                                view! {
                                    <option value=m.key() selected=move || how.get() == Some(m)>
                                        {m.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="pd-person">{crate::t!("Person contacted")}</label>
                    <input
                        id="pd-person"
                        type="text"
                        maxlength="200"
                        placeholder=crate::t!("Name or job title")
                        prop:value=person
                        on:input=move |ev| person.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="pd-reach">{crate::t!("Their phone, email, web or address")}</label>
                    <input
                        id="pd-reach"
                        type="text"
                        maxlength=crate::model::proof::MAX_TEXT_CHARS.to_string()
                        prop:value=reach
                        on:input=move |ev| reach.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <div class="field-row">
                <fieldset class="field proof-time">
                    <legend>{crate::t!("Time spent")}</legend>
                    <div class="proof-time-inputs">
                        <span class="proof-time-part">
                            <input
                                id="pd-hours"
                                type="text"
                                inputmode="decimal"
                                size="3"
                                prop:value=hours
                                on:input=move |ev| hours.set(event_target_value(&ev))
                            />
                            <label for="pd-hours">{crate::t!("hours")}</label>
                        </span>
                        <span class="proof-time-part">
                            <input
                                id="pd-minutes"
                                type="text"
                                inputmode="numeric"
                                size="3"
                                prop:value=minutes
                                on:input=move |ev| minutes.set(event_target_value(&ev))
                            />
                            <label for="pd-minutes">{crate::t!("minutes")}</label>
                        </span>
                    </div>
                </fieldset>
                <div class="field">
                    <label for="pd-proof">{crate::t!("Proof")}</label>
                    <input
                        id="pd-proof"
                        type="text"
                        maxlength=crate::model::proof::MAX_TEXT_CHARS.to_string()
                        placeholder=crate::t!("Confirmation number, “email saved”…")
                        prop:value=proof
                        on:input=move |ev| proof.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <div class="actions wrap">
                <button type="submit" class="btn small">
                    {crate::t!("Save for the report")}
                </button>
                <A href="/proof">{crate::t!("See the report")}</A>
            </div>
        </form>
    }
}
