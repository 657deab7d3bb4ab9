//! Installing Rebound as an app, and why it matters for keeping data.

use leptos::prelude::*;

use crate::platform::install;
use crate::ui::state::use_app;

#[component]
pub fn InstallCard() -> impl IntoView {
    let app = use_app();
    let standalone = install::is_standalone();
    let ios = install::is_ios();
    view! {
        <section class="card" aria-labelledby="install-title">
            <h2 id="install-title">{crate::t!("Install as an app")}</h2>
            {if standalone {
                view! {
                    <p>
                        {crate::t!(
                            "You're using the installed app. It works offline and keeps your data on this device."
                        )}
                    </p>
                }
                    .into_any()
            } else if ios {
                let (before, after) = crate::ui::widgets::around(
                    crate::t!("On iPhone or iPad: tap the Share button in Safari, then {button}."),
                    "button",
                );
                view! {
                    <p>{before} <strong>{crate::t!("Add to Home Screen")}</strong> {after}</p>
                    <p class="hint">
                        {crate::t!(
                            "This matters: Safari may clear a website's storage if you don't visit for a week, but it keeps the data of apps on your Home Screen. Regular backups are still a good idea."
                        )}
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        {crate::t!(
                            "Installing puts Rebound on your home screen or dock. It opens instantly, works with no connection, and browsers are less likely to clear an installed app's data."
                        )}
                    </p>
                    <Show
                        when=move || app.can_install.get()
                        fallback=|| {
                            view! {
                                <p class="hint">
                                    {crate::t!(
                                        "If your browser offers it, look for \"Install\" or \"Add to Home screen\" in its menu."
                                    )}
                                </p>
                            }
                        }
                    >
                        <button type="button" class="btn" on:click=move |_| app.install_now()>
                            {crate::t!("Install app")}
                        </button>
                    </Show>
                }
                    .into_any()
            }}
        </section>
    }
}
