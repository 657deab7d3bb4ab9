//! App state and its persistence: one signal holds [`AppData`]; every change
//! goes through [`AppState::change`], which schedules a debounced save.
//! Saves are flushed when the page is hidden or closed, and a `storage` event
//! from another tab is merged in through the same door.
//!
//! The rule of docs/data.md: nothing says "saved" unless a save just
//! worked. [`AppState::save_now`] tells, and reloads (an update, a build gone
//! from the host) wait for it.

use std::cell::RefCell;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::persist::{DataPart, Db, Write};
use crate::model::data::AppData;
use crate::model::undo::Undo;
use crate::platform;
use crate::platform::perf::{mark, measure};
use crate::store::safety::{ERASED_KEY, SNAPSHOT_KEY};
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
}

impl Problem {
    /// Problems that stop saving until they are resolved.
    pub fn stops_saving(&self) -> bool {
        !matches!(self, Problem::Unconfirmed)
    }
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
    /// A change is waiting that couldn't be saved (the "not saved" mark).
    pub unsaved: bool,
    /// A change is waiting for its save (which hasn't been tried yet).
    pub pending: bool,
    /// Another tab replaced everything before this tab's latest change was
    /// saved: that change is kept aside, and the mark offers to add it.
    pub left_behind: bool,
    /// This looks like a private window (checked at start): the browser
    /// drops everything when it closes.
    pub private: Option<bool>,
}

/// The update banner's state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum UpdateState {
    #[default]
    None,
    /// A new version is installed and waiting (or another tab switched).
    Ready,
    /// Reload was asked for, but the latest change couldn't be saved.
    Unsaved,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    pub text: String,
    pub action: Option<ToastAction>,
    pub serial: u32,
}

/// A file the passphrase prompt makes (for a person who encrypts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Backup,
    /// Every stored key, as the repair screen writes them.
    RawData,
    /// What *Replace everything* replaced.
    Previous,
}

/// The button a toast may carry.
#[derive(Clone, Debug, PartialEq)]
pub enum ToastAction {
    Undo(Undo),
    /// After storage was cleared and written back: forget instead.
    EraseInstead,
    /// After *Replace everything*: put the previous data back.
    UndoReplace,
}

/// Shared handles, provided as context at the root.
#[derive(Clone, Copy)]
pub struct AppState {
    pub data: RwSignal<AppData>,
    pub storage: RwSignal<StorageStatus>,
    pub toast: RwSignal<Option<Toast>>,
    /// How many toasts were shown: the next one's number.
    toasts: StoredValue<u32>,
    pub update: RwSignal<UpdateState>,
    /// The browser offered to install the app (Chromium's `beforeinstallprompt`).
    pub can_install: RwSignal<bool>,
    /// Stored data hasn't been read yet: pages show a quiet loading line
    /// (or, if the data part couldn't be fetched, a way to try again) and
    /// nothing can be exported, imported or replaced.
    pub loading: RwSignal<bool>,
    /// The passphrase prompt of an export made outside Settings.
    pub export_prompt: RwSignal<Option<ExportKind>>,
    /// Goes up whenever the replace snapshot is made or dropped (views of
    /// it read the store again).
    pub snapshot_rev: RwSignal<u32>,
    /// Goes up when this device's own record of the copies changes (a
    /// backup imported, a backup that was only a download): the backup
    /// line reads those device times again.
    pub copies_rev: RwSignal<u32>,
    /// A goal's title handed from a plan's lesson to the goal form (kept
    /// in the app, never in the address).
    pub goal_draft: RwSignal<Option<String>>,
    /// The language in use (its words are in `crate::lang`): the view is
    /// built again when it changes.
    pub lang: RwSignal<crate::lang::Lang>,
}

/// The save session: the store and what this tab knows about its writes.
#[derive(Default)]
struct Session {
    store: Option<Db>,
    /// A change not yet saved.
    dirty: bool,
    timer: Option<TimeoutHandle>,
    first_save_done: bool,
    /// Stored data was read (or there was nothing to read).
    read: bool,
    /// When this tab's copy last matched what is stored (a save that
    /// worked, or the read): its changes since are the ones not saved.
    baseline: Option<DateTime<Utc>>,
    /// This tab's changes that another tab's *Replace everything* dropped
    /// before they were saved (see [`AppState::keep_left_behind`]).
    left_behind: Option<AppData>,
}

/// The Web Lock every write of every tab takes turns through.
const LOCK: &str = "rebound.save";

/// The names of keys a write-back couldn't put back, for its toast.
fn missing_names(keys: &[String]) -> String {
    use crate::platform::flags::*;
    let mut names: Vec<&'static str> = keys
        .iter()
        .map(|k| match k.as_str() {
            SNAPSHOT_KEY => crate::t!("your data from before the replace"),
            CLAIM => crate::t!("your benefits claim details"),
            ENCRYPTS => crate::t!("your choice to encrypt backups"),
            PEERS => crate::t!("the devices you exchanged data with"),
            IMPORTED_AT | BACKUP_DOWNLOADED => {
                crate::t!("when your last backup was made or imported")
            }
            LANGUAGE => crate::t!("your language choice"),
            DEVICE => crate::t!("this device's id"),
            _ => crate::t!("which notices you dismissed here"),
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names.join("; ")
}

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(Session::default());
    static APP: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
}

fn with_session<T>(f: impl FnOnce(&mut Session) -> T) -> T {
    SESSION.with(|s| f(&mut s.borrow_mut()))
}

/// The state from context (provided by the App root).
pub fn use_app() -> AppState {
    // (Not `expect_context`: its panic message formats the type name and
    // the caller's location with `Debug`, code the first download would
    // carry for a message no one sees: a panic aborts the module.)
    use_context::<AppState>().expect("AppState is provided by the App root")
}

impl AppState {
    /// Opens storage and wires the save and cross-tab listeners. Stored
    /// data is read as soon as the data part of the app is here (see
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
                with_session(|s| s.store = Some(store));
            }
            Err(e) => status.problem = Some(Problem::MemoryOnly(e.to_string())),
        }
        let state = AppState {
            data: RwSignal::new(AppData::default()),
            storage: RwSignal::new(status),
            toast: RwSignal::new(None),
            toasts: StoredValue::new(0),
            update: RwSignal::new(UpdateState::None),
            can_install: RwSignal::new(false),
            loading: RwSignal::new(stored),
            export_prompt: RwSignal::new(None),
            snapshot_rev: RwSignal::new(0),
            copies_rev: RwSignal::new(0),
            goal_draft: RwSignal::new(None),
            lang: RwSignal::new(crate::lang::lang()),
        };
        APP.set(Some(state));
        platform::flags::remember_device_keys();
        with_session(|s| {
            s.read = !stored;
            s.baseline = Some(platform::now());
        });
        if stored {
            state.read_when_here();
        }
        let can_install = state.can_install;
        crate::platform::install::listen(move |on| can_install.set(on));
        state.listen();
        let update = state.update;
        crate::platform::sw::register(move || update.set(UpdateState::Ready));
        let storage = state.storage;
        leptos::task::spawn_local(async move {
            let private = platform::looks_private().await;
            storage.update(|st| st.private = Some(private));
        });
        state
    }

    /// The running app's state, for callbacks from outside Leptos (index.html).
    pub fn current() -> Option<AppState> {
        APP.get()
    }

    /// Reads what is stored once the data part is here: now, or after a
    /// *Try again* brings it. Until then the pages wait (nothing empty is
    /// shown, nothing can be exported or replaced).
    fn read_when_here(self) {
        super::lazy::data().fetch();
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            let Some(part) = super::persist::loaded_tracked() else {
                return false;
            };
            self.read_stored(part);
            true
        });
    }

    fn read_stored(self, part: DataPart) {
        mark("rebound-load-start");
        let loaded = with_session(|s| {
            let store = s.store.as_mut()?;
            let loaded = part.load(store, platform::now())?;
            Some((loaded, store.saved_at))
        });
        measure("rebound-load", "rebound-load-start");
        if let Some(((loaded, tidied), saved_at)) = loaded {
            self.apply_loaded(part, loaded, saved_at);
            // Deleted text leaves storage; old deletions are forgotten.
            if tidied {
                with_session(|s| s.dirty = true);
            }
        }
        with_session(|s| {
            s.read = true;
            s.baseline = Some(platform::now());
        });
        self.loading.set(false);
        if with_session(|s| s.dirty) {
            self.schedule_save();
        }
    }

    /// Shows what loading found, and says so where something is wrong.
    fn apply_loaded(&self, part: DataPart, loaded: Loaded, saved_at: Option<DateTime<Utc>>) {
        let mut problem = None;
        let mut migrated_from = None;
        let data = match loaded {
            Loaded::Fresh => AppData::default(),
            Loaded::Ready(d) => d,
            Loaded::Migrated { data, from } => {
                migrated_from = Some(from);
                with_session(|s| s.dirty = true);
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
        // A change made while the data was read (a first visit's form, say)
        // stays: it is merged into what was stored. The merge runs in the
        // data part: its code (with serde_json for its tie-breaks) is a
        // fifth of the main module, which a first visit never needs.
        let merged = self.data.with_untracked(|mine| {
            (mine.record_count() > 0).then(|| part.merge_in(None, &data, mine))
        });
        match merged {
            None => self.data.set(data),
            Some(Some(merged)) => self.data.set(merged),
            // (Not expected: the part is here.) This tab's change stays
            // and is saved, which merges it with what is stored.
            Some(None) => with_session(|s| s.dirty = true),
        }
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
        with_session(|s| s.dirty = true);
        if !self.storage.with_untracked(|s| s.pending) {
            self.storage.update(|st| st.pending = true);
        }
        self.schedule_save();
    }

    /// Edits one record of a collection that merges part by part (picked
    /// by `which`): the one way every edit is made, so each part it changes
    /// is stamped (see `model::field_merge::edit`).
    pub fn edit<R: crate::model::field_merge::Fielded>(
        &self,
        which: impl FnOnce(&mut AppData) -> &mut Vec<R>,
        id: &crate::model::record::Id,
        f: impl FnOnce(&mut R),
    ) {
        let (now, device) = (platform::now(), platform::device_id());
        self.change(|d| {
            crate::model::field_merge::edit(which(d), id, now, device, f);
        });
    }

    /// Ticks what time and the rest of the search completed in the plans
    /// (a pause that ended, the search moving on: `model::plan_state`).
    /// Run when a plan or Today is shown, once stored data is read.
    pub fn settle_plans(&self) {
        use crate::model::plan_state::{moved_since, unsettled};
        if self.loading.get_untracked() {
            return;
        }
        let today = platform::today();
        for id in self.data.with_untracked(|d| unsettled(d, today)) {
            let moved = self.data.with_untracked(|d| {
                d.applications
                    .iter()
                    .find(|a| a.meta.id == id)
                    .is_some_and(|a| moved_since(d, a))
            });
            self.edit(|d| &mut d.applications, &id, |a| a.settle(today, moved));
        }
    }

    /// Changes the settings and stamps them, so the newest settings win
    /// merges.
    pub fn change_settings(&self, f: impl FnOnce(&mut crate::model::data::Settings)) {
        let now = platform::now();
        self.change(|d| {
            f(&mut d.settings);
            d.settings.touch(now);
        });
    }

    /// Asks the browser to install the app; says how it went.
    pub fn install_now(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            if platform::install::prompt().await {
                state.notify(
                    crate::t!("Installed. Rebound now opens like any other app, even offline."),
                    None,
                );
            }
            state.can_install.set(false);
        });
    }

    /// Whether a change can be saved at all right now (not while a newer
    /// version's data, a choice about damaged data, blocked or full storage
    /// stops it).
    pub fn saving_works(&self) -> bool {
        let mode_ok = with_session(|s| s.store.as_ref().is_some_and(|st| st.mode == Mode::Normal));
        mode_ok
            && self
                .storage
                .with_untracked(|st| st.problem.as_ref().is_none_or(|p| !p.stops_saving()))
    }

    /// Shows a toast (replacing any other).
    pub fn notify(&self, text: impl Into<String>, action: Option<ToastAction>) {
        // Numbered past every toast so far, not only the one showing: a
        // cleared toast's timer must not close the next one early.
        let serial = self.toasts.get_value();
        self.toasts.set_value(serial.wrapping_add(1));
        self.toast.set(Some(Toast {
            text: text.into(),
            action,
            serial,
        }));
    }

    /// A toast that says something was saved, shown only after a save that
    /// worked; otherwise it says the change is kept in this tab only. (On a
    /// first visit the data part may still be on its way: it waits for it.)
    pub fn notify_saved(&self, text: impl Into<String>, action: Option<ToastAction>) {
        let text = text.into();
        let state = *self;
        self.save_then(move |saved: bool| {
            if saved {
                state.notify(text.clone(), action.clone());
            } else {
                state.notify(
                    crate::t!(
                        "Kept in this tab, but not saved yet: see the message at the top of the page."
                    ),
                    action.clone(),
                );
            }
        });
    }

    /// Saves through the lock ([`AppState::save_locked`]), then tells
    /// `then` whether it worked. A save needs the data part, so the lock's
    /// and the save's code come with it, not with the first download.
    fn save_then(&self, then: impl Fn(bool) + 'static) {
        let state = *self;
        let then: std::rc::Rc<dyn Fn(bool)> = std::rc::Rc::new(then);
        leptos::task::spawn_local(async move {
            if !super::lazy::data().ready().await {
                return then(state.nothing_left());
            }
            if super::lazy::now(split_save_locked(state, then.clone())).is_none() {
                then(false);
            }
        });
    }

    /// Undoes a deletion or a logged check-in.
    pub fn undo(&self, what: &Undo) {
        let (now, device) = (platform::now(), platform::device_id());
        // Undo only follows a change, so the data part is here.
        if let Some(part) = super::persist::loaded() {
            self.change(|d| part.undo(d, what, now, device));
        }
        self.toast.set(None);
    }

    fn schedule_save(&self) {
        if let Some(t) = with_session(|s| s.timer.take()) {
            t.clear();
        }
        let state = *self;
        let timer = set_timeout_with_handle(
            move || {
                with_session(|s| s.timer = None);
                state.flush();
            },
            std::time::Duration::from_millis(300),
        )
        .ok();
        with_session(|s| s.timer = timer);
    }

    /// Merges an imported backup into the data and saves it at once;
    /// whatever the merge picked is what gets stored (see
    /// [`Store::merge_in`]). `false` when it couldn't be merged.
    pub fn merge_in(&self, incoming: &AppData) -> bool {
        let Some(part) = super::persist::loaded() else {
            return false;
        };
        self.hear_other_tab();
        let merged = self
            .data
            .with_untracked(|d| with_session(|s| part.merge_in(s.store.as_mut(), d, incoming)));
        match merged {
            Some(merged) => {
                self.change(|d| *d = merged);
                true
            }
            None => false,
        }
    }

    /// *Replace everything*: the data becomes `data`, written at once as it
    /// is, and other open tabs adopt it instead of merging theirs back. What
    /// it replaces is kept on the device first (see `Store::replace_keeping`);
    /// `keep: false` for an undo, which puts that copy back and forgets it.
    /// `true` only if that all was saved.
    pub async fn replace_all(&self, data: AppData, keep: bool) -> bool {
        if super::persist::loaded().is_none() {
            return false;
        }
        let state = *self;
        // (Its code comes with the data part: see `split_replace`.)
        platform::locked(LOCK, move || {
            super::lazy::now(split_replace(state, data, keep))
                .and_then(Result::ok)
                .unwrap_or(false)
        })
        .await
    }

    fn replace_now(&self, part: DataPart, data: AppData, keep: bool) -> bool {
        self.hear_other_tab();
        let previous = keep.then(|| self.data.get_untracked());
        let how = Write::Replace {
            previous: previous.as_ref(),
        };
        let result = with_session(|s| {
            let store = s.store.as_mut()?;
            let saved = part.save(store, &data, platform::now(), how);
            // An undo puts the kept copy back: it is forgotten before any
            // view is told (they read whether one is kept).
            if !keep && matches!(saved, Some(Ok(_))) {
                let _ = store.drop_snapshot();
            }
            saved
        });
        let done = match result {
            Some(Ok(saved)) => {
                with_session(|s| s.dirty = false);
                self.data
                    .set(saved.merged.filter(|_| saved.replaced).unwrap_or(data));
                self.saved(saved.chars);
                self.snapshot_rev.update(|n| *n += 1);
                true
            }
            Some(Err(e)) => {
                self.save_failed(e);
                false
            }
            None => false,
        };
        self.settle_marks();
        done
    }

    /// Saves now if anything changed, taking its turn through the Web Lock
    /// every write of every tab takes (see [`AppState::save_locked`]).
    pub fn flush(&self) {
        if !with_session(|s| s.dirty) {
            return;
        }
        let state = *self;
        if !super::lazy::data().is_ready() {
            // Pages and stored data wait for the data part, so this is a
            // change made before it arrived: save once it is here.
            leptos::task::spawn_local(async move {
                if super::lazy::data().ready().await {
                    state.flush();
                }
            });
            return;
        }
        state.save_then(|_| {});
    }

    /// Saves once it is this tab's turn: every write of every tab (saves,
    /// a replace, a write-back, an erase) takes turns through one Web Lock
    /// where the browser has them, so two can't read the same head and both
    /// write. `true` only if nothing is left unsaved.
    pub async fn save_locked(&self) -> bool {
        if self.nothing_left() {
            return true;
        }
        let state = *self;
        platform::locked(LOCK, move || state.save_now()).await
    }

    /// Saves at once, without the lock, for a page being hidden or closed
    /// (which can't wait): safe, because the store re-reads the head and the
    /// parts another tab changed right before it writes, and merges them.
    /// `true` only if nothing is left unsaved.
    pub fn save_now(&self) -> bool {
        if !with_session(|s| s.dirty) {
            return self.nothing_left();
        }
        if !with_session(|s| s.read) {
            return false;
        }
        if super::persist::loaded().is_none() {
            return false;
        }
        // (Its code comes with the data part: see `split_save`.)
        super::lazy::now(split_save(*self))
            .and_then(Result::ok)
            .unwrap_or(false)
    }

    fn save_here(&self, part: DataPart) -> bool {
        mark("rebound-save-start");
        let result = self.data.with_untracked(|data| {
            with_session(|s| {
                let store = s.store.as_mut()?;
                part.save(store, data, platform::now(), Write::Save)
            })
        });
        measure("rebound-save", "rebound-save-start");
        match result {
            // Nothing was written: another tab replaced everything first.
            Some(Ok(saved)) if saved.replaced => {
                if let Some(theirs) = saved.merged {
                    self.adopt_replaced(theirs);
                }
            }
            Some(Ok(saved)) => {
                with_session(|s| s.dirty = false);
                if let Some(merged) = saved.merged {
                    self.data.set(merged);
                }
                self.saved(saved.chars);
            }
            Some(Err(e)) => self.save_failed(e),
            None => {}
        }
        self.settle_marks();
        self.nothing_left()
    }

    /// Nothing this tab holds is waiting to be saved: no change, and no
    /// change that a replace elsewhere left behind.
    fn nothing_left(&self) -> bool {
        with_session(|s| !s.dirty && s.left_behind.is_none())
    }

    /// After a save was tried: the Not saved mark shows while anything is
    /// left unsaved, Settings' line stops saying a save is pending, and the
    /// update banner offers Reload again once everything is saved.
    fn settle_marks(&self) {
        let (dirty, left) = with_session(|s| (s.dirty, s.left_behind.is_some()));
        let unsaved = dirty || left;
        let now = (unsaved, false, left);
        if self
            .storage
            .with_untracked(|s| (s.unsaved, s.pending, s.left_behind))
            != now
        {
            self.storage.update(|st| {
                st.unsaved = unsaved;
                st.pending = false;
                st.left_behind = left;
            });
        }
        if !unsaved && self.update.get_untracked() == UpdateState::Unsaved {
            self.update.set(UpdateState::Ready);
        }
    }

    /// A save worked: the storage figures and problems follow.
    fn saved(&self, chars: usize) {
        let now = platform::now();
        let first_save = with_session(|s| {
            s.baseline = Some(now);
            !std::mem::replace(&mut s.first_save_done, true)
        });
        self.storage.update(|st| {
            st.chars_saved = chars;
            st.last_saved = Some(now);
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

    fn save_failed(&self, e: SaveError) {
        match e {
            SaveError::Quota { used } => self.set_problem(Problem::Quota { used }),
            SaveError::Verify => self.set_problem(Problem::Unconfirmed),
            SaveError::Unavailable(why) => self.set_problem(Problem::MemoryOnly(why)),
            SaveError::Blocked(Mode::ReadOnly { schema }) => {
                self.set_problem(Problem::Newer { schema })
            }
            SaveError::Damaged { reason, copied } => self.set_problem(Problem::Corrupt {
                reason,
                copied,
                partial: true,
            }),
            SaveError::Erased => self.forget_erased(),
            SaveError::Blocked(_) => {}
        }
        self.settle_marks();
    }

    /// Another tab replaced everything: this tab's copy (and any change not
    /// yet saved) gives way to what is stored.
    ///
    /// A change made here since this tab last saved is never dropped in
    /// silence: it is kept aside, the Not saved mark says what happened, and
    /// the person chooses to add it to the replaced data or let it go.
    fn adopt_replaced(&self, theirs: AppData) {
        use crate::model::data::{changed_since, has_changes};
        let (dirty, since) = with_session(|s| (s.dirty, s.baseline));
        let mine = dirty
            .then(|| {
                let since = since.unwrap_or(DateTime::<Utc>::MIN_UTC);
                self.data
                    .with_untracked(|d| changed_since(d, &theirs, since))
            })
            .filter(has_changes);
        let kept = mine.is_some();
        with_session(|s| {
            s.dirty = false;
            s.baseline = Some(platform::now());
            if let Some(mine) = mine {
                s.left_behind = Some(match s.left_behind.take() {
                    Some(earlier) => crate::model::data::merge(&earlier, &mine),
                    None => mine,
                });
            }
        });
        self.data.set(theirs);
        self.settle_marks();
        if kept {
            self.notify(
                crate::t!(
                    "Your data was replaced from a backup in another tab or window, before your latest change here was saved. It isn't lost: see the message at the top of the page."
                ),
                None,
            );
        } else {
            self.notify(
                crate::t!(
                    "Your data was replaced from a backup in another tab or window, so this tab now shows that data too."
                ),
                None,
            );
        }
    }

    /// Adds the change a replace elsewhere left behind to the data, and
    /// saves it (the toast says whether that worked).
    pub fn keep_left_behind(&self) {
        let Some(left) = with_session(|s| s.left_behind.take()) else {
            return;
        };
        if !self.merge_in(&left) {
            with_session(|s| s.left_behind = Some(left));
            self.notify(
                crate::t!("Your change couldn't be added just now. It is still kept in this tab; please try again."),
                None,
            );
            return;
        }
        self.notify_saved(
            crate::t!("Your change is added to the replaced data and saved."),
            None,
        );
    }

    /// The person let the change a replace elsewhere left behind go.
    pub fn drop_left_behind(&self) {
        with_session(|s| s.left_behind = None);
        self.settle_marks();
        self.notify(
            crate::t!("Your change was let go: this tab shows the replaced data as it is."),
            None,
        );
    }

    /// Saves everything, then lets the new version take over; if the save
    /// didn't work, the banner says so instead (with Export backup).
    pub fn apply_update(&self) {
        let state = *self;
        self.save_then(move |saved| {
            if saved {
                crate::platform::sw::apply_update();
            } else {
                state.update.set(UpdateState::Unsaved);
            }
        });
    }

    /// Another build's worker took over (index.html heard it): a hidden
    /// tab reloads into it once its saves worked; a visible one asks.
    pub fn other_build_active(&self) {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if !hidden {
            if self.update.get_untracked() == UpdateState::None {
                self.update.set(UpdateState::Ready);
            }
            return;
        }
        let state = *self;
        self.save_then(move |saved| {
            if saved {
                crate::platform::sw::apply_update();
            } else if state.update.get_untracked() == UpdateState::None {
                state.update.set(UpdateState::Ready);
            }
        });
    }

    fn set_problem(&self, p: Problem) {
        self.storage.update(|st| st.problem = Some(p));
    }

    /// After unreadable data: the user chose to go on with what could be
    /// read (the copy of the rest stays).
    pub fn start_fresh(&self) {
        with_session(|s| {
            if let Some(store) = s.store.as_mut() {
                store.start_fresh();
            }
        });
        self.storage.update(|st| st.problem = None);
        self.change(|_| {});
    }

    /// Measures storage use now (reads every key, so not on every save).
    pub fn measure_storage(&self) {
        if let Some(used) = with_session(|s| s.store.as_ref().map(|st| st.used_chars())) {
            self.storage.update(|st| st.used_chars = used);
        }
    }

    /// What *Replace everything* replaced, while it is kept on the device.
    pub fn snapshot(&self) -> Option<(DateTime<Utc>, AppData)> {
        let part = super::persist::loaded()?;
        with_session(|s| part.snapshot(s.store.as_ref()?, platform::now()))
    }

    /// Puts back what *Replace everything* replaced, and forgets the copy.
    pub async fn undo_replace(&self) -> bool {
        let Some((_, previous)) = self.snapshot() else {
            return false;
        };
        self.replace_all(previous, false).await
    }

    /// *Erase everything on this device*: every Rebound key, in this tab and
    /// (through the erase token) every other; this tab starts empty.
    pub async fn erase_everything(&self) -> bool {
        let Some(part) = super::persist::loaded() else {
            return false;
        };
        let token = String::from(platform::new_id());
        let ok = platform::locked(LOCK, move || {
            with_session(|s| s.store.as_mut().is_some_and(|st| part.erase(st, &token)))
        })
        .await;
        if ok {
            platform::forget_device();
            platform::drop_shared_email();
            self.reset_to_empty();
        }
        ok
    }

    /// Another tab erased everything: this tab forgets its copy too.
    fn forget_erased(&self) {
        with_session(|s| {
            if let Some(st) = s.store.as_mut() {
                st.accept_erase();
            }
        });
        platform::flags::forget_device_keys();
        self.reset_to_empty();
        self.notify(
            crate::t!(
                "Rebound's data was erased on this device (from another tab or window), so this tab has forgotten it too."
            ),
            None,
        );
    }

    fn reset_to_empty(&self) {
        with_session(|s| {
            s.dirty = false;
            s.first_save_done = false;
            s.left_behind = None;
            s.baseline = Some(platform::now());
        });
        self.data.set(AppData::default());
        self.storage.update(|st| {
            *st = StorageStatus {
                persisted: st.persisted,
                ..StorageStatus::default()
            }
        });
    }

    /// Every unreadable text, for "Download raw data" (see `Store::quarantined`).
    pub fn quarantined(&self) -> Vec<(String, String)> {
        with_session(|s| {
            s.store
                .as_ref()
                .map(|st| st.quarantined())
                .unwrap_or_default()
        })
    }

    fn ask_persist_once(&self) {
        let storage = self.storage;
        leptos::task::spawn_local(async move {
            let flag = platform::flags::PERSIST_ASKED;
            let persisted = if platform::device_flag(flag) {
                platform::is_persisted().await
            } else {
                platform::set_device_flag(flag, true);
                platform::request_persist().await
            };
            storage.update(|st| st.persisted = Some(persisted));
        });
    }

    /// Takes in what another tab saved (or that storage was cleared or
    /// erased). Also called before a backup or a replace, so they start
    /// from the stored data merged with this tab's.
    pub fn hear_other_tab(&self) {
        if super::persist::loaded().is_none() || !with_session(|s| s.read) {
            return;
        }
        // (Its code comes with the data part: see `split_hear`.)
        let _ = super::lazy::now(split_hear(*self));
    }

    fn hear_now(&self, part: DataPart) {
        let state = *self;
        let incoming = state
            .data
            .with_untracked(|local| with_session(|s| part.incoming(s.store.as_mut()?, local)));
        match incoming {
            Some(Incoming::Merged { data, needs_save }) => {
                state.data.set(*data);
                if needs_save {
                    with_session(|s| s.dirty = true);
                    state.schedule_save();
                }
            }
            Some(Incoming::Newer(schema)) => state.set_problem(Problem::Newer { schema }),
            Some(Incoming::Replaced(theirs)) => state.adopt_replaced(*theirs),
            Some(Incoming::Cleared) => {
                // Its turn through the lock, like every other write.
                leptos::task::spawn_local(async move {
                    platform::locked(LOCK, move || state.write_back(part)).await;
                });
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
                with_session(|s| s.dirty = true);
                state.schedule_save();
            }
            Some(Incoming::Erased) => state.forget_erased(),
            _ => {}
        }
    }

    /// Something cleared the origin's storage: this tab holds the only
    /// copy, so it is written back at once: the data (unreadable text
    /// included), the replace snapshot if this tab holds it, and the keys
    /// this browser keeps for itself that the tab knows. The toast says
    /// "nothing was lost" only if all of that worked, and otherwise what
    /// couldn't be put back.
    fn write_back(&self, part: DataPart) {
        let extras = platform::flags::known_device_keys();
        let result = self.data.with_untracked(|data| {
            with_session(|s| part.write_back(s.store.as_mut()?, data, platform::now(), &extras))
        });
        let Some(back) = result else {
            return;
        };
        let missing = missing_names(&back.missing);
        match back.saved {
            Ok(saved) => {
                with_session(|s| s.dirty = false);
                self.saved(saved.chars);
                let text = if missing.is_empty() {
                    crate::t!(
                        "Something on this site cleared the browser's storage. Rebound saved everything from this tab again, so nothing was lost. If you meant to clear it, choose Erase instead."
                    )
                    .to_string()
                } else {
                    crate::tf!(
                        "Something on this site cleared the browser's storage. Rebound saved your data from this tab again, but couldn't put back {missing}. If you meant to clear it, choose Erase instead.",
                        missing = missing
                    )
                };
                self.notify(text, Some(ToastAction::EraseInstead));
            }
            Err(e) => {
                with_session(|s| s.dirty = true);
                self.save_failed(e);
                let text = if missing.is_empty() {
                    crate::t!(
                        "Something on this site cleared the browser's storage, and Rebound couldn't save this tab's data again yet: see the message at the top of the page. Keep this tab open, and export a backup."
                    )
                    .to_string()
                } else {
                    crate::tf!(
                        "Something on this site cleared the browser's storage, and Rebound couldn't save this tab's data again yet (nor put back {missing}): see the message at the top of the page. Keep this tab open, and export a backup.",
                        missing = missing
                    )
                };
                self.notify(text, None);
            }
        }
        self.settle_marks();
    }

    /// Cross-tab merges, flushing when the page is hidden or closed, and a
    /// guard against closing with a change that couldn't be saved.
    fn listen(&self) {
        let state = *self;
        let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
            // Another tab writes its changed parts first and the head last,
            // so the head's event means its save is complete; a part's
            // event alone (a tab closed mid-save) makes that part be read
            // again before this tab writes it. No key: the whole origin's
            // storage was cleared (any page of this site can do that).
            let key = ev.key();
            if let Some(k) = key.as_deref() {
                if k == SNAPSHOT_KEY {
                    let text = ev.new_value();
                    with_session(|s| s.store.as_mut().map(|st| st.heard_snapshot(text)));
                    return;
                }
                if platform::flags::heard_device_key(k, ev.new_value()) {
                    return;
                }
                if k != DATA_KEY && k != ERASED_KEY {
                    with_session(|s| s.store.as_mut().map(|st| st.part_changed(k)));
                    return;
                }
            }
            if state.loading.get_untracked() {
                return; // the load reads it
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
        let hidden = move || {
            web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
        };
        // (The document's event bubbles to the window.)
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if hidden() {
                state.save_now();
            }
        });
        // (These can't wait for the lock: see `save_now`.)
        let _ = window_event_listener(leptos::ev::pagehide, move |_| {
            state.save_now();
        });
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if !state.save_now() {
                ev.prevent_default();
                ev.set_return_value(crate::t!("Your latest change isn't saved yet."));
            }
        });
    }
}

/// Storage calls of [`AppState`] that only run once the data part is here
/// (a save, a storage event, a replace or its undo): their code comes
/// with that part instead of the first download. Each split function has
/// a loader of its own, so the part's preload readies them (each is named
/// in `pages`' list, hence `pub(super)`) and they then run at once.
#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_hear))]
pub(super) fn split_hear(state: AppState) -> Result<(), wasm_split_helpers::SplitLoaderError> {
    if let Some(part) = super::persist::loaded() {
        state.hear_now(part);
    }
    Ok(())
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_replace))]
pub(super) fn split_replace(
    state: AppState,
    data: AppData,
    keep: bool,
) -> Result<bool, wasm_split_helpers::SplitLoaderError> {
    Ok(super::persist::loaded().is_some_and(|part| state.replace_now(part, data, keep)))
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_save_locked))]
pub(super) fn split_save_locked(
    state: AppState,
    then: std::rc::Rc<dyn Fn(bool)>,
) -> Result<(), wasm_split_helpers::SplitLoaderError> {
    leptos::task::spawn_local(async move { then(state.save_locked().await) });
    Ok(())
}

/// The person keeps the change a replace elsewhere left behind (the mark's
/// button: the data part is here, as a replace came through it).
#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_keep))]
pub(super) fn split_keep(state: AppState) -> Result<(), wasm_split_helpers::SplitLoaderError> {
    state.keep_left_behind();
    Ok(())
}

/// *Undo replace* from the toast (a replace just came through the data part).
#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_undo_replace))]
pub(super) fn split_undo_replace(
    state: AppState,
) -> Result<(), wasm_split_helpers::SplitLoaderError> {
    leptos::task::spawn_local(async move {
        if state.undo_replace().await {
            state.notify_saved(
                crate::t!("Your data is back as it was before the replace."),
                None,
            );
        } else {
            state.notify(
                crate::t!(
                    "The replace couldn't be undone just now. Nothing was changed; try again from Settings."
                ),
                None,
            );
        }
    });
    Ok(())
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_save))]
pub(super) fn split_save(state: AppState) -> Result<bool, wasm_split_helpers::SplitLoaderError> {
    Ok(super::persist::loaded().is_some_and(|part| state.save_here(part)))
}
