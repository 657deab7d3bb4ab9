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
    let (apps, apps_gone) = split(&d.applications);
    let (journal, journal_gone) = split(&d.journal);
    let (goals, goals_gone) = split(&d.goals);
    let (progress, progress_gone) = split(&d.progress);
    let (activities, activities_gone) = split(&d.activities);
    let (checkins, checkins_gone) = split(&d.checkins);
    let other = progress + activities + checkins;
    let gone =
        apps_gone + journal_gone + goals_gone + progress_gone + activities_gone + checkins_gone;
    let mut parts: Vec<String> = Vec::new();
    if apps > 0 {
        parts.push(crate::tp!(apps, "1 application", "{n} applications"));
    }
    if journal > 0 {
        parts.push(crate::tp!(
            journal,
            "1 journal entry",
            "{n} journal entries"
        ));
    }
    if goals > 0 {
        parts.push(crate::tp!(goals, "1 goal", "{n} goals"));
    }
    if other > 0 {
        parts.push(crate::tp!(
            other,
            "1 other record (progress, activities, check-ins)",
            "{n} other records (progress, activities, check-ins)"
        ));
    }
    if gone > 0 {
        parts.push(crate::tp!(gone, "1 deletion", "{n} deletions"));
    }
    if parts.is_empty() {
        crate::t!("no records").into()
    } else {
        listed(parts)
    }
}

/// "a, b and c" (one item as it is).
fn listed(mut parts: Vec<String>) -> String {
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        last
    } else {
        crate::tf!("{list} and {last}", list = parts.join(", "), last = last)
    }
}

/// A whole sentence whose `{name}` placeholders are shown in bold (the
/// names of buttons), so no sentence is cut around them in any language.
fn bold(template: &str, names: &[(&str, &'static str)]) -> Vec<leptos::prelude::AnyView> {
    use leptos::prelude::*;
    let mut out: Vec<AnyView> = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let name = &after[..close];
        match names.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                if open > 0 {
                    out.push(rest[..open].to_string().into_any());
                }
                let v: &'static str = v;
                out.push(view! { <strong>{v}</strong> }.into_any());
            }
            None => out.push(rest[..open + close + 2].to_string().into_any()),
        }
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(rest.to_string().into_any());
    }
    out
}

/// What the person can do when the camera can't be used.
const USE_A_FILE: crate::lang::Text = crate::tk!("Or use a file: on your other device, choose Share the file or Download the file, then open it here with Open a transfer file.");
