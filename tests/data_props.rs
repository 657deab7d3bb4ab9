//! Properties of the stored data: backups round-trip exactly, merging is
//! idempotent and commutative and respects deletions, migrations keep every
//! record, and the import check never panics.

mod common;

use chrono::Duration;
use common::*;
use proptest::prelude::*;
use rebound::model::backup::{backup_json, read_backup, ImportError};
use rebound::model::data::{decode, merge, normalise, preview_merge, DecodeError, SCHEMA};
use rebound::model::record::{restore, tombstone};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn backup_round_trip_is_exact(data in any_data()) {
        let data = normalise(&data);
        let text = backup_json(&data, t0(), "1.2.3");
        let back = read_backup(text.as_bytes()).expect("our own backup reads back");
        prop_assert_eq!(back.data, data);
        prop_assert_eq!(back.app_version.as_deref(), Some("1.2.3"));
    }

    #[test]
    fn merge_is_idempotent(a in any_data()) {
        let a = normalise(&a);
        prop_assert_eq!(merge(&a, &a), a);
    }

    #[test]
    fn merge_is_commutative(a in any_data(), b in any_data()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in any_data(), b in any_data(), c in any_data()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merge_keeps_every_record_of_both_unless_its_deletion_was_forgotten(a in any_data(), b in any_data()) {
        use rebound::model::record::Record;
        let m = merge(&a, &b);
        // A forgotten deletion drops every copy from a life it ended (its
        // life began no later than the deletion); an Undo's life outlasts it.
        let pruned = |r: &dyn Fn() -> (rebound::model::record::Id, i64)| {
            let (id, life) = r();
            a.pruned.iter().chain(&b.pruned).any(|p| p.0 == id && p.1.timestamp_millis() >= life)
        };
        for r in a.applications.iter().chain(b.applications.iter()) {
            let kept = m.applications.iter().any(|x| x.meta.id == r.meta.id);
            prop_assert!(kept || pruned(&|| (r.meta.id, r.life())));
        }
        for r in a.journal.iter().chain(b.journal.iter()) {
            let kept = m.journal.iter().any(|x| x.meta.id == r.meta.id);
            prop_assert!(kept || pruned(&|| (r.meta.id, r.life())));
        }
        for p in a.pruned.iter().chain(&b.pruned) {
            prop_assert!(m.pruned.iter().any(|q| q.0 == p.0 && q.1 >= p.1));
            prop_assert!(m.applications.iter().all(|x| x.meta.id != p.0 || x.life() > p.1.timestamp_millis()));
        }
    }

    /// Scenario 6: taps logged on two devices in the same weeks, after one
    /// shared a backup with the other, add up exactly once whichever way
    /// (and however often) the copies are merged.
    #[test]
    fn goal_taps_from_two_devices_add_up_exactly_once(
        shared in prop::collection::vec((0i64..14, 1u32..3), 0..6),
        on_a in prop::collection::vec((0i64..14, 1u32..3), 0..8),
        on_b in prop::collection::vec((0i64..14, 1u32..3), 0..8),
        undo_on_b in 0u32..3,
    ) {
        use rebound::model::data::AppData;
        use rebound::model::goals::{add_progress, day_total, remove_progress};
        const A: u128 = 0xa;
        const B: u128 = 0xb;
        let goal = id(40);
        let start = day(2026, 11, 2);
        let mut clock = t0();
        let mut tap = |d: &mut AppData, device: u128, (offset, n): (i64, u32)| {
            clock += Duration::seconds(1);
            add_progress(&mut d.progress, goal, start + Duration::days(offset), n, "", device, clock);
        };
        let mut base = AppData::default();
        for t in &shared {
            tap(&mut base, A, *t);
        }
        let (mut a, mut b) = (base.clone(), base.clone());
        for t in &on_a {
            tap(&mut a, A, *t);
        }
        for t in &on_b {
            tap(&mut b, B, *t);
        }
        // b takes back some of its own taps on the first day.
        let first = start;
        let own_b: u32 = on_b.iter().filter(|t| t.0 == 0).map(|t| t.1).sum();
        let undone = undo_on_b.min(own_b);
        remove_progress(&mut b.progress, &goal, first, undone, B, t0() + Duration::hours(1));
        let m = merge(&a, &b);
        prop_assert_eq!(&m, &merge(&b, &a));
        prop_assert_eq!(&merge(&m, &a), &m);
        prop_assert_eq!(&merge(&merge(&m, &b), &base), &m);
        for offset in 0..14 {
            let d = start + Duration::days(offset);
            let count = |taps: &[(i64, u32)]| -> u32 {
                taps.iter().filter(|t| t.0 == offset).map(|t| t.1).sum()
            };
            let undone_here = if offset == 0 { undone } else { 0 };
            prop_assert_eq!(
                day_total(&m.progress, &goal, d),
                count(&shared) + count(&on_a) + count(&on_b) - undone_here
            );
        }
    }

    #[test]
    fn a_later_deletion_wins_the_merge(a in any_data()) {
        let a = normalise(&a);
        let mut b = a.clone();
        let later = t0() + Duration::days(30);
        let ids: Vec<_> = b.applications.iter().map(|x| x.meta.id).collect();
        for id in &ids {
            tombstone(&mut b.applications, id, later);
        }
        let m = merge(&a, &b);
        prop_assert!(m.applications.iter().all(|x| x.meta.deleted_at.is_some()));
        // ...and a later undo wins over the deletion.
        prop_assert!(m.applications.iter().all(|x| x.company.is_empty() && x.notes.is_empty()));
        // ...and a later undo (from the copy kept in memory) wins over the deletion.
        let mut c = m.clone();
        for original in &a.applications {
            restore(&mut c.applications, original, later + Duration::days(1));
        }
        let back = merge(&m, &c);
        prop_assert!(back.applications.iter().all(|x| x.meta.deleted_at.is_none()));
        for (x, original) in back.applications.iter().zip(&a.applications) {
            prop_assert_eq!(&x.company, &original.company);
        }
    }

    #[test]
    fn merge_preview_counts_every_incoming_record(a in any_data(), b in any_data()) {
        let (a, b) = (normalise(&a), normalise(&b));
        let p = preview_merge(&a, &b);
        prop_assert_eq!(p.added + p.updated + p.unchanged, b.record_count());
    }

}

/// Scenario 4: a settings stamp from a device whose clock ran fast doesn't
/// win every later merge: a change made here still moves past it.
#[test]
fn a_settings_stamp_from_a_fast_clock_does_not_win_forever() {
    let mut fast = rebound::model::data::AppData::default();
    fast.settings.your_name = "From the fast device".into();
    fast.settings.updated_at = Some(t0() + Duration::days(365));
    let mut here = merge(&rebound::model::data::AppData::default(), &fast);
    assert_eq!(here.settings.your_name, "From the fast device");
    here.settings.your_name = "Changed here".into();
    here.settings.touch(t0());
    assert!(here.settings.updated_at > fast.settings.updated_at);
    assert_eq!(merge(&here, &fast).settings.your_name, "Changed here");
    assert_eq!(merge(&fast, &here).settings.your_name, "Changed here");
}

// The import check sees hostile input: thousands of cases.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn import_check_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = read_backup(&bytes);
    }

    #[test]
    fn import_check_never_panics_on_json(v in arb_json()) {
        let doc = serde_json::json!({"app": "rebound", "schema": 2, "saved_at": "2026-01-01T00:00:00Z", "data": v});
        let _ = read_backup(doc.to_string().as_bytes());
        let _ = read_backup(v.to_string().as_bytes());
    }

    #[test]
    fn every_migration_keeps_every_record(names in prop::collection::vec("[a-z]{1,8}", 0..20), sunday in any::<bool>()) {
        let apps: Vec<_> = names.iter().enumerate().map(|(i, n)| serde_json::json!({
            "meta": {"id": id(i as u8).to_string(), "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"},
            "company_name": n,
            "role": "r",
        })).collect();
        let v1 = serde_json::json!({
            "app": "rebound", "schema": 1, "saved_at": "2026-01-01T00:00:00Z",
            "data": {"applications": apps, "settings": {"week_starts_sunday": sunday}},
        });
        let d = decode(&v1.to_string()).expect("v1 migrates");
        prop_assert_eq!(d.from_schema, 1);
        prop_assert_eq!(d.envelope.schema, SCHEMA);
        let got: Vec<_> = d.envelope.data.applications.iter().map(|a| a.company.clone()).collect();
        prop_assert_eq!(got, names);
    }
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("2026-01-01T00:00:00Z")),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("applications".to_string()),
                    Just("journal".to_string()),
                    Just("meta".to_string()),
                    Just("id".to_string()),
                    Just("company".to_string()),
                    Just("settings".to_string()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn the_v1_fixture_migrates() {
    let v1 = include_str!("fixtures/schema-1.json");
    let d = decode(v1).expect("fixture reads");
    assert_eq!(d.from_schema, 1);
    let data = d.envelope.data;
    assert_eq!(data.applications.len(), 2);
    assert_eq!(data.applications[0].company, "Northwind");
    assert_eq!(
        data.settings.week_start,
        rebound::model::time::WeekStart::Sunday
    );
}

#[test]
fn bad_inputs_get_specific_errors() {
    assert_eq!(read_backup(b""), Err(ImportError::Empty));
    assert_eq!(read_backup(&[0xff, 0xfe, 0x00]), Err(ImportError::NotText));
    assert_eq!(
        read_backup(b"{nope"),
        Err(ImportError::Decode(DecodeError::NotJson))
    );
    assert_eq!(
        read_backup(b"[1,2]"),
        Err(ImportError::Decode(DecodeError::NotRebound))
    );
    assert_eq!(
        read_backup(br#"{"app":"rebound","schema":9,"saved_at":"2026-01-01T00:00:00Z","data":{}}"#),
        Err(ImportError::Decode(DecodeError::Newer(9)))
    );
    let huge = vec![b' '; 11 * 1024 * 1024];
    assert!(matches!(read_backup(&huge), Err(ImportError::TooLarge(_))));
    let long = format!(
        r#"{{"app":"rebound","schema":2,"saved_at":"2026-01-01T00:00:00Z","data":{{"settings":{{"your_name":"{}"}}}}}}"#,
        "a".repeat(30_000)
    );
    assert_eq!(read_backup(long.as_bytes()), Err(ImportError::FieldTooLong));
    // Every message says nothing was changed.
    for e in [
        ImportError::Empty,
        ImportError::NotText,
        ImportError::FieldTooLong,
        ImportError::TooLarge(1),
    ] {
        assert!(e.to_string().contains("Nothing was changed"));
    }
}

#[test]
fn a_bom_before_the_json_is_accepted() {
    let text = format!(
        "\u{feff}{}",
        backup_json(&Default::default(), t0(), "1.0.0")
    );
    assert!(read_backup(text.as_bytes()).is_ok());
}

#[test]
fn the_v2_fixture_groups_check_ins_by_week_and_keeps_every_tap() {
    use rebound::model::goals::{day_total, week_total};
    use rebound::model::time::{Week, WeekStart};
    let v2 = include_str!("fixtures/schema-2.json");
    let d = decode(v2).expect("fixture reads");
    assert_eq!(d.from_schema, 2);
    let data = d.envelope.data;
    assert_eq!(
        data.applications[0]
            .meta
            .updated_at
            .timestamp_subsec_millis(),
        250
    );
    // Three live check-ins in one ISO week become one bucket; the deleted one is gone.
    assert_eq!(data.progress.len(), 1);
    let goal = &data.goals[0];
    assert_eq!(data.progress[0].days, [3, 0, 0, 0, 0, 0, 1]);
    assert_eq!(
        data.progress[0].notes,
        vec![(0, "three in one go".to_string())]
    );
    assert_eq!(
        day_total(&data.progress, &goal.meta.id, day(2026, 11, 16)),
        3
    );
    let week = Week::containing(day(2026, 11, 18), WeekStart::Monday);
    assert_eq!(week_total(goal, &data.progress, &[], week), 4);
    // Migrating twice (two devices) gives the same ids, so the copies merge.
    let again = decode(v2).unwrap().envelope.data;
    assert_eq!(again.progress[0].meta.id, data.progress[0].meta.id);
    assert_eq!(merge(&data, &again), normalise(&data));
}

#[test]
fn the_v3_fixture_keeps_times_tombstones_and_ids() {
    let v3 = include_str!("fixtures/schema-3.json");
    let d = decode(v3).expect("fixture reads");
    assert_eq!(d.from_schema, 3);
    let data = d.envelope.data;
    assert_eq!(data.applications.len(), 2);
    let first = &data.applications[0];
    assert_eq!(
        first.meta.id.to_string(),
        "0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a"
    );
    assert_eq!(first.meta.updated_at.timestamp_millis(), 1_762_074_000_250);
    assert!(data.applications[1].meta.deleted_at.is_some());
    assert_eq!(data.journal.len(), 1);
    assert_eq!(data.progress[0].goal, data.goals[0].meta.id);
    assert_eq!(data.progress[0].days, [3, 0, 0, 0, 0, 0, 1]);
    assert_eq!(data.settings.your_name, "Sam");
    // Written back in the schema 4 shape: short time names, ids without dashes.
    let text = backup_json(&data, t0(), "1.0.0");
    assert!(text.contains(
        r#""id":"0a0a0a0a0a0a4a0a8a0a0a0a0a0a0a0a","c":1761987600000,"u":1762074000250"#
    ));
    assert!(!text.contains("created_at"));
    assert_eq!(decode(&text).expect("reads back").envelope.data, data);
}

/// The reading of ids as it was before ids were read without copies: only
/// lowercase hex, 32 digits or the dashed 36-character form.
fn id_as_before(text: &str) -> Option<u128> {
    let hex_digit = |c: u8| c.is_ascii_digit() || (b'a'..=b'f').contains(&c);
    let ok = match text.len() {
        32 => text.bytes().all(hex_digit),
        36 => text.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => hex_digit(c),
        }),
        _ => false,
    };
    let hex: String = text.chars().filter(|c| *c != '-').collect();
    ok.then(|| u128::from_str_radix(&hex, 16).ok()).flatten()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn ids_read_back_in_both_forms(n in any::<u128>()) {
        use rebound::model::record::Id;
        let short = format!("{n:032x}");
        let id = Id::parse(&short).expect("32 hex digits");
        prop_assert_eq!(id.as_u128(), n);
        prop_assert_eq!(Id::parse(&id.to_string()), Some(id));
        let json = serde_json::to_string(&id).expect("an id serialises");
        prop_assert_eq!(serde_json::from_str::<Id>(&json).ok(), Some(id));
    }

    #[test]
    fn ids_are_read_as_before(text in "[0-9a-fA-F-]{30,38}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|.{0,40}") {
        use rebound::model::record::Id;
        prop_assert_eq!(Id::parse(&text).map(Id::as_u128), id_as_before(&text));
        let json = serde_json::to_string(&text).expect("a string serialises");
        prop_assert_eq!(serde_json::from_str::<Id>(&json).ok().map(Id::as_u128), id_as_before(&text));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn dates_are_read_as_chrono_reads_them(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9+ -]{8,12}|.{0,12}") {
        use rebound::model::ymd;
        let chrono_reads = text.parse::<chrono::NaiveDate>();
        prop_assert_eq!(ymd::parse(&text).ok(), chrono_reads.ok());
        prop_assert_eq!(ymd::parse(&text).err().map(|e| e.to_string()), chrono_reads.err().map(|e| e.to_string()));
    }

    #[test]
    fn stored_dates_read_back(days in -400_000i64..400_000) {
        use rebound::model::ymd;
        let day = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date") + chrono::Duration::days(days);
        prop_assert_eq!(ymd::parse(&day.to_string()), Ok(day));
    }
}
