//! What a toast's **Undo** takes back, and how: a deletion comes back as a
//! newer change (so it wins merges), logged progress comes off this
//! device's own week record first.

use chrono::{DateTime, NaiveDate, Utc};

use super::checkin::CheckIn;
use super::data::AppData;
use super::goals::{add_progress, remove_progress, Goal};
use super::journal::JournalEntry;
use super::proof::Activity;
use super::record::{restore, Id};
use super::rejection::Application;

/// Something the person can undo from a toast.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// A deletion, with the record as it was (its tombstone keeps no content).
    Application(Box<Application>),
    Journal(Box<JournalEntry>),
    Goal(Box<Goal>),
    /// A deleted work-search activity (proof of search).
    Activity(Box<Activity>),
    /// A deleted "How are you feeling?" check-in.
    CheckIn(Box<CheckIn>),
    /// Applications closed just now (one, or all that had gone quiet), as
    /// they were before: put back as a newer change.
    Reopen(Vec<Application>),
    /// Progress just logged (taken back off that day).
    Progress {
        goal: Id,
        date: NaiveDate,
        amount: u32,
    },
    /// Progress just removed (put back).
    Unremove {
        goal: Id,
        date: NaiveDate,
        amount: u32,
    },
}

/// Takes `what` back in `d`, as a change made `now` on `device`.
pub fn apply(d: &mut AppData, what: &Undo, now: DateTime<Utc>, device: u128) {
    match what {
        Undo::Application(copy) => {
            restore(&mut d.applications, copy, now);
        }
        Undo::Journal(copy) => {
            restore(&mut d.journal, copy, now);
        }
        Undo::Goal(copy) => {
            restore(&mut d.goals, copy, now);
        }
        Undo::Activity(copy) => {
            restore(&mut d.activities, copy, now);
        }
        Undo::CheckIn(copy) => {
            restore(&mut d.checkins, copy, now);
        }
        Undo::Reopen(copies) => {
            for copy in copies {
                super::field_merge::edit(&mut d.applications, &copy.meta.id, now, device, |a| {
                    let (meta, s) = (a.meta.clone(), std::mem::take(&mut a.s));
                    *a = copy.clone();
                    a.meta = meta;
                    a.s = s;
                });
            }
        }
        Undo::Progress { goal, date, amount } => {
            remove_progress(&mut d.progress, goal, *date, *amount, device, now)
        }
        Undo::Unremove { goal, date, amount } => {
            add_progress(&mut d.progress, *goal, *date, *amount, "", device, now);
        }
    }
}
