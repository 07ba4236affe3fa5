//! The working view of one article shared by the analysis passes: paragraphs, sentences,
//! words (each knowing its sentence and whether it stands inside a quote) and quotes.

use std::borrow::Cow;

use super::quotes::RawQuote;
use super::text::{self, Word};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// Range of `Doc::words` that fall in this sentence.
    pub words: (usize, usize),
}

pub struct Doc<'a> {
    pub text: &'a str,
    /// Headings, bylines and other lines that are not running prose.
    pub heading: Vec<bool>,
    pub sents: Vec<Sent>,
    pub words: Vec<Word>,
    /// Per word: its lowercase lookup form (`text::norm`), computed once; borrowed from the
    /// text where the word is already in that form (most words: no copy for them).
    pub low: Vec<Cow<'a, str>>,
    /// Per word: inside the marks of a quote.
    pub in_quote: Vec<bool>,
    pub quotes: Vec<RawQuote>,
}

impl<'a> Doc<'a> {
    pub fn new(
        text: &'a str,
        paras: &[(usize, usize)],
        sent_spans: Vec<(usize, usize, usize)>,
        quotes: Vec<RawQuote>,
    ) -> Self {
        let heading = paras.iter().map(|&(s, e)| is_heading(text.get(s..e).unwrap_or(""))).collect();
        let mut words = Vec::new();
        let mut sents = Vec::with_capacity(sent_spans.len());
        for (s, e, p) in sent_spans {
            let first = words.len();
            words.extend(text::WordIter::new(text, s, e));
            sents.push(Sent { start: s, end: e, paragraph: p, words: (first, words.len()) });
        }
        // Mark the words inside quote parts by a sweep over the sorted part spans.
        let mut spans: Vec<(usize, usize)> =
            quotes.iter().flat_map(|q| q.parts.iter().map(|p| (p.inner_start, p.inner_end))).collect();
        spans.sort_unstable();
        let mut in_quote = vec![false; words.len()];
        let mut k = 0;
        for (i, w) in words.iter().enumerate() {
            while k < spans.len() && spans[k].1 <= w.start {
                k += 1;
            }
            in_quote[i] = spans.get(k).is_some_and(|&(s, e)| s <= w.start && w.end <= e);
        }
        let low = words.iter().map(|w| text::norm_cow(w.text(text))).collect();
        Doc { text, heading, sents, words, low, in_quote, quotes }
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.text(self.text))
    }

    /// The lowercase lookup form of word `i`.
    pub fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |l| l.as_ref())
    }

    pub fn slice(&self, s: usize, e: usize) -> &'a str {
        self.text.get(s..e).unwrap_or("")
    }

    /// Index of the sentence holding byte `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> usize {
        self.sents.partition_point(|s| s.start <= pos).saturating_sub(1)
    }

    /// Index of the first word starting at or after `pos`.
    pub fn word_at(&self, pos: usize) -> usize {
        self.words.partition_point(|w| w.start < pos)
    }

    pub fn is_heading_sentence(&self, si: usize) -> bool {
        self.sents.get(si).is_some_and(|s| self.heading.get(s.paragraph).copied().unwrap_or(false))
    }
}

/// A byline: "By" and at most eleven more words, mostly capitalised ("By Jane Doe and John
/// Roe, Meridian Wire"). "By 6:40 a.m. the fire was under control, Owen said." and "By
/// Tuesday, crews had contained it." open with "By" too, but are prose.
pub fn is_byline(t: &str) -> bool {
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("by ")) else { return false };
    let ws = text::words(rest, 0, rest.len());
    if ws.len() > 11 {
        return false;
    }
    let named: Vec<&str> =
        ws.iter().map(|w| w.text(rest)).filter(|w| !matches!(*w, "and" | "of" | "the" | "for" | "in" | "at")).collect();
    let caps = named.iter().filter(|w| text::is_capitalised(w)).count();
    named.first().is_some_and(|w| text::is_capitalised(w)) && caps * 2 >= named.len()
}

/// A heading, byline, dateline or list of tags: no final punctuation, or a "By …" line.
pub fn is_heading(p: &str) -> bool {
    let t = p.trim();
    if t.is_empty() {
        return true;
    }
    // The word count, only where a rule needs it: most paragraphs end with a full stop and
    // are settled without it. Every test asks only whether there are at most 12 or at most
    // 40 words, so the count stops past `cap`.
    let n = |cap: usize| text::WordIter::new(t, 0, t.len()).take(cap + 1).count();
    if is_byline(t) {
        return true;
    }
    let last = t.trim_end_matches(['”', '"', '’', '\'', ')', ']']).chars().last();
    let ends = matches!(last, Some('.' | '!' | '?' | '…' | ':' | ';'));
    if ends && t.ends_with('.') {
        // Running prose (the last test below, whatever the count).
        return false;
    }
    let quote_end = t.ends_with(['”', '"']);
    if !(ends || quote_end) {
        // Running prose that merely lacks a final stop (a caption credit after it) is not
        // a heading.
        return n(40) <= 40 && !has_inner_stop(t);
    }
    // From here on only "at most 12 words" is asked (a paragraph closing a quote, often
    // long, is counted no further than that).
    let n = n(12);
    let closes_quote = quote_end && n > 12;
    if !(ends || closes_quote) {
        // A short line that closes a quote without a stop: as above (it has at most 40 words).
        return !has_inner_stop(t);
    }
    // A title-case line ("Trump-Putin Talks: A New Chapter?") is a heading even when it ends
    // with a question mark.
    if n > 12 || t.ends_with('.') {
        return false;
    }
    let ws = text::words(t, 0, t.len());
    let caps = ws.iter().filter(|w| text::is_capitalised(w.text(t))).count();
    caps * 10 >= n * 7
}

/// A sentence stop inside the line after a lowercase word ("… the water board. Photo …");
/// "U.S. Declares" does not count.
fn has_inner_stop(t: &str) -> bool {
    let b = t.as_bytes();
    b.windows(3).any(|w| w[0].is_ascii_lowercase() && matches!(w[1], b'.' | b'?' | b'!') && w[2] == b' ')
}
