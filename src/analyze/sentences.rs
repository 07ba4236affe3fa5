//! Sentence splitting: sentencex proposes the boundaries, news-text rules veto the wrong
//! ones (abbreviations, initials, "3 p.m.", a quote that ends with its attribution after it).

use super::lexicon;
use super::text::{self, is_capitalised, norm};

/// Closing marks that may follow a sentence's final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '›')
}

/// Splits the paragraph `text[start..end]` into sentence spans (trimmed, non-empty).
pub fn split_paragraph(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let Some(para) = text.get(start..end) else {
        return Vec::new();
    };
    // sentencex's pieces, as trimmed spans into `text`.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    for (cs, ce) in chunks(para) {
        let chunk = &para[cs..ce];
        for b in sentencex::get_sentence_boundaries("en", chunk) {
            let (s, e) = (b.start_byte.min(chunk.len()), b.end_byte.min(chunk.len()));
            if s >= e || !chunk.is_char_boundary(s) || !chunk.is_char_boundary(e) {
                continue;
            }
            let (s, e) = text::trim_span(text, start + cs + s, start + cs + e);
            if s < e {
                pieces.push((s, e));
            }
        }
    }
    if pieces.is_empty() {
        let (s, e) = text::trim_span(text, start, end);
        return if s < e { vec![(s, e)] } else { Vec::new() };
    }
    // The pieces must tile the paragraph in order; if they do not, fall back to gaps-free
    // spans by clamping each start to the previous end.
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (s, e) in pieces {
        match merged.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            Some(last) if !keep_boundary(text, *last, (s, e)) => last.1 = e,
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Paragraphs longer than this go to sentencex in pieces: its quote pairing takes time
/// quadratic in the length of a paragraph full of unpaired marks (100 000 quotation marks in
/// one paragraph ran for minutes). Real paragraphs are far shorter.
const CHUNK_BYTES: usize = 4096;

/// `para` cut into pieces of at most about [`CHUNK_BYTES`], each ending after the space that
/// follows a sentence's final mark where there is one, else after the last space, else at a
/// char boundary. Seams that were not real sentence ends are merged back by `keep_boundary`.
fn chunks(para: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    while para.len() - s > CHUNK_BYTES {
        let limit = text::floor_boundary(para, s + CHUNK_BYTES);
        let window = &para[s..limit];
        let mut after_space = None;
        let mut after_sentence = None;
        let mut prev: Option<char> = None;
        for (i, c) in window.char_indices() {
            if c.is_whitespace() && i > 0 {
                let end = i + c.len_utf8();
                after_space = Some(end);
                if prev.is_some_and(|p| matches!(p, '.' | '?' | '!') || is_closer(p)) {
                    after_sentence = Some(end);
                }
            }
            prev = Some(c);
        }
        let cut = match (after_sentence, after_space) {
            (Some(e), _) if e > CHUNK_BYTES / 2 => e,
            (_, Some(e)) => e,
            _ => window.len().max(para[s..].chars().next().map_or(1, char::len_utf8)),
        };
        out.push((s, s + cut));
        s += cut;
    }
    if s < para.len() || out.is_empty() {
        out.push((s, para.len()));
    }
    out
}

/// Decides whether the boundary between sentences `a` and `b` is real.
fn keep_boundary(text: &str, a: (usize, usize), b: (usize, usize)) -> bool {
    let sa = text.get(a.0..a.1).unwrap_or("");
    let sb = text.get(b.0..b.1).unwrap_or("");
    let Some(first) = sb.chars().next() else {
        return false;
    };
    // A continuation in lowercase or a closing mark never starts a sentence.
    if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | ']' | '}' | '”' | '’' | '%') {
        return false;
    }
    let core = sa.trim_end_matches(is_closer);
    let closed_by_quote = core.len() < sa.len();
    let Some(last) = core.chars().last() else {
        return true;
    };
    // Only the first words of `b` and the last word of `a` matter: reading whole sentences
    // here was most of the cost of splitting. The first word of `b` is read only where a rule
    // asks for it, the few after it only for an attribution after a quote.
    let b_first_common = || {
        let b_first = text::WordIter::new(text, b.0, b.1).next().map_or("", |w| w.text(text));
        lexicon::is_common_capitalised(&text::norm_cow(b_first))
    };
    if last == '.' && !closed_by_quote && !core.ends_with("..") {
        let Some(lw) = last_word(text, a) else {
            return true;
        };
        let word = lw.text(text);
        let bare = word.trim_end_matches('.');
        // The word must touch the final dot ("Dr." not "Dr ." ).
        let touches = lw.end == a.0 + core.len() || lw.end + 1 == a.0 + core.len();
        if touches {
            let lower = bare.to_lowercase();
            if lexicon::is_prefix_abbreviation(&lower) {
                // "No. 10", "Feb. 12", "Dr. Smith": the sentence goes on.
                return false;
            }
            let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
            let dotted = bare.contains('.');
            if (initial || dotted || lexicon::is_abbreviation(&lower)) && !b_first_common() {
                // "J. D. Vance", "U.S. Defense Secretary", "3 p.m. Friday": goes on,
                // unless the next word is one that typically opens a sentence.
                return false;
            }
        }
        return true;
    }
    // "agreeing a? 110-billion": a question mark glued to a lower-case word and followed by a
    // figure stands for a character lost in decoding (a currency sign), not a question's end.
    if last == '?'
        && !closed_by_quote
        && first.is_ascii_digit()
        && last_word(text, a).is_some_and(|w| w.text(text).chars().all(char::is_lowercase))
    {
        return false;
    }
    // `“Are we done?” she asked.` / `“Enough.” Hegseth said.`: the attribution stays.
    if closed_by_quote && matches!(last, '.' | '?' | '!' | '…') {
        let b_words: Vec<text::Word> = text::WordIter::new(text, b.0, b.1).take(ATTRIBUTION_TAIL_WORDS + 1).collect();
        return !is_attribution_tail(text, &b_words, last == '.', last != '.');
    }
    true
}

/// The last word of `text[span.0..span.1]`, read from the last space on: no word holds a
/// space, so the words after one are the same whether the scan starts there or earlier.
fn last_word(text: &str, span: (usize, usize)) -> Option<text::Word> {
    let s = text.get(span.0..span.1)?;
    let from = s.trim_end().rfind(char::is_whitespace).map_or(span.0, |i| span.0 + i);
    text::WordIter::new(text, from, span.1).last()
}

/// The most words [`is_attribution_tail`] reads (it must also know whether there are more).
const ATTRIBUTION_TAIL_WORDS: usize = 6;

/// True when the words open with a short attribution: "she asked.", "said Hegseth.",
/// "Hegseth added, …". With `strict`, the whole sentence must be that attribution.
/// With `any_verb` (after a question or exclamation) any verb form attributes: `“Was it
/// safe?” Marsh questioned.`
fn is_attribution_tail(text: &str, words: &[text::Word], strict: bool, any_verb: bool) -> bool {
    if words.is_empty() || (strict && words.len() > 5) {
        return false;
    }
    // "Prime Minister George Papandreou thundered": a titled name can take five words.
    let n = words.len().min(if any_verb { ATTRIBUTION_TAIL_WORDS } else { 4 });
    for (i, w) in words.iter().take(n).enumerate() {
        let l = norm(w.text(text));
        let verb = if any_verb && i > 0 {
            lexicon::is_speech_verb_form(&l)
        } else {
            lexicon::is_reporting_verb(&l) && !lexicon::is_participle(&l)
        };
        if verb {
            // Everything before the verb must be a name or pronoun.
            return words[..i].iter().all(|p| {
                let t = p.text(text);
                is_capitalised(t) || lexicon::is_person_pronoun(&norm(t)) || norm(t) == "the"
            });
        }
    }
    false
}
