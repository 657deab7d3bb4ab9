//! Settings' backup card: export (plain, or encrypted with a passphrase
//! typed twice), import (plain, encrypted, or a file of raw stored data)
//! with its preview, the replace snapshot, and CSV.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::import::{ImportPreview, Pending};
use crate::model::backup::{applications_csv, csv_file_name};
use crate::model::vault::{self, Sealed};
use crate::platform;
use crate::ui::backups::{self, encrypts, set_encrypts};
use crate::ui::state::{use_app, ExportKind};

/// What the card is doing (the buttons say so and wait).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Busy {
    Encrypting,
    Unlocking,
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
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(None::<Busy>);
    let last = Memo::new(move |_| backups::status(app));
    // Checks the bytes of a chosen file: an encrypted one asks for its
    // passphrase first, the others go straight to the preview.
    let check = move |name: String, bytes: Vec<u8>| {
        // A package from Send to my other device: the receive page asks
        // for its code.
        if crate::model::transfer::is_transfer(&bytes) {
            crate::ui::transfer::receive_file(name, bytes);
            return;
        }
        if vault::is_sealed(&bytes) {
            match vault::open(&bytes) {
                Ok(sealed) => locked.set(Some(Locked { file: name, sealed })),
                Err(e) => error.set(Some(e.to_string())),
            }
            return;
        }
        match super::import::read(app, name, &bytes) {
            Ok(p) => pending.set(Some(p)),
            Err(e) => error.set(Some(e)),
        }
    };
    let take = move |file: web_sys::File| {
        error.set(None);
        pending.set(None);
        locked.set(None);
        let name = file.name();
        if file.size() > crate::model::backup::MAX_IMPORT_BYTES as f64 {
            error.set(Some(
                crate::model::backup::ImportError::TooLarge(file.size() as usize).to_string(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            match platform::read_file(file).await {
                Ok(bytes) => check(name, bytes),
                Err(_) => error.set(Some(
                    crate::t!("That file couldn't be read. Nothing was changed.").into(),
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
    let on_unlocked = Callback::new(move |(file, plain): (String, Vec<u8>)| {
        locked.set(None);
        check(file, plain);
    });
    let export_csv = move |_| {
        let csv = app
            .data
            .with_untracked(|d| applications_csv(d, platform::today()));
        if !platform::download(&csv_file_name(platform::today()), "text/csv", &csv) {
            app.notify(
                crate::t!("The browser blocked the download. Please try again."),
                None,
            );
        }
    };
    view! {
        <section class="card" id="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{crate::t!("Backups and moving devices")}</h2>
            <p class="backup-status">
                <strong>{move || last.get()}</strong>
            </p>
            <p>
                {crate::t!(
                    "A backup is one file with everything in it. To bring another device up to date, use Send to my other device below (or export here and import it there): the two are merged part by part, and a note changed on both keeps both versions for you to tidy."
                )}
            </p>
            <ExportForm error=error busy=busy />
            <div class="actions wrap">
                <button type="button" class="btn secondary" on:click=export_csv>
                    {crate::t!("Export CSV")}
                </button>
            </div>
            <p class="hint">
                {crate::t!(
                    "The CSV lists your applications and rejections — handy as a record of your job search."
                )}
            </p>
            <div class="field file-field">
                <input
                    id="import"
                    class="file-input"
                    type="file"
                    accept="application/json,.json"
                    on:change=on_file
                />
                <label for="import" class="btn secondary">
                    {crate::t!("Import backup")}
                </label>
            </div>
            <p class="hint">
                {crate::t!("You can also drop a backup file anywhere on this page.")}
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
            {move || {
                locked
                    .get()
                    .map(|l| {
                        view! {
                            <UnlockForm
                                locked=l
                                error=error
                                busy=busy
                                on_unlocked=on_unlocked
                                cancel=Callback::new(move |_| {
                                    locked.set(None);
                                    error.set(None);
                                })
                            />
                        }
                    })
            }}
            {move || {
                pending
                    .get()
                    .map(|p| {
                        view! {
                            <ImportPreview
                                pending=p
                                clear=Callback::new(move |_| pending.set(None))
                                error=error
                            />
                        }
                    })
            }}
            <Snapshot />
        </section>
    }
}

/// Export: with a passphrase (typed twice, checked against the common
/// ones, and the file opened once before it counts) or without. The
/// fields and their rules are the ones every encrypted export shares.
#[component]
fn ExportForm(error: RwSignal<Option<String>>, busy: RwSignal<Option<Busy>>) -> impl IntoView {
    let app = use_app();
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let encrypt = RwSignal::new(encrypts());
    let export = move |_| {
        let p = pass.get_untracked();
        error.set(None);
        if p.is_empty() && !encrypt.get_untracked() {
            backups::export_backup(app);
            // The backup line above changes with it: keep the place.
            crate::ui::widgets::focus_soon("export-backup");
            return;
        }
        if let Some(why) = crate::model::passphrase::problem(&p, &again.get_untracked()) {
            error.set(Some(if p.is_empty() {
                crate::t!("You encrypt your backups on this device: enter your passphrase in both fields (or untick “Encrypt my backups” for an unencrypted file). No backup was made.").into()
            } else {
                why
            }));
            crate::ui::widgets::focus("backup-pass");
            return;
        }
        busy.set(Some(Busy::Encrypting));
        leptos::task::spawn_local(async move {
            match backups::export_encrypted(app, ExportKind::Backup, p).await {
                Ok(()) => {
                    pass.set(String::new());
                    again.set(String::new());
                    encrypt.set(true);
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(None);
            crate::ui::widgets::focus_soon("export-backup");
        });
    };
    let typed = Signal::derive(move || !pass.with(String::is_empty) || encrypt.get());
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=encrypt
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    encrypt.set(on);
                    if !on {
                        set_encrypts(false);
                    }
                }
            />
            {crate::t!(
                "Encrypt my backups (on this device, every backup file asks for the passphrase)"
            )}
        </label>
        <backups::PassphraseFields
            id="backup-pass"
            label=crate::t!("Backup passphrase")
            autocomplete="new-password"
            pass=pass
            again=again
            confirm=typed
            hint=crate::t!(
                "Optional. With a passphrase the file is encrypted on this device, so only someone who knows it can read your notes. A forgotten passphrase can't be recovered by anyone, so keep it somewhere safe."
            )
        />
        <div class="actions wrap">
            <button
                type="button"
                id="export-backup"
                class="btn"
                on:click=export
                disabled=move || busy.get().is_some()
            >
                {move || {
                    if busy.get() == Some(Busy::Encrypting) {
                        crate::t!("Encrypting…")
                    } else {
                        crate::t!("Export backup")
                    }
                }}
            </button>
        </div>
    }
}

/// An encrypted file's passphrase, before its preview.
#[component]
fn UnlockForm(
    locked: Locked,
    error: RwSignal<Option<String>>,
    busy: RwSignal<Option<Busy>>,
    on_unlocked: Callback<(String, Vec<u8>)>,
    cancel: Callback<()>,
) -> impl IntoView {
    let with = RwSignal::new(String::new());
    let file = locked.file.clone();
    let (before, after) = crate::ui::widgets::around(
        crate::t!(
            "{file} is encrypted. Enter its passphrase to see what's inside; nothing changes until you choose."
        ),
        "file",
    );
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let l = locked.clone();
        let pass = with.get_untracked();
        error.set(None);
        busy.set(Some(Busy::Unlocking));
        leptos::task::spawn_local(async move {
            match crate::platform::crypto::unseal(&l.sealed, &pass).await {
                Ok(plain) => {
                    on_unlocked.run((l.file, plain));
                    // The form is replaced by what the file holds.
                    crate::ui::widgets::focus_soon("merge-import");
                }
                Err(e) => {
                    error.set(Some(e.to_string()));
                    crate::ui::widgets::focus("unlock-pass");
                }
            }
            busy.set(None);
        });
    };
    crate::ui::widgets::focus_soon("unlock-pass");
    view! {
        <div class="import-preview" role="region" aria-label=crate::t!("Encrypted backup")>
            <p>{before} <strong>{file}</strong> {after}</p>
            <form class="form" on:submit=unlock>
                <div class="field">
                    <label for="unlock-pass">{crate::t!("Passphrase")}</label>
                    <input
                        id="unlock-pass"
                        type="password"
                        autocomplete="current-password"
                        prop:value=with
                        on:input=move |ev| with.set(event_target_value(&ev))
                    />
                </div>
                <div class="actions wrap">
                    <button type="submit" class="btn" disabled=move || busy.get().is_some()>
                        {move || {
                            if busy.get() == Some(Busy::Unlocking) {
                                crate::t!("Unlocking…")
                            } else {
                                crate::t!("Unlock")
                            }
                        }}
                    </button>
                    <button type="button" class="btn quiet" on:click=move |_| cancel.run(())>
                        {crate::t!("Cancel")}
                    </button>
                </div>
            </form>
        </div>
    }
}

/// The data *Replace everything* replaced, while it is kept (30 days):
/// undo, or download it.
#[component]
fn Snapshot() -> impl IntoView {
    let app = use_app();
    // Read again whenever a replace or an undo made or dropped it.
    let kept = Memo::new(move |_| {
        app.snapshot_rev.track();
        app.snapshot().map(|(at, d)| (at, d.record_count()))
    });
    let undo = move |_| {
        leptos::task::spawn_local(async move {
            if app.undo_replace().await {
                app.notify_saved(
                    crate::t!("Your data is back as it was before the replace."),
                    None,
                );
            } else {
                app.notify(
                    crate::t!("The replace couldn't be undone just now. Nothing was changed."),
                    None,
                );
            }
        });
    };
    move || {
        kept.get().map(|(at, records)| {
            let day = platform::local_date(at);
            let until = day + chrono::Duration::days(crate::store::safety::SNAPSHOT_DAYS);
            view! {
                <div class="snapshot" role="region" aria-label=crate::t!("Before the replace")>
                    <p>
                        {crate::tp!(
                            records,
                            "Your data from before the replace on {day} (1 record) is kept on this device until {until}.",
                            "Your data from before the replace on {day} ({n} records) is kept on this device until {until}.",
                            day = crate::model::time::short_date(day),
                            until = crate::model::time::short_date(until),
                        )}
                    </p>
                    <div class="actions wrap">
                        <button type="button" class="btn secondary small" on:click=undo>
                            {crate::t!("Undo replace")}
                        </button>
                        <button
                            type="button"
                            class="btn quiet small"
                            on:click=move |_| backups::download_previous(app)
                        >
                            {crate::t!("Download it")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
