//! Two devices, one story: edits merge part by part (schema 5). Devices are
//! simulated as copies of the data that edit, delete, undo and exchange
//! backups in any order; the merge must be commutative, associative and
//! idempotent, and lose no edit (a text changed on both since they agreed
//! keeps both versions). Deletions win over copies from before them, an
//! Undo wins over its deletion, and forgotten deletions act the same.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::*;
use proptest::prelude::*;
use rebound::model::data::{decode, merge, merge_counting, AppData};
use rebound::model::field_merge::edit;
use rebound::model::record::{restore, tombstone, Id};
use rebound::model::rejection::{Application, Outcome, Stage};
use rebound::model::stamps::CONFLICT_MARK;

const PHONE: u128 = 0x1111;
const LAPTOP: u128 = 0x2222;
const TABLET: u128 = 0x3333;

fn at(minutes: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(minutes)
}

/// One rejection, logged on the phone.
fn base() -> AppData {
    AppData {
        applications: vec![app(1, "Ridgeway Bank", Outcome::Rejected)],
        ..AppData::default()
    }
}

fn the(d: &AppData) -> &Application {
    &d.applications[0]
}

fn edit_app(d: &mut AppData, when: DateTime<Utc>, device: u128, f: impl FnOnce(&mut Application)) {
    let id = d.applications[0].meta.id;
    assert!(edit(&mut d.applications, &id, when, device, f));
}

#[test]
fn notes_on_two_steps_from_two_devices_both_survive_both_ways() {
    // The issue's walk-through: the phone logs and exports; the laptop
    // imports; each writes a note on a different step; each imports the
    // other's export.
    let phone0 = base();
    let mut laptop = merge(&AppData::default(), &phone0);
    let mut phone = phone0.clone();
    edit_app(&mut laptop, at(10), LAPTOP, |a| {
        a.plan[1].note = "From the laptop".into()
    });
    edit_app(&mut phone, at(20), PHONE, |a| {
        a.plan[2].note = "From the phone".into()
    });
    let on_phone = merge(&phone, &laptop);
    let on_laptop = merge(&laptop, &phone);
    assert_eq!(on_phone, on_laptop);
    assert_eq!(the(&on_phone).plan[1].note, "From the laptop");
    assert_eq!(the(&on_phone).plan[2].note, "From the phone");
}

#[test]
fn the_same_note_changed_on_both_devices_keeps_both_and_is_counted() {
    let mut phone = base();
    edit_app(&mut phone, at(1), PHONE, |a| {
        a.notes = "Shared start".into()
    });
    let mut laptop = phone.clone();
    edit_app(&mut laptop, at(10), LAPTOP, |a| {
        a.notes = "Laptop's words".into()
    });
    edit_app(&mut phone, at(20), PHONE, |a| {
        a.notes = "Phone's words".into()
    });
    let (m, conflicts) = merge_counting(&phone, &laptop);
    assert_eq!(conflicts, 1);
    let notes = &the(&m).notes;
    assert!(notes.starts_with(CONFLICT_MARK), "{notes}");
    assert!(
        notes.contains("Laptop's words") && notes.contains("Phone's words"),
        "{notes}"
    );
    assert!(the(&m).s.in_conflict("notes"));
    // Merging the result again adds nothing and counts nothing new.
    let (again, more) = merge_counting(&m, &laptop);
    assert_eq!((again.clone(), more), (m.clone(), 0));
    // Tidying on either device settles it everywhere.
    let mut tidy = m.clone();
    edit_app(&mut tidy, at(30), LAPTOP, |a| {
        a.notes = "Both, tidied".into()
    });
    for other in [&m, &phone, &laptop] {
        let settled = merge(&tidy, other);
        assert_eq!(the(&settled).notes, "Both, tidied");
        assert!(!the(&settled).s.in_conflict("notes"));
    }
}

#[test]
fn an_edit_from_the_other_devices_text_wins_without_a_conflict() {
    let mut phone = base();
    edit_app(&mut phone, at(1), PHONE, |a| a.notes = "First".into());
    let mut laptop = merge(&AppData::default(), &phone);
    edit_app(&mut laptop, at(5), LAPTOP, |a| {
        a.notes = "First, improved".into()
    });
    let (m, conflicts) = merge_counting(&phone, &laptop);
    assert_eq!(conflicts, 0);
    assert_eq!(the(&m).notes, "First, improved");
    // Back on the phone, typing on from there: still no conflict.
    let mut phone = m.clone();
    edit_app(&mut phone, at(7), PHONE, |a| {
        a.notes = "First, improved, again".into()
    });
    let (m2, c2) = merge_counting(&phone, &laptop);
    assert_eq!((the(&m2).notes.as_str(), c2), ("First, improved, again", 0));
}

#[test]
fn ticks_reasons_and_feedback_take_the_later_change_part_by_part() {
    let phone0 = base();
    let mut laptop = phone0.clone();
    let mut phone = phone0;
    edit_app(&mut laptop, at(10), LAPTOP, |a| {
        a.plan[0].done = true;
        a.stage = Stage::FinalRound;
    });
    edit_app(&mut phone, at(20), PHONE, |a| {
        a.plan[3].done = true;
        a.feedback.get_or_insert_with(Default::default).reply = "They said: more SQL".into();
    });
    edit_app(&mut laptop, at(30), LAPTOP, |a| a.stage = Stage::Interview);
    let m = merge(&phone, &laptop);
    assert!(the(&m).plan[0].done && the(&m).plan[3].done);
    assert_eq!(the(&m).stage, Stage::Interview);
    assert_eq!(
        the(&m).feedback.as_ref().map(|f| f.reply.as_str()),
        Some("They said: more SQL")
    );
}

#[test]
fn a_deletion_wins_over_older_copies_and_an_undo_over_the_deletion() {
    let mut phone = base();
    let laptop = phone.clone();
    let id = the(&phone).meta.id;
    let copy = tombstone(&mut phone.applications, &id, at(10)).expect("it was there");
    let m = merge(&phone, &laptop);
    assert!(!the(&m).meta.is_live());
    assert_eq!(the(&m).company, "", "a deletion keeps no text");
    // The phone undoes it: that copy comes back whole.
    assert!(restore(&mut phone.applications, &copy, at(20)));
    let m = merge(&phone, &laptop);
    assert!(the(&m).meta.is_live());
    assert_eq!(the(&m).company, "Ridgeway Bank");
}

#[test]
fn older_data_of_every_schema_migrates_to_part_stamps() {
    use rebound::model::record::Record;
    for n in 1..=3 {
        let path = format!(
            "{}/tests/fixtures/schema-{n}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("a fixture");
        let d = decode(&text).unwrap_or_else(|e| panic!("schema {n}: {e}"));
        assert_eq!(d.from_schema, n);
        for a in &d.envelope.data.applications {
            let (c, u) = (a.meta.created_at, a.meta.updated_at);
            let want = if u != c { u.timestamp_millis() } else { 0 };
            if a.meta.is_live() {
                assert_eq!(a.s.base, want, "schema {n}: {}", a.company);
                assert_eq!(a.life(), c.timestamp_millis());
            } else {
                // A tombstone's life is its deletion.
                assert_eq!(
                    Some(a.life()),
                    a.meta.deleted_at.map(|d| d.timestamp_millis())
                );
            }
        }
    }
    // Schema 4, written by the last build: one record changed after it was made.
    let mut d = base();
    d.applications[0].meta.updated_at = at(90);
    let v4 = rebound::model::data::envelope_json(&d, at(100), None)
        .replace("\"schema\":5", "\"schema\":4");
    let back = decode(&v4).expect("schema 4 reads");
    assert_eq!(back.from_schema, 4);
    assert_eq!(the(&back.envelope.data).s.base, at(90).timestamp_millis());
    // Its parts then merge by that time, as the old whole-record merge did.
    let mut other = back.envelope.data.clone();
    edit_app(&mut other, at(95), LAPTOP, |a| a.role = "Analyst II".into());
    let m = merge(&back.envelope.data, &other);
    assert_eq!(the(&m).role, "Analyst II");
}

/// What a simulated device does.
#[derive(Clone, Debug)]
enum Op {
    /// An edit of one part, by device n.
    Edit(usize, Part),
    /// Device n deletes the record.
    Delete(usize),
    /// Device n undoes its last deletion.
    Undo(usize),
    /// Device `to` imports device `from`'s backup.
    Sync(usize, usize),
}

#[derive(Clone, Debug)]
enum Part {
    Company(String),
    Notes(String),
    Tick(usize, bool),
    StepNote(usize, String),
    Reflection(String),
    Reply(String),
}

fn any_part() -> impl Strategy<Value = Part> {
    let text = || {
        prop::sample::select(vec!["", "alpha", "beta", "gamma", "delta", "αβγ 🌱"])
            .prop_map(String::from)
    };
    prop_oneof![
        text().prop_map(Part::Company),
        text().prop_map(Part::Notes),
        (0usize..4, any::<bool>()).prop_map(|(i, b)| Part::Tick(i, b)),
        (0usize..4, text()).prop_map(|(i, t)| Part::StepNote(i, t)),
        text().prop_map(Part::Reflection),
        text().prop_map(Part::Reply),
    ]
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0usize..3, any_part()).prop_map(|(d, p)| Op::Edit(d, p)),
        1 => (0usize..3).prop_map(Op::Delete),
        1 => (0usize..3).prop_map(Op::Undo),
        3 => (0usize..3, 0usize..3).prop_map(|(a, b)| Op::Sync(a, b)),
    ]
}

fn apply(p: &Part, a: &mut Application) {
    match p {
        Part::Company(t) => a.company = t.clone(),
        Part::Notes(t) => a.notes = t.clone(),
        Part::Tick(i, b) => a.plan[*i].done = *b,
        Part::StepNote(i, t) => a.plan[*i].note = t.clone(),
        Part::Reflection(t) => a.set_reflection("tailored", t.clone()),
        Part::Reply(t) => a.feedback.get_or_insert_with(Default::default).reply = t.clone(),
    }
}

/// Runs `ops` on three devices that start from one shared record; each
/// device's clock runs on its own (but never backwards).
fn run(ops: &[Op]) -> Vec<AppData> {
    let devices = [PHONE, LAPTOP, TABLET];
    let mut copies = vec![base(); 3];
    let mut undo: Vec<Option<Application>> = vec![None; 3];
    let id: Id = the(&copies[0]).meta.id;
    for (n, op) in ops.iter().enumerate() {
        let now = at(10 + n as i64);
        match op {
            Op::Edit(d, p) => {
                let _ = edit(&mut copies[*d].applications, &id, now, devices[*d], |a| {
                    apply(p, a)
                });
            }
            Op::Delete(d) => undo[*d] = tombstone(&mut copies[*d].applications, &id, now),
            Op::Undo(d) => {
                if let Some(copy) = undo[*d].take() {
                    restore(&mut copies[*d].applications, &copy, now);
                }
            }
            Op::Sync(from, to) => copies[*to] = merge(&copies[*to], &copies[*from]),
        }
    }
    copies
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn merging_is_commutative_associative_and_idempotent(ops in prop::collection::vec(any_op(), 0..30)) {
        let c = run(&ops);
        let (a, b, d) = (&c[0], &c[1], &c[2]);
        prop_assert_eq!(merge(a, b), merge(b, a));
        prop_assert_eq!(merge(&merge(a, b), d), merge(a, &merge(b, d)));
        let ab = merge(a, b);
        prop_assert_eq!(merge(&ab, &ab), ab.clone());
        prop_assert_eq!(merge(&ab, b), ab.clone());
        prop_assert_eq!(merge(&ab, a), ab);
    }

    /// Two devices edit from a shared start, without exchanging meanwhile:
    /// every part edited on one device only keeps that device's last
    /// value; a part edited on both keeps the later edit, and a text both
    /// changed keeps both versions.
    #[test]
    fn no_edit_on_either_device_is_lost(edits in prop::collection::vec((0usize..2, any_part()), 1..24)) {
        let devices = [PHONE, LAPTOP];
        let mut copies = vec![base(); 2];
        let id: Id = the(&copies[0]).meta.id;
        // Last edit of each part per device: (part key, when, value shown).
        let mut last: std::collections::BTreeMap<(usize, String), (usize, Part)> = Default::default();
        for (n, (d, p)) in edits.iter().enumerate() {
            let key = match p {
                Part::Company(_) => "company".to_string(),
                Part::Notes(_) => "notes".to_string(),
                Part::Tick(i, _) => format!("tick{i}"),
                Part::StepNote(i, _) => format!("note{i}"),
                Part::Reflection(_) => "refl".to_string(),
                Part::Reply(_) => "reply".to_string(),
            };
            let before = copies[*d].clone();
            let _ = edit(&mut copies[*d].applications, &id, at(10 + n as i64), devices[*d], |a| apply(p, a));
            if copies[*d] != before {
                last.insert((*d, key), (n, p.clone()));
            }
            // A note written ticks its step (the plan's rule): that tick is
            // an edit of this device too.
            let (was, now) = (&the(&before).plan, &the(&copies[*d]).plan);
            for i in 0..now.len() {
                if was[i].done != now[i].done && !matches!(p, Part::Tick(j, _) if *j == i) {
                    last.insert((*d, format!("tick{i}")), (n, Part::Tick(i, now[i].done)));
                }
            }
        }
        let m = merge(&copies[0], &copies[1]);
        let a = the(&m);
        let keys: std::collections::BTreeSet<String> = last.keys().map(|(_, k)| k.clone()).collect();
        for key in keys {
            let mine = |d: usize| last.get(&(d, key.clone())).cloned();
            let value = |p: &Part| match p {
                Part::Company(t) | Part::Notes(t) | Part::StepNote(_, t) | Part::Reflection(t) | Part::Reply(t) => Some(t.clone()),
                Part::Tick(..) => None,
            };
            let shown = |p: &Part| -> String {
                match p {
                    Part::Company(_) => a.company.clone(),
                    Part::Notes(_) => a.notes.clone(),
                    Part::StepNote(i, _) => a.plan[*i].note.clone(),
                    Part::Reflection(_) => a.reflection("tailored").to_string(),
                    Part::Reply(_) => a.feedback.as_ref().map(|f| f.reply.clone()).unwrap_or_default(),
                    Part::Tick(i, _) => a.plan[*i].done.to_string(),
                }
            };
            match (mine(0), mine(1)) {
                (Some((_, p)), None) | (None, Some((_, p))) => {
                    let want = value(&p).unwrap_or_else(|| matches!(p, Part::Tick(_, true)).to_string());
                    prop_assert_eq!(shown(&p), want, "{}", key);
                }
                (Some((n0, p0)), Some((n1, p1))) => {
                    let text = !matches!(p0, Part::Tick(..) | Part::Company(_));
                    let later = if n0 > n1 { &p0 } else { &p1 };
                    let got = shown(&p0);
                    if text {
                        for p in [&p0, &p1] {
                            let v = value(p).unwrap_or_default();
                            prop_assert!(got.contains(v.trim()), "{} lost {:?}: {:?}", key, v, got);
                        }
                    } else {
                        let want = value(later).unwrap_or_else(|| matches!(later, Part::Tick(_, true)).to_string());
                        prop_assert_eq!(got, want, "{}", key);
                    }
                }
                (None, None) => {}
            }
        }
    }
}

#[test]
fn data_stored_in_parts_by_schema_4_migrates_on_load_and_is_written_as_schema_5() {
    use rebound::model::data::{Pruned, SCHEMA};
    use rebound::store::parts::{bucket_of, part_key};
    use rebound::store::{KvStore, Loaded, MemoryStore, DATA_KEY, PRUNED_KEY};
    let mut a = app(1, "Northwind", Outcome::Rejected);
    a.meta.updated_at = at(50);
    let gone = Pruned(id(9), at(5));
    let mut kv = MemoryStore::new();
    kv.set(
        DATA_KEY,
        &format!(
            r#"{{"app":"rebound","schema":4,"saved_at":"2026-11-01T00:00:00Z","rev":1,"settings":{{}},"pruned":{}}}"#,
            serde_json::to_string(&[gone]).unwrap()
        ),
    )
    .unwrap();
    let mut part = serde_json::to_value(vec![&a]).unwrap();
    part[0].as_object_mut().unwrap().remove("s");
    kv.set(
        &part_key("applications", bucket_of(&a.meta.id)),
        &part.to_string(),
    )
    .unwrap();
    let shared = Shared::default();
    *shared.map.borrow_mut() = kv;
    let mut s = store(shared.clone());
    let Loaded::Migrated { data, from } = s.load() else {
        panic!("schema 4 parts are migrated");
    };
    assert_eq!(from, 4);
    assert_eq!(data.applications[0].s.base, at(50).timestamp_millis());
    assert_eq!(data.pruned, vec![gone]);
    s.save(&data, at(60)).unwrap();
    let head: serde_json::Value =
        serde_json::from_str(&shared.get(DATA_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(head["schema"], SCHEMA);
    assert!(
        head.get("pruned").is_none(),
        "forgotten deletions have a key of their own"
    );
    let kept: Vec<Pruned> =
        serde_json::from_str(&shared.get(PRUNED_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(kept, vec![gone]);
    let Loaded::Ready(back) = store(shared.clone()).load() else {
        panic!("schema 5 reads back");
    };
    assert_eq!(back, data);
    // A later save that doesn't change them doesn't write them again.
    let writes = shared.writes.get();
    let mut more = back.clone();
    more.applications[0].notes = "more".into();
    more.applications[0].meta.updated_at = at(70);
    s.save(&more, at(70)).unwrap();
    assert_eq!(shared.writes.get() - writes, 2, "one part and the head");
}
