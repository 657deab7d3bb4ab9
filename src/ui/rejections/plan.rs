//! A rejection's recovery plan: one checkbox per step, "N of M", and the
//! inline parts (the pause, notes, reflection answers, reasons).

use chrono::{Duration, NaiveDate};
use leptos::prelude::*;

use super::leads::{LessonLead, MomentumLead, TellLead, ThankLead};
use super::reasons::ReasonsEditor;
use crate::model::journal::{EntryKind, JournalEntry};
use crate::model::plan_state::{feedback_line, journal_kind, pause_title};
use crate::model::record::{live, Id, Meta};
use crate::model::recovery::{
    instantiate, progress, suggested_steps, StepKind, REFLECTION_PROMPTS,
};
use crate::model::rejection::{Application, Reason};
use crate::model::time::parse_date;
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
    // What time and the rest of the search completed is ticked first, so a
    // pause that ended isn't suggested for today.
    app.settle_plans();
    // A few undone steps are suggested (and open) when the page opens; the
    // rest stay one line each until tapped, so the plan isn't a wall.
    let suggested = StoredValue::new(record.with_untracked(|r| {
        r.as_ref()
            .map(|a| suggested_steps(&a.plan))
            .unwrap_or_default()
    }));
    let start = move |_| {
        let template = app
            .data
            .with_untracked(|d| d.settings.plan_template.clone());
        app.edit(
            |d| &mut d.applications,
            &id,
            |a| a.plan = instantiate(&template),
        );
    };
    view! {
        <section class="card plan" aria-labelledby="plan-title">
            <Show when=move || empty.get()>
                <h2 id="plan-title">{crate::t!("Your recovery plan")}</h2>
                <p>
                    {crate::t!(
                        "This one has no plan yet. Start one from your usual steps whenever you like."
                    )}
                </p>
                <button type="button" class="btn" on:click=start>
                    {crate::t!("Start a recovery plan")}
                </button>
            </Show>
            <Show when=move || !empty.get()>
                <div class="plan-head">
                    <h2 id="plan-title">{crate::t!("Your recovery plan")}</h2>
                    <Progress
                        value=Signal::derive(move || counts.get().0)
                        max=Signal::derive(move || counts.get().1)
                        label=Signal::derive(move || {
                            let (d, t) = counts.get();
                            crate::tf!("{done} of {total}", done = d, total = t)
                        })
                    />
                </div>
                <p class="hint">
                    {crate::t!(
                        "No order is required and nothing is due. A couple of steps are marked for today if you'd like somewhere to start; tap any step to open it."
                    )}
                </p>
                <ol class="steps">
                    <For each=move || keys.get() key=|k| k.clone() let((index, _key))>
                        <Step
                            id=id
                            index=index
                            record=record
                            suggested=suggested.with_value(|s| s.contains(&index))
                        />
                    </For>
                </ol>
                <Show when=move || {
                    let (d, t) = counts.get();
                    t > 0 && d == t
                }>
                    <crate::ui::checkin::CheckInCard
                        moment=crate::model::checkin::Moment::PlanDone
                        rejection=id
                    />
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn Step(id: Id, index: usize, record: Memo<Option<Application>>, suggested: bool) -> impl IntoView {
    let app = use_app();
    let step =
        Memo::new(move |_| record.with(|r| r.as_ref().and_then(|a| a.plan.get(index).cloned())));
    let Some(initial) = step.get_untracked() else {
        return ().into_any();
    };
    let kind = initial.kind();
    let key = initial.key.clone();
    let plain_title = initial.title().to_string();
    // The pause step says what was chosen; other steps keep their words.
    let title = move || {
        if kind == StepKind::Pause {
            let until = record.with(|r| r.as_ref().and_then(|a| a.pause_until));
            if let Some(t) = pause_title(until, platform::today()) {
                return t;
            }
        }
        plain_title.clone()
    };
    let detail = initial.detail();
    let box_id = format!("step-{index}");
    let detail_id = format!("step-{index}-detail");
    let toggle = {
        move |ev| {
            let on = event_target_checked(&ev);
            app.edit(
                |d| &mut d.applications,
                &id,
                |a| {
                    if let Some(s) = a.plan.get_mut(index) {
                        s.done = on;
                    }
                },
            );
        }
    };
    let done = Signal::derive(move || step.with(|s| s.as_ref().is_some_and(|s| s.done)));
    let body = match kind {
        StepKind::Note { prompt } => {
            let prompt = prompt.get();
            let note = Signal::derive(move || {
                step.with(|s| s.as_ref().map(|s| s.note.clone()).unwrap_or_default())
            });
            let lesson = (key == "lesson").then(|| view! { <LessonLead note=note /> });
            view! {
                <StepNote
                    id=id
                    index=index
                    step=step
                    prompt=prompt
                    journal=journal_kind(&key)
                    record=record
                />
                {lesson}
            }
            .into_any()
        }
        StepKind::Pause => view! { <PauseControl id=id record=record /> }.into_any(),
        StepKind::Reflect => view! { <Reflections id=id record=record /> }.into_any(),
        StepKind::Control => {
            let reasons = Signal::derive(move || {
                record.with(|r| r.as_ref().map(|a| a.reasons.clone()).unwrap_or_default())
            });
            let on_change = Callback::new(move |list: Vec<Reason>| {
                app.edit(|d| &mut d.applications, &id, |a| a.reasons = list)
            });
            view! { <ReasonsEditor reasons=reasons on_change=on_change /> }.into_any()
        }
        StepKind::Feedback => view! { <FeedbackState id=id record=record /> }.into_any(),
        StepKind::Check => match key.as_str() {
            "thank" => view! { <ThankLead id=id done=done /> }.into_any(),
            "tell" => view! { <TellLead id=id record=record /> }.into_any(),
            "momentum" => view! { <MomentumLead record=record done=done /> }.into_any(),
            _ => ().into_any(),
        },
    };
    let open = RwSignal::new(suggested);
    let title_id = format!("step-{index}-title");
    let body_id = format!("step-{index}-body");
    view! {
        <li
            class="step"
            class:done=move || step.with(|s| s.as_ref().is_some_and(|s| s.done))
            class:open=move || open.get()
        >
            <div class="step-main">
                <input
                    type="checkbox"
                    id=box_id
                    aria-labelledby=title_id.clone()
                    aria-describedby=(!detail.is_empty()).then(|| detail_id.clone())
                    prop:checked=move || step.with(|s| s.as_ref().is_some_and(|s| s.done))
                    on:change=toggle
                />
                <button
                    type="button"
                    class="step-open"
                    id=title_id
                    aria-expanded=move || open.get().to_string()
                    aria-controls=body_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="step-title">{title}</span>
                    {suggested
                        .then(|| {
                            view! { <span class="tag for-today">{crate::t!("For today")}</span> }
                        })}
                </button>
            </div>
            {(kind == StepKind::Feedback).then(|| view! { <FeedbackStatus id=id record=record /> })}
            <div class="step-body" id=body_id hidden=move || !open.get()>
                {(!detail.is_empty())
                    .then(|| {
                        view! {
                            <p class="step-detail" id=detail_id>
                                {detail}
                            </p>
                        }
                    })}
                {body}
            </div>
        </li>
    }
    .into_any()
}

/// "Sent 26 Nov · awaiting reply": on the step's line, open or folded,
/// with the way back to the request (or the reply).
#[component]
fn FeedbackStatus(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let line = Memo::new(move |_| {
        record.with(|r| {
            let f = r.as_ref().and_then(|a| a.feedback.as_ref())?;
            Some((feedback_line(f, platform::today())?, f.reply_on.is_some()))
        })
    });
    move || {
        line.get().map(|(l, replied)| {
            view! {
                <p class="feedback-line">
                    {l} " "
                    <A href=format!(
                        "/compose?rejection={id}",
                    )>
                        {if replied {
                            crate::t!("See the reply")
                        } else {
                            crate::t!("See the request")
                        }}
                    </A>
                </p>
            }
        })
    }
}

/// Before a request is sent: the way to write one.
#[component]
fn FeedbackState(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let sent = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref()
                .and_then(|a| a.feedback.as_ref())
                .is_some_and(|f| f.sent_on.is_some())
        })
    });
    move || {
        (!sent.get()).then(|| {
            view! {
                <p>
                    <A href=format!("/compose?rejection={id}") attr:class="btn secondary small">
                        {crate::t!("Ask for feedback")}
                    </A>
                </p>
            }
        })
    }
}

#[component]
fn StepNote(
    id: Id,
    index: usize,
    step: Memo<Option<crate::model::recovery::PlanStep>>,
    prompt: &'static str,
    /// Notes that are wins or strengths can be saved to the journal.
    journal: Option<EntryKind>,
    record: Memo<Option<Application>>,
) -> impl IntoView {
    let app = use_app();
    let input_id = format!("step-{index}-note");
    let note = move || {
        step.with(|s| {
            s.as_ref()
                .map(|s| s.note.trim().to_string())
                .unwrap_or_default()
        })
    };
    let in_journal = Memo::new(move |_| {
        // Only steps that can go to the journal look (a note is typed a key
        // at a time, and each key is a change of the data).
        let Some(kind) = journal else {
            return false;
        };
        let text = note();
        !text.is_empty()
            && app
                .data
                .with(|d| live(&d.journal).any(|e| e.kind == kind && e.text.trim() == text))
    });
    let save_to_journal = move |_| {
        let (Some(kind), text) = (journal, note()) else {
            return;
        };
        if text.is_empty() {
            return;
        }
        let company =
            record.with_untracked(|r| r.as_ref().map(|a| a.company.clone()).unwrap_or_default());
        let now = platform::now();
        let entry = JournalEntry {
            s: Default::default(),
            meta: Meta::new(platform::new_id(), now),
            kind,
            text,
            date: platform::today(),
            tag: crate::model::journal::tag_for(&company),
            from: String::new(),
        };
        app.change(|d| d.journal.push(entry));
        app.notify_saved(crate::t!("Saved to your journal."), None);
    };
    // A note changed on two devices since they last agreed holds both.
    let two_devices = move || {
        let key = step.with(|s| s.as_ref().map(|s| format!("p.{}.n", s.key)));
        key.is_some_and(|k| record.with(|r| r.as_ref().is_some_and(|a| a.s.in_conflict(&k))))
    };
    let journal_button = move || {
        journal.filter(|_| !note().is_empty()).map(|_| {
            if in_journal.get() {
                view! { <p class="hint saved-note">{crate::t!("In your journal.")}</p> }.into_any()
            } else {
                view! {
                    <button type="button" class="btn quiet small" on:click=save_to_journal>
                        {crate::t!("Save to journal")}
                    </button>
                }
                .into_any()
            }
        })
    };
    view! {
        <label for=input_id.clone() class="sub-label">
            {prompt}
        </label>
        <textarea
            id=input_id
            rows="2"
            maxlength="2000"
            prop:value=move || step.with(|s| s.as_ref().map(|s| s.note.clone()).unwrap_or_default())
            on:input=move |ev| {
                let text = event_target_value(&ev);
                app.edit(|d| &mut d.applications, &id, |a| a.write_step_note(index, text));
            }
        ></textarea>
        {move || {
            two_devices()
                .then(|| {
                    view! {
                        <p class="hint conflict-note">
                            {crate::t!(
                                "Written on two devices: both versions are in the note. Keep what you need; your edit settles it on both."
                            )}
                        </p>
                    }
                })
        }}
        {journal_button}
    }
}

/// The bounded pause: "until tomorrow evening", adjustable, with no nagging.
/// The choice reads as it was made (see `Application::pause_choice`), and
/// dates are written in words only: a date field shows numbers in the
/// browser's format, so it opens only when another day is wanted.
#[component]
fn PauseControl(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    let until = Memo::new(move |_| record.with(|r| r.as_ref().and_then(|a| a.pause_until)));
    let choice = Memo::new(move |_| record.with(|r| r.as_ref().and_then(|a| a.pause_choice())));
    let sentence = move || {
        let today = platform::today();
        match until.get() {
            Some(d) if d >= today => match (d - today).num_days() {
                0 => crate::t!("Your pause lasts until this evening. Rest is part of the plan.")
                    .to_string(),
                1 => {
                    crate::t!("Your pause lasts until tomorrow evening. Rest is part of the plan.")
                        .to_string()
                }
                _ => crate::tf!(
                    "Your pause lasts until the evening of {date}. Rest is part of the plan.",
                    date = crate::model::time::long_date(d)
                ),
            },
            Some(d) => match (today - d).num_days() {
                1 => crate::t!(
                    "Your pause ended yesterday. Come back to the rest whenever you're ready."
                )
                .to_string(),
                n => crate::tp!(
                    n,
                    "Your pause ended {n} day ago. Come back to the rest whenever you're ready.",
                    "Your pause ended {n} days ago. Come back to the rest whenever you're ready."
                ),
            },
            None => {
                crate::t!("Choose how long you'd like; a day is usually about right.").to_string()
            }
        }
    };
    let set_until = move |d: Option<NaiveDate>| {
        let today = platform::today();
        app.edit(|d| &mut d.applications, &id, |a| a.choose_pause(d, today))
    };
    let quick = move |days: i64| set_until(Some(platform::today() + Duration::days(days)));
    let other_day = RwSignal::new(false);
    let choices = [
        (0, crate::t!("Until this evening")),
        (1, crate::t!("Until tomorrow evening")),
        (2, crate::t!("Two days")),
    ];
    view! {
        <p class="pause-text">{sentence}</p>
        <div class="actions wrap choices" role="group" aria-label=crate::t!("How long to pause")>
            {choices
                .into_iter()
                .map(|(days, label)| {
                    view! {
                        <button
                            type="button"
                            class="btn small secondary"
                            aria-pressed=move || (choice.get() == Some(days)).to_string()
                            on:click=move |_| quick(days)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
            <button
                type="button"
                class="btn small secondary"
                aria-pressed=move || {
                    (until.get().is_some() && choice.get().is_none()).to_string()
                }
                aria-expanded=move || other_day.get().to_string()
                on:click=move |_| {
                    other_day.update(|o| *o = !*o);
                    if other_day.get_untracked() {
                        crate::ui::widgets::focus_soon(format!("pause-day-{id}"));
                    }
                }
            >
                {crate::t!("Another day")}
            </button>
            <button
                type="button"
                class="btn small quiet"
                on:click=move |_| {
                    let until = until
                        .get_untracked()
                        .unwrap_or_else(|| platform::today() + Duration::days(1));
                    let company = record
                        .with_untracked(|r| {
                            r.as_ref().map(|a| a.company.clone()).unwrap_or_default()
                        });
                    platform::download_calendar(
                        "pause-end",
                        &crate::model::ics::pause_end(format!("{id}-pause"), &company, until),
                    );
                }
            >
                {crate::t!("Add the end to my calendar")}
            </button>
        </div>
        <Show when=move || other_day.get()>
            <label class="inline-date">
                <span>{crate::t!("Rest until the evening of")}</span>
                <input
                    type="date"
                    id=format!("pause-day-{id}")
                    min=platform::today().to_string()
                    prop:value=move || until.get().map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| set_until(parse_date(&event_target_value(&ev)))
                />
            </label>
        </Show>
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
                    <label for=input_id.clone() class="sub-label">
                        {prompt.get()}
                    </label>
                    <textarea
                        id=input_id
                        rows="2"
                        maxlength="4000"
                        prop:value=move || {
                            record
                                .with(|r| {
                                    r.as_ref()
                                        .map(|a| a.reflection(key).to_string())
                                        .unwrap_or_default()
                                })
                        }
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            app.edit(|d| &mut d.applications, &id, |a| a.set_reflection(key, text));
                        }
                    ></textarea>
                </div>
            }
        })
        .collect_view()
}
