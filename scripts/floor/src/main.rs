//! The framework's floor for `scripts/bench-floor.sh`: two routes, one
//! signal, one button. Everything Rebound adds comes on top of this.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

#[component]
fn Home() -> impl IntoView {
    let (n, set_n) = signal(0);
    view! {
        <h1>"Today"</h1>
        <button on:click=move |_| set_n.update(|n| *n += 1)>"Log a rejection " {n}</button>
    }
}

#[component]
fn Other() -> impl IntoView {
    view! { <p>"Other"</p> }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <nav>
                    <A href="/">"Today"</A>
                    <A href="/o">"O"</A>
                </nav>
                <main>
                    <Routes fallback=|| "Not found">
                        <Route path=path!("/") view=Home />
                        <Route path=path!("/o") view=Other />
                    </Routes>
                </main>
            </Router>
        }
    })
}
