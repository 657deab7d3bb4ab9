//! Pure Rust: the product's rules. No Leptos, no web-sys — everything here is
//! tested natively with `cargo test`.

pub mod backup;
pub mod checkin;
pub mod compose;
pub mod data;
pub mod draft;
pub mod email;
pub mod encourage;
pub mod feedback;
pub mod field_merge;
pub mod goals;
pub mod ics;
pub mod insights;
pub mod journal;
pub mod listing;
pub mod migrate;
pub mod order;
pub mod passphrase;
pub mod plan_state;
pub mod proof;
pub mod record;
pub mod recovery;
pub mod rejection;
pub mod stamps;
pub mod support;
pub mod time;
pub mod today;
pub mod transfer;
pub mod undo;
pub mod vault;
pub mod ymd;
