//! The sealed transfer: a package compressed, then encrypted with the
//! one-time code, as a file or as the payload the QR frames carry. Like an
//! encrypted backup ([`crate::model::vault`]), the browser's WebCrypto
//! derives the key and encrypts, and its CompressionStream compresses; this
//! module writes and checks everything around them.
//!
//! ```text
//! {"format":"rebound-transfer","version":1,
//!  "kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"<base64, 16 bytes>"},
//!  "cipher":{"name":"AES-256-GCM","iv":"<base64, 12 bytes>"},
//!  "compressed":"deflate-raw",
//!  "data":"<base64: AES-GCM ciphertext of the compressed package, then its 16-byte tag>"}
//! ```
//! The header (everything but `data`) is the cipher's additional data, in
//! the fixed form [`seal_header`], so changing any of it makes the transfer
//! fail to open, like a wrong code.
//!
//! Sending: `package_json` → deflate-raw → PBKDF2(code digits, salt) →
//! AES-GCM(iv, additional data = [`seal_header`]) → [`SealedTransfer::to_json`].
//! Receiving: [`open_transfer`] → decrypt with [`SealedTransfer::header`] →
//! inflate (stop past [`MAX_IMPORT_BYTES`]) → `read_package`.

use serde::{Deserialize, Serialize};

use crate::model::backup::MAX_IMPORT_BYTES;
use crate::model::vault::{
    check_keys, check_names, encode, short, Cipher, Fault, Kdf, Sealed, CIPHER, KDF, TAG_BYTES,
};

/// The `format` value that marks a sealed transfer.
pub const FORMAT: &str = "rebound-transfer";
/// The newest envelope version this build reads and the one it writes.
pub const VERSION: u32 = 1;
/// Larger than anything Rebound writes: a 10 MB package that didn't
/// compress at all, in base64, with its header.
pub const MAX_SEALED_BYTES: usize = MAX_IMPORT_BYTES / 3 * 4 + 4096;

/// How the package was compressed before encryption (compressing after
/// would gain nothing: ciphertext looks random).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// `CompressionStream("deflate-raw")`: every current browser.
    DeflateRaw,
    /// Not compressed: for a browser without CompressionStream.
    None,
}

impl Compression {
    pub fn name(self) -> &'static str {
        match self {
            Compression::DeflateRaw => "deflate-raw",
            Compression::None => "none",
        }
    }

    fn from_name(name: &str) -> Option<Compression> {
        match name {
            "deflate-raw" => Some(Compression::DeflateRaw),
            "none" => Some(Compression::None),
            _ => None,
        }
    }
}

/// A sealed transfer, checked and ready for the code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedTransfer {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub compression: Compression,
    /// Ciphertext followed by the tag.
    pub data: Vec<u8>,
}

impl SealedTransfer {
    /// The additional authenticated data: the header in one fixed form.
    pub fn header(&self) -> Vec<u8> {
        seal_header(self.iterations, &self.salt, &self.iv, self.compression)
    }

    /// The file's text (and the QR frames' payload, as UTF-8 bytes).
    pub fn to_json(&self) -> String {
        let file = File {
            format: FORMAT.into(),
            version: VERSION,
            kdf: Kdf::new(self.iterations, &self.salt),
            cipher: Cipher::new(&self.iv),
            compressed: self.compression.name().into(),
            data: encode(&self.data),
        };
        serde_json::to_string(&file).unwrap_or_default()
    }
}

/// The additional authenticated data for these parameters.
pub fn seal_header(iterations: u32, salt: &[u8], iv: &[u8], compression: Compression) -> Vec<u8> {
    format!(
        "{FORMAT};v{VERSION};{KDF};{iterations};{};{CIPHER};{};{}",
        encode(salt),
        encode(iv),
        compression.name()
    )
    .into_bytes()
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: Cipher,
    compressed: String,
    data: String,
}

impl From<Fault> for TransferError {
    fn from(f: Fault) -> TransferError {
        match f {
            Fault::Damaged => TransferError::Damaged,
            Fault::Unknown(name) => TransferError::Unknown(name),
            Fault::TooSlow(n) => TransferError::TooSlow(n),
        }
    }
}

/// Why a sealed transfer can't be opened. Each reads as a plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransferError {
    /// Larger than Rebound ever sends.
    TooLarge(usize),
    /// Cut short or not the shape Rebound writes.
    Damaged,
    /// Made by a newer Rebound.
    Newer(u32),
    /// A key derivation, cipher or compression this build doesn't know.
    Unknown(String),
    /// Asks for far more key-derivation work than Rebound ever uses.
    TooSlow(u32),
    /// Wrong code, or the transfer was changed on the way (the cipher can't
    /// tell these apart). Told by the browser glue when decryption fails.
    WrongCode,
}

impl std::fmt::Display for TransferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransferError::TooLarge(n) => f.write_str(&crate::tf!(
                "This file is {mb} MB, more than Rebound ever sends between devices, so it wasn't opened. Nothing was changed.",
                mb = megabytes(*n)
            )),
            TransferError::Damaged => f.write_str(crate::t!(
                "This transfer is incomplete or damaged, so it can't be opened. Send it again from your other device. Nothing was changed."
            )),
            TransferError::Newer(v) => f.write_str(&crate::tf!(
                "This transfer was made by a newer version of Rebound (format {v}). Reload Rebound on this device to update it, then send again. Nothing was changed.",
                v = v
            )),
            TransferError::Unknown(name) => f.write_str(&crate::tf!(
                "This transfer is locked with a method Rebound doesn't know ({name}), so it can't be opened here. Nothing was changed.",
                name = name
            )),
            TransferError::TooSlow(n) => f.write_str(&crate::tf!(
                "This transfer asks the browser for {n} rounds of work to open it, far more than Rebound ever uses, so it wasn't opened (it could freeze this device for a long time). Nothing was changed.",
                n = n
            )),
            TransferError::WrongCode => f.write_str(crate::t!(
                "That code doesn't open this transfer. Check it against the code on your other device and try again. If it's right, the transfer was changed on the way: send it again. Nothing was changed."
            )),
        }
    }
}

/// A size in megabytes to one decimal: "1.2" (with a decimal comma in the
/// languages that write one: all but English here).
pub(crate) fn megabytes(bytes: usize) -> String {
    let text = crate::model::time::tenths((bytes as u64 * 10 + 524_288) / 1_048_576);
    if crate::lang::current().is_some() {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Whether these bytes look like a sealed transfer at all (then
/// [`open_transfer`] says whether it can be read).
pub fn is_transfer(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    let text = String::from_utf8_lossy(head);
    text.contains(&format!("\"format\":\"{FORMAT}\""))
        || text.contains(&format!("\"format\": \"{FORMAT}\""))
}

/// Checks a sealed transfer's envelope. Never panics.
pub fn open_transfer(bytes: &[u8]) -> Result<SealedTransfer, TransferError> {
    if bytes.len() > MAX_SEALED_BYTES {
        return Err(TransferError::TooLarge(bytes.len()));
    }
    #[derive(Deserialize)]
    struct Head {
        format: String,
        version: u32,
    }
    let head: Head = serde_json::from_slice(bytes).map_err(|_| TransferError::Damaged)?;
    if head.format != FORMAT {
        return Err(TransferError::Damaged);
    }
    if head.version > VERSION {
        return Err(TransferError::Newer(head.version));
    }
    let file: File = serde_json::from_slice(bytes).map_err(|_| TransferError::Damaged)?;
    check_names(&file.kdf, &file.cipher)?;
    let compression = Compression::from_name(&file.compressed)
        .ok_or_else(|| TransferError::Unknown(short(&file.compressed)))?;
    let Sealed {
        iterations,
        salt,
        iv,
        data,
    } = check_keys(&file.kdf, &file.cipher, &file.data)?;
    Ok(SealedTransfer {
        iterations,
        salt,
        iv,
        compression,
        data,
    })
}

/// The sealed text's length for a compressed package of `compressed_len`
/// bytes: the tag, base64's four characters per three bytes, and the header.
pub fn sealed_len(compressed_len: usize) -> usize {
    let data = compressed_len + TAG_BYTES;
    data.div_ceil(3) * 4 + SEALED_OVERHEAD
}

/// The sealed text around `data` (format, kdf, cipher, names, salt and iv).
const SEALED_OVERHEAD: usize = 219;
