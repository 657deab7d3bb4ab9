//! Said once, right after the first save: Safari's seven-day rule in a
//! Safari tab (not an installed app), with the two ways out — add Rebound to
//! the Home Screen (or Dock), or back up now; and, in what looks like a
//! private window, that it forgets everything when it closes. Each is
//! dismissed for this browser.

use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

use super::state::use_app;
use crate::model::backup::Exposure;
use crate::platform;

const DISMISSED: &str = crate::platform::flags::SAFARI_DISMISSED;

/// The notice's place in the shell. Its code comes with the data part: it
/// matters only once something has been saved.
#[component]
pub fn Notices() -> impl IntoView {
    let app = use_app();
    move || {
        if app.loading.get() || !super::lazy::data().is_ready_tracked() {
            return None;
        }
        super::lazy::now(split_notices()).and_then(Result::ok)
    }
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_notices))]
pub(crate) fn split_notices() -> Result<AnyView, SplitLoaderError> {
    let safari = crate::platform::install::exposure() == Exposure::SafariTab;
    Ok(view! {
        <PrivateNotice />
        {safari.then(|| view! { <SafariNotice /> })}
    }
    .into_any())
}

const PRIVATE_DISMISSED: &str = crate::platform::flags::PRIVATE_DISMISSED;

#[component]
fn PrivateNotice() -> impl IntoView {
    let app = use_app();
    let dismissed = RwSignal::new(platform::device_flag(PRIVATE_DISMISSED));
    // Said at the first save: once something is kept that would be lost.
    let private = Memo::new(move |_| {
        app.storage
            .with(|s| s.private == Some(true) && s.last_saved.is_some())
    });
    let dismiss = move |_| {
        platform::set_device_flag(PRIVATE_DISMISSED, true);
        dismissed.set(true);
    };
    view! {
        <Show when=move || private.get() && !dismissed.get()>
            <section class="banner info private-notice" aria-labelledby="private-title">
                <h2 id="private-title">"This looks like a private window"</h2>
                <p>
                    "Private windows forget everything when they close, and what you write in Rebound goes with it. To keep it, export a backup before you close this window, or use Rebound in a normal window."
                </p>
                <div class="actions wrap">
                    <button
                        type="button"
                        class="btn"
                        on:click=move |_| super::backups::export_backup(app)
                    >
                        "Export backup"
                    </button>
                    <button type="button" class="btn quiet" on:click=dismiss>
                        "Got it"
                    </button>
                </div>
            </section>
        </Show>
    }
}

#[component]
fn SafariNotice() -> impl IntoView {
    let app = use_app();
    let dismissed = RwSignal::new(platform::device_flag(DISMISSED));
    let saved = Memo::new(move |_| app.data.with(|d| d.record_count() > 0));
    let ios = crate::platform::install::is_ios();
    let dismiss = move |_| {
        platform::set_device_flag(DISMISSED, true);
        dismissed.set(true);
    };
    view! {
        <Show when=move || saved.get() && !dismissed.get()>
            <section class="banner info safari-notice" aria-labelledby="safari-title">
                <h2 id="safari-title">"Keep what you write here"</h2>
                <p>
                    "Safari deletes what a website keeps on this device once you've used Safari for seven days without opening that site, and that includes everything in Rebound."
                </p>
                <details class="steps">
                    <summary>
                        {if ios {
                            "Add Rebound to your Home Screen"
                        } else {
                            "Add Rebound to your Dock"
                        }}
                    </summary>
                    {if ios {
                        view! {
                            <ol>
                                <li>"Tap the Share button in Safari's toolbar."</li>
                                <li>
                                    "Choose " <strong>"Add to Home Screen"</strong> ", then "
                                    <strong>"Add"</strong> "."
                                </li>
                                <li>
                                    "Open Rebound from your Home Screen from now on. It keeps its own storage, so bring your data across: tap "
                                    <strong>"Back up now"</strong>
                                    " here, then in the new app open Settings → Import backup."
                                </li>
                            </ol>
                        }
                            .into_any()
                    } else {
                        view! {
                            <ol>
                                <li>
                                    "In Safari's menu bar choose "
                                    <strong>"File → Add to Dock"</strong> "."
                                </li>
                                <li>
                                    "Open Rebound from the Dock from now on. It keeps its own storage, so bring your data across: "
                                    <strong>"Back up now"</strong>
                                    " here, then in the new app open Settings → Import backup."
                                </li>
                            </ol>
                        }
                            .into_any()
                    }}
                </details>
                <div class="actions wrap">
                    <button
                        type="button"
                        class="btn"
                        on:click=move |_| super::backups::export_backup(app)
                    >
                        "Back up now"
                    </button>
                    <button type="button" class="btn quiet" on:click=dismiss>
                        "Got it"
                    </button>
                </div>
            </section>
        </Show>
    }
}
