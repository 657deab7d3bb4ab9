//! The store on an in-memory KvStore: fresh, corrupt, newer, older, full,
//! blocked storage, and two tabs sharing one store.

mod common;

use std::cell::RefCell;
use std::rc::Rc;

use chrono::Duration;
use common::*;
use rebound::model::data::{AppData, Envelope};
use rebound::model::rejection::Outcome;
use rebound::store::{
    Incoming, KvError, KvStore, Loaded, MemoryStore, Mode, SaveError, Store, DATA_KEY,
    PREMIGRATION_KEY, QUARANTINE_PREFIX,
};

/// One browser's storage shared by two "tabs".
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryStore>>);

impl KvStore for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        self.0.borrow().keys()
    }
}

fn with_one(company: &str) -> AppData {
    AppData {
        applications: vec![app(1, company, Outcome::Rejected)],
        ..AppData::default()
    }
}

#[test]
fn nothing_saved_loads_fresh_and_saves_an_envelope() {
    let mut s = Store::new(MemoryStore::new(), "0.1.0");
    assert_eq!(s.load(), Loaded::Fresh);
    let saved = s.save(&with_one("Acme"), t0()).unwrap();
    assert!(saved.chars > 0 && saved.merged.is_none());
    let raw = s.kv.get(DATA_KEY).unwrap().unwrap();
    let env: Envelope = serde_json::from_str(&raw).unwrap();
    assert_eq!(env.schema, rebound::model::data::SCHEMA);
    assert_eq!(env.app_version.as_deref(), Some("0.1.0"));
    let mut again = Store::new(s.kv.clone(), "0.1.0");
    assert_eq!(again.load(), Loaded::Ready(with_one("Acme")));
}

#[test]
fn unreadable_data_is_quarantined_and_never_overwritten() {
    let mut kv = MemoryStore::new();
    kv.set(DATA_KEY, "{\"app\":\"rebound\", oops").unwrap();
    let mut s = Store::new(kv, "0.1.0");
    let Loaded::Corrupt {
        raw,
        quarantine_key,
        ..
    } = s.load()
    else {
        panic!("expected corrupt")
    };
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
}

#[test]
fn a_second_corruption_gets_its_own_quarantine_key() {
    let mut kv = MemoryStore::new();
    kv.set(QUARANTINE_PREFIX, "older damage").unwrap();
    kv.set(DATA_KEY, "new damage").unwrap();
    let mut s = Store::new(kv, "0.1.0");
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
    let mut s = Store::new(kv, "0.1.0");
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
fn older_data_is_migrated_and_the_original_kept_until_a_save_succeeds() {
    let v1 = include_str!("fixtures/schema-1.json");
    let mut kv = MemoryStore::new();
    kv.set(DATA_KEY, v1).unwrap();
    let mut s = Store::new(kv, "0.1.0");
    let Loaded::Migrated { data, from } = s.load() else {
        panic!("expected migration")
    };
    assert_eq!(from, 1);
    assert_eq!(s.kv.get(PREMIGRATION_KEY).unwrap().as_deref(), Some(v1));
    assert_eq!(s.kv.get(DATA_KEY).unwrap().as_deref(), Some(v1));
    s.save(&data, t0()).unwrap();
    assert_eq!(s.kv.get(PREMIGRATION_KEY).unwrap(), None);
}

#[test]
fn a_full_store_keeps_the_data_and_saving_resumes_when_space_frees() {
    let mut s = Store::new(MemoryStore::with_quota(3_000), "0.1.0");
    s.save(&with_one("Small"), t0()).unwrap();
    s.kv.set("filler", &"x".repeat(1_500)).unwrap();
    let mut big = with_one("Small");
    big.applications[0].notes = "n".repeat(1_000);
    match s.save(&big, t0()) {
        Err(SaveError::Quota { used }) => assert!(used > 1_500),
        other => panic!("expected quota error, got {other:?}"),
    }
    // The old copy is intact.
    let mut reader = Store::new(s.kv.clone(), "0.1.0");
    assert_eq!(reader.load(), Loaded::Ready(with_one("Small")));
    s.kv.remove("filler").unwrap();
    s.save(&big, t0()).unwrap();
}

#[test]
fn blocked_storage_says_so() {
    let kv = MemoryStore {
        broken: true,
        ..MemoryStore::default()
    };
    let mut s = Store::new(kv, "0.1.0");
    assert!(matches!(s.load(), Loaded::Unavailable(_)));
    assert!(matches!(s.mode, Mode::MemoryOnly(_)));
    assert!(s.save(&AppData::default(), t0()).is_err());
}

#[test]
fn two_tabs_editing_different_records_both_survive() {
    let shared = Shared::default();
    let mut a = Store::new(shared.clone(), "0.1.0");
    let mut b = Store::new(shared.clone(), "0.1.0");
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
    let raw = shared.get(DATA_KEY).unwrap();
    match a.incoming(raw.as_deref(), &data_a) {
        Incoming::Merged { data, needs_save } => {
            assert_eq!(data.applications.len(), 2);
            assert!(!needs_save);
        }
        other => panic!("expected a merge, got {other:?}"),
    }
}

#[test]
fn an_echo_of_our_own_write_is_ignored_and_a_newer_tab_makes_us_read_only() {
    let shared = Shared::default();
    let mut a = Store::new(shared.clone(), "0.1.0");
    a.load();
    let d = with_one("Echo");
    a.save(&d, t0()).unwrap();
    let raw = shared.get(DATA_KEY).unwrap();
    assert_eq!(a.incoming(raw.as_deref(), &d), Incoming::Unchanged);
    let newer = r#"{"app":"rebound","schema":50,"saved_at":"2030-01-01T00:00:00Z","data":{}}"#;
    assert_eq!(a.incoming(Some(newer), &d), Incoming::Newer(50));
    assert!(a.save(&d, t0() + Duration::seconds(1)).is_err());
}
