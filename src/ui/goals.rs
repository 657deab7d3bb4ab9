//! `/goals`: small weekly goals, progress logged with one tap.

use leptos::prelude::*;

use crate::model::goals::{active_goals, this_week, week_text, week_total, CheckIn, Goal, Unit};
use crate::model::record::{tombstone, Id, Meta};
use crate::platform;
use crate::ui::state::{use_app, Undo};
use crate::ui::widgets::{set_title, Progress};

const SUGGESTIONS: [(&str, u32, &str); 4] = [
    ("Apply to jobs that fit", 3, "applications"),
    ("Reach out to one new person", 1, "people"),
    ("Practise interviewing", 1, "sessions"),
    ("Learn a skill", 2, "hours"),
];

fn unit_from_key(key: &str) -> Unit {
    match key {
        "people" => Unit::People,
        "hours" => Unit::Hours,
        "sessions" => Unit::Sessions,
        "events" => Unit::Events,
        _ => Unit::Applications,
    }
}

#[component]
pub fn Goals() -> impl IntoView {
    set_title("Goals");
    let app = use_app();
    let show_form = RwSignal::new(false);
    let title = RwSignal::new(String::new());
    let target = RwSignal::new("3".to_string());
    let unit = RwSignal::new("applications".to_string());
    let (error, set_error) = signal(None::<&'static str>);
    let goals = Memo::new(move |_| {
        app.data.with(|d| {
            active_goals(&d.goals)
                .into_iter()
                .map(|g| g.meta.id)
                .collect::<Vec<_>>()
        })
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = title.get_untracked().trim().to_string();
        let Some(n) = target
            .get_untracked()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
        else {
            set_error.set(Some(
                "Pick a target between 1 and 1000 a week — small is good.",
            ));
            return;
        };
        if name.is_empty() {
            set_error.set(Some("Give the goal a short name."));
            return;
        }
        set_error.set(None);
        let now = platform::now();
        let g = Goal {
            meta: Meta::new(platform::new_id(), now),
            title: name,
            target: n,
            unit: unit_from_key(&unit.get_untracked()),
            auto_count: false,
            ends_on: None,
            archived: false,
        };
        app.change(|d| d.goals.push(g));
        title.set(String::new());
        show_form.set(false);
        app.notify("Goal added. One small step at a time.", None);
    };
    view! {
        <div class="page">
            <div class="page-head">
                <h1>"Goals"</h1>
                <div class="actions">
                    <button type="button" class="btn" aria-expanded=move || show_form.get().to_string() on:click=move |_| show_form.update(|s| *s = !*s)>
                        "New goal"
                    </button>
                </div>
            </div>
            <p class="lead">"Small weekly goals keep the search moving. A quiet week is allowed: rest is part of the plan."</p>
            <Show when=move || show_form.get()>
                <form class="card form" on:submit=save novalidate>
                    <h2>"New goal"</h2>
                    <div class="suggestions" role="group" aria-label="Suggestions">
                        {SUGGESTIONS.into_iter().map(|(t, n, u)| view! {
                            <button type="button" class="chip" on:click=move |_| {
                                title.set(t.to_string());
                                target.set(n.to_string());
                                unit.set(u.to_string());
                            }>{t}</button>
                        }).collect_view()}
                    </div>
                    {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
                    <div class="field">
                        <label for="goal-title">"Goal"</label>
                        <input id="goal-title" type="text" maxlength="120" prop:value=title on:input=move |ev| title.set(event_target_value(&ev)) />
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="goal-target">"Target per week"</label>
                            <input id="goal-target" type="number" min="1" max="1000" inputmode="numeric" prop:value=target on:input=move |ev| target.set(event_target_value(&ev)) />
                        </div>
                        <div class="field">
                            <label for="goal-unit">"Counted in"</label>
                            <select id="goal-unit" on:change=move |ev| unit.set(event_target_value(&ev))>
                                {["applications", "people", "hours", "sessions", "events"].into_iter().map(|u| view! {
                                    <option value=u selected=move || unit.get() == u>{unit_from_key(u).label().to_string()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    <div class="actions">
                        <button type="submit" class="btn">"Save"</button>
                        <button type="button" class="btn secondary" on:click=move |_| show_form.set(false)>"Cancel"</button>
                    </div>
                </form>
            </Show>
            <Show when=move || !goals.with(Vec::is_empty) fallback=move || view! {
                <div class="empty card">
                    <p>"No goals yet. Try one small thing a week — say, three applications, or one message to someone in your field."</p>
                </div>
            }>
                <ul class="goal-list">
                    <For each=move || goals.get() key=|id| *id let(id)>
                        <GoalCard id=id />
                    </For>
                </ul>
            </Show>
        </div>
    }
}

#[component]
fn GoalCard(id: Id) -> impl IntoView {
    let app = use_app();
    let gid = id;
    let info = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            let g = d.goals.iter().find(|g| g.meta.id == gid)?;
            let week = this_week(today, d.settings.week_start);
            let total = week_total(g, &d.checkins, &d.applications, week);
            Some((
                g.title.clone(),
                g.target,
                g.unit.label().to_string(),
                total,
                week.days_left(today),
            ))
        })
    });
    let id_log = id;
    let log = move |_| {
        let now = platform::now();
        let cid = platform::new_id();
        let c = CheckIn {
            meta: Meta::new(cid, now),
            goal: id_log,
            date: platform::today(),
            amount: 1,
            note: String::new(),
        };
        app.change(|d| d.checkins.push(c));
        let reached = info
            .get_untracked()
            .is_some_and(|(_, t, _, total, _)| total == t);
        let text = if reached {
            "Weekly target reached. Nicely done."
        } else {
            "Logged. Every step counts."
        };
        app.notify(text, Some(Undo::CheckIn(cid)));
    };
    let id_archive = id;
    let archive = move |_| {
        let now = platform::now();
        app.change(|d| {
            tombstone(&mut d.goals, &id_archive, now);
        });
        app.notify("Goal removed.", Some(Undo::Goal(id_archive)));
    };
    move || {
        info.get().map(|(title, target, unit, total, days_left)| {
            let met = total >= target;
            view! {
                <li class="card goal" class:met=met>
                    <div class="goal-head">
                        <h2>{title.clone()}</h2>
                        <span class="muted">{format!("{target} {unit} a week")}</span>
                    </div>
                    <Progress value=Signal::derive(move || total as usize) max=Signal::derive(move || target as usize) label=week_text(total, target) />
                    <p class="muted">{if met { "Target met this week — anything more is a bonus.".to_string() } else { format!("{days_left} day{} left this week", if days_left == 1 { "" } else { "s" }) }}</p>
                    <div class="actions">
                        <button type="button" class="btn" aria-label=format!("Log progress: {title}") on:click=log>"Log progress"</button>
                        <button type="button" class="btn quiet small" aria-label=format!("Remove goal: {title}") on:click=archive>"Remove"</button>
                    </div>
                </li>
            }
        })
    }
}
