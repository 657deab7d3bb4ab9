//! `/journal`: wins, kind words, strengths, reflections and aspirations —
//! the user's own evidence, searchable, and resurfaced after a rejection.

use leptos::prelude::*;

use crate::lang::Text;
use crate::model::journal::{matches, order, EntryKind, JournalEntry};
use crate::model::listing::{by_month, first_page, Month, PAGE, SEARCH_PAGE_CARDS};
use crate::model::record::{tombstone, Meta};
use crate::model::time::{parse_date, short_date};
use crate::model::undo::Undo;
use crate::platform;
use crate::ui::listing::{month_items, CountLine, ShowEarlier};
use crate::ui::router;
use crate::ui::state::{use_app, ToastAction};
use crate::ui::widgets::set_title;

/// Optional starters for a reflection (the user's words follow).
const REFLECTION_STARTERS: [Text; 4] = [
    crate::tk!("This week I'm proud that"),
    crate::tk!("Something I'd do differently:"),
    crate::tk!("What gave me energy:"),
    crate::tk!("One thing I learned about what I want:"),
];

fn add_label(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Win => crate::t!("Add a win"),
        EntryKind::KindWords => crate::t!("Add kind words"),
        EntryKind::Strength => crate::t!("Add a strength"),
        EntryKind::Reflection => crate::t!("Add a reflection"),
        EntryKind::Aspiration => crate::t!("Add an aspiration"),
    }
}

fn placeholder(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Win => {
            crate::t!("Landed an interview, answered a hard question well, met someone helpful…")
        }
        EntryKind::KindWords => crate::t!("Something nice someone said about your work"),
        EntryKind::Strength => {
            crate::t!("Something you do well, or an achievement you're proud of")
        }
        EntryKind::Reflection => crate::t!("What's on your mind this week?"),
        EntryKind::Aspiration => crate::t!("What you're aiming for"),
    }
}

#[component]
pub fn Journal() -> impl IntoView {
    set_title(crate::t!("Journal"));
    let app = use_app();
    let adding = RwSignal::new(None::<EntryKind>);
    let text = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let date = RwSignal::new(platform::today().to_string());
    let query = RwSignal::new(String::new());
    // `?kind=aspiration` arrives from Today's "see them all" links.
    let kind_filter = RwSignal::new(router::query("kind").and_then(|k| EntryKind::from_key(&k)));
    let (error, set_error) = signal(false);
    let limit = RwSignal::new(PAGE);

    // Sorting happens once per change of the data; a keystroke only filters.
    let ordered = Memo::new(move |_| app.data.with(|d| order(&d.journal)));
    let matching = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        let k = kind_filter.get();
        app.data.with(|d| {
            ordered.with(|o| {
                o.iter()
                    .copied()
                    .filter(|&i| {
                        d.journal
                            .get(i)
                            .is_some_and(|e| k.is_none_or(|k| e.kind == k) && matches(e, &q))
                    })
                    .collect::<Vec<usize>>()
            })
        })
    });
    // Only what is shown is cloned and built.
    let groups = Memo::new(move |_| {
        let n = limit.get();
        let shown: Vec<JournalEntry> = matching.with(|m| {
            app.data.with(|d| {
                m.iter()
                    .take(n)
                    .filter_map(|&i| d.journal.get(i).cloned())
                    .collect()
            })
        });
        by_month(&shown, n, |e| e.date)
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    let shown = Signal::derive(move || limit.get().min(total.get()));
    let searching = move || !query.with(|q| q.trim().is_empty());
    let first = Signal::derive(move || first_page(searching(), SEARCH_PAGE_CARDS));
    let filtered = Signal::derive(move || searching() || kind_filter.get().is_some());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(kind) = adding.get_untracked() else {
            return;
        };
        let body = text.get_untracked().trim().to_string();
        if body.is_empty() {
            set_error.set(true);
            return;
        }
        set_error.set(false);
        let now = platform::now();
        let e = JournalEntry {
            s: Default::default(),
            meta: Meta::new(platform::new_id(), now),
            kind,
            text: body,
            date: parse_date(&date.get_untracked()).unwrap_or_else(platform::today),
            tag: tag.get_untracked().trim().to_string(),
            from: from.get_untracked().trim().to_string(),
        };
        let focus_id = format!("entry-{}", e.meta.id);
        app.change(|d| d.journal.push(e));
        // Continue from the result: the new entry in the list.
        crate::ui::widgets::focus_soon(focus_id);
        text.set(String::new());
        from.set(String::new());
        tag.set(String::new());
        adding.set(None);
        app.notify_saved(
            if kind == EntryKind::Win {
                crate::t!("Win saved. Small ones count too.")
            } else {
                crate::t!("Saved to your journal.")
            },
            None,
        );
    };
    view! {
        <div class="page">
            <div class="page-head">
                <h1>{crate::t!("Journal")}</h1>
            </div>
            // With entries, the first screen is for them: the add buttons
            // are one compact row and the words of welcome go.
            <Show when=move || total.get() == 0 && !filtered.get()>
                <p class="lead">
                    {crate::t!(
                        "Keep the good things where you can find them: wins, kind words, your strengths and what you're aiming for."
                    )}
                </p>
            </Show>
            <div class="actions wrap journal-add">
                {EntryKind::ALL
                    .into_iter()
                    .map(|k| {
                        view! {
                            <button
                                type="button"
                                class=if k == EntryKind::Win {
                                    "btn small"
                                } else {
                                    "btn secondary small"
                                }
                                aria-expanded=move || (adding.get() == Some(k)).to_string()
                                on:click=move |_| {
                                    adding.set(Some(k));
                                    set_error.set(false);
                                    crate::ui::widgets::focus_soon("entry-text");
                                }
                            >
                                {add_label(k)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            {move || {
                adding
                    .get()
                    .map(|k| {
                        view! {
                            <form class="card form" on:submit=save novalidate>
                                <h2>{add_label(k)}</h2>
                                {move || {
                                    error
                                        .get()
                                        .then(|| {
                                            view! {
                                                <p class="form-error" role="alert">
                                                    {crate::t!("Write a few words first.")}
                                                </p>
                                            }
                                        })
                                }}
                                {(k == EntryKind::Reflection)
                                    .then(|| {
                                        view! {
                                            <div
                                                class="suggestions"
                                                role="group"
                                                aria-label=crate::t!("Start from a prompt")
                                            >
                                                {REFLECTION_STARTERS
                                                    .into_iter()
                                                    .map(|p| {
                                                        view! {
                                                            <button
                                                                type="button"
                                                                class="chip"
                                                                on:click=move |_| {
                                                                    text.update(|t| {
                                                                        if !t.is_empty() && !t.ends_with('\n') {
                                                                            t.push('\n');
                                                                        }
                                                                        t.push_str(p.get());
                                                                        t.push(' ');
                                                                    })
                                                                }
                                                            >
                                                                {p.get()}
                                                            </button>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </div>
                                        }
                                    })}
                                <div class="field">
                                    <label for="entry-text">{k.label()}</label>
                                    <textarea
                                        id="entry-text"
                                        rows="3"
                                        maxlength="4000"
                                        placeholder=placeholder(k)
                                        prop:value=text
                                        on:input=move |ev| text.set(event_target_value(&ev))
                                    ></textarea>
                                </div>
                                {(k == EntryKind::KindWords)
                                    .then(|| {
                                        view! {
                                            <div class="field">
                                                <label for="entry-from">{crate::t!("Who said it")}</label>
                                                <input
                                                    id="entry-from"
                                                    type="text"
                                                    maxlength="120"
                                                    prop:value=from
                                                    on:input=move |ev| from.set(event_target_value(&ev))
                                                />
                                            </div>
                                        }
                                    })}
                                <div class="field-row">
                                    <div class="field">
                                        <label for="entry-date">{crate::t!("Date")}</label>
                                        <input
                                            id="entry-date"
                                            type="date"
                                            prop:value=date
                                            on:input=move |ev| date.set(event_target_value(&ev))
                                        />
                                    </div>
                                    <div class="field">
                                        <label for="entry-tag">{crate::t!("Tag (optional)")}</label>
                                        <input
                                            id="entry-tag"
                                            type="text"
                                            maxlength="40"
                                            prop:value=tag
                                            on:input=move |ev| tag.set(event_target_value(&ev))
                                        />
                                    </div>
                                </div>
                                <div class="actions">
                                    <button type="submit" class="btn">
                                        {crate::t!("Save")}
                                    </button>
                                    <button
                                        type="button"
                                        class="btn secondary"
                                        on:click=move |_| adding.set(None)
                                    >
                                        {crate::t!("Cancel")}
                                    </button>
                                </div>
                            </form>
                        }
                    })
            }}
            <div class="filters compact" role="search">
                <div class="field">
                    <label for="journal-search">{crate::t!("Search the journal")}</label>
                    <input
                        id="journal-search"
                        type="search"
                        prop:value=query
                        on:input=move |ev| {
                            query.set(event_target_value(&ev));
                            limit.set(first.get_untracked());
                        }
                    />
                </div>
                <div class="field">
                    <label for="journal-kind">{crate::t!("Show")}</label>
                    <select
                        id="journal-kind"
                        on:change=move |ev| {
                            kind_filter.set(EntryKind::from_key(&event_target_value(&ev)));
                            limit.set(first.get_untracked());
                        }
                    >
                        <option value="">{crate::t!("Everything")}</option>
                        {EntryKind::ALL
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <option
                                        value=k.key()
                                        selected=move || kind_filter.get() == Some(k)
                                    >
                                        {k.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <CountLine shown=shown total=total filtered=filtered />
            <Show
                when=move || { total.get() > 0 }
                fallback=move || {
                    view! {
                        <div class="empty card">
                            <p>
                                {move || {
                                    if filtered.get() {
                                        { crate::t!("Nothing matches. Try another word.") }
                                    } else {
                                        {
                                            crate::t!(
                                                "Nothing here yet. Start with one small win from this week — they add up."
                                            )
                                        }
                                    }
                                }}
                            </p>
                        </div>
                    }
                }
            >
                <For
                    each=move || groups.with(|g| g.iter().map(|(m, _)| *m).collect::<Vec<_>>())
                    key=|m| *m
                    let(month)
                >
                    <MonthOfEntries
                        month=month
                        groups=groups
                        on_tag=Callback::new(move |t: String| {
                            query.set(t);
                            limit.set(first.get_untracked());
                        })
                    />
                </For>
                <ShowEarlier limit=limit total=total first=first filtered=filtered />
            </Show>
        </div>
    }
}

/// One month's entries under its heading.
#[component]
fn MonthOfEntries(
    month: Month,
    groups: Memo<Vec<(Month, Vec<JournalEntry>)>>,
    on_tag: Callback<String>,
) -> impl IntoView {
    let id = format!("month-{}", month.key());
    let labelled = id.clone();
    let entries = month_items(groups, month);
    view! {
        <section class="month" aria-labelledby=labelled>
            <h2 class="month-head" id=id>
                {month.label()}
            </h2>
            <ul class="entries">
                <For each=entries key=|e| (e.meta.id, e.meta.updated_at) let(e)>
                    <Entry entry=e on_tag=on_tag />
                </For>
            </ul>
        </section>
    }
}

/// One journal entry, editable in place.
#[component]
fn Entry(
    entry: JournalEntry,
    /// Filters the journal by a tag.
    on_tag: Callback<String>,
) -> impl IntoView {
    let app = use_app();
    let id = entry.meta.id;
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(entry.text.clone());
    let short: String = entry.text.chars().take(40).collect();
    let remove = move |_| {
        let now = platform::now();
        let mut removed = None;
        app.change(|d| removed = tombstone(&mut d.journal, &id, now));
        app.notify_saved(
            crate::t!("Entry deleted."),
            removed.map(|e| ToastAction::Undo(Undo::Journal(Box::new(e)))),
        );
    };
    let save = move |_| {
        let text = draft.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        app.edit(|d| &mut d.journal, &id, |e| e.text = text);
        editing.set(false);
    };
    let from = entry.from.clone();
    let from_line = move || {
        (!from.is_empty())
            .then(|| view! { <p class="muted">{crate::tf!("— {who}", who = from.clone())}</p> })
    };
    let delete_label = crate::tf!("Delete entry: {text}", text = short);
    let delete_button = move || {
        view! {
            <button
                type="button"
                class="btn quiet small"
                aria-label=delete_label.clone()
                on:click=remove
            >
                {crate::t!("Delete")}
            </button>
        }
    };
    let class = match entry.kind {
        EntryKind::Win => "card entry kind-win",
        EntryKind::KindWords => "card entry kind-kindwords",
        EntryKind::Strength => "card entry kind-strength",
        EntryKind::Reflection => "card entry kind-reflection",
        EntryKind::Aspiration => "card entry kind-aspiration",
    };
    let text = entry.text;
    // One reactive part per entry (reading or editing): searches rebuild
    // dozens of entries per keystroke, so each must be cheap to make.
    let body = move || {
        if editing.get() {
            view! {
                <label class="sr-only" for=format!("edit-{id}")>
                    {crate::t!("Edit entry")}
                </label>
                <textarea
                    id=format!("edit-{id}")
                    rows="3"
                    maxlength="4000"
                    prop:value=draft
                    on:input=move |ev| draft.set(event_target_value(&ev))
                ></textarea>
                {from_line()}
                <div class="actions">
                    <button type="button" class="btn small" on:click=save>
                        {crate::t!("Save changes")}
                    </button>
                    <button
                        type="button"
                        class="btn quiet small"
                        on:click=move |_| editing.set(false)
                    >
                        {crate::t!("Cancel")}
                    </button>
                    {delete_button()}
                </div>
            }
            .into_any()
        } else {
            view! {
                <p class="entry-text">{text.clone()}</p>
                {from_line()}
                <div class="actions">
                    <button
                        type="button"
                        class="btn quiet small"
                        aria-label=crate::tf!("Edit entry: {text}", text = short)
                        on:click=move |_| editing.set(true)
                    >
                        {crate::t!("Edit")}
                    </button>
                    {delete_button()}
                </div>
            }
            .into_any()
        }
    };
    view! {
        <li class=class id=format!("entry-{id}") tabindex="-1">
            <p class="entry-meta">
                <span class="tag">{entry.kind.label()}</span>
                {short_date(entry.date)}
                {(!entry.tag.is_empty())
                    .then(|| {
                        let tag = entry.tag.clone();
                        view! {
                            <button
                                type="button"
                                class="link-button tag-link"
                                aria-label=crate::tf!("Show entries tagged {tag}", tag = tag)
                                on:click=move |_| on_tag.run(tag.clone())
                            >
                                {format!("#{}", entry.tag)}
                            </button>
                        }
                    })}
            </p>
            {body}
        </li>
    }
}
