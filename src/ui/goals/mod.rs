//! `/goals`: small weekly goals, progress logged with one tap, twelve weeks
//! of history, a strength score that forgives, and rest weeks.

mod card;
mod chart;
mod form;

use crate::ui::router;
use leptos::prelude::*;

use crate::model::feedback::Theme;
use crate::model::goals::{achievements, active_goals, goal_from_theme};
use crate::model::record::live;
use crate::model::time::short_date;
use crate::ui::state::use_app;
use crate::ui::widgets::{is_open, set_title};

/// Active goals shown before "Show all N goals".
const FIRST_GOALS: usize = 10;

#[component]
pub fn Goals() -> impl IntoView {
    set_title(crate::t!("Goals"));
    let app = use_app();
    // `?new=1&theme=skills&company=…` arrives from a feedback reply.
    let theme = router::query("theme").and_then(|t| Theme::from_key(&t));
    let company = router::query("company").unwrap_or_default();
    // A lesson from a plan arrives through the app state.
    let lesson = app.goal_draft.get_untracked();
    if lesson.is_some() {
        app.goal_draft.set(None);
    }
    let prefill = theme
        .map(|t| goal_from_theme(t, &company))
        .or_else(|| lesson.map(|l| (l, 1, crate::model::goals::Unit::Sessions)));
    let show_form = RwSignal::new(prefill.is_some() || router::query("new").is_some());
    let goals = Memo::new(move |_| {
        app.data.with(|d| {
            active_goals(&d.goals)
                .into_iter()
                .map(|g| g.meta.id)
                .collect::<Vec<_>>()
        })
    });
    let done = Memo::new(move |_| {
        app.data.with(|d| {
            achievements(&d.goals)
                .into_iter()
                .map(|g| {
                    (
                        g.meta.id,
                        g.title.clone(),
                        g.completed_on.map(short_date).unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let archived = Memo::new(move |_| {
        app.data.with(|d| {
            live(&d.goals)
                .filter(|g| g.archived && g.completed_on.is_none())
                .map(|g| (g.meta.id, g.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    // A long list of active goals is shown a few at a time: thirty cards
    // built at once made the page the slowest to open.
    let all_goals = RwSignal::new(false);
    let shown = move || {
        goals.with(|g| {
            let n = if all_goals.get() {
                g.len()
            } else {
                FIRST_GOALS
            };
            g.iter().take(n).copied().collect::<Vec<_>>()
        })
    };
    let show_all = move |_| {
        let next = goals.with_untracked(|g| g.get(FIRST_GOALS).copied());
        all_goals.set(true);
        // Focus moves to the first goal that appeared (the button goes).
        if let Some(id) = next {
            crate::ui::widgets::focus_soon(format!("log-{id}"));
        }
    };
    let archived_open = RwSignal::new(false);
    let done_open = RwSignal::new(false);
    let unarchive = move |id| app.edit(|d| &mut d.goals, &id, |g| g.archived = false);
    view! {
        <div class="page">
            <div class="page-head">
                <h1>{crate::t!("Goals")}</h1>
                <div class="actions">
                    <button
                        type="button"
                        class="btn"
                        aria-expanded=move || show_form.get().to_string()
                        on:click=move |_| {
                            show_form.update(|s| *s = !*s);
                            if show_form.get_untracked() {
                                crate::ui::widgets::focus_soon("goal-title");
                            }
                        }
                    >
                        {crate::t!("New goal")}
                    </button>
                </div>
            </div>
            <p class="lead">
                {crate::t!(
                    "Small weekly goals keep the search moving. Every step counts, and a rest week is part of the plan — it never costs you anything."
                )}
            </p>
            <Show when=move || show_form.get()>
                // A new goal comes last: every goal is shown once one is added.
                <form::NewGoal
                    prefill=prefill.clone()
                    on_done=Callback::new(move |_| {
                        show_form.set(false);
                        all_goals.set(true);
                    })
                />
            </Show>
            <Show
                when=move || !goals.with(Vec::is_empty)
                fallback=move || {
                    view! {
                        <div class="empty card">
                            <p>
                                {crate::t!(
                                    "No goals yet. Try one small thing a week — say, three applications, or one message to someone in your field."
                                )}
                            </p>
                        </div>
                    }
                }
            >
                <ul class="goal-list">
                    <For each=shown key=|id| *id let(id)>
                        <card::GoalCard id=id />
                    </For>
                </ul>
                <Show when=move || { !all_goals.get() && goals.with(Vec::len) > FIRST_GOALS }>
                    <div class="show-earlier">
                        <button type="button" class="btn secondary" on:click=show_all>
                            {move || {
                                crate::tf!("Show all {count} goals", count = goals.with(Vec::len))
                            }}
                        </button>
                    </div>
                </Show>
            </Show>
            <crate::ui::proof::GoalsLink />
            // Finished and archived goals stay folded (and unbuilt) until asked for.
            <Show when=move || !done.with(Vec::is_empty)>
                <details
                    class="card soft achievements"
                    on:toggle=move |ev| done_open.set(is_open(&ev))
                >
                    <summary>
                        {move || crate::tf!("Achievements ({count})", count = done.with(Vec::len))}
                    </summary>
                    <Show when=move || done_open.get()>
                        <ul class="wins">
                            <For
                                each=move || done.get()
                                key=|(id, _, _)| *id
                                let((_id, title, when))
                            >
                                <li>
                                    <span>"★ " {title}</span>
                                    <span class="muted">
                                        {crate::tf!("completed {date}", date = when)}
                                    </span>
                                </li>
                            </For>
                        </ul>
                    </Show>
                </details>
            </Show>
            <Show when=move || !archived.with(Vec::is_empty)>
                <details
                    class="card soft archived"
                    on:toggle=move |ev| archived_open.set(is_open(&ev))
                >
                    <summary>
                        {move || {
                            crate::tf!("Archived goals ({count})", count = archived.with(Vec::len))
                        }}
                    </summary>
                    <Show when=move || archived_open.get()>
                        <ul class="wins">
                            <For each=move || archived.get() key=|(id, _)| *id let((id, title))>
                                <li>
                                    <span>{title.clone()}</span>
                                    <button
                                        type="button"
                                        class="btn quiet small"
                                        aria-label=crate::tf!(
                                            "Restore goal: {title}", title = title
                                        )
                                        on:click=move |_| unarchive(id)
                                    >
                                        {crate::t!("Restore")}
                                    </button>
                                </li>
                            </For>
                        </ul>
                    </Show>
                </details>
            </Show>
        </div>
    }
}
