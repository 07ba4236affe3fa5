//! Word-level normalisation shared by the comparison: tokens, keys, stems, stop words.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// A word of a text: where it stands and how it compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range of the word (with any punctuation glued to it) in the source text.
    pub start: usize,
    /// Byte offset just past the word (and its glued punctuation).
    pub end: usize,
    /// The comparison key: lower-case (if asked), punctuation removed (if asked).
    pub key: String,
}

/// How strictly words are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyOptions {
    /// Compare words regardless of upper and lower case.
    pub ignore_case: bool,
    /// Compare words regardless of punctuation.
    pub ignore_punctuation: bool,
}

impl Default for KeyOptions {
    fn default() -> Self {
        Self { ignore_case: true, ignore_punctuation: true }
    }
}

/// Splits text into whitespace-separated words (em dashes and ellipses also separate them)
/// and gives each a comparison key. Words whose key is empty (a lone dash) are dropped.
pub fn tokens(text: &str, opts: KeyOptions) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_span(text, |start, end| {
        let key = word_key(&text[start..end], opts);
        if !key.is_empty() {
            out.push(Token { start, end, key });
        }
    });
    out
}

/// The keys of the words [`tokens`] gives, and only them: cut and keyed as
/// [`KeyedWords`] does, with no `Token` per word.
pub fn word_keys(text: &str, opts: KeyOptions) -> Vec<String> {
    KeyedWords::new(text, opts).keys().map(str::to_string).collect()
}

/// The words of a text as [`tokens`] cuts them, with all their keys in one string: for a
/// pass that only compares keys and shows words (a word diff), which then makes no
/// allocation per word.
pub struct KeyedWords {
    /// Every word's key, one after another.
    keys: String,
    /// Per word: its byte range in the text, and the end of its key in `keys` (the key
    /// starts where the previous word's ends).
    spans: Vec<(usize, usize, usize)>,
}

impl KeyedWords {
    /// The words of `text` with their keys (the same words and keys as [`tokens`]).
    pub fn new(text: &str, opts: KeyOptions) -> Self {
        if opts.ignore_punctuation && text.is_ascii() {
            return Self::new_ascii(text, opts.ignore_case);
        }
        let mut keys = String::with_capacity(text.len());
        // Room for words of five letters and a space on average, so that most wordings are
        // cut with no growing of the list.
        let mut spans = Vec::with_capacity(text.len() / 6 + 1);
        for_each_span(text, |start, end| {
            let at = keys.len();
            push_word_key(&text[start..end], opts, &mut keys);
            if keys.len() > at {
                spans.push((start, end, keys.len()));
            }
        });
        KeyedWords { keys, spans }
    }

    /// [`KeyedWords::new`] of an ASCII text with punctuation ignored (most wordings): one
    /// pass over the bytes, each letter or digit copied to the keys as it is met. Word by
    /// word, a call and a copy per run of letters cost several times as much per byte. The
    /// same words and keys: ASCII whitespace separates words, a key keeps a word's letters
    /// and digits, and a word holding "..." is cut there.
    fn new_ascii(text: &str, lower: bool) -> Self {
        let bytes = text.as_bytes();
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
        let key_byte = |b: u8| if lower { b.to_ascii_lowercase() } else { b };
        let mut keys: Vec<u8> = Vec::with_capacity(bytes.len());
        let mut spans = Vec::with_capacity(bytes.len() / 6 + 1);
        let mut i = 0;
        while i < bytes.len() {
            if is_space(bytes[i]) {
                i += 1;
                continue;
            }
            let (start, at) = (i, keys.len());
            let mut dot = false;
            while i < bytes.len() && !is_space(bytes[i]) {
                let b = bytes[i];
                if b.is_ascii_alphanumeric() {
                    keys.push(key_byte(b));
                } else if b == b'.' {
                    dot = true;
                }
                i += 1;
            }
            if dot && text[start..i].contains("...") {
                // Rare: the pieces between the ellipses are the words, as `split_ellipses`
                // cuts them.
                keys.truncate(at);
                let mut offset = start;
                for piece in text[start..i].split("...") {
                    let from = keys.len();
                    keys.extend(piece.bytes().filter(u8::is_ascii_alphanumeric).map(key_byte));
                    if keys.len() > from {
                        spans.push((offset, offset + piece.len(), keys.len()));
                    }
                    offset += piece.len() + 3;
                }
            } else if keys.len() > at {
                spans.push((start, i, keys.len()));
            }
        }
        let keys = String::from_utf8(keys).expect("ASCII letters and digits");
        KeyedWords { keys, spans }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when the text has no word.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Every word's key, in order (a walk along the keys, with no lookup per word).
    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        let mut from = 0;
        self.spans.iter().map(move |&(_, _, end)| {
            let k = &self.keys[from..end];
            from = end;
            k
        })
    }

    /// The byte range of word `i` in the text.
    pub fn span(&self, i: usize) -> (usize, usize) {
        (self.spans[i].0, self.spans[i].1)
    }
}

/// Hands `f` the byte range of each word [`tokens`] considers, keyless ones included.
fn for_each_span(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = 0;
    // Byte by byte, decoding only non-ASCII characters: an ASCII byte separates words when
    // it is whitespace (as `char::is_whitespace` has it); other characters when they are
    // whitespace or a dash or an ellipsis.
    while i < bytes.len() {
        let b = bytes[i];
        let (sep, len) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace() || matches!(c, '—' | '–' | '…'), c.len_utf8())
        };
        if sep {
            if let Some(s) = start.take() {
                split_ellipses(text, s, i, &mut f);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += len;
    }
    if let Some(s) = start {
        split_ellipses(text, s, text.len(), &mut f);
    }
}

fn split_ellipses(text: &str, start: usize, end: usize, f: &mut impl FnMut(usize, usize)) {
    let word = &text[start..end];
    // "..." between words (ASCII ellipsis) separates them too.
    if word.contains('.') && word.contains("...") {
        let mut offset = start;
        // No piece holds "..." any more: each is a word.
        for piece in word.split("...") {
            if !piece.is_empty() {
                f(offset, offset + piece.len());
            }
            offset += piece.len() + 3;
        }
        return;
    }
    f(start, end);
}

/// The comparison key of one word.
pub fn word_key(word: &str, opts: KeyOptions) -> String {
    let mut key = String::with_capacity(word.len());
    push_word_key(word, opts, &mut key);
    key
}

/// Appends the comparison key of one word to `out`.
fn push_word_key(word: &str, opts: KeyOptions, out: &mut String) {
    if opts.ignore_punctuation && word.is_ascii() {
        // Most words: with no Unicode tables. For an ASCII word the loop below keeps exactly
        // the ASCII letters and digits (the backtick it turns into an apostrophe is
        // punctuation too), lower-cased when case is ignored. Copied a run of letters and
        // digits at a time, not char by char (a push per char cost more than the rest).
        let at = out.len();
        let mut run = 0;
        for (i, b) in word.bytes().enumerate() {
            if !b.is_ascii_alphanumeric() {
                out.push_str(&word[run..i]);
                run = i + 1;
            }
        }
        out.push_str(&word[run..]);
        if opts.ignore_case {
            out[at..].make_ascii_lowercase();
        }
        return;
    }
    let at = out.len();
    for c in word.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{00B4}' => '\'',
            _ => c,
        };
        if opts.ignore_punctuation && !crate::model::is_alphanumeric(c) {
            continue;
        }
        if opts.ignore_case && c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if opts.ignore_case {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    if !opts.ignore_punctuation {
        // Even when punctuation counts, quotation marks and a word's trailing comma belong
        // to the sentence around the quote, not to the quoted words.
        let trim = |c: char| matches!(c, '"' | '\u{201C}' | '\u{201D}' | ',' | '\'');
        let added = &out[at..];
        let lead = added.len() - added.trim_start_matches(trim).len();
        let kept = added.trim_end_matches(trim).len();
        if lead >= kept {
            out.truncate(at);
        } else {
            out.truncate(at + kept);
            out.drain(at..at + lead);
        }
    }
}

/// Lower-case alphanumeric words of a text (for similarity, not for display).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut buf = String::new();
    raw_words(text).filter_map(move |w| {
        let k = clean_word(w, &mut buf);
        (!k.is_empty()).then(|| k.to_string())
    })
}

/// The same words as [`words`], each handed to `f` without an allocation of its own: for
/// the passes over whole articles, where most words are already in their key form.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut buf = String::new();
    for w in raw_words(text) {
        let k = clean_word(w, &mut buf);
        if !k.is_empty() {
            f(k);
        }
    }
}

/// As [`for_each_word`], but a word that is its own key (most are) is handed as a slice of
/// `text` (`Ok`), else as a key built in a buffer (`Err`): a caller that keeps the words
/// copies only the latter.
pub fn for_each_word_in<'t>(text: &'t str, mut f: impl FnMut(Result<&'t str, &str>)) {
    let mut buf = String::new();
    for w in raw_words(text) {
        match key_in_place(w) {
            Ok(k) if !k.is_empty() => f(Ok(k)),
            Ok(_) => {}
            Err(w) => {
                build_key(w, &mut buf);
                if !buf.is_empty() {
                    f(Err(&buf));
                }
            }
        }
    }
}

/// The raw words of a text: runs of letters, digits, apostrophes, dots and hyphens, without
/// the apostrophes, dots and hyphens at either end; runs with no letter or digit are skipped.
fn raw_words(text: &str) -> RawWords<'_> {
    RawWords { text, at: 0 }
}

/// What an ASCII byte is to a word: 0 a separator, 1 a letter or digit, 2 a mark that can
/// stand inside a word (' . -); non-ASCII bytes are 3 (the char is decoded).
const BYTE_CLASS: [u8; 256] = {
    let mut t = [3u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            1
        } else if c == b'\'' || c == b'.' || c == b'-' {
            2
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The iterator of [`raw_words`]: one pass over the bytes, each ASCII byte classed by a
/// table and a run of letters and digits crossed in a tight loop, decoding only non-ASCII
/// characters (this runs over every word of every article: a `split` by a char predicate
/// followed by a trim cost several times as much, and testing each byte's class by
/// comparisons a third more than the table).
struct RawWords<'a> {
    text: &'a str,
    /// Byte offset where the scan goes on (always a char boundary).
    at: usize,
}

impl<'a> Iterator for RawWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while i < bytes.len() {
            // One run: the first letter or digit in it and the end of the last one, which
            // is the run trimmed (inside a run, only ' ’ . - are not letters or digits).
            let mut first = usize::MAX;
            let mut last_end = 0;
            while let Some(&b) = bytes.get(i) {
                match BYTE_CLASS[b as usize] {
                    0 => {
                        i += 1;
                        break;
                    }
                    1 => {
                        if first == usize::MAX {
                            first = i;
                        }
                        // The rest of the letters and digits, at a byte each.
                        i += 1;
                        while i < bytes.len() && BYTE_CLASS[bytes[i] as usize] == 1 {
                            i += 1;
                        }
                        last_end = i;
                    }
                    2 => i += 1,
                    _ => {
                        let c = self.text[i..].chars().next().unwrap_or(' ');
                        let len = c.len_utf8();
                        if crate::model::is_alphanumeric(c) {
                            if first == usize::MAX {
                                first = i;
                            }
                            i += len;
                            last_end = i;
                        } else if c == '\u{2019}' {
                            i += len;
                        } else {
                            i += len;
                            break;
                        }
                    }
                }
            }
            if first != usize::MAX {
                self.at = i;
                return Some(&self.text[first..last_end]);
            }
        }
        self.at = i;
        None
    }
}

/// The key of one raw word: the word itself when it is one already, else built in `buf`.
fn clean_word<'a>(w: &'a str, buf: &'a mut String) -> &'a str {
    match key_in_place(w) {
        Ok(k) => k,
        Err(w) => {
            build_key(w, buf);
            buf
        }
    }
}

/// A raw word's key when it is a slice of the word (`Ok`), else the word with any
/// possessive cut off, to be built by [`build_key`] (`Err`).
fn key_in_place(w: &str) -> Result<&str, &str> {
    // "U.S." → "us", "non-lethal" → "nonlethal", "Ukraine's" → "ukraine".
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s")).unwrap_or(w);
    if w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) { Ok(w) } else { Err(w) }
}

/// The key of a word that is not its own key, built in `buf`.
fn build_key(w: &str, buf: &mut String) {
    buf.clear();
    if w.is_ascii() {
        // Most words: with no Unicode case tables, as in `push_word_key`.
        push_word_key(w, KeyOptions::default(), buf);
    } else {
        buf.extend(w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
    }
}

/// The stem of a lower-case word, with country adjectives folded into the country
/// ("ukrainian" → "ukrain", "american" → "us") so that two wordings of one fact meet.
pub fn stem(word: &str) -> String {
    with_stem(word, str::to_string)
}

/// Hands `f` the stem of a lower-case word (as [`stem`] gives it) without copying it: for a
/// caller that keeps the stem somewhere of its own, a copy of the cached stem per word cost
/// an allocation each time.
pub fn with_stem<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    // The stemmer costs some thousands of instructions a word, and the passes ask for the
    // same few thousand words again and again: each thread keeps what it worked out (the
    // folds of synonyms and demonyms too, so a word known already costs one lookup).
    thread_local! {
        static STEMS: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = Default::default();
    }
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(word) {
            return f(s);
        }
        let s = match fold_demonym(word).or_else(|| super::synonyms::fold(word)) {
            Some(folded) => folded.to_string(),
            None => STEMMER.stem(word).into_owned(),
        };
        // A bound: a few thousand words are most of the asking, and a cache of every word
        // of 500 articles cost 8 MB a thread.
        if cache.len() >= 1 << 14 {
            cache.clear();
        }
        let out = f(&s);
        cache.insert(word.to_string(), s);
        out
    })
}

fn fold_demonym(word: &str) -> Option<&'static str> {
    Some(match word {
        "us" | "usa" | "america" | "american" | "americans" | "washington" => "us",
        "uk" | "britain" | "british" | "briton" | "britons" => "uk",
        "ukraine" | "ukrainian" | "ukrainians" | "kyiv" | "kiev" => "ukrain",
        "russia" | "russian" | "russians" | "moscow" | "kremlin" => "russia",
        "china" | "chinese" | "beijing" => "china",
        "europe" | "european" | "europeans" => "europ",
        "germany" | "german" | "germans" | "berlin" => "germani",
        "france" | "french" | "paris" => "franc",
        _ => return None,
    })
}

pub use crate::analyze::lexicon::is_stop_word;

/// Character-level similarity of two words (1 − normalised Levenshtein distance).
pub fn word_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    if a.is_ascii() && b.is_ascii() {
        // Most words: an ASCII byte is a char, so the bytes give the same distance and
        // lengths with no copy of either word into chars.
        let n = a.len().max(b.len());
        return if n == 0 { 1.0 } else { 1.0 - edit_distance(a.as_bytes(), b.as_bytes()) as f64 / n as f64 };
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let n = a.len().max(b.len());
    if n == 0 {
        return 1.0;
    }
    1.0 - levenshtein(&a, &b) as f64 / n as f64
}

/// The edit distance (insertions, deletions, substitutions) between two strings of chars.
pub fn levenshtein(a: &[char], b: &[char]) -> usize {
    edit_distance(a, b)
}

/// [`levenshtein`] over any items.
fn edit_distance<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Two quote words are "the same word, changed" when they share a long prefix or are a
/// small edit apart ("illusionary" / "illusory", "recognizing" / "recognising").
pub fn near_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Cheap rejections first: this runs for every word pair of two quotes.
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    if ab.len().min(bb.len()) < 4 || ab[0] != bb[0] || ab.len().abs_diff(bb.len()) > ab.len().max(bb.len()) / 2 {
        return false;
    }
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if prefix >= 5 {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    // Levenshtein is at least the length difference; skip it when that alone is too much.
    if la.abs_diff(lb) as f64 > 0.2 * la.max(lb) as f64 {
        return false;
    }
    word_similarity(a, b) >= 0.8
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
