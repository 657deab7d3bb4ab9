//! The activities logged in the report's dates, each editable and
//! deletable (with Undo, like journal entries).

use leptos::prelude::*;

use super::{use_proof, Editing};
use crate::model::proof::{time_text, Activity, ReportLang};
use crate::model::record::{live, tombstone, Id};
use crate::model::time::short_date;
use crate::model::undo::Undo;
use crate::platform;
use crate::tf;
use crate::ui::state::{use_app, ToastAction};

#[component]
pub fn Activities() -> impl IntoView {
    let app = use_app();
    let proof = use_proof();
    let shown = Memo::new(move |_| {
        let (start, end) = proof.span.get();
        let mut list: Vec<Activity> = app.data.with(|d| {
            live(&d.activities)
                .filter(|a| a.date >= start && a.date <= end)
                .cloned()
                .collect()
        });
        list.sort_by_key(|a| (a.date, a.meta.created_at, a.meta.id));
        list
    });
    let count = move || shown.with(Vec::len);
    view! {
        <section class="card proof-activities no-print" aria-labelledby="acts-title">
            <h2 id="acts-title">{crate::t!("Activities you logged")}</h2>
            <Show
                when=move || { count() > 0 }
                fallback=move || {
                    view! {
                        <p class="muted">
                            {crate::t!(
                                "None in these dates yet. A job fair, a workshop, a call to an employer, an appointment at the job centre: each one counts, and takes a minute to log."
                            )}
                        </p>
                    }
                }
            >
                <p class="muted">
                    {move || {
                        crate::tp!(
                            count(),
                            "1 in these dates. Applications you track are listed in the report by themselves.",
                            "{n} in these dates. Applications you track are listed in the report by themselves."
                        )
                    }}
                </p>
                <ul class="entries">
                    <For each=move || shown.get() key=|a| (a.meta.id, a.meta.updated_at) let(a)>
                        <Entry activity=a />
                    </For>
                </ul>
            </Show>
        </section>
    }
}

/// "Job fair at City Hall" / "Interview with Acme".
fn summary(a: &Activity) -> String {
    let org = a.organisation.trim();
    let kind = a.kind.label();
    if org.is_empty() {
        kind.to_string()
    } else {
        tf!("{kind} — {organisation}", kind = kind, organisation = org)
    }
}

#[component]
fn Entry(activity: Activity) -> impl IntoView {
    let app = use_app();
    let proof = use_proof();
    let id: Id = activity.meta.id;
    let what = summary(&activity);
    let when = short_date(activity.date);
    let remove = move |_| {
        let now = platform::now();
        let mut removed = None;
        app.change(|d| removed = tombstone(&mut d.activities, &id, now));
        if proof.form.get_untracked() == Some(Editing::Existing(id)) {
            proof.form.set(None);
        }
        app.notify_saved(
            crate::t!("Activity deleted."),
            removed.map(|a| ToastAction::Undo(Undo::Activity(Box::new(a)))),
        );
    };
    let edit = move |_| {
        proof.form.set(Some(Editing::Existing(id)));
        crate::ui::widgets::focus_soon("act-kind");
        if let Some(top) = web_sys::window() {
            top.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    let mut facts: Vec<String> = Vec::new();
    if !activity.position.is_empty() {
        facts.push(activity.position.clone());
    }
    let contact = [
        activity.contact_name.as_str(),
        activity.contact_details.as_str(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    if !contact.is_empty() {
        facts.push(contact);
    }
    if let Some(m) = activity.how {
        facts.push(m.label().to_string());
    }
    if let Some(m) = activity.minutes {
        facts.push(time_text(m, ReportLang::Ui));
    }
    let labelled = |label: &str, text: &str| tf!("{label}: {text}", label = label, text = text);
    let result =
        (!activity.result.is_empty()).then(|| labelled(crate::t!("Result"), &activity.result));
    let proof_text =
        (!activity.proof.is_empty()).then(|| labelled(crate::t!("Proof"), &activity.proof));
    let notes = (!activity.notes.is_empty()).then(|| activity.notes.clone());
    let sr = format!(" {what}, {when}");
    let sr2 = sr.clone();
    view! {
        <li class="card entry proof-entry" id=format!("activity-{id}") tabindex="-1">
            <p class="entry-meta">
                <span class="tag">{activity.kind.label()}</span>
                {when.clone()}
            </p>
            <p class="entry-text">
                <strong>{activity.organisation.clone()}</strong>
                {(!facts.is_empty())
                    .then(|| {
                        let lead = if activity.organisation.is_empty() { "" } else { " · " };
                        format!("{lead}{}", facts.join(" · "))
                    })}
            </p>
            {result.map(|r| view! { <p>{r}</p> })}
            {notes.map(|n| view! { <p class="muted">{n}</p> })}
            {proof_text.map(|p| view! { <p class="muted">{p}</p> })}
            <div class="actions">
                <button type="button" class="btn quiet small" on:click=edit>
                    {crate::t!("Edit")}
                    <span class="sr-only">{sr}</span>
                </button>
                <button type="button" class="btn quiet small" on:click=remove>
                    {crate::t!("Delete")}
                    <span class="sr-only">{sr2}</span>
                </button>
            </div>
        </li>
    }
}
