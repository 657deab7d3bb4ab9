//! App state and its persistence: one signal holds [`AppData`]; every change
//! goes through [`AppState::change`], which schedules a debounced save.
//! Saves are flushed when the page is hidden or closed, and a `storage` event
//! from another tab is merged in through the same door.

use std::cell::{Cell, RefCell};

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::persist;
use crate::model::data::AppData;
use crate::model::goals::Goal;
use crate::model::journal::JournalEntry;
use crate::model::record::Id;
use crate::model::rejection::Application;
use crate::platform;
use crate::store::web::LocalStore;
use crate::store::{Incoming, Loaded, Mode, SaveError, Store, DATA_KEY};
use crate::APP_VERSION;

/// A problem the user should know about; shown as a banner until resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Stored data could not be read; it was copied aside (`copied` says if
    /// that worked). `partial`: the rest was read and is shown.
    Corrupt {
        reason: String,
        copied: bool,
        partial: bool,
    },
    /// Stored data came from a newer Rebound.
    Newer { schema: u32 },
    /// Storage is full.
    Quota { used: usize },
    /// Storage is blocked or missing: nothing will be kept after closing.
    MemoryOnly(String),
    /// A write could not be confirmed.
    Unconfirmed,
    /// Stored data can't be shown yet: the part of the app that reads it
    /// couldn't be fetched (offline before it was ever saved here).
    NotLoaded,
}

/// Where the user's data stands, for banners and Settings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StorageStatus {
    pub problem: Option<Problem>,
    /// Characters used in storage, measured when Settings is open (measuring
    /// reads every key, too slow for start-up or every save).
    pub used_chars: usize,
    /// Size of the last save, so Settings can tell when to measure again.
    pub chars_saved: usize,
    pub last_saved: Option<DateTime<Utc>>,
    pub persisted: Option<bool>,
    pub migrated_from: Option<u32>,
}

/// Something the user can undo from a toast.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// A deletion, with the record as it was (its tombstone keeps no content).
    Application(Box<Application>),
    Journal(Box<JournalEntry>),
    Goal(Box<Goal>),
    /// Progress just logged (taken back off that day).
    Progress {
        goal: Id,
        date: chrono::NaiveDate,
        amount: u32,
    },
    /// Progress just removed (put back).
    Unremove {
        goal: Id,
        date: chrono::NaiveDate,
        amount: u32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub text: String,
    pub undo: Option<Undo>,
    pub serial: u32,
}

/// Shared handles, provided as context at the root.
#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<AppData>,
    pub storage: RwSignal<StorageStatus>,
    pub toast: RwSignal<Option<Toast>>,
    /// A new version of the app is installed and waiting.
    pub update_ready: RwSignal<bool>,
    /// The browser offered to install the app (Chromium's `beforeinstallprompt`).
    pub can_install: RwSignal<bool>,
    /// Stored data is still being read: pages show a quiet loading line (not
    /// the first-run welcome) and accept no edits.
    pub loading: RwSignal<bool>,
}

thread_local! {
    static STORE: RefCell<Option<Store<LocalStore>>> = const { RefCell::new(None) };
    static DIRTY: Cell<bool> = const { Cell::new(false) };
    static TIMER: Cell<Option<i32>> = const { Cell::new(None) };
    static FIRST_SAVE_DONE: Cell<bool> = const { Cell::new(false) };
    /// *Replace everything* is waiting to be written (it failed once).
    static REPLACING: Cell<bool> = const { Cell::new(false) };
}

/// The state from context (provided by the App root).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Opens storage and wires the save and cross-tab listeners. Stored
    /// data is read once the data part of the app is here (see
    /// [`super::persist`]); until then `loading` is set and the pages wait.
    /// With nothing stored (a first visit) there is nothing to wait for.
    pub fn init() -> AppState {
        let mut status = StorageStatus::default();
        let mut stored = false;
        match LocalStore::open() {
            Ok(kv) => {
                stored = crate::store::KvStore::keys(&kv)
                    .is_ok_and(|keys| keys.iter().any(|k| k.starts_with(DATA_KEY)));
                let store = Store::new(kv, APP_VERSION, platform::new_id().as_u128() as u64);
                STORE.with(|s| *s.borrow_mut() = Some(store));
            }
            Err(e) => status.problem = Some(Problem::MemoryOnly(e.to_string())),
        }
        let state = AppState {
            data: RwSignal::new(AppData::default()),
            storage: RwSignal::new(status),
            toast: RwSignal::new(None),
            update_ready: RwSignal::new(false),
            can_install: RwSignal::new(false),
            loading: RwSignal::new(stored),
        };
        if stored {
            leptos::task::spawn_local(async move { state.load_stored().await });
        }
        let can_install = state.can_install;
        crate::install::listen(move |on| can_install.set(on));
        state.listen();
        let ready = state.update_ready;
        crate::sw::register(move || ready.set(true));
        if DIRTY.get() {
            state.schedule_save();
        }
        state
    }

    /// Reads the stored data (fetching the data part first).
    async fn load_stored(self) {
        if !super::lazy::data().ready().await {
            self.set_problem(Problem::NotLoaded);
            self.loading.set(false);
            return;
        }
        mark("rebound-load-start");
        let loaded = STORE.with(|s| {
            let mut s = s.borrow_mut();
            let store = s.as_mut()?;
            let loaded = super::lazy::now(persist::load(store, platform::now()))?.ok()?;
            Some((loaded, store.saved_at))
        });
        measure("rebound-load", "rebound-load-start");
        if let Some(((loaded, tidied), saved_at)) = loaded {
            self.apply_loaded(loaded, saved_at);
            // Deleted text leaves storage; old deletions are forgotten.
            if tidied {
                DIRTY.set(true);
            }
        }
        self.loading.set(false);
        if DIRTY.get() {
            self.schedule_save();
        }
    }

    /// Shows what loading found, and says so where something is wrong.
    fn apply_loaded(&self, loaded: Loaded, saved_at: Option<DateTime<Utc>>) {
        let mut problem = None;
        let mut migrated_from = None;
        let data = match loaded {
            Loaded::Fresh => AppData::default(),
            Loaded::Ready(d) => d,
            Loaded::Migrated { data, from } => {
                migrated_from = Some(from);
                DIRTY.set(true);
                data
            }
            Loaded::Corrupt {
                reason,
                quarantine_key,
                data,
                ..
            } => {
                problem = Some(Problem::Corrupt {
                    reason,
                    copied: quarantine_key.is_some(),
                    partial: data.record_count() > 0,
                });
                // Whatever could still be read is shown.
                data
            }
            Loaded::Newer { data, schema } => {
                problem = Some(Problem::Newer { schema });
                data.unwrap_or_default()
            }
            Loaded::Unavailable(why) => {
                problem = Some(Problem::MemoryOnly(why));
                AppData::default()
            }
        };
        self.data.set(data);
        self.storage.update(|st| {
            st.last_saved = saved_at;
            st.migrated_from = migrated_from;
            if problem.is_some() {
                st.problem = problem;
            }
        });
    }

    /// Applies a change to the data and schedules a save.
    pub fn change(&self, f: impl FnOnce(&mut AppData)) {
        self.data.update(f);
        DIRTY.set(true);
        self.schedule_save();
    }

    /// Shows a toast (replacing any other).
    pub fn notify(&self, text: impl Into<String>, undo: Option<Undo>) {
        let serial = self.toast.get_untracked().map_or(0, |t| t.serial + 1);
        self.toast.set(Some(Toast {
            text: text.into(),
            undo,
            serial,
        }));
    }

    /// Undoes a deletion or a logged check-in.
    pub fn undo(&self, what: &Undo) {
        let (now, device) = (platform::now(), platform::device_id());
        // Undo only follows a change, so the data part is here.
        self.change(|d| {
            let _ = super::lazy::now(persist::undo(d, what, now, device));
        });
        self.toast.set(None);
    }

    /// Whether changes can be saved right now (false when read-only or awaiting a choice).
    pub fn can_save(&self) -> bool {
        STORE.with(|s| {
            s.borrow()
                .as_ref()
                .is_some_and(|st| st.mode == Mode::Normal)
        })
    }

    fn schedule_save(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(t) = TIMER.take() {
            window.clear_timeout_with_handle(t);
        }
        let state = *self;
        let cb = Closure::once_into_js(move || {
            TIMER.set(None);
            state.flush();
        });
        if let Ok(t) =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), 300)
        {
            TIMER.set(Some(t));
        }
    }

    /// Merges an imported backup into the data; whatever the merge picked is
    /// what gets stored (see [`Store::merge_in`]).
    pub fn merge_in(&self, incoming: &AppData) -> bool {
        let merged = self.data.with_untracked(|d| {
            STORE
                .with(|s| super::lazy::now(persist::merge_in(s.borrow_mut().as_mut(), d, incoming)))
        });
        match merged {
            Some(Ok(merged)) => {
                self.change(|d| *d = merged);
                true
            }
            _ => false,
        }
    }

    /// *Replace everything*: the data becomes `data`, written at once as it
    /// is, and other open tabs adopt it instead of merging theirs back.
    pub fn replace_all(&self, data: AppData) {
        self.data.set(data);
        DIRTY.set(true);
        REPLACING.set(true);
        self.flush();
    }

    /// Saves now if anything changed.
    pub fn flush(&self) {
        if !DIRTY.get() {
            return;
        }
        if !super::lazy::data().is_ready() {
            // Pages and stored data wait for the data part, so this is a
            // change made before it arrived: save once it is here.
            let state = *self;
            leptos::task::spawn_local(async move {
                if super::lazy::data().ready().await {
                    state.flush();
                }
            });
            return;
        }
        mark("rebound-save-start");
        let replacing = REPLACING.get();
        // Saved by reference: no copy of the whole data per save.
        let result = self.data.with_untracked(|data| {
            STORE.with(|s| {
                let mut s = s.borrow_mut();
                let store = s.as_mut()?;
                super::lazy::now(persist::save(store, data, platform::now(), replacing))?.ok()
            })
        });
        measure("rebound-save", "rebound-save-start");
        let Some(result) = result else { return };
        match result {
            Ok(saved) if saved.replaced => {
                DIRTY.set(false);
                if let Some(theirs) = saved.merged {
                    self.adopt_replaced(theirs);
                }
            }
            Ok(saved) => {
                DIRTY.set(false);
                REPLACING.set(false);
                if let Some(merged) = saved.merged {
                    self.data.set(merged);
                }
                let first_save = !FIRST_SAVE_DONE.replace(true);
                self.storage.update(|st| {
                    st.chars_saved = saved.chars;
                    st.last_saved = Some(platform::now());
                    if matches!(
                        st.problem,
                        Some(Problem::Quota { .. } | Problem::Unconfirmed | Problem::MemoryOnly(_))
                    ) {
                        st.problem = None;
                    }
                    st.migrated_from = None;
                });
                if first_save {
                    self.ask_persist_once();
                }
            }
            Err(SaveError::Quota { used }) => self.set_problem(Problem::Quota { used }),
            Err(SaveError::Verify) => self.set_problem(Problem::Unconfirmed),
            Err(SaveError::Unavailable(why)) => self.set_problem(Problem::MemoryOnly(why)),
            Err(SaveError::Blocked(Mode::ReadOnly { schema })) => {
                self.set_problem(Problem::Newer { schema })
            }
            Err(SaveError::Damaged { reason, copied }) => self.set_problem(Problem::Corrupt {
                reason,
                copied,
                partial: true,
            }),
            Err(SaveError::Blocked(_)) => {}
        }
    }

    /// Another tab replaced everything: this tab's copy (and any change not
    /// yet saved) gives way to what is stored.
    fn adopt_replaced(&self, theirs: AppData) {
        self.data.set(theirs);
        self.notify(
            "Your data was replaced from a backup in another tab or window, so this tab now shows that data too.",
            None,
        );
    }

    /// Saves everything, then lets the new version take over.
    pub fn apply_update(&self) {
        self.flush();
        crate::sw::apply_update();
    }

    fn set_problem(&self, p: Problem) {
        self.storage.update(|st| st.problem = Some(p));
    }

    /// After unreadable data: the user chose to go on with what could be
    /// read (the copy of the rest stays).
    pub fn start_fresh(&self) {
        STORE.with(|s| {
            if let Some(store) = s.borrow_mut().as_mut() {
                store.start_fresh();
            }
        });
        self.storage.update(|st| st.problem = None);
        self.change(|_| {});
    }

    /// Measures storage use now (reads every key, so not on every save).
    pub fn measure_storage(&self) {
        if let Some(used) = STORE.with(|s| s.borrow().as_ref().map(|st| st.used_chars())) {
            self.storage.update(|st| st.used_chars = used);
        }
    }

    /// Quarantined copies of unreadable data.
    pub fn quarantined(&self) -> Vec<(String, String)> {
        STORE.with(|s| {
            s.borrow()
                .as_ref()
                .map(|st| st.quarantined())
                .unwrap_or_default()
        })
    }

    fn ask_persist_once(&self) {
        let storage = self.storage;
        leptos::task::spawn_local(async move {
            let flag = "rebound.persist_asked";
            let persisted = if platform::device_flag(flag) {
                platform::is_persisted().await
            } else {
                platform::set_device_flag(flag, true);
                platform::request_persist().await
            };
            storage.update(|st| st.persisted = Some(persisted));
        });
    }

    /// Takes in what another tab saved (or that storage was cleared).
    fn hear_other_tab(&self) {
        let state = *self;
        let incoming = state.data.with_untracked(|local| {
            STORE.with(|s| {
                let mut s = s.borrow_mut();
                let store = s.as_mut()?;
                super::lazy::now(persist::incoming(store, local))?.ok()
            })
        });
        match incoming {
            Some(Incoming::Merged { data, needs_save }) => {
                state.data.set(*data);
                if needs_save {
                    DIRTY.set(true);
                    state.schedule_save();
                }
            }
            Some(Incoming::Newer(schema)) => state.set_problem(Problem::Newer { schema }),
            Some(Incoming::Replaced(theirs)) => {
                DIRTY.set(false);
                state.adopt_replaced(*theirs);
            }
            Some(Incoming::Cleared) => {
                // Written back at once: this tab holds the only copy.
                DIRTY.set(true);
                state.flush();
                state.notify(
                    "Something on this site cleared the browser's storage. Rebound saved everything from this tab again, so nothing was lost. A backup keeps you safe from this.",
                    None,
                );
            }
            Some(Incoming::Damaged {
                reason,
                copied,
                data,
            }) => {
                state.data.set(*data);
                state.set_problem(Problem::Corrupt {
                    reason,
                    copied,
                    partial: true,
                });
            }
            Some(Incoming::Ignored) => {
                DIRTY.set(true);
                state.schedule_save();
            }
            _ => {}
        }
    }

    /// Cross-tab merges, and flushing when the page is hidden or closed.
    fn listen(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let state = *self;
        let on_storage =
            Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
                // Another tab writes its changed parts first and the head
                // last, so the head's event means its save is complete.
                // No key: the whole origin's storage was cleared (any page of
                // this site can do that). While loading, the load reads it.
                if ev.key().is_some_and(|k| k != DATA_KEY) || state.loading.get_untracked() {
                    return;
                }
                if super::lazy::data().is_ready() {
                    state.hear_other_tab();
                } else {
                    leptos::task::spawn_local(async move {
                        if super::lazy::data().ready().await {
                            state.hear_other_tab();
                        }
                    });
                }
            });
        let _ =
            window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();

        let flush = Closure::<dyn FnMut()>::new(move || {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
            if hidden {
                state.flush();
            }
        });
        let _ = window
            .add_event_listener_with_callback("visibilitychange", flush.as_ref().unchecked_ref());
        flush.forget();
        let on_hide = Closure::<dyn FnMut()>::new(move || state.flush());
        let _ =
            window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
        on_hide.forget();
    }
}

/// User-timing marks, so the benchmark can read how long saves take.
fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
        p.clear_marks_with_mark_name(start);
    }
}
