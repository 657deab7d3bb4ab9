//! Passphrase backups with the browser's own WebCrypto: PBKDF2-SHA256 turns
//! the passphrase into an AES-256-GCM key, and the file's header is the
//! cipher's additional data (see `model::vault` for the envelope). No crypto
//! code ships in the app, and the passphrase is never stored.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::CryptoKey;

use crate::model::vault::{self, Sealed, VaultError, ITERATIONS, IV_BYTES, SALT_BYTES};

/// Why encryption couldn't run at all (no WebCrypto: an old browser or a
/// page not served securely).
pub fn unavailable() -> &'static str {
    crate::t!("This browser can't encrypt files here, so no backup was made. Export without a passphrase, or try another browser.")
}

fn subtle() -> Option<web_sys::SubtleCrypto> {
    Some(web_sys::window()?.crypto().ok()?.subtle())
}

fn random(n: usize) -> Option<Vec<u8>> {
    let mut bytes = vec![0u8; n];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    Some(bytes)
}

/// `{ name, ...fields }` for WebCrypto's algorithm arguments.
fn algorithm(name: &str, fields: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    let _ = Reflect::set(&o, &"name".into(), &name.into());
    for (k, v) in fields {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

/// The passphrase in Unicode's composed form (NFC): "é" typed as one
/// character on a phone and as e + accent on a laptop is one passphrase.
fn normalised(passphrase: &str) -> String {
    js_sys::JsString::from(passphrase)
        .normalize("NFC")
        .as_string()
        .unwrap_or_else(|| passphrase.to_string())
}

async fn key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, JsValue> {
    let subtle = subtle().ok_or(JsValue::NULL)?;
    let raw: Object = Uint8Array::from(passphrase.as_bytes()).into();
    let base = JsFuture::from(subtle.import_key_with_object(
        "raw",
        &raw,
        &algorithm("PBKDF2", &[]),
        false,
        &Array::of1(&"deriveKey".into()),
    )?)
    .await?
    .dyn_into::<CryptoKey>()?;
    let derive = algorithm(
        "PBKDF2",
        &[
            ("hash", "SHA-256".into()),
            ("salt", bytes(salt)),
            ("iterations", iterations.into()),
        ],
    );
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    JsFuture::from(subtle.derive_key_with_object_and_object(
        &derive,
        &base,
        &algorithm("AES-GCM", &[("length", 256.into())]),
        false,
        &usages,
    )?)
    .await?
    .dyn_into::<CryptoKey>()
}

fn gcm(iv: &[u8], header: &[u8]) -> Object {
    algorithm(
        "AES-GCM",
        &[
            ("iv", bytes(iv)),
            ("additionalData", bytes(header)),
            ("tagLength", 128.into()),
        ],
    )
}

/// Encrypts a plain backup's text into an encrypted backup file's text.
pub async fn seal(plain: &str, passphrase: &str) -> Result<String, &'static str> {
    let (Some(subtle), Some(salt), Some(iv)) = (subtle(), random(SALT_BYTES), random(IV_BYTES))
    else {
        return Err(unavailable());
    };
    let key = key(&normalised(passphrase), &salt, ITERATIONS)
        .await
        .map_err(|_| unavailable())?;
    let header = vault::header(ITERATIONS, &salt, &iv);
    let promise = subtle
        .encrypt_with_object_and_u8_array(&gcm(&iv, &header), &key, plain.as_bytes())
        .map_err(|_| unavailable())?;
    let out = JsFuture::from(promise).await.map_err(|_| unavailable())?;
    let data = Uint8Array::new(&out).to_vec();
    Ok(Sealed {
        iterations: ITERATIONS,
        salt,
        iv,
        data,
    }
    .to_json())
}

/// Decrypts a checked encrypted backup; a wrong passphrase and a changed
/// file both fail the cipher's check. (Files made before passphrases were
/// normalised open with the passphrase as typed.)
pub async fn unseal(sealed: &Sealed, passphrase: &str) -> Result<Vec<u8>, VaultError> {
    let nfc = normalised(passphrase);
    match unseal_with(sealed, &nfc).await {
        Err(_) if nfc != passphrase => unseal_with(sealed, passphrase).await,
        result => result,
    }
}

async fn unseal_with(sealed: &Sealed, passphrase: &str) -> Result<Vec<u8>, VaultError> {
    let subtle = subtle().ok_or(VaultError::WrongPassphrase)?;
    let key = key(passphrase, &sealed.salt, sealed.iterations)
        .await
        .map_err(|_| VaultError::WrongPassphrase)?;
    let promise = subtle
        .decrypt_with_object_and_u8_array(&gcm(&sealed.iv, &sealed.header()), &key, &sealed.data)
        .map_err(|_| VaultError::WrongPassphrase)?;
    let out = JsFuture::from(promise)
        .await
        .map_err(|_| VaultError::WrongPassphrase)?;
    Ok(Uint8Array::new(&out).to_vec())
}

// ---- Send to my other device (`model::transfer::sealed`) ----

/// Random bytes from the browser's cryptographic generator, or `None` (no
/// weaker fallback: these become codes, salts and ivs).
pub fn random_bytes(n: usize) -> Option<Vec<u8>> {
    random(n)
}

/// AES-GCM with the key PBKDF2 derives from `password` (a transfer's code
/// digits) and `header` as the additional data; the caller chose the salt
/// and iv. `None` when WebCrypto isn't there or refused.
pub async fn encrypt_with(
    password: &str,
    salt: &[u8],
    iterations: u32,
    iv: &[u8],
    header: &[u8],
    plain: &[u8],
) -> Option<Vec<u8>> {
    let subtle = subtle()?;
    let key = key(password, salt, iterations).await.ok()?;
    let promise = subtle
        .encrypt_with_object_and_u8_array(&gcm(iv, header), &key, plain)
        .ok()?;
    let out = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&out).to_vec())
}

/// The other way: `None` for a wrong code or a changed transfer (the
/// cipher's check can't tell them apart) and for a browser without WebCrypto.
pub async fn decrypt_with(
    password: &str,
    salt: &[u8],
    iterations: u32,
    iv: &[u8],
    header: &[u8],
    data: &[u8],
) -> Option<Vec<u8>> {
    let subtle = subtle()?;
    let key = key(password, salt, iterations).await.ok()?;
    let promise = subtle
        .decrypt_with_object_and_u8_array(&gcm(iv, header), &key, data)
        .ok()?;
    let out = JsFuture::from(promise).await.ok()?;
    Some(Uint8Array::new(&out).to_vec())
}
