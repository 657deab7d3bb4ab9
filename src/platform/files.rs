//! Files the person takes away or brings: downloads, calendar files,
//! chosen, dropped and launched files, and everything stored as one file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Offers `text` to the user as a file download. Returns false if the browser refused.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let attempt = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let doc = document().ok_or("no document")?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.set_hidden(true);
        doc.body().ok_or("no body")?.append_child(&a)?;
        a.click();
        a.remove();
        // Revoke later: revoking at once can cancel the download in some browsers.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                revoke.unchecked_ref(),
                10_000,
            );
        }
        Ok(())
    };
    attempt().is_ok()
}

/// How a file given to the person went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Handed {
    /// Written and closed through the browser's save dialog
    /// (`showSaveFilePicker`): the file exists where the person chose.
    Written,
    /// The person closed the save dialog: no file was made.
    Cancelled,
    /// Handed to the browser as a download: whether it reaches the
    /// person's files can't be known from here.
    Downloading,
    /// The browser refused both.
    Refused,
}

/// Whether this browser has the save dialog of the File System Access API
/// (Chromium on desktops).
pub fn can_pick_save() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::get(&w, &"showSaveFilePicker".into()).is_ok_and(|f| f.is_function())
    })
}

/// Saves `text` as a file: through the browser's save dialog where there
/// is one (so a cancel, or a write that failed, is known), else as a
/// download. Must start from a click (the dialog needs one).
pub async fn save_file(file_name: &str, mime: &str, text: &str) -> Handed {
    if can_pick_save() {
        let asked = js_sys::Date::now();
        match pick_and_write(file_name, mime, text).await {
            Ok(()) => return Handed::Written,
            // A dialog closed faster than anyone could choose was never
            // shown (headless browsers answer at once): no one cancelled.
            Err(e) if is_abort(&e) && js_sys::Date::now() - asked > NO_DIALOG_MS => {
                return Handed::Cancelled
            }
            // (No click left to open it, say, or the dialog refused this
            // name: the download still works.)
            Err(_) => {}
        }
    }
    if download(file_name, mime, text) {
        Handed::Downloading
    } else {
        Handed::Refused
    }
}

/// Less time than a person takes to close a save dialog they were shown.
const NO_DIALOG_MS: f64 = 150.0;

fn is_abort(e: &JsValue) -> bool {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "AbortError")
}

/// Calls `target.name(arg)` and awaits the promise it returns.
async fn call_await(
    target: &JsValue,
    name: &str,
    arg: Option<&JsValue>,
) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &name.into())?.dyn_into()?;
    let promise = match arg {
        Some(a) => f.call1(target, a)?,
        None => f.call0(target)?,
    };
    JsFuture::from(promise.dyn_into::<js_sys::Promise>()?).await
}

async fn pick_and_write(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| format!(".{e}"))
        .unwrap_or_default();
    let accept = js_sys::Object::new();
    js_sys::Reflect::set(&accept, &mime.into(), &js_sys::Array::of1(&ext.into()))?;
    let kind = js_sys::Object::new();
    js_sys::Reflect::set(&kind, &"accept".into(), &accept)?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"suggestedName".into(), &file_name.into())?;
    js_sys::Reflect::set(&options, &"types".into(), &js_sys::Array::of1(&kind))?;
    let handle = call_await(&window, "showSaveFilePicker", Some(&options)).await?;
    let writable = call_await(&handle, "createWritable", None).await?;
    let written = call_await(&writable, "write", Some(&text.into())).await;
    if let Err(e) = written {
        // A half-written file is dropped, never kept as if it were whole.
        let _ = call_await(&writable, "abort", None).await;
        return Err(e);
    }
    call_await(&writable, "close", None).await?;
    Ok(())
}

/// Reads a chosen file's bytes.
pub async fn read_file(file: web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| crate::store::web::describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Downloads a calendar file for the user's own calendar app.
pub fn download_calendar(what: &str, event: &crate::model::ics::Event) -> bool {
    let text = crate::model::ics::calendar(event, super::clock::now());
    download(&crate::model::ics::file_name(what), "text/calendar", &text)
}

/// Every `rebound.*` key in localStorage with its value (for a file of
/// everything stored: the raw-data download).
pub fn rebound_keys() -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return out;
    };
    let n = storage.length().unwrap_or(0);
    for i in 0..n {
        let Some(key) = storage.key(i).ok().flatten() else {
            continue;
        };
        if key.starts_with("rebound.") {
            if let Some(value) = storage.get_item(&key).ok().flatten() {
                out.insert(key, value);
            }
        }
    }
    out
}

/// Files opened with the installed app (the manifest's `file_handlers`)
/// arrive through `launchQueue`, where the browser has it.
/// `into` is called with the first file.
pub fn receive_launched_files(into: impl Fn(web_sys::File) + Clone + 'static) {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(queue) = Reflect::get(&window, &"launchQueue".into()) else {
        return;
    };
    let Ok(set_consumer) = Reflect::get(&queue, &"setConsumer".into()) else {
        return;
    };
    let Ok(set_consumer) = set_consumer.dyn_into::<Function>() else {
        return;
    };
    let consumer =
        Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(move |params: wasm_bindgen::JsValue| {
            let first = Reflect::get(&params, &"files".into())
                .ok()
                .and_then(|f| Reflect::get(&f, &0.into()).ok())
                .filter(|h| !h.is_undefined());
            let Some(handle) = first else {
                return;
            };
            let into = into.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let get_file = Reflect::get(&handle, &"getFile".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<Function>().ok());
                let Some(promise) = get_file
                    .and_then(|f| f.call0(&handle).ok())
                    .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
                else {
                    return;
                };
                if let Ok(file) = wasm_bindgen_futures::JsFuture::from(promise).await {
                    if let Ok(file) = file.dyn_into::<web_sys::File>() {
                        into(file);
                    }
                }
            });
        });
    let _ = set_consumer.call1(&queue, consumer.as_ref());
    consumer.forget(); // the browser keeps the consumer for the page's life
}
