//! Where the person claims, kept on this device only (`rebound.claim`,
//! see `platform::flags::DEVICE_KEYS`): never in the data, a backup or
//! another device, since a claim reference is nobody else's business.
//! Read leniently through the model ([`Claim::from_json`]): a missing,
//! blocked or unreadable value is the defaults, never an error.

use crate::model::proof::Claim;
use crate::platform::flags::CLAIM;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The claim settings as stored (or the defaults), and whether any were
/// stored at all (a person who never chose sees an invitation instead).
pub fn load() -> (Claim, bool) {
    let text = storage().and_then(|s| s.get_item(CLAIM).ok().flatten());
    match text {
        Some(t) => (Claim::from_json(&t), true),
        None => (Claim::default(), false),
    }
}

/// Keeps `claim` on this device; `false` if the browser refused (blocked
/// or full storage: the page keeps the choice for this visit).
pub fn store(claim: &Claim) -> bool {
    crate::platform::set_device_text(CLAIM, &claim.clone().cleaned().to_json())
}
