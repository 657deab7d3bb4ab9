//! An import, checked and previewed before it touches anything: a plain
//! backup, a decrypted one, or a file of raw stored data (the repair
//! screen's *Download my data*). Merge, or replace (kept undoable).

use leptos::prelude::*;

use crate::model::backup::read_backup;
use crate::model::data::{normalised, preview_merge, AppData, MergePreview};
use crate::platform;
use crate::ui::state::{use_app, AppState, ToastAction};

/// A checked import waiting for the person's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    file: String,
    data: AppData,
    preview: MergePreview,
}

/// Reads a file's (plain) bytes into a preview, or says why not.
pub fn read(app: AppState, file: String, bytes: &[u8]) -> Result<Pending, String> {
    let text = std::str::from_utf8(bytes).unwrap_or_default();
    let data = if crate::store::dump::is_dump(text) {
        let part = crate::ui::persist::loaded().ok_or(
            "This file can't be read just now. Please try again in a moment. Nothing was changed.",
        )?;
        part.read_dump(text)
            .ok_or("This file can't be read just now. Nothing was changed.")??
    } else {
        normalised(read_backup(bytes).map_err(|e| e.to_string())?.data)
    };
    let preview = app.data.with_untracked(|d| preview_merge(d, &data));
    Ok(Pending {
        file,
        data,
        preview,
    })
}

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

/// "3 new records, 1 updated, 12 already here, and settings newer than
/// yours. 2 notes were edited on both devices; both are kept."
fn counts(p: &MergePreview) -> String {
    let mut out = format!(
        "{} new record{}, {} updated, {} already here{}.",
        p.added,
        if p.added == 1 { "" } else { "s" },
        p.updated,
        p.unchanged,
        if p.settings_changed {
            ", and settings newer than yours"
        } else {
            ""
        }
    );
    if p.both_kept > 0 {
        out.push(' ');
        out.push_str(&both_kept(p.both_kept));
    }
    out
}

/// "2 notes were edited on both devices; both are kept."
pub fn both_kept(n: usize) -> String {
    if n == 1 {
        "1 note was edited on both devices; both versions are kept for you to tidy.".into()
    } else {
        format!("{n} notes were edited on both devices; both versions of each are kept for you to tidy.")
    }
}

#[component]
pub fn ImportPreview(
    pending: Pending,
    clear: Callback<()>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let p = StoredValue::new(pending.clone());
    let done = move || {
        clear.run(());
        // The file just imported is a copy: the backup status says the data
        // came from it (remembered on this device only; the data stays as
        // imported), and the storage figure is measured after the save.
        platform::set_device_time(platform::flags::IMPORTED_AT, platform::now());
        app.measure_storage();
    };
    let merge = move |_| {
        if !app.merge_in(&p.get_value().data) {
            error.set(Some(
                "The backup couldn't be merged just now. Nothing was changed; please try again."
                    .into(),
            ));
            return;
        }
        let kept = p.get_value().preview.both_kept;
        if kept > 0 {
            app.notify_saved(
                format!("Backup merged into your data. {}", both_kept(kept)),
                None,
            );
        } else {
            app.notify_saved("Backup merged into your data.", None);
        }
        done();
        // The preview goes: continue from the way in to another import.
        crate::ui::widgets::focus_soon("import");
    };
    let replace = move |_| {
        if !app.replace_all(p.get_value().data, true) {
            let full = app.storage.with_untracked(|s| {
                matches!(s.problem, Some(crate::ui::state::Problem::Quota { .. }))
            });
            error.set(Some(if full {
                "There isn't room on this device to keep a copy of your current data, so nothing was replaced. Export a backup first, then merge instead, or free some space.".into()
            } else {
                "Nothing was replaced: your current data couldn't be kept safe first. Please try again.".into()
            }));
            return;
        }
        app.notify(
            "Replaced. Your previous data is kept on this device for 30 days: you can undo this in Settings.",
            Some(ToastAction::UndoReplace),
        );
        done();
    };
    crate::ui::widgets::focus_soon("merge-import");
    view! {
        <div class="import-preview" role="region" aria-label="Import preview">
            <p>
                <strong>{pending.file.clone()}</strong>
                {format!(": {}. ", kinds(&pending.data))}
                {counts(&pending.preview)}
            </p>
            <div class="actions wrap">
                <button type="button" id="merge-import" class="btn" on:click=merge>
                    "Merge into my data"
                </button>
                <button type="button" class="btn secondary" on:click=replace>
                    "Replace everything"
                </button>
                <button type="button" class="btn quiet" on:click=move |_| clear.run(())>
                    "Cancel"
                </button>
            </div>
            <p class="hint">
                "Replace everything keeps your current data on this device for 30 days, so it can be undone."
            </p>
        </div>
    }
}
