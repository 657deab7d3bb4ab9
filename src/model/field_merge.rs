//! Records merged part by part (see [`super::stamps`]): an application's
//! plan ticks, step notes, reflection answers, reasons, notes and feedback
//! fields, a journal entry's text, a goal's settings. And the one way every
//! edit is made ([`edit`]), which stamps the parts it changed.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::feedback::FeedbackRequest;
use super::goals::Goal;
use super::journal::JournalEntry;
use super::record::{Id, Record};
use super::rejection::{Application, Contact};
use super::stamps::{merge_text, pick, writer_of, Side, Stamps, TextStamp};

/// A record whose parts are stamped and merged one by one.
pub trait Fielded: Record {
    fn stamps(&self) -> &Stamps;
    fn stamps_mut(&mut self) -> &mut Stamps;
    /// Stamps every part that differs between `before` and `self`.
    fn stamp_changes(&mut self, before: &Self, now: DateTime<Utc>, writer: u32);
    /// Two live copies of one record (of one life), part by part;
    /// `conflicts` counts the texts kept from both copies for the first time.
    fn merge_parts(a: &Self, b: &Self, conflicts: &mut usize) -> Self;
    /// What follows from an edit, before it is stamped (an application's
    /// plan ticks the steps whose action the edit completed).
    fn after_edit(&mut self, _before: &Self) {}
}

/// Applies `f` to the live record `id`, then stamps what it changed (and
/// moves the record's time forward). The one way records are edited, so
/// no edit escapes the merge. Returns whether the record was there.
pub fn edit<R: Fielded>(
    items: &mut [R],
    id: &Id,
    now: DateTime<Utc>,
    device: u128,
    f: impl FnOnce(&mut R),
) -> bool {
    let Some(r) = items
        .iter_mut()
        .find(|r| r.id() == id && r.meta().is_live())
    else {
        return false;
    };
    let before = r.clone();
    f(r);
    r.after_edit(&before);
    if *r == before {
        return true;
    }
    r.meta_mut().touch(now);
    let at = r.meta().updated_at;
    r.stamp_changes(&before, at, writer_of(device));
    true
}

/// Builds a merged record's stamps while its parts are picked.
pub(crate) struct Merger<'a> {
    a: &'a Stamps,
    b: &'a Stamps,
    ca: i64,
    cb: i64,
    out: Stamps,
    created: i64,
    conflicts: &'a mut usize,
}

impl<'a> Merger<'a> {
    pub(crate) fn new<R: Fielded>(a: &'a R, b: &'a R, conflicts: &'a mut usize) -> Merger<'a> {
        let ms = |t: DateTime<Utc>| t.timestamp_millis();
        let (ma, mb) = (a.meta(), b.meta());
        Merger {
            a: a.stamps(),
            b: b.stamps(),
            ca: ms(ma.created_at),
            cb: ms(mb.created_at),
            out: Stamps {
                base: a.stamps().base.max(b.stamps().base),
                life: a.stamps().life.max(b.stamps().life),
                ..Stamps::default()
            },
            created: ms(ma.created_at.min(mb.created_at)),
            conflicts,
        }
    }

    fn side<'v, T>(&self, first: bool, value: &'v T) -> Side<'v, T>
    where
        'a: 'v,
    {
        if first {
            Side {
                value,
                stamps: self.a,
                created: self.ca,
            }
        } else {
            Side {
                value,
                stamps: self.b,
                created: self.cb,
            }
        }
    }

    /// Records a part's time where it differs from the record's base.
    fn note(&mut self, part: &str, at: i64) {
        let default = if self.out.base == 0 {
            self.created
        } else {
            self.out.base
        };
        if at != default {
            self.out.at.insert(part.to_string(), at);
        }
    }

    /// A part merged by its time (the later change wins).
    pub(crate) fn lww<T: Clone + PartialEq + Serialize>(&mut self, part: &str, a: &T, b: &T) -> T {
        let (v, at) = pick(part, self.side(true, a), self.side(false, b));
        self.note(part, at);
        v
    }

    /// A text part (both kept if written on two devices since they agreed).
    pub(crate) fn text(&mut self, part: &str, a: &String, b: &String) -> String {
        let was = self.a.in_conflict(part) || self.b.in_conflict(part);
        let m = merge_text(part, self.side(true, a), self.side(false, b));
        self.note(part, m.at);
        if m.stamp.is_conflict() && !was {
            *self.conflicts += 1;
        }
        if m.stamp != TextStamp::default() {
            self.out.texts.insert(part.to_string(), m.stamp);
        }
        m.text
    }

    pub(crate) fn finish(self) -> Stamps {
        self.out
    }
}

/// Stamps a part of `after` that differs from `before`.
fn stamp_if<T: PartialEq>(s: &mut Stamps, part: &str, before: &T, after: &T, now: DateTime<Utc>) {
    if before != after {
        s.set(part, now);
    }
}

fn stamp_text(
    s: &mut Stamps,
    part: &str,
    before: &str,
    after: &str,
    now: DateTime<Utc>,
    writer: u32,
) {
    if before != after {
        s.set_text(part, now, writer);
    }
}

/// The plan's shape (which steps, in which order, with which own words):
/// one part; each step's tick and note are parts of their own.
fn plan_shape(a: &Application) -> Vec<(String, Option<String>)> {
    a.plan
        .iter()
        .map(|s| (s.key.clone(), s.text.clone()))
        .collect()
}

/// The pause and the day it was chosen change together.
fn pause(a: &Application) -> (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) {
    (a.pause_until, a.pause_chosen)
}

fn step<'x>(a: &'x Application, key: &str) -> Option<&'x super::recovery::PlanStep> {
    a.plan.iter().find(|s| s.key == key)
}

impl Fielded for Application {
    fn stamps(&self) -> &Stamps {
        &self.s
    }

    fn stamps_mut(&mut self) -> &mut Stamps {
        &mut self.s
    }

    fn after_edit(&mut self, before: &Application) {
        self.follow_actions(before);
    }

    fn stamp_changes(&mut self, b: &Application, now: DateTime<Utc>, w: u32) {
        let mut s = std::mem::take(&mut self.s);
        stamp_if(&mut s, "company", &b.company, &self.company, now);
        stamp_if(&mut s, "role", &b.role, &self.role, now);
        stamp_if(&mut s, "stage", &b.stage, &self.stage, now);
        stamp_if(&mut s, "outcome", &b.outcome, &self.outcome, now);
        stamp_if(&mut s, "applied", &b.applied_on, &self.applied_on, now);
        stamp_if(&mut s, "closed", &b.closed_on, &self.closed_on, now);
        stamp_if(&mut s, "via", &b.arrived_via, &self.arrived_via, now);
        stamp_text(&mut s, "notes", &b.notes, &self.notes, now, w);
        stamp_if(&mut s, "reasons", &b.reasons, &self.reasons, now);
        stamp_if(&mut s, "pause", &pause(b), &pause(self), now);
        stamp_if(
            &mut s,
            "contact.name",
            &b.contact.name,
            &self.contact.name,
            now,
        );
        stamp_if(
            &mut s,
            "contact.email",
            &b.contact.email,
            &self.contact.email,
            now,
        );
        stamp_if(&mut s, "plan", &plan_shape(b), &plan_shape(self), now);
        for st in &self.plan {
            let old = step(b, &st.key);
            let (done, note) = old.map_or((false, ""), |o| (o.done, o.note.as_str()));
            stamp_if(&mut s, &format!("p.{}.d", st.key), &done, &st.done, now);
            stamp_text(&mut s, &format!("p.{}.n", st.key), note, &st.note, now, w);
        }
        let mut keys: Vec<&str> = self.reflections.iter().map(|(k, _)| k.as_str()).collect();
        keys.extend(b.reflections.iter().map(|(k, _)| k.as_str()));
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            stamp_text(
                &mut s,
                &format!("r.{k}"),
                b.reflection(k),
                self.reflection(k),
                now,
                w,
            );
        }
        let (fb, fa) = (
            b.feedback.clone().unwrap_or_default(),
            self.feedback.clone().unwrap_or_default(),
        );
        stamp_if(&mut s, "fb.draft", &fb.draft, &fa.draft, now);
        stamp_if(&mut s, "fb.sent", &fb.sent_on, &fa.sent_on, now);
        stamp_if(&mut s, "fb.nudged", &fb.nudged_on, &fa.nudged_on, now);
        stamp_if(&mut s, "fb.reply_on", &fb.reply_on, &fa.reply_on, now);
        stamp_text(&mut s, "fb.reply", &fb.reply, &fa.reply, now, w);
        stamp_if(&mut s, "fb.themes", &fb.themes, &fa.themes, now);
        stamp_if(&mut s, "proof", &b.proof, &self.proof, now);
        self.s = s;
    }

    fn merge_parts(a: &Application, b: &Application, conflicts: &mut usize) -> Application {
        let mut m = Merger::new(a, b, conflicts);
        let mut out = Application::blank(merged_meta(a, b));
        out.company = m.lww("company", &a.company, &b.company);
        out.role = m.lww("role", &a.role, &b.role);
        out.stage = m.lww("stage", &a.stage, &b.stage);
        out.outcome = m.lww("outcome", &a.outcome, &b.outcome);
        out.applied_on = m.lww("applied", &a.applied_on, &b.applied_on);
        out.closed_on = m.lww("closed", &a.closed_on, &b.closed_on);
        out.arrived_via = m.lww("via", &a.arrived_via, &b.arrived_via);
        out.notes = m.text("notes", &a.notes, &b.notes);
        out.reasons = m.lww("reasons", &a.reasons, &b.reasons);
        (out.pause_until, out.pause_chosen) = m.lww("pause", &pause(a), &pause(b));
        out.contact = Contact {
            name: m.lww("contact.name", &a.contact.name, &b.contact.name),
            email: m.lww("contact.email", &a.contact.email, &b.contact.email),
        };
        let shape = m.lww("plan", &plan_shape(a), &plan_shape(b));
        out.plan = shape
            .into_iter()
            .map(|(key, text)| {
                let (sa, sb) = (step(a, &key), step(b, &key));
                let done = |s: Option<&super::recovery::PlanStep>| s.is_some_and(|s| s.done);
                let note = |s: Option<&super::recovery::PlanStep>| {
                    s.map(|s| s.note.clone()).unwrap_or_default()
                };
                let d = m.lww(&format!("p.{key}.d"), &done(sa), &done(sb));
                let n = m.text(&format!("p.{key}.n"), &note(sa), &note(sb));
                super::recovery::PlanStep {
                    key,
                    text,
                    done: d,
                    note: n,
                }
            })
            .collect();
        // (An answer emptied keeps its stamp, so the emptying wins too.)
        let stamped = |s: &Stamps| -> Vec<String> {
            s.at.keys()
                .filter_map(|k| k.strip_prefix("r.").map(String::from))
                .collect()
        };
        let mut keys: Vec<String> = a
            .reflections
            .iter()
            .chain(&b.reflections)
            .map(|(k, _)| k.clone())
            .collect();
        keys.extend(stamped(&a.s));
        keys.extend(stamped(&b.s));
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            let text = m.text(
                &format!("r.{k}"),
                &a.reflection(&k).to_string(),
                &b.reflection(&k).to_string(),
            );
            if !text.trim().is_empty() {
                out.reflections.push((k, text));
            }
        }
        let (fa, fb) = (
            a.feedback.clone().unwrap_or_default(),
            b.feedback.clone().unwrap_or_default(),
        );
        let f = FeedbackRequest {
            draft: m.lww("fb.draft", &fa.draft, &fb.draft),
            sent_on: m.lww("fb.sent", &fa.sent_on, &fb.sent_on),
            nudged_on: m.lww("fb.nudged", &fa.nudged_on, &fb.nudged_on),
            reply_on: m.lww("fb.reply_on", &fa.reply_on, &fb.reply_on),
            reply: m.text("fb.reply", &fa.reply, &fb.reply),
            themes: m.lww("fb.themes", &fa.themes, &fb.themes),
        };
        out.feedback = (f != FeedbackRequest::default()).then_some(f);
        out.proof = m.lww("proof", &a.proof, &b.proof);
        out.s = m.finish();
        out
    }
}

impl Fielded for JournalEntry {
    fn stamps(&self) -> &Stamps {
        &self.s
    }

    fn stamps_mut(&mut self) -> &mut Stamps {
        &mut self.s
    }

    fn stamp_changes(&mut self, b: &JournalEntry, now: DateTime<Utc>, w: u32) {
        let mut s = std::mem::take(&mut self.s);
        stamp_if(&mut s, "kind", &b.kind, &self.kind, now);
        stamp_text(&mut s, "text", &b.text, &self.text, now, w);
        stamp_if(&mut s, "date", &b.date, &self.date, now);
        stamp_if(&mut s, "tag", &b.tag, &self.tag, now);
        stamp_if(&mut s, "from", &b.from, &self.from, now);
        self.s = s;
    }

    fn merge_parts(a: &JournalEntry, b: &JournalEntry, conflicts: &mut usize) -> JournalEntry {
        let mut m = Merger::new(a, b, conflicts);
        let kind = m.lww("kind", &a.kind, &b.kind);
        let text = m.text("text", &a.text, &b.text);
        let date = m.lww("date", &a.date, &b.date);
        let tag = m.lww("tag", &a.tag, &b.tag);
        let from = m.lww("from", &a.from, &b.from);
        JournalEntry {
            meta: merged_meta(a, b),
            kind,
            text,
            date,
            tag,
            from,
            s: m.finish(),
        }
    }
}

impl Fielded for Goal {
    fn stamps(&self) -> &Stamps {
        &self.s
    }

    fn stamps_mut(&mut self) -> &mut Stamps {
        &mut self.s
    }

    fn stamp_changes(&mut self, b: &Goal, now: DateTime<Utc>, _w: u32) {
        let mut s = std::mem::take(&mut self.s);
        stamp_if(&mut s, "title", &b.title, &self.title, now);
        stamp_if(&mut s, "target", &b.target, &self.target, now);
        stamp_if(&mut s, "unit", &b.unit, &self.unit, now);
        stamp_if(&mut s, "auto", &b.auto_count, &self.auto_count, now);
        stamp_if(&mut s, "ends", &b.ends_on, &self.ends_on, now);
        stamp_if(&mut s, "archived", &b.archived, &self.archived, now);
        stamp_if(
            &mut s,
            "completed",
            &b.completed_on,
            &self.completed_on,
            now,
        );
        stamp_if(&mut s, "rest", &b.rest_weeks, &self.rest_weeks, now);
        self.s = s;
    }

    fn merge_parts(a: &Goal, b: &Goal, conflicts: &mut usize) -> Goal {
        let mut m = Merger::new(a, b, conflicts);
        let title = m.lww("title", &a.title, &b.title);
        let target = m.lww("target", &a.target, &b.target);
        let unit = m.lww("unit", &a.unit, &b.unit);
        let auto_count = m.lww("auto", &a.auto_count, &b.auto_count);
        let ends_on = m.lww("ends", &a.ends_on, &b.ends_on);
        let archived = m.lww("archived", &a.archived, &b.archived);
        let completed_on = m.lww("completed", &a.completed_on, &b.completed_on);
        let rest_weeks = m.lww("rest", &a.rest_weeks, &b.rest_weeks);
        Goal {
            meta: merged_meta(a, b),
            title,
            target,
            unit,
            auto_count,
            ends_on,
            archived,
            completed_on,
            rest_weeks,
            s: m.finish(),
        }
    }
}

/// Two live copies' identity: the earlier creation, the later change.
fn merged_meta<R: Record>(a: &R, b: &R) -> super::record::Meta {
    let (ma, mb) = (a.meta(), b.meta());
    super::record::Meta {
        id: ma.id,
        created_at: ma.created_at.min(mb.created_at),
        updated_at: ma.updated_at.max(mb.updated_at),
        deleted_at: None,
    }
}

/// Schema 5: records written before part stamps carry their whole-record
/// time as the time of every part (what the old merge compared).
pub fn stamp_old<R: Fielded>(items: &mut [R]) {
    for r in items {
        let (c, u) = (r.meta().created_at, r.meta().updated_at);
        if r.stamps().is_empty() && u != c {
            r.stamps_mut().base = u.timestamp_millis();
        }
    }
}
