//! Small shared pieces: icons, titles, sizes, progress.

use leptos::prelude::*;

/// Sets the document title for a page ("Goals · Rebound").
pub fn set_title(page: &str) {
    if crate::ui::lazy::warming() {
        return;
    }
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let title = if page.is_empty() {
            "Rebound".to_string()
        } else {
            format!("{page} · Rebound")
        };
        doc.set_title(&title);
    }
}

/// Focuses an element once it has been rendered (after the action that
/// made it appear), so keyboard users continue from what just opened.
pub fn focus_soon(id: impl Into<String>) {
    let id: String = id.into();
    request_animation_frame(move || focus(&id));
}

/// Focuses an element that is already on the page.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// "1.2 MB", "640 KB" — storage figures for people.
pub fn human_size(chars: usize) -> String {
    // Browsers count characters; binary units match the "5 MB" they advertise.
    // Whole numbers only: formatting floats would add their machinery to the wasm.
    let n = chars as u64;
    if n >= 1_048_576 {
        crate::tf!(
            "{size} MB",
            size = crate::model::time::tenths_shown((n * 10 + 524_288) / 1_048_576)
        )
    } else {
        crate::tf!("{size} KB", size = ((n + 512) / 1024).max(1))
    }
}

/// A whole translated sentence whose `{name}` placeholders are shown in
/// bold (the names of buttons and menus the sentence talks about): the
/// sentence stays one text to translate, with the markup around its parts.
pub fn emphasised(template: &str, parts: &[(&str, &'static str)]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let Some((_, value)) = parts.iter().find(|(k, _)| *k == &after[..close]) else {
            break;
        };
        if open > 0 {
            out.push(rest[..open].to_string().into_any());
        }
        let value: &'static str = value;
        out.push(view! { <strong>{value}</strong> }.into_any());
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(rest.to_string().into_any());
    }
    out
}

/// A whole sentence with `{name}` in it, cut around it so what goes there
/// can be set apart (in bold): the text before it and after it.
pub(crate) fn around(text: &str, name: &str) -> (String, String) {
    let mark = format!("{{{name}}}");
    match text.split_once(&mark) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text.to_string(), String::new()),
    }
}

/// Line icons drawn inline (no icon fonts or network).
#[component]
pub fn Icon(name: &'static str) -> impl IntoView {
    let d = match name {
        "today" => "M12 3v2M12 19v2M3 12h2M19 12h2M5.6 5.6l1.4 1.4M17 17l1.4 1.4M5.6 18.4 7 17M17 7l1.4-1.4M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z",
        "rejections" => "M4 5h16v14H4zM4 9h16M8 13h8M8 16h5",
        "goals" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM12 11a1 1 0 1 0 0 2 1 1 0 0 0 0-2z",
        "journal" => "M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6zM6 3a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2M9 8h6M9 12h6",
        "settings" => "M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M16 4v4M10 10v4M18 16v4",
        _ => "M12 12h0",
    };
    view! {
        <svg
            class="icon"
            viewBox="0 0 24 24"
            width="22"
            height="22"
            aria-hidden="true"
            focusable="false"
        >
            <path
                d=d
                fill="none"
                stroke="currentColor"
                stroke-width="1.8"
                stroke-linecap="round"
                stroke-linejoin="round"
            />
        </svg>
    }
}

/// A progress bar with its text: `value` of `max`.
#[component]
pub fn Progress(
    #[prop(into)] value: Signal<usize>,
    #[prop(into)] max: Signal<usize>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="progress">
            <progress
                max=move || max.get().max(1).to_string()
                value=move || value.get().to_string()
                aria-label=move || label.get()
            ></progress>
            <span class="progress-text">{move || label.get()}</span>
        </div>
    }
}

/// Whether the `<details>` behind a toggle event is open now (folded parts
/// of a page are built only while open).
pub fn is_open(ev: &leptos::ev::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .is_some_and(|d| d.open())
}
