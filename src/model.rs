//! The data that flows through the pipeline: articles and the spans inside their text.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A byte range `[start, end)` into an article's extracted `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span `[start, end)`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// Whether it covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The kind of file an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// Markdown.
    Markdown,
    /// A PDF document.
    Pdf,
    /// A Word document (DOCX).
    Docx,
}

impl Format {
    /// The format's name as reports write it ("text", "html" …).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }
}

/// One article as read from a file: metadata plus the body text split into paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where it was read from (`None` for pasted text).
    pub path: Option<PathBuf>,
    /// The file name shown to users and used as a stable key in reports.
    pub file_name: String,
    /// SHA-256 of the input bytes, lowercase hex.
    pub sha256: String,
    /// The kind of file it was read from.
    pub format: Format,
    /// The text encoding the bytes were decoded from ("UTF-8", "UTF-16LE", "windows-1252" …).
    pub encoding: String,
    /// The headline, when the file carries one.
    pub title: Option<String>,
    /// The publication ("Reuters"), when the file names it.
    pub outlet: Option<String>,
    /// Who wrote it, as the file prints it.
    pub byline: Option<String>,
    /// When it was published, as the file writes it.
    pub published: Option<String>,
    /// The body: paragraphs joined by a blank line ("\n\n").
    pub text: String,
    /// Each paragraph's span in `text`.
    pub paragraphs: Vec<Span>,
    /// Text the reader took out as page clutter (captions, credits, teaser lists, promos,
    /// byline and date lines), in reading order, so a view can show what was left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<String>,
    /// Warnings about the input, one line each (e.g. "this page looks like a list of
    /// articles …, not one article").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Article {
    /// The text of `span` ("" when it falls outside the text).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// How many words the body has (split on whitespace, as `split_whitespace` splits).
    pub fn word_count(&self) -> usize {
        count_words_upto(&self.text, usize::MAX)
    }

    /// The title if there is one, else the file name.
    pub fn display_title(&self) -> &str {
        self.title.as_deref().filter(|t| !t.is_empty()).unwrap_or(&self.file_name)
    }
}

/// How many whitespace-separated words `text` has (as `split_whitespace` counts them),
/// counting no further than `cap`. Byte by byte, decoding only non-ASCII chars: the clutter
/// rules ask this of every paragraph and a report of every article, and `split_whitespace`
/// cost several times more per byte.
pub fn count_words_upto(text: &str, cap: usize) -> usize {
    let b = text.as_bytes();
    let (mut n, mut space) = (0, true);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c > b' ' && c < 0x80 {
            // Printable ASCII: a word goes on (or starts). The rest of its run is passed over
            // in a tight loop: most bytes of a line.
            if space {
                n += 1;
                if n >= cap {
                    return cap;
                }
                space = false;
            }
            i = printable_run_end(b, i + 1);
            continue;
        }
        let now = if c < 0x80 {
            // `char::is_whitespace` on ASCII: also the vertical tab, which `u8` leaves out.
            matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
        } else if c >= 0xC0 {
            // The lead byte of a char decides for the whole char; its continuation bytes
            // (0x80..0xC0) leave the state as it is.
            text[i..].chars().next().is_some_and(char::is_whitespace)
        } else {
            space
        };
        if space && !now {
            n += 1;
            if n >= cap {
                return cap;
            }
        }
        space = now;
        i += 1;
    }
    n.min(cap)
}

/// The end of the run of printable ASCII bytes (`!`..=DEL) in `b` from `i`: eight bytes are
/// tested at once, and the first byte past the run is found from the test's bits, so that a
/// word costs a step or two rather than one per byte.
#[inline]
fn printable_run_end(b: &[u8], i: usize) -> usize {
    use crate::swar::{HIGHS, ONES};
    let (mut i, stops) = crate::swar::scan8(b, i, |x| {
        // Per byte (no carry crosses one: the low seven bits plus 0x5F stay below 0x100), the
        // high bit is set for the bytes 0x21..=0x7F, then flipped: set where the run stops.
        let printable = ((x & !HIGHS) + ONES * 0x5F) & !x & HIGHS;
        printable ^ HIGHS
    });
    if stops != 0 {
        // Little-endian: the lowest set bit is in the first byte that stops the run.
        return i + (stops.trailing_zeros() / 8) as usize;
    }
    while i < b.len() && b[i] > b' ' && b[i] < 0x80 {
        i += 1;
    }
    i
}

/// Per byte: an ASCII letter or digit. A table look-up is one load where the three range
/// tests cost several instructions a byte, in loops that read every byte of every article.
pub(crate) const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// `char::is_alphanumeric`, with the General Punctuation block (U+2000–U+206F: curly quotes,
/// dashes, the ellipsis, none of them a letter or digit) answered without the Unicode tables:
/// those are most of the non-ASCII chars of news text, and a table lookup cost a hundred-odd
/// instructions a char in the word scanners.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    #[test]
    fn general_punctuation_has_no_letter_or_digit() {
        for u in 0..=0x2100 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{u:x}");
            }
        }
    }

    #[test]
    fn word_count_splits_as_split_whitespace_does() {
        for text in [
            "",
            "  ",
            "one",
            " two  words ",
            "tab\tand\nnew\r\nlines\x0Bvertical\x0Cfeed",
            "no\u{a0}break and\u{2003}em space",
            "“Curly” quotes — and café, naïve, 東京 words",
            "trailing\u{2028}",
            "Runs longer than eight bytes: extraordinarily\tlong\u{a0}words, one\u{7f}del and 12345678901234567890.",
        ] {
            let article = crate::ingest::ingest_pasted("t.txt", "Title\n\nBody.").map(|mut a| {
                a.text = text.to_string();
                a
            });
            let article = article.expect("article");
            assert_eq!(article.word_count(), text.split_whitespace().count(), "{text:?}");
        }
    }
}
