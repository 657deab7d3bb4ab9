//! Sealing a package for the other device and opening one from it: the
//! model's envelope around the browser's deflate and WebCrypto (see
//! `model::transfer::sealed` for the format). Every failure comes back as
//! a sentence for the person that says nothing was changed.

use chrono::{DateTime, Datelike, Utc};

use crate::model::backup::MAX_IMPORT_BYTES;
use crate::model::data::AppData;
use crate::model::transfer::fountain::{plan, TransferPlan};
use crate::model::transfer::package::{
    changes_since, package_json, read_package, Package, PackageError,
};
use crate::model::transfer::peer::UNKNOWN_DEVICE;
use crate::model::transfer::sealed::{seal_header, Compression, SealedTransfer, TransferError};
use crate::model::transfer::{new_code, parse_code};
use crate::model::vault::{ITERATIONS, IV_BYTES, SALT_BYTES};
use crate::platform::crypto::{decrypt_with, encrypt_with, random_bytes};
use crate::platform::deflate::{compress, inflate, InflateError};
use crate::platform::{self};

/// Why nothing could be sealed here.
const CANT_SEAL: crate::lang::Text = crate::tk!("This browser can't lock a package here (it has no WebCrypto, which Rebound needs to encrypt it), so nothing was sent. Try another browser, or use Export backup instead.");

/// A package sealed and ready to go.
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    /// "123 456 7890", shown on the screen and typed on the other device.
    pub code: String,
    /// The sealed transfer's text: the file, and the QR frames' payload.
    pub sealed: String,
    pub file_name: String,
    /// This device's clock when it was made (recorded once it arrived).
    pub sent_at: DateTime<Utc>,
    /// What it starts from (`None`: everything).
    pub since: Option<DateTime<Utc>>,
    /// The device it was made for ([`UNKNOWN_DEVICE`] when this one hasn't
    /// heard from any yet).
    pub to: u128,
    /// "18 applications, 20 journal entries and 5 goals".
    pub contents: String,
    /// Whether anything at all changed since `since`.
    pub empty: bool,
    /// Frames and seconds by camera.
    pub plan: TransferPlan,
    /// The package's length before compression and encryption.
    pub plain_len: usize,
}

/// Seals what changed since the last exchange with the likeliest other
/// device (everything the first time, or when `everything`), with a fresh
/// code.
pub async fn make(data: &AppData, everything: bool) -> Result<Outgoing, String> {
    let peer = super::peers::likely(&super::peers::load());
    let since = if everything {
        None
    } else {
        peer.as_ref().and_then(|p| p.next_since())
    };
    let to = peer.map_or(UNKNOWN_DEVICE, |p| p.device);
    let now = platform::now();
    let changes = changes_since(data, since);
    let empty = changes.record_count() == 0;
    let contents = super::contents(&changes);
    let text = package_json(
        &changes,
        platform::device_id(),
        since,
        now,
        crate::APP_VERSION,
    );
    drop(changes);
    let plain_len = text.len();
    let random: [u8; 16] = random_bytes(16)
        .and_then(|r| r.try_into().ok())
        .ok_or_else(|| CANT_SEAL.get())?;
    let code = new_code(random);
    let digits = parse_code(&code).map_err(|_| CANT_SEAL.get())?;
    let (compression, body) = match compress(text.as_bytes()).await {
        Some(packed) => (Compression::DeflateRaw, packed),
        None => (Compression::None, text.into_bytes()),
    };
    let (Some(salt), Some(iv)) = (random_bytes(SALT_BYTES), random_bytes(IV_BYTES)) else {
        return Err(CANT_SEAL.get().into());
    };
    let header = seal_header(ITERATIONS, &salt, &iv, compression);
    let data = encrypt_with(&digits, &salt, ITERATIONS, &iv, &header, &body)
        .await
        .ok_or_else(|| CANT_SEAL.get())?;
    let sealed = SealedTransfer {
        iterations: ITERATIONS,
        salt,
        iv,
        compression,
        data,
    }
    .to_json();
    let day = platform::local_date(now);
    let file_name = format!(
        "rebound-transfer-{:04}-{:02}-{:02}-{}.json",
        day.year(),
        day.month(),
        day.day(),
        platform::local_time(now).replace(':', "")
    );
    Ok(Outgoing {
        code,
        plan: plan(sealed.len()),
        sealed,
        file_name,
        sent_at: now,
        since,
        to,
        contents,
        empty,
        plain_len,
    })
}

/// Opens a checked transfer with the code typed: the package inside, or
/// what went wrong (a typo in the code is caught before any slow work).
pub async fn open(sealed: &SealedTransfer, typed: &str) -> Result<Package, String> {
    let digits = parse_code(typed).map_err(|e| e.to_string())?;
    let plain = decrypt_with(
        &digits,
        &sealed.salt,
        sealed.iterations,
        &sealed.iv,
        &sealed.header(),
        &sealed.data,
    )
    .await
    .ok_or_else(|| TransferError::WrongCode.to_string())?;
    let bytes = match sealed.compression {
        Compression::None => plain,
        Compression::DeflateRaw => inflate(&plain, MAX_IMPORT_BYTES).await.map_err(|e| match e {
            InflateError::Unavailable => crate::t!("This browser is too old to unpack this package (it can't inflate deflate-raw data). Update it, or open the package in another browser. Nothing was changed.").to_string(),
            InflateError::TooLarge(n) => PackageError::TooLarge(n).to_string(),
            InflateError::Damaged => PackageError::Damaged.to_string(),
        })?,
    };
    let text = String::from_utf8(bytes).map_err(|_| PackageError::Damaged.to_string())?;
    read_package(&text).map_err(|e| e.to_string())
}
