//! The store on bad days: a tab that died between its parts and its head,
//! storage cleared while damaged data waits for a choice, *Replace
//! everything* kept undoable on the device, and *Erase everything* honoured
//! by every tab.

mod common;

use chrono::Duration;
use common::*;
use rebound::model::data::AppData;
use rebound::model::record::Id;
use rebound::model::rejection::Outcome;
use rebound::store::parts::{bucket_of, part_key};
use rebound::store::safety::{ERASED_KEY, SNAPSHOT_DAYS, SNAPSHOT_KEY};
use rebound::store::{
    Incoming, KvStore, Loaded, MemoryStore, Mode, SaveError, Store, DATA_KEY, QUARANTINE_PREFIX,
};

/// Two application numbers whose records share a part.
fn same_part() -> (u8, u8) {
    let first = 1u8;
    let other = (2u8..=255)
        .find(|n| bucket_of(&id(*n)) == bucket_of(&id(first)))
        .expect("some id shares the first one's part");
    (first, other)
}

#[test]
fn a_part_written_by_a_tab_that_died_before_its_head_is_merged_not_overwritten() {
    let shared = Shared::default();
    let (x, y) = same_part();
    let mut a = Store::new(shared.clone(), "0.1.0", 1);
    let mut b = Store::new(shared.clone(), "0.1.0", 2);
    a.load();
    b.load();
    let base = AppData::default();
    // Tab A writes a record's part, and is killed before its head.
    let from_a = AppData {
        applications: vec![app(x, "Written by A", Outcome::Rejected)],
        ..base.clone()
    };
    shared.fail_after.set(Some(shared.writes.get() + 1));
    assert!(a.save(&from_a, t0()).is_err());
    shared.fail_after.set(None);
    let key = part_key("applications", bucket_of(&id(x)));
    assert!(shared.get(&key).unwrap().is_some(), "A's part is stored");
    // B hears the part's storage event (never a head's), then saves a
    // record of its own into the same part.
    b.part_changed(&key);
    let from_b = AppData {
        applications: vec![app(y, "Written by B", Outcome::Rejected)],
        ..base
    };
    let saved = b.save(&from_b, t0() + Duration::seconds(1)).unwrap();
    let merged = saved.merged.expect("B took A's record in");
    assert_eq!(merged.applications.len(), 2);
    let Loaded::Ready(stored) = store(shared.clone()).load() else {
        panic!("stored data reads back");
    };
    let mut companies: Vec<_> = stored
        .applications
        .iter()
        .map(|a| a.company.clone())
        .collect();
    companies.sort();
    assert_eq!(companies, ["Written by A", "Written by B"]);
}

#[test]
fn storage_cleared_while_damaged_data_waits_writes_both_back_and_keeps_waiting() {
    let mut kv = MemoryStore::new();
    kv.set(DATA_KEY, "{ not json").unwrap();
    let shared = Shared::default();
    *shared.map.borrow_mut() = kv;
    let mut s = store(shared.clone());
    let Loaded::Corrupt { data, .. } = s.load() else {
        panic!("the damaged head is reported");
    };
    assert_eq!(s.mode, Mode::AwaitingChoice);
    let mut data = data;
    data.applications
        .push(app(3, "Typed meanwhile", Outcome::Rejected));
    // Something clears the whole origin, quarantine copy and all.
    for k in shared.keys().unwrap() {
        shared.clone().remove(&k).unwrap();
    }
    assert_eq!(s.incoming(&data), Incoming::Cleared);
    // A plain save refuses (the choice still waits)…
    assert!(matches!(s.save(&data, t0()), Err(SaveError::Blocked(_))));
    // …but writing back keeps both: the damaged text and this tab's data.
    s.write_back(&data, t0(), &[]).saved.unwrap();
    assert_eq!(s.mode, Mode::AwaitingChoice);
    let copy = shared
        .keys()
        .unwrap()
        .into_iter()
        .find(|k| k.starts_with(QUARANTINE_PREFIX))
        .expect("a quarantine copy again");
    assert_eq!(shared.get(&copy).unwrap().as_deref(), Some("{ not json"));
    let Loaded::Ready(back) = store(shared.clone()).load() else {
        panic!("the written data reads back");
    };
    assert_eq!(back.applications[0].company, "Typed meanwhile");
}

#[test]
fn replace_everything_keeps_the_replaced_data_on_the_device_for_thirty_days() {
    let shared = Shared::default();
    let mut s = store(shared.clone());
    s.load();
    let before = many(4);
    s.save(&before, t0()).unwrap();
    let backup = with_one("From the backup");
    s.replace_keeping(&before, &backup, t0()).unwrap();
    let Loaded::Ready(now_stored) = store(shared.clone()).load() else {
        panic!("replaced data reads back");
    };
    assert_eq!(now_stored.applications.len(), 1);
    let (taken, kept) = s
        .snapshot(t0() + Duration::days(1))
        .expect("the copy is kept");
    assert_eq!(taken, t0());
    assert_eq!(kept.applications.len(), before.applications.len());
    assert_eq!(kept.journal.len(), before.journal.len());
    // Undo: the kept copy goes back in place.
    s.replace(&kept, t0() + Duration::days(1)).unwrap();
    s.drop_snapshot().unwrap();
    let Loaded::Ready(undone) = store(shared.clone()).load() else {
        panic!("undone data reads back");
    };
    assert_eq!(undone.applications.len(), 4);
    // Expiry after thirty days.
    s.replace_keeping(&undone, &backup, t0()).unwrap();
    let later = t0() + Duration::days(SNAPSHOT_DAYS) + Duration::minutes(1);
    assert!(s.snapshot(later).is_none());
    assert!(s.expire_snapshot(later));
    assert!(shared.get(SNAPSHOT_KEY).unwrap().is_none());
}

#[test]
fn replace_everything_without_room_for_the_copy_replaces_nothing() {
    let shared = Shared::default();
    let mut s = store(shared.clone());
    s.load();
    let before = many(20);
    s.save(&before, t0()).unwrap();
    let used = shared.map.borrow().used_chars();
    shared.map.borrow_mut().quota = Some(used + 100);
    let result = s.replace_keeping(&before, &with_one("New"), t0());
    assert!(matches!(result, Err(SaveError::Quota { .. })), "{result:?}");
    let Loaded::Ready(still) = store(shared.clone()).load() else {
        panic!("the data is untouched");
    };
    assert_eq!(still.applications.len(), 20);
    assert!(shared.get(SNAPSHOT_KEY).unwrap().is_none());
}

#[test]
fn erase_everything_is_honoured_by_every_other_tab() {
    let shared = Shared::default();
    let mut a = Store::new(shared.clone(), "0.1.0", 1);
    let mut b = Store::new(shared.clone(), "0.1.0", 2);
    a.load();
    b.load();
    let data = many(5);
    a.save(&data, t0()).unwrap();
    assert!(matches!(
        b.incoming(&AppData::default()),
        Incoming::Merged { .. }
    ));
    shared.clone().set("rebound.device", "00ff").unwrap();
    shared.clone().set("someone.else", "theirs").unwrap();
    a.erase("token-1").unwrap();
    let mut left = shared.keys().unwrap();
    left.sort();
    assert_eq!(left, [ERASED_KEY, "someone.else"]);
    // B never writes its copy back: not on the event, not on a save.
    assert_eq!(b.incoming(&data), Incoming::Erased);
    assert_eq!(b.save(&data, t0()), Err(SaveError::Erased));
    assert!(shared.get(DATA_KEY).unwrap().is_none());
    // Once it has forgotten its copy, what it saves next is new.
    b.accept_erase();
    b.save(&with_one("After the erase"), t0()).unwrap();
    let Loaded::Ready(now) = store(shared.clone()).load() else {
        panic!("new data reads back");
    };
    assert_eq!(now.applications.len(), 1);
}

#[test]
fn a_clear_of_the_whole_origin_is_not_an_erase() {
    let shared = Shared::default();
    let mut a = store(shared.clone());
    a.load();
    a.erase("old").unwrap();
    a.load();
    let data = many(2);
    a.save(&data, t0()).unwrap();
    for k in shared.keys().unwrap() {
        shared.clone().remove(&k).unwrap();
    }
    assert_eq!(a.incoming(&data), Incoming::Cleared);
    a.save(&data, t0()).unwrap();
    assert!(shared.get(DATA_KEY).unwrap().is_some());
}

#[test]
fn a_new_tab_after_an_old_erase_saves_as_usual() {
    let shared = Shared::default();
    shared.clone().set(ERASED_KEY, "long ago").unwrap();
    let mut s = store(shared.clone());
    // (A first visit reads nothing: the token was read when the store opened.)
    s.save(&with_one("Fresh"), t0()).unwrap();
    let _ = Id::parse("");
    assert!(shared.get(DATA_KEY).unwrap().is_some());
}

/// A store that refuses to write some keys (full storage, for them).
#[derive(Clone, Default)]
struct Refusing {
    inner: Shared,
    refuse: Rc<RefCell<Vec<String>>>,
}

impl KvStore for Refusing {
    fn get(&self, key: &str) -> Result<Option<String>, rebound::store::KvError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), rebound::store::KvError> {
        if self.refuse.borrow().iter().any(|k| k == key) {
            return Err(rebound::store::KvError::Quota);
        }
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), rebound::store::KvError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, rebound::store::KvError> {
        self.inner.keys()
    }
}

use std::cell::RefCell;
use std::rc::Rc;

#[test]
fn a_write_back_after_a_clear_puts_back_the_snapshot_and_the_device_keys_it_holds() {
    let kv = Refusing::default();
    let shared = kv.inner.clone();
    let mut s = store(kv.clone());
    s.load();
    let before = many(3);
    s.save(&before, t0()).unwrap();
    let backup = with_one("From the backup");
    s.replace_keeping(&before, &backup, t0()).unwrap();
    let snapshot = shared.get(SNAPSHOT_KEY).unwrap().expect("a snapshot");
    // Something clears the whole origin.
    for k in shared.keys().unwrap() {
        shared.clone().remove(&k).unwrap();
    }
    assert_eq!(s.incoming(&backup), Incoming::Cleared);
    let extras = vec![
        (
            "rebound.claim".to_string(),
            "{\"office\":\"x\"}".to_string(),
        ),
        ("rebound.encrypts".to_string(), "true".to_string()),
    ];
    let back = s.write_back(&backup, t0(), &extras);
    assert!(back.saved.is_ok());
    assert_eq!(back.missing, Vec::<String>::new());
    assert_eq!(shared.get(SNAPSHOT_KEY).unwrap(), Some(snapshot));
    assert_eq!(
        shared.get("rebound.claim").unwrap().as_deref(),
        Some("{\"office\":\"x\"}")
    );
    assert_eq!(
        shared.get("rebound.encrypts").unwrap().as_deref(),
        Some("true")
    );
    // Undo replace still works after the write-back.
    let (_, kept) = s.snapshot(t0()).expect("the copy is kept again");
    assert_eq!(kept.applications.len(), 3);
}

#[test]
fn a_write_back_names_every_key_it_could_not_put_back_and_leaves_newer_ones() {
    let kv = Refusing::default();
    let shared = kv.inner.clone();
    let mut s = store(kv.clone());
    s.load();
    let data = many(2);
    s.save(&data, t0()).unwrap();
    s.replace_keeping(&data, &with_one("B"), t0()).unwrap();
    for k in shared.keys().unwrap() {
        shared.clone().remove(&k).unwrap();
    }
    // Another tab already wrote its language again; the claim is refused.
    shared.clone().set("rebound.language", "de").unwrap();
    kv.refuse
        .borrow_mut()
        .extend([SNAPSHOT_KEY.to_string(), "rebound.claim".to_string()]);
    let extras = vec![
        ("rebound.claim".to_string(), "{}".to_string()),
        ("rebound.language".to_string(), "fr".to_string()),
    ];
    let back = s.write_back(&with_one("B"), t0(), &extras);
    assert!(back.saved.is_ok(), "the data itself was written back");
    assert_eq!(
        back.missing,
        vec![SNAPSHOT_KEY.to_string(), "rebound.claim".to_string()]
    );
    assert_eq!(
        shared.get("rebound.language").unwrap().as_deref(),
        Some("de")
    );
}
