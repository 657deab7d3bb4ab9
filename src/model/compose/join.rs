//! The joiner: how sentence pieces and people's own words are put together.
//! It knows punctuation and spacing, never the words themselves (those are
//! in `words.rs`), so another language can reuse it unchanged.

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

/// A piece of a template: fixed words, or a slot filled from the form.
#[derive(Clone, Copy, Debug)]
pub enum Part {
    /// Words as written.
    T(&'static str),
    /// The company's name.
    Company,
    /// The role's name ("Data Analyst").
    RoleName,
    /// The stage's time phrase ("on our call").
    Time,
    /// The first parts with a company, the second without.
    IfCompany(&'static [Part], &'static [Part]),
    /// The first parts with a role, the second without.
    IfRole(&'static [Part], &'static [Part]),
    /// Another run of parts, shared between templates.
    Join(&'static [Part]),
}

/// What the slots are filled with, already cleaned.
pub struct Slots<'a> {
    pub company: &'a str,
    pub role: &'a str,
    pub time: &'a str,
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

/// Renders parts into `out`, choosing each `If…` branch by what is filled in.
pub fn render(parts: &[Part], slots: &Slots, out: &mut Text) {
    for part in parts {
        match *part {
            Part::T(words) => out.push(words),
            Part::Company => out.push(slots.company),
            Part::RoleName => out.push(slots.role),
            Part::Time => out.push(slots.time),
            Part::IfCompany(with, without) => {
                render(pick(slots.company, with, without), slots, out)
            }
            Part::IfRole(with, without) => render(pick(slots.role, with, without), slots, out),
            Part::Join(more) => render(more, slots, out),
        }
    }
}

fn pick<'p>(value: &str, with: &'p [Part], without: &'p [Part]) -> &'p [Part] {
    if value.is_empty() {
        without
    } else {
        with
    }
}

pub fn sentence(parts: &[Part], slots: &Slots) -> String {
    let mut out = Text::default();
    render(parts, slots, &mut out);
    out.sentence()
}

pub fn phrase(parts: &[Part], slots: &Slots) -> String {
    let mut out = Text::default();
    render(parts, slots, &mut out);
    out.phrase()
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
