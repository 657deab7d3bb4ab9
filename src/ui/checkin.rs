//! "How are you feeling?": two taps at most (a word, and a line if the
//! person wants), offered after logging a rejection, when its plan is
//! finished, and on Today. Asked once per moment, never repeated, never
//! required; once answered it turns into a quiet thank-you.

use leptos::prelude::*;

use crate::model::checkin::{asked, checked_in_on, CheckIn, Feeling, Moment, MAX_NOTE_CHARS};
use crate::model::record::{live, Id, Meta};
use crate::platform;
use crate::ui::state::use_app;

#[component]
pub fn CheckInCard(moment: Moment, #[prop(optional)] rejection: Option<Id>) -> impl IntoView {
    let app = use_app();
    // The check-in this card made (or an earlier one for the same moment).
    let made = RwSignal::new(None::<Id>);
    let earlier = Memo::new(move |_| {
        let today = platform::today();
        app.data.with(|d| {
            let done = match (moment, rejection) {
                (Moment::Today, _) | (_, None) => checked_in_on(&d.checkins, today),
                (m, Some(r)) => asked(&d.checkins, &r, m),
            };
            done.then(|| {
                live(&d.checkins)
                    .filter(|c| match (moment, rejection) {
                        (Moment::Today, _) | (_, None) => c.date == today,
                        (m, Some(r)) => c.rejection == Some(r) && c.moment == m,
                    })
                    .max_by_key(|c| c.meta.created_at)
                    .map(|c| (c.meta.id, c.feeling))
            })
            .flatten()
        })
    });
    let line = RwSignal::new(String::new());
    let line_saved = RwSignal::new(false);
    let pick = move |feeling: Feeling| {
        let now = platform::now();
        let today = platform::today();
        let c = CheckIn::new(
            Meta::new(platform::new_id(), now),
            feeling,
            today,
            "",
            moment,
            rejection,
        );
        let id = c.meta.id;
        app.change(|d| d.checkins.push(c));
        made.set(Some(id));
        crate::ui::widgets::focus_soon(format!("checkin-line-{}", moment_key(moment)));
    };
    let save_line = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = made
            .get_untracked()
            .or_else(|| earlier.get_untracked().map(|e| e.0))
        else {
            return;
        };
        let text: String = line
            .get_untracked()
            .trim()
            .chars()
            .take(MAX_NOTE_CHARS)
            .collect();
        if text.is_empty() {
            return;
        }
        app.change(|d| {
            if let Some(c) = d.checkins.iter_mut().find(|c| c.meta.id == id) {
                c.note = text;
                c.meta.touch(platform::now());
            }
        });
        line_saved.set(true);
        app.notify_saved(crate::t!("Kept with your check-in."), None);
    };
    let title_id = format!("checkin-title-{}", moment_key(moment));
    let labelled_by = title_id.clone();
    let heading = match moment {
        Moment::Logged => crate::t!("How are you feeling right now?"),
        Moment::PlanDone => crate::t!("Plan finished. How are you feeling?"),
        Moment::Today => crate::t!("How are you feeling?"),
    };
    view! {
        <section class="card checkin" aria-labelledby=labelled_by>
            <h2 id=title_id class="sub-head">
                {heading}
            </h2>
            {move || match (made.get(), earlier.get()) {
                (None, None) => {
                    view! {
                        <p class="hint">
                            {crate::t!("Optional, and only for you. One tap is enough.")}
                        </p>
                        <div class="faces" role="group" aria-label=crate::t!("How you feel")>
                            {Feeling::ALL
                                .into_iter()
                                .map(|f| {
                                    view! {
                                        <button
                                            type="button"
                                            class="face"
                                            aria-label=f.label()
                                            on:click=move |_| pick(f)
                                        >
                                            <span aria-hidden="true">{f.face()}</span>
                                            <span>{f.label()}</span>
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                        .into_any()
                }
                (_, Some((_, feeling))) if made.get().is_none() => {
                    view! {
                        <p>
                            {crate::tf!(
                                "You checked in: {face} {feeling}. Thank you for noticing how you are.",
                                face = feeling.face(),
                                feeling = feeling.label()
                            )}
                        </p>
                    }
                        .into_any()
                }
                _ => {
                    let input_id = format!("checkin-line-{}", moment_key(moment));
                    view! {
                        <p role="status">
                            {move || {
                                earlier
                                    .get()
                                    .map(|(_, f)| {
                                        crate::tf!(
                                            "Noted: {face} {feeling}. {kind_word}",
                                            face = f.face(),
                                            feeling = f.label(),
                                            kind_word = kind_word(f)
                                        )
                                    })
                                    .unwrap_or_default()
                            }}
                        </p>
                        <Show
                            when=move || !line_saved.get()
                            fallback=|| {
                                view! {
                                    <p class="hint">{crate::t!("Your line is kept with it.")}</p>
                                }
                            }
                        >
                            <form class="form checkin-line" on:submit=save_line>
                                <label for=input_id.clone() class="sub-label">
                                    {crate::t!("Anything you'd like to add? (optional)")}
                                </label>
                                <div class="inline-field">
                                    <input
                                        id=input_id.clone()
                                        type="text"
                                        maxlength="500"
                                        prop:value=move || line.get()
                                        on:input=move |ev| line.set(event_target_value(&ev))
                                    />
                                    <button type="submit" class="btn small secondary">
                                        {crate::t!("Save")}
                                    </button>
                                </div>
                            </form>
                        </Show>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

fn moment_key(m: Moment) -> &'static str {
    match m {
        Moment::Logged => "logged",
        Moment::PlanDone => "plan",
        Moment::Today => "today",
    }
}

/// A kind word back, never a judgement.
fn kind_word(f: Feeling) -> &'static str {
    match f {
        Feeling::Rough | Feeling::Low => crate::t!("Hard days are part of this. Go gently today."),
        Feeling::Okay => crate::t!("Okay is a fine place to be."),
        Feeling::Steady | Feeling::Good => crate::t!("Good to hear. Keep what's helping."),
    }
}
