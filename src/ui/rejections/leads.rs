//! Steps that lead where they point: the thank-you opens the composer, the
//! step about telling someone offers the person's own people, "keep one
//! thing moving" offers the next application and this week's goals, and a
//! lesson becomes a goal. Each way in is one tap from the step.

use leptos::prelude::*;

use crate::model::goals::{active_goals, this_week, week_text, week_total};
use crate::model::plan_state::moved_since;
use crate::model::record::Id;
use crate::model::rejection::Application;
use crate::model::support::{mail_link, sms_link, tel_link, SupportPerson};
use crate::platform;
use crate::ui::router::{self, A};
use crate::ui::state::use_app;

/// One trusted person's ways to be reached (email, text, call), each a
/// link the phone opens in its own app. `on_contact` runs on a tap.
#[component]
pub fn SupportLinks(
    person: SupportPerson,
    company: String,
    #[prop(optional)] on_contact: Option<Callback<()>>,
) -> impl IntoView {
    let name = person.name.clone();
    let links = [
        (
            mail_link(&person, &company),
            crate::t!("Email"),
            crate::tf!("Email {name}", name = name),
        ),
        (
            sms_link(&person, &company),
            crate::t!("Text"),
            crate::tf!("Text {name}", name = name),
        ),
        (
            tel_link(&person),
            crate::t!("Call"),
            crate::tf!("Call {name}", name = name),
        ),
    ];
    view! {
        <li class="support-person">
            <strong>{name.clone()}</strong>
            <span class="support-links">
                {links
                    .into_iter()
                    .filter_map(|(href, verb, label)| href.map(|h| (h, verb, label)))
                    .map(|(href, verb, label)| {
                        view! {
                            <a
                                class="btn small secondary"
                                href=href
                                aria-label=label
                                on:click=move |_| {
                                    if let Some(f) = on_contact {
                                        f.run(())
                                    }
                                }
                            >
                                {verb}
                            </a>
                        }
                    })
                    .collect_view()}
            </span>
        </li>
    }
}

/// "Thank them and leave the door open": the composer's thank-you for
/// this rejection (marking it sent there ticks the step).
#[component]
pub fn ThankLead(id: Id, done: Signal<bool>) -> impl IntoView {
    view! {
        <p>
            <A href=format!("/compose?rejection={id}&kind=thanks") attr:class="btn secondary small">
                {crate::t!("Write a thank-you")}
            </A>
            {move || {
                done.get()
                    .then(|| {
                        view! { <span class="hint">" " {crate::t!("Sent — well done.")}</span> }
                    })
            }}
        </p>
    }
}

/// "Tell someone you trust": the saved people with their links (a tap
/// ticks the step), or the way to add someone.
#[component]
pub fn TellLead(id: Id, record: Memo<Option<Application>>) -> impl IntoView {
    let app = use_app();
    let people = Memo::new(move |_| app.data.with(|d| d.settings.support.clone()));
    let company =
        move || record.with(|r| r.as_ref().map(|a| a.company.clone()).unwrap_or_default());
    let told = Callback::new(move |_| {
        app.edit(|d| &mut d.applications, &id, |a| a.tick("tell"));
    });
    move || {
        let list = people.get();
        if list.is_empty() {
            view! {
                <p>
                    {crate::t!(
                        "No one saved yet. Keep up to three people handy, and Rebound offers a ready-made message when you need it."
                    )} " " <A href="/settings#support-title" attr:class="btn secondary small">
                        {crate::t!("Add someone")}
                    </A>
                </p>
            }
            .into_any()
        } else {
            let company = company();
            view! {
                <ul class="plain">
                    {list
                        .into_iter()
                        .map(|p| {
                            view! {
                                <SupportLinks person=p company=company.clone() on_contact=told />
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    }
}

/// "Keep one thing moving": the next application, and this week's goals.
/// Once the search has moved since this rejection (the rule that ticks the
/// step by itself, `Application::settle`), it says so, so a tick the person
/// didn't make isn't a mystery.
#[component]
pub fn MomentumLead(record: Memo<Option<Application>>, done: Signal<bool>) -> impl IntoView {
    let app = use_app();
    let moved = Memo::new(move |_| {
        record.with(|r| {
            r.as_ref()
                .is_some_and(|a| app.data.with(|d| moved_since(d, a)))
        })
    });
    let goals = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            let week = this_week(today, d.settings.week_start);
            active_goals(&d.goals)
                .into_iter()
                .filter(|g| !g.is_rest(week))
                .map(|g| {
                    let total = week_total(g, &d.progress, &d.applications, week);
                    (g.title.clone(), week_text(total, g.target))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || done.get() && moved.get()>
            <p class="hint">
                {crate::t!(
                    "This step ticks itself once your search moves on after this rejection: another application, progress on a goal or an activity all count."
                )}
            </p>
        </Show>
        <p class="actions wrap">
            <A href="/rejections/new?kind=application" attr:class="btn secondary small">
                {crate::t!("Track an application")}
            </A>
            <A href="/goals" attr:class="btn quiet small">
                {move || {
                    if goals.with(Vec::is_empty) {
                        crate::t!("Set a small weekly goal")
                    } else {
                        crate::t!("Log progress on a goal")
                    }
                }}
            </A>
        </p>
        <Show when=move || !goals.with(Vec::is_empty)>
            <p class="sub-label">{crate::t!("This week's goals")}</p>
            <ul class="plain week-goals">
                {move || {
                    goals
                        .get()
                        .into_iter()
                        .map(|(title, week)| {
                            view! {
                                <li>
                                    <span>{title}</span>
                                    " "
                                    <span class="muted">{week}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}

/// "Turn one lesson into a next step": the note becomes a weekly goal
/// (handed to the goal form inside the app, never through the address).
#[component]
pub fn LessonLead(note: Signal<String>) -> impl IntoView {
    let app = use_app();
    let make_goal = move |_| {
        let lesson: String = note.get_untracked().trim().chars().take(120).collect();
        app.goal_draft.set(Some(lesson));
        router::navigate("/goals?new=1");
    };
    move || {
        if note.with(|n| n.trim().is_empty()) {
            view! { <p class="hint">{crate::t!("Write the next step above, then make it a weekly goal.")}</p> }
                .into_any()
        } else {
            view! {
                <button type="button" class="btn secondary small" on:click=make_goal>
                    {crate::t!("Make it a goal")}
                </button>
            }
            .into_any()
        }
    }
}
