//! Twelve weeks of a goal as a small SVG bar chart, with a table alternative.

use leptos::prelude::*;

use crate::model::goals::WeekStat;
use crate::model::time::short_date;

// Whole-number SVG units (the chart stretches to fit): formatting floats
// would add their machinery to the wasm.
const W: u32 = 200;
const GAP: u32 = 40;
const H: u32 = 480;

/// Bar height: the share of the target, up to one and a half times it.
fn bar(w: &WeekStat) -> u32 {
    if w.target == 0 {
        return 0;
    }
    (u64::from(w.total) * u64::from(H) * 2 / (u64::from(w.target) * 3)).min(u64::from(H)) as u32
}

fn describe(w: &WeekStat) -> String {
    if w.before_start {
        crate::t!("before this goal").into()
    } else if w.rest {
        crate::t!("rest week").into()
    } else {
        crate::tf!("{done} of {target}", done = w.total, target = w.target)
    }
}

#[component]
pub fn HistoryChart(#[prop(into)] weeks: Signal<Vec<WeekStat>>, title: String) -> impl IntoView {
    let summary = move || {
        weeks.with(|ws| {
            let counted: Vec<_> = ws.iter().filter(|w| !w.before_start && !w.rest).collect();
            let met = counted.iter().filter(|w| w.met()).count();
            // English says "of the last 1 weeks" today; the one form lets a
            // language say it properly.
            crate::tp!(
                counted.len(),
                "{title}: target met in {met} of the last {n} weeks.",
                "{title}: target met in {met} of the last {n} weeks.",
                title = title,
                met = met,
            )
        })
    };
    let width = 12 * (W + GAP);
    let target_y = H - H * 2 / 3;
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {width} {}", H + 20)
                role="img"
                aria-label=summary
                preserveAspectRatio="none"
            >
                <line
                    x1="0"
                    x2=width.to_string()
                    y1=target_y.to_string()
                    y2=target_y.to_string()
                    class="target-line"
                />
                {move || {
                    weeks
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let x = i as u32 * (W + GAP);
                            let h = bar(&w).max(if w.total > 0 { 20 } else { 0 }).max(15);
                            let class = if w.rest {
                                "bar rest"
                            } else if w.met() {
                                "bar met"
                            } else {
                                "bar"
                            };
                            view! {
                                <rect
                                    x=x.to_string()
                                    y=(H - h).to_string()
                                    width=W.to_string()
                                    height=h.to_string()
                                    class=class
                                >
                                    <title>
                                        {crate::tf!(
                                            "Week of {date}: {state}",
                                            date = short_date(w.week.start),
                                            state = describe(&w),
                                        )}
                                    </title>
                                </rect>
                            }
                        })
                        .collect_view()
                }}
            </svg>
            <p class="chart-axis" aria-hidden="true">
                <span>{crate::t!("12 weeks ago")}</span>
                <span>{crate::t!("This week")}</span>
            </p>
            <details class="chart-table">
                <summary>{crate::t!("Show as a table")}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{crate::t!("Week of")}</th>
                            <th scope="col">{crate::t!("Done")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            weeks
                                .get()
                                .into_iter()
                                .rev()
                                .map(|w| {
                                    view! {
                                        <tr>
                                            <td>{short_date(w.week.start)}</td>
                                            <td>{describe(&w)}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
