//! The joiner: how sentence pieces and people's own words are put together.
//! It knows punctuation and spacing, never the words themselves (those are
//! in `words.rs` and the language packs); a language's own spacing (French
//! `Merci !`) is applied last, by [`typography`].

use super::words::Say;
use crate::lang::Lang;

/// Marks that end a sentence.
const STOPS: [char; 4] = ['.', '!', '?', '…'];
/// Marks that must not follow a space.
const TIGHT: [char; 7] = [',', '.', ';', ':', '!', '?', '…'];
/// Marks inside a sentence.
const SOFT: [char; 3] = [',', ';', ':'];
/// Quotes that may close a sentence after its stop: `She said "great!"`.
const CLOSING_QUOTES: [char; 4] = ['"', '\'', '”', '’'];
/// Junk at either edge of a typed name ("Smith & Sons &", "- Acme").
const EDGE_JUNK: [char; 11] = ['&', ',', ';', ':', '-', '–', '—', '/', '|', '•', '*'];

/// What the slots are filled with, already cleaned.
pub struct Slots<'a> {
    pub company: &'a str,
    pub role: &'a str,
}

/// Text being built, joined at each seam so that spacing and punctuation
/// come out right whatever the pieces hold.
#[derive(Default)]
pub struct Text(String);

impl Text {
    pub fn push(&mut self, piece: &str) {
        let mut piece = piece;
        if self.0.is_empty() || self.0.ends_with([' ', '\n']) {
            piece = piece.trim_start_matches(' ');
        }
        if piece.starts_with(TIGHT) {
            self.0.truncate(self.0.trim_end_matches(' ').len());
            // ", ." keeps the stop; ", ," keeps one comma.
            if self.0.ends_with(SOFT) {
                if piece.starts_with(SOFT) {
                    piece = &piece[1..];
                } else {
                    self.0.pop();
                }
            }
            // "Acme Co." + "." or "Yahoo!" + "," keeps only the name's mark.
            if ended(&self.0) {
                let first = piece.chars().next().map_or(0, char::len_utf8);
                piece = &piece[first..];
                if piece.starts_with(' ') {
                    piece = piece.trim_start_matches(' ');
                    if !piece.is_empty() {
                        self.0.push(' ');
                    }
                }
            }
        }
        self.0.push_str(piece);
    }

    /// A final French "de " written "d'" before a name that starts with a
    /// vowel: "le poste d'Analyste".
    fn elide_de(&mut self) {
        if self.0 == "de " || self.0.ends_with(" de ") {
            self.0.truncate(self.0.len() - 2);
            self.0.push('\'');
        }
    }

    /// The text as a phrase: trimmed, with no stop added (a subject line).
    pub fn phrase(self) -> String {
        self.0.trim().to_string()
    }

    /// The text as a sentence: a capital first letter and a final stop,
    /// unless it already ends with one (or a list's colon).
    pub fn sentence(self) -> String {
        let mut s = capitalise_first(self.0.trim().trim_end_matches([',', ';', ' ']));
        if !s.is_empty() && !ended(&s) && !s.ends_with(':') {
            s.push('.');
        }
        s
    }
}

/// Fills a template's `{company}` and `{role}` into `out`, each piece
/// joined at its seam. French templates are read without their spaces
/// before marks (` ?`), so a name's own mark meets the template's as in
/// English ("Yahoo!" + " ?" keeps one); [`typography`] puts them back last.
fn fill(template: &str, slots: &Slots, out: &mut Text) {
    let french = crate::lang::lang() == Lang::Fr;
    let push = |piece: &str, out: &mut Text| {
        if french {
            out.push(&tighten(piece));
        } else {
            out.push(piece);
        }
    };
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            break;
        };
        let value = match &after[..close] {
            "company" => slots.company,
            "role" => slots.role,
            _ => {
                push(&rest[..open + close + 2], out);
                rest = &after[close + 1..];
                continue;
            }
        };
        push(&rest[..open], out);
        if french && value.starts_with(ELIDED_BEFORE) {
            out.elide_de();
        }
        out.push(value);
        rest = &after[close + 1..];
    }
    push(rest, out);
}

/// The text of `say`'s form for what is filled in, in the language in use.
fn template(say: Say, slots: &Slots) -> &'static str {
    say.pick(!slots.role.is_empty(), !slots.company.is_empty())
        .get()
}

pub fn sentence(say: Say, slots: &Slots) -> String {
    let mut out = Text::default();
    fill(template(say, slots), slots, &mut out);
    out.sentence()
}

pub fn phrase(say: Say, slots: &Slots) -> String {
    let mut out = Text::default();
    fill(template(say, slots), slots, &mut out);
    out.phrase()
}

/// Spaces (also no-break ones) before `;:!?` removed.
fn tighten(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    for c in piece.chars() {
        if FRENCH_SPACED.contains(&c) {
            out.truncate(out.trim_end_matches(SPACES).len());
        }
        out.push(c);
    }
    out
}

/// First letters before which French "de" becomes "d'" (not "h": "de
/// Hambourg" but "d'Hélène" can't be told apart).
const ELIDED_BEFORE: [char; 26] = [
    'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y', 'à', 'â', 'é', 'è', 'ê', 'î', 'ô',
    'û', 'À', 'Â', 'É', 'È', 'Ê', 'Î',
];

/// Marks French writes after a space.
const FRENCH_SPACED: [char; 4] = [';', ':', '!', '?'];
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The language's own spacing, applied to finished text. French puts a
/// no-break space before `:` and a narrow one before `;`, `!` and `?`
/// ("Bonjour Ana, merci !"), but not inside "10:30", "https://" or a run
/// such as "?!" (only before its first mark). Other languages are as
/// written.
pub fn typography(lang: Lang, text: &str) -> String {
    if lang != Lang::Fr || !text.contains(FRENCH_SPACED) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if FRENCH_SPACED.contains(&c) {
            let kept = out.trim_end_matches(SPACES).len();
            let before = out[..kept].chars().last();
            let next = chars.get(i + 1).copied();
            let digits = before.is_some_and(|b| b.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            let spaced = match before {
                None => false,
                Some(b) => !(FRENCH_SPACED.contains(&b) || matches!(b, '\n' | '(' | '[' | '/')),
            } && !digits
                && !(c == ':' && next == Some('/'));
            if spaced {
                out.truncate(kept);
                out.push(if c == ':' { '\u{a0}' } else { '\u{202f}' });
            }
        }
        out.push(c);
    }
    out
}

/// German letters go on from the greeting's comma in lower case ("Guten
/// Tag Ana Ruiz,\n\nvielen Dank …", DIN 5008), unless the first word is
/// "Sie" or one of its forms. The first sentences the templates start with
/// are never nouns.
pub fn after_greeting_de(text: &str) -> String {
    let first = text.split([' ', ',']).next().unwrap_or("");
    if matches!(
        first,
        "Sie" | "Ihr" | "Ihre" | "Ihnen" | "Ihren" | "Ihrem" | "Ihrer" | "Ihres"
    ) {
        return text.to_string();
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() && chars.clone().next().is_some_and(char::is_lowercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

/// A typed role without the gender tag job ads add: "Designer (m/w/d)",
/// "Développeur H/F", "Diseñador (h/m)".
pub fn drop_gender_tag(role: &str) -> String {
    const TAGS: &str = "m/w/d w/m/d m/f/d f/m/d d/m/w m/w/x w/m/x m/w f/m m/f w/m h/f f/h h/m m/h \
        h/f/x f/h/x x/h/f m/f/x f/m/x gn allgenders m/f/div";
    let is_tag = |t: &str| {
        let t = t.to_lowercase().replace(' ', "");
        TAGS.split_whitespace().any(|x| x == t)
    };
    let trimmed = role.trim_end();
    if let Some(open) = trimmed.rfind('(') {
        if trimmed.ends_with(')') && is_tag(&trimmed[open + 1..trimmed.len() - 1]) {
            return trimmed[..open].trim_end().to_string();
        }
    }
    match trimmed.rsplit_once(' ') {
        Some((rest, last)) if is_tag(last) => rest.trim_end().to_string(),
        _ => trimmed.to_string(),
    }
}

/// Whether the text already ends a sentence: "Co.", "Yahoo!", `"great!"`.
pub fn ended(text: &str) -> bool {
    text.trim_end_matches(CLOSING_QUOTES)
        .chars()
        .last()
        .is_some_and(|c| STOPS.contains(&c))
}

/// The person's own words as one sentence of their own: spaces tidied, a
/// capital first letter, and a full stop only if it has no final mark.
/// `None` when there is nothing to say.
pub fn own_sentence(line: &str) -> Option<String> {
    let mut s = tidy(line);
    s.truncate(
        s.trim_end_matches([',', ';', ':', '-', '–', '—', ' '])
            .len(),
    );
    if !s.chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut out = Text::default();
    out.push(&s);
    Some(out.sentence())
}

/// A typed name or title (company, role, your name) made safe to put in a
/// sentence: spaces tidied, no junk at the edges, no empty brackets, quotes
/// balanced. A final "." is kept ("Acme Co."); the joiner handles it.
pub fn clean_value(text: &str) -> String {
    let mut s = tidy(text);
    if s.as_bytes()
        .windows(2)
        .any(|w| matches!(w, b"()" | b"[]" | b"{}"))
    {
        s = tidy(&s.replace("()", "").replace("[]", "").replace("{}", ""));
    }
    // '"', or the first byte of '“' and '”' (and of other marks: a cheap filter).
    if s.bytes().any(|b| b == b'"' || b == 0xE2) {
        s = balance_quotes(&s, '"', '"');
        s = balance_quotes(&s, '“', '”');
    }
    loop {
        let before = s.len();
        s = s.trim_matches(EDGE_JUNK).trim().to_string();
        // "Co.." keeps one dot; "Acme..." trails off, so none.
        match s.len() - s.trim_end_matches('.').len() {
            2 => s.truncate(s.len() - 1),
            n if n > 2 => s.truncate(s.len() - n),
            _ => {}
        }
        for (open, close) in [('"', '"'), ('“', '”'), ('\'', '\'')] {
            if s.chars().count() > 1 && s.starts_with(open) && s.ends_with(close) {
                let inner = &s[open.len_utf8()..s.len() - close.len_utf8()];
                if !inner.contains([open, close]) {
                    s = inner.trim().to_string();
                }
            }
        }
        if s.len() == before {
            break;
        }
    }
    if s.chars().any(char::is_alphanumeric) {
        s
    } else {
        String::new()
    }
}

/// Drops a final stop that ends a word rather than an abbreviation:
/// "Designer." → "Designer", but "Sr." and "Acme Co." stay.
pub fn drop_stray_stop(text: &str) -> String {
    let s = text.trim_end_matches(['!', '?', ',', ';', ':']).trim_end();
    let Some(core) = s.strip_suffix('.') else {
        return s.to_string();
    };
    let last = core.rsplit([' ', '.']).next().unwrap_or("");
    let word_like = last.chars().count() >= 4
        && last.chars().all(char::is_alphabetic)
        && last.chars().skip(1).all(char::is_lowercase);
    if word_like {
        core.to_string()
    } else {
        s.to_string()
    }
}

/// One space between words, none before a mark, no doubled commas or stops
/// (an ellipsis "..." stays).
fn tidy(text: &str) -> String {
    if already_tidy(text) {
        return text.to_string();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Text::default();
    for (i, w) in words.iter().enumerate() {
        if i > 0 && !w.starts_with(TIGHT) {
            out.push(" ");
        }
        out.push(w);
    }
    let mut s = out.phrase();
    for (from, to) in [(",,", ","), (",.", "."), (". .", ".")] {
        while s.contains(from) {
            s = s.replace(from, to);
        }
    }
    collapse_double_dots(&s)
}

/// Whether `tidy` would leave plain ASCII text as it is: the usual case,
/// checked cheaply since the composer re-renders on every keystroke.
fn already_tidy(text: &str) -> bool {
    let b = text.as_bytes();
    if !text.is_ascii() || b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    b.iter().enumerate().all(|(i, &c)| {
        let next = b.get(i + 1).copied().unwrap_or(0);
        match c {
            b' ' => next != b' ' && !b",.;:!?".contains(&next),
            b',' => next != b',' && next != b'.',
            b'.' => next != b'.' && !(next == b' ' && b.get(i + 2) == Some(&b'.')),
            _ => !c.is_ascii_whitespace(),
        }
    })
}

/// ".." becomes "." but "..." (an ellipsis) stays.
fn collapse_double_dots(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for c in s.chars().chain(std::iter::once('\0')) {
        if c == '.' {
            run += 1;
            continue;
        }
        let keep = if run == 2 { 1 } else { run };
        out.extend(std::iter::repeat_n('.', keep));
        run = 0;
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

/// An unpaired quote mark is dropped: `Acme "Labs` → `Acme Labs`.
fn balance_quotes(s: &str, open: char, close: char) -> String {
    let paired = if open == close {
        s.matches(open).count().is_multiple_of(2)
    } else {
        s.matches(open).count() == s.matches(close).count()
    };
    if paired {
        s.to_string()
    } else {
        tidy(&s.replace([open, close], ""))
    }
}

/// The first letter in upper case, after any opening quote or bracket
/// (but "iPhone" and "eBay" stay as they are).
pub fn capitalise_first(s: &str) -> String {
    let mut letters = s.char_indices().skip_while(|(_, c)| !c.is_alphanumeric());
    match (letters.next(), letters.next()) {
        (Some((_, c)), Some((_, next))) if c.is_lowercase() && next.is_uppercase() => s.to_string(),
        (Some((i, c)), _) if c.is_lowercase() => {
            let mut out = String::with_capacity(s.len() + 2);
            out.push_str(&s[..i]);
            out.extend(c.to_uppercase());
            out.push_str(&s[i + c.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}
