//! `/insights`: patterns in the search — when rejections happen, what was in
//! your control, what feedback says — so a "no" reads as data, not a verdict.

use crate::ui::router::A;
use leptos::prelude::*;

use crate::model::insights::insights;
use crate::model::time::short_date;
use crate::platform;
use crate::ui::state::use_app;
use crate::ui::widgets::set_title;

const WEEKS: usize = 12;

#[component]
pub fn Insights() -> impl IntoView {
    set_title("Insights");
    let app = use_app();
    let data = Memo::new(move |_| {
        app.data
            .with(|d| insights(d, platform::today(), d.settings.week_start, WEEKS))
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
                <A href="/">"← Today"</A>
            </p>
            <h1>"Insights"</h1>
            <p class="lead">
                "Patterns, not verdicts. Hiring depends on many things beyond you; these figures show where your effort goes and what you can shape."
            </p>
            <Show
                when=move || !empty()
                fallback=|| {
                    view! {
                        <div class="empty card">
                            <p>
                                "Insights appear once you've logged a few applications or rejections."
                            </p>
                        </div>
                    }
                }
            >
                <WeeklyChart data=data />
                <section class="card" aria-labelledby="stage-title">
                    <h2 id="stage-title">"Where in the process rejections happen"</h2>
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
                                                aria-label=format!("{}: {n}", s.label())
                                            ></meter>
                                            <span class="bar-value">{n}</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                    <p class="hint">
                        "Rejections late in the process mean you were a serious candidate — often down to a narrow call."
                    </p>
                </section>
                <section class="card" aria-labelledby="control-title">
                    <h2 id="control-title">"Within and outside your control"</h2>
                    <p>
                        {move || {
                            data.with(|i| {
                                i.control
                                    .sentence()
                                    .map(|s| format!("{s}."))
                                    .unwrap_or_else(|| {
                                        "Add reasons to your rejections to see this.".into()
                                    })
                            })
                        }}
                    </p>
                </section>
                <section class="card" aria-labelledby="feedback-title">
                    <h2 id="feedback-title">"Feedback"</h2>
                    <p>
                        {move || {
                            data.with(|i| {
                                format!(
                                    "Asked {} time{}, answered {}.",
                                    i.feedback_asked,
                                    if i.feedback_asked == 1 { "" } else { "s" },
                                    i.feedback_answered,
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
                                        .map(|(t, n)| format!("{} ({n})", t.label()))
                                        .collect::<Vec<_>>()
                                        .join(", ");
                                    let leads = match i.themes.as_slice() {
                                        [(_, a), (_, b), ..] => a > b,
                                        [_] => true,
                                        [] => false,
                                    };
                                    if leads {
                                        format!("What feedback mentions most: {list}")
                                    } else {
                                        format!("What feedback has mentioned: {list}")
                                    }
                                })
                            }}
                        </p>
                    </Show>
                </section>
            </Show>
        </div>
    }
}

#[component]
fn WeeklyChart(data: Memo<crate::model::insights::Insights>) -> impl IntoView {
    // Whole-number SVG units, as in the goal chart.
    const BAR: usize = 80;
    const GROUP: usize = 220;
    const H: usize = 600;
    let label = move || {
        data.with(|i| {
            let a: usize = i.weeks.iter().map(|w| w.applications).sum();
            let r: usize = i.weeks.iter().map(|w| w.rejections).sum();
            format!("Applications and rejections per week over the last {WEEKS} weeks: {a} applications and {r} rejections in all.")
        })
    };
    view! {
        <section class="card" aria-labelledby="weekly-title">
            <h2 id="weekly-title">"Applications and rejections per week"</h2>
            <p class="legend">
                <span class="key apps"></span>
                "Applications"
                <span class="key rejs"></span>
                "Rejections"
            </p>
            <figure class="chart">
                <svg
                    viewBox=format!("0 0 {} {}", GROUP * WEEKS, H + 20)
                    role="img"
                    aria-label=label
                    preserveAspectRatio="none"
                >
                    <line
                        class="axis"
                        x1="0"
                        x2=(GROUP * WEEKS).to_string()
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
                                            {format!(
                                                "Week of {}: {} applications, {} rejections",
                                                short_date(w.week.start),
                                                w.applications,
                                                w.rejections,
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
                                    .map(|w| format!("Week of {}", short_date(w.week.start)))
                                    .unwrap_or_default()
                            })
                        }}
                    </span>
                    <span>"This week"</span>
                </p>
                <details class="chart-table">
                    <summary>"Show as a table"</summary>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">"Week of"</th>
                                <th scope="col">"Applications"</th>
                                <th scope="col">"Rejections"</th>
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
