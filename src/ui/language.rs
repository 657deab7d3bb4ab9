//! Changing language at once, with no reload: the pack and the browser's
//! formatting are a part of the app of their own (fetched when a language
//! other than English is chosen, or asked for by the browser), the choice is
//! kept on this device, and the whole view is built again in the new words.
//!
//! A pack is two files ([`PackFile`]): at start only the first holds the
//! app back; the second (the other pages' words) follows by itself
//! ([`more_later`]).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::lang::{Lang, Pack, PackFile};
use crate::platform;
use crate::ui::state::AppState;

type PackFuture = Pin<Box<dyn Future<Output = Result<&'static Pack, String>>>>;

/// Both of a pack's files, side by side (a choice in Settings).
#[wasm_split(lang, fallible)]
fn split_pack(lang: Lang) -> Result<PackFuture, SplitLoaderError> {
    Ok(Box::pin(platform::lang::whole_pack(lang)))
}

/// The second file, joined into the pack in use once it is here (it is
/// fetched beside the pages part, which is far bigger, so it is nearly
/// always here before any page that shows its words). A page from those
/// parts opened meanwhile is built again in the whole words; Today and the
/// log form use none of them, so they keep what is typed. Not here
/// (offline, never fetched): those pages show those texts in English until
/// a start that brings the file.
async fn more_later(first: &'static Pack) {
    let Ok(whole) = platform::lang::with_more(first).await else {
        return;
    };
    // Unless another language was chosen meanwhile (it came whole).
    if !crate::lang::current().is_some_and(|p| std::ptr::eq(p, first)) {
        return;
    }
    crate::lang::set(Some(whole));
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let first_screen = matches!(
        crate::ui::router::page_for(&path),
        crate::ui::router::Page::Today | crate::ui::router::Page::NewRejection
    );
    if let Some(app) = AppState::current().filter(|_| !first_screen) {
        app.lang.set(first.lang);
    }
}

/// The whole pack for `lang` (`None` for English), for Settings: itself a
/// page that shows the second file's words.
pub async fn load(lang: Lang) -> Result<Option<&'static Pack>, String> {
    if lang == Lang::En {
        return Ok(None);
    }
    match split_pack(lang).await {
        Ok(fetch) => fetch.await.map(Some),
        Err(_) => Err(crate::t!("this part of Rebound couldn't be fetched (offline?)").to_string()),
    }
}

/// Puts a loaded language in use: words, `<html lang>`, and the view.
pub fn apply(app: Option<AppState>, lang: Lang, pack: Option<&'static Pack>) {
    crate::lang::set(pack);
    platform::lang::set_document_lang(lang);
    if let Some(app) = app {
        app.lang.set(lang);
    }
}

/// The person chose a language in Settings.
pub fn choose(app: AppState, lang: Lang) {
    leptos::task::spawn_local(async move {
        match load(lang).await {
            Ok(pack) => {
                platform::lang::remember(lang);
                apply(Some(app), lang, pack);
                crate::ui::widgets::focus_soon("language");
            }
            Err(why) => app.notify(
                crate::tf!(
                    "{lang} couldn't be loaded just now: {why}. Nothing else changed; try again when you're online.",
                    lang = lang.own_name(),
                    why = why
                ),
                None,
            ),
        }
    });
}

/// At start: the language this device asks for, before the app appears
/// (the static frame stays meanwhile), then `mount`. A slow fetch doesn't
/// hold the app back: after a moment it opens in English and switches when
/// the words arrive (nor does a slow language part). All but the English
/// check and that moment's timer is in the language part ([`split_start`]),
/// which an English start never fetches; the language itself is read by
/// index.html's first script ([`platform::lang::preferred`]): so the main
/// module, every first visit's download, carries next to none of it.
pub fn start(mount: fn()) {
    let lang = platform::lang::preferred();
    if lang == Lang::En {
        mount();
        return;
    }
    set_timeout(
        move || mount_once(mount),
        std::time::Duration::from_millis(2500),
    );
    // Not Leptos' spawner: it starts with the app, and this runs before.
    wasm_bindgen_futures::spawn_local(async move {
        match split_start(lang, mount).await {
            Ok(run) => run.await,
            Err(_) => mount_once(mount),
        }
    });
}

thread_local! {
    /// The app is up (by the words, or by the moment passing first).
    static MOUNTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Mounts the app unless it is up already.
fn mount_once(mount: fn()) {
    if !MOUNTED.replace(true) {
        mount();
    }
}

type Started = Pin<Box<dyn Future<Output = ()>>>;

/// The start in `lang`, in the language part: its first file, then the
/// app (or, if the moment passed and it opened in English, the switch).
#[wasm_split(lang, fallible)]
fn split_start(lang: Lang, mount: fn()) -> Result<Started, SplitLoaderError> {
    Ok(Box::pin(async move {
        let Ok(first) = platform::lang::fetch_pack(lang, PackFile::First).await else {
            mount_once(mount);
            return;
        };
        wasm_bindgen_futures::spawn_local(more_later(first));
        if MOUNTED.get() {
            apply(AppState::current(), lang, Some(first));
        } else {
            apply(None, lang, Some(first));
            mount_once(mount);
        }
    }))
}
