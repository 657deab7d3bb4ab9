//! Settings' card for the other device: both actions and when they were
//! last used. Only links and one small read of `rebound.peers`: the pages
//! themselves are a part of their own.

use leptos::prelude::*;

#[component]
pub fn DevicesCard() -> impl IntoView {
    let last = super::peers::last_text(&super::peers::load());
    view! {
        <section class="card" id="devices" aria-labelledby="devices-title">
            <h2 id="devices-title">{crate::t!("Your other device")}</h2>
            <p class="backup-status">
                <strong>{last}</strong>
            </p>
            <p>
                {crate::t!(
                    "Keep a phone and a laptop in step: send from one and receive on the other, screen to camera or as a file. Only what changed since last time is sent; nothing goes over the internet, and a one-time code locks the package."
                )}
            </p>
            <div class="actions wrap">
                <a href=super::SEND_PATH class="btn">
                    {crate::t!("Send to my other device")}
                </a>
                <a href=super::RECEIVE_PATH class="btn secondary">
                    {crate::t!("Receive from my other device")}
                </a>
            </div>
        </section>
    }
}
