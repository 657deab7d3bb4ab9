//! `/settings/send`: *Send to my other device*. Opening the page makes the
//! package (what changed since the last exchange, or everything) and locks
//! it with a fresh code; the codes start on screen at once, and the same
//! package goes as a file through the share sheet or a download. Only when
//! the person says it arrived does this device remember the exchange (a
//! package that never arrived must not be skipped next time).

use std::sync::Arc;

use leptos::prelude::*;

use super::qr_view::QrView;
use super::seal::{self, Outgoing};
use crate::model::transfer::peer::record_sent;
use crate::platform;
use crate::platform::share::{can_share_file, share_file, Shared};
use crate::ui::router::A;
use crate::ui::state::use_app;
use crate::ui::widgets::set_title;

#[component]
pub fn SendPage() -> impl IntoView {
    set_title(crate::t!("Send to my other device"));
    let app = use_app();
    let everything = RwSignal::new(false);
    let made = RwSignal::new(None::<Result<Arc<Outgoing>, String>>);
    // Each package made gets a number: a slow one finishing after the
    // person asked for another is dropped.
    let serial = StoredValue::new(0u32);
    Effect::new(move |_| {
        let all = everything.get();
        let n = serial.get_value() + 1;
        serial.set_value(n);
        made.set(None);
        let data = app.data.get_untracked();
        leptos::task::spawn_local(async move {
            let out = seal::make(&data, all).await;
            drop(data);
            if serial.try_get_value() == Some(n) {
                let _ = made.try_set(Some(out.map(Arc::new)));
            }
        });
    });
    view! {
        <div class="page transfer">
            <p class="crumbs">
                <A href="/settings">{format!("← {}", crate::t!("Settings"))}</A>
            </p>
            <h1>{crate::t!("Send to my other device")}</h1>
            <p class="lead">
                {crate::t!(
                    "Screen to camera, or as a file. Nothing goes over the internet, and a one-time code locks the package."
                )}
            </p>
            {move || match made.get() {
                None => {
                    view! {
                        <p class="loading-line" role="status">
                            {crate::t!("Locking the package…")}
                        </p>
                    }
                        .into_any()
                }
                Some(Err(e)) => {
                    view! {
                        <p class="form-error" role="alert">
                            {e}
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(out)) => view! { <Ready out=out everything=everything /> }.into_any(),
            }}
        </div>
    }
}

/// "What changed since you last sent (Tuesday): …", or everything.
fn summary(out: &Outgoing) -> String {
    match out.since {
        None => crate::tf!(
            "This package holds everything on this device: {contents}.",
            contents = out.contents
        ),
        Some(since) => {
            // `since` is an hour before the last send (a clock set back a
            // little can't hide an edit): the day said is the send's.
            let sent = since
                + chrono::Duration::minutes(crate::model::transfer::peer::CLOCK_MARGIN_MINUTES);
            let day = crate::model::transfer::peer::day_words(
                platform::local_date(sent),
                platform::today(),
            );
            if out.empty {
                crate::tf!(
                    "Nothing has changed since you last sent to your other device ({day}), so this package only carries your settings.",
                    day = day
                )
            } else {
                crate::tf!(
                    "This package holds what changed since you last sent to your other device ({day}): {contents}.",
                    day = day,
                    contents = out.contents
                )
            }
        }
    }
}

#[component]
fn Ready(out: Arc<Outgoing>, everything: RwSignal<bool>) -> impl IntoView {
    let arrived = RwSignal::new(false);
    let file_error = RwSignal::new(None::<String>);
    let shareable = can_share_file(&out.file_name, super::MIME);
    let seconds = out.plan.seconds_at_10_fps.max(1);
    let groups: Vec<String> = out.code.split(' ').map(str::to_string).collect();
    let partial = out.since.is_some() || everything.get_untracked();
    let share = {
        let out = out.clone();
        move |_| {
            file_error.set(None);
            let out = out.clone();
            leptos::task::spawn_local(async move {
                match share_file(
                    &out.file_name,
                    super::MIME,
                    &out.sealed,
                    crate::t!("Rebound: for my other device"),
                )
                .await
                {
                    Shared::Done | Shared::Cancelled => {}
                    Shared::Failed => {
                        let _ = file_error.try_set(Some(
                            crate::t!("The share sheet didn't open. Download the file instead.")
                                .into(),
                        ));
                    }
                }
            });
        }
    };
    let download = {
        let out = out.clone();
        move |_| {
            file_error.set(None);
            if !platform::download(&out.file_name, super::MIME, &out.sealed) {
                file_error.set(Some(
                    crate::t!("The browser blocked the download. Please try again.").into(),
                ));
            }
        }
    };
    let confirm = {
        let out = out.clone();
        move |_| {
            let mut peers = super::peers::load();
            record_sent(&mut peers, out.to, out.sent_at);
            // A list that couldn't be written only makes the next package
            // carry more than it needs to.
            let _ = super::peers::store(&peers);
            arrived.set(true);
            crate::ui::widgets::focus_soon("arrived-note");
        }
    };
    // The package's figures, for scripts/bench-transfer.mjs.
    let (plain, sealed_len) = (out.plain_len.to_string(), out.sealed.len().to_string());
    let (frames, source) = (
        out.plan.frames_needed.to_string(),
        out.plan.source_frames.to_string(),
    );
    view! {
        <div
            class="transfer-grid"
            data-plain-bytes=plain
            data-sealed-bytes=sealed_len
            data-frames=frames
            data-source-frames=source
            data-seconds=seconds.to_string()
        >
            <section class="card transfer-qr" aria-labelledby="camera-title">
                <h2 id="camera-title">{crate::t!("Hold this screen up to the camera")}</h2>
                <p>
                    {super::bold(
                        crate::t!(
                            "On your other device, open Settings, choose {receive}, then {camera}, and hold this screen up to it."
                        ),
                        &[
                            ("receive", crate::t!("Receive from my other device")),
                            ("camera", crate::t!("Use the camera")),
                        ],
                    )}
                    {if seconds <= 2 {
                        format!(" {}", crate::t!("It takes a moment."))
                    } else {
                        format!(
                            " {}",
                            crate::tf!(
                                "It takes about {seconds} seconds; a QR code the camera misses comes round again.",
                                seconds = seconds
                            ),
                        )
                    }}
                </p>
                <QrView payload=out.sealed.clone() frames_needed=out.plan.frames_needed />
            </section>
            <section class="card transfer-code" aria-labelledby="code-title">
                <h2 id="code-title">{crate::t!("The one-time code")}</h2>
                <p class="code-digits" aria-describedby="code-hint">
                    {groups.into_iter().map(|g| view! { <span>{g}</span> }).collect_view()}
                </p>
                <p class="hint" id="code-hint">
                    {crate::t!(
                        "Your other device asks for this code before it opens the package. It works for this package only."
                    )}
                </p>
                <p class="transfer-contents">{summary(&out)}</p>
                <Show when=move || partial>
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=everything
                            on:change=move |ev| everything.set(event_target_checked(&ev))
                        />
                        {crate::t!(
                            "Send everything on this device, not only the changes (a new code)"
                        )}
                    </label>
                </Show>
            </section>
            <section class="card transfer-file" aria-labelledby="file-title">
                <h2 id="file-title">{crate::t!("Or as a file")}</h2>
                <p>
                    {super::bold(
                        crate::t!(
                            "Send the file to your other device any way you like (AirDrop, Nearby Share, a message to yourself, a USB stick), then open it there in Settings with {receive}. Without the code, no one can read it."
                        ),
                        &[("receive", crate::t!("Receive from my other device"))],
                    )}
                </p>
                <div class="actions wrap">
                    {shareable
                        .then(|| {
                            view! {
                                <button type="button" class="btn" on:click=share.clone()>
                                    {crate::t!("Share the file")}
                                </button>
                            }
                        })}
                    <button
                        type="button"
                        class=if shareable { "btn secondary" } else { "btn" }
                        on:click=download
                    >
                        {crate::t!("Download the file")}
                    </button>
                </div>
                {move || {
                    file_error
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
            <section class="card transfer-arrived" aria-labelledby="arrived-title">
                <h2 id="arrived-title">{crate::t!("Did it arrive?")}</h2>
                <Show
                    when=move || arrived.get()
                    fallback=move || {
                        let confirm = confirm.clone();
                        view! {
                            <p>
                                {crate::t!(
                                    "Once your other device has merged it, say so here. Next time only what changes from now on is sent."
                                )}
                            </p>
                            <div class="actions wrap">
                                <button type="button" class="btn secondary" on:click=confirm>
                                    {crate::t!("It arrived on my other device")}
                                </button>
                            </div>
                        }
                    }
                >
                    <p id="arrived-note" tabindex="-1" role="status">
                        {crate::t!(
                            "Noted. Next time only what changes from now on is sent. To bring this device up to date too, choose Send to my other device over there and Receive here."
                        )}
                    </p>
                    <div class="actions wrap">
                        <A href="/settings">{crate::t!("Back to Settings")}</A>
                    </div>
                </Show>
            </section>
        </div>
    }
}
