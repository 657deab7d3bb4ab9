//! The new-goal form, with one-tap suggestions.

use leptos::prelude::*;

use crate::lang::Text;
use crate::model::goals::{Goal, Unit};
use crate::model::record::Meta;
use crate::model::time::parse_date;
use crate::platform;
use crate::ui::state::use_app;

const SUGGESTIONS: [(Text, u32, &str); 6] = [
    (crate::tk!("Apply to jobs that fit"), 3, "applications"),
    (crate::tk!("Reach out to one new person"), 1, "people"),
    (crate::tk!("Practise interviewing"), 1, "sessions"),
    (crate::tk!("Learn a skill"), 2, "hours"),
    (crate::tk!("Go to a networking event"), 1, "events"),
    // Widening the search: a neighbouring role, another field, another place.
    (
        crate::tk!("Explore a related role, field or place"),
        1,
        "applications",
    ),
];

const UNITS: [&str; 6] = [
    "applications",
    "people",
    "hours",
    "sessions",
    "events",
    "own",
];

fn unit_key(u: &Unit) -> &'static str {
    match u {
        Unit::Applications => "applications",
        Unit::People => "people",
        Unit::Hours => "hours",
        Unit::Sessions => "sessions",
        Unit::Events => "events",
        Unit::Own(_) => "own",
    }
}

fn unit_from(key: &str, own: &str) -> Unit {
    match key {
        "people" => Unit::People,
        "hours" => Unit::Hours,
        "sessions" => Unit::Sessions,
        "events" => Unit::Events,
        "own" if !own.trim().is_empty() => Unit::Own(own.trim().to_string()),
        _ => Unit::Applications,
    }
}

fn unit_label(key: &str) -> &'static str {
    match key {
        "people" => crate::t!("people contacted"),
        "hours" => crate::t!("hours"),
        "sessions" => crate::t!("sessions"),
        "events" => crate::t!("events"),
        "own" => crate::t!("something else…"),
        _ => crate::t!("applications"),
    }
}

#[component]
pub fn NewGoal(prefill: Option<(String, u32, Unit)>, on_done: Callback<()>) -> impl IntoView {
    let app = use_app();
    let (t0, n0, u0) = prefill.unwrap_or_else(|| (String::new(), 3, Unit::Applications));
    let title = RwSignal::new(t0);
    let target = RwSignal::new(n0.to_string());
    let unit = RwSignal::new(unit_key(&u0).to_string());
    let own_unit = RwSignal::new(String::new());
    let auto = RwSignal::new(false);
    let ends = RwSignal::new(String::new());
    let (error, set_error) = signal(None::<&'static str>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = title.get_untracked().trim().to_string();
        if name.is_empty() {
            set_error.set(Some(crate::t!("Give the goal a short name.")));
            return;
        }
        let Some(n) = target
            .get_untracked()
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
        else {
            set_error.set(Some(crate::t!(
                "Pick a target between 1 and 1000 a week — small is good."
            )));
            return;
        };
        if unit.get_untracked() == "own" && own_unit.get_untracked().trim().is_empty() {
            set_error.set(Some(crate::t!(
                "Say what you'll count, e.g. \"pages\" or \"mock interviews\"."
            )));
            return;
        }
        set_error.set(None);
        let u = unit_from(&unit.get_untracked(), &own_unit.get_untracked());
        let g = Goal {
            s: Default::default(),
            meta: Meta::new(platform::new_id(), platform::now()),
            title: name,
            target: n,
            auto_count: auto.get_untracked() && u == Unit::Applications,
            unit: u,
            ends_on: parse_date(&ends.get_untracked()),
            archived: false,
            completed_on: None,
            rest_weeks: vec![],
        };
        let focus_id = format!("log-{}", g.meta.id);
        app.change(|d| d.goals.push(g));
        // Continue from the result: the new goal's "Log progress".
        crate::ui::widgets::focus_soon(focus_id);
        app.notify_saved(crate::t!("Goal added. One small step at a time."), None);
        on_done.run(());
    };
    view! {
        <form class="card form" on:submit=save novalidate>
            <h2>{crate::t!("New goal")}</h2>
            <div class="suggestions" role="group" aria-label=crate::t!("Suggestions")>
                {SUGGESTIONS
                    .into_iter()
                    .map(|(t, n, u)| {
                        view! {
                            <button
                                type="button"
                                class="chip"
                                on:click=move |_| {
                                    title.set(t.get().to_string());
                                    target.set(n.to_string());
                                    unit.set(u.to_string());
                                    crate::ui::widgets::focus_soon("goal-save");
                                }
                            >
                                {t.get()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
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
            <div class="field">
                <label for="goal-title">{crate::t!("Goal")}</label>
                <input
                    id="goal-title"
                    type="text"
                    maxlength="120"
                    prop:value=title
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="goal-target">{crate::t!("Target per week")}</label>
                    <input
                        id="goal-target"
                        type="number"
                        min="1"
                        max="1000"
                        inputmode="numeric"
                        prop:value=target
                        on:input=move |ev| target.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="goal-unit">{crate::t!("Counted in")}</label>
                    <select id="goal-unit" on:change=move |ev| unit.set(event_target_value(&ev))>
                        {UNITS
                            .into_iter()
                            .map(|u| {
                                view! {
                                    <option value=u selected=move || unit.get() == u>
                                        {unit_label(u)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <Show when=move || unit.get() == "own">
                <div class="field">
                    <label for="goal-own-unit">{crate::t!("What you'll count")}</label>
                    <input
                        id="goal-own-unit"
                        type="text"
                        maxlength="40"
                        placeholder=crate::t!("e.g. pages, mock interviews")
                        prop:value=own_unit
                        on:input=move |ev| own_unit.set(event_target_value(&ev))
                    />
                </div>
            </Show>
            <Show when=move || unit.get() == "applications">
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=auto
                        on:change=move |ev| auto.set(event_target_checked(&ev))
                    />
                    {crate::t!("Also count the applications and rejections I log each week")}
                </label>
            </Show>
            <div class="field">
                <label for="goal-ends">{crate::t!("End date (optional)")}</label>
                <input
                    id="goal-ends"
                    type="date"
                    prop:value=ends
                    on:input=move |ev| ends.set(event_target_value(&ev))
                />
            </div>
            <div class="actions">
                <button type="submit" id="goal-save" class="btn">
                    {crate::t!("Save")}
                </button>
                <button type="button" class="btn secondary" on:click=move |_| on_done.run(())>
                    {crate::t!("Cancel")}
                </button>
            </div>
        </form>
    }
}
