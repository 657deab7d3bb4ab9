//! Editing the recovery-plan template. Changes apply to rejections logged
//! from now on; past plans keep their own steps.

use leptos::prelude::*;

use crate::model::recovery::{builtin, edit_template, TemplateEdit};
use crate::platform;
use crate::ui::state::use_app;

#[component]
pub fn TemplateEditor() -> impl IntoView {
    let app = use_app();
    let steps = Memo::new(move |_| app.data.with(|d| d.settings.plan_template.clone()));
    let new_step = RwSignal::new(String::new());
    let apply =
        move |e: TemplateEdit| app.change_settings(|s| edit_template(&mut s.plan_template, e));
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
    // Folded, and built only while open: it's the largest part of Settings
    // and rarely changed, and Settings is otherwise quick to open.
    let open = RwSignal::new(false);
    let shown_steps = move || steps.with(|l| l.iter().filter(|s| !s.hidden).count());
    view! {
        <section class="card" aria-labelledby="template-title">
            <h2 id="template-title">{crate::t!("Your recovery plan")}</h2>
            <p>
                {crate::t!(
                    "These steps are copied into each new rejection. Changing them doesn't touch plans you already have."
                )}
            </p>
            <details
                class="template-more"
                on:toggle=move |ev| open.set(crate::ui::widgets::is_open(&ev))
            >
                <summary>
                    {move || {
                        crate::tf!(
                            "Edit the steps ({count} in each new plan)", count = shown_steps()
                        )
                    }}
                </summary>
                <Show when=move || open.get()>
                    <ol class="template">
                        // Keyed by step, so a moved row keeps its DOM (and keyboard focus).
                        <For each=move || steps.get() key=|t| t.key.clone() let(t)>
                            {
                                let key = StoredValue::new(t.key.clone());
                                let index = move || {
                                    steps
                                        .with(|l| {
                                            l.iter().position(|x| x.key == key.get_value()).unwrap_or(0)
                                        })
                                };
                                let len = move || steps.with(Vec::len);
                                let hidden = move || {
                                    steps
                                        .with(|l| {
                                            l.iter().any(|x| x.key == key.get_value() && x.hidden)
                                        })
                                };
                                let title = t
                                    .text
                                    .clone()
                                    .unwrap_or_else(|| {
                                        builtin(&t.key)
                                            .map(|b| b.title.get().to_string())
                                            .unwrap_or_default()
                                    });
                                let own = t.text.is_some();
                                let at = move |f: fn(usize) -> TemplateEdit| apply(f(index()));
                                let move_and_refocus = move |
                                    f: fn(usize) -> TemplateEdit,
                                    button: &'static str|
                                {
                                    at(f);
                                    let id = format!("{button}-{}", key.get_value());
                                    set_timeout(move || refocus(&id), std::time::Duration::ZERO);
                                };
                                // Moving a row re-inserts it, which drops focus: put it back.
                                view! {
                                    <li class:hidden-step=hidden>
                                        <span class="template-title">
                                            {title.clone()}
                                            {move || {
                                                hidden().then(|| format!(" {}", crate::t!("(hidden)")))
                                            }}
                                        </span>
                                        <span class="template-actions">
                                            <button
                                                type="button"
                                                class="icon-btn"
                                                id=format!("up-{}", t.key)
                                                aria-label=crate::tf!("Move up: {step}", step = title)
                                                disabled=move || index() == 0
                                                on:click=move |_| move_and_refocus(
                                                    TemplateEdit::MoveUp,
                                                    "up",
                                                )
                                            >
                                                "↑"
                                            </button>
                                            <button
                                                type="button"
                                                class="icon-btn"
                                                id=format!("down-{}", t.key)
                                                aria-label=crate::tf!("Move down: {step}", step = title)
                                                disabled=move || index() + 1 == len()
                                                on:click=move |_| move_and_refocus(
                                                    TemplateEdit::MoveDown,
                                                    "down",
                                                )
                                            >
                                                "↓"
                                            </button>
                                            {if own {
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="btn quiet small"
                                                        aria-label=crate::tf!("Remove: {step}", step = title)
                                                        on:click=move |_| at(TemplateEdit::Remove)
                                                    >
                                                        {crate::t!("Remove")}
                                                    </button>
                                                }
                                                    .into_any()
                                            } else {
                                                let t2 = title.clone();
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="btn quiet small"
                                                        aria-label=move || {
                                                            if hidden() {
                                                                crate::tf!("Show: {step}", step = t2)
                                                            } else {
                                                                crate::tf!("Hide: {step}", step = t2)
                                                            }
                                                        }
                                                        on:click=move |_| at(TemplateEdit::ToggleHidden)
                                                    >
                                                        {move || {
                                                            if hidden() { crate::t!("Show") } else { crate::t!("Hide") }
                                                        }}
                                                    </button>
                                                }
                                                    .into_any()
                                            }}
                                        </span>
                                    </li>
                                }
                            }
                        </For>
                    </ol>
                    <div class="inline-add">
                        <label for="new-step" class="sr-only">
                            {crate::t!("A step of your own")}
                        </label>
                        <input
                            id="new-step"
                            type="text"
                            maxlength="160"
                            placeholder=crate::t!("A step of your own, e.g. Go for a long walk")
                            prop:value=new_step
                            on:input=move |ev| new_step.set(event_target_value(&ev))
                            on:keydown=move |ev| {
                                if ev.key() == "Enter" {
                                    ev.prevent_default();
                                    add();
                                }
                            }
                        />
                        <button type="button" class="btn secondary small" on:click=move |_| add()>
                            {crate::t!("Add step")}
                        </button>
                    </div>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| apply(TemplateEdit::Reset)
                    >
                        {crate::t!("Restore the default plan")}
                    </button>
                </Show>
            </details>
        </section>
    }
}

/// Focuses the element with `id`, or its row's other arrow when it became
/// disabled (moved to the top or bottom).
fn refocus(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let el = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlButtonElement>().ok());
    let el = match el {
        Some(b) if b.disabled() => {
            let other = if let Some(rest) = id.strip_prefix("up-") {
                format!("down-{rest}")
            } else {
                format!("up-{}", id.trim_start_matches("down-"))
            };
            doc.get_element_by_id(&other)
                .and_then(|e| e.dyn_into::<web_sys::HtmlButtonElement>().ok())
        }
        other => other,
    };
    if let Some(b) = el {
        let _ = b.focus();
    }
}
