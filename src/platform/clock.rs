//! The clock and randomness: now, today in the person's time zone, local
//! times, and fresh ids.

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::JsValue;

use crate::model::record::Id;

/// The current moment. Uses `Date.now()`, so browser tests can move the clock.
pub fn now() -> DateTime<Utc> {
    crate::model::time::from_millis(js_sys::Date::now()).unwrap_or_default()
}

/// Today's date in the user's time zone.
pub fn today() -> NaiveDate {
    local_date(now())
}

/// A fresh UUID v4 from `crypto.getRandomValues` (falling back to
/// `Math.random` if crypto is unavailable).
pub fn new_id() -> Id {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    Id::from_random(bytes)
}

/// "14:05" in the user's time zone.
pub fn local_time(t: DateTime<Utc>) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// The calendar day of a moment in the user's time zone.
pub fn local_date(t: DateTime<Utc>) -> NaiveDate {
    let d = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or(t.date_naive())
}
