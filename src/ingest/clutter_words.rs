//! Word scans of one line for the clutter rules: its lower-cased words, read byte by byte
//! because the rules ask them of every paragraph (the whitespace word count is
//! `model::count_words_upto`, shared with the article's word count).

use std::borrow::Cow;

/// Per byte: an ASCII letter, digit or apostrophe, the bytes a word is mostly made of.
static WORD_BYTE: [bool; 256] = {
    let mut t = crate::model::ASCII_ALNUM;
    t[b'\'' as usize] = true;
    t
};

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
    if text.contains('\u{3A3}') {
        // A capital sigma lowers by its context (final or not): the library's rule.
        let low = text.to_lowercase();
        // `replace` copies the line even when there is nothing to replace.
        return if low.contains('\u{2019}') { low.replace('\u{2019}', "'") } else { low };
    }
    // Runs of ASCII lowered in place, each other char lowered on its own (as `to_lowercase`
    // lowers every char but the sigma), a right quote made straight on the way: the library
    // lowers a line char by char from its first non-ASCII char on, and then a `replace`
    // copies it again.
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        let run = i;
        while i < b.len() && b[i].is_ascii() {
            i += 1;
        }
        if i > run {
            let at = out.len();
            out.push_str(&text[run..i]);
            out[at..].make_ascii_lowercase();
        }
        let Some(c) = text[i..].chars().next() else { break };
        if c == '\u{2019}' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
        i += c.len_utf8();
    }
    out
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
            return (WORD_BYTE[usize::from(c)], 1, false);
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
            while i < b.len() && WORD_BYTE[usize::from(b[i])] {
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
