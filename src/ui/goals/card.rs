//! One goal: this week's progress, logging, history, rest and completion.

use leptos::prelude::*;

use super::chart::HistoryChart;
use crate::model::goals::{
    add_progress, auto_counted, can_rest, history, recent_days, remove_progress, strength,
    this_week, week_text, week_total, Goal,
};
use crate::model::record::{tombstone, Id};
use crate::model::time::{parse_date, short_date};
use crate::model::undo::Undo;
use crate::platform;
use crate::ui::state::{use_app, AppState, ToastAction};
use crate::ui::widgets::Progress;

/// What the card always shows, recomputed when the data changes.
#[derive(Clone, Debug, PartialEq)]
struct View {
    goal: Goal,
    total: u32,
    days_left: u32,
    rest: bool,
    can_rest: bool,
}

/// What "History and options" shows: computed only while it is open, once
/// per change of the data.
#[derive(Clone, Debug, Default, PartialEq)]
struct History {
    strength: u32,
    weeks: Vec<crate::model::goals::WeekStat>,
    recent: Vec<(chrono::NaiveDate, u32, String)>,
    /// This week's applications and rejections counted for the goal.
    counted: Vec<String>,
}

fn update_goal(app: AppState, id: Id, f: impl FnOnce(&mut Goal)) {
    app.edit(|d| &mut d.goals, &id, f);
}

fn log(
    app: AppState,
    goal: Id,
    amount: u32,
    date: chrono::NaiveDate,
    note: String,
    before: u32,
    target: u32,
) {
    let now = platform::now();
    app.change(|d| {
        add_progress(
            &mut d.progress,
            goal,
            date,
            amount,
            &note,
            platform::device_id(),
            now,
        );
    });
    let text = if before < target && before + amount >= target {
        crate::t!("Weekly target reached. Well done — anything more is a bonus.")
    } else {
        crate::t!("Logged. Every step counts.")
    };
    app.notify_saved(
        text,
        Some(ToastAction::Undo(Undo::Progress { goal, date, amount })),
    );
}

#[component]
pub fn GoalCard(id: Id) -> impl IntoView {
    let app = use_app();
    let info = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            let g = d.goals.iter().find(|g| g.meta.id == id)?;
            let week = this_week(today, d.settings.week_start);
            Some(View {
                goal: g.clone(),
                total: week_total(g, &d.progress, &d.applications, week),
                days_left: week.days_left(today),
                rest: g.is_rest(week),
                can_rest: can_rest(g, week),
            })
        })
    });
    // Memos run when first read: this one only once the history is opened.
    let past = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            let Some(g) = d.goals.iter().find(|g| g.meta.id == id) else {
                return History::default();
            };
            let week = this_week(today, d.settings.week_start);
            let weeks = history(
                g,
                &d.progress,
                &d.applications,
                week,
                d.settings.week_start,
                12,
            );
            let counted = if g.auto_count {
                auto_counted(&d.applications, week)
                    .into_iter()
                    .map(|(day, text)| {
                        crate::tf!("{date}: {what}", date = short_date(day), what = text)
                    })
                    .collect()
            } else {
                Vec::new()
            };
            History {
                counted,
                strength: strength(&weeks, week),
                weeks,
                recent: recent_days(&d.progress, &id, 6)
                    .into_iter()
                    .map(|e| {
                        let text = if e.notes.is_empty() {
                            crate::tf!(
                                "{date}: +{amount}",
                                date = short_date(e.date),
                                amount = e.amount,
                            )
                        } else {
                            crate::tf!(
                                "{date}: +{amount} — {notes}",
                                date = short_date(e.date),
                                amount = e.amount,
                                notes = e.notes.join("; "),
                            )
                        };
                        (e.date, e.amount, text)
                    })
                    .collect(),
            }
        })
    });
    let celebrate = RwSignal::new(false);
    let logging = RwSignal::new(false);
    let more = RwSignal::new(false);
    let amount = RwSignal::new("1".to_string());
    let log_date = RwSignal::new(platform::today().to_string());
    let note = RwSignal::new(String::new());
    let quick_log = move |_| {
        let Some(v) = info.get_untracked() else {
            return;
        };
        if v.total < v.goal.target && v.total + 1 >= v.goal.target {
            celebrate.set(true);
        }
        log(
            app,
            id,
            1,
            platform::today(),
            String::new(),
            v.total,
            v.goal.target,
        );
    };
    let save_amount = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(v) = info.get_untracked() else {
            return;
        };
        let n = amount
            .get_untracked()
            .trim()
            .parse::<u32>()
            .unwrap_or(0)
            .clamp(1, 1000);
        let date = parse_date(&log_date.get_untracked()).unwrap_or_else(platform::today);
        log(
            app,
            id,
            n,
            date,
            note.get_untracked().trim().to_string(),
            v.total,
            v.goal.target,
        );
        note.set(String::new());
        logging.set(false);
        // The form goes: focus returns to the button that opened it.
        crate::ui::widgets::focus_soon(format!("log-amount-{id}"));
    };
    let toggle_rest = move |_| {
        let week = this_week(
            platform::today(),
            app.data.with_untracked(|d| d.settings.week_start),
        );
        update_goal(app, id, |g| {
            if g.is_rest(week) {
                g.rest_weeks.retain(|d| *d != week.start);
            } else {
                g.rest_weeks.push(week.start);
            }
        });
    };
    let complete = move |_| {
        update_goal(app, id, |g| g.completed_on = Some(platform::today()));
        app.notify_saved(
            crate::t!("Completed — it's in your achievements now."),
            None,
        );
    };
    let archive = move |_| {
        update_goal(app, id, |g| g.archived = true);
        app.notify_saved(
            crate::t!("Archived. You'll find it under Archived goals."),
            None,
        );
    };
    let remove = move |_| {
        let now = platform::now();
        let mut removed = None;
        app.change(|d| removed = tombstone(&mut d.goals, &id, now));
        app.notify_saved(
            crate::t!("Goal removed."),
            removed.map(|g| ToastAction::Undo(Undo::Goal(Box::new(g)))),
        );
    };
    // The card is built once; only the parts that change are reactive, so a
    // button keeps keyboard focus after it is pressed.
    let exists = Memo::new(move |_| info.with(Option::is_some));
    let field =
        move |f: fn(&View) -> String| move || info.with(|i| i.as_ref().map(f).unwrap_or_default());
    let total = Signal::derive(move || info.with(|i| i.as_ref().map_or(0, |v| v.total as usize)));
    let target =
        Signal::derive(move || info.with(|i| i.as_ref().map_or(1, |v| v.goal.target as usize)));
    let met = move || info.with(|i| i.as_ref().is_some_and(|v| v.total >= v.goal.target));
    let rest = move || info.with(|i| i.as_ref().is_some_and(|v| v.rest));
    let may_rest = move || info.with(|i| i.as_ref().is_some_and(|v| v.can_rest));
    let recent = move || past.with(|h| h.recent.clone());
    let weeks = Signal::derive(move || past.with(|h| h.weeks.clone()));
    move || {
        exists.get().then(|| {
            let title = info.with_untracked(|i| i.as_ref().map(|v| v.goal.title.clone()).unwrap_or_default());
            view! {
                <li class="card goal" class:met=met class:celebrate=move || celebrate.get()>
                    <div class="goal-head">
                        <h2>{field(|v| v.goal.title.clone())}</h2>
                        <span class="muted">
                            {field(|v| {
                                let mut parts = vec![v.goal.unit.per_week(v.goal.target)];
                                if let Some(d) = v.goal.ends_on {
                                    parts.push(crate::tf!("until {date}", date = short_date(d)));
                                }
                                if v.goal.auto_count {
                                    parts
                                        .push(
                                            crate::t!("counts the applications and rejections you log")
                                                .to_string(),
                                        );
                                }
                                parts.join(" · ")
                            })}
                        </span>
                    </div>
                    <Progress
                        value=total
                        max=target
                        label=Signal::derive(move || week_text(
                            total.get() as u32,
                            target.get() as u32,
                        ))
                    />
                    <p class="muted">
                        {field(|v| {
                            if v.goal.ends_on.is_some_and(|e| e < platform::today()) {
                                crate::t!(
                                    "This goal's end date has passed. Mark it as completed to keep it with your achievements."
                                )
                                    .to_string()
                            } else if v.rest {
                                crate::t!("A rest week. Nothing is expected — enjoy it.")
                                    .to_string()
                            } else if v.total >= v.goal.target {
                                crate::t!("Target met this week — anything more is a bonus.")
                                    .to_string()
                            } else {
                                crate::tp!(
                                    v.days_left,
                                    "1 day left this week",
                                    "{n} days left this week",
                                )
                            }
                        })}
                    </p>
                    <div class="actions wrap">
                        <button
                            type="button"
                            class="btn"
                            id=format!("log-{id}")
                            aria-label=crate::tf!("Log progress: {title}", title = title)
                            on:click=quick_log
                        >
                            {crate::t!("Log progress")}
                        </button>
                        <button
                            type="button"
                            id=format!("log-amount-{id}")
                            class="btn secondary small"
                            aria-expanded=move || logging.get().to_string()
                            on:click=move |_| logging.update(|l| *l = !*l)
                        >
                            {crate::t!("Log an amount or a past day")}
                        </button>
                    </div>
                    <Show when=move || logging.get()>
                        <form class="form log-form" on:submit=save_amount>
                            <div class="field-row">
                                <div class="field">
                                    <label for=format!("amount-{id}")>{crate::t!("Amount")}</label>
                                    <input
                                        id=format!("amount-{id}")
                                        type="number"
                                        min="1"
                                        max="1000"
                                        inputmode="numeric"
                                        prop:value=amount
                                        on:input=move |ev| amount.set(event_target_value(&ev))
                                    />
                                </div>
                                <div class="field">
                                    <label for=format!("log-date-{id}")>{crate::t!("Day")}</label>
                                    <input
                                        id=format!("log-date-{id}")
                                        type="date"
                                        prop:value=log_date
                                        on:input=move |ev| log_date.set(event_target_value(&ev))
                                    />
                                </div>
                            </div>
                            <div class="field">
                                <label for=format!(
                                    "log-note-{id}",
                                )>{crate::t!("Note (optional)")}</label>
                                <input
                                    id=format!("log-note-{id}")
                                    type="text"
                                    maxlength="200"
                                    prop:value=note
                                    on:input=move |ev| note.set(event_target_value(&ev))
                                />
                            </div>
                            <div class="actions">
                                <button type="submit" class="btn small">
                                    {crate::t!("Add")}
                                </button>
                            </div>
                        </form>
                    </Show>
                    <details
                        class="goal-more"
                        open=more.get_untracked()
                        on:toggle=move |ev| more.set(crate::ui::widgets::is_open(&ev))
                    >
                        <summary>{crate::t!("History and options")}</summary>
                        // Built only while open: thirty goals' charts and
                        // histories made the page thousands of elements long.
                        <Show when=move || more.get()>
                            <p class="strength">
                                <strong>
                                    {move || {
                                        crate::tf!(
                                            "Strength {score} / 100", score = past.with(|h| h.strength)
                                        )
                                    }}
                                </strong>
                                " "
                                {crate::t!(
                                    "— grows with steady weeks; rest weeks and a single slip barely move it."
                                )}
                            </p>
                            <HistoryChart weeks=weeks title=title.clone() />
                            <div class="actions wrap">
                                <Show
                                    when=move || rest() || may_rest()
                                    fallback=|| {
                                        view! {
                                            <span class="hint">
                                                {crate::t!(
                                                    "You've had this month's rest week. Another is available next month."
                                                )}
                                            </span>
                                        }
                                    }
                                >
                                    <button
                                        type="button"
                                        class="btn secondary small"
                                        on:click=toggle_rest
                                    >
                                        {move || {
                                            if rest() {
                                                { crate::t!("Undo rest week") }
                                            } else {
                                                { crate::t!("Make this a rest week") }
                                            }
                                        }}
                                    </button>
                                </Show>
                            </div>
                            <Show when=move || past.with(|h| !h.counted.is_empty())>
                                <h3>{crate::t!("Counted for you this week")}</h3>
                                <ul class="checkins">
                                    {move || {
                                        past.with(|h| h.counted.clone())
                                            .into_iter()
                                            .map(|t| view! { <li>{t}</li> })
                                            .collect_view()
                                    }}
                                </ul>
                            </Show>
                            <Show when=move || !recent().is_empty()>
                                <h3>{crate::t!("Recent progress")}</h3>
                                <ul class="checkins">
                                    <For
                                        each=recent
                                        key=|(_, _, text)| text.clone()
                                        let((date, amount, text))
                                    >
                                        <li>
                                            <span>{text.clone()}</span>
                                            <button
                                                type="button"
                                                class="btn quiet small"
                                                aria-label=crate::tf!("Remove {what}", what = text)
                                                on:click=move |_| {
                                                    let now = platform::now();
                                                    app.change(|d| remove_progress(
                                                        &mut d.progress,
                                                        &id,
                                                        date,
                                                        amount,
                                                        platform::device_id(),
                                                        now,
                                                    ));
                                                    app.notify_saved(
                                                        crate::t!("Removed."),
                                                        Some(
                                                            ToastAction::Undo(Undo::Unremove {
                                                                goal: id,
                                                                date,
                                                                amount,
                                                            }),
                                                        ),
                                                    );
                                                }
                                            >
                                                {crate::t!("Remove")}
                                            </button>
                                        </li>
                                    </For>
                                </ul>
                            </Show>
                            <div class="actions wrap">
                                <button type="button" class="btn secondary small" on:click=complete>
                                    {crate::t!("Mark as completed")}
                                </button>
                                <button
                                    type="button"
                                    class="btn quiet small"
                                    aria-label=crate::tf!("Archive goal: {title}", title = title)
                                    on:click=archive
                                >
                                    {crate::t!("Archive")}
                                </button>
                                <button
                                    type="button"
                                    class="btn quiet small"
                                    aria-label=crate::tf!("Remove goal: {title}", title = title)
                                    on:click=remove
                                >
                                    {crate::t!("Remove goal")}
                                </button>
                            </div>
                        </Show>
                    </details>
                </li>
            }
        })
    }
}
