//! Low-level text helpers shared by the analysis passes: word tokens with byte spans,
//! quotation-mark classes and normalisation of words for lookups.

use crate::model::{ASCII_ALNUM, is_alphanumeric};
use std::borrow::Cow;

/// A word as it stands in the text: `[start, end)` byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Apostrophe-like marks: they may join the parts of a word ("Ukraine’s", "don't").
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Characters that may stand inside a word between two alphanumerics.
fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '‑' | '.' | ',' | '/' | '&')
}

/// Splits `text[from..to]` into words. Internal apostrophes, hyphens and dots join
/// ("non-NATO", "U.S", "3.5", "1,000"); a final dot is kept on dotted initials ("U.S.",
/// "p.m.") because there it belongs to the word, not to the sentence.
pub fn words(text: &str, from: usize, to: usize) -> Vec<Word> {
    WordIter::new(text, from, to).collect()
}

/// The words of `text[from..to]`, one by one (see [`words`]). It reads the chars in place:
/// this runs over every paragraph several times, and a copy of its chars cost more than
/// the scan.
pub struct WordIter<'a> {
    slice: &'a str,
    from: usize,
    at: usize,
}

impl<'a> WordIter<'a> {
    pub fn new(text: &'a str, from: usize, to: usize) -> Self {
        let slice = text.get(from..to).unwrap_or("");
        Self { slice, from, at: 0 }
    }

    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        let b = *self.slice.as_bytes().get(i)?;
        if b.is_ascii() {
            return Some(char::from(b));
        }
        self.slice.get(i..).and_then(|s| s.chars().next())
    }
}

impl Iterator for WordIter<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let slice = self.slice;
        let bytes = slice.as_bytes();
        let len = slice.len();
        let mut i = self.at;
        while i < len {
            // Spaces and ASCII punctuation between words, passed over byte by byte: decoding
            // and classifying each as a char was much of the cost of reading an article's words.
            if bytes[i] < 0x80 && !ASCII_ALNUM[usize::from(bytes[i])] {
                i += 1;
                continue;
            }
            let c = self.char_at(i)?;
            if !is_alphanumeric(c) {
                i += c.len_utf8();
                continue;
            }
            let start = i;
            let mut j = i + c.len_utf8();
            let mut prev = c;
            let mut dots = 0usize;
            loop {
                // A run of ASCII letters and digits in a tight loop: most of every word.
                let run = j;
                while j < len && ASCII_ALNUM[usize::from(bytes[j])] {
                    j += 1;
                }
                if j > run {
                    prev = char::from(bytes[j - 1]);
                }
                // A space or an ASCII mark that joins nothing ends the word at once: the usual
                // end, settled without decoding the char after it.
                if bytes.get(j).is_some_and(|&b| b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b',' | b'/' | b'&')) {
                    break;
                }
                let Some(c) = self.char_at(j) else { break };
                if is_alphanumeric(c) {
                    j += c.len_utf8();
                    prev = c;
                    continue;
                }
                let k = j + c.len_utf8();
                let next = self.char_at(k);
                if is_joiner(c)
                    && let Some(next) = next.filter(|&n| is_alphanumeric(n))
                {
                    // A comma only joins digits ("1,000"); it must not glue "Kyiv,Moscow".
                    if c == ',' && !(prev.is_ascii_digit() && next.is_ascii_digit()) {
                        break;
                    }
                    if c == '.' {
                        dots += 1;
                    }
                    j = k + next.len_utf8();
                    prev = next;
                    continue;
                }
                break;
            }
            // Dotted initials take their final dot: "U.S." "p.m." "a.m.".
            let end =
                if dots > 0 && self.char_at(j) == Some('.') && is_initialism(&slice[start..j]) { j + 1 } else { j };
            self.at = end;
            return Some(Word { start: self.from + start, end: self.from + end });
        }
        self.at = len;
        None
    }
}

/// True when `w` looks like "U.S" or "p.m" (single letters and dots).
fn is_initialism(w: &str) -> bool {
    w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Lowercase form for lookups: curly apostrophes made straight, possessive "'s" dropped,
/// a trailing dot removed.
pub fn norm(word: &str) -> String {
    norm_cow(word).into_owned()
}

/// [`norm`] without a copy where the word is its own lookup form but for a possessive ending:
/// plain lower-case ASCII, most words of an article (the document holds one per word).
pub fn norm_cow(word: &str) -> Cow<'_, str> {
    // One pass over the bytes tells plain lower-case ASCII from the rest (this runs for every
    // word of every article, and a scan for non-ASCII then another for capitals cost twice).
    let (mut upper, mut ascii) = (false, true);
    for &b in word.as_bytes() {
        upper |= b.is_ascii_uppercase();
        ascii &= b.is_ascii();
    }
    if ascii && !upper {
        return Cow::Borrowed(&word[..without_possessive(word)]);
    }
    // Most other words are plain ASCII too, lowered in one go (the straight apostrophe stays
    // as it is).
    let mut s = if ascii { word.to_ascii_lowercase() } else { lower_straight(word) };
    s.truncate(without_possessive(&s));
    Cow::Owned(s)
}

/// The length of a lower-cased word without its possessive ending: "'s", or the apostrophe
/// of "s'".
fn without_possessive(s: &str) -> usize {
    if s.ends_with("'s") {
        s.len() - 2
    } else if s.ends_with("s'") && s.len() > 2 {
        s.len() - 1
    } else {
        s.len()
    }
}

/// `word` in lower case with its apostrophes made straight: one pass, one allocation, as
/// [`norm`] runs for nearly every word of every article.
fn lower_straight(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
        if is_apostrophe(c) {
            s.push('\'');
        } else if c.is_ascii() {
            s.push(c.to_ascii_lowercase());
        } else {
            s.extend(c.to_lowercase());
        }
    }
    s
}

/// The word without a possessive ending, as written ("Hegseth’s" → "Hegseth").
pub fn strip_possessive(word: &str) -> &str {
    for suf in ["'s", "’s", "ʼs"] {
        if let Some(s) = word.strip_suffix(suf) {
            return s;
        }
    }
    word
}

pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// At least two letters, all capitals (read in place: no list of the letters).
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Counts words (runs of alphanumerics) in a string.
pub fn word_count(s: &str) -> usize {
    WordIter::new(s, 0, s.len()).count()
}

/// The previous char boundary at or before `i` (clamped to the text).
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Trims whitespace off both ends of `text[start..end]`, returning the new bounds.
pub fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(s) = text.get(start..end) else {
        return (start, start);
    };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return (start, start);
    }
    (start + lead, end - trail)
}
