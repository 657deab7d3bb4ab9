//! *Erase everything on this device*: for a person whose search is over, or
//! who used a shared computer. Asks first (with a last export offered), and
//! every open tab honours it instead of writing its copy back.

use leptos::prelude::*;

use crate::ui::backups::export_backup;
use crate::ui::state::use_app;
use crate::ui::widgets::focus_soon;

#[component]
pub fn EraseCard() -> impl IntoView {
    let app = use_app();
    let asking = RwSignal::new(false);
    let (error, set_error) = signal(None::<&'static str>);
    let ask = move |_| {
        asking.set(true);
        focus_soon("erase-confirm");
    };
    let erase = move |_| {
        leptos::task::spawn_local(async move {
            if app.erase_everything().await {
                let _ = asking.try_set(false);
                app.notify(
                    crate::t!("Erased. Nothing Rebound kept is left in this browser, and other open Rebound tabs have forgotten it too."),
                    None,
                );
                crate::ui::router::navigate("/");
            } else {
                let _ = set_error.try_set(Some(crate::t!(
                    "Storage couldn't be erased just now (the browser refused). Nothing was erased; please try again."
                )));
            }
        });
    };
    view! {
        <section class="card" id="erase" aria-labelledby="erase-title">
            <h2 id="erase-title">{crate::t!("Erase everything on this device")}</h2>
            <p>
                {crate::t!(
                    "When your search is over, or on a shared computer, Rebound can forget everything it keeps in this browser: every application, note, goal, journal entry and setting. Backup files you downloaded stay wherever you saved them."
                )}
            </p>
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button type="button" class="btn secondary" on:click=ask>
                            {crate::t!("Erase everything on this device")}
                        </button>
                    }
                }
            >
                <div class="confirm" role="region" aria-label=crate::t!("Confirm erase")>
                    <p>
                        <strong>{crate::t!("This can't be undone.")}</strong>
                        " "
                        {crate::t!(
                            "Every open Rebound tab forgets it too. You can take a last backup first."
                        )}
                    </p>
                    <div class="actions wrap">
                        <button
                            type="button"
                            class="btn secondary"
                            on:click=move |_| export_backup(app)
                        >
                            {crate::t!("Export backup first")}
                        </button>
                        <button type="button" id="erase-confirm" class="btn danger" on:click=erase>
                            {crate::t!("Erase everything")}
                        </button>
                        <button type="button" class="btn quiet" on:click=move |_| asking.set(false)>
                            {crate::t!("Cancel")}
                        </button>
                    </div>
                </div>
            </Show>
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="form-error" role="alert">
                                {e}
                            </p>
                        }
                    })
            }}
        </section>
    }
}
