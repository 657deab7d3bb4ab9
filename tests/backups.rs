//! Backups that outlive the browser: reminders that follow risk, and the
//! encrypted backup's envelope (every way a file can be wrong).

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use rebound::model::backup::{
    backup_nudge_due, backup_status, changes_since_backup, Exposure, CHANGES_WORTH_A_BACKUP,
};
use rebound::model::data::AppData;
use rebound::model::journal::{EntryKind, JournalEntry};
use rebound::model::record::{Id, Meta};
use rebound::model::rejection::Application;
use rebound::model::vault::{
    decode, encode, header, is_sealed, open, Sealed, VaultError, ITERATIONS,
};

fn at(days: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).expect("a time") + Duration::days(days)
}

fn entry(n: u8, when: DateTime<Utc>) -> JournalEntry {
    JournalEntry {
        s: Default::default(),
        meta: Meta::new(Id::from_random([n; 16]), when),
        kind: EntryKind::Win,
        text: format!("win {n}"),
        date: when.date_naive(),
        tag: String::new(),
        from: String::new(),
    }
}

fn with_entries(n: u8, when: DateTime<Utc>) -> AppData {
    AppData {
        journal: (0..n).map(|i| entry(i, when)).collect(),
        ..Default::default()
    }
}

#[test]
fn nothing_changed_since_the_last_backup_means_no_reminder() {
    let mut d = with_entries(3, at(0));
    d.settings.last_backup_at = Some(at(1));
    assert_eq!(changes_since_backup(&d), 0);
    assert!(!backup_nudge_due(&d, at(60), Exposure::Elsewhere));
    assert_eq!(
        backup_status(&d, at(4)),
        "Last backup: 3 days ago, no changes since."
    );
}

#[test]
fn safari_tabs_are_reminded_after_a_week_elsewhere_after_two() {
    let mut d = with_entries(2, at(0));
    d.settings.last_backup_at = Some(at(-1));
    assert!(!backup_nudge_due(&d, at(5), Exposure::SafariTab));
    assert!(backup_nudge_due(&d, at(6), Exposure::SafariTab));
    assert!(!backup_nudge_due(&d, at(12), Exposure::Elsewhere));
    assert!(backup_nudge_due(&d, at(13), Exposure::Elsewhere));
    assert_eq!(
        backup_status(&d, at(5)),
        "Last backup: 6 days ago, 2 changes since."
    );
}

#[test]
fn a_busy_evening_is_reminded_the_same_day() {
    let mut d = with_entries(CHANGES_WORTH_A_BACKUP as u8 - 1, at(1));
    d.settings.last_backup_at = Some(at(0));
    assert!(!backup_nudge_due(&d, at(1), Exposure::Elsewhere));
    d.journal.push(entry(200, at(1)));
    assert!(backup_nudge_due(&d, at(1), Exposure::Elsewhere));
    assert_eq!(
        backup_status(&d, at(1)),
        "Last backup: yesterday, 25 changes since."
    );
}

#[test]
fn never_backed_up_counts_from_the_first_record() {
    let d = with_entries(1, at(0));
    assert_eq!(backup_status(&d, at(0)), "No backup yet: 1 change so far.");
    assert!(!backup_nudge_due(&d, at(6), Exposure::SafariTab));
    assert!(backup_nudge_due(&d, at(7), Exposure::SafariTab));
    let mut app = Application::blank(Meta::new(Id::from_random([9; 16]), at(0)));
    app.company = "Acme".into();
    let mut d2 = AppData::default();
    d2.applications.push(app);
    assert!(backup_nudge_due(&d2, at(14), Exposure::Elsewhere));
}

#[test]
fn not_now_snoozes_for_three_days_and_the_setting_turns_reminders_off() {
    let mut d = with_entries(30, at(0));
    d.settings.backup_nudge_dismissed_at = Some(at(0));
    assert!(!backup_nudge_due(&d, at(2), Exposure::SafariTab));
    assert!(backup_nudge_due(&d, at(3), Exposure::SafariTab));
    // A snooze stamped in the future (a clock that ran fast) doesn't silence it.
    d.settings.backup_nudge_dismissed_at = Some(at(30));
    assert!(backup_nudge_due(&d, at(3), Exposure::SafariTab));
    d.settings.backup_nudge = false;
    assert!(!backup_nudge_due(&d, at(60), Exposure::SafariTab));
}

fn sealed() -> Sealed {
    Sealed {
        iterations: ITERATIONS,
        salt: (0..16).collect(),
        iv: (100..112).collect(),
        data: (0..40).map(|i| i * 3).collect(),
    }
}

#[test]
fn an_encrypted_backup_reads_back_and_its_header_is_the_additional_data() {
    let s = sealed();
    let text = s.to_json();
    assert!(is_sealed(text.as_bytes()));
    assert!(!is_sealed(br#"{"app":"rebound","schema":4}"#));
    assert_eq!(open(text.as_bytes()), Ok(s.clone()));
    assert_eq!(s.header(), header(ITERATIONS, &s.salt, &s.iv));
    let text = String::from_utf8(s.header()).expect("text");
    assert!(text.starts_with("rebound-encrypted;v1;PBKDF2-SHA256;600000;"));
    // Any change to the parameters changes the additional data.
    assert_ne!(header(ITERATIONS + 1, &s.salt, &s.iv), s.header());
    let mut iv = s.iv.clone();
    iv[0] ^= 1;
    assert_ne!(header(ITERATIONS, &s.salt, &iv), s.header());
}

#[test]
fn every_bad_envelope_is_refused_with_its_own_reason() {
    let good = sealed().to_json();
    let edit = |from: &str, to: &str| good.replacen(from, to, 1);
    // Cut short, anywhere.
    for cut in [10, good.len() / 2, good.len() - 2] {
        assert_eq!(
            open(&good.as_bytes()[..cut]),
            Err(VaultError::Damaged),
            "cut at {cut}"
        );
    }
    assert_eq!(
        open(edit("\"version\":1", "\"version\":2").as_bytes()),
        Err(VaultError::Newer(2))
    );
    assert_eq!(
        open(edit("PBKDF2-SHA256", "scrypt").as_bytes()),
        Err(VaultError::Unknown("scrypt".into()))
    );
    assert_eq!(
        open(edit("AES-256-GCM", "ChaCha20").as_bytes()),
        Err(VaultError::Unknown("ChaCha20".into()))
    );
    assert_eq!(
        open(edit("600000", "1000").as_bytes()),
        Err(VaultError::Damaged)
    );
    // Far more work than Rebound ever asks (tens of seconds on a phone, with
    // no cancel): refused, saying why. Near what Rebound writes: fine.
    assert_eq!(
        open(edit("600000", "4000000000").as_bytes()),
        Err(VaultError::TooSlow(4_000_000_000))
    );
    assert_eq!(
        open(edit("600000", "2000000").as_bytes()),
        Err(VaultError::TooSlow(2_000_000))
    );
    assert!(open(edit("600000", "1000000").as_bytes()).is_ok());
    assert!(VaultError::TooSlow(2_000_000)
        .to_string()
        .contains("far more than Rebound ever uses"));
    // A salt or IV of the wrong length, data shorter than the tag, bad base64.
    let short_salt = Sealed {
        salt: vec![1; 8],
        ..sealed()
    }
    .to_json();
    assert_eq!(open(short_salt.as_bytes()), Err(VaultError::Damaged));
    let short_iv = Sealed {
        iv: vec![1; 16],
        ..sealed()
    }
    .to_json();
    assert_eq!(open(short_iv.as_bytes()), Err(VaultError::Damaged));
    let no_tag = Sealed {
        data: vec![1; 15],
        ..sealed()
    }
    .to_json();
    assert_eq!(open(no_tag.as_bytes()), Err(VaultError::Damaged));
    let data = encode(&sealed().data);
    assert_eq!(
        open(edit(&data, &format!("{data}!")).as_bytes()),
        Err(VaultError::Damaged)
    );
    assert_eq!(open(b"not json"), Err(VaultError::Damaged));
    assert_eq!(
        open(br#"{"format":"something-else","version":1}"#),
        Err(VaultError::Damaged)
    );
    // Messages say what happened and that nothing changed.
    for e in [
        VaultError::Damaged,
        VaultError::Newer(2),
        VaultError::Unknown("x".into()),
        VaultError::WrongPassphrase,
    ] {
        assert!(e.to_string().ends_with("Nothing was changed."), "{e}");
    }
}

#[test]
fn base64_matches_the_standard_examples() {
    for (plain, coded) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(encode(plain.as_bytes()), coded);
        assert_eq!(decode(coded), Some(plain.as_bytes().to_vec()));
    }
    for bad in ["Zg=", "Z===", "Zm9v!A==", "Zh==", "Zm=v", "Zg==Zg=="] {
        assert_eq!(decode(bad), None, "{bad}");
    }
}

proptest! {
    #[test]
    fn base64_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        prop_assert_eq!(decode(&encode(&bytes)), Some(bytes));
    }

    #[test]
    fn opening_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = open(&bytes);
        let _ = is_sealed(&bytes);
    }

    #[test]
    fn sealed_files_round_trip(salt in prop::collection::vec(any::<u8>(), 16), iv in prop::collection::vec(any::<u8>(), 12), data in prop::collection::vec(any::<u8>(), 16..200), iterations in 100_000u32..=1_000_000) {
        let s = Sealed { iterations, salt, iv, data };
        prop_assert_eq!(open(s.to_json().as_bytes()), Ok(s));
    }
}

#[test]
fn safari_is_told_apart_by_what_the_browser_can_do() {
    use rebound::model::backup::{exposure_of, BrowserTraits};
    let safari_mac = BrowserTraits {
        apple_vendor: true,
        gesture_events: true,
        ..Default::default()
    };
    let safari_ios = BrowserTraits {
        apple_vendor: true,
        ios_standalone_api: true,
        gesture_events: true,
        ..Default::default()
    };
    let home_screen = BrowserTraits {
        installed: true,
        ..safari_ios
    };
    let chromium = BrowserTraits::default();
    // WebKit on Linux (GTK): Apple's vendor string, but no Apple-only events.
    let webkit_gtk = BrowserTraits {
        apple_vendor: true,
        ..Default::default()
    };
    assert_eq!(exposure_of(safari_mac), Exposure::SafariTab);
    assert_eq!(exposure_of(safari_ios), Exposure::SafariTab);
    assert_eq!(exposure_of(home_screen), Exposure::Elsewhere);
    assert_eq!(exposure_of(chromium), Exposure::Elsewhere);
    assert_eq!(exposure_of(webkit_gtk), Exposure::Elsewhere);
    // A Chromium that only claims Apple's vendor string is not Safari.
    assert_eq!(
        exposure_of(BrowserTraits {
            apple_vendor: true,
            installed: false,
            ..chromium
        }),
        Exposure::Elsewhere
    );
}

#[test]
fn an_import_on_this_device_quiets_the_reminder_for_the_snooze_time() {
    use rebound::model::backup::quiet_after_import;
    assert!(!quiet_after_import(None, at(0)));
    assert!(quiet_after_import(Some(at(0)), at(2)));
    assert!(!quiet_after_import(Some(at(0)), at(3)));
    // A time from a clock that ran fast doesn't silence it.
    assert!(!quiet_after_import(Some(at(5)), at(1)));
}
