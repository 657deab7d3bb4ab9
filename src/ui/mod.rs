//! The Leptos UI: the shell (navigation, banners, toasts) and one module per
//! feature area. Components stay thin: they read state, call model functions
//! and render.

mod compose;
mod goals;
mod insights;
mod journal;
mod not_found;
mod rejections;
mod settings;
mod shell;
pub mod state;
mod today;
mod widgets;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use state::AppState;

/// Replaces the static loading shell from index.html with the app.
pub fn mount() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::init();
    provide_context(state);
    view! {
        <Router>
            <shell::Shell>
                <Routes fallback=not_found::NotFound>
                    <Route path=path!("/") view=today::Today />
                    <Route path=path!("/rejections") view=rejections::RejectionList />
                    <Route path=path!("/rejections/new") view=rejections::NewRejection />
                    <Route path=path!("/rejections/:id") view=rejections::RejectionPage />
                    <Route path=path!("/compose") view=compose::Compose />
                    <Route path=path!("/goals") view=goals::Goals />
                    <Route path=path!("/insights") view=insights::Insights />
                    <Route path=path!("/journal") view=journal::Journal />
                    <Route path=path!("/settings") view=settings::Settings />
                </Routes>
            </shell::Shell>
        </Router>
    }
}
