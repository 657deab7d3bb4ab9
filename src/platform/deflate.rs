//! The browser's own deflate (`CompressionStream("deflate-raw")` and
//! `DecompressionStream`), so no compression code ships in the app. Used by
//! *Send to my other device*: the package is compressed before it is
//! encrypted (see `model::transfer::sealed`).
//!
//! Reached through `Reflect`: web-sys marks these streams unstable.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why inflating stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// This browser has no `DecompressionStream("deflate-raw")`.
    Unavailable,
    /// More than the limit came out (the bytes read so far).
    TooLarge(usize),
    /// Not deflate data, or cut short.
    Damaged,
}

fn global() -> JsValue {
    js_sys::global().into()
}

/// A new `CompressionStream` or `DecompressionStream` for deflate-raw, if
/// the browser has one (older ones throw for the format).
fn stream(kind: &str) -> Option<JsValue> {
    let ctor = Reflect::get(&global(), &kind.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Reflect::construct(&ctor, &Array::of1(&"deflate-raw".into())).ok()
}

fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f = Reflect::get(target, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let args: Array = args.iter().copied().collect();
    f.apply(target, &args).ok()
}

/// `bytes` as a readable stream piped through `through`.
fn piped(bytes: &[u8], through: &JsValue) -> Option<JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let readable = call(blob.as_ref(), "stream", &[])?;
    call(&readable, "pipeThrough", &[through])
}

/// Compressed with deflate-raw, or `None` where the browser can't (the
/// transfer then goes uncompressed).
pub async fn compress(bytes: &[u8]) -> Option<Vec<u8>> {
    let out = piped(bytes, &stream("CompressionStream")?)?;
    let ctor = Reflect::get(&global(), &"Response".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let response = Reflect::construct(&ctor, &Array::of1(&out)).ok()?;
    let promise = call(&response, "arrayBuffer", &[])?
        .dyn_into::<Promise>()
        .ok()?;
    let buffer = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Inflated, stopping (and cancelling the stream) as soon as more than
/// `limit` bytes came out: a small file can't make this device fill its
/// memory.
pub async fn inflate(bytes: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let through = stream("DecompressionStream").ok_or(InflateError::Unavailable)?;
    let out = piped(bytes, &through).ok_or(InflateError::Unavailable)?;
    let reader = call(&out, "getReader", &[]).ok_or(InflateError::Unavailable)?;
    let mut plain = Vec::new();
    loop {
        let promise = call(&reader, "read", &[])
            .and_then(|p| p.dyn_into::<Promise>().ok())
            .ok_or(InflateError::Damaged)?;
        let chunk: Object = JsFuture::from(promise)
            .await
            .map_err(|_| InflateError::Damaged)?
            .unchecked_into();
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(plain);
        }
        let value = Reflect::get(&chunk, &"value".into()).map_err(|_| InflateError::Damaged)?;
        let value: Uint8Array = value.dyn_into().map_err(|_| InflateError::Damaged)?;
        if plain.len() + value.length() as usize > limit {
            if let Some(p) = call(&reader, "cancel", &[]).and_then(|p| p.dyn_into::<Promise>().ok())
            {
                // Cancelling can't fail in a way that matters here.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(p).await;
                });
            }
            return Err(InflateError::TooLarge(
                plain.len() + value.length() as usize,
            ));
        }
        plain.extend_from_slice(&value.to_vec());
    }
}
