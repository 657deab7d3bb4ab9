//! "Paste the email": the log form filled from a rejection email, read here
//! on the device by `model::email`. Fields the reader filled carry a note
//! until the person changes them; nothing is saved before **Save**.

use leptos::prelude::*;

use crate::model::draft::Draft;
use crate::model::email::{read, EmailKind};
use crate::model::rejection::Outcome;

/// The form fields an email can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Company,
    Role,
    Stage,
    Date,
}

/// The email box's state, shared with the form's fields.
#[derive(Clone, Copy)]
pub struct EmailFill {
    draft: RwSignal<Draft>,
    /// The pasted (or shared) text.
    pub text: RwSignal<String>,
    /// Fields filled from the email and not changed since.
    filled: RwSignal<Vec<Field>>,
    kind: RwSignal<Option<EmailKind>>,
    cut: RwSignal<bool>,
    /// "Keep the email text in my notes".
    pub keep: RwSignal<bool>,
}

impl EmailFill {
    pub fn new(draft: RwSignal<Draft>) -> EmailFill {
        EmailFill {
            draft,
            text: RwSignal::new(String::new()),
            filled: RwSignal::new(Vec::new()),
            kind: RwSignal::new(None),
            cut: RwSignal::new(false),
            keep: RwSignal::new(false),
        }
    }

    /// Reads the email and fills what it found into fields that are empty
    /// or were filled from an email before (never over the person's words).
    pub fn fill(&self, subject: &str, body: &str, url: &str) {
        let r = read(subject, body, url);
        let filled = self.filled.get_untracked();
        let mut now_filled = Vec::new();
        self.draft.update(|d| {
            let ours = |f: Field, current: &str| current.trim().is_empty() || filled.contains(&f);
            if let Some(c) = r
                .company
                .as_ref()
                .filter(|_| ours(Field::Company, &d.company))
            {
                d.company = c.clone();
                now_filled.push(Field::Company);
            }
            if let Some(role) = r.role.as_ref().filter(|_| ours(Field::Role, &d.role)) {
                d.role = role.clone();
                now_filled.push(Field::Role);
            }
            if let Some(stage) = r
                .stage
                .filter(|_| filled.contains(&Field::Stage) || d.stage == Default::default())
            {
                d.stage = stage;
                now_filled.push(Field::Stage);
            }
            let today = crate::platform::today();
            if let Some(date) = r.date.filter(|day| *day <= today) {
                if filled.contains(&Field::Date) || d.date == today.to_string() {
                    d.date = date.to_string();
                    now_filled.push(Field::Date);
                }
            }
            if let Some(name) = &r.signer {
                d.contact_name = name.clone();
            }
        });
        // Fields filled before and not found this time keep their note.
        for f in filled {
            if !now_filled.contains(&f) {
                now_filled.push(f);
            }
        }
        self.filled.set(now_filled);
        self.kind
            .set((!body.trim().is_empty() || !subject.trim().is_empty()).then_some(r.kind));
        self.cut.set(r.cut);
    }

    /// The person changed a field: it is theirs now.
    pub fn mine(&self, f: Field) {
        if self.filled.with_untracked(|v| v.contains(&f)) {
            self.filled.update(|v| v.retain(|x| *x != f));
        }
    }

    /// The note under a field filled from the email.
    pub fn note(&self, f: Field) -> Option<impl IntoView + use<>> {
        self.filled.with(|v| v.contains(&f)).then(|| {
            view! { <span class="hint filled-note">"Filled in from the email — check before saving"</span> }
        })
    }
}

/// The email box: paste (or read the clipboard), and a kind word when the
/// email isn't a rejection after all.
#[component]
pub fn PasteEmail(
    email: EmailFill,
    outcome: Signal<Outcome>,
    on_outcome: Callback<Outcome>,
) -> impl IntoView {
    let can_read_clipboard = web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w.navigator(), &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined())
            .and_then(|c| js_sys::Reflect::has(&c, &"readText".into()).ok())
            .unwrap_or(false)
    });
    let (clip_error, set_clip_error) = signal(false);
    let from_clipboard = move |_| {
        set_clip_error.set(false);
        leptos::task::spawn_local(async move {
            match crate::platform::read_clipboard().await {
                Some(text) if !text.trim().is_empty() => {
                    email.text.set(text.clone());
                    email.fill("", &text, "");
                }
                _ => set_clip_error.set(true),
            }
        });
    };
    let advice = move || {
        let kind = email.kind.get()?;
        let o = outcome.get();
        let (text, to, label) = match kind {
            EmailKind::Interview if o != Outcome::InProgress => (
                "This reads like an invitation to interview, not a rejection. Good luck! Log it as an application in progress instead?",
                Outcome::InProgress,
                "Log as in progress",
            ),
            EmailKind::Offer if o != Outcome::Offer => (
                "This reads like an offer. Congratulations! Log it as an offer instead?",
                Outcome::Offer,
                "Log as an offer",
            ),
            EmailKind::Acknowledgement if o != Outcome::InProgress => (
                "This reads like a note that your application arrived, not a decision. Track it as an application in progress instead?",
                Outcome::InProgress,
                "Track as in progress",
            ),
            _ => return None,
        };
        Some(view! {
            <div class="email-kind" role="status">
                <p>{text}</p>
                <button type="button" class="btn secondary small" on:click=move |_| on_outcome.run(to)>{label}</button>
            </div>
        })
    };
    view! {
        <details class="paste-email" open=move || !email.text.with_untracked(String::is_empty)>
            <summary>"From an email"</summary>
            <div class="field">
                <label for="paste-email">"Paste the email"</label>
                <textarea id="paste-email" rows="4" aria-describedby="paste-hint"
                    prop:value=email.text
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        email.text.set(text.clone());
                        email.fill("", &text, "");
                    }></textarea>
                <span class="hint" id="paste-hint">"Rebound fills in what it can find. The email is read here on your device; nothing is sent anywhere."</span>
            </div>
            {can_read_clipboard.then(|| view! {
                <button type="button" class="btn secondary small" on:click=from_clipboard>"Paste from clipboard"</button>
            })}
            {move || clip_error.get().then(|| view! { <p class="hint" role="status">"The clipboard couldn't be read. Paste into the box instead."</p> })}
            {move || email.cut.get().then(|| view! { <p class="hint" role="status">"That was a very long text: only its first 50,000 characters were read."</p> })}
            {advice}
            <label class="check">
                <input type="checkbox" prop:checked=email.keep on:change=move |ev| email.keep.set(event_target_checked(&ev)) />
                "Keep the email text in my notes"
            </label>
        </details>
    }
}
