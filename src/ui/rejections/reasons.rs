//! Picking reasons and marking each within or outside the user's control.

use leptos::prelude::*;

use crate::model::rejection::{reason_label, Control, ControlSummary, Reason, PRESET_REASONS};

/// Preset reasons as checkboxes, each with a control choice, plus the user's own.
#[component]
pub fn ReasonsEditor(
    /// The reasons chosen so far.
    #[prop(into)]
    reasons: Signal<Vec<Reason>>,
    /// Called with the whole new list on every change.
    on_change: Callback<Vec<Reason>>,
) -> impl IntoView {
    let (own, set_own) = signal(String::new());
    let toggle = move |tag: String, control: Control, on: bool| {
        let mut list = reasons.get_untracked();
        list.retain(|r| r.tag != tag);
        if on {
            list.push(Reason { tag, control });
        }
        on_change.run(list);
    };
    let set_control = move |tag: String, control: Control| {
        let mut list = reasons.get_untracked();
        if let Some(r) = list.iter_mut().find(|r| r.tag == tag) {
            r.control = control;
        }
        on_change.run(list);
    };
    let add_own = move || {
        let text = own.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let mut list = reasons.get_untracked();
        if !list.iter().any(|r| r.tag.eq_ignore_ascii_case(&text)) {
            list.push(Reason {
                tag: text,
                control: Control::Within,
            });
        }
        set_own.set(String::new());
        on_change.run(list);
    };
    let all_tags = move || {
        let chosen = reasons.get();
        let mut tags: Vec<(String, Control)> = PRESET_REASONS
            .iter()
            .map(|(k, _, c)| (k.to_string(), *c))
            .collect();
        for r in chosen {
            if !tags.iter().any(|(t, _)| *t == r.tag) {
                tags.push((r.tag, r.control));
            }
        }
        tags
    };
    view! {
        <fieldset class="reasons">
            <legend>{crate::t!("What might have played a part?")}</legend>
            <ul class="reason-list">
                <For each=all_tags key=|(t, _)| t.clone() let((tag, suggested))>
                    {
                        let t = tag.clone();
                        let chosen = Memo::new(move |_| {
                            reasons.with(|l| l.iter().find(|r| r.tag == t).map(|r| r.control))
                        });
                        let label = reason_label(&tag).to_string();
                        let tag = StoredValue::new(tag);
                        let group = format!("control-{}", tag.with_value(|t| t.replace(' ', "-")));
                        view! {
                            <li class="reason">
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || chosen.get().is_some()
                                        on:change=move |ev| toggle(
                                            tag.get_value(),
                                            suggested,
                                            event_target_checked(&ev),
                                        )
                                    />
                                    <span>{label.clone()}</span>
                                </label>
                                <Show when=move || chosen.get().is_some()>
                                    <div
                                        class="control-choice"
                                        role="radiogroup"
                                        aria-label=crate::tf!(
                                            "Control over: {reason}", reason = label
                                        )
                                    >
                                        <label class="pill">
                                            <input
                                                type="radio"
                                                name=group.clone()
                                                prop:checked=move || chosen.get() == Some(Control::Within)
                                                on:change=move |_| set_control(
                                                    tag.get_value(),
                                                    Control::Within,
                                                )
                                            />
                                            {crate::t!("within my control")}
                                        </label>
                                        <label class="pill">
                                            <input
                                                type="radio"
                                                name=group.clone()
                                                prop:checked=move || chosen.get() == Some(Control::Outside)
                                                on:change=move |_| set_control(
                                                    tag.get_value(),
                                                    Control::Outside,
                                                )
                                            />
                                            {crate::t!("outside my control")}
                                        </label>
                                    </div>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ul>
            <div class="inline-add">
                <label class="sr-only" for="own-reason">
                    {crate::t!("Your own reason")}
                </label>
                <input
                    id="own-reason"
                    type="text"
                    placeholder=crate::t!("Another reason, in your words")
                    maxlength="120"
                    prop:value=own
                    on:input=move |ev| set_own.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            add_own();
                        }
                    }
                />
                <button type="button" class="btn secondary small" on:click=move |_| add_own()>
                    {crate::t!("Add reason")}
                </button>
            </div>
            <ControlSummaryLine reasons=reasons />
        </fieldset>
    }
}

/// "2 of 3 reasons were outside your control", when there are reasons.
#[component]
pub fn ControlSummaryLine(#[prop(into)] reasons: Signal<Vec<Reason>>) -> impl IntoView {
    move || {
        reasons
            .with(|r| ControlSummary::of(r.iter()).sentence())
            .map(|s| {
                view! { <p class="control-summary">{s} "."</p> }
            })
    }
}
