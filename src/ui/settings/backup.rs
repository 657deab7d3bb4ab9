//! Backup, import and CSV export.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::backup::{
    applications_csv, backup_file_name, csv_file_name, days_since_backup, read_backup,
};
use crate::model::data::{normalised, preview_merge, AppData, MergePreview};
use crate::platform;
use crate::ui::state::{use_app, AppState};

/// Downloads a full backup and remembers when.
pub fn export_backup(app: AppState) {
    let now = platform::now();
    let file = app.data.with_untracked(|d| {
        let mut d = d.clone();
        d.settings.last_backup_at = Some(now);
        d.settings.touch(now);
        let text = super::super::lazy::now(super::super::persist::backup_json(&d, now))?.ok()?;
        Some((text, d.settings.updated_at))
    });
    let Some((text, stamped)) = file else {
        app.notify(
            "The backup couldn't be written just now. Please try again in a moment.",
            None,
        );
        return;
    };
    if platform::download(
        &backup_file_name(platform::today()),
        "application/json",
        &text,
    ) {
        // The same stamp as in the file, so the file and this device agree.
        app.change(|d| {
            d.settings.last_backup_at = Some(now);
            d.settings.updated_at = stamped;
        });
        app.notify(
            "Backup downloaded. Keep it somewhere safe, like your cloud drive.",
            None,
        );
    } else {
        app.notify("The browser blocked the download. Please try again.", None);
    }
}

/// A checked import waiting for the user's choice.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    file: String,
    data: AppData,
    preview: MergePreview,
}

#[component]
pub fn BackupCard() -> impl IntoView {
    let app = use_app();
    let pending = RwSignal::new(None::<Pending>);
    let (error, set_error) = signal(None::<String>);
    let last = Memo::new(move |_| {
        app.data
            .with(|d| match days_since_backup(d, platform::now()) {
                None => "You haven't made a backup yet.".to_string(),
                Some(0) => "Last backup: today.".to_string(),
                Some(1) => "Last backup: yesterday.".to_string(),
                Some(n) => format!("Last backup: {n} days ago."),
            })
    });
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
        set_error.set(None);
        pending.set(None);
        let name = file.name();
        if file.size() > crate::model::backup::MAX_IMPORT_BYTES as f64 {
            set_error.set(Some(
                crate::model::backup::ImportError::TooLarge(file.size() as usize).to_string(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let bytes = match platform::read_file(file).await {
                Ok(b) => b,
                Err(_) => {
                    set_error.set(Some(
                        "That file couldn't be read. Nothing was changed.".into(),
                    ));
                    return;
                }
            };
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
            <p>{move || last.get()} " A backup is one file with everything in it. To move to another device, export here and import it there: the two are merged, nothing is overwritten."</p>
            <div class="actions wrap">
                <button type="button" class="btn" on:click=move |_| export_backup(app)>"Export backup"</button>
                <button type="button" class="btn secondary" on:click=export_csv>"Export CSV"</button>
            </div>
            <p class="hint">"The CSV lists your applications and rejections — handy as a record of your job search."</p>
            <div class="field">
                <label for="import">"Import backup"</label>
                <input id="import" type="file" accept="application/json,.json" on:change=on_file />
            </div>
            {move || error.get().map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {move || pending.get().map(|p| view! {
                <div class="import-preview" role="region" aria-label="Import preview">
                    <p>
                        <strong>{p.file.clone()}</strong>
                        {format!(
                            ": {} new record{}, {} updated, {} already here{}.",
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
