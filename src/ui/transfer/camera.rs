//! The camera reader: frames from the camera, the QR codes in them, the
//! fountain decoder, and "N of about M" until the package is whole.
//!
//! Each pass takes the centre of the current frame (where a screen held up
//! to the camera is), at most 640 pixels across, and reads it with the
//! browser's own reader where it has one (`BarcodeDetector`: Chromium on
//! Android and macOS) or with the Rust decoder (rqrr) otherwise; passes
//! wait for each other, with a short pause between, so a slow phone stays
//! responsive. The Rust decoder is a part of its own (`camera`), fetched
//! when the camera opens: about a quarter of the transfer code.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

use crate::model::transfer::decoder::{Decoder, Progress};
use crate::model::transfer::frame::FrameError;
use crate::platform::camera::{self, CameraError, Grabber};

/// Pixels across the part of a frame that is read.
const MAX_SIDE: u32 = 640;
/// Pause between passes, in milliseconds.
const PAUSE_MS: i32 = 40;

/// The QR codes in a grayscale square `side` pixels across (the split
/// function: rqrr lives in this part only).
#[wasm_split(camera, fallible, preload(preload_reader))]
fn read_codes(luma: &[u8], side: usize) -> Result<Vec<Vec<u8>>, SplitLoaderError> {
    Ok(crate::model::transfer::qr::read_qr(luma, side, side))
}

/// A code's text from `BarcodeDetector` back to its bytes: byte-mode codes
/// come back one character per byte (ISO 8859-1) from most readers; a
/// reader that decoded them some other way gives characters past 255, and
/// the frame is read by the Rust decoder instead. (Every frame carries its
/// own checksum, so a wrong guess is refused, never used.)
fn latin1(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect()
}

fn camera_message(e: CameraError) -> String {
    let why = match e {
        CameraError::Denied => crate::t!(
            "Rebound isn't allowed to use the camera here. You can allow it in your browser's settings for this site, then try again."
        ),
        CameraError::NoCamera => crate::t!("This device has no camera Rebound can use."),
        CameraError::Busy => crate::t!(
            "The camera is busy in another app or tab. Close that one and try again."
        ),
        CameraError::Unsupported => crate::t!("This browser can't use the camera here."),
    };
    format!("{why} {}", super::USE_A_FILE.get())
}

/// The camera, reading until the package is whole.
#[component]
pub fn CameraReader(
    /// The sealed transfer's bytes, once every part of it is in.
    done: Callback<Vec<u8>>,
    /// The camera couldn't start (or its reader couldn't be fetched): why,
    /// in a sentence that offers the file instead.
    failed: Callback<String>,
) -> impl IntoView {
    let video = NodeRef::<html::Video>::new();
    let progress = RwSignal::new(Progress::default());
    let started = RwSignal::new(false);
    let note = RwSignal::new(None::<&'static str>);
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        on_cleanup(move || stop.store(true, Ordering::Relaxed));
    }
    let run = async move {
        let reader = preload_reader();
        let stream = match camera::open().await {
            Ok(s) => s,
            Err(e) => {
                let _ = failed.try_run(camera_message(e));
                return;
            }
        };
        // The decoder's part, fetched while the person allowed the camera.
        if reader.await.is_err() {
            camera::stop(&stream);
            let _ = failed.try_run(format!(
                "{} {}",
                crate::t!(
                    "The camera reader hasn't reached this device yet, and the connection seems to be off."
                ),
                super::USE_A_FILE.get()
            ));
            return;
        }
        let (Some(el), Some(grabber)) = (video.try_get_untracked().flatten(), Grabber::new())
        else {
            camera::stop(&stream);
            return;
        };
        if stop.load(Ordering::Relaxed) {
            camera::stop(&stream);
            return;
        }
        camera::show(&el, &stream);
        let _ = started.try_set(true);
        let detector = camera::detector().await;
        // Set once the browser's reader gave a code that wasn't a frame
        // byte for byte: from then on the Rust decoder reads every pass.
        let mut detector_lossy = false;
        let mut decoder = Decoder::new();
        while !stop.load(Ordering::Relaxed) {
            camera::sleep(PAUSE_MS).await;
            if stop.load(Ordering::Relaxed) {
                break;
            }
            let Some((rgba, side)) = grabber.grab(&el, MAX_SIDE) else {
                continue;
            };
            let mut codes = Vec::new();
            let mut need_rust = true;
            if let (Some(d), false) = (&detector, detector_lossy) {
                let texts = camera::detect(d, grabber.canvas()).await;
                need_rust = false;
                for t in texts {
                    match latin1(&t) {
                        Some(bytes) => codes.push(bytes),
                        None => {
                            detector_lossy = true;
                            need_rust = true;
                        }
                    }
                }
            }
            if need_rust {
                let luma = crate::model::transfer::qr::luma_from_rgba(&rgba);
                if let Some(Ok(found)) = crate::ui::lazy::now(read_codes(&luma, side as usize)) {
                    codes.extend(found);
                }
            }
            for code in codes {
                match decoder.push(&code) {
                    Ok(p) => {
                        let _ = progress.try_set(p);
                    }
                    // A misread somewhere: the decoder started over.
                    Err(FrameError::WrongResult) => {
                        let _ = note.try_set(Some(crate::t!(
                            "A code was misread, so reading started over."
                        )));
                        let _ = progress.try_set(decoder.progress());
                    }
                    // Not one of our frames (another code in view), or a
                    // frame the browser's reader decoded some other way.
                    Err(_) => {
                        if detector.is_some() && !detector_lossy {
                            detector_lossy = true;
                        }
                    }
                }
            }
            let p = decoder.progress();
            // Codes of another package only: the other device started a new
            // one (a new code), so this one is read instead.
            if p.foreign > p.received + 15 {
                decoder = Decoder::new();
                let _ = note.try_set(Some(crate::t!(
                    "Your other device is showing a new package, so reading started again with that one."
                )));
                let _ = progress.try_set(decoder.progress());
            }
            if let Some(payload) = decoder.payload() {
                camera::stop(&stream);
                let _ = done.try_run(payload);
                return;
            }
        }
        camera::stop(&stream);
    };
    leptos::task::spawn_local(run);
    let text = move || {
        let p = progress.get();
        if !started.get() {
            crate::t!("Starting the camera… (your browser may ask whether Rebound can use it)")
                .to_string()
        } else if p.received == 0 {
            crate::t!(
                "Looking for the codes: hold your other device's screen up to the camera, filling the square."
            )
            .to_string()
        } else {
            crate::tf!(
                "{received} of about {needed}",
                received = p.received,
                needed = p.needed_estimate.max(p.received)
            )
        }
    };
    view! {
        <div class="camera-reader">
            <div class="camera-frame">
                <video
                    node_ref=video
                    class="camera-video"
                    aria-label=crate::t!("What the camera sees")
                    autoplay=true
                    muted=true
                    playsinline=true
                ></video>
                <div class="camera-aim" aria-hidden="true"></div>
            </div>
            <div class="progress">
                <progress
                    max=move || progress.with(|p| p.needed_estimate.max(1).to_string())
                    value=move || progress.with(|p| p.received.to_string())
                    aria-label=crate::t!("Codes read")
                ></progress>
                <span class="progress-text" role="status">
                    {text}
                </span>
            </div>
            {move || note.get().map(|n| view! { <p class="hint">{n}</p> })}
        </div>
    }
}
