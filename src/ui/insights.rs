//! `/insights`: patterns in the search — when rejections happen, what was in
//! your control, what feedback says, how you've been feeling — so a "no"
//! reads as data, not a verdict. Every figure covers the chosen range.

use crate::ui::router::A;
use leptos::prelude::*;

use crate::model::checkin::recovery_trend;
use crate::model::insights::{control_trend_sentence, insights, Range};
use crate::model::record::{live, tombstone};
use crate::model::time::short_date;
use crate::model::undo::Undo;
use crate::platform;
use crate::ui::state::{use_app, ToastAction};
use crate::ui::widgets::set_title;

#[component]
pub fn Insights() -> impl IntoView {
    set_title(crate::t!("Insights"));
    let app = use_app();
    let range = RwSignal::new(Range::default());
    let weeks = Memo::new(move |_| {
        let r = range.get();
        app.data
            .with(|d| r.weeks(d, platform::today(), d.settings.week_start))
    });
    let data = Memo::new(move |_| {
        let n = weeks.get();
        app.data
            .with(|d| insights(d, platform::today(), d.settings.week_start, n))
    });
    let empty = move || {
        data.with(|i| {
            i.weeks
                .iter()
                .all(|w| w.applications == 0 && w.rejections == 0)
                && i.by_stage.iter().all(|(_, n)| *n == 0)
        })
    };
    view! {
        <div class="page">
            <p class="crumbs">
                <A href="/">{crate::t!("← Today")}</A>
            </p>
            <div class="page-head">
                <h1>{crate::t!("Insights")}</h1>
                <div class="field range-field">
                    <label for="insights-range">{crate::t!("Range")}</label>
                    <select
                        id="insights-range"
                        on:change=move |ev| {
                            if let Some(r) = Range::from_key(&event_target_value(&ev)) {
                                range.set(r)
                            }
                        }
                    >
                        {Range::ALL
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <option value=r.key() selected=move || range.get() == r>
                                        {r.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <p class="lead">
                {crate::t!(
                    "Patterns, not verdicts. Hiring depends on many things beyond you; these figures show where your effort goes and what you can shape."
                )}
            </p>
            <Show
                when=move || !empty()
                fallback=|| {
                    view! {
                        <div class="empty card">
                            <p>
                                {crate::t!(
                                    "Insights appear once you've logged a few applications or rejections in this range."
                                )}
                            </p>
                        </div>
                    }
                }
            >
                <NextStep data=data />
                <WeeklyChart data=data range=range weeks=weeks />
                <Answers data=data />
                <section class="card" aria-labelledby="stage-title">
                    <h2 id="stage-title">{crate::t!("Where in the process rejections happen")}</h2>
                    <ul class="bars">
                        {move || {
                            let rows = data.with(|i| i.by_stage.clone());
                            let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
                            rows.into_iter()
                                .map(|(s, n)| {
                                    view! {
                                        <li>
                                            <span class="bar-label">{s.label()}</span>
                                            <meter
                                                min="0"
                                                max=max.to_string()
                                                value=n.to_string()
                                                aria-label=crate::tf!(
                                                    "{stage}: {count}", stage = s.label(), count = n
                                                )
                                            ></meter>
                                            <span class="bar-value">{n}</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <p class="hint">
                        {crate::t!(
                            "Rejections late in the process mean you were a serious candidate — often down to a narrow call."
                        )}
                    </p>
                </section>
                <section class="card" aria-labelledby="control-title">
                    <h2 id="control-title">{crate::t!("Within and outside your control")}</h2>
                    <p>
                        {move || {
                            data.with(|i| {
                                i.control
                                    .sentence()
                                    .map(|s| crate::tf!("{sentence}.", sentence = s))
                                    .unwrap_or_else(|| {
                                        crate::t!(
                                            "Sort the reasons on your rejections' plans to see this."
                                        )
                                            .into()
                                    })
                            })
                        }}
                    </p>
                    {move || {
                        data.with(|i| control_trend_sentence(&i.control_by_month))
                            .map(|t| view! { <p>{t}</p> })
                    }}
                </section>
                <section class="card" aria-labelledby="feedback-title">
                    <h2 id="feedback-title">{crate::t!("Feedback")}</h2>
                    <p>
                        {move || {
                            data.with(|i| {
                                crate::tp!(
                                    i.feedback_asked,
                                    "Asked 1 time, answered {answered}.",
                                    "Asked {n} times, answered {answered}.",
                                    answered = i.feedback_answered,
                                )
                            })
                        }}
                    </p>
                    <Show when=move || data.with(|i| !i.themes.is_empty())>
                        <p>
                            {move || {
                                data.with(|i| {
                                    let list = i
                                        .themes
                                        .iter()
                                        .map(|(t, n)| {
                                            crate::tf!(
                                                "{theme} ({count})", theme = t.label(), count = n
                                            )
                                        })
                                        .collect::<Vec<_>>()
                                        .join(", ");
                                    if i.theme_leads() {
                                        crate::tf!(
                                            "What feedback mentions most: {list}", list = list
                                        )
                                    } else {
                                        crate::tf!(
                                            "What feedback has mentioned: {list}", list = list
                                        )
                                    }
                                })
                            }}
                        </p>
                    </Show>
                </section>
            </Show>
            <Feelings />
        </div>
    }
}

/// The one next step the data suggests.
#[component]
fn NextStep(data: Memo<crate::model::insights::Insights>) -> impl IntoView {
    move || {
        data.with(|i| i.suggestion.clone()).map(|s| {
            view! {
                <section class="card soft" aria-labelledby="next-title">
                    <h2 id="next-title">{crate::t!("A next step, if you'd like one")}</h2>
                    <p>{s.text}</p>
                    <p>
                        <A href=s.href attr:class="btn secondary small">
                            {s.action}
                        </A>
                    </p>
                </section>
            }
        })
    }
}

/// Replies, the usual wait for an answer, and where rejections usually come.
#[component]
fn Answers(data: Memo<crate::model::insights::Insights>) -> impl IntoView {
    let lines = move || {
        data.with(|i| {
            let mut out = Vec::new();
            if let Some(pct) = (i.feedback_answered * 100).checked_div(i.feedback_asked) {
                let pct = pct.min(100);
                // One form reads as the English always has; a language can
                // give its own singular.
                out.push(crate::tp!(
                    i.feedback_asked,
                    "Reply rate: {answered} of {n} feedback requests answered ({pct}%). Many teams never reply; that's about their inbox.",
                    "Reply rate: {answered} of {n} feedback requests answered ({pct}%). Many teams never reply; that's about their inbox.",
                    answered = i.feedback_answered,
                    pct = pct,
                ));
            }
            if let Some(d) = i.answer_days {
                out.push(match d {
                    0 => crate::t!("Answers usually came the same day you applied.").to_string(),
                    1 => crate::t!("Answers usually came about a day after you applied.").to_string(),
                    d => crate::tp!(
                        d,
                        "Answers usually came about {n} day after you applied.",
                        "Answers usually came about {n} days after you applied.",
                    ),
                });
            }
            if let Some(u) = i.usual_stage {
                out.push(crate::tf!(
                    "Rejections usually came at this stage: {stage} ({count} of {total}).",
                    stage = u.stage.label(),
                    count = u.count,
                    total = u.of,
                ));
            }
            out
        })
    };
    view! {
        <Show when=move || !lines().is_empty()>
            <section class="card" aria-labelledby="answers-title">
                <h2 id="answers-title">{crate::t!("Answers and timing")}</h2>
                <ul class="plain facts">
                    {move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// How the person has been feeling after rejections, kindly, with their
/// check-ins (each can be removed).
#[component]
fn Feelings() -> impl IntoView {
    let app = use_app();
    let trend = Memo::new(move |_| {
        app.data
            .with(|d| recovery_trend(&d.applications, &d.checkins))
    });
    let recent = Memo::new(move |_| {
        app.data.with(|d| {
            let mut list: Vec<_> = live(&d.checkins)
                .map(|c| (c.meta.id, c.date, c.feeling, c.note.clone()))
                .collect();
            list.sort_by_key(|c| std::cmp::Reverse(c.1));
            list.truncate(8);
            list
        })
    });
    let remove = move |id| {
        let now = platform::now();
        let mut removed = None;
        app.change(|d| removed = tombstone(&mut d.checkins, &id, now));
        app.notify_saved(
            crate::t!("Check-in removed."),
            removed.map(|c| ToastAction::Undo(Undo::CheckIn(Box::new(c)))),
        );
    };
    view! {
        <Show when=move || !recent.with(Vec::is_empty)>
            <section class="card" aria-labelledby="feelings-title">
                <h2 id="feelings-title">{crate::t!("How you've been feeling")}</h2>
                {move || trend.get().map(|t| view! { <p class="trend">{t}</p> })}
                <p class="hint">
                    {crate::t!(
                        "From your check-ins. Feelings move around; what matters is that they move."
                    )}
                </p>
                <ul class="plain checkins">
                    <For each=move || recent.get() key=|c| c.0 let((id, date, feeling, note))>
                        <li>
                            <span>
                                {crate::tf!(
                                    "{date}: {face} {feeling}",
                                    date = short_date(date),
                                    face = feeling.face(),
                                    feeling = feeling.label(),
                                )} {(!note.is_empty()).then(|| format!(" — {note}"))}
                            </span>
                            <button
                                type="button"
                                class="btn quiet small"
                                aria-label=crate::tf!(
                                    "Remove check-in of {date}", date = short_date(date)
                                )
                                on:click=move |_| remove(id)
                            >
                                {crate::t!("Remove")}
                            </button>
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn WeeklyChart(
    data: Memo<crate::model::insights::Insights>,
    range: RwSignal<Range>,
    weeks: Memo<usize>,
) -> impl IntoView {
    // Whole-number SVG units, as in the goal chart.
    const BAR: usize = 80;
    const GROUP: usize = 220;
    const H: usize = 600;
    let label = move || {
        data.with(|i| {
            let a: usize = i.weeks.iter().map(|w| w.applications).sum();
            let r: usize = i.weeks.iter().map(|w| w.rejections).sum();
            range.get().chart_label(weeks.get(), a, r)
        })
    };
    let count = move || data.with(|i| i.weeks.len().max(1));
    view! {
        <section class="card" aria-labelledby="weekly-title">
            <h2 id="weekly-title">{crate::t!("Applications and rejections per week")}</h2>
            <p class="legend">
                <span class="key apps"></span>
                {crate::t!("Applications")}
                <span class="key rejs"></span>
                {crate::t!("Rejections")}
            </p>
            <figure class="chart">
                <svg
                    viewBox=move || format!("0 0 {} {}", GROUP * count(), H + 20)
                    role="img"
                    aria-label=label
                    preserveAspectRatio="none"
                >
                    <line
                        class="axis"
                        x1="0"
                        x2=move || (GROUP * count()).to_string()
                        y1=H.to_string()
                        y2=H.to_string()
                    />
                    {move || {
                        let weeks = data.with(|i| i.weeks.clone());
                        let max = weeks
                            .iter()
                            .map(|w| w.applications.max(w.rejections))
                            .max()
                            .unwrap_or(0)
                            .max(1);
                        weeks
                            .into_iter()
                            .enumerate()
                            .map(|(i, w)| {
                                let x = i * GROUP;
                                let ha = w.applications * H / max;
                                let hr = w.rejections * H / max;
                                view! {
                                    <g>
                                        <title>
                                            {crate::tf!(
                                                "Week of {date}: {apps} applications, {rejections} rejections",
                                                date = short_date(w.week.start),
                                                apps = w.applications,
                                                rejections = w.rejections,
                                            )}
                                        </title>
                                        <rect
                                            class="bar apps"
                                            x=(x + 20).to_string()
                                            y=(H - ha).to_string()
                                            width=BAR.to_string()
                                            height=ha.to_string()
                                        />
                                        <rect
                                            class="bar rejs"
                                            x=(x + 20 + BAR).to_string()
                                            y=(H - hr).to_string()
                                            width=BAR.to_string()
                                            height=hr.to_string()
                                        />
                                    </g>
                                }
                            })
                            .collect_view()
                    }}
                </svg>
                <p class="chart-axis" aria-hidden="true">
                    <span>
                        {move || {
                            data.with(|i| {
                                i.weeks
                                    .first()
                                    .map(|w| {
                                        crate::tf!(
                                            "Week of {date}", date = short_date(w.week.start)
                                        )
                                    })
                                    .unwrap_or_default()
                            })
                        }}
                    </span>
                    <span>{crate::t!("This week")}</span>
                </p>
                <details class="chart-table">
                    <summary>{crate::t!("Show as a table")}</summary>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{crate::t!("Week of")}</th>
                                <th scope="col">{crate::t!("Applications")}</th>
                                <th scope="col">{crate::t!("Rejections")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                data.with(|i| {
                                    i.weeks
                                        .iter()
                                        .rev()
                                        .map(|w| {
                                            view! {
                                                <tr>
                                                    <td>{short_date(w.week.start)}</td>
                                                    <td>{w.applications}</td>
                                                    <td>{w.rejections}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()
                                })
                            }}
                        </tbody>
                    </table>
                </details>
            </figure>
        </section>
    }
}
