//! `/`: what matters now — a way to log a rejection, what's due, this week's
//! goals, recent wins and the evidence of effort.

use crate::ui::router::A;
use leptos::prelude::*;

use crate::model::encourage;
use crate::model::goals::{active_goals, this_week, week_text, week_total};
use crate::model::journal::{entries_of, EntryKind};
use crate::model::time::short_date;
use crate::model::today::{due_items_after, effort, Due, Effort};
use crate::platform;
use crate::ui::state::use_app;
use crate::ui::widgets::set_title;

/// Today stays short: a few of each, with a link to the rest.
const FEW: usize = 3;
/// This week's goals shown on Today (the Goals page has them all).
const WEEK_GOALS: usize = 5;

#[component]
pub fn Today() -> impl IntoView {
    set_title("");
    let app = use_app();
    let first_run = Memo::new(move |_| app.data.with(|d| d.record_count() == 0));
    view! {
        <div class="page">
            {move || {
                if first_run.get() {
                    view! {
                        <section class="hero">
                            <h1>{crate::t!("A \"no\" isn't the end of the story.")}</h1>
                            <p class="lead">
                                {crate::t!(
                                    "Rebound helps you recover from job rejections: a calm plan for each one, a kind note asking for feedback, and small weekly goals that keep your search moving."
                                )}
                            </p>
                            <div class="actions wrap">
                                <A href="/rejections/new" attr:class="btn big">
                                    {crate::t!("Log a rejection")}
                                </A>
                                <A href="/goals" attr:class="btn secondary big">
                                    {crate::t!("Set a first goal")}
                                </A>
                            </div>
                            <p class="privacy">
                                <strong>{crate::t!("Private by design.")} " "</strong>
                                {crate::t!(
                                    "Everything you write stays in this browser on this device. There's no account and no server; nothing is sent anywhere unless you export it yourself."
                                )}
                            </p>
                        </section>
                    }
                        .into_any()
                } else {
                    // Month two: what's due and this week come first.
                    view! {
                        <div class="page-head today-head">
                            <h1>{crate::t!("Today")}</h1>
                            <div class="actions">
                                <A href="/rejections/new" attr:class="btn">
                                    {crate::t!("Log a rejection")}
                                </A>
                                <A href="/insights" attr:class="btn secondary">
                                    {crate::t!("Insights")}
                                </A>
                            </div>
                        </div>
                    }
                        .into_any()
                }
            }} // Nothing stored, nothing due: a first visit doesn't build these
            // sections when the data part arrives (one short task, not two).
            {move || (!first_run.get()).then(|| with_records(Sections::Due)).flatten()}
            // Proof of search: the requirement line, the nudge, Log an activity.
            {move || (!first_run.get()).then(crate::ui::proof::today::on_today).flatten()}
            {move || (!first_run.get()).then(|| with_records(Sections::Rest))} <Encouragement />
        </div>
    }
}

/// Today's sections that show what is stored. A first visit has nothing
/// stored, so their code comes with the data part (fetched once the app is
/// up; a returning visit waits for it anyway) instead of the first download.
#[derive(Clone, Copy, Debug)]
pub enum Sections {
    /// What's due (before the install hint).
    Due,
    /// Aspirations, the week's goals, effort, wins and links.
    Rest,
}

fn with_records(which: Sections) -> Option<AnyView> {
    if !crate::ui::lazy::data().is_ready_tracked() {
        return None;
    }
    crate::ui::lazy::now(split_sections(which)).and_then(Result::ok)
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_sections))]
pub(crate) fn split_sections(
    which: Sections,
) -> Result<AnyView, wasm_split_helpers::SplitLoaderError> {
    let app = use_app();
    // A pause that ended or a search that moved on ticks its step before
    // anything counts the plans.
    app.settle_plans();
    Ok(match which {
        Sections::Due => view! {
            <DueList />
            <InstallHint />
        }
        .into_any(),
        Sections::Rest => view! {
            <Burnout />
            <ThisWeek />
            <crate::ui::checkin::CheckInCard moment=crate::model::checkin::Moment::Today />
            <Effort />
            <Aspirations />
            <RecentWins />
            <BackupLine />
            <p class="more-links">
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| {
                        let start = app.data.with_untracked(|d| d.settings.week_start);
                        let review = crate::model::ics::weekly_review_from(
                            platform::today(),
                            start,
                        );
                        platform::download_calendar("weekly-review", &review);
                    }
                >
                    {crate::t!("Add a weekly review to my calendar")}
                </button>
            </p>
        }
        .into_any(),
    })
}

#[component]
fn DueList() -> impl IntoView {
    let app = use_app();
    let exposure = crate::platform::install::exposure();
    let items = Memo::new(move |_| {
        app.data
            .with(|d| due_items_after(d, platform::today(), platform::now(), exposure, imported()))
    });
    let today = platform::today();
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <section class="card" aria-labelledby="due-title">
                <h2 id="due-title">{crate::t!("For today")}</h2>
                <ul class="due">
                    {move || {
                        items
                            .get()
                            .into_iter()
                            .map(|item| match item {
                                Due::Pausing { id, company, until } => {
                                    let text = if until == today {
                                        crate::tf!(
                                            "Resting after {company} until this evening. Nothing to do before then.",
                                            company = company
                                        )
                                    } else if (until - today).num_days() == 1 {
                                        crate::tf!(
                                            "Resting after {company} until tomorrow evening. Nothing to do before then.",
                                            company = company
                                        )
                                    } else {
                                        crate::tf!(
                                            "Resting after {company} until the evening of {date}. Nothing to do before then.",
                                            company = company,
                                            date = short_date(until)
                                        )
                                    };
                                    view! {
                                        <li class="due-item rest">
                                            <span>{text}</span>
                                            <A href=format!(
                                                "/rejections/{id}",
                                            )>{crate::t!("See the plan")}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                                Due::PauseOver { id, company } => {
                                    view! {
                                        <li class="due-item">
                                            <span>
                                                {crate::tf!(
                                                    "Your pause after {company} is over. When you're ready, the next step is waiting.",
                                                    company = company
                                                )}
                                            </span>
                                            <A href=format!(
                                                "/rejections/{id}",
                                            )>{crate::t!("Open the plan")}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                                Due::FollowUp { id, company, sent } => {
                                    view! {
                                        <li class="due-item">
                                            <span>
                                                {crate::tf!(
                                                    "You asked {company} for feedback on {date}. One gentle follow-up is fine now.",
                                                    company = company,
                                                    date = short_date(sent)
                                                )}
                                            </span>
                                            <A href=format!(
                                                "/compose?rejection={id}&kind=nudge",
                                            )>{crate::t!("Write a follow-up")}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                                Due::Quiet { count } => {
                                    view! {
                                        <li class="due-item">
                                            <span>
                                                {crate::tp!(
                                                    count,
                                                    "{n} application has gone quiet. You can close it as no response.",
                                                    "{n} applications have gone quiet. You can close them as no response."
                                                )}
                                            </span>
                                            <A href="/rejections">{crate::t!("Review")}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                                Due::GoalsBehind { count, days_left } => {
                                    view! {
                                        <li class="due-item">
                                            <span>
                                                {if days_left == 1 {
                                                    crate::tp!(
                                                        count,
                                                        "1 day of the week left, and 1 goal could use a small step — or call it a rest week, that's fine too.",
                                                        "1 day of the week left, and {n} goals could use a small step — or call it a rest week, that's fine too."
                                                    )
                                                } else {
                                                    crate::tp!(
                                                        count,
                                                        "{days} days of the week left, and 1 goal could use a small step — or call it a rest week, that's fine too.",
                                                        "{days} days of the week left, and {n} goals could use a small step — or call it a rest week, that's fine too.",
                                                        days = days_left
                                                    )
                                                }}
                                            </span>
                                            <A href="/goals">{crate::t!("Goals")}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                                Due::WeeklyReview => {
                                    view! {
                                        <li class="due-item">
                                            <span>
                                                {crate::t!(
                                                    "Last day of the week: ten minutes to look back at what you did and pick next week's small steps."
                                                )}
                                            </span>
                                            <A href="/insights">{crate::t!("Look back")}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                                Due::Backup => {
                                    view! {
                                        <li class="due-item">
                                            <span>{backup_text(app)}</span>
                                            <span class="actions">
                                                <A href="/settings#backup">{crate::t!("Back up")}</A>
                                                <button
                                                    type="button"
                                                    class="btn quiet small"
                                                    on:click=move |_| dismiss_backup(app)
                                                >
                                                    {crate::t!("Not now")}
                                                </button>
                                            </span>
                                        </li>
                                    }
                                        .into_any()
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

/// When a backup file was last imported on this device (that file is a
/// copy too: the model counts changes from then).
fn imported() -> Option<chrono::DateTime<chrono::Utc>> {
    platform::device_time(platform::flags::IMPORTED_AT)
}

/// Whether the backup reminder shows here. One place for the reminder, the
/// quiet status line and the install hint (one nudge at a time).
fn backup_due(
    d: &crate::model::data::AppData,
    now: chrono::DateTime<chrono::Utc>,
    exposure: crate::model::backup::Exposure,
) -> bool {
    crate::model::backup::backup_nudge_due_after(d, now, exposure, imported())
}

fn backup_text(app: crate::ui::state::AppState) -> String {
    let status = untrack(|| crate::ui::backups::status(app));
    let why = if crate::platform::install::exposure() == crate::model::backup::Exposure::SafariTab {
        crate::t!("Safari clears a website's data after a week without a visit; a copy on your device keeps everything safe.")
    } else {
        crate::t!(
            "A fresh copy on your device keeps everything safe if this browser is ever cleared."
        )
    };
    format!("{status} {why}")
}

fn dismiss_backup(app: crate::ui::state::AppState) {
    let now = platform::now();
    app.change(|d| {
        d.settings.backup_nudge_dismissed_at = Some(now);
        d.settings.touch(now);
    });
}

/// "Last backup: 3 days ago, 12 changes since." — unless the reminder in
/// "For today" already says it.
#[component]
fn BackupLine() -> impl IntoView {
    let app = use_app();
    let exposure = crate::platform::install::exposure();
    let line = Memo::new(move |_| {
        let now = platform::now();
        app.copies_rev.track();
        let due = app.data.with(|d| backup_due(d, now, exposure));
        (!due).then(|| crate::ui::backups::status(app))
    });
    move || {
        line.get().map(|text| {
            view! {
                <p class="muted backup-line">
                    {text} " " <A href="/settings#backup">{crate::t!("Backups")}</A>
                </p>
            }
        })
    }
}

#[component]
fn ThisWeek() -> impl IntoView {
    let app = use_app();
    let goals = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            let week = this_week(today, d.settings.week_start);
            active_goals(&d.goals)
                .into_iter()
                .take(WEEK_GOALS + 1)
                .map(|g| {
                    (
                        g.title.clone(),
                        week_text(week_total(g, &d.progress, &d.applications, week), g.target),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="week-title">
            <h2 id="week-title">{crate::t!("This week")}</h2>
            <Show
                when=move || !goals.with(Vec::is_empty)
                fallback=|| {
                    view! {
                        <p>
                            {crate::t!("No weekly goals yet.")} " "
                            <A href="/goals">
                                {crate::t!("Set a small one to keep things moving.")}
                            </A>
                        </p>
                    }
                }
            >
                <ul class="week-goals">
                    {move || {
                        goals
                            .get()
                            .into_iter()
                            .take(WEEK_GOALS)
                            .map(|(t, p)| {
                                view! {
                                    <li>
                                        <span>{t}</span>
                                        <span class="muted">{p}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <p>
                    <A href="/goals">
                        {move || {
                            if goals.with(Vec::len) > WEEK_GOALS {
                                crate::t!("All goals and logging")
                            } else {
                                crate::t!("Log progress")
                            }
                        }}
                    </A>
                </p>
            </Show>
        </section>
    }
}

/// One gentle hint to install, once the app has earned it (some data saved),
/// shown until installed or dismissed.
#[component]
fn InstallHint() -> impl IntoView {
    let app = use_app();
    let flag = platform::flags::INSTALL_HINT_DISMISSED;
    let dismissed = RwSignal::new(platform::device_flag(flag));
    let exposure = crate::platform::install::exposure();
    // One nudge at a time: not while the backup reminder is showing.
    let show = move || {
        app.can_install.get()
            && !dismissed.get()
            && app
                .data
                .with(|d| d.record_count() >= 3 && !backup_due(d, platform::now(), exposure))
    };
    view! {
        <Show when=show>
            <aside class="card soft hint-card" aria-label=crate::t!("Install Rebound")>
                <p>
                    {crate::t!(
                        "Install Rebound as an app: it opens instantly, works offline, and your data is safer from browser clean-ups."
                    )}
                </p>
                <div class="actions">
                    <button type="button" class="btn small" on:click=move |_| app.install_now()>
                        {crate::t!("Install app")}
                    </button>
                    <button
                        type="button"
                        class="btn quiet small"
                        on:click=move |_| {
                            platform::set_device_flag(flag, true);
                            dismissed.set(true);
                        }
                    >
                        {crate::t!("Not now")}
                    </button>
                </div>
            </aside>
        </Show>
    }
}

/// The opt-in burnout guard: lots sent, nothing back — suggest a rest, kindly.
#[component]
fn Burnout() -> impl IntoView {
    let app = use_app();
    let sent = Memo::new(move |_| {
        app.data.with(|d| {
            if d.settings.burnout_guard {
                crate::model::insights::burnout_signal(d, platform::today())
            } else {
                None
            }
        })
    });
    move || {
        sent.get().map(|n| view! {
            <section class="card soft" aria-labelledby="burnout-title">
                <h2 id="burnout-title">{crate::t!("You've been giving this a lot")}</h2>
                <p>
                    {crate::tp!(
                        n,
                        "{n} application in two weeks, and no answers yet. That silence is about their hiring pace, not your worth.",
                        "{n} applications in two weeks, and no answers yet. That silence is about their hiring pace, not your worth."
                    )}
                </p>
                <p>
                    {crate::t!(
                        "Consider a rest day: sleep, a walk, a proper meal, something you enjoy. Your goals won't hold it against you — mark this week as a rest week on Goals if you like."
                    )}
                </p>
            </section>
        })
    }
}

/// The user's aspirations, pinned near the top.
#[component]
fn Aspirations() -> impl IntoView {
    let app = use_app();
    let items = Memo::new(move |_| {
        app.data.with(|d| {
            let all = entries_of(&d.journal, EntryKind::Aspiration);
            let pinned = all
                .iter()
                .take(FEW)
                .map(|e| (e.meta.id, e.text.clone()))
                .collect::<Vec<_>>();
            (pinned, all.len())
        })
    });
    view! {
        <Show when=move || { items.with(|(_, n)| *n > 0) }>
            <section class="card soft" aria-labelledby="aims-title">
                <h2 id="aims-title">{crate::t!("What you're aiming for")}</h2>
                <ul class="aspirations">
                    <For
                        each=move || items.with(|(v, _)| v.clone())
                        key=|(id, _)| *id
                        let((_id, text))
                    >
                        <li>{text}</li>
                    </For>
                </ul>
                {move || {
                    let n = items.with(|(_, n)| *n);
                    (n > FEW)
                        .then(|| {
                            view! {
                                <p>
                                    <A href="/journal?kind=aspiration">
                                        {crate::tp!(
                                            n, "All {n} aspirations", "All {n} aspirations"
                                        )}
                                    </A>
                                </p>
                            }
                        })
                }}
            </section>
        </Show>
    }
}

/// The tiles with something in them: "Worked through 0" on the day after
/// a first rejection reads as a verdict, so empty tiles wait.
#[component]
fn Effort() -> impl IntoView {
    let app = use_app();
    let e = Memo::new(move |_| app.data.with(effort));
    let tile = move |title: &'static str, note: &'static str, value: fn(&Effort) -> usize| {
        move || {
            let n = value(&e.get());
            (n > 0).then(|| {
                view! {
                    <div>
                        <dt>{title} <span class="stat-note">{note}</span></dt>
                        <dd>{n}</dd>
                    </div>
                }
            })
        }
    };
    view! {
        <section class="card" aria-labelledby="effort-title">
            <h2 id="effort-title">{crate::t!("Evidence of effort")}</h2>
            <dl class="stats">
                {tile(
                    crate::t!("Applications logged"),
                    crate::t!("every one you've tracked, open or closed"),
                    |e| e.applications,
                )}
                {tile(
                    crate::t!("Rejections faced"),
                    crate::t!("each one a time you put yourself forward"),
                    |e| e.rejections,
                )}
                {tile(
                    crate::t!("Worked through"),
                    crate::t!("rejections with at least half their plan done"),
                    |e| e.recovered,
                )}
                {tile(
                    crate::t!("Feedback asked for"),
                    crate::t!("requests you sent: the brave part"),
                    |e| e.feedback_asked,
                )}
            </dl>
            <p>
                <A href="/insights" attr:class="btn secondary small">
                    {crate::t!("See patterns in your search")}
                </A>
            </p>
        </section>
    }
}

#[component]
fn RecentWins() -> impl IntoView {
    let app = use_app();
    let wins = Memo::new(move |_| {
        app.data.with(|d| {
            entries_of(&d.journal, EntryKind::Win)
                .into_iter()
                .take(3)
                .map(|e| (e.meta.id, e.text.clone(), short_date(e.date)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="wins-title">
            <h2 id="wins-title">{crate::t!("Recent wins")}</h2>
            <Show
                when=move || !wins.with(Vec::is_empty)
                fallback=|| {
                    view! {
                        <p>
                            {crate::t!("Nothing yet —")} " "
                            <A href="/journal">{crate::t!("add a small win.")}</A> " "
                            {crate::t!(
                                "An interview landed, a good question answered, a new connection: they all count."
                            )}
                        </p>
                    }
                }
            >
                <ul class="wins">
                    <For each=move || wins.get() key=|(id, _, _)| *id let((_id, text, date))>
                        <li>
                            <span>{text}</span>
                            <span class="muted">{date}</span>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn Encouragement() -> impl IntoView {
    let app = use_app();
    let seed = chrono::Datelike::num_days_from_ce(&platform::today()) as u64;
    let e = app.data.with_untracked(|d| {
        // Not a win that "Recent wins" already shows.
        let shown: Vec<_> = entries_of(&d.journal, EntryKind::Win)
            .iter()
            .take(FEW)
            .map(|e| e.meta.id)
            .collect();
        encourage::pick_excluding(d, seed, &shown)
    });
    view! {
        <aside class="card soft encourage" aria-label=crate::t!("Encouragement")>
            <p class="encourage-lead">{e.lead}</p>
            <blockquote>
                {e.text} {e.from.map(|f| view! { <footer>"— " {f}</footer> })}
            </blockquote>
        </aside>
    }
}
