//! Rebound: recover from job rejections, offline, with every byte of data kept
//! in the user's own browser.
//!
//! `model` (the rules) and `store` (persistence) are plain Rust and build
//! everywhere; the Leptos UI and browser glue build only for wasm32.

pub mod lang;
pub mod model;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// Shown in Settings and written into backups.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
