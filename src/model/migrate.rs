//! Migrations: pure functions that move stored JSON from schema N to N+1,
//! so every file Rebound ever wrote stays readable.

use chrono::{DateTime, Datelike};
use serde_json::Value;

/// Moves `data` from `version` to `version + 1`. Each step is a small pure
/// function on JSON so old files stay readable forever.
pub fn migrate_step(version: u32, data: &mut Value) -> Result<(), String> {
    match version {
        1 => migrate_1_to_2(data),
        2 => migrate_2_to_3(data),
        3 => migrate_3_to_4(data),
        4 => migrate_4_to_5(data),
        _ => Err(format!("no migration from version {version}")),
    }
}

/// Schema 5 stamps the parts of applications, journal entries and goals
/// one by one (see `stamps`), so two devices' edits of one record merge
/// part by part. A record written before keeps its whole-record time as
/// the time of every part (`"s":{"b":…}`), which is what the old merge
/// compared. It also adds the assessment stage (nothing to move: older
/// data never holds it).
fn migrate_4_to_5(data: &mut Value) -> Result<(), String> {
    let obj = data.as_object_mut().ok_or("data is not an object")?;
    for key in ["applications", "journal", "goals"] {
        let Some(list) = obj.get_mut(key) else {
            continue;
        };
        let list = list.as_array_mut().ok_or(format!("{key} is not a list"))?;
        for record in list {
            let record = record
                .as_object_mut()
                .ok_or(format!("a record in {key} is not an object"))?;
            let meta = record.get("meta").and_then(Value::as_object);
            let (c, u) = (
                meta.and_then(|m| m.get("c")).and_then(Value::as_i64),
                meta.and_then(|m| m.get("u")).and_then(Value::as_i64),
            );
            if let (Some(c), Some(u)) = (c, u) {
                if u != c && !record.contains_key("s") {
                    record.insert("s".into(), serde_json::json!({ "b": u }));
                }
            }
        }
    }
    Ok(())
}

/// Schema 1 (the pre-release shape) named the employer `company_name` and kept
/// the week start as a `week_starts_sunday` flag.
fn migrate_1_to_2(data: &mut Value) -> Result<(), String> {
    let obj = data.as_object_mut().ok_or("data is not an object")?;
    if let Some(apps) = obj.get_mut("applications") {
        let apps = apps.as_array_mut().ok_or("applications is not a list")?;
        for app in apps {
            let app = app
                .as_object_mut()
                .ok_or("an application is not an object")?;
            if let Some(name) = app.remove("company_name") {
                app.insert("company".into(), name);
            }
        }
    }
    if let Some(settings) = obj.get_mut("settings").and_then(Value::as_object_mut) {
        if let Some(flag) = settings.remove("week_starts_sunday") {
            let start = if flag.as_bool() == Some(true) {
                "sunday"
            } else {
                "monday"
            };
            settings.insert("week_start".into(), Value::from(start));
        }
    }
    Ok(())
}

/// Schema 2 wrote record times as RFC 3339 text and kept one `checkins`
/// record per tap. Schema 3 writes times as epoch milliseconds and groups
/// progress per goal and ISO week (`progress`), which is what lets two years
/// of daily logging fit comfortably in browser storage.
fn migrate_2_to_3(data: &mut Value) -> Result<(), String> {
    each_meta(
        data,
        &["applications", "journal", "goals", "checkins"],
        |key, meta| {
            for field in ["created_at", "updated_at", "deleted_at"] {
                if let Some(v) = meta.get_mut(field) {
                    if let Some(text) = v.as_str() {
                        let t = DateTime::parse_from_rfc3339(text)
                            .map_err(|_| format!("a time in {key} is not a date"))?;
                        *v = Value::from(t.timestamp_millis());
                    }
                }
            }
            Ok(())
        },
    )?;
    let obj = data.as_object_mut().ok_or("data is not an object")?;
    let Some(checkins) = obj.remove("checkins") else {
        return Ok(());
    };
    let list = checkins.as_array().ok_or("checkins is not a list")?;
    let mut buckets: Vec<Value> = Vec::new();
    for c in list {
        if c["meta"].get("deleted_at").is_some_and(|d| !d.is_null()) {
            continue;
        }
        let goal = c["goal"]
            .as_str()
            .and_then(super::record::Id::parse)
            .ok_or("a check-in has no goal")?;
        let day = c["date"]
            .as_str()
            .and_then(super::time::parse_date)
            .ok_or("a check-in has no date")?;
        let amount = c["amount"].as_u64().unwrap_or(1);
        let (created, updated) = (
            c["meta"]["created_at"].as_i64().unwrap_or(0),
            c["meta"]["updated_at"].as_i64().unwrap_or(0),
        );
        let (monday, i) = super::goals::iso_slot(day);
        let week = monday.to_string();
        let pos = buckets
            .iter()
            .position(|b| b["goal"] == goal.to_string() && b["week"] == week);
        let b = match pos {
            Some(p) => &mut buckets[p],
            None => {
                let seed = goal.as_u128()
                    ^ (u128::from(monday.num_days_from_ce().unsigned_abs())
                        * 0x9e37_79b9_7f4a_7c15);
                buckets.push(serde_json::json!({
                    "meta": {"id": super::record::Id::derived(seed).to_string(), "created_at": created, "updated_at": updated},
                    "goal": goal.to_string(), "week": week, "days": [0, 0, 0, 0, 0, 0, 0], "notes": [],
                }));
                buckets.last_mut().ok_or("no bucket")?
            }
        };
        b["days"][i] = Value::from(b["days"][i].as_u64().unwrap_or(0) + amount);
        if b["meta"]["created_at"].as_i64().unwrap_or(i64::MAX) > created {
            b["meta"]["created_at"] = Value::from(created);
        }
        if b["meta"]["updated_at"].as_i64().unwrap_or(0) < updated {
            b["meta"]["updated_at"] = Value::from(updated);
        }
        if let Some(note) = c["note"].as_str().filter(|n| !n.is_empty()) {
            if let Some(notes) = b["notes"].as_array_mut() {
                notes.push(serde_json::json!([i, note]));
            }
        }
    }
    obj.insert("progress".into(), Value::from(buckets));
    Ok(())
}

/// Schema 4 names record times `c`, `u` and `d` instead of `created_at`,
/// `updated_at` and `deleted_at`, and writes ids without dashes (both id
/// forms are read, so ids need no change here). In the browser it is also
/// stored in parts (see `store`), which doesn't change this shape.
fn migrate_3_to_4(data: &mut Value) -> Result<(), String> {
    each_meta(
        data,
        &["applications", "journal", "goals", "progress"],
        |_, meta| {
            for (old, new) in [
                ("created_at", "c"),
                ("updated_at", "u"),
                ("deleted_at", "d"),
            ] {
                if let Some(v) = meta.remove(old) {
                    meta.insert(new.into(), v);
                }
            }
            Ok(())
        },
    )
}

/// Calls `f` with the `meta` object of every record in the named lists.
fn each_meta(
    data: &mut Value,
    lists: &[&str],
    mut f: impl FnMut(&str, &mut serde_json::Map<String, Value>) -> Result<(), String>,
) -> Result<(), String> {
    let obj = data.as_object_mut().ok_or("data is not an object")?;
    for key in lists {
        let Some(list) = obj.get_mut(*key) else {
            continue;
        };
        let list = list.as_array_mut().ok_or(format!("{key} is not a list"))?;
        for record in list {
            let meta = record
                .get_mut("meta")
                .and_then(Value::as_object_mut)
                .ok_or(format!("a record in {key} has no meta"))?;
            f(key, meta)?;
        }
    }
    Ok(())
}
