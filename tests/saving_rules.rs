//! The rules behind "never says saved (or backed up) when it isn't": the
//! backup line after an import, the backup line after a download, a backup
//! time from a fast clock, when an imported file counts as a copy, the
//! passphrase rules, and what a replace elsewhere would drop.

mod common;

use chrono::Duration;
use common::*;
use rebound::model::backup::{
    backup_nudge_due, backup_nudge_due_after, backup_status, backup_status_after, backup_status_of,
    days_since_backup, file_holds, Exposure,
};
use rebound::model::data::{changed_since, has_changes, merge, AppData};
use rebound::model::passphrase::{is_common, problem, suggest, word_count};
use rebound::model::rejection::Outcome;

#[test]
fn after_an_import_the_backup_line_says_the_data_came_from_a_file() {
    let d = many(3);
    let imported = t0() + Duration::days(1);
    // (Issue scenario 8: it said "No backup yet: 6 changes so far.")
    assert_eq!(
        backup_status_after(&d, imported, Some(imported)),
        "Imported from a backup file today, no changes since."
    );
    assert_eq!(
        backup_status_after(&d, imported + Duration::days(2), Some(imported)),
        "Imported from a backup file 2 days ago, no changes since."
    );
    // A change after the import counts.
    let mut changed = d.clone();
    changed.applications[0].meta.updated_at = imported + Duration::hours(1);
    assert_eq!(
        backup_status_after(&changed, imported + Duration::hours(2), Some(imported)),
        "Imported from a backup file today, 1 change since."
    );
    // A backup made after the import is the last copy.
    let mut backed = d.clone();
    backed.settings.last_backup_at = Some(imported + Duration::days(1));
    assert_eq!(
        backup_status_after(&backed, imported + Duration::days(1), Some(imported)),
        "Last backup: today, no changes since."
    );
    // Without the import, nothing is a copy.
    assert_eq!(
        backup_status_after(&d, imported, None),
        "No backup yet: 6 changes so far."
    );
}

#[test]
fn a_backup_that_was_only_a_download_is_said_to_be_one() {
    let mut d = many(1);
    let at = t0() + Duration::days(1);
    d.settings.last_backup_at = Some(at);
    assert_eq!(
        backup_status_of(&d, at, None, Some(at)),
        "Last backup: today, no changes since. Your browser was asked to download it: check that it reached your files."
    );
    // A later backup written through the save dialog is no download.
    assert_eq!(
        backup_status_of(&d, at, None, Some(at - Duration::days(3))),
        "Last backup: today, no changes since."
    );
}

#[test]
fn a_backup_time_in_the_future_from_a_fast_clock_silences_no_reminder() {
    let mut d = many(2);
    let now = t0() + Duration::days(30);
    d.settings.last_backup_at = Some(now + Duration::days(20));
    assert_eq!(days_since_backup(&d, now), None);
    assert!(backup_nudge_due(&d, now, Exposure::Elsewhere));
    assert!(backup_nudge_due_after(&d, now, Exposure::SafariTab, None));
    assert_eq!(
        backup_status(&d, now),
        "Last backup: the date saved with it is in the future (a clock was off), so every change counts: 4 changes so far."
    );
    // An import stamped in the future doesn't quiet it either.
    assert!(backup_nudge_due_after(
        &d,
        now,
        Exposure::Elsewhere,
        Some(now + Duration::days(1))
    ));
    // A few minutes ahead (two devices' clocks) still counts as a backup.
    d.settings.last_backup_at = Some(now + Duration::minutes(2));
    assert_eq!(days_since_backup(&d, now), Some(0));
}

#[test]
fn an_imported_file_counts_as_a_copy_only_when_it_holds_everything_saved_here() {
    let file = many(2);
    assert!(file_holds(&file, &file));
    // A merge that kept a record the file lacks: that record is in no file.
    let mut here = merge(&with_one("Only here"), &file);
    assert!(!file_holds(&file, &here));
    // A record edited here after the file was made.
    here = file.clone();
    here.applications[0].notes = "changed here".into();
    here.applications[0].meta.updated_at += Duration::minutes(5);
    assert!(!file_holds(&file, &here));
    // Settings newer here than the file's.
    here = file.clone();
    here.settings.your_name = "Sam".into();
    here.settings.updated_at = Some(t0() + Duration::days(1));
    assert!(!file_holds(&file, &here));
    // An empty device that took the file in whole holds just the file.
    let merged = merge(&AppData::default(), &file);
    assert!(file_holds(&file, &merged));
}

#[test]
fn passphrases_are_refused_kindly_when_short_common_or_mistyped() {
    let short = problem("short", "short").expect("too short");
    assert!(short.contains("at least"), "{short}");
    assert!(short.contains("No backup was made."), "{short}");
    // Spaces at the ends don't make a short one long enough.
    assert!(problem("  abc     ", "  abc     ").is_some());
    let common = problem("password1", "password1").expect("too common");
    assert!(common.contains("people use most"), "{common}");
    // Whatever the case or the spaces around it.
    assert!(is_common("  PassWord1 "));
    assert!(problem("Password1", "Password1").is_some());
    let typo = problem("a long enough phrase", "a long enough phrasf").expect("a typo");
    assert!(typo.contains("don't match"), "{typo}");
    assert_eq!(
        problem("maple otter candle river", "maple otter candle river"),
        None
    );
}

#[test]
fn the_suggestion_is_four_words_from_a_long_list() {
    assert!(word_count() >= 1024, "{} words", word_count());
    let s = suggest([1, 2, 3, 4]);
    assert_eq!(s.split(' ').count(), 4, "{s}");
    assert_eq!(s, suggest([1, 2, 3, 4]), "the same numbers, the same words");
    assert_ne!(s, suggest([5, 6, 7, 8]));
    // Any numbers work (taken modulo the list).
    assert_eq!(suggest([u32::MAX; 4]).split(' ').count(), 4);
    assert!(problem(&s, &s).is_none() || s.chars().count() < 8);
}

#[test]
fn a_replace_elsewhere_drops_only_what_this_tab_changed_since_it_last_saved() {
    let saved_at = t0() + Duration::days(1);
    let replaced = merge(&with_one("From the backup file"), &many(2));
    let mut mine = many(3);
    // Made here after the last save.
    let mut new = app(50, "Logged after the save", Outcome::Rejected);
    new.meta = rebound::model::record::Meta::new(id(50), saved_at + Duration::minutes(1));
    mine.applications.push(new);
    // Edited here after the last save: one the replaced data still has…
    mine.applications[0].notes = "edited".into();
    mine.applications[0].meta.updated_at = saved_at + Duration::minutes(2);
    // …and one it dropped (touched since, by a plan step ticking itself).
    mine.applications[2].meta.updated_at = saved_at + Duration::minutes(3);
    let changes = changed_since(&mine, &replaced, saved_at);
    assert!(has_changes(&changes));
    let mut companies: Vec<_> = changes
        .applications
        .iter()
        .map(|a| a.company.clone())
        .collect();
    companies.sort();
    assert_eq!(companies, ["Co 1", "Logged after the save"]);
    assert!(changes.journal.is_empty(), "older records stay out");
    // Added to the replaced data, it brings the change and nothing older.
    let kept = merge(&replaced, &changes);
    assert_eq!(kept.applications.len(), 3);
    assert!(kept
        .applications
        .iter()
        .any(|a| a.company == "Logged after the save"));
    assert!(kept.applications.iter().any(|a| a.notes == "edited"));
    assert!(!kept.applications.iter().any(|a| a.company == "Co 3"));
    // Nothing changed since: nothing to keep.
    assert!(!has_changes(&changed_since(&many(3), &replaced, saved_at)));
}
