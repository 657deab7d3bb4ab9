//! Backup passphrases: what is refused (and why, kindly), and a suggestion
//! of four random words. A typo makes a file nobody can open, so the form
//! asks twice and the app opens the file once before it counts as a backup.

use super::vault::MIN_PASSPHRASE_CHARS;

/// Four words from this list are about 40 bits: with 600,000 rounds of
/// PBKDF2 per guess, far beyond what anyone would try on a backup file.
const WORDS: &str = include_str!("lists/passphrase-words.txt");
/// The few hundred passwords people use most: refused, whatever their length.
const COMMON: &str = include_str!("lists/common-passwords.txt");

/// Why a passphrase can't be used, or `None` if it can.
pub fn problem(passphrase: &str, confirmation: &str) -> Option<String> {
    let p = passphrase.trim();
    if p.chars().count() < MIN_PASSPHRASE_CHARS {
        return Some(crate::tf!(
            "Use a passphrase of at least {min} characters (a few words is easier to remember). No backup was made.",
            min = MIN_PASSPHRASE_CHARS
        ));
    }
    if is_common(p) {
        return Some(
            crate::t!("That's one of the passphrases people use most, so it would be among the first anyone tries. Choose something of your own, or use the suggestion. No backup was made.")
                .into(),
        );
    }
    if passphrase != confirmation {
        return Some(
            crate::t!("The two passphrases don't match. Type it again in both fields: a backup locked with a typo can't be opened by anyone. No backup was made.")
                .into(),
        );
    }
    None
}

/// Whether `p` is on the common list (ignoring case and spaces at the ends).
pub fn is_common(p: &str) -> bool {
    let low = p.trim().to_lowercase();
    COMMON.lines().any(|l| l.trim() == low)
}

/// How many words the suggestion list has.
pub fn word_count() -> usize {
    WORDS.lines().filter(|l| !l.trim().is_empty()).count()
}

/// Four words picked by `random` (any numbers: each is taken modulo the
/// list's length), joined by spaces.
pub fn suggest(random: [u32; 4]) -> String {
    let words: Vec<&str> = WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if words.is_empty() {
        return String::new();
    }
    random
        .iter()
        .map(|r| words[*r as usize % words.len()])
        .collect::<Vec<_>>()
        .join(" ")
}
