//! The store on an in-memory KvStore: fresh, corrupt, newer, older, full,
//! blocked storage, saving in parts, and two tabs sharing one store.

mod common;

use chrono::Duration;
use common::*;
use proptest::prelude::*;
use rebound::model::backup::{backup_json, read_backup};
use rebound::model::data::{decode_stored, AppData, Stored, SCHEMA, TOMBSTONE_DAYS};
use rebound::model::record::tombstone;
use rebound::model::rejection::Outcome;
use rebound::store::parts::{bucket_of, part_key, utf16_len};
use rebound::store::{
    Incoming, KvError, KvStore, Loaded, MemoryStore, Mode, SaveError, Store, DATA_KEY,
    PREMIGRATION_KEY, QUARANTINE_PREFIX,
};

#[test]
fn nothing_saved_loads_fresh_and_saves_a_head_and_parts() {
    let mut s = store(MemoryStore::new());
    assert_eq!(s.load(), Loaded::Fresh);
    let saved = s.save(&with_one("Acme"), t0()).unwrap();
    assert!(saved.chars > 0 && saved.merged.is_none());
    let raw = s.kv.get(DATA_KEY).unwrap().unwrap();
    let Ok(Stored::Head(head)) = decode_stored(&raw) else {
        panic!("expected a head: {raw}")
    };
    assert_eq!(head.schema, SCHEMA);
    assert_eq!(head.app_version.as_deref(), Some("0.1.0"));
    let part = part_key("applications", bucket_of(&id(1)));
    assert!(s.kv.get(&part).unwrap().unwrap().contains("Acme"));
    let mut again = store(s.kv.clone());
    assert_eq!(again.load(), Loaded::Ready(with_one("Acme")));
}

#[test]
fn a_change_rewrites_only_its_own_part_and_the_head() {
    let kv = Shared::default();
    let mut s = store(kv.clone());
    s.load();
    let mut data = many(40);
    s.save(&data, t0()).unwrap();
    let parts = kv.keys().unwrap().len() - 1;
    assert!(parts > 20, "{parts} parts");
    assert_eq!(kv.writes.get(), parts + 1);
    // Nothing changed: only the head.
    kv.writes.set(0);
    s.save(&data, t0()).unwrap();
    assert_eq!(kv.writes.get(), 1);
    // One record changed: its part and the head.
    kv.writes.set(0);
    data.applications[5].notes = "Kind recruiter".into();
    data.applications[5].meta.touch(t0());
    s.save(&data, t0()).unwrap();
    assert_eq!(kv.writes.get(), 2);
    let mut again = store(kv.clone());
    assert_eq!(again.load(), Loaded::Ready(data.clone()));
    // A deletion for good (tombstones pruned) empties a part: its key goes.
    let gone = data.applications.remove(0);
    data.journal.clear();
    s.save(&data, t0()).unwrap();
    let key = part_key("applications", bucket_of(&gone.meta.id));
    let still = data
        .applications
        .iter()
        .any(|a| bucket_of(&a.meta.id) == bucket_of(&gone.meta.id));
    assert_eq!(kv.get(&key).unwrap().is_some(), still);
    assert!(kv.keys().unwrap().iter().all(|k| !k.contains("journal")));
    assert_eq!(store(kv.clone()).load(), Loaded::Ready(data));
}

#[test]
fn unreadable_data_is_quarantined_and_never_overwritten() {
    let mut kv = MemoryStore::new();
    kv.set(DATA_KEY, "{\"app\":\"rebound\", oops").unwrap();
    let mut s = store(kv);
    let Loaded::Corrupt {
        raw,
        quarantine_key,
        data,
        ..
    } = s.load()
    else {
        panic!("expected corrupt")
    };
    assert_eq!(data, AppData::default());
    assert_eq!(quarantine_key.as_deref(), Some(QUARANTINE_PREFIX));
    assert_eq!(
        s.kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some(raw.as_str())
    );
    assert_eq!(s.mode, Mode::AwaitingChoice);
    assert!(matches!(
        s.save(&with_one("X"), t0()),
        Err(SaveError::Blocked(_))
    ));
    assert_eq!(s.kv.get(DATA_KEY).unwrap().as_deref(), Some(raw.as_str()));
    // Start fresh: saving resumes; the copy stays.
    s.start_fresh();
    s.save(&with_one("X"), t0()).unwrap();
    assert_eq!(
        s.kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some(raw.as_str())
    );
    assert_eq!(s.quarantined().len(), 1);
    assert_eq!(store(s.kv.clone()).load(), Loaded::Ready(with_one("X")));
}

#[test]
fn an_unreadable_part_is_set_aside_and_the_rest_is_shown() {
    let kv = Shared::default();
    let mut s = store(kv.clone());
    s.load();
    let data = many(30);
    s.save(&data, t0()).unwrap();
    let broken = part_key("applications", bucket_of(&id(3)));
    kv.clone().set(&broken, "[{\"meta\": 12").unwrap();
    let mut again = store(kv.clone());
    let Loaded::Corrupt {
        data: rest,
        reason,
        quarantine_key,
        ..
    } = again.load()
    else {
        panic!("expected corrupt")
    };
    assert!(reason.contains(&broken), "{reason}");
    assert_eq!(quarantine_key.as_deref(), Some(QUARANTINE_PREFIX));
    assert_eq!(
        kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some("[{\"meta\": 12")
    );
    let lost = data
        .applications
        .iter()
        .filter(|a| bucket_of(&a.meta.id) == bucket_of(&id(3)))
        .count();
    assert!(lost >= 1);
    assert_eq!(rest.applications.len(), data.applications.len() - lost);
    assert_eq!(rest.journal, data.journal);
    // Going on writes the rest back, and the broken key no longer confuses loading.
    again.start_fresh();
    again.save(&rest, t0()).unwrap();
    assert_eq!(store(kv.clone()).load(), Loaded::Ready(rest));
}

#[test]
fn a_second_corruption_gets_its_own_quarantine_key() {
    let mut kv = MemoryStore::new();
    kv.set(QUARANTINE_PREFIX, "older damage").unwrap();
    kv.set(DATA_KEY, "new damage").unwrap();
    let mut s = store(kv);
    let Loaded::Corrupt { quarantine_key, .. } = s.load() else {
        panic!()
    };
    assert_eq!(quarantine_key.as_deref(), Some("rebound.quarantine.1"));
    assert_eq!(
        s.kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some("older damage")
    );
}

#[test]
fn newer_data_is_read_only() {
    let newer = r#"{"app":"rebound","schema":99,"saved_at":"2030-01-01T00:00:00Z","data":{"applications":[],"extra":1}}"#;
    let mut kv = MemoryStore::new();
    kv.set(DATA_KEY, newer).unwrap();
    let mut s = store(kv);
    assert!(matches!(
        s.load(),
        Loaded::Newer {
            schema: 99,
            data: Some(_)
        }
    ));
    assert!(matches!(
        s.save(&with_one("X"), t0()),
        Err(SaveError::Blocked(Mode::ReadOnly { schema: 99 }))
    ));
    assert_eq!(s.kv.get(DATA_KEY).unwrap().as_deref(), Some(newer));
}

#[test]
fn newer_data_in_parts_is_shown_read_only() {
    let mut s = store(MemoryStore::new());
    s.save(&with_one("Future"), t0()).unwrap();
    let head = s.kv.get(DATA_KEY).unwrap().unwrap();
    let newer = head.replacen(&format!("\"schema\":{SCHEMA}"), "\"schema\":7", 1);
    s.kv.set(DATA_KEY, &newer).unwrap();
    let mut reader = store(s.kv.clone());
    let Loaded::Newer {
        data: Some(d),
        schema: 7,
    } = reader.load()
    else {
        panic!("expected newer")
    };
    assert_eq!(d.applications[0].company, "Future");
}

#[test]
fn older_data_is_migrated_and_the_original_kept_until_a_save_succeeds() {
    for fixture in [
        include_str!("fixtures/schema-1.json"),
        include_str!("fixtures/schema-2.json"),
        include_str!("fixtures/schema-3.json"),
    ] {
        let kv = Shared::default();
        let mut w = kv.clone();
        w.set(DATA_KEY, fixture).unwrap();
        w.set(PREMIGRATION_KEY, fixture).unwrap();
        let mut s = store(kv.clone());
        let Loaded::Migrated { data, from } = s.load() else {
            panic!("expected migration")
        };
        assert!(from < SCHEMA);
        // A save cut short after some parts: the original is still the main key.
        kv.writes.set(0);
        kv.fail_after.set(Some(1));
        assert!(s.save(&data, t0()).is_err());
        assert_eq!(kv.get(DATA_KEY).unwrap().as_deref(), Some(fixture));
        let Loaded::Migrated { data: again, .. } = store(kv.clone()).load() else {
            panic!("still migrating")
        };
        assert_eq!(again, data);
        kv.fail_after.set(None);
        s.save(&data, t0()).unwrap();
        assert_eq!(kv.get(PREMIGRATION_KEY).unwrap(), None);
        assert_eq!(store(kv.clone()).load(), Loaded::Ready(data));
    }
}

#[test]
fn parts_left_beside_older_data_are_merged_in_and_unreadable_ones_set_aside() {
    let mut kv = MemoryStore::new();
    kv.set(DATA_KEY, include_str!("fixtures/schema-3.json"))
        .unwrap();
    // A first save of the migrated data that was cut short left two parts.
    let mut earlier = store(MemoryStore::new());
    earlier
        .save(&with_one("Written before the cut"), t0())
        .unwrap();
    let part = part_key("applications", bucket_of(&id(1)));
    kv.set(&part, &earlier.kv.get(&part).unwrap().unwrap())
        .unwrap();
    kv.set("rebound.data.journal.07", "[{oops").unwrap();
    let mut s = store(kv);
    let Loaded::Migrated { data, .. } = s.load() else {
        panic!("expected migration")
    };
    assert!(data
        .applications
        .iter()
        .any(|a| a.company == "Written before the cut"));
    assert_eq!(data.applications.len(), 3);
    assert_eq!(
        s.kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some("[{oops")
    );
    s.save(&data, t0()).unwrap();
    assert_eq!(s.kv.get("rebound.data.journal.07").unwrap(), None);
    assert_eq!(store(s.kv.clone()).load(), Loaded::Ready(data));
}

#[test]
fn a_full_store_keeps_the_data_and_saving_resumes_when_space_frees() {
    let mut s = store(MemoryStore::with_quota(4_000));
    s.save(&with_one("Small"), t0()).unwrap();
    s.kv.set("filler", &"x".repeat(2_500)).unwrap();
    let mut big = with_one("Small");
    big.applications[0].notes = "n".repeat(1_000);
    big.applications[0].meta.touch(t0());
    match s.save(&big, t0()) {
        Err(SaveError::Quota { used }) => assert!(used > 2_500),
        other => panic!("expected quota error, got {other:?}"),
    }
    // The old copy is intact.
    let mut reader = store(s.kv.clone());
    assert_eq!(reader.load(), Loaded::Ready(with_one("Small")));
    s.kv.remove("filler").unwrap();
    s.save(&big, t0()).unwrap();
    assert_eq!(store(s.kv.clone()).load(), Loaded::Ready(big));
}

#[test]
fn blocked_storage_says_so() {
    let kv = MemoryStore {
        broken: true,
        ..MemoryStore::default()
    };
    let mut s = store(kv);
    assert!(matches!(s.load(), Loaded::Unavailable(_)));
    assert!(matches!(s.mode, Mode::MemoryOnly(_)));
    assert!(s.save(&AppData::default(), t0()).is_err());
}

#[test]
fn two_tabs_editing_different_records_both_survive() {
    let shared = Shared::default();
    let mut a = Store::new(shared.clone(), "0.1.0", 1);
    let mut b = Store::new(shared.clone(), "0.1.0", 2);
    a.load();
    b.load();
    let data_a = with_one("From A");
    let data_b = AppData {
        applications: vec![app(2, "From B", Outcome::Rejected)],
        ..AppData::default()
    };
    a.save(&data_a, t0()).unwrap();
    // B saves before it hears A's storage event: it merges first.
    let saved = b.save(&data_b, t0()).unwrap();
    let merged = saved.merged.expect("B merged A's record");
    assert_eq!(merged.applications.len(), 2);
    // A hears about B's write and merges it in.
    match a.incoming(&data_a) {
        Incoming::Merged { data, needs_save } => {
            assert_eq!(data.applications.len(), 2);
            assert!(!needs_save);
        }
        other => panic!("expected a merge, got {other:?}"),
    }
    assert_eq!(store(shared.clone()).load(), Loaded::Ready(merged));
}

#[test]
fn same_millisecond_edits_of_one_record_in_two_tabs_converge_in_storage() {
    let shared = Shared::default();
    let mut a = Store::new(shared.clone(), "0.1.0", 1);
    a.load();
    let base = with_one("Same");
    a.save(&base, t0()).unwrap();
    let mut b = Store::new(shared.clone(), "0.1.0", 2);
    b.load();
    let edit = |text: &str| {
        let mut d = base.clone();
        d.applications[0].notes = text.into();
        d.applications[0].meta.updated_at = t0() + Duration::hours(1);
        d
    };
    let (da, db) = (edit("from a"), edit("from b"));
    a.save(&da, t0()).unwrap();
    let result = b.save(&db, t0()).unwrap();
    let winner = result.merged.unwrap_or(db);
    // Whatever won the tie is what storage holds, not a stale mix.
    assert_eq!(store(shared.clone()).load(), Loaded::Ready(winner.clone()));
    match a.incoming(&da) {
        Incoming::Merged { data, .. } => assert_eq!(*data, winner),
        Incoming::Unchanged => assert_eq!(da, winner),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_tab_that_cleared_storage_gets_everything_written_back() {
    let shared = Shared::default();
    let mut a = store(shared.clone());
    a.load();
    let data = many(10);
    a.save(&data, t0()).unwrap();
    let keys = shared.keys().unwrap();
    let mut w = shared.clone();
    for k in keys {
        w.remove(&k).unwrap();
    }
    assert_eq!(a.incoming(&data), Incoming::Cleared);
    a.save(&data, t0()).unwrap();
    assert_eq!(store(shared.clone()).load(), Loaded::Ready(data));
}

#[test]
fn an_echo_of_our_own_write_is_ignored_and_a_newer_tab_makes_us_read_only() {
    let shared = Shared::default();
    let mut a = store(shared.clone());
    a.load();
    let d = with_one("Echo");
    a.save(&d, t0()).unwrap();
    assert_eq!(a.incoming(&d), Incoming::Unchanged);
    let newer = r#"{"app":"rebound","schema":50,"saved_at":"2030-01-01T00:00:00Z","data":{}}"#;
    shared.clone().set(DATA_KEY, newer).unwrap();
    assert_eq!(a.incoming(&d), Incoming::Newer(50));
    assert!(a.save(&d, t0() + Duration::seconds(1)).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever write a save is cut short at, every record saved before is
    /// still there, each either as it was or as it was being saved, and the
    /// next save completes the job.
    #[test]
    fn a_save_cut_short_loses_nothing(edits in proptest::collection::vec((0usize..30, any::<bool>()), 1..12), cut in 0usize..40) {
        let kv = Shared::default();
        let mut s = store(kv.clone());
        s.load();
        let before = many(30);
        s.save(&before, t0()).unwrap();
        let mut after = before.clone();
        for (i, delete) in &edits {
            let a = &mut after.applications[*i];
            if *delete {
                a.meta.touch(t0() + Duration::hours(1));
                a.meta.deleted_at = Some(a.meta.updated_at);
            } else {
                a.notes.push('!');
                a.meta.touch(t0() + Duration::hours(1));
            }
        }
        kv.writes.set(0);
        kv.fail_after.set(Some(cut));
        let _ = s.save(&after, t0());
        let Loaded::Ready(read) = store(kv.clone()).load() else { panic!("unreadable after a cut") };
        prop_assert_eq!(read.applications.len(), before.applications.len());
        for (r, (b, a)) in read.applications.iter().zip(before.applications.iter().zip(&after.applications)) {
            prop_assert!(r == b || r == a);
        }
        kv.fail_after.set(None);
        s.save(&after, t0()).unwrap();
        prop_assert_eq!(store(kv.clone()).load(), Loaded::Ready(after));
    }
}

#[derive(Clone, Debug)]
enum Op {
    Add,
    Edit(usize),
    Delete(usize),
    Save,
    Hear,
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => Just(Op::Add),
        3 => (0usize..64).prop_map(Op::Edit),
        1 => (0usize..64).prop_map(Op::Delete),
        3 => Just(Op::Save),
        2 => Just(Op::Hear),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Two tabs adding, editing, deleting, saving and hearing each other in
    /// any order end up with the same data as storage, and no record anyone
    /// created is missing.
    #[test]
    fn two_tabs_in_any_order_converge_and_lose_nothing(ops in proptest::collection::vec((any::<bool>(), any_op()), 1..60)) {
        let kv = Shared::default();
        let mut tabs = [Store::new(kv.clone(), "0.1.0", 11), Store::new(kv.clone(), "0.1.0", 22)];
        let mut data = [AppData::default(), AppData::default()];
        tabs[0].load();
        tabs[1].load();
        let mut clock = t0();
        let mut created = 0u8;
        for (which, op) in ops {
            let t = usize::from(which);
            clock += Duration::seconds(1);
            let d = &mut data[t];
            match op {
                Op::Add => {
                    created += 1;
                    let mut a = app(created, &format!("Co {created}"), Outcome::Rejected);
                    a.meta = rebound::model::record::Meta::new(id(created), clock);
                    d.applications.push(a);
                }
                Op::Edit(i) if !d.applications.is_empty() => {
                    let n = d.applications.len();
                    let a = &mut d.applications[i % n];
                    a.notes.push(if which { 'b' } else { 'a' });
                    a.meta.touch(clock);
                }
                Op::Delete(i) if !d.applications.is_empty() => {
                    let n = d.applications.len();
                    let a = &mut d.applications[i % n];
                    a.meta.touch(clock);
                    a.meta.deleted_at = Some(a.meta.updated_at);
                }
                Op::Save => {
                    if let Some(m) = tabs[t].save(d, clock).unwrap().merged {
                        *d = m;
                    }
                }
                Op::Hear => {
                    if let Incoming::Merged { data: m, .. } = tabs[t].incoming(d) {
                        *d = *m;
                    }
                }
                _ => {}
            }
        }
        // Both tabs save once more and hear each other.
        for t in [0, 1, 0] {
            clock += Duration::seconds(1);
            if let Some(m) = tabs[t].save(&data[t], clock).unwrap().merged {
                data[t] = m;
            }
            let other = 1 - t;
            if let Incoming::Merged { data: m, .. } = tabs[other].incoming(&data[other]) {
                data[other] = *m;
            }
        }
        prop_assert_eq!(&data[0], &data[1]);
        let Loaded::Ready(stored) = store(kv.clone()).load() else { panic!("unreadable") };
        prop_assert_eq!(&stored, &data[0]);
        prop_assert_eq!(stored.applications.len(), usize::from(created));
    }
}

// The eight data-safety scenarios (issue: "close eight data-safety holes").

/// Scenario 1: a part that can't be read and can't be copied (storage is
/// nearly full) is offered for download from memory, and going on with the
/// rest never removes or overwrites it until a copy exists.
#[test]
fn unreadable_text_with_no_room_for_a_copy_is_kept_until_it_can_be_copied() {
    let kv = Shared::default();
    let mut first = store(kv.clone());
    let data = many(30);
    first.save(&data, t0()).unwrap();
    let broken = part_key("applications", bucket_of(&id(3)));
    let garbage = format!("[{{\"meta\": {}", "9".repeat(3_000));
    kv.clone().set(&broken, &garbage).unwrap();
    // Room for everything stored, not for a second copy of the damage.
    kv.map.borrow_mut().quota = Some(kv.used_chars() + 500);
    let mut s = store(kv.clone());
    let Loaded::Corrupt {
        quarantine_key,
        data: rest,
        ..
    } = s.load()
    else {
        panic!("expected corrupt")
    };
    assert_eq!(quarantine_key, None);
    assert_eq!(s.quarantined(), vec![(broken.clone(), garbage.clone())]);
    s.start_fresh();
    let mut edited = rest.clone();
    edited.journal[0].text.push_str(" (edited)");
    edited.journal[0].meta.touch(t0() + Duration::hours(1));
    assert!(matches!(
        s.save(&edited, t0() + Duration::hours(1)),
        Err(SaveError::Quota { .. })
    ));
    assert_eq!(kv.get(&broken).unwrap().as_deref(), Some(garbage.as_str()));
    // Once there is room, the copy is made first, then saving goes on.
    kv.map.borrow_mut().quota = None;
    s.save(&edited, t0() + Duration::hours(1)).unwrap();
    assert_eq!(
        kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some(garbage.as_str())
    );
    assert_eq!(store(kv.clone()).load(), Loaded::Ready(edited));
}

/// Scenario 1, older data: a whole schema 1–3 envelope that can't be read
/// and can't be copied stays in the main key.
#[test]
fn an_unreadable_old_envelope_with_no_room_for_a_copy_stays_in_place() {
    let raw = format!(
        "{{\"app\":\"rebound\",\"schema\":3,\"data\":{}",
        "x".repeat(4_000)
    );
    let mut kv = MemoryStore::with_quota(6_000);
    kv.set(DATA_KEY, &raw).unwrap();
    let mut s = store(kv);
    let Loaded::Corrupt { quarantine_key, .. } = s.load() else {
        panic!("expected corrupt")
    };
    assert_eq!(quarantine_key, None);
    assert_eq!(s.quarantined(), vec![(DATA_KEY.to_string(), raw.clone())]);
    s.start_fresh();
    assert!(s.save(&with_one("New"), t0()).is_err());
    assert_eq!(s.kv.get(DATA_KEY).unwrap().as_deref(), Some(raw.as_str()));
}

/// Scenario 2: another tab stores a part this tab can't read. This tab's
/// next save stops, sets it aside and asks, as at load.
#[test]
fn a_running_tab_never_writes_over_a_part_it_cannot_read() {
    let kv = Shared::default();
    let mut a = store(kv.clone());
    let mut b = Store::new(kv.clone(), "0.1.0", 99);
    a.load();
    b.load();
    let mut data = many(30);
    a.save(&data, t0()).unwrap();
    let Incoming::Merged { data: theirs, .. } = b.incoming(&AppData::default()) else {
        panic!("b hears a")
    };
    // b (a newer build, say) saves, and one of its parts makes no sense to a.
    let mut theirs = *theirs;
    theirs.journal[0].meta.touch(t0() + Duration::minutes(5));
    b.save(&theirs, t0() + Duration::minutes(5)).unwrap();
    let broken = part_key("applications", bucket_of(&id(3)));
    kv.clone()
        .set(&broken, "[{\"meta\": \"from the future\"")
        .unwrap();
    // a edits the record that lives in that part.
    let i = data
        .applications
        .iter()
        .position(|x| x.meta.id == id(3))
        .unwrap();
    data.applications[i].notes = "mine".into();
    data.applications[i].meta.touch(t0() + Duration::minutes(6));
    match a.save(&data, t0() + Duration::minutes(6)) {
        Err(SaveError::Damaged { reason, copied }) => {
            assert!(reason.contains(&broken), "{reason}");
            assert!(copied);
        }
        other => panic!("expected the damage to stop the save, got {other:?}"),
    }
    assert_eq!(a.mode, Mode::AwaitingChoice);
    assert_eq!(
        kv.get(&broken).unwrap().as_deref(),
        Some("[{\"meta\": \"from the future\"")
    );
    assert_eq!(
        kv.get(QUARANTINE_PREFIX).unwrap().as_deref(),
        Some("[{\"meta\": \"from the future\"")
    );
    // Only the person's choice lets it go on; the copy stays.
    a.start_fresh();
    a.save(&data, t0() + Duration::minutes(7)).unwrap();
    let Loaded::Ready(stored) = store(kv.clone()).load() else {
        panic!("readable after the choice")
    };
    assert!(stored.applications.iter().any(|x| x.notes == "mine"));
    assert_eq!(a.quarantined().len(), 1);
}

/// Scenario 2, heard through the storage event, and with the head itself
/// unreadable.
#[test]
fn an_unreadable_head_from_another_tab_is_reported_not_overwritten() {
    let kv = Shared::default();
    let mut a = store(kv.clone());
    a.load();
    let data = many(5);
    a.save(&data, t0()).unwrap();
    kv.clone()
        .set(DATA_KEY, "{\"app\":\"rebound\",\"schema\":4,")
        .unwrap();
    match a.incoming(&data) {
        Incoming::Damaged {
            copied, data: kept, ..
        } => {
            assert!(copied);
            assert_eq!(*kept, data);
        }
        other => panic!("expected damage, got {other:?}"),
    }
    assert!(matches!(
        a.save(&data, t0()),
        Err(SaveError::Blocked(Mode::AwaitingChoice))
    ));
    assert_eq!(
        kv.get(DATA_KEY).unwrap().as_deref(),
        Some("{\"app\":\"rebound\",\"schema\":4,")
    );
    a.start_fresh();
    a.save(&data, t0()).unwrap();
    assert_eq!(store(kv.clone()).load(), Loaded::Ready(data));
}

/// Scenario 3: *Replace everything* in one tab is adopted by the others,
/// whether they hear it first or try to save first; nothing removed comes back.
#[test]
fn replace_everything_is_adopted_by_other_tabs_not_merged_back() {
    for hears_first in [true, false] {
        let kv = Shared::default();
        let mut a = Store::new(kv.clone(), "0.1.0", 1);
        let mut b = Store::new(kv.clone(), "0.1.0", 2);
        a.load();
        b.load();
        a.save(&many(10), t0()).unwrap();
        let Incoming::Merged { data: b_data, .. } = b.incoming(&AppData::default()) else {
            panic!("b hears a")
        };
        let mut b_data = *b_data;
        // b edits one of the records that the replace will remove.
        b_data.applications[0].notes = "edited in b".into();
        b_data.applications[0]
            .meta
            .touch(t0() + Duration::minutes(1));
        let backup = with_one("From the backup");
        let backup = AppData {
            applications: vec![rebound::model::rejection::Application {
                meta: rebound::model::record::Meta::new(id(200), t0()),
                ..backup.applications[0].clone()
            }],
            ..backup
        };
        a.replace(&backup, t0() + Duration::minutes(2)).unwrap();
        if hears_first {
            assert_eq!(
                b.incoming(&b_data),
                Incoming::Replaced(Box::new(backup.clone()))
            );
        } else {
            let saved = b.save(&b_data, t0() + Duration::minutes(3)).unwrap();
            assert!(saved.replaced);
            assert_eq!(saved.merged, Some(backup.clone()));
        }
        assert_eq!(store(kv.clone()).load(), Loaded::Ready(backup.clone()));
        // Both tabs go on normally afterwards.
        b.save(&backup, t0() + Duration::minutes(4)).unwrap();
        assert_eq!(a.incoming(&backup), Incoming::Unchanged);
        assert_eq!(store(kv.clone()).load(), Loaded::Ready(backup));
    }
}

/// Scenario 5: an import whose copy of a record wins a same-time tie is
/// what gets stored, and what comes back after a reload.
#[test]
fn an_import_that_wins_a_same_time_tie_is_stored() {
    let kv = Shared::default();
    let mut s = store(kv.clone());
    s.load();
    let mine = with_one("Mine");
    s.save(&mine, t0()).unwrap();
    let mut theirs = mine.clone();
    theirs.applications[0].company = "Theirs".into();
    let merged = s.merge_in(&mine, &theirs);
    assert_eq!(merged.applications[0].company, "Theirs");
    s.save(&merged, t0()).unwrap();
    assert_eq!(store(kv.clone()).load(), Loaded::Ready(merged));
}

/// Scenario 7: storage cleared from elsewhere on the origin is noticed, and
/// the next save writes everything back.
#[test]
fn a_clear_of_the_whole_origin_is_noticed_and_everything_written_back() {
    let kv = Shared::default();
    let mut a = store(kv.clone());
    a.load();
    let data = many(10);
    a.save(&data, t0()).unwrap();
    kv.map.borrow_mut().map.clear();
    assert_eq!(a.incoming(&data), Incoming::Cleared);
    a.save(&data, t0()).unwrap();
    assert_eq!(store(kv.clone()).load(), Loaded::Ready(data));
}

/// Scenario 8: a deletion keeps no content in storage or backups; after the
/// horizon it is forgotten, and an old backup can't bring it back.
#[test]
fn deleted_text_leaves_storage_and_an_old_backup_cannot_bring_it_back() {
    let kv = Shared::default();
    let mut s = store(kv.clone());
    s.load();
    let mut data = many(5);
    data.applications[0].notes = "a very private note".into();
    s.save(&data, t0()).unwrap();
    let old_backup = backup_json(&data, t0(), "0.1.0");
    let gone = data.applications[0].meta.id;
    let later = t0() + Duration::days(1);
    assert!(tombstone(&mut data.applications, &gone, later).is_some());
    s.save(&data, later).unwrap();
    let everything = |kv: &Shared| {
        kv.keys()
            .unwrap()
            .iter()
            .map(|k| kv.get(k).unwrap().unwrap_or_default())
            .collect::<String>()
    };
    assert!(!everything(&kv).contains("private note"));
    assert!(!everything(&kv).contains("Co 1"));
    // Tombstones saved with their content by an older version are emptied.
    let mut older = data.clone();
    older.journal[0].meta.touch(later);
    older.journal[0].meta.deleted_at = Some(older.journal[0].meta.updated_at);
    s.save(&older, later).unwrap();
    assert!(everything(&kv).contains("Win 101"));
    let mut s = store(kv.clone());
    let Loaded::Ready(mut loaded) = s.load() else {
        panic!()
    };
    assert!(s.tidy(&mut loaded, later));
    s.save(&loaded, later).unwrap();
    assert!(!everything(&kv).contains("Win 101"));
    // Past the horizon the deletion is forgotten, but remembered by id.
    let much_later = later + Duration::days(TOMBSTONE_DAYS + 1);
    assert!(s.tidy(&mut loaded, much_later));
    s.save(&loaded, much_later).unwrap();
    let Loaded::Ready(reloaded) = store(kv.clone()).load() else {
        panic!()
    };
    assert_eq!(reloaded, loaded);
    assert!(reloaded.applications.iter().all(|a| a.meta.id != gone));
    assert!(reloaded.pruned.iter().any(|p| p.0 == gone));
    // Importing the backup from before the deletion doesn't resurrect it.
    let backup = read_backup(old_backup.as_bytes()).unwrap().data;
    let merged = s.merge_in(&reloaded, &backup);
    assert!(merged.applications.iter().all(|a| a.meta.id != gone));
    assert_eq!(merged.applications.len(), 4);
    assert!(merged.pruned.iter().any(|p| p.0 == gone));
}

/// Migration: every migrated part is read back before the head (the only
/// other copy of the data) is written over.
#[test]
fn a_migrating_save_checks_the_parts_before_writing_over_the_original() {
    /// Storage that drops one part write silently.
    #[derive(Clone, Default)]
    struct Lossy(Shared);
    impl KvStore for Lossy {
        fn get(&self, key: &str) -> Result<Option<String>, KvError> {
            self.0.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
            if key.contains("applications") {
                return Ok(());
            }
            self.0.set(key, value)
        }
        fn remove(&mut self, key: &str) -> Result<(), KvError> {
            self.0.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, KvError> {
            self.0.keys()
        }
    }
    let kv = Lossy::default();
    let original = include_str!("fixtures/schema-3.json");
    kv.0.clone().set(DATA_KEY, original).unwrap();
    let mut s = store(kv.clone());
    let Loaded::Migrated { data, .. } = s.load() else {
        panic!("expected migration")
    };
    assert_eq!(s.save(&data, t0()), Err(SaveError::Verify));
    assert_eq!(kv.get(DATA_KEY).unwrap().as_deref(), Some(original));
}

proptest! {
    /// The quota counts UTF-16 units; the fast count agrees with encoding,
    /// for ASCII and for any text (accents, emoji beyond the BMP).
    #[test]
    fn utf16_len_counts_what_the_browser_counts(s in ".*", ascii in "[ -~]*") {
        prop_assert_eq!(utf16_len(&s), s.encode_utf16().count());
        prop_assert_eq!(utf16_len(&ascii), ascii.len());
        prop_assert_eq!(utf16_len("é😀a"), 4);
    }
}
