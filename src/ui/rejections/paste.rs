//! "Paste the email": the log form filled from a rejection email, read here
//! on the device by `model::email`. Fields the reader filled carry a note
//! until the person changes them; nothing is saved before **Save**.
//!
//! The reader is a part of its own (`reader`, [`split_read`]): most of the
//! form's code and all of the reader's word tables, fetched when the form
//! opens rather than with the tap that opens it.

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::model::draft::Draft;
pub use crate::model::email::Field;
use crate::model::email::{fill_from_email, read, EmailKind, Evidence, Reading, Suggestion};
use crate::model::rejection::Outcome;
use crate::ui::lazy;

/// The split function: everything only the reader reaches moves with it.
#[wasm_split(reader, fallible, preload(preload_reader))]
pub(crate) fn split_read(
    subject: &str,
    body: &str,
    url: &str,
) -> Result<Reading, SplitLoaderError> {
    Ok(read(subject, body, url))
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
    /// Candidates the reader found but didn't fill, by field.
    companies: RwSignal<Vec<Suggestion>>,
    roles: RwSignal<Vec<Suggestion>>,
    /// "Keep the email text in my notes".
    pub keep: RwSignal<bool>,
    /// The reader's part couldn't be fetched for the text in the box.
    unread: RwSignal<bool>,
}

impl EmailFill {
    pub fn new(draft: RwSignal<Draft>) -> EmailFill {
        EmailFill {
            draft,
            text: RwSignal::new(String::new()),
            filled: RwSignal::new(Vec::new()),
            kind: RwSignal::new(None),
            cut: RwSignal::new(false),
            companies: RwSignal::new(Vec::new()),
            roles: RwSignal::new(Vec::new()),
            keep: RwSignal::new(false),
            unread: RwSignal::new(false),
        }
    }

    /// Reads the email once the reader's part is here (at once when it is;
    /// a part that failed is asked for again) and fills what it is sure
    /// of. A read whose text was replaced in the meantime is dropped.
    pub fn fill(&self, subject: &str, body: &str, url: &str) {
        let email = *self;
        let (subject, body, url) = (subject.to_owned(), body.to_owned(), url.to_owned());
        leptos::task::spawn_local(async move {
            let here = lazy::reader().ready().await;
            // (Compared in place: the text can be 50,000 characters, and
            // this runs on every keystroke in the box.)
            if email.text.with_untracked(|t| *t != body) {
                return;
            }
            email.unread.set(!here);
            if let Some(Ok(r)) = here
                .then(|| lazy::now(split_read(&subject, &body, &url)))
                .flatten()
            {
                email.apply(&r, &subject, &body);
            }
        });
    }

    /// What the reader found, in the form (the model's rule: never over
    /// the person's words); the rest is offered as suggestions.
    fn apply(&self, r: &Reading, subject: &str, body: &str) {
        let before = self.filled.get_untracked();
        let today = crate::platform::today();
        let mut filled = Vec::new();
        self.draft
            .update(|d| filled = fill_from_email(d, r, &before, today));
        self.filled.set(filled);
        let (company, role) = self
            .draft
            .with_untracked(|d| (d.company.clone(), d.role.clone()));
        // A suggestion the field already holds isn't offered again.
        let offer = |list: &[Suggestion], current: &str| -> Vec<Suggestion> {
            list.iter()
                .filter(|s| s.value.trim() != current.trim())
                .take(3)
                .cloned()
                .collect()
        };
        self.companies.set(offer(&r.companies, &company));
        self.roles.set(offer(&r.roles, &role));
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
            view! {
                <span class="hint filled-note">
                    {crate::t!("Filled in from the email — check before saving")}
                </span>
            }
        })
    }

    /// Up to three tappable suggestions beside a field, each saying where
    /// it came from; a tap fills the field (marked as from the email).
    pub fn suggestions(&self, f: Field) -> impl IntoView + use<> {
        let email = *self;
        let list = match f {
            Field::Company => self.companies,
            _ => self.roles,
        };
        // Named without the field's own label ("Company", "Role"), so the
        // field stays the one thing that label finds.
        let label = if f == Field::Company {
            crate::t!("Employers the email names")
        } else {
            crate::t!("Job titles the email names")
        };
        move || {
            let items = list.get();
            (!items.is_empty()).then(|| {
                view! {
                    <div class="suggestions" role="group" aria-label=label>
                        <span class="hint">{crate::t!("From the email:")} " "</span>
                        {items
                            .into_iter()
                            .map(|s| {
                                let value = s.value.clone();
                                let text = format!("{} ({})", s.value, evidence(s.from));
                                view! {
                                    <button
                                        type="button"
                                        class="chip"
                                        on:click=move |_| email.take(f, value.clone())
                                    >
                                        {text}
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                }
            })
        }
    }

    /// A suggestion tapped: it fills its field.
    fn take(&self, f: Field, value: String) {
        self.draft.update(|d| match f {
            Field::Company => d.company = value.clone(),
            _ => d.role = value.clone(),
        });
        self.filled.update(|v| {
            if !v.contains(&f) {
                v.push(f);
            }
        });
        let list = if f == Field::Company {
            self.companies
        } else {
            self.roles
        };
        list.update(|l| l.retain(|s| s.value != value));
    }
}

/// Where a suggestion was found, in the language in use (the reader's own
/// words, `Evidence::label`, are its English).
fn evidence(e: Evidence) -> &'static str {
    match e {
        Evidence::Subject => crate::t!("the subject line"),
        Evidence::Message => crate::t!("in the message"),
        Evidence::Signature => crate::t!("the signature"),
        Evidence::AgencySignature => crate::t!("the recruiter's signature"),
        Evidence::SenderName => crate::t!("the sender's name"),
        Evidence::SenderDomain => crate::t!("the sender's address"),
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
    // The reader's part, for the paste that usually comes next.
    lazy::reader().fetch();
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
                crate::t!("This reads like an invitation to interview or another next step (a call or a test), not a rejection. Good luck! Log it as an application in progress instead?"),
                Outcome::InProgress,
                crate::t!("Log as in progress"),
            ),
            EmailKind::Offer if o != Outcome::Offer => (
                crate::t!("This reads like an offer. Congratulations! Log it as an offer instead?"),
                Outcome::Offer,
                crate::t!("Log as an offer"),
            ),
            EmailKind::Acknowledgement if o != Outcome::InProgress => (
                crate::t!("This reads like a note that your application arrived, not a decision. Track it as an application in progress instead?"),
                Outcome::InProgress,
                crate::t!("Track as in progress"),
            ),
            _ => return None,
        };
        Some(view! {
            <div class="email-kind" role="status">
                <p>{text}</p>
                <button
                    type="button"
                    class="btn secondary small"
                    on:click=move |_| on_outcome.run(to)
                >
                    {label}
                </button>
            </div>
        })
    };
    view! {
        // Open on a new form: most rejections arrive by email, and pasting
        // it is the quickest way in.
        <details class="paste-email" open=true>
            <summary>{crate::t!("From an email")}</summary>
            <div class="field">
                <label for="paste-email">{crate::t!("Paste the email")}</label>
                <textarea
                    id="paste-email"
                    rows="4"
                    aria-describedby="paste-hint"
                    prop:value=email.text
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        email.text.set(text.clone());
                        email.fill("", &text, "");
                    }
                ></textarea>
                <span class="hint" id="paste-hint">
                    {crate::t!(
                        "Rebound fills in what it can find. The email is read here on your device; nothing is sent anywhere."
                    )}
                </span>
            </div>
            {can_read_clipboard
                .then(|| {
                    view! {
                        <button type="button" class="btn secondary small" on:click=from_clipboard>
                            {crate::t!("Paste from clipboard")}
                        </button>
                    }
                })}
            {move || {
                clip_error
                    .get()
                    .then(|| {
                        view! {
                            <p class="hint" role="status">
                                {crate::t!(
                                    "The clipboard couldn't be read. Paste into the box instead."
                                )}
                            </p>
                        }
                    })
            }}
            {move || {
                email
                    .cut
                    .get()
                    .then(|| {
                        view! {
                            <p class="hint" role="status">
                                {crate::t!(
                                    "That was a very long text: only its first 50,000 characters were read."
                                )}
                            </p>
                        }
                    })
            }}
            {move || {
                email
                    .unread
                    .get()
                    .then(|| {
                        view! {
                            <p class="hint" role="status">
                                {crate::t!(
                                    "The email reader hasn't reached this device yet, and the connection seems to be off. Fill in the form yourself, or paste the email again once you're online."
                                )}
                            </p>
                        }
                    })
            }}
            {advice}
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=email.keep
                    on:change=move |ev| email.keep.set(event_target_checked(&ev))
                />
                {crate::t!("Keep the email text in my notes")}
            </label>
        </details>
    }
}
