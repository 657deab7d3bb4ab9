//! The app's words in the person's language.
//!
//! English is written where it is used, wrapped in a macro: `t!` for a
//! text, `tf!` for one with `{placeholders}`, `tp!` for one whose words
//! follow a number. build.rs collects every such text into one sorted list
//! ([`KEYS`]); each call site is resolved to its position there at compile
//! time (a text the list lacks is a compile error). A language pack is its
//! translations in that order, one per line, fetched as a file when the
//! language is chosen — so English costs nothing extra, no key ships in the
//! app, and no language's words sit in the first download.
//!
//! Dates, numbers and plural categories come from the browser's `Intl`
//! through hooks the platform installs with a pack; without one (English,
//! and the native tests) the hand-written English forms apply.

mod pack;

pub use pack::{escape, header, unescape, DateStyle, Hooks, Lang, Pack, PackFile};

include!(concat!(env!("OUT_DIR"), "/lang_keys.rs"));

/// Each file that uses a text, as `path\tkey` lines (for the translation
/// check's per-area report and for cutting a pack in two; nothing in the
/// app reads it).
#[doc(hidden)]
pub const KEY_FILES: &str = include_str!(concat!(env!("OUT_DIR"), "/lang_key_files.txt"));

/// Whether the text at `index` of [`KEYS`] goes in a language's second
/// file: every file that uses it is one of [`LATER_FILES`] (for the pack
/// builder, tests/lang.rs).
#[doc(hidden)]
pub fn in_more_file(index: usize) -> bool {
    let Some(key) = KEYS.get(index) else {
        return false;
    };
    let line = pack::escape(key);
    let mut used = KEY_FILES
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter(|(_, k)| *k == line)
        .map(|(f, _)| f)
        .peekable();
    used.peek().is_some() && used.all(|f| LATER_FILES.iter().any(|p| f.starts_with(p)))
}

/// The files (path prefixes) whose texts only the pages of the `pages` and
/// `transfer` parts show. A text used by none but these is in a language's
/// second file ([`PackFile::More`]), which follows the first by itself
/// (`ui::language`); every other text is in the first, which the first
/// screens need. A file that Today, the frame or the log form uses must
/// never be listed: its words would be English there until the second file
/// came (tests/e2e/lang.spec.js holds the second file back to check).
pub const LATER_FILES: &[&str] = &[
    "src/ui/compose/",
    "src/ui/goals/",
    "src/ui/insights.rs",
    "src/ui/journal.rs",
    "src/ui/not_found.rs",
    "src/ui/settings/",
    "src/ui/transfer/",
    "src/ui/proof/claim.rs",
    "src/ui/proof/details.rs",
    "src/ui/proof/form.rs",
    "src/ui/proof/links.rs",
    "src/ui/proof/list.rs",
    "src/ui/proof/mod.rs",
    "src/ui/proof/report.rs",
    "src/ui/proof/setup.rs",
    "src/ui/rejections/leads.rs",
    "src/ui/rejections/list.rs",
    "src/ui/rejections/page.rs",
    "src/ui/rejections/plan.rs",
    "src/model/compose/",
    "src/model/proof/export.rs",
    "src/model/transfer/",
];

/// A text kept in a constant table (built-in steps, prompts, labels):
/// written `tk!("Text")`, read with [`Text::get`] when shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    index: usize,
    en: &'static str,
}

impl Text {
    #[doc(hidden)]
    pub const fn new(index: usize, en: &'static str) -> Self {
        Self { index, en }
    }

    /// The text in the language in use.
    pub fn get(self) -> &'static str {
        tr(self.index, self.en)
    }

    /// The English, for rules that must not depend on the language.
    pub const fn en(self) -> &'static str {
        self.en
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.get())
    }
}

use std::cell::Cell;

thread_local! {
    static CURRENT: Cell<Option<&'static Pack>> = const { Cell::new(None) };
}

/// The pack in use (`None`: English).
pub fn current() -> Option<&'static Pack> {
    CURRENT.get()
}

/// The language in use.
pub fn lang() -> Lang {
    current().map_or(Lang::En, |p| p.lang)
}

/// Puts `pack` in use (`None`: back to English). The UI rebuilds after.
pub fn set(pack: Option<&'static Pack>) {
    CURRENT.set(pack);
}

/// A text's position in [`KEYS`] (used at compile time by the macros).
pub const fn index_of(key: &str) -> usize {
    let (mut lo, mut hi) = (0usize, KEYS.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match compare(KEYS[mid].as_bytes(), key.as_bytes()) {
            0 => return mid,
            c if c < 0 => lo = mid + 1,
            _ => hi = mid,
        }
    }
    panic!("a text is missing from the language keys: run a build so build.rs sees it")
}

const fn compare(a: &[u8], b: &[u8]) -> i32 {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] { -1 } else { 1 };
        }
        i += 1;
    }
    if a.len() == b.len() {
        0
    } else if a.len() < b.len() {
        -1
    } else {
        1
    }
}

/// The text at `index` in the language in use, else `en`.
pub fn tr(index: usize, en: &'static str) -> &'static str {
    tr_slot(index, en);
    slot()
}

thread_local! {
    /// The text [`tr_slot`] chose last (see there).
    static SLOT: Cell<&'static str> = const { Cell::new("") };
}

/// Puts the text at `index` in the language in use (else `en`) in one
/// fixed slot, which the caller reads at once with [`slot`]. `t!` is used
/// at ~400 sites of the first download; returning a `&str` would give each
/// a stack slot of its own (and many a stack frame), where a fixed slot is
/// two loads from one address.
#[inline(never)]
pub fn tr_slot(index: usize, en: &'static str) {
    SLOT.set(current().and_then(|p| p.text(index)).unwrap_or(en));
}

/// The text the last [`tr_slot`] chose.
#[inline(always)]
pub fn slot() -> &'static str {
    SLOT.get()
}

/// A text with `{name}` placeholders filled in.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(&v.to_string()),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The form of a plural text for `n`: English one/other, or the pack's
/// forms (separated by `|`, in its language's order) chosen by the
/// browser's plural rules.
pub fn plural(index: usize, n: u64, one: &'static str, other: &'static str) -> &'static str {
    match current() {
        Some(p) => p
            .plural(index, n)
            .unwrap_or(if n == 1 { one } else { other }),
        None if n == 1 => one,
        None => other,
    }
}

/// `t!("Text")`: the text in the language in use.
#[macro_export]
macro_rules! t {
    ($s:literal) => {{
        $crate::lang::tr_slot(
            {
                const I: usize = $crate::lang::index_of($s);
                I
            },
            $s,
        );
        $crate::lang::slot()
    }};
}

/// `tk!("Text")`: a [`Text`] for a constant table, translated when read.
#[macro_export]
macro_rules! tk {
    ($s:literal) => {
        $crate::lang::Text::new(
            {
                const I: usize = $crate::lang::index_of($s);
                I
            },
            $s,
        )
    };
}

/// `tf!("Delete {company}?", company = name)`: a text with placeholders.
#[macro_export]
macro_rules! tf {
    ($s:literal, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::lang::fill(
            $crate::t!($s),
            &[$((stringify!($k), &$v as &dyn ::std::fmt::Display)),+],
        )
    };
}

/// `tp!(n, "1 application", "{n} applications")`: the form for `n`, with
/// `{n}` (and any other placeholders given) filled in.
#[macro_export]
macro_rules! tp {
    ($n:expr, $one:literal, $other:literal $(, $k:ident = $v:expr)* $(,)?) => {{
        let n = $n;
        $crate::lang::fill(
            $crate::lang::plural(
                {
                    const I: usize = $crate::lang::index_of(concat!($one, "\u{1f}", $other));
                    I
                },
                n as u64,
                $one,
                $other,
            ),
            &[("n", &$crate::lang::number(n as u64) as &dyn ::std::fmt::Display) $(, (stringify!($k), &$v as &dyn ::std::fmt::Display))*],
        )
    }};
}

/// A whole number as the language writes it ("3,000", "3.000").
pub fn number(n: u64) -> String {
    match current().and_then(|p| p.hooks.number) {
        Some(f) => f(n),
        None => english_number(n),
    }
}

fn english_number(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
