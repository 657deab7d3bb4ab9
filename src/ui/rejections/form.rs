//! The log form: a rejection in twenty seconds (company, role, stage, date,
//! save), with optional details folded away. Also used to edit.

use crate::ui::router;
use crate::ui::router::A;
use leptos::prelude::*;

use super::paste::{EmailFill, Field};
use super::reasons::ReasonsEditor;
pub use crate::model::draft::Draft;
use crate::model::record::Id;
use crate::model::rejection::{company_history, Arrival, Outcome, Reason, Stage};
use crate::model::time::{parse_date, short_date};
use crate::platform;
use crate::ui::state::use_app;
use crate::ui::widgets::{focus, set_title};

/// `/rejections/new`: log a rejection (or, with `?kind=application`, track one in progress).
#[component]
pub fn NewRejection() -> impl IntoView {
    let tracking = router::query("kind").as_deref() == Some("application");
    set_title(if tracking {
        crate::t!("Track an application")
    } else {
        crate::t!("Log a rejection")
    });
    let app = use_app();
    let outcome = if tracking {
        Outcome::InProgress
    } else {
        Outcome::Rejected
    };
    // A share to Rebound: the installed app's share target is a POST the
    // service worker keeps for this page (`?shared=1`, no text in any URL);
    // a plain link may still carry `?title=…&text=…&url=…`. Either way the
    // address bar is cleaned at once (it may hold a private email).
    let shared = RwSignal::new(None::<[String; 3]>);
    let linked = ["title", "text", "url"].map(|k| router::query(k).unwrap_or_default());
    let from_link = linked.iter().any(|v| !v.trim().is_empty());
    let from_worker = router::query("shared").is_some();
    if from_link || from_worker {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let path = if tracking {
                "/rejections/new?kind=application"
            } else {
                "/rejections/new"
            };
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
        }
    }
    if from_link {
        shared.set(Some(linked));
    } else if from_worker {
        leptos::task::spawn_local(async move {
            if let Some(email) = platform::take_shared_email().await {
                shared.set(Some(email));
            }
        });
    }
    let on_save = Callback::new(move |draft: Draft| {
        let id = platform::new_id();
        let template = app
            .data
            .with_untracked(|d| d.settings.plan_template.clone());
        let a = draft.into_new(id, platform::now(), &template, platform::today());
        let is_rejection = a.outcome.is_rejection();
        app.change(|d| d.applications.push(a));
        let url = if is_rejection {
            format!("/rejections/{id}?new=1")
        } else {
            app.notify_saved(crate::t!("Application saved. Good luck!"), None);
            "/rejections".to_string()
        };
        router::navigate(&url);
    });
    let heading = if tracking {
        crate::t!("Track an application")
    } else {
        crate::t!("Log a rejection")
    };
    let lead = if tracking {
        crate::t!(
            "Add an application you're waiting on. When you hear back, close it from its page."
        )
    } else {
        crate::t!("Just the basics: it takes less than a minute. You can add more later.")
    };
    view! {
        <div class="page narrow">
            <p class="crumbs">
                <A href="/rejections" exact=true>
                    {crate::t!("← Rejections")}
                </A>
            </p>
            <h1>{heading}</h1>
            <p class="lead">{lead}</p>
            <RejectionForm
                draft=Draft::blank(outcome, platform::today())
                on_save=on_save
                save_label=crate::t!("Save")
                paste=true
                shared=shared
            />
        </div>
    }
}

/// The form itself, for new and existing records.
#[component]
pub fn RejectionForm(
    draft: Draft,
    on_save: Callback<Draft>,
    save_label: &'static str,
    /// Shown as a secondary button when editing.
    #[prop(optional)]
    on_cancel: Option<Callback<()>>,
    /// The record being edited (left out of the company history).
    #[prop(optional)]
    editing: Option<Id>,
    /// Offer "Paste the email" (new records only).
    #[prop(optional)]
    paste: bool,
    /// An email shared to Rebound: subject, text and link (it may arrive
    /// a moment after the form opens, from the service worker's cache).
    #[prop(optional)]
    shared: Option<RwSignal<Option<[String; 3]>>>,
) -> impl IntoView {
    let app = use_app();
    let d = RwSignal::new(draft);
    let email = EmailFill::new(d);
    if let Some(shared) = shared {
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some([title, text, url]) = shared.get() else {
                return false;
            };
            email.text.set(text.clone());
            email.fill(&title, &text, &url);
            true
        });
    }
    let (error, set_error) = signal(None::<&'static str>);
    let reasons = Signal::derive(move || d.with(|d| d.reasons.clone()));
    let set_reasons = Callback::new(move |r: Vec<Reason>| d.update(|d| d.reasons = r));
    let editing_for_history = editing;
    let history = Memo::new(move |_| {
        let company = d.with(|d| d.company.clone());
        app.data.with(|data| {
            company_history(&data.applications, &company, editing_for_history.as_ref())
                .into_iter()
                .take(5)
                .map(|a| {
                    (
                        a.meta.id,
                        format!(
                            "{} · {} · {}",
                            if a.role.is_empty() {
                                crate::t!("No role noted")
                            } else {
                                &a.role
                            },
                            a.stage.label(),
                            a.outcome.label()
                        ),
                        short_date(a.sort_date()),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut draft = d.get_untracked();
        if email.keep.get_untracked() {
            let text = email.text.get_untracked();
            let text: String = text.trim().chars().take(4000).collect();
            if !text.is_empty() {
                if !draft.notes.trim().is_empty() {
                    draft.notes.push_str("\n\n");
                }
                draft.notes.push_str(&text);
            }
        }
        if draft.company.trim().is_empty() {
            set_error.set(Some(crate::t!(
                "Add the company's name so you can find this again."
            )));
            focus("company");
            return;
        }
        if parse_date(&draft.date).is_none() {
            set_error.set(Some(crate::t!("Pick a date (roughly is fine).")));
            focus("date");
            return;
        }
        set_error.set(None);
        on_save.run(draft);
    };
    let in_progress = move || d.with(|d| d.outcome == Outcome::InProgress);
    view! {
        <form class="card form" on:submit=submit novalidate>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="form-error" role="alert">
                                {e}
                            </p>
                        }
                    })
            }}
            {paste
                .then(|| {
                    view! {
                        <super::paste::PasteEmail
                            email=email
                            outcome=Signal::derive(move || d.with(|d| d.outcome))
                            on_outcome=Callback::new(move |o| d.update(|d| d.outcome = o))
                        />
                    }
                })}
            <div class="field">
                <label for="company">{crate::t!("Company")}</label>
                <input
                    id="company"
                    type="text"
                    autocomplete="organization"
                    maxlength="200"
                    required
                    prop:value=move || d.with(|d| d.company.clone())
                    on:input=move |ev| {
                        email.mine(Field::Company);
                        d.update(|d| d.company = event_target_value(&ev))
                    }
                />
                {move || email.note(Field::Company)}
                {email.suggestions(Field::Company)}
            </div>
            <Show when=move || !history.with(|h| h.is_empty())>
                <aside class="history" aria-label=crate::t!("Earlier with this company")>
                    <p class="history-title">
                        {crate::t!("You've been here before — that takes persistence:")}
                    </p>
                    <ul>
                        <For each=move || history.get() key=|(id, _, _)| *id let((id, text, date))>
                            <li>
                                <A href=format!("/rejections/{id}")>{text}</A>
                                " — "
                                {date}
                            </li>
                        </For>
                    </ul>
                </aside>
            </Show>
            <div class="field">
                <label for="role">{crate::t!("Role")}</label>
                <input
                    id="role"
                    type="text"
                    maxlength="200"
                    prop:value=move || d.with(|d| d.role.clone())
                    on:input=move |ev| {
                        email.mine(Field::Role);
                        d.update(|d| d.role = event_target_value(&ev))
                    }
                />
                {move || email.note(Field::Role)}
                {email.suggestions(Field::Role)}
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="stage">{crate::t!("Stage")}</label>
                    <select
                        id="stage"
                        on:change=move |ev| {
                            if let Some(s) = Stage::from_key(&event_target_value(&ev)) {
                                email.mine(Field::Stage);
                                d.update(|d| d.stage = s);
                            }
                        }
                    >
                        {Stage::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.key() selected=move || d.with(|d| d.stage == s)>
                                        {s.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    {move || email.note(Field::Stage)}
                </div>
                <div class="field">
                    <label for="date">{crate::t!("Date")}</label>
                    <input
                        id="date"
                        type="date"
                        required
                        prop:value=move || d.with(|d| d.date.clone())
                        on:input=move |ev| {
                            email.mine(Field::Date);
                            d.update(|d| d.date = event_target_value(&ev))
                        }
                    />
                    {move || email.note(Field::Date)}
                    <span class="hint">
                        {move || {
                            if in_progress() {
                                crate::t!("When you applied")
                            } else {
                                crate::t!("When you heard")
                            }
                        }}
                    </span>
                </div>
            </div>
            <div class="field">
                <label for="outcome">{crate::t!("Where it stands")}</label>
                <select
                    id="outcome"
                    on:change=move |ev| {
                        if let Some(o) = Outcome::from_key(&event_target_value(&ev)) {
                            d.update(|d| d.outcome = o);
                        }
                    }
                >
                    {Outcome::ALL
                        .into_iter()
                        .map(|o| {
                            view! {
                                <option value=o.key() selected=move || d.with(|d| d.outcome == o)>
                                    {match o {
                                        Outcome::InProgress => crate::t!("Still waiting to hear"),
                                        Outcome::Rejected => crate::t!("Rejected"),
                                        Outcome::NoResponse => crate::t!("Never heard back"),
                                        Outcome::Withdrawn => crate::t!("I withdrew"),
                                        Outcome::Offer => crate::t!("Offer"),
                                    }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <details
                class="more"
                open=move || d.with_untracked(|d| !d.notes.is_empty() || !d.reasons.is_empty())
            >
                <summary>{crate::t!("More details (optional)")}</summary>
                <div class="field">
                    <label for="arrived">{crate::t!("How it arrived")}</label>
                    <select
                        id="arrived"
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            d.update(|d| d.arrived_via = Arrival::from_key(&v));
                        }
                    >
                        <option value="" selected=move || d.with(|d| d.arrived_via.is_none())>
                            {crate::t!("Not noted")}
                        </option>
                        {Arrival::ALL
                            .into_iter()
                            .map(|a| {
                                view! {
                                    <option
                                        value=a.key()
                                        selected=move || d.with(|d| d.arrived_via == Some(a))
                                    >
                                        {a.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="notes">{crate::t!("Notes")}</label>
                    <textarea
                        id="notes"
                        rows="3"
                        maxlength="5000"
                        prop:value=move || d.with(|d| d.notes.clone())
                        on:input=move |ev| d.update(|d| d.notes = event_target_value(&ev))
                    ></textarea>
                </div>
                <ReasonsEditor reasons=reasons on_change=set_reasons />
            </details>
            <div class="actions">
                <button type="submit" class="btn">
                    {save_label}
                </button>
                {on_cancel
                    .map(|c| {
                        view! {
                            <button type="button" class="btn secondary" on:click=move |_| c.run(())>
                                {crate::t!("Cancel")}
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}
