//! An import, checked and previewed before it touches anything: a plain
//! backup, a decrypted one, or a file of raw stored data (the repair
//! screen's *Download my data*). Merge, or replace (kept undoable).

use leptos::prelude::*;

use crate::model::backup::{file_holds, read_backup};
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
        let part = crate::ui::persist::loaded().ok_or(crate::t!(
            "This file can't be read just now. Please try again in a moment. Nothing was changed."
        ))?;
        part.read_dump(text).ok_or(crate::t!(
            "This file can't be read just now. Nothing was changed."
        ))??
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
    let (apps, journal, goals) = (
        live(&d.applications).count(),
        live(&d.journal).count(),
        live(&d.goals).count(),
    );
    let mut parts = Vec::new();
    if apps > 0 {
        parts.push(crate::tp!(apps, "1 application", "{n} applications"));
    }
    if journal > 0 {
        parts.push(crate::tp!(
            journal,
            "1 journal entry",
            "{n} journal entries"
        ));
    }
    if goals > 0 {
        parts.push(crate::tp!(goals, "1 goal", "{n} goals"));
    }
    if parts.is_empty() {
        crate::t!("no records").to_string()
    } else {
        parts.join(", ")
    }
}

/// "3 new records, 1 updated, 12 already here, and settings newer than
/// yours. 2 notes were edited on both devices; both are kept."
fn counts(p: &MergePreview) -> String {
    let added = crate::tp!(p.added, "1 new record", "{n} new records");
    let (updated, unchanged) = (
        crate::lang::number(p.updated as u64),
        crate::lang::number(p.unchanged as u64),
    );
    let mut out = if p.settings_changed {
        crate::tf!(
            "{added}, {updated} updated, {unchanged} already here, and settings newer than yours.",
            added = added,
            updated = updated,
            unchanged = unchanged,
        )
    } else {
        crate::tf!(
            "{added}, {updated} updated, {unchanged} already here.",
            added = added,
            updated = updated,
            unchanged = unchanged,
        )
    };
    if p.both_kept > 0 {
        out.push(' ');
        out.push_str(&both_kept(p.both_kept));
    }
    out
}

/// "2 notes were edited on both devices; both are kept."
pub fn both_kept(n: usize) -> String {
    crate::tp!(
        n,
        "1 note was edited on both devices; both versions are kept for you to tidy.",
        "{n} notes were edited on both devices; both versions of each are kept for you to tidy."
    )
}

#[component]
pub fn ImportPreview(
    pending: Pending,
    clear: Callback<()>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    let p = StoredValue::new(pending.clone());
    // The file just imported counts as a copy of this device's data (the
    // backup line says the data came from it, and reminders rest) only if
    // the save worked and what is saved now is what the file holds: a merge
    // that kept records the file lacks leaves data that is in no file.
    // (Remembered on this device only; the data stays as imported.) The
    // storage figure is measured after the save either way.
    let done = move |file: AppData, saved: bool| {
        clear.run(());
        if saved && app.data.with_untracked(|d| file_holds(&file, d)) {
            crate::ui::backups::set_copy_time(app, platform::flags::IMPORTED_AT, platform::now());
        }
        app.measure_storage();
    };
    let merge = move |_| {
        let Pending {
            data: file,
            preview,
            ..
        } = p.get_value();
        if !app.merge_in(&file) {
            error.set(Some(
                crate::t!(
                    "The backup couldn't be merged just now. Nothing was changed; please try again."
                )
                .into(),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let saved = app.save_locked().await;
            let kept = preview.both_kept;
            if kept > 0 {
                app.notify_saved(
                    crate::tf!(
                        "Backup merged into your data. {both}",
                        both = both_kept(kept)
                    ),
                    None,
                );
            } else {
                app.notify_saved(crate::t!("Backup merged into your data."), None);
            }
            // The preview goes: continue from the way in to another import.
            // Focus moves first, so it never falls to the page while the
            // button it was on is taken away.
            crate::ui::widgets::focus("import");
            done(file, saved);
        });
    };
    let replace = move |_| {
        let file = p.get_value().data;
        leptos::task::spawn_local(async move {
            if !app.replace_all(file.clone(), true).await {
                let full = app.storage.with_untracked(|s| {
                    matches!(s.problem, Some(crate::ui::state::Problem::Quota { .. }))
                });
                let _ = error.try_set(Some(if full {
                    crate::t!("There isn't room on this device to keep a copy of your current data, so nothing was replaced. Export a backup first, then merge instead, or free some space.").into()
                } else {
                    crate::t!("Nothing was replaced: your current data couldn't be kept safe first. Please try again.").into()
                }));
                return;
            }
            app.notify(
                crate::t!("Replaced. Your previous data is kept on this device for 30 days: you can undo this in Settings."),
                Some(ToastAction::UndoReplace),
            );
            crate::ui::widgets::focus("import");
            done(file, true);
        });
    };
    crate::ui::widgets::focus_soon("merge-import");
    // A toast from before (an export's, say) would sit over the choice;
    // one with a button (Undo replace, Erase instead) stays for its time.
    if app
        .toast
        .with_untracked(|t| t.as_ref().is_some_and(|t| t.action.is_none()))
    {
        app.toast.set(None);
    }
    let (before, after) = crate::ui::widgets::around(
        &crate::tf!("{file}: {contents}.", contents = kinds(&pending.data)),
        "file",
    );
    view! {
        <div class="import-preview" role="region" aria-label=crate::t!("Import preview")>
            <p>
                {before} <strong>{pending.file.clone()}</strong> {after} " "
                {counts(&pending.preview)}
            </p>
            <div class="actions wrap">
                <button type="button" id="merge-import" class="btn" on:click=merge>
                    {crate::t!("Merge into my data")}
                </button>
                <button type="button" class="btn secondary" on:click=replace>
                    {crate::t!("Replace everything")}
                </button>
                <button type="button" class="btn quiet" on:click=move |_| clear.run(())>
                    {crate::t!("Cancel")}
                </button>
            </div>
            <p class="hint">
                {crate::t!(
                    "Replace everything keeps your current data on this device for 30 days, so it can be undone."
                )}
            </p>
        </div>
    }
}
