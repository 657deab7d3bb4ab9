//! `/settings/receive`: *Receive from my other device*. The package comes
//! by camera or as a file (chosen here, or handed over from Settings'
//! Import backup, a drop or the installed app's file handler); it asks for
//! its code, shows what merging it would do, and merges through the same
//! door as an imported backup (`AppState::merge_in`). Nothing changes
//! before *Merge into my data*.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::camera::CameraReader;
use super::seal;
use crate::model::data::{normalised, preview_merge, MergePreview};
use crate::model::transfer::package::Package;
use crate::model::transfer::peer::{find, missed_earlier, record_received};
use crate::model::transfer::sealed::{
    is_transfer, open_transfer, SealedTransfer, TransferError, MAX_SEALED_BYTES,
};
use crate::platform;
use crate::ui::router::A;
use crate::ui::state::{use_app, AppState, Problem};
use crate::ui::widgets::{focus_soon, set_title};

/// Where the page is.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// Camera or file.
    Choose,
    Camera,
    /// A package is here, locked: its code, please.
    Code {
        /// "the camera" or the file's name.
        from: String,
        sealed: Arc<SealedTransfer>,
    },
    /// Opened: what merging it would do.
    Preview {
        package: Arc<Package>,
        preview: MergePreview,
    },
    /// Merged (and whether it was saved).
    Done {
        text: String,
        saved: bool,
        missed: bool,
    },
}

/// Checks bytes that arrived (a file, or the camera's payload) and says
/// what they are.
fn check(from: String, bytes: &[u8]) -> Result<Step, String> {
    if !is_transfer(bytes) {
        let text = String::from_utf8_lossy(&bytes[..bytes.len().min(300)]).into_owned();
        let backup = crate::model::vault::is_sealed(bytes)
            || text.contains("\"app\":\"rebound\"")
            || text.contains("\"app\": \"rebound\"");
        return Err(if backup {
            crate::t!("This is a backup file, not a package sent from another device. Import it in Settings with Import backup instead. Nothing was changed.").into()
        } else {
            crate::t!("This isn't a package Rebound sent from another device, so it wasn't opened. Nothing was changed.").into()
        });
    }
    let sealed = open_transfer(bytes).map_err(|e| e.to_string())?;
    Ok(Step::Code {
        from,
        sealed: Arc::new(sealed),
    })
}

/// "2 new records and 1 updated (12 already here)." — and how many notes
/// were edited on both devices.
fn counts(p: &MergePreview) -> String {
    let mut parts = Vec::new();
    if p.added > 0 {
        parts.push(crate::tp!(p.added, "1 new record", "{n} new records"));
    }
    if p.updated > 0 {
        parts.push(crate::tp!(p.updated, "1 updated", "{n} updated"));
    }
    if p.settings_changed {
        parts.push(crate::t!("newer settings").to_string());
    }
    let mut out = if parts.is_empty() {
        crate::t!("nothing new: this device already has all of it").to_string()
    } else {
        super::listed(parts)
    };
    if p.unchanged > 0 && (p.added > 0 || p.updated > 0) {
        out.push(' ');
        out.push_str(&crate::tp!(
            p.unchanged,
            "(1 already here)",
            "({n} already here)"
        ));
    }
    out.push('.');
    if p.both_kept > 0 {
        out.push(' ');
        out.push_str(&crate::tp!(
            p.both_kept,
            "1 note was edited on both devices; both versions are kept for you to tidy.",
            "{n} notes were edited on both devices; both versions of each are kept for you to tidy."
        ));
    }
    out
}

/// Merges an opened package, saves (taking its turn through the lock every
/// write takes), and remembers whom it came from.
async fn merge(app: AppState, package: &Package, preview: &MergePreview) -> Result<Step, String> {
    if !app.merge_in(&normalised(package.data.clone())) {
        return Err(crate::t!(
            "The package couldn't be merged just now. Nothing was changed; please try again."
        )
        .into());
    }
    let mut peers = super::peers::load();
    let missed = missed_earlier(package, find(&peers, package.from));
    let saved = app.save_locked().await;
    if saved {
        // Only a package that is safely stored counts as received.
        record_received(&mut peers, package);
        let _ = super::peers::store(&peers);
    }
    let text = if saved {
        crate::tf!("Merged into your data: {counts}", counts = counts(preview))
    } else if app
        .storage
        .with_untracked(|s| matches!(s.problem, Some(Problem::Quota { .. })))
    {
        crate::t!("What arrived is merged on this screen, but this device's storage is full, so it isn't saved yet. Export a backup in Settings now so nothing is lost, then free some space. Your other device still has everything it sent.").into()
    } else {
        crate::t!("What arrived is merged on this screen, but it isn't saved yet: see the message at the top of the page. Your other device still has everything it sent.").into()
    };
    Ok(Step::Done {
        text,
        saved,
        missed,
    })
}

#[component]
pub fn ReceivePage() -> impl IntoView {
    set_title(crate::t!("Receive from my other device"));
    let app = use_app();
    let step = RwSignal::new(Step::Choose);
    let error = RwSignal::new(None::<String>);
    let take_bytes = move |from: String, bytes: Vec<u8>| match check(from, &bytes) {
        Ok(next) => {
            error.set(None);
            step.set(next);
            focus_soon("transfer-code");
        }
        Err(e) => {
            error.set(Some(e));
            step.set(Step::Choose);
        }
    };
    if !crate::ui::lazy::warming() {
        if let Some((name, bytes)) = super::take_handed() {
            take_bytes(name, bytes);
        }
    }
    let take_file = move |file: web_sys::File| {
        error.set(None);
        let name = file.name();
        if file.size() > MAX_SEALED_BYTES as f64 {
            error.set(Some(
                TransferError::TooLarge(file.size() as usize).to_string(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            match platform::read_file(file).await {
                Ok(bytes) => take_bytes(name, bytes),
                Err(_) => {
                    let _ = error.try_set(Some(
                        crate::t!("That file couldn't be read. Nothing was changed.").into(),
                    ));
                }
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        take_file(file);
    };
    let over = move |ev: leptos::ev::DragEvent| ev.prevent_default();
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            take_file(file);
        }
    };
    let payload = Callback::new(move |bytes: Vec<u8>| take_bytes("the camera".into(), bytes));
    let camera_failed = Callback::new(move |why: String| {
        error.set(Some(why));
        step.set(Step::Choose);
        focus_soon("transfer-file");
    });
    let start_over = move || {
        error.set(None);
        step.set(Step::Choose);
    };
    view! {
        <div class="page transfer" on:dragover=over on:drop=drop>
            <p class="crumbs">
                <A href="/settings">{format!("← {}", crate::t!("Settings"))}</A>
            </p>
            <h1>{crate::t!("Receive from my other device")}</h1>
            <p class="lead">
                {crate::t!(
                    "Bring over what your other device sends: hold its screen up to this camera, or open the file it made. Then type the code it shows."
                )}
            </p>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="form-error" role="alert">
                                {e}
                            </p>
                        }
                    })
            }}
            {move || match step.get() {
                Step::Choose => {
                    view! {
                        <section class="card" aria-labelledby="how-title">
                            <h2 id="how-title">{crate::t!("How is it coming?")}</h2>
                            <p>
                                {super::bold(
                                    crate::t!(
                                        "First, on your other device, open Settings and choose {send}. It shows codes and a one-time code, and can make a file."
                                    ),
                                    &[("send", crate::t!("Send to my other device"))],
                                )}
                            </p>
                            <div class="actions wrap transfer-ways">
                                <button
                                    type="button"
                                    class="btn"
                                    on:click=move |_| {
                                        error.set(None);
                                        step.set(Step::Camera);
                                    }
                                >
                                    {crate::t!("Use the camera")}
                                </button>
                                <div class="file-field">
                                    <input
                                        id="transfer-file"
                                        class="file-input"
                                        type="file"
                                        accept="application/json,.json"
                                        on:change=on_file
                                    />
                                    <label for="transfer-file" class="btn secondary">
                                        {crate::t!("Open a transfer file")}
                                    </label>
                                </div>
                            </div>
                            <p class="hint">
                                {crate::t!(
                                    "You can also drop the file anywhere on this page. The camera works with both devices offline; nothing goes over the internet."
                                )}
                            </p>
                        </section>
                    }
                        .into_any()
                }
                Step::Camera => {
                    view! {
                        <section class="card" aria-labelledby="camera-title">
                            <h2 id="camera-title">{crate::t!("Reading the QR codes")}</h2>
                            <CameraReader done=payload failed=camera_failed />
                            <div class="actions wrap">
                                <button
                                    type="button"
                                    class="btn quiet"
                                    on:click=move |_| start_over()
                                >
                                    {crate::t!("Cancel")}
                                </button>
                            </div>
                        </section>
                    }
                        .into_any()
                }
                Step::Code { from, sealed } => {
                    view! { <CodeForm from=from sealed=sealed step=step error=error /> }.into_any()
                }
                Step::Preview { package, preview } => {
                    let p = preview;
                    let pkg = package.clone();
                    let sent = package.sent_at;
                    let day = crate::model::transfer::peer::day_words(
                        platform::local_date(sent),
                        platform::today(),
                    );
                    focus_soon("merge-transfer");
                    view! {
                        <div
                            class="card import-preview"
                            role="region"
                            aria-label=crate::t!("Transfer preview")
                        >
                            <h2>{crate::t!("What's arriving")}</h2>
                            <p>
                                {crate::tf!(
                                    "From your other device, sent {day} at {time}: {counts}",
                                    day = day,
                                    time = platform::local_time(sent),
                                    counts = counts(&preview)
                                )}
                            </p>
                            <div class="actions wrap">
                                <button
                                    type="button"
                                    id="merge-transfer"
                                    class="btn"
                                    on:click=move |_| {
                                        let pkg = pkg.clone();
                                        leptos::task::spawn_local(async move {
                                            match merge(app, &pkg, &p).await {
                                                Ok(done) => {
                                                    let _ = error.try_set(None);
                                                    let _ = step.try_set(done);
                                                    focus_soon("transfer-done");
                                                }
                                                Err(e) => {
                                                    let _ = error.try_set(Some(e));
                                                }
                                            }
                                        });
                                    }
                                >
                                    {crate::t!("Merge into my data")}
                                </button>
                                <button
                                    type="button"
                                    class="btn quiet"
                                    on:click=move |_| start_over()
                                >
                                    {crate::t!("Cancel")}
                                </button>
                            </div>
                            <p class="hint">
                                {crate::t!(
                                    "Merging keeps everything on this device and adds what's new; a note changed on both keeps both versions."
                                )}
                            </p>
                        </div>
                    }
                        .into_any()
                }
                Step::Done { text, saved, missed } => {
                    view! {
                        <section class="card transfer-done" aria-labelledby="done-title">
                            <h2 id="done-title" tabindex="-1">
                                {if saved {
                                    crate::t!("It's here")
                                } else {
                                    crate::t!("Merged, not saved yet")
                                }}
                            </h2>
                            <p id="transfer-done" role="status">
                                {text}
                            </p>
                            {missed
                                .then(|| {
                                    view! {
                                        <p class="transfer-note">
                                            {super::bold(
                                                crate::t!(
                                                    "It looks like an earlier package from your other device never reached this one. Everything in this one is merged; to be sure nothing is missing, send once more from there with {everything} ticked."
                                                ),
                                                &[
                                                    (
                                                        "everything",
                                                        crate::t!(
                                                            "Send everything on this device, not only the changes"
                                                        ),
                                                    ),
                                                ],
                                            )}
                                        </p>
                                    }
                                })}
                            <p>
                                {crate::tf!(
                                    "On your other device, tap “{button}”. To bring that device up to date with this one too, send from here.",
                                    button = crate::t!("It arrived on my other device")
                                )}
                            </p>
                            <div class="actions wrap">
                                <a href=super::SEND_PATH class="btn secondary">
                                    {crate::t!("Send to my other device")}
                                </a>
                                <a href="/settings" class="btn quiet">
                                    {crate::t!("Back to Settings")}
                                </a>
                            </div>
                        </section>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// The code, before the package is opened.
#[component]
fn CodeForm(
    from: String,
    sealed: Arc<SealedTransfer>,
    step: RwSignal<Step>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let typed = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let code = typed.get_untracked();
        // A typo is told at once, before the slow key derivation.
        if let Err(e) = crate::model::transfer::parse_code(&code) {
            error.set(Some(e.to_string()));
            crate::ui::widgets::focus("transfer-code");
            return;
        }
        error.set(None);
        busy.set(true);
        let sealed = sealed.clone();
        leptos::task::spawn_local(async move {
            let opened = seal::open(&sealed, &code).await;
            let _ = busy.try_set(false);
            match opened {
                Ok(package) => {
                    let preview = app
                        .data
                        .with_untracked(|d| preview_merge(d, &normalised(package.data.clone())));
                    let _ = step.try_set(Step::Preview {
                        package: Arc::new(package),
                        preview,
                    });
                }
                Err(e) => {
                    let _ = error.try_set(Some(e));
                    crate::ui::widgets::focus("transfer-code");
                }
            }
        });
    };
    let lead = if from == "the camera" {
        crate::t!("All of it is here.").to_string()
    } else {
        crate::tf!("{from} is a package from your other device.", from = from)
    };
    let lead = format!(
        "{lead} {}",
        crate::t!(
            "Type the one-time code your other device shows; nothing changes until you choose."
        )
    );
    view! {
        <section class="card" aria-labelledby="code-title">
            <h2 id="code-title">{crate::t!("The one-time code")}</h2>
            <p>{lead}</p>
            <form class="form" on:submit=open>
                <div class="field">
                    <label for="transfer-code">{crate::t!("Code")}</label>
                    <input
                        id="transfer-code"
                        class="code-input"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder="123 456 7890"
                        aria-describedby="transfer-code-hint"
                        prop:value=typed
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                    <p class="hint" id="transfer-code-hint">
                        {crate::t!("Ten digits; spaces don't matter.")}
                    </p>
                </div>
                <div class="actions wrap">
                    <button type="submit" class="btn" disabled=move || busy.get()>
                        {move || {
                            if busy.get() { crate::t!("Opening…") } else { crate::t!("Open") }
                        }}
                    </button>
                    <button
                        type="button"
                        class="btn quiet"
                        on:click=move |_| {
                            error.set(None);
                            step.set(Step::Choose);
                        }
                    >
                        {crate::t!("Cancel")}
                    </button>
                </div>
            </form>
        </section>
    }
}
