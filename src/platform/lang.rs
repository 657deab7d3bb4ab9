//! The language this device speaks: chosen in Settings (kept with the
//! device's flags, never in the synced data), else the browser's
//! `navigator.languages`; its pack fetched from `/lang/<key>.txt` (and the
//! later pages' words from `/lang/<key>.more.txt`), and the
//! browser's `Intl` for its dates, numbers and plurals. Everything here is
//! reached only from the language part (`ui::language`), so an English
//! visit downloads none of it.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::lang::{DateStyle, Hooks, Lang, Pack, PackFile};

/// The language chosen on this device, if one was.
pub fn chosen() -> Option<Lang> {
    super::device_text(super::flags::LANGUAGE).and_then(|k| Lang::from_key(&k))
}

/// The language to start in: the one chosen here, else the first of the
/// browser's languages Rebound speaks, else English — as index.html's first
/// script found it (`data-start-lang`), so the main module carries no
/// reading of `navigator.languages`.
pub fn preferred() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-start-lang"))
        .and_then(|k| Lang::from_key(&k))
        .unwrap_or(Lang::En)
}

/// The week start this browser's locale expects: `Intl.Locale`'s week
/// info where the browser has it (`getWeekInfo()`, or the older
/// `weekInfo`), else the region of its language tag. For the default of a
/// person who never chose a week start (Settings keeps their choice).
pub fn locale_week_start() -> crate::model::time::WeekStart {
    use crate::model::time::WeekStart;
    let tag = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    week_info_first_day(&tag).map_or_else(|| WeekStart::for_locale(&tag), WeekStart::from_first_day)
}

fn week_info_first_day(tag: &str) -> Option<u32> {
    let global = js_sys::global();
    let ctor: Function = Reflect::get(
        &Reflect::get(&global, &"Intl".into()).ok()?,
        &"Locale".into(),
    )
    .ok()?
    .dyn_into()
    .ok()?;
    let locale = Reflect::construct(&ctor, &Array::of1(&tag.into())).ok()?;
    let info = match Reflect::get(&locale, &"getWeekInfo".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        Some(f) => f.call0(&locale).ok()?,
        None => Reflect::get(&locale, &"weekInfo".into()).ok()?,
    };
    let day = Reflect::get(&info, &"firstDay".into()).ok()?.as_f64()?;
    (1.0..=7.0).contains(&day).then_some(day as u32)
}

/// Remembers the choice on this device.
pub fn remember(lang: Lang) {
    super::set_device_text(super::flags::LANGUAGE, lang.key());
}

/// `<html lang>` follows the language, so screen readers pronounce it.
pub fn set_document_lang(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.tag());
    }
}

/// `pack` with its language's second file joined in.
pub async fn with_more(pack: &'static Pack) -> Result<&'static Pack, String> {
    let more = fetch_pack(pack.lang, PackFile::More).await?;
    Ok(joined(pack, more))
}

fn joined(first: &Pack, more: &Pack) -> &'static Pack {
    Box::leak(Box::new(first.with_more(more)))
}

/// Both of a language's files, fetched side by side, as one pack (a choice
/// in Settings, where the page itself shows the second file's words).
pub async fn whole_pack(lang: Lang) -> Result<&'static Pack, String> {
    use std::future::{poll_fn, Future};
    use std::task::Poll;
    let mut first = std::pin::pin!(fetch_pack(lang, PackFile::First));
    let mut more = std::pin::pin!(fetch_pack(lang, PackFile::More));
    let (mut a, mut b) = (None, None);
    poll_fn(|cx| {
        if a.is_none() {
            if let Poll::Ready(r) = first.as_mut().poll(cx) {
                a = Some(r);
            }
        }
        if b.is_none() {
            if let Poll::Ready(r) = more.as_mut().poll(cx) {
                b = Some(r);
            }
        }
        if a.is_some() && b.is_some() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    match (a, b) {
        (Some(a), Some(b)) => Ok(joined(a?, b?)),
        _ => Err(crate::t!("the language file couldn't be read").to_string()),
    }
}

/// Fetches and reads one of a language's two files (the worker keeps it
/// once fetched, so it works offline from then on). A file left by another
/// build is fetched again past every cache before giving up.
pub async fn fetch_pack(lang: Lang, file: PackFile) -> Result<&'static Pack, String> {
    let path = file.path(lang);
    let first = fetch_text(&path, false).await?;
    let text = match Pack::parse(lang, &first, hooks()) {
        Ok(p) => return Ok(Box::leak(Box::new(p))),
        Err(_) => fetch_text(&path, true).await?,
    };
    Pack::parse(lang, &text, hooks()).map(|p| &*Box::leak(Box::new(p)))
}

async fn fetch_text(path: &str, reload: bool) -> Result<String, String> {
    let window = web_sys::window().ok_or(crate::t!("no window"))?;
    let init = web_sys::RequestInit::new();
    if reload {
        init.set_cache(web_sys::RequestCache::Reload);
    }
    let promise = window.fetch_with_str_and_init(path, &init);
    let res: web_sys::Response = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| crate::t!("the language file couldn't be fetched (offline?)").to_string())?
        .dyn_into()
        .map_err(|_| crate::t!("no response").to_string())?;
    if !res.ok() {
        return Err(crate::tf!(
            "the language file isn't on the website ({status})",
            status = res.status()
        ));
    }
    let text = wasm_bindgen_futures::JsFuture::from(
        res.text()
            .map_err(|_| crate::t!("the language file couldn't be read"))?,
    )
    .await
    .map_err(|_| crate::t!("the language file couldn't be read").to_string())?;
    text.as_string()
        .ok_or_else(|| crate::t!("the language file isn't text").to_string())
}

fn hooks() -> Hooks {
    Hooks {
        number: Some(number),
        date: Some(date),
        plural: Some(plural),
    }
}

/// `new Intl[kind](tag, options)`, through `Reflect` (no new bindings).
fn intl(kind: &str, options: &[(&str, &str)]) -> Option<Object> {
    let global = js_sys::global();
    let ctor: Function = Reflect::get(&Reflect::get(&global, &"Intl".into()).ok()?, &kind.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let opts = Object::new();
    for (k, v) in options {
        Reflect::set(&opts, &(*k).into(), &(*v).into()).ok()?;
    }
    let args = Array::of2(&crate::lang::lang().tag().into(), &opts);
    Reflect::construct(&ctor, &args).ok()?.dyn_into().ok()
}

fn call(obj: &Object, method: &str, arg: &JsValue) -> Option<JsValue> {
    let f: Function = Reflect::get(obj, &method.into()).ok()?.dyn_into().ok()?;
    f.call1(obj, arg).ok()
}

fn number(n: u64) -> String {
    intl("NumberFormat", &[])
        .and_then(|f| call(&f, "format", &JsValue::from_f64(n as f64)))
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

fn plural(n: u64) -> usize {
    let category = intl("PluralRules", &[])
        .and_then(|r| call(&r, "select", &JsValue::from_f64(n as f64)))
        .and_then(|v| v.as_string());
    match category.as_deref() {
        Some("one") => 0,
        Some(_) => 1,
        None => crate::lang::lang().plural_form(n),
    }
}

fn date(day: chrono::NaiveDate, style: DateStyle) -> String {
    use chrono::Datelike;
    let options: &[(&str, &str)] = match style {
        DateStyle::Short => &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
        DateStyle::Long => &[("weekday", "long"), ("day", "numeric"), ("month", "long")],
        DateStyle::Month => &[("month", "long"), ("year", "numeric")],
    };
    let js_date = js_sys::Date::new_with_year_month_day(
        day.year() as u32,
        day.month0() as i32,
        day.day() as i32,
    );
    let text = intl("DateTimeFormat", options)
        .and_then(|f| call(&f, "format", &js_date))
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| day.to_string());
    // A month heading starts with a capital ("Diciembre de 2026").
    let mut chars = text.chars();
    match (style, chars.next()) {
        (DateStyle::Month, Some(first)) => first.to_uppercase().chain(chars).collect(),
        _ => text,
    }
}
