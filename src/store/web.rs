//! The browser's localStorage as a [`KvStore`]. Every call is guarded: blocked
//! storage (private modes, disabled cookies) throws on access, and a full
//! store throws `QuotaExceededError`.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use super::parts::utf16_len;
use super::{KvError, KvStore};

#[wasm_bindgen]
extern "C" {
    /// The same `Storage`, with a `getItem` that returns the JS string
    /// itself: its length can be read without copying it into wasm.
    #[wasm_bindgen(js_name = Storage)]
    type RawStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &RawStorage, key: &str) -> Result<Option<js_sys::JsString>, JsValue>;

    /// The browser's UTF-8 encoder, taking the JS string as it is.
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = TextEncoder)]
    fn new() -> Utf8Encoder;
    /// Writes straight into wasm memory (the slice is passed as a view).
    #[wasm_bindgen(method, js_class = TextEncoder, js_name = encodeInto)]
    fn encode_into(this: &Utf8Encoder, text: &js_sys::JsString, into: &mut [u8]) -> Encoded;

    /// What `encodeInto` did: characters read, bytes written.
    type Encoded;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Encoded) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Encoded) -> u32;
}

/// A stored value as a Rust string. wasm-bindgen copies a string in with a
/// JS loop over its characters: fine for short ones, slow for two years of
/// data (docs/performance.md, *Heavy data*). A long one is encoded by the
/// browser straight into wasm memory instead (`encode` made a JS copy of
/// every value first, then a second copy in, and garbage to collect).
fn to_string(text: &js_sys::JsString) -> String {
    let chars = text.length();
    if chars < 2048 {
        return String::from(text);
    }
    // A UTF-16 unit never takes more than three bytes of UTF-8.
    let mut bytes = vec![0u8; chars as usize * 3];
    let done = Utf8Encoder::new().encode_into(text, &mut bytes);
    if done.read() != chars {
        return String::from(text); // can't happen with room for all of it
    }
    bytes.truncate(done.written() as usize);
    // The encoder writes valid UTF-8 (lone surrogates become U+FFFD, as in
    // the usual copy); a failure here would be a browser bug, not lost data.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// Opens localStorage and proves it works with a test write; `Err` says why not.
    pub fn open() -> Result<LocalStore, KvError> {
        let window = web_sys::window().ok_or_else(|| KvError::Unavailable("no window".into()))?;
        let storage = window
            .local_storage()
            .map_err(|e| KvError::Unavailable(describe(&e)))?
            .ok_or_else(|| {
                KvError::Unavailable(crate::t!("this browser has no local storage").into())
            })?;
        let mut store = LocalStore { storage };
        let probe = "rebound.probe";
        match store.set(probe, "1") {
            Ok(()) | Err(KvError::Quota) => {}
            Err(e) => return Err(e),
        }
        let _ = store.remove(probe);
        Ok(store)
    }
}

/// A short description of a thrown JS value.
pub fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|err| String::from(err.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| crate::t!("blocked by the browser").into())
}

/// Quota errors by name (`QuotaExceededError`, Firefox's
/// `NS_ERROR_DOM_QUOTA_REACHED`) or legacy code (22, 1014).
fn is_quota(e: &JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let code = js_sys::Reflect::get(e, &"code".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == 22.0
        || code == 1014.0
}

impl KvStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage
            .unchecked_ref::<RawStorage>()
            .get_item(key)
            .map(|v| v.as_ref().map(to_string))
            .map_err(|e| KvError::Unavailable(describe(&e)))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                KvError::Quota
            } else {
                KvError::Unavailable(describe(&e))
            }
        })
    }

    fn remove(&mut self, key: &str) -> Result<(), KvError> {
        self.storage
            .remove_item(key)
            .map_err(|e| KvError::Unavailable(describe(&e)))
    }

    /// Counted in the browser (UTF-16 units, as the quota is): with two years
    /// of records, copying every value into wasm to count it was a large
    /// share of opening Settings on a phone-speed CPU (docs/performance.md,
    /// *Long use*).
    fn used_chars(&self) -> usize {
        let raw: &RawStorage = self.storage.unchecked_ref();
        let keys = self.keys().unwrap_or_default();
        keys.iter()
            .map(|k| {
                let value = raw.get_item(k).ok().flatten();
                utf16_len(k) + value.map_or(0, |v| v.length() as usize)
            })
            .sum()
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let n = self
            .storage
            .length()
            .map_err(|e| KvError::Unavailable(describe(&e)))?;
        Ok((0..n)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .collect())
    }
}
