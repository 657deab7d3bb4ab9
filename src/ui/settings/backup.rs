//! Backup, import and CSV export.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::backup::{
    applications_csv, backup_file_name, backup_status, csv_file_name, read_backup,
};
use crate::model::data::{normalised, preview_merge, AppData, MergePreview};
use crate::model::vault::{self, Sealed, MIN_PASSPHRASE_CHARS};
use crate::platform;
use crate::ui::state::{use_app, AppState};

/// The settings' change time, as written into the file.
type Stamp = Option<DateTime<Utc>>;

/// A full backup's text, stamped with this backup's time (the same stamp
/// goes into the file and onto this device, so the two agree).
fn backup_file_text(app: AppState, now: DateTime<Utc>) -> Option<(String, Stamp)> {
    app.data.with_untracked(|d| {
        let mut d = d.clone();
        d.settings.last_backup_at = Some(now);
        d.settings.touch(now);
        let text = super::super::lazy::now(super::super::persist::backup_json(&d, now))?.ok()?;
        Some((text, d.settings.updated_at))
    })
}

fn remember_backup(app: AppState, now: DateTime<Utc>, stamped: Stamp) {
    app.change(|d| {
        d.settings.last_backup_at = Some(now);
        d.settings.updated_at = stamped;
    });
}

const NOT_WRITTEN: &str = "The backup couldn't be written just now. Please try again in a moment.";
const BLOCKED: &str = "The browser blocked the download. Please try again.";

/// Downloads a full backup and remembers when.
pub fn export_backup(app: AppState) {
    let now = platform::now();
    let Some((text, stamped)) = backup_file_text(app, now) else {
        app.notify(NOT_WRITTEN, None);
        return;
    };
    if platform::download(
        &backup_file_name(platform::today()),
        "application/json",
        &text,
    ) {
        remember_backup(app, now, stamped);
        app.notify(
            "Backup downloaded. Keep it somewhere safe, like your cloud drive.",
            None,
        );
    } else {
        app.notify(BLOCKED, None);
    }
}

/// Downloads a backup encrypted with `passphrase` (deriving the key takes
/// the browser a moment: 600,000 rounds, which is the point).
async fn export_encrypted(app: AppState, passphrase: String) -> Result<(), String> {
    let now = platform::now();
    let (text, stamped) = backup_file_text(app, now).ok_or(NOT_WRITTEN)?;
    let sealed = crate::crypto::seal(&text, &passphrase).await?;
    let name = backup_file_name(platform::today()).replace(".json", "-encrypted.json");
    if !platform::download(&name, "application/json", &sealed) {
        return Err(BLOCKED.into());
    }
    remember_backup(app, now, stamped);
    app.notify(
        "Encrypted backup downloaded. You'll need the passphrase to open it.",
        None,
    );
    Ok(())
}

/// A checked import waiting for the user's choice.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    file: String,
    data: AppData,
    preview: MergePreview,
}

/// When a backup was last imported on this device.
pub const JUST_IMPORTED: &str = "rebound.imported_at";

/// "18 applications, 20 journal entries, 5 goals" in a backup.
fn kinds(d: &AppData) -> String {
    use crate::model::record::live;
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    let mut parts = vec![
        n(live(&d.applications).count(), "application", "applications"),
        n(live(&d.journal).count(), "journal entry", "journal entries"),
        n(live(&d.goals).count(), "goal", "goals"),
    ];
    parts.retain(|p| !p.starts_with("0 "));
    if parts.is_empty() {
        "no records".to_string()
    } else {
        parts.join(", ")
    }
}

/// Files opened with the installed app (the manifest's `file_handlers`)
/// arrive through `launchQueue`, where the browser has it.
pub fn receive_launched_files(into: RwSignal<Option<web_sys::File>, LocalStorage>) {
    // Settings warmed off screen must not take the files from the real one.
    if crate::ui::lazy::warming() {
        return;
    }
    use js_sys::{Function, Reflect};
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(queue) = Reflect::get(&window, &"launchQueue".into()) else {
        return;
    };
    let Ok(set_consumer) = Reflect::get(&queue, &"setConsumer".into()) else {
        return;
    };
    let Ok(set_consumer) = set_consumer.dyn_into::<Function>() else {
        return;
    };
    let consumer =
        Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(move |params: wasm_bindgen::JsValue| {
            let first = Reflect::get(&params, &"files".into())
                .ok()
                .and_then(|f| Reflect::get(&f, &0.into()).ok())
                .filter(|h| !h.is_undefined());
            let Some(handle) = first else {
                return;
            };
            leptos::task::spawn_local(async move {
                let get_file = Reflect::get(&handle, &"getFile".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<Function>().ok());
                let Some(promise) = get_file
                    .and_then(|f| f.call0(&handle).ok())
                    .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
                else {
                    return;
                };
                if let Ok(file) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    if let Ok(file) = file.dyn_into::<web_sys::File>() {
                        into.set(Some(file));
                    }
                }
            });
        });
    let _ = set_consumer.call1(&queue, consumer.as_ref());
    consumer.forget();
}

/// An encrypted file waiting for its passphrase.
#[derive(Clone, Debug, PartialEq)]
struct Locked {
    file: String,
    sealed: Sealed,
}

#[component]
pub fn BackupCard(
    /// A file dropped onto the Settings page, or opened with the installed
    /// app (`launchQueue`): it goes through the same checks and preview.
    dropped: RwSignal<Option<web_sys::File>, LocalStorage>,
) -> impl IntoView {
    let app = use_app();
    let pending = RwSignal::new(None::<Pending>);
    let locked = RwSignal::new(None::<Locked>);
    let (error, set_error) = signal(None::<String>);
    let passphrase = RwSignal::new(String::new());
    let unlock_with = RwSignal::new(String::new());
    let (busy, set_busy) = signal(None::<&'static str>);
    let last = Memo::new(move |_| app.data.with(|d| backup_status(d, platform::now())));
    // Checks the bytes of a chosen file: an encrypted one asks for its
    // passphrase first, a plain one goes straight to the preview.
    let check = move |name: String, bytes: Vec<u8>| {
        if vault::is_sealed(&bytes) {
            match vault::open(&bytes) {
                Ok(sealed) => locked.set(Some(Locked { file: name, sealed })),
                Err(e) => set_error.set(Some(e.to_string())),
            }
            return;
        }
        match read_backup(&bytes) {
            Ok(env) => {
                let data = normalised(env.data);
                let preview = app.data.with_untracked(|d| preview_merge(d, &data));
                pending.set(Some(Pending {
                    file: name,
                    data,
                    preview,
                }));
            }
            Err(e) => set_error.set(Some(e.to_string())),
        }
    };
    let take = move |file: web_sys::File| {
        set_error.set(None);
        pending.set(None);
        locked.set(None);
        let name = file.name();
        if file.size() > crate::model::backup::MAX_IMPORT_BYTES as f64 {
            set_error.set(Some(
                crate::model::backup::ImportError::TooLarge(file.size() as usize).to_string(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            match platform::read_file(file).await {
                Ok(bytes) => check(name, bytes),
                Err(_) => set_error.set(Some(
                    "That file couldn't be read. Nothing was changed.".into(),
                )),
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
        take(file);
    };
    Effect::new(move |_| {
        if let Some(file) = dropped.get() {
            dropped.set(None);
            take(file);
        }
    });
    let export = move |_| {
        let pass = passphrase.get_untracked();
        set_error.set(None);
        if pass.is_empty() {
            export_backup(app);
            return;
        }
        if pass.chars().count() < MIN_PASSPHRASE_CHARS {
            set_error.set(Some(format!(
                "Use a passphrase of at least {MIN_PASSPHRASE_CHARS} characters (a few words is easier to remember). No backup was made."
            )));
            return;
        }
        set_busy.set(Some("Encrypting…"));
        leptos::task::spawn_local(async move {
            match export_encrypted(app, pass).await {
                Ok(()) => passphrase.set(String::new()),
                Err(e) => set_error.set(Some(e)),
            }
            set_busy.set(None);
        });
    };
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(l) = locked.get_untracked() else {
            return;
        };
        let pass = unlock_with.get_untracked();
        set_error.set(None);
        set_busy.set(Some("Unlocking…"));
        leptos::task::spawn_local(async move {
            match crate::crypto::unseal(&l.sealed, &pass).await {
                Ok(plain) => {
                    locked.set(None);
                    unlock_with.set(String::new());
                    check(l.file, plain);
                }
                Err(e) => set_error.set(Some(e.to_string())),
            }
            set_busy.set(None);
        });
    };
    let do_merge = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        if !app.merge_in(&p.data) {
            set_error.set(Some(
                "The backup couldn't be merged just now. Nothing was changed; please try again."
                    .into(),
            ));
            return;
        }
        pending.set(None);
        // The file just imported is a copy: no backup reminder right now
        // (remembered on this device only; the data stays as imported).
        platform::set_device_time(JUST_IMPORTED, platform::now());
        app.measure_storage();
        app.notify("Backup merged into your data.", None);
    };
    let do_replace = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        // Keep a copy of what is about to be replaced.
        let now = platform::now();
        let current = app.data.with_untracked(|d| {
            super::super::lazy::now(super::super::persist::backup_json(d, now)).and_then(Result::ok)
        });
        let name = format!("rebound-before-replace-{}.json", platform::today());
        let copied = current.is_some_and(|c| platform::download(&name, "application/json", &c));
        if !copied {
            set_error.set(Some(
                "We couldn't save a copy of your current data first, so nothing was replaced."
                    .into(),
            ));
            return;
        }
        app.replace_all(p.data);
        pending.set(None);
        app.notify(
            "Replaced. A copy of your previous data was downloaded first.",
            None,
        );
    };
    let export_csv = move |_| {
        let csv = app
            .data
            .with_untracked(|d| applications_csv(d, platform::today()));
        if !platform::download(&csv_file_name(platform::today()), "text/csv", &csv) {
            app.notify("The browser blocked the download. Please try again.", None);
        }
    };
    view! {
        <section class="card" id="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">"Backups and moving devices"</h2>
            <p class="backup-status"><strong>{move || last.get()}</strong></p>
            <p>"A backup is one file with everything in it. To move to another device, export here and import it there: the two are merged, nothing is overwritten."</p>
            <div class="field">
                <label for="backup-pass">"Backup passphrase"</label>
                <input id="backup-pass" type="password" autocomplete="new-password" aria-describedby="backup-pass-hint"
                    prop:value=passphrase on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                <p class="hint" id="backup-pass-hint">"Optional. With a passphrase the file is encrypted on this device, so only someone who knows it can read your notes. A forgotten passphrase can't be recovered by anyone, so keep it somewhere safe."</p>
            </div>
            <div class="actions wrap">
                <button type="button" class="btn" on:click=export disabled=move || busy.get().is_some()>
                    {move || match busy.get() { Some(b) if b.starts_with("Encrypt") => b, _ => "Export backup" }}
                </button>
                <button type="button" class="btn secondary" on:click=export_csv>"Export CSV"</button>
            </div>
            <p class="hint">"The CSV lists your applications and rejections — handy as a record of your job search."</p>
            <div class="field file-field">
                <input id="import" class="file-input" type="file" accept="application/json,.json" on:change=on_file />
                <label for="import" class="btn secondary">"Import backup"</label>
            </div>
            <p class="hint">"You can also drop a backup file anywhere on this page."</p>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {move || locked.get().map(|l| view! {
                <div class="import-preview" role="region" aria-label="Encrypted backup">
                    <p><strong>{l.file.clone()}</strong>" is encrypted. Enter its passphrase to see what's inside; nothing changes until you choose."</p>
                    <form class="form" on:submit=unlock>
                        <div class="field">
                            <label for="unlock-pass">"Passphrase"</label>
                            <input id="unlock-pass" type="password" autocomplete="current-password"
                                prop:value=unlock_with on:input=move |ev| unlock_with.set(event_target_value(&ev)) />
                        </div>
                        <div class="actions wrap">
                            <button type="submit" class="btn" disabled=move || busy.get().is_some()>
                                {move || match busy.get() { Some(b) if b.starts_with("Unlock") => b, _ => "Unlock" }}
                            </button>
                            <button type="button" class="btn quiet" on:click=move |_| { locked.set(None); set_error.set(None); }>"Cancel"</button>
                        </div>
                    </form>
                </div>
            })}
            {move || pending.get().map(|p| view! {
                <div class="import-preview" role="region" aria-label="Import preview">
                    <p>
                        <strong>{p.file.clone()}</strong>
                        {format!(": {}. ", kinds(&p.data))}
                        {format!(
                            "{} new record{}, {} updated, {} already here{}.",
                            p.preview.added, if p.preview.added == 1 { "" } else { "s" },
                            p.preview.updated, p.preview.unchanged,
                            if p.preview.settings_changed { ", and newer settings" } else { "" }
                        )}
                    </p>
                    <div class="actions wrap">
                        <button type="button" class="btn" on:click=do_merge>"Merge into my data"</button>
                        <button type="button" class="btn secondary" on:click=do_replace>"Replace everything"</button>
                        <button type="button" class="btn quiet" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                    <p class="hint">"Replace everything downloads a copy of your current data first."</p>
                </div>
            })}
        </section>
    }
}
