//! The text the reader works on: HTML made plain, entities decoded, line
//! ends and odd spaces made plain, cut at [`MAX_EMAIL_CHARS`].

use super::MAX_EMAIL_CHARS;

/// The text the reader works on: tags dropped from HTML, entities decoded,
/// line ends and odd spaces made plain, cut at [`MAX_EMAIL_CHARS`].
/// Everything the reader proposes is a piece of this text.
pub fn plain_text(text: &str) -> (String, bool) {
    let (text, cut) = match text.char_indices().nth(MAX_EMAIL_CHARS) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    };
    let text = if looks_like_html(text) {
        strip_tags(text)
    } else {
        text.to_string()
    };
    let text = decode_entities(&text);
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                plain.push('\n');
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
            }
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' => plain.push(' '),
            '\u{2019}' | '\u{2018}' => plain.push('\''),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            c => plain.push(c),
        }
    }
    (plain, cut)
}

fn looks_like_html(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(j) = b[i..].iter().position(|&c| c == b'<') {
        let at = i + j + 1;
        let tag: Vec<u8> = b[at..]
            .iter()
            .take(6)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if [
            &b"p"[..],
            b"br",
            b"div",
            b"html",
            b"table",
            b"span",
            b"body",
        ]
        .iter()
        .any(|n| {
            tag.starts_with(n)
                && tag
                    .get(n.len())
                    .is_none_or(|c| matches!(c, b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r'))
        }) {
            return true;
        }
        i = at;
    }
    false
}

#[rustfmt::skip]
const BLOCK_TAGS: [&str; 18] = [
    "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul",
    "ol", "section", "header", "footer",
];

fn strip_tags(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('>') else {
            out.push_str(after);
            return out;
        };
        let inner = &after[1..close];
        // "<jobs@acme.com>" and "<https://…>" are text, not tags.
        if (inner.contains('@') || inner.contains("://")) && !inner.contains([' ', '"', '=']) {
            out.push_str(&after[..=close]);
            rest = &after[close + 1..];
            continue;
        }
        let tag = inner.trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/');
        let name = name
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        if BLOCK_TAGS.contains(&name) {
            out.push('\n');
        } else if name == "td" || name == "th" {
            out.push(' ');
        }
        rest = &after[close + 1..];
        if !tag.starts_with('/') && (name == "style" || name == "script" || name == "head") {
            let end = format!("</{name}");
            match find_ascii_ci(rest, &end) {
                Some(i) => rest = &rest[i..],
                None => return out,
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where `needle` (lowercase ASCII) starts in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let first = n.first()?;
    let mut i = 0;
    while i + n.len() <= h.len() {
        let j = h[i..]
            .iter()
            .position(|c| c.to_ascii_lowercase() == *first)?;
        i += j;
        if i + n.len() <= h.len() && h[i..i + n.len()].eq_ignore_ascii_case(n) {
            return Some(i);
        }
        i += 1;
    }
    None
}

const ENTITIES: [(&str, &str); 40] = [
    ("nbsp", " "),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("amp", "&"),
    ("rsquo", "'"),
    ("lsquo", "'"),
    ("ldquo", "\u{201c}"),
    ("rdquo", "\u{201d}"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("middot", "·"),
    ("bull", "•"),
    ("eacute", "é"),
    ("Eacute", "É"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("aacute", "á"),
    ("atilde", "ã"),
    ("ccedil", "ç"),
    ("iacute", "í"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("otilde", "õ"),
    ("uacute", "ú"),
    ("ntilde", "ñ"),
    ("auml", "ä"),
    ("ouml", "ö"),
    ("uuml", "ü"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("szlig", "ß"),
];

/// Named and numeric entities, in one pass; unknown ones stay as written.
fn decode_entities(t: &str) -> String {
    if !t.contains('&') {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    let mut rest = t;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after
            .char_indices()
            .take(10)
            .find(|(_, c)| !c.is_ascii_alphanumeric() && *c != '#')
            .filter(|(_, c)| *c == ';')
            .map(|(j, _)| j);
        let decoded = end.and_then(|j| {
            let name = &after[..j];
            if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse().ok(),
                };
                code.and_then(char::from_u32).map(|c| (c.to_string(), j))
            } else {
                ENTITIES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, s)| (s.to_string(), j))
            }
        });
        match decoded {
            Some((s, j)) => {
                out.push_str(&s);
                rest = &after[j + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
