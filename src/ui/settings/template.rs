//! Editing the recovery-plan template. Changes apply to rejections logged
//! from now on; past plans keep their own steps.

use leptos::prelude::*;

use super::change_settings;
use crate::model::recovery::{builtin, edit_template, TemplateEdit};
use crate::platform;
use crate::ui::state::use_app;

#[component]
pub fn TemplateEditor() -> impl IntoView {
    let app = use_app();
    let steps = Memo::new(move |_| app.data.with(|d| d.settings.plan_template.clone()));
    let new_step = RwSignal::new(String::new());
    let apply =
        move |e: TemplateEdit| change_settings(app, |s| edit_template(&mut s.plan_template, e));
    let add = move || {
        let text = new_step.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        apply(TemplateEdit::Add {
            key: format!("own-{}", platform::new_id()),
            text,
        });
        new_step.set(String::new());
    };
    view! {
        <section class="card" aria-labelledby="template-title">
            <h2 id="template-title">"Your recovery plan"</h2>
            <p>"These steps are copied into each new rejection. Changing them doesn't touch plans you already have."</p>
            <ol class="template">
                {move || {
                    let list = steps.get();
                    let len = list.len();
                    list.into_iter().enumerate().map(|(i, t)| {
                        let title = t.text.clone().unwrap_or_else(|| builtin(&t.key).map(|b| b.title.to_string()).unwrap_or_default());
                        let own = t.text.is_some();
                        view! {
                            <li class:hidden-step=t.hidden>
                                <span class="template-title">{title.clone()} {t.hidden.then_some(" (hidden)")}</span>
                                <span class="template-actions">
                                    <button type="button" class="icon-btn" aria-label=format!("Move up: {title}") disabled=i == 0 on:click=move |_| apply(TemplateEdit::MoveUp(i))>"↑"</button>
                                    <button type="button" class="icon-btn" aria-label=format!("Move down: {title}") disabled=i + 1 == len on:click=move |_| apply(TemplateEdit::MoveDown(i))>"↓"</button>
                                    {if own {
                                        view! { <button type="button" class="btn quiet small" aria-label=format!("Remove: {title}") on:click=move |_| apply(TemplateEdit::Remove(i))>"Remove"</button> }.into_any()
                                    } else {
                                        view! { <button type="button" class="btn quiet small" aria-label=format!("{}: {title}", if t.hidden { "Show" } else { "Hide" }) on:click=move |_| apply(TemplateEdit::ToggleHidden(i))>{if t.hidden { "Show" } else { "Hide" }}</button> }.into_any()
                                    }}
                                </span>
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <div class="inline-add">
                <label for="new-step" class="sr-only">"A step of your own"</label>
                <input id="new-step" type="text" maxlength="160" placeholder="A step of your own, e.g. Go for a long walk"
                    prop:value=new_step on:input=move |ev| new_step.set(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); add(); } />
                <button type="button" class="btn secondary small" on:click=move |_| add()>"Add step"</button>
            </div>
            <button type="button" class="link-button" on:click=move |_| apply(TemplateEdit::Reset)>"Restore the default plan"</button>
        </section>
    }
}
