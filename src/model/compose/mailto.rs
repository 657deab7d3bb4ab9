//! The `mailto:` link and the percent-encoding it needs.

/// A `mailto:` URL per RFC 6068: UTF-8 percent-encoding, spaces as %20,
/// line breaks as %0D%0A.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let crlf = normalise_newlines(body);
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to.trim(), b"@"),
        encode(subject, b""),
        encode(&crlf, b"")
    )
}

/// Every line break as CRLF.
pub fn normalise_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// Percent-encodes all but RFC 3986 unreserved characters (and `keep`).
pub fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789ABCDEF"[usize::from(b & 15)]));
        }
    }
    out
}

/// Decodes percent-encoding (for tests and checks); `None` on bad input.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Beyond this, some mail apps and browsers cut a `mailto:` link short.
pub const MAILTO_LIMIT: usize = 1900;
