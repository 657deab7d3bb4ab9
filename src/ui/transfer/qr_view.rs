//! The sealed package as an endless run of QR codes on a canvas, about ten
//! a second: fountain frames (`model::transfer::fountain`), so the other
//! device's camera can start at any moment and miss any code.
//!
//! Black on white in both colour schemes (cameras read dark modules on a
//! light ground), with the four-module quiet zone QR needs. A Pause button
//! stops the motion; where the device asks for reduced motion the codes
//! wait for Show the codes. The canvas says which frame it holds
//! (`data-frame`), set after each is drawn.

use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::transfer::fountain::{Encoder, DEFAULT_BLOCK_SIZE};
use crate::model::transfer::qr::{qr_modules, QrMatrix};

/// Frames a second.
const FPS: u64 = 10;
/// Light modules around the code.
const QUIET: usize = 4;

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Draws `m` filling `canvas`, in whole device pixels per module so the
/// edges stay sharp.
fn draw(canvas: &web_sys::HtmlCanvasElement, m: &QrMatrix) {
    let side = m.width + 2 * QUIET;
    // As wide as the canvas shows on this screen, in device pixels.
    let shown = f64::from(canvas.client_width().max(240))
        * web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    let scale = ((shown / side as f64).ceil() as usize).clamp(2, 12);
    let px = (side * scale) as u32;
    if canvas.width() != px {
        canvas.set_width(px);
        canvas.set_height(px);
    }
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, f64::from(px), f64::from(px));
    ctx.set_fill_style_str("#000");
    let s = scale as f64;
    for y in 0..m.width {
        let mut x = 0;
        while x < m.width {
            if !m.dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < m.width && m.dark(x, y) {
                x += 1;
            }
            ctx.fill_rect(
                (start + QUIET) as f64 * s,
                (y + QUIET) as f64 * s,
                (x - start) as f64 * s,
                s,
            );
        }
    }
}

/// The codes for `payload`, shown one after another.
#[component]
pub fn QrView(
    /// The sealed transfer's text.
    payload: String,
    /// How many codes it takes, roughly (said beside the canvas).
    frames_needed: u32,
) -> impl IntoView {
    let canvas = NodeRef::<html::Canvas>::new();
    let playing = RwSignal::new(!reduced_motion());
    // How many have been shown (the button's words follow it).
    let shown = RwSignal::new(0u32);
    let transfer_id = crate::platform::crypto::random_bytes(4)
        .and_then(|b| b.try_into().ok())
        .map_or_else(|| js_sys::Date::now() as u32, u32::from_be_bytes);
    let encoder = match Encoder::new(payload.as_bytes(), DEFAULT_BLOCK_SIZE, transfer_id) {
        Ok(e) => Rc::new(e),
        Err(_) => {
            return view! {
                <p class="form-error" role="alert">
                    {crate::t!("This package is too large to show as codes. Use the file instead.")}
                </p>
            }
            .into_any();
        }
    };
    let next = Rc::new(std::cell::Cell::new(0u32));
    let step = {
        let encoder = encoder.clone();
        move || {
            let Some(el) = canvas.get_untracked() else {
                return;
            };
            let n = next.get();
            let Ok(m) = qr_modules(&encoder.frame(n)) else {
                return;
            };
            draw(&el, &m);
            let _ = el.set_attribute("data-frame", &n.to_string());
            next.set(n.wrapping_add(1));
            shown.set(n + 1);
        }
    };
    let step = Rc::new(step);
    // The first code at once (also while paused, so there is something to
    // point at), then one every 100 ms while playing.
    {
        let step = step.clone();
        request_animation_frame(move || step());
    }
    let timer = set_interval_with_handle(
        move || {
            if playing.get_untracked() {
                step();
            }
        },
        std::time::Duration::from_millis(1000 / FPS),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = timer {
            t.clear();
        }
    });
    // Keeps the screen on while the codes show (released when they go).
    let lock = StoredValue::new_local(None::<wasm_bindgen::JsValue>);
    leptos::task::spawn_local(async move {
        if let Some(l) = crate::platform::share::keep_screen_on().await {
            if lock.try_set_value(Some(l.clone())).is_none() {
                crate::platform::share::let_screen_sleep(&l);
            }
        }
    });
    on_cleanup(move || {
        if let Some(Some(l)) = lock.try_get_value() {
            crate::platform::share::let_screen_sleep(&l);
        }
    });
    let k = encoder.source_frames();
    view! {
        <div class="qr-view">
            <canvas
                node_ref=canvas
                class="qr-canvas"
                width="420"
                height="420"
                role="img"
                aria-label=crate::t!(
                    "Codes for your other device's camera, changing about ten times a second"
                )
            ></canvas>
            <p class="hint qr-status">
                {if k <= 1 {
                    crate::t!("One QR code holds it all; it repeats.").to_string()
                } else {
                    crate::tf!(
                        "Your other device needs about {frames_needed} of these QR codes, in any order; they keep coming round.",
                        frames_needed = frames_needed
                    )
                }}
            </p>
            <div class="actions wrap">
                <button
                    type="button"
                    class="btn secondary"
                    on:click=move |_| playing.update(|p| *p = !*p)
                >
                    {move || {
                        if playing.get() {
                            crate::t!("Pause the QR codes")
                        } else if shown.get() <= 1 {
                            crate::t!("Show the QR codes")
                        } else {
                            crate::t!("Go on with the QR codes")
                        }
                    }}
                </button>
            </div>
        </div>
    }
    .into_any()
}
