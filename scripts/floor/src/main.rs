//! The framework's floor for `scripts/bench-floor.sh`: one signal, one
//! button. Everything Rebound adds comes on top of this.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let (n, set_n) = signal(0);
        view! {
            <h1>"Today"</h1>
            <button on:click=move |_| set_n.update(|n| *n += 1)>"Log a rejection " {n}</button>
        }
    })
}
