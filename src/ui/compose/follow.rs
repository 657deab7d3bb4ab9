//! After a feedback request is sent: mark it sent, suggest one follow-up,
//! record the reply and its themes, and turn a theme into a goal.

use crate::ui::router::A;
use leptos::prelude::*;

use crate::model::compose::Kind;
use crate::model::feedback::Theme;
use crate::model::record::Id;
use crate::model::time::{parse_date, short_date};
use crate::platform;
use crate::ui::state::use_app;

/// After sending: mark it sent, and record the reply and its themes. A
/// thank-you has nothing to follow; the reply fields wait for the request
/// to be sent; and while the page asks "Did you send it?" beside the
/// message, this section doesn't ask a second time.
#[component]
pub fn FollowThrough(id: Id, kind: Signal<Kind>, asked: ReadSignal<bool>) -> impl IntoView {
    let app = use_app();
    let fb = {
        Memo::new(move |_| {
            app.data.with(|d| {
                d.applications
                    .iter()
                    .find(|a| a.meta.id == id)
                    .and_then(|a| a.feedback.clone())
                    .unwrap_or_default()
            })
        })
    };
    let sent_date = RwSignal::new(platform::today().to_string());
    let mark_sent = move |_| {
        let day = parse_date(&sent_date.get_untracked()).unwrap_or_else(platform::today);
        app.edit(|d| &mut d.applications, &id, |a| a.mark_feedback_sent(day));
        // The button is gone: continue from what replaced it.
        crate::ui::widgets::focus_soon("follow-up-calendar");
        app.notify_saved(
            crate::t!("Marked as sent. Well done — that's the hard part."),
            None,
        );
    };
    let mark_nudged = move |_| {
        let today = platform::today();
        app.edit(
            |d| &mut d.applications,
            &id,
            |a| a.feedback.get_or_insert_with(Default::default).nudged_on = Some(today),
        );
        app.notify_saved(
            crate::t!("Follow-up sent. That's all anyone needs to do — the rest is up to them."),
            None,
        );
    };
    let followup_days = Memo::new(move |_| app.data.with(|d| d.settings.followup_days));
    let company = Memo::new(move |_| {
        app.data.with(|d| {
            d.applications
                .iter()
                .find(|a| a.meta.id == id)
                .map(|a| a.company.clone())
                .unwrap_or_default()
        })
    });
    let shown = move || kind.get() != Kind::ThankYou;
    view! {
        <section class="card" aria-labelledby="follow-title" hidden=move || !shown()>
            <h2 id="follow-title">{crate::t!("After you send it")}</h2>
            {move || {
                let f = fb.get();
                let today = platform::today();
                match (f.sent_on, f.nudged_on) {
                    (Some(d), _) if f.reply_on.is_some() => {
                        view! {
                            <p>
                                {crate::tf!(
                                    "Sent {date}, and they replied. Nothing more is needed from you; what they said is below and on the rejection's page.",
                                    date = short_date(d),
                                )}
                            </p>
                        }
                            .into_any()
                    }
                    (None, _) if asked.get() => ().into_any(),
                    (None, _) => {
                        view! {
                            <div class="actions wrap">
                                <label class="inline-date">
                                    <span>{crate::t!("Sent on")}</span>
                                    <input
                                        type="date"
                                        prop:value=move || sent_date.get()
                                        on:input=move |ev| sent_date.set(event_target_value(&ev))
                                    />
                                </label>
                                <button type="button" class="btn secondary" on:click=mark_sent>
                                    {crate::t!("Mark as sent")}
                                </button>
                            </div>
                        }
                            .into_any()
                    }
                    (Some(d), _) if f.status_on(today) == "no reply" => {
                        view! {
                            <p>
                                {crate::tf!(
                                    "Sent {date}. No reply after three weeks — that's common, and it closes here with nothing more to do. You did the gracious thing.",
                                    date = short_date(d),
                                )}
                            </p>
                        }
                            .into_any()
                    }
                    (Some(d), Some(n)) => {
                        view! {
                            <p>
                                {crate::tf!(
                                    "Sent {date}, followed up {followed}. Nothing more is needed from you.",
                                    date = short_date(d),
                                    followed = short_date(n),
                                )}
                            </p>
                        }
                            .into_any()
                    }
                    (
                        Some(d),
                        None,
                    ) if f.reply_on.is_none()
                        && (today - d).num_days() >= i64::from(followup_days.get()) => {
                        view! {
                            <p>
                                {crate::tf!(
                                    "Sent {date}. One gentle follow-up is fine now — choose \"{choice}\" above.",
                                    date = short_date(d),
                                    choice = crate::t!("A gentle follow-up"),
                                )}
                            </p>
                            <button type="button" class="btn secondary" on:click=mark_nudged>
                                {crate::t!("Mark follow-up as sent")}
                            </button>
                        }
                            .into_any()
                    }
                    (Some(d), None) => {
                        let on = d + chrono::Duration::days(i64::from(followup_days.get()));
                        view! {
                            <p>
                                {crate::tp!(
                                    followup_days.get(),
                                    "Sent {date}. If there's no reply after 1 day, Rebound will suggest one gentle follow-up.",
                                    "Sent {date}. If there's no reply after {n} days, Rebound will suggest one gentle follow-up.",
                                    date = short_date(d),
                                )}
                            </p>
                            <button
                                type="button"
                                id="follow-up-calendar"
                                class="btn small quiet"
                                on:click=move |_| {
                                    platform::download_calendar(
                                        "follow-up",
                                        &crate::model::ics::follow_up(
                                            format!("{id}-follow-up"),
                                            &company.get_untracked(),
                                            on,
                                        ),
                                    );
                                }
                            >
                                {crate::t!("Add a follow-up reminder to my calendar")}
                            </button>
                        }
                            .into_any()
                    }
                }
            }}
            <Show when=move || fb.with(|f| f.sent_on.is_some())>
                <div class="field">
                    <label for="reply">{crate::t!("Reply received")}</label>
                    <textarea
                        id="reply"
                        rows="3"
                        maxlength="8000"
                        placeholder=crate::t!("Paste or sum up what they said.")
                        prop:value=move || fb.with(|f| f.reply.clone())
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            let today = platform::today();
                            app.edit(|d| &mut d.applications, &id, |a| a.record_reply(text, today));
                        }
                    ></textarea>
                </div>
                <fieldset class="checks">
                    <legend>{crate::t!("What did it mention?")}</legend>
                    {Theme::ALL
                        .into_iter()
                        .map(|t| {
                            let label = t.label();
                            view! {
                                <label class="pill">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || fb.with(|f| f.themes.contains(&t))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            app.edit(
                                                |d| &mut d.applications,
                                                &id,
                                                |a| {
                                                    let f = a.feedback.get_or_insert_with(Default::default);
                                                    f.themes.retain(|x| *x != t);
                                                    if on {
                                                        f.themes.push(t);
                                                    }
                                                },
                                            );
                                        }
                                    />
                                    {label}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
            </Show>
            <Show when=move || fb.with(|f| !f.themes.is_empty())>
                <div class="theme-goals">
                    <p>{crate::t!("Turn what you heard into a small weekly goal:")}</p>
                    <ul>
                        {move || {
                            fb.get()
                                .themes
                                .into_iter()
                                .map(|t| {
                                    let href = format!(
                                        "/goals?new=1&theme={}&company={}",
                                        t.key(),
                                        crate::model::compose::encode(&company.get(), b""),
                                    );
                                    view! {
                                        <li>
                                            <A href=href>
                                                {crate::tf!(
                                                    "Make a goal from \"{theme}\"", theme = t.label()
                                                )}
                                            </A>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </Show>
        </section>
    }
}
