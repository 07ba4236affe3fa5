//! Word scans of one line for the clutter rules: its lower-cased words and its whitespace
//! word count, read byte by byte because the rules ask them of every paragraph.

use std::borrow::Cow;

/// Lower-cased words of a line (letters and digits), apostrophes folded.
pub(in crate::ingest) fn words(text: &str) -> Vec<String> {
    lower_words(&lower_line(text)).into_iter().map(Cow::into_owned).collect()
}

/// The line in lower case with its right quotes made straight.
pub(super) fn lower_line(text: &str) -> String {
    if text.is_ascii() {
        // The same as `to_lowercase` on ASCII (which has no right quote), at a fraction of
        // the cost: most lines are plain ASCII.
        return text.to_ascii_lowercase();
    }
    let low = text.to_lowercase();
    // `replace` copies the line even when there is nothing to replace; most lines have none.
    if low.contains('\u{2019}') { low.replace('\u{2019}', "'") } else { low }
}

/// [`words`] of a line already in lower case with its right quotes made straight. The words
/// borrow the line (only one with a left quote inside is copied, to straighten it): this runs
/// for every short paragraph, and a copy of each word cost more than the rules reading them.
pub(super) fn lower_words(low: &str) -> Vec<Cow<'_, str>> {
    // A word is a run of alphanumerics and apostrophes; read byte by byte, decoding only
    // non-ASCII chars (the same split as `str::split` with that test, at a fraction of the cost).
    let b = low.as_bytes();
    // (char, its length, a left quote) at byte `i`: whether it belongs in a word.
    let at = |i: usize| -> (bool, usize, bool) {
        let c = b[i];
        if c < 0x80 {
            return (c.is_ascii_alphanumeric() || c == b'\'', 1, false);
        }
        let c = low[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric() || c == '\u{2018}', c.len_utf8(), c == '\u{2018}')
    };
    let mut out = Vec::with_capacity(b.len() / 5 + 1);
    let mut i = 0;
    while i < b.len() {
        let (word, len, _) = at(i);
        if !word {
            i += len;
            continue;
        }
        let (start, mut curly) = (i, false);
        while i < b.len() {
            // A run of ASCII letters, digits and apostrophes in a tight loop.
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'\'') {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            let (word, len, left_quote) = at(i);
            if !word {
                break;
            }
            curly |= left_quote;
            i += len;
        }
        let w = &low[start..i];
        out.push(if curly { Cow::Owned(w.replace('\u{2018}', "'")) } else { Cow::Borrowed(w) });
    }
    out
}

/// How many whitespace-separated words `text` has (as `split_whitespace` counts them),
/// counting no further than `cap`. Byte by byte, decoding only non-ASCII chars: every rule
/// asks this of every paragraph, and `split_whitespace` cost several times more per byte.
pub(in crate::ingest) fn count_words_upto(text: &str, cap: usize) -> usize {
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
            i += 1;
            while i < b.len() && b[i] > b' ' && b[i] < 0x80 {
                i += 1;
            }
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
