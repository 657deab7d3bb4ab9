//! The one-time code: ten digits shown on the sending screen and typed on
//! the receiving one. Nine are random; the tenth is a Damm check digit, so
//! any single wrong digit and any swap of two neighbours is caught as the
//! person types, before a slow key derivation is even tried.
//!
//! The code is the transfer's key (PBKDF2's password is the ten ASCII digits
//! from [`parse_code`]); it is never stored, and never sent with the package.

/// Digits in a code, the check digit included.
pub const CODE_DIGITS: usize = 10;

/// Damm's quasigroup of order 10 (totally anti-symmetric, zero diagonal):
/// the check digit it gives catches every single-digit error and every
/// adjacent transposition.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm interim digit after `digits` (ASCII): the check digit to append,
/// or 0 when `digits` already ends with a correct one.
fn damm(digits: &[u8]) -> u8 {
    digits.iter().fold(0u8, |interim, d| {
        DAMM[usize::from(interim)][usize::from(d.wrapping_sub(b'0') % 10)]
    })
}

/// A new code from 16 random bytes (`crypto.getRandomValues`), grouped for
/// reading aloud and copying: "123 456 7890".
pub fn new_code(random: [u8; 16]) -> String {
    // 2^128 is so much larger than 10^9 that the remainder is uniform to
    // within one part in 10^29.
    let n = u128::from_be_bytes(random) % 1_000_000_000;
    let mut digits = format!("{n:09}").into_bytes();
    digits.push(b'0' + damm(&digits));
    format_digits(&digits)
}

/// "1234567890" as "123 456 7890".
fn format_digits(d: &[u8]) -> String {
    let text = String::from_utf8_lossy(d);
    if d.len() != CODE_DIGITS {
        return text.into_owned();
    }
    format!("{} {} {}", &text[..3], &text[3..6], &text[6..])
}

/// Why a typed code can't be right. Each reads as a kind, plain sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not ten digits (the number typed).
    Length(usize),
    /// Something other than digits, spaces and dashes.
    NotDigits,
    /// Ten digits, but the check digit disagrees: a digit is wrong or two
    /// are swapped.
    Typo,
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::Length(0) => {
                f.write_str(crate::t!("Type the 10-digit code shown on your other device."))
            }
            CodeError::Length(n) if *n < CODE_DIGITS => f.write_str(&crate::tp!(
                *n,
                "That's 1 digit; the code on your other device has 10. Check it and add the missing ones.",
                "That's {n} digits; the code on your other device has 10. Check it and add the missing ones."
            )),
            CodeError::Length(n) => f.write_str(&crate::tf!(
                "That's {n} digits; the code on your other device has 10. Check it for an extra digit.",
                n = n
            )),
            CodeError::NotDigits => f.write_str(crate::t!(
                "The code is only digits (spaces and dashes are fine). Check it against your other device."
            )),
            CodeError::Typo => f.write_str(crate::t!(
                "One of those digits doesn't match the code on your other device (or two are swapped). Check them and try again."
            )),
        }
    }
}

/// Reads a typed code: spaces and dashes anywhere, full-width digits from
/// East Asian keyboards too. Returns the ten ASCII digits, the key the
/// sender used.
pub fn parse_code(typed: &str) -> Result<String, CodeError> {
    let mut digits = Vec::with_capacity(CODE_DIGITS);
    let mut other = false;
    for c in typed.chars() {
        match c {
            '0'..='9' => digits.push(c as u8),
            // Full-width digits, as Japanese and Chinese keyboards type them.
            '\u{ff10}'..='\u{ff19}' => digits.push(b'0' + (c as u32 - 0xff10) as u8),
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '.' | '_' | '/' => {}
            c if c.is_whitespace() => {}
            _ => other = true,
        }
        // Enough to know it's too long; no need to collect a pasted essay.
        if digits.len() > 64 {
            break;
        }
    }
    if other {
        return Err(CodeError::NotDigits);
    }
    if digits.len() != CODE_DIGITS {
        return Err(CodeError::Length(digits.len()));
    }
    if damm(&digits) != 0 {
        return Err(CodeError::Typo);
    }
    Ok(String::from_utf8_lossy(&digits).into_owned())
}
