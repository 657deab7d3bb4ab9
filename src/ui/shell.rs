//! Layout around every page: skip link, header, navigation, storage banners
//! and the toast region.

use crate::ui::router::A;
use leptos::prelude::*;

use super::state::{use_app, Problem, ToastAction, UpdateState};
use super::widgets::{human_size, Icon};

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {crate::t!("Skip to content")}
        </a>
        <div class="layout">
            <header class="topbar">
                <A href="/" exact=true attr:class="brand">
                    <span class="brand-mark" aria-hidden="true">
                        "R"
                    </span>
                    <span class="brand-name">"Rebound"</span>
                </A>
                <Nav />
            </header>
            <main id="main" tabindex="-1">
                <UpdateBanner />
                <Banners />
                <UnsavedMark />
                <PromptSlot />
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
        <nav class="nav" aria-label=crate::t!("Main")>
            <A href="/" exact=true>
                <Icon name="today" />
                <span>{crate::t!("Today")}</span>
            </A>
            <A href="/rejections">
                <Icon name="rejections" />
                <span>{crate::t!("Rejections")}</span>
            </A>
            <A href="/goals">
                <Icon name="goals" />
                <span>{crate::t!("Goals")}</span>
            </A>
            <A href="/journal">
                <Icon name="journal" />
                <span>{crate::t!("Journal")}</span>
            </A>
            <A href="/settings">
                <Icon name="settings" />
                <span>{crate::t!("Settings")}</span>
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
                    <h2>{crate::t!("This browser isn't letting Rebound save")}</h2>
                    <p>
                        {crate::t!(
                            "Storage is blocked or unavailable here (private browsing or strict settings can do this). You can use the app, but anything you add will be gone when you close the tab. Export a backup from Settings before you leave."
                        )}
                    </p>
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
                let download = move |_| super::backups::download_raw_data(app);
                let fresh = move |_| app.start_fresh();
                let kept = if copied && partial {
                    crate::t!("We kept an untouched copy of that part in this browser.")
                } else if copied {
                    crate::t!("We kept an untouched copy of it in this browser.")
                } else {
                    crate::t!("There wasn't room to copy it, so Rebound leaves it untouched until there is. Download it to keep it safe.")
                };
                let (title, lead, go_on) = if partial {
                    (
                        crate::t!("Part of your saved data couldn't be read"),
                        crate::t!("Something changed part of what Rebound saved in this browser. Everything that still makes sense is shown."),
                        crate::t!("Continue with the rest"),
                    )
                } else {
                    (
                        crate::t!("Your saved data couldn't be read"),
                        crate::t!("Something changed the data Rebound saved in this browser, and it no longer makes sense to the app."),
                        crate::t!("Start fresh"),
                    )
                };
                view! {
                    <div class="banner warn" role="alert">
                        <h2>{title}</h2>
                        <p>
                            {lead} " " {kept} " "
                            {crate::t!(
                                "Nothing will be saved until you choose what to do: changes you make meanwhile are kept in this tab only."
                            )}
                        </p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=download>
                                {crate::t!("Download raw data")}
                            </button>
                            <button type="button" class="btn secondary" on:click=fresh>
                                {go_on}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }
            Problem::Newer { schema } => view! {
                <div class="banner info" role="alert">
                    <h2>{crate::t!("A newer version of Rebound saved your data")}</h2>
                    <p>
                        {crate::tf!(
                            "Your data was saved by a newer Rebound (data version {schema}). To keep it safe, this copy of the app only shows it and won't save changes: anything you change here is kept in this tab only.",
                            schema = schema
                        )} " " {crate::t!("Reload the page to get the latest version.")}
                    </p>
                    <div class="actions">
                        <button type="button" class="btn" on:click=|_| reload()>
                            {crate::t!("Reload")}
                        </button>
                        <button
                            type="button"
                            class="btn secondary"
                            on:click=move |_| super::backups::export_backup(app)
                        >
                            {crate::t!("Export backup")}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
            Problem::Quota { used } => {
                let export = move |_| super::backups::export_backup(app);
                view! {
                    <div class="banner warn" role="alert">
                        <h2>
                            {crate::t!("Storage is full, so your latest change isn't saved yet")}
                        </h2>
                        <p>
                            {crate::tf!(
                                "This browser's storage for Rebound is full ({size} in use).",
                                size = human_size(used)
                            )} " "
                            {crate::t!(
                                "Everything is still here in this tab. Download a backup now to be safe; saving tries again with your next change."
                            )}
                        </p>
                        <div class="actions">
                            <button type="button" class="btn" on:click=export>
                                {crate::t!("Export backup")}
                            </button>
                        </div>
                    </div>
                }
                .into_any()
            }

            Problem::Unconfirmed => view! {
                <div class="banner warn" role="alert">
                    <h2>{crate::t!("A save couldn't be confirmed")}</h2>
                    <p>
                        {crate::t!(
                            "Your changes are still here. Rebound will try again with your next change; an export from Settings keeps a copy safe meanwhile."
                        )}
                    </p>
                </div>
            }
            .into_any(),

            Problem::MemoryOnly(_) => ().into_any(),
        })
}

/// The passphrase prompt of an export made outside Settings (its code comes
/// with the data part: every export needs it anyway).
#[component]
fn PromptSlot() -> impl IntoView {
    let app = use_app();
    move || {
        let kind = app.export_prompt.get()?;
        super::persist::loaded_tracked()?;
        super::lazy::now(split_export_prompt(kind))?.ok()
    }
}

#[wasm_split_helpers::wasm_split(data, fallible, preload(preload_export_prompt))]
pub(crate) fn split_export_prompt(
    kind: super::state::ExportKind,
) -> Result<AnyView, wasm_split_helpers::SplitLoaderError> {
    Ok(view! { <super::backups::ExportPrompt kind=kind /> }.into_any())
}

/// "A new version is ready" with a Reload button. Reload saves first and
/// switches only if that worked; otherwise the banner says the latest
/// change isn't saved yet and offers Export backup, then Reload anyway.
#[component]
fn UpdateBanner() -> impl IntoView {
    let app = use_app();
    move || match app.update.get() {
        UpdateState::None => None,
        UpdateState::Ready => Some(
            view! {
                <div class="banner info update" role="status">
                    <p>
                        <strong>{crate::t!("A new version is ready.")}</strong>
                        " "
                        {crate::t!("Reload to use it; your data stays as it is.")}
                    </p>
                    <button type="button" class="btn small" on:click=move |_| app.apply_update()>
                        {crate::t!("Reload")}
                    </button>
                </div>
            }
            .into_any(),
        ),
        UpdateState::Unsaved => Some(
            view! {
                <div class="banner warn update" role="alert">
                    <p>
                        <strong>
                            {crate::t!(
                                "A new version is ready, but your latest change isn't saved yet."
                            )}
                        </strong>
                        " "
                        {crate::t!("Export a backup first, so nothing is lost, then reload.")}
                    </p>
                    <div class="actions wrap">
                        <button
                            type="button"
                            class="btn small"
                            on:click=move |_| super::backups::export_backup(app)
                        >
                            {crate::t!("Export backup")}
                        </button>
                        <button
                            type="button"
                            class="btn small secondary"
                            on:click=move |_| crate::platform::sw::apply_update()
                        >
                            {crate::t!("Reload anyway")}
                        </button>
                    </div>
                </div>
            }
            .into_any(),
        ),
    }
}

/// While a change can't be saved: a plain mark, with the way to keep it.
#[component]
fn UnsavedMark() -> impl IntoView {
    let app = use_app();
    let show = Memo::new(move |_| app.storage.with(|s| (s.unsaved, s.left_behind)));
    move || {
        let (unsaved, left_behind) = show.get();
        if left_behind {
            return Some(
                view! {
                    <div class="unsaved-mark" role="status">
                        <p>
                            <strong>{crate::t!("Not saved.")}</strong>
                            " "
                            {crate::t!(
                                "Your data was replaced from a backup in another tab or window, and your latest change here isn't in it. It is kept in this tab: add it to the replaced data, or let it go."
                            )}
                        </p>
                        <div class="actions wrap">
                            <button
                                type="button"
                                class="btn small"
                                on:click=move |_| {
                                    let _ = crate::ui::lazy::now(crate::ui::state::split_keep(app));
                                }
                            >
                                {crate::t!("Keep my change")}
                            </button>
                            <button
                                type="button"
                                class="btn quiet small"
                                on:click=move |_| app.drop_left_behind()
                            >
                                {crate::t!("Let it go")}
                            </button>
                        </div>
                    </div>
                }
                .into_any(),
            );
        }
        unsaved.then(|| {
            view! {
                <p class="unsaved-mark" role="status">
                    <strong>{crate::t!("Not saved.")}</strong>
                    " "
                    {crate::t!("Your latest changes are kept in this tab only.")}
                    " "
                    <button
                        type="button"
                        class="btn quiet small"
                        on:click=move |_| super::backups::export_backup(app)
                    >
                        {crate::t!("Export backup")}
                    </button>
                </p>
            }
            .into_any()
        })
    }
}

/// The toast's one button.
fn toast_button(app: super::state::AppState, action: ToastAction) -> impl IntoView {
    let label = match &action {
        ToastAction::Undo(_) => crate::t!("Undo"),
        ToastAction::EraseInstead => crate::t!("Erase instead"),
        ToastAction::UndoReplace => crate::t!("Undo replace"),
    };
    let run = move |_| match &action {
        ToastAction::Undo(u) => app.undo(u),
        ToastAction::EraseInstead => {
            app.toast.set(None);
            crate::ui::router::navigate("/settings#erase");
        }
        ToastAction::UndoReplace => {
            app.toast.set(None);
            let _ = crate::ui::lazy::now(crate::ui::state::split_undo_replace(app));
        }
    };
    view! {
        <button type="button" class="btn small" on:click=run>
            {label}
        </button>
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
                        let action = t.action.clone();
                        view! {
                            <div class="toast">
                                <span>{t.text}</span>
                                {action.map(|a| toast_button(app, a))}
                                <button
                                    type="button"
                                    class="toast-close"
                                    aria-label=crate::t!("Dismiss")
                                    on:click=move |_| app.toast.set(None)
                                >
                                    "×"
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
