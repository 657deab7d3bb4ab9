//! Backups from anywhere in the app (Settings, the storage-full banner, the
//! Safari notice, the update banner, a damaged-data banner): one way to
//! make a file, which follows this device's choice to encrypt. Every file
//! starts from the stored data merged with this tab's, and nothing says a
//! backup was made unless it was (an encrypted one is opened once first).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::state::{AppState, ExportKind};
use crate::model::backup::backup_file_name;
use crate::model::passphrase;
use crate::model::vault;
use crate::platform;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::platform::files::Handed;
/// This person encrypts their backups (a device flag, set by an encrypted
/// export and cleared only by unticking *Encrypt my backups*).
use crate::platform::flags::{BACKUP_DOWNLOADED, ENCRYPTS};

/// The backup line of Settings and Today, which says so when the last
/// backup was only handed to the browser as a download (tracked: it is
/// read again when the data or this device's record of copies changes).
pub fn status(app: AppState) -> String {
    app.copies_rev.track();
    app.data.with(|d| {
        crate::model::backup::backup_status_of(
            d,
            platform::now(),
            platform::device_time(crate::platform::flags::IMPORTED_AT),
            platform::device_time(BACKUP_DOWNLOADED),
        )
    })
}

/// Keeps a device time about copies (see [`status`]) and has the backup
/// line read it again.
pub fn set_copy_time(app: AppState, key: &str, t: DateTime<Utc>) {
    platform::set_device_time(key, t);
    app.copies_rev.update(|n| *n += 1);
}

fn not_written() -> &'static str {
    crate::t!("The backup couldn't be written just now. Please try again in a moment.")
}

fn blocked() -> &'static str {
    crate::t!("The browser blocked the download. Please try again.")
}

fn still_loading() -> &'static str {
    crate::t!(
        "Your saved data hasn't been read yet, so a backup now would be incomplete. Please wait a moment."
    )
}

pub fn encrypts() -> bool {
    platform::device_flag(ENCRYPTS)
}

pub fn set_encrypts(on: bool) {
    platform::set_device_flag(ENCRYPTS, on);
}

/// Exports a backup: a plain file at once, or (for a person who encrypts)
/// the passphrase prompt.
pub fn export_backup(app: AppState) {
    export(app, ExportKind::Backup);
}

/// Every `rebound.*` key as one file (the repair screen's format, which
/// the import reads back), for unreadable data.
pub fn download_raw_data(app: AppState) {
    export(app, ExportKind::RawData);
}

/// The data *Replace everything* replaced, as a backup file.
pub fn download_previous(app: AppState) {
    export(app, ExportKind::Previous);
}

fn export(app: AppState, kind: ExportKind) {
    if encrypts() {
        app.export_prompt.set(Some(kind));
        return;
    }
    // A file is made from the stored data, so this waits for the data part
    // anyway; its code (the file, the save dialog, what the toast says)
    // comes with that part instead of the first download.
    if super::lazy::now(split_export(app, kind)).is_none() {
        app.notify(still_loading(), None);
    }
}

#[wasm_split(data, fallible, preload(preload_export))]
pub(super) fn split_export(app: AppState, kind: ExportKind) -> Result<(), SplitLoaderError> {
    let now = platform::now();
    match file_text(app, kind, now) {
        Ok((text, stamped)) => {
            let (name, mime) = file_name(kind, false);
            leptos::task::spawn_local(async move {
                let handed = platform::files::save_file(&name, mime, &text).await;
                if let Err(e) = handed_over(app, kind, false, handed, now, stamped) {
                    app.notify(e, None);
                }
            });
        }
        Err(e) => app.notify(e, None),
    }
    Ok(())
}

/// What happened to a file given to the person: a backup counts once the
/// file was written, or handed to the browser as a download (and the
/// backup line then says it was only that); a cancelled save is no backup.
fn handed_over(
    app: AppState,
    kind: ExportKind,
    sealed: bool,
    handed: Handed,
    now: DateTime<Utc>,
    stamped: Stamp,
) -> Result<(), String> {
    match handed {
        Handed::Written | Handed::Downloading => {
            let download = handed == Handed::Downloading;
            if kind == ExportKind::Backup {
                if download {
                    set_copy_time(app, BACKUP_DOWNLOADED, now);
                }
                remember_backup(app, now, stamped);
            }
            if sealed {
                set_encrypts(true);
            }
            app.notify(handed_text(kind, sealed, download), None);
            Ok(())
        }
        Handed::Cancelled => Err(if kind == ExportKind::Backup {
            crate::t!("The save was cancelled, so no backup was made.").into()
        } else {
            crate::t!("The save was cancelled, so no file was made.").into()
        }),
        Handed::Refused => Err(blocked().into()),
    }
}

/// What the toast says once a file was written where the person chose
/// (`download: false`), or handed to the browser as a download (which no
/// page can see finish, so it never says "downloaded").
fn handed_text(kind: ExportKind, sealed: bool, download: bool) -> &'static str {
    match (kind, sealed, download) {
        (ExportKind::Backup, false, false) => crate::t!(
            "Your backup is saved where you chose. Keep it somewhere safe, like your cloud drive."
        ),
        (ExportKind::Backup, false, true) => crate::t!(
            "Saving your backup to your downloads. Keep it somewhere safe, like your cloud drive."
        ),
        (ExportKind::Backup, true, false) => crate::t!(
            "Your encrypted backup is saved where you chose, and it opens with your passphrase (checked just now). Keep it somewhere safe."
        ),
        (ExportKind::Backup, true, true) => crate::t!(
            "Saving your encrypted backup to your downloads. It opens with your passphrase (checked just now). Keep it somewhere safe."
        ),
        (ExportKind::RawData, _, false) => crate::t!(
            "A file with everything stored for Rebound in this browser is saved where you chose. Settings → Import backup reads it back."
        ),
        (ExportKind::RawData, _, true) => crate::t!(
            "Saving a file with everything stored for Rebound in this browser to your downloads. Settings → Import backup reads it back."
        ),
        (ExportKind::Previous, _, false) => {
            crate::t!("A file of your data from before the replace is saved where you chose.")
        }
        (ExportKind::Previous, _, true) => {
            crate::t!("Saving a file of your data from before the replace to your downloads.")
        }
    }
}

fn file_name(kind: ExportKind, sealed: bool) -> (String, &'static str) {
    let today = platform::today();
    let base = match kind {
        ExportKind::Backup => backup_file_name(today),
        ExportKind::RawData => format!("rebound-data-{today}.json"),
        ExportKind::Previous => format!("rebound-before-replace-{today}.json"),
    };
    let name = if sealed {
        base.replace(".json", "-encrypted.json")
    } else {
        base
    };
    (name, "application/json")
}

/// The settings' change time, as written into the file.
type Stamp = Option<DateTime<Utc>>;

/// A file's text. A backup is stamped with its own time (the same stamp
/// goes into the file and onto this device, so the two agree), after this
/// tab took in whatever another tab saved.
fn file_text(
    app: AppState,
    kind: ExportKind,
    now: DateTime<Utc>,
) -> Result<(String, Stamp), String> {
    if app.loading.get_untracked() {
        return Err(still_loading().into());
    }
    let part = super::persist::loaded().ok_or_else(not_written)?;
    match kind {
        ExportKind::Backup => {
            app.hear_other_tab();
            app.data.with_untracked(|d| {
                let mut d = d.clone();
                d.settings.last_backup_at = Some(now);
                d.settings.touch(now);
                let text = part.backup_json(&d, now).ok_or_else(not_written)?;
                Ok((text, d.settings.updated_at))
            })
        }
        ExportKind::RawData => Ok((part.storage_dump(now), None)),
        ExportKind::Previous => {
            let (_, previous) = app.snapshot().ok_or(crate::t!(
                "The data from before the replace is no longer kept on this device."
            ))?;
            Ok((
                part.backup_json(&previous, now).ok_or_else(not_written)?,
                None,
            ))
        }
    }
}

fn remember_backup(app: AppState, now: DateTime<Utc>, stamped: Stamp) {
    app.change(|d| {
        d.settings.last_backup_at = Some(now);
        d.settings.updated_at = stamped;
    });
}

/// Makes an encrypted file of `kind` with `passphrase`, opens it once with
/// the same passphrase (a file that doesn't open is never offered), and
/// saves it (see [`handed_over`]). A backup then counts, and this device
/// remembers that the person encrypts.
pub async fn export_encrypted(
    app: AppState,
    kind: ExportKind,
    passphrase: String,
) -> Result<(), String> {
    let now = platform::now();
    let (text, stamped) = file_text(app, kind, now)?;
    let sealed = crate::platform::crypto::seal(&text, &passphrase).await?;
    let opened = match vault::open(sealed.as_bytes()) {
        Ok(check) => crate::platform::crypto::unseal(&check, &passphrase)
            .await
            .ok(),
        Err(_) => None,
    };
    if opened.as_deref() != Some(text.as_bytes()) {
        return Err(crate::t!("The encrypted file didn't open again when checked, so it wasn't offered. No backup was made; please try again.").into());
    }
    let (name, mime) = file_name(kind, true);
    let handed = platform::files::save_file(&name, mime, &sealed).await;
    handed_over(app, kind, true, handed, now, stamped)
}

/// Four random words, as a passphrase suggestion.
pub fn suggestion() -> String {
    let mut r = [0u32; 4];
    for (i, slot) in r.iter_mut().enumerate() {
        let id = platform::new_id().as_u128();
        *slot = (id >> (i * 7)) as u32;
    }
    passphrase::suggest(r)
}

/// The passphrase fields every encrypted export shares (Settings' form and
/// the prompt of an export made anywhere else): the passphrase, its
/// confirmation, and a suggestion of four random words. Both check what
/// was typed with the same rules, `model::passphrase::problem`.
#[component]
pub fn PassphraseFields(
    /// The first input's id; the confirmation's is `{id}-again`.
    id: &'static str,
    /// The first field's label.
    label: &'static str,
    /// `autocomplete` of both inputs.
    autocomplete: &'static str,
    pass: RwSignal<String>,
    again: RwSignal<String>,
    /// Whether the confirmation field shows.
    #[prop(into)]
    confirm: Signal<bool>,
    /// Said under the first field.
    #[prop(optional)]
    hint: Option<&'static str>,
) -> impl IntoView {
    let again_id = format!("{id}-again");
    let hint_id = format!("{id}-hint");
    let suggested = RwSignal::new(None::<String>);
    let suggest = move |_| {
        let words = suggestion();
        pass.set(words.clone());
        again.set(words.clone());
        suggested.set(Some(words));
    };
    // Shown while the fields still hold the suggestion.
    let shown = move || {
        suggested
            .get()
            .filter(|w| pass.with(|p| p == w) && again.with(|a| a == w))
    };
    let again_for = again_id.clone();
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="password"
                autocomplete=autocomplete
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=pass
                on:input=move |ev| pass.set(event_target_value(&ev))
            />
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id.clone()>
                            {h}
                        </p>
                    }
                })}
        </div>
        <Show when=move || confirm.get()>
            <div class="field">
                <label for=again_for.clone()>{crate::t!("Confirm passphrase")}</label>
                <input
                    id=again_for.clone()
                    type="password"
                    autocomplete=autocomplete
                    prop:value=again
                    on:input=move |ev| again.set(event_target_value(&ev))
                />
            </div>
        </Show>
        {move || {
            shown()
                .map(|w| {
                    view! {
                        <p class="hint suggestion" role="status">
                            {crate::t!("Suggested passphrase:")}
                            " "
                            <strong class="words">{w}</strong>
                            "."
                            " "
                            {crate::t!("Write it down somewhere safe before you export.")}
                        </p>
                    }
                })
        }}
        <div class="actions wrap">
            <button type="button" class="btn quiet small" on:click=suggest>
                {crate::t!("Suggest a passphrase")}
            </button>
        </div>
    }
}

/// The passphrase prompt for a person who encrypts, opened by an export
/// made outside Settings: the same fields and rules as Settings' form.
#[component]
pub fn ExportPrompt(kind: ExportKind) -> impl IntoView {
    let app = super::state::use_app();
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let (error, set_error) = signal(None::<String>);
    let (busy, set_busy) = signal(false);
    let title = match kind {
        ExportKind::Backup => crate::t!("Export an encrypted backup"),
        ExportKind::RawData => crate::t!("Download your raw data, encrypted"),
        ExportKind::Previous => crate::t!("Download your previous data, encrypted"),
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = pass.get_untracked();
        if let Some(why) = passphrase::problem(&p, &again.get_untracked()) {
            set_error.set(Some(why));
            super::widgets::focus("prompt-pass");
            return;
        }
        set_error.set(None);
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            match export_encrypted(app, kind, p).await {
                Ok(()) => app.export_prompt.set(None),
                Err(e) => set_error.set(Some(e)),
            }
            set_busy.set(false);
        });
    };
    super::widgets::focus_soon("prompt-pass");
    view! {
        <section class="banner info export-prompt" role="region" aria-labelledby="prompt-title">
            <h2 id="prompt-title">{title}</h2>
            <p>
                {crate::t!(
                    "You encrypt your backups on this device, so this file will be too. Enter the passphrase you use for them, twice."
                )}
            </p>
            <form class="form" on:submit=submit>
                <PassphraseFields
                    id="prompt-pass"
                    label=crate::t!("Your backup passphrase")
                    autocomplete="current-password"
                    pass=pass
                    again=again
                    confirm=Signal::derive(|| true)
                />
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
                <div class="actions wrap">
                    <button type="submit" class="btn" disabled=move || busy.get()>
                        {move || {
                            if busy.get() {
                                crate::t!("Encrypting…")
                            } else {
                                crate::t!("Encrypt and download")
                            }
                        }}
                    </button>
                    <button
                        type="button"
                        class="btn quiet"
                        on:click=move |_| app.export_prompt.set(None)
                    >
                        {crate::t!("Cancel")}
                    </button>
                </div>
            </form>
        </section>
    }
}
