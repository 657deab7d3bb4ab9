//! A labelled control, the shape most form fields share: a `div.field`
//! holding the label, the control, and an optional hint and error under it.

use leptos::prelude::*;

/// A label and its control. The control is the children and carries
/// `id=id` itself (the label's `for`); a hint is `{id}-hint` and an error
/// `{id}-error`, which the control names in its `aria-describedby`.
/// Children after the control (a note, a reactive hint) follow it in the
/// same wrapper.
#[component]
pub fn Field<V: IntoView + 'static>(
    /// The control's id.
    id: &'static str,
    /// The label's text.
    label: &'static str,
    /// A line under the control (none when empty).
    #[prop(optional)]
    hint: &'static str,
    /// A message under the control while there is one.
    #[prop(optional, into)]
    error: Option<Signal<Option<&'static str>>>,
    children: TypedChildren<V>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {children.into_inner()()}
            {notes(id, hint, error)}
        </div>
    }
}

/// The hint and the error (not generic, so built once for every field).
fn notes(
    id: &'static str,
    hint: &'static str,
    error: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let hint = (!hint.is_empty()).then(|| {
        view! {
            <span class="hint" id=format!("{id}-hint")>
                {hint}
            </span>
        }
    });
    let error = error.map(|e| {
        move || {
            e.get().map(|e| {
                view! {
                    <span class="form-error" id=format!("{id}-error")>
                        {e}
                    </span>
                }
            })
        }
    });
    (hint, error)
}
