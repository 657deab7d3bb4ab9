//! Said once, right after the first save: Safari's seven-day rule in a
//! Safari tab (not an installed app), with the two ways out — add Rebound to
//! the Home Screen (or Dock), or back up now; and, in what looks like a
//! private window, that it forgets everything when it closes. Each is
//! dismissed for this browser.

use leptos::prelude::*;
use wasm_split_helpers::SplitLoaderError;

use super::state::use_app;
use super::widgets::emphasised;
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
                <h2 id="private-title">{crate::t!("This looks like a private window")}</h2>
                <p>
                    {crate::t!(
                        "Private windows forget everything when they close, and what you write in Rebound goes with it. To keep it, export a backup before you close this window, or use Rebound in a normal window."
                    )}
                </p>
                <div class="actions wrap">
                    <button
                        type="button"
                        class="btn"
                        on:click=move |_| super::backups::export_backup(app)
                    >
                        {crate::t!("Export backup")}
                    </button>
                    <button type="button" class="btn quiet" on:click=dismiss>
                        {crate::t!("Got it")}
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
                <h2 id="safari-title">{crate::t!("Keep what you write here")}</h2>
                <p>
                    {crate::t!(
                        "Safari deletes what a website keeps on this device once you've used Safari for seven days without opening that site, and that includes everything in Rebound."
                    )}
                </p>
                <details class="steps">
                    <summary>
                        {if ios {
                            { crate::t!("Add Rebound to your Home Screen") }
                        } else {
                            { crate::t!("Add Rebound to your Dock") }
                        }}
                    </summary>
                    {if ios {
                        view! {
                            <ol>
                                <li>{crate::t!("Tap the Share button in Safari's toolbar.")}</li>
                                <li>
                                    {emphasised(
                                        crate::t!("Choose {add_to_home}, then {add}."),
                                        &[
                                            ("add_to_home", crate::t!("Add to Home Screen")),
                                            ("add", crate::t!("Add")),
                                        ],
                                    )}
                                </li>
                                <li>
                                    {emphasised(
                                        crate::t!(
                                            "Open Rebound from your Home Screen from now on. It keeps its own storage, so bring your data across: tap {back_up} here, then in the new app open Settings → Import backup."
                                        ),
                                        &[("back_up", crate::t!("Back up now"))],
                                    )}
                                </li>
                            </ol>
                        }
                            .into_any()
                    } else {
                        view! {
                            <ol>
                                <li>
                                    {emphasised(
                                        crate::t!("In Safari's menu bar choose {menu}."),
                                        &[("menu", crate::t!("File → Add to Dock"))],
                                    )}
                                </li>
                                <li>
                                    {emphasised(
                                        crate::t!(
                                            "Open Rebound from the Dock from now on. It keeps its own storage, so bring your data across: {back_up} here, then in the new app open Settings → Import backup."
                                        ),
                                        &[("back_up", crate::t!("Back up now"))],
                                    )}
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
                        {crate::t!("Back up now")}
                    </button>
                    <button type="button" class="btn quiet" on:click=dismiss>
                        {crate::t!("Got it")}
                    </button>
                </div>
            </section>
        </Show>
    }
}
