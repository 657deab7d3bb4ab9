//! The camera for *Receive from my other device*: asking for it, a frame's
//! centre as pixels, the browser's own QR reader (`BarcodeDetector`, where
//! there is one), and letting the camera go.
//!
//! The QR decoding itself is Rust (`model::transfer::qr`), in a part of
//! the app fetched when the camera opens.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// Why the camera couldn't start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The person (or a browser setting) said no.
    Denied,
    /// No camera at all, or none that films.
    NoCamera,
    /// Another app has it.
    Busy,
    /// The browser has no camera access here (an old browser, or a page
    /// that isn't served securely).
    Unsupported,
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &name.into()).ok()?.dyn_into().ok()
}

fn set(o: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(o, &key.into(), value);
}

fn ideal(v: JsValue) -> JsValue {
    let o = Object::new();
    set(&o, "ideal", &v);
    o.into()
}

/// Asks for the camera: the one facing away on a phone, about 640 × 480
/// (enough for the codes, light on the decoder).
pub async fn open() -> Result<MediaStream, CameraError> {
    let nav = web_sys::window()
        .ok_or(CameraError::Unsupported)?
        .navigator();
    let devices = Reflect::get(&nav, &"mediaDevices".into())
        .ok()
        .filter(|d| d.is_object())
        .ok_or(CameraError::Unsupported)?;
    let get = method(&devices, "getUserMedia").ok_or(CameraError::Unsupported)?;
    let video = Object::new();
    set(&video, "facingMode", &ideal("environment".into()));
    set(&video, "width", &ideal(640.into()));
    set(&video, "height", &ideal(480.into()));
    let constraints = Object::new();
    set(&constraints, "video", &video);
    set(&constraints, "audio", &false.into());
    let promise: Promise = get
        .call1(&devices, &constraints)
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(CameraError::Unsupported)?;
    match JsFuture::from(promise).await {
        Ok(stream) => stream.dyn_into().map_err(|_| CameraError::Unsupported),
        Err(e) => {
            let name = Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            Err(match name.as_str() {
                "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => {
                    CameraError::Denied
                }
                "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => {
                    CameraError::NoCamera
                }
                "NotReadableError" | "TrackStartError" | "AbortError" => CameraError::Busy,
                _ => CameraError::Unsupported,
            })
        }
    }
}

/// Lets the camera go (its light goes off).
pub fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Shows the camera in `video` and starts it playing.
pub fn show(video: &HtmlVideoElement, stream: &MediaStream) {
    video.set_muted(true);
    let _ = video.set_attribute("playsinline", "");
    video.set_src_object(Some(stream));
    if let Ok(p) = video.play() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(p).await;
        });
    }
}

/// Takes frames from a video: the centre square, scaled down to at most
/// `max_side` pixels across (a code held up fills the middle; the decoder's
/// time grows with the pixels).
pub struct Grabber {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
}

impl Grabber {
    pub fn new() -> Option<Grabber> {
        let canvas: HtmlCanvasElement = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        set(&options, "willReadFrequently", &true.into());
        let ctx = canvas
            .get_context_with_context_options("2d", &options)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(Grabber { canvas, ctx })
    }

    /// The canvas the last frame went to (for `BarcodeDetector`).
    pub fn canvas(&self) -> &HtmlCanvasElement {
        &self.canvas
    }

    /// The centre of the current frame as RGBA pixels, with its side;
    /// `None` before the video has a frame.
    pub fn grab(&self, video: &HtmlVideoElement, max_side: u32) -> Option<(Vec<u8>, u32)> {
        let (w, h) = (video.video_width(), video.video_height());
        if w == 0 || h == 0 || video.ready_state() < 2 {
            return None;
        }
        let crop = w.min(h);
        let side = crop.min(max_side);
        if self.canvas.width() != side {
            self.canvas.set_width(side);
            self.canvas.set_height(side);
        }
        self.ctx
            .draw_image_with_html_video_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                video,
                f64::from((w - crop) / 2),
                f64::from((h - crop) / 2),
                f64::from(crop),
                f64::from(crop),
                0.0,
                0.0,
                f64::from(side),
                f64::from(side),
            )
            .ok()?;
        let data = self
            .ctx
            .get_image_data(0.0, 0.0, f64::from(side), f64::from(side))
            .ok()?;
        Some((data.data().0, side))
    }
}

/// The browser's QR reader, where it has one that reads QR codes
/// (Chromium on Android and macOS; not iOS, not Firefox).
pub async fn detector() -> Option<JsValue> {
    let global: JsValue = js_sys::global().into();
    let ctor: Function = Reflect::get(&global, &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let formats = method(&ctor, "getSupportedFormats")?;
    let promise: Promise = formats.call0(&ctor).ok()?.dyn_into().ok()?;
    let supported: Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    if !supported.includes(&"qr_code".into(), 0) {
        return None;
    }
    let options = Object::new();
    set(&options, "formats", &Array::of1(&"qr_code".into()));
    Reflect::construct(&ctor, &Array::of1(&options)).ok()
}

/// What the browser's reader finds in `source` (a canvas): each code's
/// text as the reader gives it. Byte-mode codes come back as text, so the
/// caller turns them back into bytes and checks them.
pub async fn detect(detector: &JsValue, source: &JsValue) -> Vec<String> {
    let Some(detect) = method(detector, "detect") else {
        return Vec::new();
    };
    let Some(promise) = detect
        .call1(detector, source)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return Vec::new();
    };
    let Ok(found) = JsFuture::from(promise).await else {
        return Vec::new();
    };
    let Ok(found) = found.dyn_into::<Array>() else {
        return Vec::new();
    };
    found
        .iter()
        .filter_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
        .collect()
}

/// Resolves after `ms` milliseconds (the camera loop's pause).
pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
