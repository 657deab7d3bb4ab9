//! A rejection's recovery plan: one checkbox per step, "N of M", and the
//! inline parts (the pause, notes, reflection answers, reasons).

use chrono::{Duration, NaiveDate};
use leptos::prelude::*;

use super::reasons::ReasonsEditor;
use super::update_app;
use crate::model::record::Id;
use crate::model::recovery::{instantiate, progress, StepKind, REFLECTION_PROMPTS};
use crate::model::rejection::{Application, Reason};
use crate::model::time::{parse_date, relative_day};
use crate::platform;
use crate::ui::router::A;
use crate::ui::state::use_app;
use crate::ui::widgets::Progress;

#[component]
pub fn Plan(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let counts = Memo::new(move |_| {
        record.with(|r| r.as_ref().map(|a| progress(&a.plan)).unwrap_or((0, 0)))
    });
    let keys = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref()
                .map(|a| {
                    a.plan
                        .iter()
                        .enumerate()
                        .map(|(i, s)| (i, s.key.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Records from older versions or backups may have no plan yet.
    let empty = Memo::new(move |_| counts.get().1 == 0);
    let app = use_app();
    let start = move |_| {
        let template = app
            .data
            .with_untracked(|d| d.settings.plan_template.clone());
        update_app(app, &id, |a| a.plan = instantiate(&template));
    };
    view! {
        <section class="card plan" aria-labelledby="plan-title">
            <Show when=move || empty.get()>
                <h2 id="plan-title">"Your recovery plan"</h2>
                <p>"This one has no plan yet. Start one from your usual steps whenever you like."</p>
                <button type="button" class="btn" on:click=start>"Start a recovery plan"</button>
            </Show>
            <Show when=move || !empty.get()>
            <div class="plan-head">
                <h2 id="plan-title">"Your recovery plan"</h2>
                <Progress
                    value=Signal::derive(move || counts.get().0)
                    max=Signal::derive(move || counts.get().1)
                    label=Signal::derive(move || { let (d, t) = counts.get(); format!("{d} of {t}") })
                />
            </div>
            <p class="hint">"No order is required and nothing is due. Tick what helps; skip what doesn't."</p>
            <ol class="steps">
                <For each=move || keys.get() key=|k| k.clone() let((index, _key))>
                    <Step id=id index=index record=record />
                </For>
            </ol>
            </Show>
        </section>
    }
}

#[component]
fn Step(id: Id, index: usize, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    let step =
        Memo::new(move |_| record.with(|r| r.as_ref().and_then(|a| a.plan.get(index).cloned())));
    let Some(initial) = step.get_untracked() else {
        return ().into_any();
    };
    let kind = initial.kind();
    let title = initial.title().to_string();
    let detail = initial.detail();
    let box_id = format!("step-{index}");
    let detail_id = format!("step-{index}-detail");
    let toggle = {
        move |ev| {
            let on = event_target_checked(&ev);
            update_app(app, &id, |a| {
                if let Some(s) = a.plan.get_mut(index) {
                    s.done = on;
                }
            });
        }
    };
    let body = match kind {
        StepKind::Note { prompt } => view! { <StepNote id=id index=index step=step prompt=prompt /> }.into_any(),
        StepKind::Pause => view! { <PauseControl id=id record=record /> }.into_any(),
        StepKind::Reflect => view! { <Reflections id=id record=record /> }.into_any(),
        StepKind::Control => {
            let reasons = Signal::derive(move || record.with(|r| r.as_ref().map(|a| a.reasons.clone()).unwrap_or_default()));
            let on_change = Callback::new(move |list: Vec<Reason>| update_app(app, &id, |a| a.reasons = list));
            view! { <ReasonsEditor reasons=reasons on_change=on_change /> }.into_any()
        }
        StepKind::Feedback => view! {
            <p><A href=format!("/compose?rejection={id}") attr:class="btn secondary small">"Ask for feedback"</A></p>
        }
        .into_any(),
        StepKind::Check => ().into_any(),
    };
    view! {
        <li class="step" class:done=move || step.with(|s| s.as_ref().is_some_and(|s| s.done))>
            <div class="step-main">
                <input
                    type="checkbox"
                    id=box_id.clone()
                    aria-describedby=(!detail.is_empty()).then(|| detail_id.clone())
                    prop:checked=move || step.with(|s| s.as_ref().is_some_and(|s| s.done))
                    on:change=toggle
                />
                <div>
                    <label for=box_id class="step-title">{title}</label>
                    {(!detail.is_empty()).then(|| view! { <p class="step-detail" id=detail_id>{detail}</p> })}
                </div>
            </div>
            <div class="step-body">{body}</div>
        </li>
    }
    .into_any()
}

#[component]
fn StepNote(
    id: Id,
    index: usize,
    step: Memo<Option<crate::model::recovery::PlanStep>>,
    prompt: &'static str,
) -> impl IntoView {
    let app = use_app();
    let input_id = format!("step-{index}-note");
    view! {
        <label for=input_id.clone() class="sub-label">{prompt}</label>
        <textarea
            id=input_id
            rows="2"
            maxlength="2000"
            prop:value=move || step.with(|s| s.as_ref().map(|s| s.note.clone()).unwrap_or_default())
            on:input=move |ev| {
                let text = event_target_value(&ev);
                update_app(app, &id, |a| {
                    if let Some(s) = a.plan.get_mut(index) {
                        s.note = text;
                    }
                });
            }
        ></textarea>
    }
}

/// The bounded pause: "until tomorrow evening", adjustable, with no nagging.
#[component]
fn PauseControl(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    let until = Memo::new(move |_| record.with(|r| r.as_ref().and_then(|a| a.pause_until)));
    let sentence = move || {
        let today = platform::today();
        match until.get() {
            Some(d) if d >= today => {
                let when = match (d - today).num_days() {
                    0 => "this evening".to_string(),
                    1 => "tomorrow evening".to_string(),
                    _ => format!("the evening of {}", crate::model::time::long_date(d)),
                };
                format!("Your pause lasts until {when}. Rest is part of the plan.")
            }
            Some(d) => format!(
                "Your pause ended {}. Come back to the rest whenever you're ready.",
                relative_day(d, today)
            ),
            None => "Choose how long you'd like; a day is usually about right.".to_string(),
        }
    };
    let set_until = move |d: Option<NaiveDate>| update_app(app, &id, |a| a.pause_until = d);
    let quick = move |days: i64| set_until(Some(platform::today() + Duration::days(days)));
    view! {
        <p class="pause-text">{sentence}</p>
        <div class="actions wrap">
            <button type="button" class="btn small secondary" on:click=move |_| quick(0)>"Until this evening"</button>
            <button type="button" class="btn small secondary" on:click=move |_| quick(1)>"Until tomorrow evening"</button>
            <button type="button" class="btn small secondary" on:click=move |_| quick(2)>"Two days"</button>
            <button type="button" class="btn small quiet" on:click=move |_| {
                let until = until.get_untracked().unwrap_or_else(|| platform::today() + Duration::days(1));
                let company = record.with_untracked(|r| r.as_ref().map(|a| a.company.clone()).unwrap_or_default());
                platform::download_calendar("pause-end", &crate::model::ics::pause_end(format!("{id}-pause"), &company, until));
            }>"Add the end to my calendar"</button>
            <label class="inline-date">
                <span>"Or until"</span>
                <input
                    type="date"
                    prop:value=move || until.get().map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| set_until(parse_date(&event_target_value(&ev)))
                />
            </label>
        </div>
    }
}

/// The reflection questions, each answered inline and saved with the rejection.
#[component]
fn Reflections(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    REFLECTION_PROMPTS
        .iter()
        .map(|(key, prompt)| {
            let input_id = format!("reflect-{key}");
            view! {
                <div class="field">
                    <label for=input_id.clone() class="sub-label">{*prompt}</label>
                    <textarea
                        id=input_id
                        rows="2"
                        maxlength="4000"
                        prop:value=move || record.with(|r| r.as_ref().map(|a| a.reflection(key).to_string()).unwrap_or_default())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            update_app(app, &id, |a| a.set_reflection(key, text));
                        }
                    ></textarea>
                </div>
            }
        })
        .collect_view()
}
