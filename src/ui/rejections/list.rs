//! The list of applications and rejections: newest first, searchable, filterable.

use crate::ui::router::A;
use leptos::prelude::*;

use crate::model::recovery::progress_text;
use crate::model::rejection::{
    close, counts, filter_applications, quiet_applications, Filter, Outcome, Stage,
};
use crate::model::time::short_date;
use crate::platform;
use crate::ui::state::use_app;
use crate::ui::widgets::set_title;

#[component]
pub fn RejectionList() -> impl IntoView {
    set_title("Rejections");
    let app = use_app();
    let filter = RwSignal::new(Filter::default());
    let rows = Memo::new(move |_| {
        let f = filter.get();
        app.data.with(|d| {
            filter_applications(&d.applications, &f)
                .into_iter()
                .map(|a| Row {
                    id: a.meta.id.to_string(),
                    company: a.company.clone(),
                    role: a.role.clone(),
                    stage: a.stage.label(),
                    outcome: a.outcome,
                    date: short_date(a.sort_date()),
                    progress: (!a.plan.is_empty()).then(|| progress_text(&a.plan)),
                })
                .collect::<Vec<_>>()
        })
    });
    let totals = Memo::new(move |_| app.data.with(|d| counts(&d.applications)));
    let filtered = move || {
        let f = filter.get();
        !f.query.trim().is_empty() || f.stage.is_some() || f.outcome.is_some()
    };
    view! {
        <div class="page">
            <div class="page-head">
                <h1>"Rejections"</h1>
                <div class="actions">
                    <A href="/rejections/new" attr:class="btn">"Log a rejection"</A>
                    <A href="/rejections/new?kind=application" attr:class="btn secondary">"Track an application"</A>
                </div>
            </div>
            <p class="lead">
                {move || {
                    let c = totals.get();
                    if c.total == 0 {
                        "Every rejection you log here is proof that you put yourself forward.".to_string()
                    } else {
                        format!(
                            "{} logged: {} rejection{}, {} in progress{}. Each one is evidence of effort.",
                            c.total,
                            c.rejections,
                            if c.rejections == 1 { "" } else { "s" },
                            c.in_progress,
                            if c.offers > 0 { format!(", {} offer{}", c.offers, if c.offers == 1 { "" } else { "s" }) } else { String::new() },
                        )
                    }
                }}
            </p>
            <QuietSuggestions />
            <div class="filters" role="search">
                <div class="field">
                    <label for="search">"Search company or role"</label>
                    <input
                        id="search"
                        type="search"
                        prop:value=move || filter.with(|f| f.query.clone())
                        on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="filter-stage">"Stage"</label>
                    <select id="filter-stage" on:change=move |ev| filter.update(|f| f.stage = Stage::from_key(&event_target_value(&ev)))>
                        <option value="">"All stages"</option>
                        {Stage::ALL.into_iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-outcome">"Outcome"</label>
                    <select id="filter-outcome" on:change=move |ev| filter.update(|f| f.outcome = Outcome::from_key(&event_target_value(&ev)))>
                        <option value="">"All outcomes"</option>
                        {Outcome::ALL.into_iter().map(|o| view! { <option value=o.key()>{o.label()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="count" aria-live="polite">
                {move || {
                    let n = rows.with(Vec::len);
                    if filtered() { format!("{n} shown") } else { String::new() }
                }}
            </p>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || view! {
                    <div class="empty card">
                        {move || if filtered() {
                            view! { <p>"Nothing matches that search. Try fewer words, or clear the filters."</p> }.into_any()
                        } else {
                            view! {
                                <p>"Nothing here yet. When a \"no\" arrives, log it and you'll get a calm plan for the next day or two."</p>
                            }.into_any()
                        }}
                    </div>
                }
            >
                <ul class="app-list">
                    <For each=move || rows.get() key=|r| r.clone() let(r)>
                        <li class="app-row">
                            <A href=format!("/rejections/{}", r.id)>
                                <span class="app-company">{r.company.clone()}</span>
                                <span class="app-role">{if r.role.is_empty() { "Role not noted".to_string() } else { r.role.clone() }}</span>
                            </A>
                            <span class="app-meta">
                                <span class=format!("tag outcome-{}", r.outcome.key())>{r.outcome.label()}</span>
                                <span>{r.stage}</span>
                                <span>{r.date.clone()}</span>
                                {r.progress.clone().map(|p| view! { <span class="plan-progress">{format!("Plan {p}")}</span> })}
                            </span>
                        </li>
                    </For>
                </ul>
            </Show>
        </div>
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    company: String,
    role: String,
    stage: &'static str,
    outcome: Outcome,
    date: String,
    progress: Option<String>,
}

/// Applications that have gone quiet: offer to close them, kindly.
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
    view! {
        <Show when=move || !quiet.with(Vec::is_empty)>
            <section class="card soft" aria-labelledby="quiet-title">
                <h2 id="quiet-title">"Gone quiet"</h2>
                <p>"No word for a while. Silence is an answer too — closing these lets you put your energy where it's returned."</p>
                <ul class="quiet-list">
                    <For each=move || quiet.get() key=|(id, _, _)| *id let((id, company, role))>
                        {
                            let label = format!("Close {company} as no response");
                            view! {
                                <li>
                                    <span>{company.clone()} {(!role.is_empty()).then(|| format!(" · {role}"))}</span>
                                    <button type="button" class="btn small secondary" aria-label=label on:click={
                                        move |_| {
                                            let today = platform::today();
                                            let template = app.data.with_untracked(|d| d.settings.plan_template.clone());
                                            super::update_app(app, &id, |a| {
                                                close(a, Outcome::NoResponse, today, platform::now());
                                                a.start_recovery(&template, today);
                                            });
                                            app.notify("Closed as no response. You gave it a fair chance.", None);
                                        }
                                    }>"Close as no response"</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
    }
}
