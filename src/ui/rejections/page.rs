//! One application or rejection: its details, recovery plan, edit and delete.

use crate::ui::router;
use crate::ui::router::A;
use leptos::prelude::*;

use super::form::{Draft, RejectionForm};
use super::leads::SupportLinks;
use super::plan::Plan;
use super::reasons::ControlSummaryLine;
use crate::model::encourage;
use crate::model::record::{tombstone, Id};
use crate::model::rejection::{close, Application, Outcome};
use crate::model::time::short_date;
use crate::model::undo::Undo;
use crate::platform;
use crate::ui::state::{use_app, ToastAction};
use crate::ui::widgets::set_title;

#[component]
pub fn RejectionPage(id: Id) -> impl IntoView {
    let app = use_app();
    let id = Memo::new(move |_| Some(id));
    let record = Memo::new(move |_| {
        let id = id.get()?;
        app.data.with(|d| {
            d.applications
                .iter()
                .find(|a| a.meta.id == id && a.meta.is_live())
                .cloned()
        })
    });
    Effect::new(move |_| {
        let title = record.with(|r| r.as_ref().map(|a| a.company.clone()));
        set_title(title.as_deref().unwrap_or(crate::t!("Not found")));
    });
    // Only existence decides which view to show; a Memo<bool> changes only when
    // it flips, so edits don't rebuild the page (and typing keeps its focus).
    let exists = Memo::new(move |_| record.with(Option::is_some));
    move || {
        match id.get() {
        Some(id) if exists.get() => view! { <Details id=id record=record /> }.into_any(),
        _ => view! {
            <div class="page narrow">
                <h1>{crate::t!("We couldn't find that one")}</h1>
                <p class="lead">
                    {crate::t!(
                        "It may have been deleted, or the link is incomplete. Everything you've logged is in your list."
                    )}
                </p>
                <p>
                    <A href="/rejections" attr:class="btn">
                        {crate::t!("Go to Rejections")}
                    </A>
                </p>
            </div>
        }
        .into_any(),
    }
    }
}

#[component]
fn Details(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    let just_logged = router::query("new").is_some();
    let editing = RwSignal::new(false);
    let field = move |f: fn(&Application) -> String| {
        move || record.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    let outcome =
        Memo::new(move |_| record.with(|r| r.as_ref().map(|a| a.outcome).unwrap_or_default()));
    let reasons = Signal::derive(move || {
        record.with(|r| r.as_ref().map(|a| a.reasons.clone()).unwrap_or_default())
    });

    let remove = move || {
        let now = platform::now();
        let mut removed = None;
        app.change(|d| removed = tombstone(&mut d.applications, &id, now));
        app.notify_saved(
            crate::t!("Deleted."),
            removed.map(|a| ToastAction::Undo(Undo::Application(Box::new(a)))),
        );
        router::navigate("/rejections");
    };
    // A record with a plan under way, notes or a feedback history is asked
    // about first; a bare one goes at once (undo brings it back).
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        if record.with_untracked(|r| r.as_ref().is_some_and(Application::holds_more_than_basics)) {
            confirming.set(true);
            crate::ui::widgets::focus_soon("confirm-delete");
        } else {
            remove();
        }
    };
    let edit_id = id;
    let save_edit = Callback::new(move |draft: Draft| {
        let template = app
            .data
            .with_untracked(|d| d.settings.plan_template.clone());
        app.edit(
            |d| &mut d.applications,
            &edit_id,
            |a| draft.apply_to(a, &template, platform::today()),
        );
        editing.set(false);
        app.notify_saved(crate::t!("Changes saved."), None);
    });
    if just_logged {
        // Show the welcome once: a reload or a shared link shouldn't repeat it.
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("/rejections/{id}")),
            );
        }
    }
    let encouragement = just_logged.then(|| {
        let seed = platform::now().timestamp_millis() as u64;
        app.data.with_untracked(|d| encourage::pick(d, seed))
    });
    let id_for_plan = id;
    let id_for_close = id;
    let id_for_edit = id;

    view! {
        <div class="page">
            <p class="crumbs">
                <A href="/rejections" exact=true>
                    {crate::t!("← Rejections")}
                </A>
            </p>
            <div class="page-head">
                <div>
                    <h1>{field(|a| a.company.clone())}</h1>
                    <p class="subtitle">
                        {field(|a| {
                            if a.role.is_empty() {
                                crate::t!("Role not noted").into()
                            } else {
                                a.role.clone()
                            }
                        })} " · " {field(|a| a.stage.label().to_string())} " · "
                        {field(|a| short_date(a.sort_date()))} " "
                        <span class=move || {
                            format!("tag outcome-{}", outcome.get().key())
                        }>{move || outcome.get().label()}</span>
                    </p>
                </div>
                <div class="actions">
                    <button
                        type="button"
                        class="btn secondary"
                        on:click=move |_| editing.update(|e| *e = !*e)
                        aria-expanded=move || editing.get().to_string()
                    >
                        {crate::t!("Edit")}
                    </button>
                    <button type="button" class="btn quiet" on:click=delete>
                        {crate::t!("Delete")}
                    </button>
                </div>
            </div>
            <Show when=move || confirming.get()>
                <div
                    class="banner warn confirm"
                    role="alertdialog"
                    aria-labelledby="confirm-title"
                    aria-describedby="confirm-text"
                >
                    <h2 id="confirm-title">
                        {move || {
                            crate::tf!(
                                "Delete {company}?",
                                company = record
                                    .with(|r| {
                                        r.as_ref().map(|a| a.company.clone()).unwrap_or_default()
                                    }),
                            )
                        }}
                    </h2>
                    <p id="confirm-text">
                        {crate::t!(
                            "This also deletes its recovery plan, your notes and reflections, and the feedback history. You can undo it for a few seconds afterwards."
                        )}
                    </p>
                    <div class="actions">
                        <button
                            type="button"
                            id="confirm-delete"
                            class="btn danger"
                            on:click=move |_| remove()
                        >
                            {crate::t!("Delete it")}
                        </button>
                        <button
                            type="button"
                            class="btn secondary"
                            on:click=move |_| confirming.set(false)
                        >
                            {crate::t!("Keep it")}
                        </button>
                    </div>
                </div>
            </Show>
            // One short line after logging, so the plan's first step is in
            // the first screen on a phone; the kind words are a tap away.
            {encouragement
                .map(|e| {
                    view! {
                        <div class="encourage" role="status">
                            <p class="encourage-title">
                                {crate::t!(
                                    "Logged. That took courage — a calm plan for the next day or two is below."
                                )}
                            </p>
                            <details class="encourage-more">
                                <summary>{crate::t!("A word for today")}</summary>
                                <p class="encourage-lead">{e.lead}</p>
                                <blockquote>
                                    {e.text} {e.from.map(|f| view! { <footer>"— " {f}</footer> })}
                                </blockquote>
                            </details>
                        </div>
                    }
                })}
            <Show when=move || {
                editing.get()
            }>
                {
                    let draft = record.with_untracked(|r| r.as_ref().map(Draft::from_app));
                    let id = id_for_edit;
                    draft
                        .map(|draft| {
                            view! {
                                <RejectionForm
                                    draft=draft
                                    on_save=save_edit
                                    save_label=crate::t!("Save changes")
                                    on_cancel=Callback::new(move |_| editing.set(false))
                                    editing=id
                                />
                            }
                        })
                }
            </Show>
            <Show when=move || outcome.get() == Outcome::InProgress>
                <CloseActions id=id_for_close />
            </Show>
            <Show when=move || outcome.get().is_rejection()>
                <Plan id=id_for_plan record=record />
                {just_logged
                    .then(|| {
                        view! {
                            <crate::ui::checkin::CheckInCard
                                moment=crate::model::checkin::Moment::Logged
                                rejection=id
                            />
                        }
                    })}
                <SupportOffer record=record />
            </Show>
            <Show when=move || !reasons.with(Vec::is_empty) && !outcome.get().is_rejection()>
                <ControlSummaryLine reasons=reasons />
            </Show>
            <crate::ui::proof::ProofDisclosure id=id record=record />
            <Show when=move || record.with(|r| r.as_ref().is_some_and(|a| !a.notes.is_empty()))>
                <section class="card">
                    <h2>{crate::t!("Notes")}</h2>
                    <p class="notes">{field(|a| a.notes.clone())}</p>
                </section>
            </Show>
        </div>
    }
}

/// Closing an application that is still in progress.
#[component]
fn CloseActions(id: Id) -> impl IntoView {
    let app = use_app();
    let close_as = move |outcome: Outcome, id: Id| {
        let template = app
            .data
            .with_untracked(|d| d.settings.plan_template.clone());
        let today = platform::today();
        app.edit(
            |d| &mut d.applications,
            &id,
            |a| {
                close(a, outcome, today, platform::now());
                a.start_recovery(&template, today);
            },
        );
        let text = match outcome {
            Outcome::Offer => {
                crate::t!("An offer! Congratulations — that's what all the effort was for.")
            }
            Outcome::Withdrawn => {
                crate::t!("Closed. Choosing where to spend your energy is a skill.")
            }
            Outcome::NoResponse => {
                crate::t!(
                    "Closed as no response. Silence says more about their process than about you."
                )
            }
            _ => crate::t!("Logged. Your recovery plan is ready below."),
        };
        app.notify_saved(text, None);
    };
    let buttons = [
        (Outcome::Rejected, crate::t!("Heard back: not this time")),
        (Outcome::NoResponse, crate::t!("Close as no response")),
        (Outcome::Withdrawn, crate::t!("I withdrew")),
        (Outcome::Offer, crate::t!("Got an offer")),
    ];
    view! {
        <section class="card" aria-labelledby="close-title">
            <h2 id="close-title">{crate::t!("Still waiting")}</h2>
            <p>
                {crate::t!(
                    "When you hear back — or decide the silence is your answer — close it here."
                )}
            </p>
            <div class="actions wrap">
                {buttons
                    .into_iter()
                    .map(|(o, label)| {
                        view! {
                            <button
                                type="button"
                                class="btn secondary"
                                on:click=move |_| close_as(o, id)
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// After a hard rejection (interview or final round), offer the user's
/// trusted people with a ready-made message.
#[component]
fn SupportOffer(record: Memo<Option<Application>>) -> impl IntoView {
    use crate::model::support::is_hard;
    let app = use_app();
    let offer = Memo::new(move |_| {
        let (stage, company) = record.with(|r| r.as_ref().map(|a| (a.stage, a.company.clone())))?;
        let people = app.data.with(|d| d.settings.support.clone());
        is_hard(stage).then_some((company, people))
    });
    move || {
        offer.get().map(|(company, people)| {
            view! {
                <section class="card soft" aria-labelledby="support-offer-title">
                    <h2 id="support-offer-title">
                        {crate::t!("This one was close — you don't have to carry it alone")}
                    </h2>
                    {if people.is_empty() {
                        let sentence = crate::t!(
                            "Getting this far means they took you seriously. If it helps, talk to someone you trust. You can keep up to three people handy in {settings}."
                        );
                        let (before, after) = sentence
                            .split_once("{settings}")
                            .unwrap_or((sentence, ""));
                        // One whole sentence around the link, so each language
                        // puts "Settings" where its grammar wants it.
                        view! {
                            <p>{before} <A href="/settings">{crate::t!("Settings")}</A> {after}</p>
                        }
                            .into_any()
                    } else {
                        view! {
                            <p>
                                {crate::t!(
                                    "Getting this far means they took you seriously. A quick word with someone you trust can help:"
                                )}
                            </p>
                            <ul class="plain">
                                {people
                                    .into_iter()
                                    .map(|p| {
                                        view! { <SupportLinks person=p company=company.clone() /> }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                </section>
            }
        })
    }
}
