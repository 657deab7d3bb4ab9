//! Browser glue, in one place: the clock, files, this browser's own flags,
//! the browser's services, install, the service worker, WebCrypto, the
//! camera, deflate, sharing, the language in use and timing marks. Nothing
//! here holds product rules (those are in `model`).

pub mod browser;
pub mod camera;
pub mod clock;
pub mod crypto;
pub mod deflate;
pub mod files;
pub mod flags;
pub mod install;
pub mod lang;
pub mod perf;
pub mod share;
pub mod sw;

pub use browser::{
    can_share, copy_text, drop_shared_email, is_persisted, locked, looks_private, read_clipboard,
    request_persist, share, take_shared_email,
};
pub use clock::{local_date, local_time, new_id, now, today};
pub use files::{download, download_calendar, read_file, rebound_keys};
pub use flags::{
    device_flag, device_id, device_text, device_time, forget_device, set_device_flag,
    set_device_text, set_device_time,
};
