//! The message lowercased once, with every word's start indexed by its
//! first three letters, so that looking for hundreds of cues costs one pass
//! over the text (a 50,000-character paste is read in a few milliseconds).

use super::names::lower_same_len;

/// The first three characters of `s` (padded), the index's key.
fn head(s: &str) -> u64 {
    let mut c = s.chars().map(|c| c as u64);
    let (a, b, d) = (
        c.next().unwrap_or(0),
        c.next().unwrap_or(0),
        c.next().unwrap_or(0),
    );
    (a << 42) | (b << 21) | d
}

pub(super) struct Scan<'a> {
    /// The subject, then the message's lines.
    pub lines: Vec<&'a str>,
    /// The lines lowercased (each character's length kept) and joined by
    /// newlines: an offset in a line is the same in its lowercase form.
    pub low: String,
    starts: Vec<usize>,
    /// Each word's start with its key, sorted by key then place.
    words: Vec<(u64, u32)>,
}

impl<'a> Scan<'a> {
    pub fn new(subject: &'a str, body: &[&'a str]) -> Scan<'a> {
        let mut lines = Vec::with_capacity(body.len() + 1);
        lines.push(subject);
        lines.extend_from_slice(body);
        let mut low = String::with_capacity(lines.iter().map(|l| l.len() + 1).sum());
        let mut starts = Vec::with_capacity(lines.len());
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                low.push('\n');
            }
            starts.push(low.len());
            if l.is_ascii() {
                low.extend(l.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                low.push_str(&lower_same_len(l));
            }
        }
        let mut words: Vec<(u64, u32)> = Vec::with_capacity(low.len() / 5);
        let mut prev_alnum = false;
        for (at, c) in low.char_indices() {
            let alnum = c.is_alphanumeric();
            if alnum && !prev_alnum {
                words.push((head(&low[at..]), at as u32));
            }
            prev_alnum = alnum;
        }
        words.sort_unstable();
        Scan {
            lines,
            low,
            starts,
            words,
        }
    }

    /// Where `cue` (lowercase) starts in [`Scan::low`], at a word's start.
    pub fn find(&self, cue: &str) -> Vec<usize> {
        if cue.is_empty() {
            return Vec::new();
        }
        if !cue.starts_with(char::is_alphanumeric) {
            // Rare: cues starting with a space or a sign are looked for directly.
            return self.low.match_indices(cue).map(|(i, _)| i).collect();
        }
        // A cue shorter than the key ("no", "ne") matches every key that
        // starts with its letters: the range from its key, the missing
        // letters as zero, to the same letters with any after them.
        let key = head(cue);
        let short = cue.chars().count().min(3);
        let span = 1u64 << (21 * (3 - short as u32));
        let from = self.words.partition_point(|(k, _)| *k < key);
        self.words[from..]
            .iter()
            .take_while(|(k, _)| *k < key + span)
            .map(|&(_, at)| at as usize)
            .filter(|&at| self.low[at..].starts_with(cue))
            .collect()
    }

    /// The line an offset of [`Scan::low`] is in, and the offset in that line.
    pub fn locate(&self, at: usize) -> (usize, usize) {
        let i = self.starts.partition_point(|s| *s <= at).saturating_sub(1);
        (i, at - self.starts[i])
    }

    /// The line a slice of one of the lines is in, and where in it.
    pub fn line_of(&self, part: &str) -> Option<(usize, usize)> {
        let p = part.as_ptr() as usize;
        let within = |i: usize| {
            let l = self.lines[i];
            let a = l.as_ptr() as usize;
            (p >= a && p + part.len() <= a + l.len()).then(|| (i, p - a))
        };
        if let Some(found) = within(0) {
            return Some(found);
        }
        // The message's lines are slices of one text, in order.
        let body = &self.lines[1..];
        let k = body.partition_point(|l| (l.as_ptr() as usize) <= p);
        k.checked_sub(1).and_then(|k| within(k + 1))
    }

    /// Line `i` lowercased.
    pub fn low_line(&self, i: usize) -> &str {
        let start = self.starts[i];
        &self.low[start..start + self.lines[i].len()]
    }
}
