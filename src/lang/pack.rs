//! The languages, and one language's pack: its translations in the order
//! of the keys, plus the browser's formatting for it.

use chrono::NaiveDate;

use super::KEYS;

/// The languages Rebound speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    De,
    Fr,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::De, Lang::Fr, Lang::Pt];

    /// The BCP 47 tag (for `<html lang>` and `Intl`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Pt => "pt-BR",
        }
    }

    /// The pack's file name stem (`lang/de.txt`) and the stored setting.
    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
        }
    }

    /// Its name in its own words, as the language chooser lists it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Pt => "Português (Brasil)",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The first of the browser's languages Rebound speaks
    /// (`navigator.languages`, most wanted first), else English. (At start,
    /// index.html's first script applies this same rule: keep them alike.)
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(|t| {
                let primary = t.split(['-', '_']).next()?.to_ascii_lowercase();
                Lang::from_key(&primary)
            })
            .unwrap_or(Lang::En)
    }

    /// The plural form for `n` when the browser can't say (the native
    /// tests): French and Brazilian Portuguese count 0 and 1 as "one".
    pub fn plural_form(self, n: u64) -> usize {
        let one = match self {
            Lang::Fr | Lang::Pt => n <= 1,
            _ => n == 1,
        };
        usize::from(!one)
    }
}

/// How a date is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "3 Dec 2026", "3. Dezember 2026".
    Short,
    /// "Thursday 3 December", "Donnerstag, 3. Dezember".
    Long,
    /// "December 2026".
    Month,
}

/// The browser's formatting for the pack's language.
#[derive(Clone, Copy, Debug, Default)]
pub struct Hooks {
    pub number: Option<fn(u64) -> String>,
    pub date: Option<fn(NaiveDate, DateStyle) -> String>,
    /// The index of the plural form for a count (the pack's forms are in
    /// the order one, other).
    pub plural: Option<fn(u64) -> usize>,
}

/// A language's words come in two files, so neither fetch is big and the
/// first screens wait for less: the first holds every text the frame, Today
/// and the log form can show, the second the texts only the other pages
/// use ([`super::LATER_FILES`]), fetched right after. Each file has a line
/// for every key, empty where the other file has the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackFile {
    First,
    More,
}

impl PackFile {
    /// Where the file is on the website.
    pub fn path(self, lang: Lang) -> String {
        match self {
            PackFile::First => format!("/lang/{}.txt", lang.key()),
            PackFile::More => format!("/lang/{}.more.txt", lang.key()),
        }
    }
}

/// One language's translations, in the order of [`KEYS`].
#[derive(Debug)]
pub struct Pack {
    pub lang: Lang,
    texts: Vec<&'static str>,
    pub hooks: Hooks,
    /// Both of the language's files are in ([`Pack::with_more`]).
    pub complete: bool,
}

impl Pack {
    /// Reads a pack file: one translation per line, in the keys' order, a
    /// newline inside a text written `\n` (and a backslash `\\`). A pack
    /// for another version of the app (another number of lines) is refused.
    pub fn parse(lang: Lang, text: &str, hooks: Hooks) -> Result<Pack, String> {
        let (head, body) = text.split_once('\n').unwrap_or((text, ""));
        if head != header() {
            return Err(format!(
                "the {} words are for another version of Rebound",
                lang.own_name()
            ));
        }
        let lines: Vec<&str> = if KEYS.is_empty() {
            Vec::new()
        } else {
            body.strip_suffix('\n')
                .unwrap_or(body)
                .split('\n')
                .collect()
        };
        if lines.len() != KEYS.len() {
            return Err(format!(
                "the {} words are for another version of Rebound ({} texts, {} expected)",
                lang.own_name(),
                lines.len(),
                KEYS.len()
            ));
        }
        let texts = lines
            .into_iter()
            .map(|l| -> &'static str { Box::leak(unescape(l).into_boxed_str()) })
            .collect();
        Ok(Pack {
            lang,
            texts,
            hooks,
            complete: false,
        })
    }

    /// This pack with the texts of the language's other file filled in
    /// (where both have a text, this one's stays).
    pub fn with_more(&self, more: &Pack) -> Pack {
        let texts = self
            .texts
            .iter()
            .enumerate()
            .map(|(i, t)| match (t.is_empty(), more.texts.get(i)) {
                (true, Some(m)) => *m,
                _ => *t,
            })
            .collect();
        Pack {
            lang: self.lang,
            texts,
            hooks: self.hooks,
            complete: true,
        }
    }

    /// The translation at `index` (`None` if the pack leaves it empty).
    pub fn text(&self, index: usize) -> Option<&'static str> {
        self.texts.get(index).copied().filter(|t| !t.is_empty())
    }

    /// The plural form for `n` of the text at `index`.
    pub fn plural(&self, index: usize, n: u64) -> Option<&'static str> {
        let text = self.text(index)?;
        let forms: Vec<&'static str> = text.split('|').map(str::trim).collect();
        let i = match self.hooks.plural {
            Some(f) => f(n),
            None => self.lang.plural_form(n),
        };
        forms.get(i).or(forms.last()).copied()
    }

    /// A date as the pack's language writes it, if the browser can.
    pub fn date(&self, day: NaiveDate, style: DateStyle) -> Option<String> {
        self.hooks.date.map(|f| f(day, style))
    }
}

/// A pack's first line: which build's keys it follows.
pub fn header() -> String {
    format!("#rebound-lang {}", super::KEYS_HASH)
}

/// A pack line's text: `\n` is a newline, `\\` a backslash.
pub fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A text as a pack line.
pub fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}
