//! User-timing marks, for the benchmark's breakdown of startup and saves
//! (scripts/bench reads them; nothing in the app does).

/// A performance mark named `name`.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A measure `name` from the mark `start` to now (the start mark goes).
pub fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
        p.clear_marks_with_mark_name(start);
    }
}
