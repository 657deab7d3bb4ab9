//! The root of everything saved: [`AppData`], its versioned envelope, the
//! migrations from older shapes, and the record-by-record merge used by two
//! tabs and by backup import.
//!
//! Rule: any change to the stored shape bumps [`SCHEMA`] and adds a migration,
//! so an older copy of the app sees "newer data" and never saves over it.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::checkin::CheckIn;
use super::field_merge::Fielded;
use super::goals::{Goal, GoalWeek};
use super::journal::JournalEntry;
use super::proof::Activity;
use super::record::{Id, Record};
use super::recovery::{default_template, TemplateStep};
use super::rejection::Application;
use super::time::WeekStart;

/// The stored shape this build reads and writes.
pub const SCHEMA: u32 = 5;
/// The first schema stored in parts (a head and parts, see `store`).
pub const FIRST_PARTS_SCHEMA: u32 = 4;

/// Marks our files, so another app's JSON is recognised as such.
pub const APP_TAG: &str = "rebound";

/// How long a deletion is remembered so that merges respect it.
pub const TOMBSTONE_DAYS: i64 = 120;

/// User preferences: one record, merged as a whole (newest wins).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub updated_at: Option<DateTime<Utc>>,
    pub week_start: WeekStart,
    /// Signs the feedback emails.
    pub your_name: String,
    pub plan_template: Vec<TemplateStep>,
    /// Days of silence before suggesting "no response".
    pub quiet_days: u32,
    /// Days after sending a feedback request before Today suggests one nudge.
    pub followup_days: u32,
    /// Show "last backup N days ago" on Today.
    pub backup_nudge: bool,
    pub last_backup_at: Option<DateTime<Utc>>,
    /// "Not now" on the backup nudge hides it for a fortnight.
    pub backup_nudge_dismissed_at: Option<DateTime<Utc>>,
    /// Opt-in: suggest a rest when many applications meet silence.
    pub burnout_guard: bool,
    /// Up to three trusted people to reach after a hard rejection.
    pub support: Vec<super::support::SupportPerson>,
}

impl Settings {
    /// Stamps a change. Like [`super::record::Meta::touch`], the stamp never
    /// goes back, even past one that came from a device whose clock ran
    /// fast, so the latest change keeps winning merges.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = Some(match self.updated_at {
            Some(t) => now.max(t + Duration::milliseconds(1)),
            None => now,
        });
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            updated_at: None,
            week_start: WeekStart::Monday,
            your_name: String::new(),
            plan_template: default_template(),
            quiet_days: 30,
            followup_days: 7,
            backup_nudge: true,
            last_backup_at: None,
            backup_nudge_dismissed_at: None,
            burnout_guard: false,
            support: Vec::new(),
        }
    }
}

/// Everything the user has written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppData {
    pub applications: Vec<Application>,
    pub journal: Vec<JournalEntry>,
    pub goals: Vec<Goal>,
    /// Goal progress, one record per goal and ISO week.
    pub progress: Vec<GoalWeek>,
    /// Work-search activities besides applications (proof of search).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// "How are you feeling?" check-ins.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub checkins: Vec<CheckIn>,
    pub settings: Settings,
    /// Deletions forgotten after [`TOMBSTONE_DAYS`], sorted by id: without
    /// them, an older copy (a backup) would bring those records back.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pruned: Vec<Pruned>,
}

/// A forgotten deletion: the record's id and the time of its deletion. A
/// copy of the record that is not newer than this is dropped by [`merge`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pruned(
    pub Id,
    #[serde(with = "chrono::serde::ts_milliseconds")] pub DateTime<Utc>,
);

impl AppData {
    /// True when nothing has been written yet (first run).
    pub fn is_empty(&self) -> bool {
        self.record_count() == 0 && self.settings.updated_at.is_none()
    }

    /// Total records, tombstones included.
    pub fn record_count(&self) -> usize {
        self.applications.len()
            + self.journal.len()
            + self.goals.len()
            + self.progress.len()
            + self.activities.len()
            + self.checkins.len()
    }

    /// Drops what deleted records still held (older versions kept it) and
    /// forgets deletions older than [`TOMBSTONE_DAYS`], remembering their ids
    /// in [`AppData::pruned`]. Returns the records it changed, by collection.
    pub fn forget_deleted(&mut self, now: DateTime<Utc>) -> Vec<(&'static str, Id)> {
        let cutoff = now - Duration::days(TOMBSTONE_DAYS);
        let mut changed = Vec::new();
        let mut pruned = Vec::new();
        forget_in(
            "applications",
            &mut self.applications,
            cutoff,
            &mut changed,
            &mut pruned,
        );
        forget_in(
            "journal",
            &mut self.journal,
            cutoff,
            &mut changed,
            &mut pruned,
        );
        forget_in("goals", &mut self.goals, cutoff, &mut changed, &mut pruned);
        forget_in(
            "progress",
            &mut self.progress,
            cutoff,
            &mut changed,
            &mut pruned,
        );
        forget_in(
            "activities",
            &mut self.activities,
            cutoff,
            &mut changed,
            &mut pruned,
        );
        forget_in(
            "checkins",
            &mut self.checkins,
            cutoff,
            &mut changed,
            &mut pruned,
        );
        if !pruned.is_empty() {
            self.pruned = merge_pruned(&self.pruned, &pruned);
        }
        changed
    }

    /// Drops records whose deletion was forgotten, unless they changed after it.
    fn drop_pruned(&mut self) {
        if self.pruned.is_empty() {
            return;
        }
        let pruned: std::collections::HashMap<Id, DateTime<Utc>> =
            self.pruned.iter().map(|p| (p.0, p.1)).collect();
        let keep = |m: &super::record::Meta| pruned.get(&m.id).is_none_or(|t| m.updated_at > *t);
        // Records with lives: only a life begun after the forgotten
        // deletion (an Undo, or a later deletion) outlasts it, as in a merge
        // with the deletion itself.
        fn alive<R: Record>(r: &R, pruned: &std::collections::HashMap<Id, DateTime<Utc>>) -> bool {
            pruned
                .get(r.id())
                .is_none_or(|t| r.life() > t.timestamp_millis())
        }
        self.applications.retain(|r| alive(r, &pruned));
        self.journal.retain(|r| alive(r, &pruned));
        self.goals.retain(|r| alive(r, &pruned));
        self.progress.retain(|r| keep(&r.meta));
        self.activities.retain(|r| keep(&r.meta));
        self.checkins.retain(|r| keep(&r.meta));
    }
}

fn forget_in<R: Record>(
    name: &'static str,
    items: &mut Vec<R>,
    cutoff: DateTime<Utc>,
    changed: &mut Vec<(&'static str, Id)>,
    pruned: &mut Vec<Pruned>,
) {
    items.retain_mut(|r| {
        let Some(deleted) = r.meta().deleted_at else {
            return true;
        };
        if deleted <= cutoff {
            pruned.push(Pruned(*r.id(), r.meta().updated_at));
            changed.push((name, *r.id()));
            return false;
        }
        let mut blank = r.clone();
        blank.clear_content();
        if blank != *r {
            *r = blank;
            changed.push((name, *r.id()));
        }
        true
    });
}

/// Union of two pruned lists (by id, the later deletion time), sorted by id.
fn merge_pruned(a: &[Pruned], b: &[Pruned]) -> Vec<Pruned> {
    let mut all: Vec<Pruned> = a.iter().chain(b).copied().collect();
    super::order::sort_by(&mut all, |p| (0, 0, p.0.as_u128()));
    let mut out: Vec<Pruned> = Vec::with_capacity(all.len());
    for p in all {
        match out.last_mut() {
            Some(last) if last.0 == p.0 => last.1 = last.1.max(p.1),
            _ => out.push(p),
        }
    }
    out
}

/// The stored and exported wrapper.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub app: String,
    pub schema: u32,
    pub saved_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    pub data: AppData,
}

impl Envelope {
    pub fn new(data: AppData, saved_at: DateTime<Utc>, app_version: Option<&str>) -> Envelope {
        Envelope {
            app: APP_TAG.into(),
            schema: SCHEMA,
            saved_at,
            app_version: app_version.map(str::to_string),
            data,
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain data to a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The envelope's JSON for `data`, written without copying the data.
/// (Backups are compact too: a pretty printer would compile the whole
/// serialiser a second time into the wasm.)
pub fn envelope_json(data: &AppData, saved_at: DateTime<Utc>, app_version: Option<&str>) -> String {
    #[derive(Serialize)]
    struct EnvelopeRef<'a> {
        app: &'a str,
        schema: u32,
        saved_at: DateTime<Utc>,
        #[serde(skip_serializing_if = "Option::is_none")]
        app_version: Option<&'a str>,
        data: &'a AppData,
    }
    let env = EnvelopeRef {
        app: APP_TAG,
        schema: SCHEMA,
        saved_at,
        app_version,
        data,
    };
    // Serialising plain data to a String cannot fail.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Why stored or imported text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (or cut short).
    NotJson,
    /// JSON, but not a Rebound file.
    NotRebound,
    /// Written by a newer Rebound than this one.
    Newer(u32),
    /// A Rebound file whose contents have the wrong shape; the text says where.
    Shape(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotJson => {
                f.write_str(crate::t!("This isn't a Rebound backup: it isn't readable JSON."))
            }
            DecodeError::NotRebound => {
                f.write_str(crate::t!("This file comes from another app, not Rebound."))
            }
            DecodeError::Newer(v) => f.write_str(&crate::tf!(
                "This was saved by a newer version of Rebound (data version {v}). Reload or update the app to open it.",
                v = v
            )),
            // (The detail in brackets is the decoder's own, in English.)
            DecodeError::Shape(why) => f.write_str(&crate::tf!(
                "This Rebound file is damaged or incomplete ({why}).",
                why = why
            )),
        }
    }
}

/// What [`decode`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub envelope: Envelope,
    /// The schema the text was written with (less than [`SCHEMA`] if migrated).
    pub from_schema: u32,
}

/// Reads an envelope of any known schema, migrating older ones.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    match decode_stored(text)? {
        Stored::Whole(d) => Ok(d),
        Stored::Head(_) => Err(DecodeError::Shape("no data".into())),
    }
}

/// The small main record of data stored in parts (schema 4 on): everything
/// but the records, which live under their own keys (see `store`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Head {
    pub app: String,
    pub schema: u32,
    pub saved_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_version: Option<String>,
    /// Changes with every save, so a tab can tell another tab's write from
    /// its own by reading this small record alone.
    #[serde(default)]
    pub rev: u64,
    /// Goes up with every *Replace everything*: a tab that sees a higher
    /// number takes the stored data as it is instead of merging its own
    /// copy back in.
    #[serde(default)]
    pub gen: u64,
    #[serde(default)]
    pub settings: Settings,
    /// Schema 4 kept the forgotten deletions here; from schema 5 they have
    /// a key of their own (`store::PRUNED_KEY`), written only when they
    /// change, instead of being rewritten with every save.
    #[serde(default)]
    pub pruned: Vec<Pruned>,
}

/// The JSON of a [`Head`], written without copying the settings.
pub fn head_json(
    data: &AppData,
    saved_at: DateTime<Utc>,
    app_version: Option<&str>,
    rev: u64,
    gen: u64,
) -> String {
    #[derive(Serialize)]
    struct HeadRef<'a> {
        app: &'a str,
        schema: u32,
        saved_at: DateTime<Utc>,
        #[serde(skip_serializing_if = "Option::is_none")]
        app_version: Option<&'a str>,
        rev: u64,
        #[serde(skip_serializing_if = "is_zero")]
        gen: u64,
        settings: &'a Settings,
    }
    fn is_zero(n: &u64) -> bool {
        *n == 0
    }
    let head = HeadRef {
        app: APP_TAG,
        schema: SCHEMA,
        saved_at,
        app_version,
        rev,
        gen,
        settings: &data.settings,
    };
    serde_json::to_string(&head).unwrap_or_default()
}

/// What the main storage key holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// A whole envelope with its data (schemas 1–3 in storage, or any backup).
    Whole(Decoded),
    /// The head of data stored in parts.
    Head(Head),
}

/// Just enough of a stored text to know what it is (the rest is skipped).
#[derive(Deserialize)]
struct Probe {
    app: Option<String>,
    schema: Option<u64>,
    data: Option<serde::de::IgnoredAny>,
}

/// Reads the main storage key (or a backup): either kind, any known schema.
///
/// Current-schema text is parsed straight into the typed records (the
/// generic JSON tree is slower to build and would compile every record type
/// a second time into the wasm); only older schemas go through a JSON tree,
/// for the migrations.
pub fn decode_stored(text: &str) -> Result<Stored, DecodeError> {
    let probe: Probe = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => DecodeError::NotRebound,
        _ => DecodeError::NotJson,
    })?;
    if probe.app.as_deref() != Some(APP_TAG) {
        return Err(DecodeError::NotRebound);
    }
    let from = probe
        .schema
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| DecodeError::Shape("no data version".into()))?;
    if from > SCHEMA {
        return Err(DecodeError::Newer(from));
    }
    let shape = |e: serde_json::Error| DecodeError::Shape(e.to_string());
    if probe.data.is_none() {
        // A head: its parts are migrated by the store once read (see
        // `migrate::upgrade_parts`); schemas before parts had no head.
        if from < FIRST_PARTS_SCHEMA {
            return Err(DecodeError::Shape("no data".into()));
        }
        return serde_json::from_str(text).map(Stored::Head).map_err(shape);
    }
    let envelope: Envelope = if from == SCHEMA {
        serde_json::from_str(text).map_err(shape)?
    } else {
        let mut value: Value = serde_json::from_str(text).map_err(|_| DecodeError::NotJson)?;
        let data = value
            .get_mut("data")
            .ok_or_else(|| DecodeError::Shape("no data".into()))?;
        for version in from..SCHEMA {
            super::migrate::migrate_step(version, data).map_err(DecodeError::Shape)?;
        }
        value["schema"] = Value::from(SCHEMA);
        serde_json::from_str(&value.to_string()).map_err(shape)?
    };
    Ok(Stored::Whole(Decoded {
        envelope,
        from_schema: from,
    }))
}

/// Data stored in parts by an older schema, read with this build's types:
/// what `migrate::migrate_step` does to JSON, done to the records (schema 4 → 5:
/// whole-record times become part times).
pub fn upgrade_parts(from: u32, data: &mut AppData) {
    use super::field_merge::stamp_old;
    if from < 5 {
        stamp_old(&mut data.applications);
        stamp_old(&mut data.journal);
        stamp_old(&mut data.goals);
    }
}

/// Picks the surviving version of one record: the later `updated_at`; on a
/// tie a deletion wins, then a fixed order of the content, so merging is
/// commutative.
fn newer<'a, R: Record>(a: &'a R, b: &'a R) -> &'a R {
    let (ma, mb) = (a.meta(), b.meta());
    match ma.updated_at.cmp(&mb.updated_at) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal => match (ma.deleted_at.is_some(), mb.deleted_at.is_some()) {
            (true, false) => a,
            (false, true) => b,
            (deleted, _) => {
                // Tombstones are compared as stored (content dropped), so a
                // copy that still holds text can't decide the tie.
                let json = |r: &R| {
                    if deleted {
                        let mut blank = r.clone();
                        blank.clear_content();
                        serde_json::to_string(&blank).unwrap_or_default()
                    } else {
                        serde_json::to_string(r).unwrap_or_default()
                    }
                };
                if json(a) >= json(b) {
                    a
                } else {
                    b
                }
            }
        },
    }
}

/// Record-by-record union of two collections; output in a canonical order
/// (creation time, then id) so equal inputs always give equal outputs.
pub fn merge_records<R: Record>(a: &[R], b: &[R]) -> Vec<R> {
    let mut all: Vec<&R> = a.iter().chain(b.iter()).collect();
    super::order::sort_by(&mut all, |r| (0, 0, r.id().as_u128()));
    let mut out: Vec<R> = Vec::with_capacity(all.len());
    let mut i = 0;
    while i < all.len() {
        let mut best = all[i];
        let mut j = i + 1;
        while j < all.len() && all[j].id() == best.id() {
            best = newer(best, all[j]);
            j += 1;
        }
        let mut kept = best.clone();
        if !kept.meta().is_live() {
            // A deletion keeps no content, whichever copy it came from.
            kept.clear_content();
        }
        out.push(kept);
        i = j;
    }
    canonical_order(&mut out);
    out
}

/// [`merge_records`] for records merged part by part (applications,
/// journal entries, goals). Of one record's copies, only those of its
/// latest life count (see `stamps::Stamps::life`): a deletion wins over
/// copies from before it, and an *Undo* after it over the deletion. The
/// copies of that life merge part by part. `conflicts` counts texts kept
/// from two devices for the first time.
pub fn merge_fielded<R: Fielded>(a: &[R], b: &[R], conflicts: &mut usize) -> Vec<R> {
    let mut all: Vec<&R> = a.iter().chain(b.iter()).collect();
    super::order::sort_by(&mut all, |r| (0, 0, r.id().as_u128()));
    let mut out: Vec<R> = Vec::with_capacity(all.len());
    let mut i = 0;
    while i < all.len() {
        let mut j = i + 1;
        while j < all.len() && all[j].id() == all[i].id() {
            j += 1;
        }
        out.push(merge_copies(&all[i..j], conflicts));
        i = j;
    }
    canonical_order(&mut out);
    out
}

fn merge_copies<R: Fielded>(copies: &[&R], conflicts: &mut usize) -> R {
    let life = copies.iter().map(|r| r.life()).max().unwrap_or(0);
    let latest = copies.iter().copied().filter(|r| r.life() == life);
    let dead: Vec<&R> = latest.clone().filter(|r| !r.meta().is_live()).collect();
    if let Some(first) = dead.first() {
        // A deletion at that time wins (it keeps no content).
        let mut kept = dead[1..].iter().fold(*first, |x, y| newer(x, y)).clone();
        kept.clear_content();
        return kept;
    }
    let mut live = latest;
    let first = live.next().map_or_else(|| copies[0].clone(), |r| r.clone());
    live.fold(first, |acc, r| {
        if acc == *r {
            acc
        } else {
            R::merge_parts(&acc, r, conflicts)
        }
    })
}

fn merge_settings(a: &Settings, b: &Settings) -> Settings {
    match a.updated_at.cmp(&b.updated_at) {
        std::cmp::Ordering::Greater => a.clone(),
        std::cmp::Ordering::Less => b.clone(),
        std::cmp::Ordering::Equal => {
            let (ja, jb) = (
                serde_json::to_string(a).unwrap_or_default(),
                serde_json::to_string(b).unwrap_or_default(),
            );
            if ja >= jb {
                a.clone()
            } else {
                b.clone()
            }
        }
    }
}

/// What a tab changed since it last saved (at `since`), as far as it still
/// matters after another tab replaced everything with `theirs`: the records
/// made here since, and the edits since to records `theirs` still has (and
/// the settings, if they changed). A record the replace dropped comes back
/// only if it is new here: an older one touched since (a plan step ticked
/// by itself, say) stays gone, as the replace asked. Merged into `theirs`,
/// this adds the change and nothing older.
pub fn changed_since(d: &AppData, theirs: &AppData, since: DateTime<Utc>) -> AppData {
    fn newer<R: Record>(items: &[R], theirs: &[R], since: DateTime<Utc>) -> Vec<R> {
        use std::collections::HashSet;
        let kept: HashSet<&Id> = theirs.iter().map(|r| r.id()).collect();
        items
            .iter()
            .filter(|r| {
                let m = r.meta();
                m.created_at >= since || (m.updated_at >= since && kept.contains(r.id()))
            })
            .cloned()
            .collect()
    }
    AppData {
        applications: newer(&d.applications, &theirs.applications, since),
        journal: newer(&d.journal, &theirs.journal, since),
        goals: newer(&d.goals, &theirs.goals, since),
        progress: newer(&d.progress, &theirs.progress, since),
        activities: newer(&d.activities, &theirs.activities, since),
        checkins: newer(&d.checkins, &theirs.checkins, since),
        // Default settings never win a merge (no change time).
        settings: if d.settings.updated_at.is_some_and(|t| t >= since) {
            d.settings.clone()
        } else {
            Settings::default()
        },
        pruned: Vec::new(),
    }
}

/// Whether [`changed_since`] found anything worth keeping.
pub fn has_changes(d: &AppData) -> bool {
    d.record_count() > 0 || d.settings.updated_at.is_some()
}

/// Merges two copies of the data (two tabs, or a backup into this device).
pub fn merge(a: &AppData, b: &AppData) -> AppData {
    merge_counting(a, b).0
}

/// [`merge`], with how many texts it kept from both copies because each
/// was changed on its own since they last agreed.
pub fn merge_counting(a: &AppData, b: &AppData) -> (AppData, usize) {
    let mut conflicts = 0;
    let mut m = AppData {
        applications: merge_fielded(&a.applications, &b.applications, &mut conflicts),
        journal: merge_fielded(&a.journal, &b.journal, &mut conflicts),
        goals: merge_fielded(&a.goals, &b.goals, &mut conflicts),
        progress: merge_records(&a.progress, &b.progress),
        activities: merge_records(&a.activities, &b.activities),
        checkins: merge_records(&a.checkins, &b.checkins),
        settings: merge_settings(&a.settings, &b.settings),
        pruned: if a.pruned == b.pruned {
            a.pruned.clone()
        } else {
            merge_pruned(&a.pruned, &b.pruned)
        },
    };
    m.drop_pruned();
    (m, conflicts)
}

/// Puts collections in canonical order (what [`merge`] produces), so a
/// freshly loaded copy compares equal to a merged one. Data we saved
/// ourselves is already canonical, and is returned as it is.
pub fn normalise(data: &AppData) -> AppData {
    normalised(data.clone())
}

/// [`normalise`] for data we own (loading, importing): canonical data is
/// handed back without a copy.
pub fn normalised(data: AppData) -> AppData {
    if is_canonical(&data.applications)
        && is_canonical(&data.journal)
        && is_canonical(&data.goals)
        && is_canonical(&data.progress)
        && is_canonical(&data.activities)
        && is_canonical(&data.checkins)
        && tombstones_are_blank(&data.applications)
        && tombstones_are_blank(&data.journal)
        && tombstones_are_blank(&data.goals)
        && tombstones_are_blank(&data.progress)
        && tombstones_are_blank(&data.activities)
        && tombstones_are_blank(&data.checkins)
        && pruned_is_canonical(&data)
    {
        return data;
    }
    merge(&data, &AppData::default_like(&data))
}

/// Sorts by (creation time, id): the order every collection is kept in.
fn canonical_order<R: Record>(items: &mut Vec<R>) {
    super::order::sort_by(items, |r| {
        (super::order::ms(r.meta().created_at), 0, r.id().as_u128())
    });
}

/// Puts one collection in canonical order in place (loading concatenates
/// stored parts, which are each canonical). Only when an id appears twice is
/// the slower merge needed.
pub fn canonicalise<R: Record>(items: &mut Vec<R>) {
    if is_canonical(items) {
        return;
    }
    canonical_order(items);
    if !is_canonical(items) {
        *items = merge_records(items, &[]);
    }
}

/// The pruned list sorted by id with no id twice, and no record it drops.
fn pruned_is_canonical(data: &AppData) -> bool {
    if data.pruned.is_empty() {
        return true;
    }
    let sorted = data.pruned.windows(2).all(|w| w[0].0 < w[1].0);
    sorted && {
        let mut dropped = data.clone();
        dropped.drop_pruned();
        dropped.record_count() == data.record_count()
    }
}

/// Whether every deleted record already dropped its content.
fn tombstones_are_blank<R: Record>(items: &[R]) -> bool {
    items.iter().filter(|r| !r.meta().is_live()).all(|r| {
        let mut blank = r.clone();
        blank.clear_content();
        blank == *r
    })
}

/// Sorted by (creation time, id), and no id twice.
fn is_canonical<R: Record>(items: &[R]) -> bool {
    let sorted = items
        .windows(2)
        .all(|w| (w[0].meta().created_at, w[0].id()) < (w[1].meta().created_at, w[1].id()));
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    sorted && items.iter().all(|r| seen.insert(*r.id()))
}

impl AppData {
    /// Empty collections with the same settings: the neutral element of merge.
    fn default_like(other: &AppData) -> AppData {
        AppData {
            settings: other.settings.clone(),
            ..AppData::default()
        }
    }
}

/// What an import would change, counted before anything is touched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergePreview {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub settings_changed: bool,
    /// Texts changed on both sides since they last agreed: both are kept.
    pub both_kept: usize,
}

/// (Looked up by id: two years of records against a two-year backup were
/// ten million comparisons with a search per record.)
fn preview_records<R: Record>(current: &[R], incoming: &[R], merged: &[R], p: &mut MergePreview) {
    use std::collections::HashMap;
    let now: HashMap<&Id, &R> = current.iter().map(|c| (c.id(), c)).collect();
    let after: HashMap<&Id, &R> = merged.iter().map(|c| (c.id(), c)).collect();
    for r in incoming {
        match (now.get(r.id()), after.get(r.id())) {
            (None, Some(_)) => p.added += 1,
            (Some(c), Some(m)) if c != m => p.updated += 1,
            _ => p.unchanged += 1,
        }
    }
}

/// What merging `incoming` into `current` would do, by running the merge.
pub fn preview_merge(current: &AppData, incoming: &AppData) -> MergePreview {
    let (m, both_kept) = merge_counting(current, incoming);
    let mut p = MergePreview {
        both_kept,
        ..MergePreview::default()
    };
    preview_records(
        &current.applications,
        &incoming.applications,
        &m.applications,
        &mut p,
    );
    preview_records(&current.journal, &incoming.journal, &m.journal, &mut p);
    preview_records(&current.goals, &incoming.goals, &m.goals, &mut p);
    preview_records(&current.progress, &incoming.progress, &m.progress, &mut p);
    preview_records(
        &current.activities,
        &incoming.activities,
        &m.activities,
        &mut p,
    );
    preview_records(&current.checkins, &incoming.checkins, &m.checkins, &mut p);
    p.settings_changed = m.settings != current.settings;
    p
}
