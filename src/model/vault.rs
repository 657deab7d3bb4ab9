//! Passphrase-protected backups: the file's envelope. The browser's own
//! WebCrypto does the key derivation and encryption (no crypto code ships in
//! the app); this module writes and checks everything around it, so every
//! way a file can be wrong is tested natively.
//!
//! ```text
//! {"format":"rebound-encrypted","version":1,
//!  "kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"<base64, 16 bytes>"},
//!  "cipher":{"name":"AES-256-GCM","iv":"<base64, 12 bytes>"},
//!  "data":"<base64: AES-GCM ciphertext of the plain backup, then its 16-byte tag>"}
//! ```
//! The header (everything but `data`) is the cipher's additional data, in
//! the fixed form [`Sealed::header`], so changing any of it makes the file
//! fail to open, like a wrong passphrase.

use serde::{Deserialize, Serialize};

/// The `format` value that marks an encrypted Rebound backup.
pub const FORMAT: &str = "rebound-encrypted";
/// The newest envelope version this build reads and the one it writes.
pub const VERSION: u32 = 1;
pub const KDF: &str = "PBKDF2-SHA256";
pub const CIPHER: &str = "AES-256-GCM";
/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM's authentication tag, at the end of the ciphertext.
pub const TAG_BYTES: usize = 16;
/// Files asking for more work than this are refused: near what Rebound
/// writes, so a hostile file can't make a phone derive keys for tens of
/// seconds with no way to cancel.
pub const MAX_ITERATIONS: u32 = 1_000_000;
/// Fewer than this would be too weak to have been written by Rebound.
pub const MIN_ITERATIONS: u32 = 100_000;
/// Shorter passphrases are refused at export.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// An encrypted backup, checked and ready for the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// Ciphertext followed by the tag.
    pub data: Vec<u8>,
}

impl Sealed {
    /// The additional authenticated data: the header in one fixed form.
    pub fn header(&self) -> Vec<u8> {
        header(self.iterations, &self.salt, &self.iv)
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        let file = File {
            format: FORMAT.into(),
            version: VERSION,
            kdf: Kdf::new(self.iterations, &self.salt),
            cipher: Cipher::new(&self.iv),
            data: encode(&self.data),
        };
        serde_json::to_string(&file).unwrap_or_default()
    }
}

/// The additional authenticated data for these parameters.
pub fn header(iterations: u32, salt: &[u8], iv: &[u8]) -> Vec<u8> {
    format!(
        "{FORMAT};v{VERSION};{KDF};{iterations};{};{CIPHER};{}",
        encode(salt),
        encode(iv)
    )
    .into_bytes()
}

#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: Cipher,
    data: String,
}

/// The key derivation, as both envelopes write it (this one and a sealed
/// transfer, [`crate::model::transfer`]).
#[derive(Serialize, Deserialize)]
pub(crate) struct Kdf {
    name: String,
    iterations: u32,
    salt: String,
}

/// The cipher, as both envelopes write it.
#[derive(Serialize, Deserialize)]
pub(crate) struct Cipher {
    name: String,
    iv: String,
}

impl Kdf {
    pub(crate) fn new(iterations: u32, salt: &[u8]) -> Kdf {
        Kdf {
            name: KDF.into(),
            iterations,
            salt: encode(salt),
        }
    }
}

impl Cipher {
    pub(crate) fn new(iv: &[u8]) -> Cipher {
        Cipher {
            name: CIPHER.into(),
            iv: encode(iv),
        }
    }
}

/// What is wrong with an envelope's key derivation, cipher or data; each
/// envelope says it in its own words.
pub(crate) enum Fault {
    Damaged,
    Unknown(String),
    TooSlow(u32),
}

/// The names this build knows (checked first, so an unknown method is
/// named before anything else is looked at).
pub(crate) fn check_names(kdf: &Kdf, cipher: &Cipher) -> Result<(), Fault> {
    if kdf.name != KDF {
        return Err(Fault::Unknown(short(&kdf.name)));
    }
    if cipher.name != CIPHER {
        return Err(Fault::Unknown(short(&cipher.name)));
    }
    Ok(())
}

/// The work asked for, the salt, the iv and the ciphertext, checked.
pub(crate) fn check_keys(kdf: &Kdf, cipher: &Cipher, data: &str) -> Result<Sealed, Fault> {
    if kdf.iterations > MAX_ITERATIONS {
        return Err(Fault::TooSlow(kdf.iterations));
    }
    if kdf.iterations < MIN_ITERATIONS {
        return Err(Fault::Damaged);
    }
    let salt = decode(&kdf.salt).ok_or(Fault::Damaged)?;
    let iv = decode(&cipher.iv).ok_or(Fault::Damaged)?;
    let data = decode(data).ok_or(Fault::Damaged)?;
    if salt.len() != SALT_BYTES || iv.len() != IV_BYTES || data.len() < TAG_BYTES {
        return Err(Fault::Damaged);
    }
    Ok(Sealed {
        iterations: kdf.iterations,
        salt,
        iv,
        data,
    })
}

impl From<Fault> for VaultError {
    fn from(f: Fault) -> VaultError {
        match f {
            Fault::Damaged => VaultError::Damaged,
            Fault::Unknown(name) => VaultError::Unknown(name),
            Fault::TooSlow(n) => VaultError::TooSlow(n),
        }
    }
}

/// Why an encrypted file can't be opened. Each reads as a plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VaultError {
    /// Cut short or not the shape Rebound writes.
    Damaged,
    /// Made by a newer Rebound.
    Newer(u32),
    /// A key derivation or cipher this build doesn't know.
    Unknown(String),
    /// Asks for far more key-derivation work than Rebound ever uses.
    TooSlow(u32),
    /// Wrong passphrase, or the file was changed after it was made (the
    /// cipher can't tell these apart).
    WrongPassphrase,
}

impl std::fmt::Display for VaultError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VaultError::Damaged => f.write_str(crate::t!(
                "This encrypted backup is incomplete or damaged, so it can't be opened. Nothing was changed."
            )),
            VaultError::Newer(v) => f.write_str(&crate::tf!(
                "This encrypted backup was made by a newer version of Rebound (format {v}). Reload to update the app, then try again. Nothing was changed.",
                v = v
            )),
            VaultError::Unknown(name) => f.write_str(&crate::tf!(
                "This backup is locked with a method Rebound doesn't know ({name}), so it can't be opened here. Nothing was changed.",
                name = name
            )),
            VaultError::TooSlow(n) => f.write_str(&crate::tf!(
                "This file asks the browser for {n} rounds of work to open it, far more than Rebound ever uses, so it wasn't opened (it could freeze this device for a long time). Nothing was changed.",
                n = n
            )),
            VaultError::WrongPassphrase => f.write_str(crate::t!(
                "That passphrase doesn't open this backup. Check it (capitals and spaces count) and try again. If it's right, the file was changed after it was made. Nothing was changed."
            )),
        }
    }
}

/// Whether these bytes look like an encrypted backup at all (then
/// [`open`] says whether it can be read).
pub fn is_sealed(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(200)];
    let text = String::from_utf8_lossy(head);
    text.contains(&format!("\"format\":\"{FORMAT}\""))
        || text.contains(&format!("\"format\": \"{FORMAT}\""))
}

/// Checks an encrypted backup's envelope. Never panics.
pub fn open(bytes: &[u8]) -> Result<Sealed, VaultError> {
    #[derive(Deserialize)]
    struct Head {
        format: String,
        version: u32,
    }
    let head: Head = serde_json::from_slice(bytes).map_err(|_| VaultError::Damaged)?;
    if head.format != FORMAT {
        return Err(VaultError::Damaged);
    }
    if head.version > VERSION {
        return Err(VaultError::Newer(head.version));
    }
    let file: File = serde_json::from_slice(bytes).map_err(|_| VaultError::Damaged)?;
    check_names(&file.kdf, &file.cipher)?;
    Ok(check_keys(&file.kdf, &file.cipher, &file.data)?)
}

/// A name from a file, shortened for a message.
pub(crate) fn short(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(40).collect()
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Standard base64 with padding; `None` for anything else.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let groups = bytes.len() / 4;
    for (g, chunk) in bytes.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && g + 1 != groups) {
            return None;
        }
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = if i >= 4 - pad {
                0
            } else {
                ALPHABET.iter().position(|&a| a == c)? as u32
            };
            n |= v << (18 - 6 * i);
        }
        let take = 3 - pad;
        // Bits under the padding must be zero (one text per byte string).
        if (pad == 1 && n & 0xff != 0) || (pad == 2 && n & 0xffff != 0) {
            return None;
        }
        out.extend_from_slice(&n.to_be_bytes()[1..1 + take]);
    }
    Some(out)
}
