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

/// This person encrypts their backups (a device flag, set by an encrypted
/// export and cleared only by unticking *Encrypt my backups*).
use crate::platform::flags::ENCRYPTS;

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
    match file_text(app, kind, platform::now()) {
        Ok((text, stamped)) => {
            let (name, _) = file_name(kind, false);
            if platform::download(&name, "application/json", &text) {
                if kind == ExportKind::Backup {
                    remember_backup(app, platform::now(), stamped);
                }
                app.notify(ready_text(kind, false), None);
            } else {
                app.notify(blocked(), None);
            }
        }
        Err(e) => app.notify(e, None),
    }
}

fn ready_text(kind: ExportKind, sealed: bool) -> &'static str {
    match (kind, sealed) {
        (ExportKind::Backup, false) => {
            crate::t!("Your backup file is ready: keep it somewhere safe, like your cloud drive.")
        }
        (ExportKind::Backup, true) => {
            crate::t!("Your encrypted backup is ready, and it opens with your passphrase (checked just now). Keep it somewhere safe.")
        }
        (ExportKind::RawData, _) => {
            crate::t!("A file with everything stored for Rebound in this browser is ready. Settings → Import backup reads it back.")
        }
        (ExportKind::Previous, _) => {
            crate::t!("A file of your data from before the replace is ready.")
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
/// downloads it. A backup then counts, and this device remembers that the
/// person encrypts.
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
    if !platform::download(&name, mime, &sealed) {
        return Err(blocked().into());
    }
    if kind == ExportKind::Backup {
        remember_backup(app, now, stamped);
    }
    set_encrypts(true);
    app.notify(ready_text(kind, true), None);
    Ok(())
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

/// The passphrase prompt for a person who encrypts, opened by an export
/// made outside Settings (its own form has the fields).
#[component]
pub fn ExportPrompt(kind: ExportKind) -> impl IntoView {
    let app = super::state::use_app();
    let pass = RwSignal::new(String::new());
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
        if p.trim().is_empty() {
            set_error.set(Some(crate::t!("Enter your backup passphrase.").into()));
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
                    "You encrypt your backups on this device, so this file will be too. Enter the passphrase you use for them."
                )}
            </p>
            <form class="form" on:submit=submit>
                <div class="field">
                    <label for="prompt-pass">{crate::t!("Your backup passphrase")}</label>
                    <input
                        id="prompt-pass"
                        type="password"
                        autocomplete="current-password"
                        prop:value=pass
                        on:input=move |ev| pass.set(event_target_value(&ev))
                    />
                </div>
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
