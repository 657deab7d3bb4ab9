//! Up to three trusted people, offered after a hard rejection.

use leptos::prelude::*;

use crate::model::support::{SupportPerson, MAX_SUPPORT};
use crate::ui::state::use_app;

#[component]
pub fn SupportCard() -> impl IntoView {
    let app = use_app();
    let people = Memo::new(move |_| app.data.with(|d| d.settings.support.clone()));
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = SupportPerson {
            name: name.get_untracked().trim().to_string(),
            email: email.get_untracked().trim().to_string(),
            phone: phone.get_untracked().trim().to_string(),
        };
        if p.name.is_empty() || (p.email.is_empty() && p.phone.is_empty()) {
            app.notify(
                crate::t!("Add a name and an email or a phone number."),
                None,
            );
            return;
        }
        app.change_settings(|s| {
            if s.support.len() < MAX_SUPPORT {
                s.support.push(p);
            }
        });
        name.set(String::new());
        email.set(String::new());
        phone.set(String::new());
    };
    view! {
        <section class="card" aria-labelledby="support-title">
            <h2 id="support-title">{crate::t!("People in your corner")}</h2>
            <p>
                {crate::t!(
                    "Up to three people you'd like to hear from after a hard rejection. Rebound offers a ready-made message; it never contacts anyone by itself."
                )}
            </p>
            <ul class="plain">
                {move || {
                    people
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, p)| {
                            let label = p.name.clone();
                            view! {
                                <li class="support-person">
                                    <span>
                                        <strong>{p.name.clone()}</strong>
                                        " "
                                        <span class="muted">
                                            {[p.email.clone(), p.phone.clone()]
                                                .into_iter()
                                                .filter(|s| !s.is_empty())
                                                .collect::<Vec<_>>()
                                                .join(" · ")}
                                        </span>
                                    </span>
                                    <button
                                        type="button"
                                        class="btn quiet small"
                                        aria-label=crate::tf!("Remove {name}", name = label)
                                        on:click=move |_| {
                                            app.change_settings(|s| {
                                                if i < s.support.len() {
                                                    s.support.remove(i);
                                                }
                                            })
                                        }
                                    >
                                        {crate::t!("Remove")}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || people.with(|p| p.len() < MAX_SUPPORT)>
                <form class="form" on:submit=add>
                    <div class="field-row">
                        <div class="field">
                            <label for="support-name">{crate::t!("Name")}</label>
                            <input
                                id="support-name"
                                type="text"
                                maxlength="80"
                                prop:value=name
                                on:input=move |ev| name.set(event_target_value(&ev))
                            />
                        </div>
                        <div class="field">
                            <label for="support-email">{crate::t!("Email")}</label>
                            <input
                                id="support-email"
                                type="email"
                                maxlength="120"
                                prop:value=email
                                on:input=move |ev| email.set(event_target_value(&ev))
                            />
                        </div>
                        <div class="field">
                            <label for="support-phone">{crate::t!("Phone")}</label>
                            <input
                                id="support-phone"
                                type="tel"
                                maxlength="40"
                                prop:value=phone
                                on:input=move |ev| phone.set(event_target_value(&ev))
                            />
                        </div>
                    </div>
                    <div class="actions">
                        <button type="submit" class="btn secondary small">
                            {crate::t!("Add person")}
                        </button>
                    </div>
                </form>
            </Show>
        </section>
    }
}
