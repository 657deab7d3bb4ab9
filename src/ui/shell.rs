//! Layout around every page: skip link, header, navigation, storage banners
//! and the toast region.

use crate::ui::router::A;
use leptos::prelude::*;

use super::state::{use_app, Problem};
use super::widgets::{human_size, Icon};
use crate::platform;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <div class="layout">
            <header class="topbar">
                <A href="/" exact=true attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">"R"</span>
                    <span class="brand-name">"Rebound"</span>
                </A>
                <Nav />
            </header>
            <main id="main" tabindex="-1">
                <UpdateBanner />
                <Banners />
                <super::notice::Notices />
                {children()}
            </main>
        </div>
        <ToastRegion />
    }
}

/// Moves focus to the main content (the router would otherwise treat the
/// hash link as a navigation and leave focus on the link).
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    ev.prevent_default();
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
fn Nav() -> impl IntoView {
    view! {
        <nav class="nav" aria-label="Main">
            <A href="/" exact=true>
                <Icon name="today" />
                <span>"Today"</span>
            </A>
            <A href="/rejections">
                <Icon name="rejections" />
                <span>"Rejections"</span>
            </A>
            <A href="/goals">
                <Icon name="goals" />
                <span>"Goals"</span>
            </A>
            <A href="/journal">
                <Icon name="journal" />
                <span>"Journal"</span>
            </A>
            <A href="/settings">
                <Icon name="settings" />
                <span>"Settings"</span>
            </A>
        </nav>
    }
}

/// Plain-words banners for every storage problem, each with a way out.
/// Blocked storage and a data part that couldn't be fetched can show before
/// the data part is here; every other problem comes from stored data, so
/// its banner comes with the data part.
#[component]
fn Banners() -> impl IntoView {
    let app = use_app();
    move || {
        let problem = app.storage.with(|s| s.problem.clone())?;
        Some(match problem {
            Problem::MemoryOnly(_) => view! {
                <div class="banner warn" role="alert">
                    <h2>"This browser isn't letting Rebound save"</h2>
                    <p>
                        "Storage is blocked or unavailable here (private browsing or strict settings can do this). You can use the app, but anything you add will be gone when you close the tab. Export a backup from Settings before you leave."
                    </p>
                </div>
            }
            .into_any(),
            Problem::NotLoaded => view! {
                <div class="banner warn" role="alert">
                    <h2>"Your saved data isn't shown yet"</h2>
                    <p>"Part of Rebound couldn't be fetched, so your data can't be read right now. It is untouched in this browser. Reconnect and reload to see it."</p>
                    <button type="button" class="btn" on:click=move |_| reload()>"Reload"</button>
                </div>
            }
            .into_any(),
            other => {
                if !super::lazy::data().is_ready_tracked() {
                    return None;
                }
                super::lazy::now(split_banner(other))?.ok()?
            }
        })
    }
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_banner))]
pub(crate) fn split_banner(
    problem: Problem,
) -> Result<AnyView, wasm_split_helpers::SplitLoaderError> {
    let app = use_app();
    Ok(match problem {
            Problem::Corrupt { copied, partial, .. } => {
                let download = move |_| {
                    for (key, raw) in app.quarantined() {
                        let name = format!("rebound-unreadable-{}.txt", key.replace('.', "-"));
                        platform::download(&name, "text/plain", &raw);
                    }
                };
                let fresh = move |_| app.start_fresh();
                let kept = if copied && partial {
                    "We kept an untouched copy of that part in this browser."
                } else if copied {
                    "We kept an untouched copy of it in this browser."
                } else {
                    "There wasn't room to copy it, so Rebound leaves it untouched until there is. Download it to keep it safe."
                };
                let (title, lead, go_on) = if partial {
                    (
                        "Part of your saved data couldn't be read",
                        "Something changed part of what Rebound saved in this browser. Everything that still makes sense is shown. ",
                        "Continue with the rest",
                    )
                } else {
                    (
                        "Your saved data couldn't be read",
                        "Something changed the data Rebound saved in this browser, and it no longer makes sense to the app. ",
                        "Start fresh",
                    )
                };
                view! {
                    <div class="banner warn" role="alert">
                        <h2>{title}</h2>
                        <p>
                            {lead}
                            {kept}
                            " Nothing will be saved until you choose what to do."
                        </p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=download>"Download raw data"</button>
                            <button type="button" class="btn secondary" on:click=fresh>{go_on}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Problem::Newer { schema } => view! {
                <div class="banner info" role="alert">
                    <h2>"A newer version of Rebound saved your data"</h2>
                    <p>
                        {format!("Your data was saved by a newer Rebound (data version {schema}). To keep it safe, this copy of the app only shows it and won't save changes. ")}
                        "Reload the page to get the latest version."
                    </p>
                    <div class="actions">
                        <button type="button" class="btn" on:click=|_| reload()>"Reload"</button>
                    </div>
                </div>
            }
            .into_any(),
            Problem::Quota { used } => {
                let export = move |_| super::settings::export_backup(app);
                view! {
                    <div class="banner warn" role="alert">
                        <h2>"Storage is full, so your latest change isn't saved yet"</h2>
                        <p>
                            {format!("This browser's storage for Rebound is full ({} in use). ", human_size(used))}
                            "Everything is still here in this tab. Download a backup now to be safe; saving tries again with your next change."
                        </p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=export>"Export backup"</button>
                        </div>
                    </div>
                }
                .into_any()
            }

            Problem::Unconfirmed => view! {
                <div class="banner warn" role="alert">
                    <h2>"A save couldn't be confirmed"</h2>
                    <p>"Your changes are still here. Rebound will try again with your next change; an export from Settings keeps a copy safe meanwhile."</p>
                </div>
            }
            .into_any(),

            Problem::MemoryOnly(_) | Problem::NotLoaded => ().into_any(),
        })
}

/// "A new version is ready" with a Reload button (saves are flushed first).
#[component]
fn UpdateBanner() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.update_ready.get()>
            <div class="banner info update" role="status">
                <p><strong>"A new version is ready."</strong> " Your data is saved and stays as it is."</p>
                <button type="button" class="btn small" on:click=move |_| app.apply_update()>"Reload"</button>
            </div>
        </Show>
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// One polite live region for confirmations and undo.
#[component]
fn ToastRegion() -> impl IntoView {
    let app = use_app();
    // Hide each toast after a while; a newer toast restarts the clock.
    Effect::new(move |_| {
        if let Some(serial) = app.toast.with(|t| t.as_ref().map(|t| t.serial)) {
            set_timeout(
                move || {
                    if app.toast.with_untracked(|t| t.as_ref().map(|t| t.serial)) == Some(serial) {
                        app.toast.set(None);
                    }
                },
                std::time::Duration::from_secs(8),
            );
        }
    });
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || {
                app.toast
                    .get()
                    .map(|t| {
                        let undo = t.undo.clone();
                        view! {
                            <div class="toast">
                                <span>{t.text}</span>
                                {undo
                                    .map(|u| {
                                        view! {
                                            <button type="button" class="btn small" on:click=move |_| app.undo(&u)>
                                                "Undo"
                                            </button>
                                        }
                                    })}
                                <button type="button" class="toast-close" aria-label="Dismiss" on:click=move |_| app.toast.set(None)>
                                    "×"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
