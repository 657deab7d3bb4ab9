//! Strategies and fixtures shared by the native tests.
#![allow(dead_code)]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use proptest::prelude::*;
use rebound::model::data::{AppData, Pruned};
use rebound::model::feedback::{FeedbackRequest, Theme};
use rebound::model::goals::{Goal, GoalWeek, Unit};
use rebound::model::journal::{EntryKind, JournalEntry};
use rebound::model::record::{Id, Meta};
use rebound::model::recovery::{default_template, instantiate};
use rebound::model::rejection::{Application, Arrival, Contact, Control, Outcome, Reason, Stage};
use rebound::store::{KvError, KvStore, MemoryStore, Store};

pub fn t0() -> DateTime<Utc> {
    DateTime::from_timestamp(1_763_000_000, 0).unwrap()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn id(n: u8) -> Id {
    Id::from_random([n; 16])
}

/// A plain application for hand-written tests.
pub fn app(n: u8, company: &str, outcome: Outcome) -> Application {
    Application {
        proof: Default::default(),
        s: Default::default(),
        meta: Meta::new(id(n), t0() + Duration::minutes(i64::from(n))),
        company: company.into(),
        role: "Role".into(),
        stage: Stage::Interview,
        outcome,
        applied_on: None,
        closed_on: Some(day(2026, 11, 1)),
        arrived_via: None,
        notes: String::new(),
        reasons: vec![],
        plan: if outcome.is_rejection() {
            instantiate(&default_template())
        } else {
            vec![]
        },
        pause_until: None,
        pause_chosen: None,
        reflections: vec![],
        contact: Contact::default(),
        feedback: None,
    }
}

/// A plain weekly goal ("Apply", N a week) created at `created`.
pub fn goal_at(n: u8, target: u32, created: DateTime<Utc>) -> Goal {
    Goal {
        s: Default::default(),
        meta: Meta::new(id(n), created),
        title: "Apply".into(),
        target,
        unit: Unit::Applications,
        auto_count: false,
        ends_on: None,
        archived: false,
        completed_on: None,
        rest_weeks: vec![],
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ]{1,12}",
        any::<String>().prop_map(|s| s.chars().take(40).collect()),
    ]
}

fn any_meta(ids: u8) -> impl Strategy<Value = Meta> {
    (0..ids, 0i64..500, 0i64..500, prop::option::of(0i64..50)).prop_map(|(n, c, u, del)| {
        let created = t0() + Duration::seconds(c);
        let updated = created + Duration::seconds(u);
        Meta {
            id: id(n),
            created_at: created,
            updated_at: updated,
            deleted_at: del.map(|_| updated),
        }
    })
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..800).prop_map(|n| day(2025, 1, 1) + Duration::days(n))
}

pub fn any_application() -> impl Strategy<Value = Application> {
    (
        any_meta(12),
        any_text(),
        any_text(),
        prop::sample::select(Stage::ALL.to_vec()),
        prop::sample::select(Outcome::ALL.to_vec()),
        prop::option::of(any_date()),
        prop::option::of(any_date()),
        prop::option::of(prop::sample::select(Arrival::ALL.to_vec())),
        any_text(),
        prop::collection::vec((any_text(), any::<bool>()), 0..3),
        prop::collection::vec((any::<bool>(), any_text()), 0..4),
        prop::option::of((any_text(), prop::option::of(any_date()))),
    )
        .prop_map(
            |(
                meta,
                company,
                role,
                stage,
                outcome,
                applied,
                closed,
                arrival,
                notes,
                reasons,
                steps,
                fb,
            )| {
                let mut plan = instantiate(&default_template());
                plan.truncate(steps.len() * 3);
                for (s, (done, note)) in plan.iter_mut().zip(steps) {
                    s.done = done;
                    s.note = note;
                }
                Application {
                    proof: Default::default(),
                    s: Default::default(),
                    meta,
                    company,
                    role,
                    stage,
                    outcome,
                    applied_on: applied,
                    closed_on: closed,
                    arrived_via: arrival,
                    notes,
                    reasons: reasons
                        .into_iter()
                        .map(|(tag, w)| Reason {
                            tag,
                            control: if w { Control::Within } else { Control::Outside },
                        })
                        .collect(),
                    plan,
                    pause_until: closed,
                    pause_chosen: None,
                    reflections: vec![("tailored".into(), "yes".into())],
                    contact: Contact {
                        name: "Ana".into(),
                        email: String::new(),
                    },
                    feedback: fb.map(|(draft, sent)| FeedbackRequest {
                        draft: Some(draft),
                        sent_on: sent,
                        themes: vec![Theme::Skills],
                        ..FeedbackRequest::default()
                    }),
                }
            },
        )
}

pub fn any_entry() -> impl Strategy<Value = JournalEntry> {
    (
        any_meta(8),
        prop::sample::select(EntryKind::ALL.to_vec()),
        any_text(),
        any_date(),
        any_text(),
    )
        .prop_map(|(meta, kind, text, date, tag)| JournalEntry {
            s: Default::default(),
            meta,
            kind,
            text,
            date,
            tag,
            from: String::new(),
        })
}

pub fn any_goal() -> impl Strategy<Value = Goal> {
    (any_meta(4), any_text(), 1u32..20, any::<bool>()).prop_map(|(meta, title, target, auto)| {
        Goal {
            s: Default::default(),
            meta,
            title,
            target,
            unit: if auto {
                Unit::Applications
            } else {
                Unit::Own("pages".into())
            },
            auto_count: auto,
            ends_on: None,
            archived: false,
            completed_on: None,
            rest_weeks: vec![],
        }
    })
}

pub fn any_goal_week() -> impl Strategy<Value = GoalWeek> {
    (
        any_meta(10),
        0u8..4,
        0i64..100,
        prop::array::uniform7(0u32..4),
    )
        .prop_map(|(meta, g, w, days)| GoalWeek {
            meta,
            goal: id(g),
            week: day(2024, 12, 30) + Duration::weeks(w),
            days,
            notes: vec![],
        })
}

pub fn any_data() -> impl Strategy<Value = AppData> {
    (
        prop::collection::vec(any_application(), 0..6),
        prop::collection::vec(any_entry(), 0..4),
        prop::collection::vec(any_goal(), 0..3),
        prop::collection::vec(any_goal_week(), 0..5),
        any_text(),
        prop::option::of(0i64..100),
        prop::collection::vec((0u8..12, 0i64..1000), 0..3),
    )
        .prop_map(
            |(applications, journal, goals, progress, name, stamp, pruned)| {
                let mut d = AppData {
                    applications,
                    journal,
                    goals,
                    progress,
                    pruned: pruned
                        .into_iter()
                        .map(|(n, s)| Pruned(id(n), t0() + Duration::seconds(s)))
                        .collect(),
                    ..AppData::default()
                };
                d.settings.your_name = name;
                d.settings.updated_at = stamp.map(|s| t0() + Duration::seconds(s));
                d
            },
        )
}

/// One browser's storage shared by two "tabs", counting writes and able to
/// fail after a number of them (a tab closed mid-save).
#[derive(Clone, Default)]
pub struct Shared {
    pub map: Rc<RefCell<MemoryStore>>,
    pub writes: Rc<Cell<usize>>,
    pub fail_after: Rc<Cell<Option<usize>>>,
}

impl KvStore for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.map.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        if self.fail_after.get() == Some(self.writes.get()) {
            return Err(KvError::Unavailable("closed".into()));
        }
        self.writes.set(self.writes.get() + 1);
        self.map.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.map.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        self.map.borrow().keys()
    }
}

pub fn store<K: KvStore>(kv: K) -> Store<K> {
    Store::new(kv, "0.1.0", 7)
}

pub fn with_one(company: &str) -> AppData {
    AppData {
        applications: vec![app(1, company, Outcome::Rejected)],
        ..AppData::default()
    }
}

pub fn many(n: u8) -> AppData {
    AppData {
        applications: (1..=n)
            .map(|i| app(i, &format!("Co {i}"), Outcome::Rejected))
            .collect(),
        journal: (1..=n)
            .map(|i| entry_with_id(100u8.wrapping_add(i)))
            .collect(),
        ..AppData::default()
    }
}

pub fn entry_with_id(n: u8) -> rebound::model::journal::JournalEntry {
    rebound::model::journal::JournalEntry {
        s: Default::default(),
        meta: rebound::model::record::Meta::new(id(n), t0() + Duration::minutes(i64::from(n))),
        kind: rebound::model::journal::EntryKind::Win,
        text: format!("Win {n}"),
        date: day(2026, 11, 1),
        tag: String::new(),
        from: String::new(),
    }
}
