//! `/compose`: a gracious feedback request, opened from a rejection (fields
//! filled in) or on its own. The message is live and editable; hand edits
//! are kept as a draft on the rejection.

mod follow;

use crate::ui::router;
use crate::ui::router::A;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::compose::{bridge_check, mailto, Compose, Kind, Tone, MAILTO_LIMIT};
use crate::model::feedback::FeedbackRequest;
use crate::model::record::Id;
use crate::model::rejection::Stage;
use crate::platform;
use crate::ui::state::{use_app, AppState};
use crate::ui::widgets::set_title;

/// The page's heading for the message being written (it follows the choice
/// of what to send), with the company when the page came from a rejection.
fn heading_for(kind: Kind, company: Option<&str>) -> String {
    match (kind, company) {
        (Kind::Feedback, Some(c)) => crate::tf!("Ask {company} for feedback", company = c),
        (Kind::ThankYou, Some(c)) => crate::tf!("Thank {company}", company = c),
        (Kind::Nudge, Some(c)) => crate::tf!("Follow up with {company}", company = c),
        (Kind::Feedback, None) => crate::t!("Ask for feedback").into(),
        (Kind::ThankYou, None) => crate::t!("Write a thank-you").into(),
        (Kind::Nudge, None) => crate::t!("Write a gentle follow-up").into(),
    }
}

/// What this kind of message is for, in a line.
fn lead_for(kind: Kind) -> &'static str {
    match kind {
        Kind::Feedback => crate::t!(
            "A short, gracious note: thank them, ask one or two gentle questions, and leave the door open. Many people won't reply — the note still does its work."
        ),
        Kind::ThankYou => crate::t!(
            "A few warm lines: thank them for their time and for letting you know. Nothing for them to answer, and you part on good terms."
        ),
        Kind::Nudge => crate::t!(
            "If your request has gone unanswered for a week or two, one short reminder is fine. Make it easy to answer, or to let pass — then let it rest."
        ),
    }
}

#[component]
pub fn Compose() -> impl IntoView {
    let app = use_app();
    let rejection: Option<Id> = router::query("rejection").and_then(|s| Id::parse(&s));
    let source = rejection.as_ref().and_then(|id| {
        app.data.with_untracked(|d| {
            d.applications
                .iter()
                .find(|a| &a.meta.id == id && a.meta.is_live())
                .cloned()
        })
    });
    let rejection = source.as_ref().map(|a| a.meta.id);
    let kind = match router::query("kind").as_deref() {
        Some("nudge") => Kind::Nudge,
        Some("thanks") => Kind::ThankYou,
        _ => Kind::Feedback,
    };
    let mut c = Compose {
        kind,
        your_name: app.data.with_untracked(|d| d.settings.your_name.clone()),
        ..Compose::default()
    };
    if let Some(a) = &source {
        c.company = a.company.clone();
        c.role = a.role.clone();
        c.stage = a.stage;
        c.recipient_name = a.contact.name.clone();
    }
    let email0 = source
        .as_ref()
        .map(|a| a.contact.email.clone())
        .unwrap_or_default();
    let form = RwSignal::new(c);
    let email = RwSignal::new(email0);
    // A hand-edited message: from the rejection's saved draft, else this page only.
    let local_draft = RwSignal::new(None::<String>);
    let draft = Memo::new(move |_| match &rejection {
        Some(id) => app.data.with(|d| {
            d.applications
                .iter()
                .find(|a| &a.meta.id == id)
                .and_then(|a| a.feedback.as_ref().and_then(|f| f.draft.clone()))
        }),
        None => local_draft.get(),
    });
    let generated = Memo::new(move |_| form.with(|f| f.body()));
    let subject = Memo::new(move |_| form.with(|f| f.subject()));
    let message = Memo::new(move |_| draft.get().unwrap_or_else(|| generated.get()));
    let href = Memo::new(move |_| mailto(&email.get(), &subject.get(), &message.get()));
    let too_long = move || href.with(|h| h.len() > MAILTO_LIMIT);
    let notes = Memo::new(move |_| bridge_check(&message.get()));
    let (copied, set_copied) = signal(None::<Result<(), ()>>);

    let set_draft = move |text: Option<String>| match &rejection {
        Some(id) => app.edit(
            |d| &mut d.applications,
            id,
            |a| {
                a.feedback
                    .get_or_insert_with(FeedbackRequest::default)
                    .draft = text;
            },
        ),
        None => local_draft.set(text),
    };
    let on_message = move |ev| {
        let text = event_target_value(&ev);
        let same = text == generated.get_untracked();
        set_draft(if same { None } else { Some(text) });
    };
    let save_contact = move || {
        if let Some(id) = &rejection {
            let name = form.with_untracked(|f| f.recipient_name.trim().to_string());
            let mail = email.get_untracked().trim().to_string();
            app.edit(
                |d| &mut d.applications,
                id,
                |a| {
                    a.contact.name = name;
                    a.contact.email = mail;
                },
            );
        }
    };
    let copy = move |_| {
        let text = format!(
            "{}\n\n{}",
            crate::tf!("Subject: {subject}", subject = subject.get_untracked()),
            message.get_untracked()
        );
        leptos::task::spawn_local(async move {
            match platform::copy_text(&text).await {
                Ok(()) => set_copied.set(Some(Ok(()))),
                Err(_) => {
                    select_message();
                    set_copied.set(Some(Err(())));
                }
            }
        });
    };
    // After the message leaves (the mail app opened, or it was copied),
    // the page asks whether it was sent, beside those buttons: the step's
    // tick, "awaiting reply" and the follow-up all hang on that answer.
    let asked = RwSignal::new(false);
    let marked = RwSignal::new(None::<Kind>);
    let ask = move || {
        if rejection.is_some() {
            asked.set(true);
            crate::ui::widgets::focus_soon("mark-sent-now");
        }
    };
    let already_sent = Memo::new(move |_| {
        let kind = form.with(|f| f.kind);
        marked.get() == Some(kind)
            || (kind == Kind::Feedback
                && rejection.is_some_and(|id| {
                    app.data.with(|d| {
                        d.applications.iter().any(|a| {
                            a.meta.id == id
                                && a.feedback.as_ref().is_some_and(|f| f.sent_on.is_some())
                        })
                    })
                }))
    });
    let mark_sent_now = move |_| {
        let Some(id) = rejection else {
            return;
        };
        let kind = form.with_untracked(|f| f.kind);
        let today = platform::today();
        app.edit(
            |d| &mut d.applications,
            &id,
            |a| match kind {
                Kind::Feedback => a.mark_feedback_sent(today),
                Kind::ThankYou => a.tick("thank"),
                Kind::Nudge => {
                    a.feedback.get_or_insert_with(Default::default).nudged_on = Some(today)
                }
            },
        );
        marked.set(Some(kind));
        asked.set(false);
        crate::ui::widgets::focus_soon("sent-done");
        app.notify_saved(
            match kind {
                Kind::Feedback => crate::t!("Marked as sent. Well done — that's the hard part."),
                Kind::ThankYou => crate::t!("Marked as sent. A gracious note is remembered."),
                Kind::Nudge => crate::t!("Follow-up marked as sent. The rest is up to them."),
            },
            None,
        );
    };
    let can_share = platform::can_share();
    let share = move |_| platform::share(&subject.get_untracked(), &message.get_untracked());
    // The heading, its line and the tab's title follow the choice of what to
    // send (the title without the company); a memo, so typing doesn't redo them.
    let chosen = Memo::new(move |_| form.with(|f| f.kind));
    Effect::new(move |_| set_title(&heading_for(chosen.get(), None)));
    let company = source.as_ref().map(|a| a.company.clone());
    let heading = move || heading_for(chosen.get(), company.as_deref());
    let lead = move || lead_for(chosen.get());

    view! {
        <div class="page">
            {source
                .as_ref()
                .map(|a| {
                    let back = format!("/rejections/{}", a.meta.id);
                    view! {
                        <p class="crumbs">
                            <A href=back>{format!("← {}", a.company)}</A>
                        </p>
                    }
                })} <h1>{heading}</h1> <p class="lead">{lead}</p> <div class="compose-grid">
                <form class="card form" on:submit=|ev| ev.prevent_default()>
                    {pill_radios(
                        crate::t!("What to send"),
                        "kind",
                        [
                            (Kind::Feedback, crate::t!("Ask for feedback")),
                            (Kind::ThankYou, crate::t!("Just a thank-you")),
                            (Kind::Nudge, crate::t!("A gentle follow-up")),
                        ],
                        move |k| form.with(|f| f.kind == k),
                        move |k| form.update(|f| f.kind = k),
                    )}
                    <div class="field-row">
                        <div class="field">
                            <label for="recipient-name">{crate::t!("Recipient name")}</label>
                            <input
                                id="recipient-name"
                                type="text"
                                autocomplete="off"
                                maxlength="120"
                                prop:value=move || form.with(|f| f.recipient_name.clone())
                                on:input=move |ev| {
                                    form.update(|f| f.recipient_name = event_target_value(&ev))
                                }
                                on:change=move |_| save_contact()
                            />
                        </div>
                    </div>
                    <div class="field">
                        <label for="your-name">{crate::t!("Your name")}</label>
                        <input
                            id="your-name"
                            type="text"
                            autocomplete="name"
                            maxlength="120"
                            prop:value=move || form.with(|f| f.your_name.clone())
                            on:input=move |ev| {
                                form.update(|f| f.your_name = event_target_value(&ev))
                            }
                            on:change=move |_| remember_name(
                                app,
                                form.with_untracked(|f| f.your_name.clone()),
                            )
                        />
                        <span class="hint">
                            {crate::t!("Remembered for next time (change it in Settings).")}
                        </span>
                    </div>
                    {pill_radios(
                        crate::t!("Tone"),
                        "tone",
                        [(Tone::Brief, crate::t!("Brief")), (Tone::Warm, crate::t!("Warm"))],
                        move |t| form.with(|f| f.tone == t),
                        move |t| form.update(|f| f.tone = t),
                    )}
                </form>

                <section class="card preview" aria-labelledby="preview-title">
                    <h2 id="preview-title">{crate::t!("Preview")}</h2>
                    <p class="subject">
                        <span class="muted">{crate::t!("Subject:")}</span>
                        " "
                        {move || subject.get()}
                    </p>
                    <label for="message" class="sr-only">
                        {crate::t!("Message")}
                    </label>
                    <textarea
                        id="message"
                        rows="16"
                        maxlength="10000"
                        prop:value=move || message.get()
                        on:input=on_message
                    ></textarea>
                    <Show when=move || draft.with(Option::is_some)>
                        <p class="hint">
                            {crate::t!("You've edited this by hand; your changes are kept.")} " "
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| set_draft(None)
                            >
                                {crate::t!("Reset to template")}
                            </button>
                        </p>
                    </Show>
                    <div class="actions wrap">
                        <a class="btn" href=move || href.get() on:click=move |_| ask()>
                            {crate::t!("Open in email app")}
                        </a>
                        <button
                            type="button"
                            class="btn secondary"
                            on:click=move |ev| {
                                copy(ev);
                                ask();
                            }
                        >
                            {crate::t!("Copy message")}
                        </button>
                        {can_share
                            .then(|| {
                                view! {
                                    <button type="button" class="btn secondary" on:click=share>
                                        {crate::t!("Share")}
                                    </button>
                                }
                            })}
                    </div>
                    <Show when=move || asked.get() && !already_sent.get()>
                        <p class="sent-ask">
                            {crate::t!("Did you send it?")} " "
                            <button
                                type="button"
                                id="mark-sent-now"
                                class="btn small"
                                on:click=mark_sent_now
                            >
                                {crate::t!("Mark as sent")}
                            </button>
                        </p>
                    </Show>
                    <Show when=move || marked.get().is_some_and(|k| form.with(|f| f.kind == k))>
                        <p class="sent-done" id="sent-done" tabindex="-1">
                            {crate::t!("Sent. Nothing more is needed from you today.")}
                        </p>
                    </Show>
                    <p class="copy-status" role="status">
                        {move || match copied.get() {
                            Some(Ok(())) => crate::t!("Copied. Paste it into your email."),
                            Some(Err(())) => {
                                crate::t!(
                                    "Your browser didn't allow copying. The message is selected: press Ctrl+C (or ⌘C) to copy it."
                                )
                            }
                            None => "",
                        }}
                    </p>
                    <Show when=too_long>
                        <p class="note">
                            {crate::t!(
                                "This message is long for an email link, and some mail apps may cut it short. Copy message is the safer choice."
                            )}
                        </p>
                    </Show>
                    <BridgeCheck notes=notes />
                </section>

                <form class="card form compose-more" on:submit=|ev| ev.prevent_default()>
                    <h2 class="sub-head">{crate::t!("Details (optional)")}</h2>
                    <div class="field">
                        <label for="recipient-email">{crate::t!("Recipient email")}</label>
                        <input
                            id="recipient-email"
                            type="email"
                            autocomplete="off"
                            maxlength="200"
                            prop:value=move || email.get()
                            on:input=move |ev| email.set(event_target_value(&ev))
                            on:change=move |_| save_contact()
                        />
                        <span class="hint">
                            {crate::t!("Optional — you can add it in your mail app.")}
                        </span>
                    </div>
                    <div class="field-row">
                        <div class="field">
                            <label for="compose-company">{crate::t!("Company")}</label>
                            <input
                                id="compose-company"
                                type="text"
                                maxlength="200"
                                prop:value=move || form.with(|f| f.company.clone())
                                on:input=move |ev| {
                                    form.update(|f| f.company = event_target_value(&ev))
                                }
                            />
                        </div>
                        <div class="field">
                            <label for="compose-role">{crate::t!("Role")}</label>
                            <input
                                id="compose-role"
                                type="text"
                                maxlength="200"
                                prop:value=move || form.with(|f| f.role.clone())
                                on:input=move |ev| form.update(|f| f.role = event_target_value(&ev))
                            />
                        </div>
                    </div>
                    <div class="field">
                        <label for="compose-stage">{crate::t!("It ended after")}</label>
                        <select
                            id="compose-stage"
                            on:change=move |ev| {
                                if let Some(s) = Stage::from_key(&event_target_value(&ev)) {
                                    form.update(|f| f.stage = s)
                                }
                            }
                        >
                            {Stage::ALL
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <option
                                            value=s.key()
                                            selected=move || form.with(|f| f.stage == s)
                                        >
                                            {stage_after(s)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <Show when=move || form.with(|f| f.kind != Kind::ThankYou)>
                        <fieldset class="checks">
                            <legend>{crate::t!("Questions to include")}</legend>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || form.with(|f| f.ask_areas)
                                    on:change=move |ev| {
                                        form.update(|f| f.ask_areas = event_target_checked(&ev))
                                    }
                                />
                                {crate::t!("Specific areas to improve")}
                            </label>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || form.with(|f| f.ask_reason)
                                    on:change=move |ev| {
                                        form.update(|f| f.ask_reason = event_target_checked(&ev))
                                    }
                                />
                                {crate::t!(
                                    "Whether something in my background or interview led them elsewhere"
                                )}
                            </label>
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || form.with(|f| f.ask_future)
                                    on:change=move |ev| {
                                        form.update(|f| f.ask_future = event_target_checked(&ev))
                                    }
                                />
                                {crate::t!("How to be a stronger candidate next time")}
                            </label>
                        </fieldset>
                    </Show>
                    <div class="field">
                        <label for="personal-line">
                            {crate::t!("Something you valued (optional)")}
                        </label>
                        <input
                            id="personal-line"
                            type="text"
                            maxlength="300"
                            placeholder=crate::t!(
                                "e.g. I enjoyed hearing about the team's plans for the new app."
                            )
                            prop:value=move || form.with(|f| f.personal_line.clone())
                            on:input=move |ev| {
                                form.update(|f| f.personal_line = event_target_value(&ev))
                            }
                        />
                    </div>
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || form.with(|f| f.stay_in_touch)
                            on:change=move |ev| {
                                form.update(|f| f.stay_in_touch = event_target_checked(&ev))
                            }
                        />
                        {crate::t!("Offer to stay in touch")}
                    </label>
                </form>
            </div>
            {rejection
                .map(|id| {
                    let kind = Signal::derive(move || form.with(|f| f.kind));
                    view! { <follow::FollowThrough id=id kind=kind asked=asked.read_only() /> }
                })}
        </div>
    }
}

/// A labelled group of pill-shaped radio buttons.
fn pill_radios<T: Copy + Send + Sync + 'static, const N: usize>(
    legend: &'static str,
    name: &'static str,
    options: [(T, &'static str); N],
    is: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
    pick: impl Fn(T) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            <div class="pills">
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        view! {
                            <label class="pill">
                                <input
                                    type="radio"
                                    name=name
                                    prop:checked=move || is(value)
                                    on:change=move |_| pick(value)
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

fn stage_after(s: Stage) -> &'static str {
    match s {
        Stage::Application => crate::t!("An application"),
        Stage::Screening => crate::t!("A screening call"),
        Stage::Assessment => crate::t!("An assessment or take-home"),
        Stage::Interview => crate::t!("An interview"),
        Stage::FinalRound => crate::t!("A final round"),
        Stage::Other => crate::t!("Something else"),
    }
}

fn remember_name(app: AppState, name: String) {
    let now = platform::now();
    app.change(|d| {
        d.settings.your_name = name.trim().to_string();
        d.settings.touch(now);
    });
}

fn select_message() {
    if let Some(t) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("message"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = t.focus();
        t.select();
    }
}

#[component]
fn BridgeCheck(notes: Memo<Vec<crate::model::compose::Note>>) -> impl IntoView {
    view! {
        <div class="bridge" aria-live="polite">
            <h3>{crate::t!("Tone check")}</h3>
            <p class="hint">
                {crate::t!(
                    "Phrases that could close a door you may want open later (a reply to a rejection is often remembered)."
                )}
            </p>
            {move || {
                let list = notes.get();
                if list.is_empty() {
                    view! {
                        <p class="ok">{crate::t!("Reads kindly and clearly. Good to send.")}</p>
                    }
                        .into_any()
                } else {
                    view! {
                        <ul>
                            {list.into_iter().map(|n| view! { <li>{n.text}</li> }).collect_view()}
                        </ul>
                        <p class="hint">{crate::t!("Only suggestions — it's your message.")}</p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
