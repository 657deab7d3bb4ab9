//! The list of applications and rejections: newest first, searchable, filterable.

use crate::ui::router::A;
use leptos::prelude::*;

use crate::model::listing::{by_month, first_page, thousands, Month, PAGE, SEARCH_PAGE};
use crate::model::recovery::progress_text;
use crate::model::rejection::{
    close, counts, filter_positions, quiet_applications, Filter, Outcome, Stage,
};
use crate::model::time::short_date;
use crate::model::undo::Undo;
use crate::platform;
use crate::ui::listing::{month_items, CountLine, ShowEarlier};
use crate::ui::state::{use_app, ToastAction};
use crate::ui::widgets::set_title;

#[component]
pub fn RejectionList() -> impl IntoView {
    set_title(crate::t!("Rejections"));
    let app = use_app();
    let filter = RwSignal::new(Filter::default());
    let limit = RwSignal::new(PAGE);
    let more_filters = RwSignal::new(false);
    // A keystroke filters and sorts positions; rows are built only for what is shown.
    let matching = Memo::new(move |_| {
        let f = filter.get();
        app.data.with(|d| filter_positions(&d.applications, &f))
    });
    let groups = Memo::new(move |_| {
        let n = limit.get();
        let rows: Vec<Row> = matching.with(|m| {
            app.data.with(|d| {
                m.iter()
                    .take(n)
                    .filter_map(|&i| d.applications.get(i))
                    .map(|a| Row {
                        id: a.meta.id.to_string(),
                        company: a.company.clone(),
                        role: a.role.clone(),
                        outcome: a.outcome,
                        day: a.sort_date(),
                        meta: meta_line(a),
                    })
                    .collect()
            })
        });
        by_month(&rows, n, |r| r.day)
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    let shown = Signal::derive(move || limit.get().min(total.get()));
    let first = Signal::derive(move || {
        first_page(filter.with(|f| !f.query.trim().is_empty()), SEARCH_PAGE)
    });
    // Any change of the filter starts again from the newest.
    let set_filter = move |f: &dyn Fn(&mut Filter)| {
        filter.update(|x| f(x));
        limit.set(first.get_untracked());
    };
    let totals = Memo::new(move |_| app.data.with(|d| counts(&d.applications)));
    let filtered = Signal::derive(move || {
        filter.with(|f| !f.query.trim().is_empty() || f.stage.is_some() || f.outcome.is_some())
    });
    view! {
        <div class="page">
            <div class="page-head">
                <h1>{crate::t!("Rejections")}</h1>
                <div class="actions">
                    <A href="/rejections/new" attr:class="btn">
                        {crate::t!("Log a rejection")}
                    </A>
                    <A href="/rejections/new?kind=application" attr:class="btn secondary">
                        {crate::t!("Track an application")}
                    </A>
                </div>
            </div>
            <p class="lead">
                {move || {
                    let c = totals.get();
                    if c.total == 0 {
                        crate::t!(
                            "Every rejection you log here is proof that you put yourself forward."
                        )
                            .to_string()
                    } else {
                        let rejections = crate::tp!(c.rejections, "1 rejection", "{n} rejections");
                        if c.offers > 0 {
                            crate::tf!(
                                "{total} logged: {rejections}, {in_progress} in progress, {offers}. Each one is evidence of effort.",
                                total = thousands(c.total),
                                rejections = rejections,
                                in_progress = c.in_progress,
                                offers = crate::tp!(c.offers, "1 offer", "{n} offers"),
                            )
                        } else {
                            crate::tf!(
                                "{total} logged: {rejections}, {in_progress} in progress. Each one is evidence of effort.",
                                total = thousands(c.total),
                                rejections = rejections,
                                in_progress = c.in_progress,
                            )
                        }
                    }
                }}
            </p>
            <QuietSuggestions />
            // Applications still in progress apart from closed ones, in one tap.
            <div class="actions wrap quick-filter" role="group" aria-label=crate::t!("Show")>
                {[
                    (None, crate::t!("Everything")),
                    (Some(Outcome::Rejected), crate::t!("Rejections")),
                    (Some(Outcome::InProgress), crate::t!("In progress")),
                ]
                    .into_iter()
                    .map(|(o, label)| {
                        view! {
                            <button
                                type="button"
                                class="btn small secondary"
                                aria-pressed=move || (filter.with(|f| f.outcome) == o).to_string()
                                on:click=move |_| set_filter(&|f| f.outcome = o)
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="filters" role="search">
                <div class="field">
                    <label for="search">{crate::t!("Search company or role")}</label>
                    <input
                        id="search"
                        type="search"
                        prop:value=move || filter.with(|f| f.query.clone())
                        on:input=move |ev| {
                            let q = event_target_value(&ev);
                            set_filter(&|f| f.query = q.clone());
                        }
                    />
                </div>
                // On a phone the two selects fold away behind one button.
                <button
                    type="button"
                    class="btn quiet small more-filters"
                    aria-expanded=move || more_filters.get().to_string()
                    aria-controls="more-filters"
                    on:click=move |_| more_filters.update(|m| *m = !*m)
                >
                    {crate::t!("More filters")}
                </button>
                <div
                    id="more-filters"
                    class="more-filter-fields"
                    class:open=move || more_filters.get()
                >
                    <div class="field">
                        <label for="filter-stage">{crate::t!("Stage")}</label>
                        <select
                            id="filter-stage"
                            prop:value=move || {
                                filter.with(|f| f.stage.map(|s| s.key()).unwrap_or(""))
                            }
                            on:change=move |ev| {
                                let s = Stage::from_key(&event_target_value(&ev));
                                set_filter(&|f| f.stage = s);
                            }
                        >
                            <option value="">{crate::t!("All stages")}</option>
                            {Stage::ALL
                                .into_iter()
                                .map(|s| view! { <option value=s.key()>{s.label()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-outcome">{crate::t!("Outcome")}</label>
                        <select
                            id="filter-outcome"
                            prop:value=move || {
                                filter.with(|f| f.outcome.map(|o| o.key()).unwrap_or(""))
                            }
                            on:change=move |ev| {
                                let o = Outcome::from_key(&event_target_value(&ev));
                                set_filter(&|f| f.outcome = o);
                            }
                        >
                            <option value="">{crate::t!("All outcomes")}</option>
                            {Outcome::ALL
                                .into_iter()
                                .map(|o| view! { <option value=o.key()>{o.label()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                </div>
            </div>
            <CountLine shown=shown total=total filtered=filtered />
            <Show
                when=move || { total.get() > 0 }
                fallback=move || {
                    view! {
                        <div class="empty card">
                            {move || {
                                if filtered.get() {
                                    view! {
                                        <p>
                                            {crate::t!(
                                                "Nothing matches that search. Try fewer words, or clear the filters."
                                            )}
                                        </p>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <p>
                                            {crate::t!(
                                                "Nothing here yet. When a \"no\" arrives, log it and you'll get a calm plan for the next day or two."
                                            )}
                                        </p>
                                    }
                                        .into_any()
                                }
                            }}
                        </div>
                    }
                }
            >
                <For
                    each=move || groups.with(|g| g.iter().map(|(m, _)| *m).collect::<Vec<_>>())
                    key=|m| *m
                    let(month)
                >
                    <MonthOfRows month=month groups=groups />
                </For>
                <ShowEarlier limit=limit total=total first=first filtered=filtered />
            </Show>
        </div>
    }
}

/// One month of the list under its heading.
#[component]
fn MonthOfRows(month: Month, groups: Memo<Vec<(Month, Vec<Row>)>>) -> impl IntoView {
    let id = format!("month-{}", month.key());
    let labelled = id.clone();
    let rows = month_items(groups, month);
    view! {
        <section class="month" aria-labelledby=labelled>
            <h2 class="month-head" id=id>
                {month.label()}
            </h2>
            <ul class="app-list">
                <For each=rows key=|r| r.clone() let(r)>
                    <li class="app-row">
                        // A plain link (the router follows it): a row is never the
                        // current page, so it needn't watch the address.
                        <a href=format!("/rejections/{}", r.id)>
                            <span class="app-company">{r.company.clone()}</span>
                            <span class="app-role">
                                {if r.role.is_empty() {
                                    crate::t!("Role not noted").to_string()
                                } else {
                                    r.role.clone()
                                }}
                            </span>
                        </a>
                        // One line of text after the tag: a search can
                        // rebuild every shown row per keystroke, so each row
                        // is as few nodes as it can be.
                        <span class="app-meta">
                            <span class=format!(
                                "tag outcome-{}",
                                r.outcome.key(),
                            )>{r.outcome.label()}</span>
                            " "
                            {r.meta.clone()}
                        </span>
                    </li>
                </For>
            </ul>
        </section>
    }
}

/// A row's small state: the feedback request if one is under way, else the
/// plan's progress.
fn row_state(a: &crate::model::rejection::Application) -> Option<String> {
    let (done, total) = crate::model::recovery::progress(&a.plan);
    match a.feedback.as_ref() {
        Some(f) if f.reply_on.is_some() => Some(crate::t!("Reply received").into()),
        Some(f) if f.sent_on.is_some() && f.status_on(platform::today()) != "no reply" => {
            Some(crate::t!("Awaiting reply").into())
        }
        _ if total > 0 && done == total => Some(crate::t!("Plan done").into()),
        _ if total > 0 => Some(crate::tf!(
            "Plan {progress}",
            progress = progress_text(&a.plan)
        )),
        _ => None,
    }
}

/// "3 Nov 2026 · Phone screen · Plan 2 of 5" after the outcome's tag, so
/// it reads "Rejected 3 Nov 2026 · …" (an open one: "In progress Applied
/// 20 Oct 2026 · …"), with the outcome said once.
/// On a narrow screen it wraps only after a "·" (the spaces inside each
/// part don't break).
fn meta_line(a: &crate::model::rejection::Application) -> String {
    let date = match a.outcome {
        Outcome::InProgress => crate::tf!("Applied {date}", date = short_date(a.sort_date())),
        _ => short_date(a.sort_date()),
    };
    let parts = [Some(date), Some(a.stage.label().to_string()), row_state(a)];
    parts
        .into_iter()
        .flatten()
        .map(|part| part.replace(' ', "\u{a0}"))
        .collect::<Vec<_>>()
        .join("\u{a0}· ")
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    company: String,
    role: String,
    outcome: Outcome,
    day: chrono::NaiveDate,
    meta: String,
}

/// Applications that have gone quiet: offer to close them, kindly. One
/// short box (all of them in one tap, with Undo), the list folded away.
#[component]
fn QuietSuggestions() -> impl IntoView {
    let app = use_app();
    let quiet = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            quiet_applications(&d.applications, today, i64::from(d.settings.quiet_days))
                .into_iter()
                .map(|a| (a.meta.id, a.company.clone(), a.role.clone()))
                .collect::<Vec<_>>()
        })
    });
    let days = Memo::new(move |_| app.data.with(|d| d.settings.quiet_days));
    // Closes `ids` as no response, with one Undo for all of them.
    let close_all = move |ids: Vec<crate::model::record::Id>| {
        let today = platform::today();
        let template = app
            .data
            .with_untracked(|d| d.settings.plan_template.clone());
        let before: Vec<crate::model::rejection::Application> = app.data.with_untracked(|d| {
            d.applications
                .iter()
                .filter(|a| ids.contains(&a.meta.id))
                .cloned()
                .collect()
        });
        for id in &ids {
            app.edit(
                |d| &mut d.applications,
                id,
                |a| {
                    close(a, Outcome::NoResponse, today, platform::now());
                    a.start_recovery(&template, today);
                },
            );
        }
        let text = match ids.len() {
            1 => crate::t!("Closed as no response. You gave it a fair chance.").to_string(),
            n => crate::tf!(
                "{n} closed as no response. Your energy is yours to spend again.",
                n = n
            ),
        };
        app.notify_saved(text, Some(ToastAction::Undo(Undo::Reopen(before))));
        crate::ui::widgets::focus_soon("quiet-title");
    };
    view! {
        <Show when=move || !quiet.with(Vec::is_empty)>
            <section class="card soft quiet-box" aria-labelledby="quiet-title">
                <h2 id="quiet-title" tabindex="-1">
                    {crate::t!("Gone quiet")}
                </h2>
                <p>
                    {move || {
                        let n = quiet.with(Vec::len);
                        crate::tp!(
                            n,
                            "1 application with no word for {days} days or more. Silence is an answer too.",
                            "{n} applications with no word for {days} days or more. Silence is an answer too.",
                            days = days.get(),
                        )
                    }}
                </p>
                <div class="actions wrap">
                    <button
                        type="button"
                        class="btn small"
                        on:click=move |_| {
                            close_all(quiet.with_untracked(|q| q.iter().map(|x| x.0).collect()))
                        }
                    >
                        {move || match quiet.with(Vec::len) {
                            1 => crate::t!("Close it as no response").to_string(),
                            n => crate::tf!("Close all {n} as no response", n = n),
                        }}
                    </button>
                </div>
                <details class="quiet-more">
                    <summary>{crate::t!("Choose which")}</summary>
                    <ul class="quiet-list">
                        <For each=move || quiet.get() key=|(id, _, _)| *id let((id, company, role))>
                            {
                                let label = crate::tf!(
                                    "Close {company} as no response", company = company
                                );
                                view! {
                                    <li>
                                        <span>
                                            {company.clone()}
                                            {(!role.is_empty()).then(|| format!(" · {role}"))}
                                        </span>
                                        <button
                                            type="button"
                                            class="btn small secondary"
                                            aria-label=label
                                            on:click=move |_| close_all(vec![id])
                                        >
                                            {crate::t!("Close as no response")}
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </details>
            </section>
        </Show>
    }
}
