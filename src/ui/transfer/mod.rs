//! *Send to my other device* and *Receive from my other device*: bringing a
//! phone and a laptop in step with no server, by an animated run of QR
//! codes one screen shows and the other's camera reads, or as a file. The
//! rules (package, sealing, the fountain code, QR, peers) are in
//! `model::transfer`; this is the screens and their glue.
//!
//! - [`card`]: the Settings card with both actions and when they were last used;
//! - [`send`]: the package, its code, the codes on screen, the file;
//! - [`receive`]: camera or file, the code, the preview, the merge;
//! - [`camera`]: the camera reader (its QR decoder is a part of its own);
//! - [`seal`]: sealing and opening (WebCrypto, CompressionStream);
//! - [`peers`]: what this device remembers of the other (device-local).
//!
//! Both pages are one part of the app (`transfer`, see `ui::pages`), so a
//! first visit never downloads any of it; the QR decoder (rqrr, the largest
//! piece) is a part within it (`camera`), fetched when the camera opens.

mod camera;
mod card;
mod peers;
mod qr_view;
mod receive;
mod seal;
mod send;

use std::cell::RefCell;

pub use card::DevicesCard;
pub use receive::ReceivePage;
pub use send::SendPage;

/// Where the two pages are.
pub const SEND_PATH: &str = "/settings/send";
pub const RECEIVE_PATH: &str = "/settings/receive";

/// The file's type: a transfer file is JSON, so Settings' Import backup and
/// the installed app's file handler take it too.
const MIME: &str = "application/json";

thread_local! {
    /// A transfer file chosen, dropped or launched in Settings, on its way
    /// to the receive page (kept in the app, never in the address).
    static HANDED: RefCell<Option<(String, Vec<u8>)>> = const { RefCell::new(None) };
}

/// A transfer file that reached Settings (Import backup, a drop, the
/// installed app's file handler) goes to the receive page, which asks for
/// its code.
pub fn receive_file(name: String, bytes: Vec<u8>) {
    HANDED.with_borrow_mut(|h| *h = Some((name, bytes)));
    crate::ui::router::navigate(RECEIVE_PATH);
}

/// The file [`receive_file`] handed over, taken once.
fn take_handed() -> Option<(String, Vec<u8>)> {
    HANDED.with_borrow_mut(Option::take)
}

/// "18 applications, 20 journal entries, 5 goals and 3 other records" of
/// what a package holds (deletions counted apart).
fn contents(d: &crate::model::data::AppData) -> String {
    use crate::model::record::Record;
    fn split<R: Record>(items: &[R]) -> (usize, usize) {
        let live = items.iter().filter(|r| r.meta().is_live()).count();
        (live, items.len() - live)
    }
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    let (apps, apps_gone) = split(&d.applications);
    let (journal, journal_gone) = split(&d.journal);
    let (goals, goals_gone) = split(&d.goals);
    let (progress, progress_gone) = split(&d.progress);
    let (activities, activities_gone) = split(&d.activities);
    let (checkins, checkins_gone) = split(&d.checkins);
    let other = progress + activities + checkins;
    let gone =
        apps_gone + journal_gone + goals_gone + progress_gone + activities_gone + checkins_gone;
    let mut parts: Vec<String> = [
        (apps, "application", "applications"),
        (journal, "journal entry", "journal entries"),
        (goals, "goal", "goals"),
        (
            other,
            "other record (progress, activities, check-ins)",
            "other records (progress, activities, check-ins)",
        ),
        (gone, "deletion", "deletions"),
    ]
    .into_iter()
    .filter(|(count, _, _)| *count > 0)
    .map(|(count, one, many)| n(count, one, many))
    .collect();
    match parts.len() {
        0 => "no records".into(),
        1 => parts.remove(0),
        _ => {
            let last = parts.pop().unwrap_or_default();
            format!("{} and {last}", parts.join(", "))
        }
    }
}

/// What the person can do when the camera can't be used.
const USE_A_FILE: &str = "Or use a file: on your other device, choose Share the file or Download the file, then open it here with Open a transfer file.";
