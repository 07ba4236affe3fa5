//! Direct quotes: pairing of quotation marks (curly, straight, single, guillemets) without
//! being fooled by apostrophes, joining of quotes split by their attribution or running over
//! paragraphs, and the fragment / scare-quote flags.

use super::lexicon;
use super::text::{self, is_apostrophe, norm};

/// One stretch between an opening and a closing mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The words inside the marks, trimmed.
    pub inner_start: usize,
    pub inner_end: usize,
    /// Byte offset just after the closing mark (or the paragraph's end when unclosed).
    pub close_end: usize,
    pub paragraph: usize,
    pub closed: bool,
}

/// A quote found in the text, before speakers are known.
#[derive(Debug, Clone, PartialEq)]
pub struct RawQuote {
    pub parts: Vec<Part>,
}

impl RawQuote {
    pub fn start(&self) -> usize {
        self.parts.first().map_or(0, |p| p.open)
    }
    pub fn end(&self) -> usize {
        self.parts.last().map_or(0, |p| p.close_end)
    }
    /// The words inside the marks, parts joined by a space.
    pub fn text(&self, text: &str) -> String {
        let mut out = String::new();
        for p in &self.parts {
            let s = text.get(p.inner_start..p.inner_end).unwrap_or("");
            if s.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(s);
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    kind: Kind,
    /// The opening mark was a straight one (`"` or `'`).
    straight: bool,
    pos: usize,
    inner: usize,
}

/// Words that begin with an apostrophe of elision ("’em", "’til", "’n’").
fn is_elision(word_lower: &str) -> bool {
    lexicon::is_elided_word(word_lower)
}

/// Finds the quotes of every paragraph, then joins split and multi-paragraph quotes.
pub fn find(text: &str, paragraphs: &[(usize, usize)]) -> Vec<RawQuote> {
    let mut parts = Vec::new();
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        scan_paragraph(text, ps, pe, pi, &mut parts);
    }
    join(text, paragraphs, parts)
}

/// The index of the first byte at or after `from` that may start a quotation mark (`"`, `'`,
/// 0xC2 or 0xE2), or the length. Eight bytes are tested at a time: marks are a few bytes in a
/// hundred, and a byte-by-byte test of the whole text was most of the cost of finding quotes.
fn next_mark_byte(bytes: &[u8], from: usize) -> usize {
    use crate::swar::{ONES, has_zero_byte};
    let (mut from, _) = crate::swar::scan8(bytes, from, |x| {
        has_zero_byte(x ^ (ONES * u64::from(b'"')))
            | has_zero_byte(x ^ (ONES * u64::from(b'\'')))
            | has_zero_byte(x ^ (ONES * 0xC2))
            | has_zero_byte(x ^ (ONES * 0xE2))
    });
    while from < bytes.len() && !matches!(bytes[from], b'"' | b'\'' | 0xC2 | 0xE2) {
        from += 1;
    }
    from
}

fn scan_paragraph(text: &str, ps: usize, pe: usize, pi: usize, out: &mut Vec<Part>) {
    let Some(para) = text.get(ps..pe) else {
        return;
    };
    let bytes = para.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut off = 0;
    while off < bytes.len() {
        // Only quotation marks act below; the context checks are for them alone. Every mark
        // is `"` or `'`, or starts with the byte 0xC2 (« ») or 0xE2 (the curly and angle
        // marks): any other byte is passed over undecoded (no byte of a longer character
        // is one of these four, so each found is where a character starts).
        if !matches!(bytes[off], b'"' | b'\'' | 0xC2 | 0xE2) {
            off = next_mark_byte(bytes, off + 1);
            continue;
        }
        let Some(c) = para[off..].chars().next() else { break };
        let at = off;
        off += c.len_utf8();
        if !matches!(c, '“' | '„' | '«' | '”' | '»' | '"' | '‘' | '‹' | '’' | '\'' | '›') {
            continue;
        }
        let pos = ps + at;
        let after = pos + c.len_utf8();
        let prev = para[..at].chars().next_back();
        let next = para[off..].chars().next();
        let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
        let next_space = next.is_none_or(char::is_whitespace);
        let has_double = stack.iter().any(|o| o.kind == Kind::Double);
        // Two straight single marks written for a double one (`…the streets,'' said Musa`):
        // the pair is one mark, closing an open double quote or opening one.
        if c == '\'' && next == Some('\'') {
            off += 1;
            let after = after + 1;
            let next_space = para[off..].chars().next().is_none_or(char::is_whitespace);
            if has_double {
                close(text, &mut stack, Kind::Double, pos, after, pi, out);
            } else if prev_space && !next_space {
                stack.push(Open { kind: Kind::Double, straight: true, pos, inner: after });
            }
            continue;
        }
        match c {
            '“' | '„' | '«' => {
                // A curly opening inside a straight-quoted passage nests; inside a curly
                // one it is a typo and is ignored.
                let inside_curly = stack.iter().any(|o| o.kind == Kind::Double && !o.straight);
                if !inside_curly && !next_space {
                    stack.push(Open { kind: Kind::Double, straight: false, pos, inner: after });
                }
            }
            '”' | '»' => {
                if has_double {
                    close(text, &mut stack, Kind::Double, pos, after, pi, out);
                } else if prev_space && !next_space {
                    // A closing mark used as an opening one.
                    stack.push(Open { kind: Kind::Double, straight: false, pos, inner: after });
                }
            }
            '"' => {
                let innermost_straight =
                    stack.iter().rev().find(|o| o.kind == Kind::Double).is_some_and(|o| o.straight);
                let opener_like = prev_space && !next_space;
                if has_double && (innermost_straight || !opener_like) {
                    close(text, &mut stack, Kind::Double, pos, after, pi, out);
                } else if !next_space && (!has_double || opener_like) && !prev_alnum(prev) {
                    stack.push(Open { kind: Kind::Double, straight: true, pos, inner: after });
                }
            }
            '‘' | '‹' if !next_space && !top_is_single(&stack) => {
                stack.push(Open { kind: Kind::Single, straight: false, pos, inner: after });
            }
            '’' | '\'' | '›' => {
                let closes = top_is_single(&stack)
                    && !prev_space
                    && next.is_none_or(|n| !n.is_alphanumeric())
                    && !is_n_elision(&para[..at]);
                if closes {
                    close(text, &mut stack, Kind::Single, pos, after, pi, out);
                } else if c == '\'' && prev_space && next.is_some_and(char::is_alphabetic) {
                    // A straight single opening mark, unless it elides ("'em", "'n'").
                    let word: String = para[off..].chars().take_while(|c| c.is_alphabetic()).collect();
                    if !is_elision(&word.to_lowercase()) && !top_is_single(&stack) {
                        stack.push(Open { kind: Kind::Single, straight: true, pos, inner: after });
                    }
                }
            }
            _ => {}
        }
    }
    // An opening double mark left open at the paragraph's end: the quote runs to the end
    // (and may go on in the next paragraph). A single mark left open was an apostrophe.
    if let Some(o) = stack.first().copied().filter(|o| o.kind == Kind::Double) {
        let (s, e) = text::trim_span(text, o.inner, pe);
        if s < e {
            out.push(Part { open: o.pos, inner_start: s, inner_end: e, close_end: pe, paragraph: pi, closed: false });
        }
    }
}

fn prev_alnum(prev: Option<char>) -> bool {
    prev.is_some_and(char::is_alphanumeric)
}

fn top_is_single(stack: &[Open]) -> bool {
    stack.last().is_some_and(|o| o.kind == Kind::Single)
}

/// The second mark of "rock ’n’ roll": an elision, not a closing quote (`before`: the
/// paragraph up to the mark).
fn is_n_elision(before: &str) -> bool {
    let mut back = before.chars().rev();
    matches!(back.next(), Some('n' | 'N')) && back.next().is_some_and(is_apostrophe)
}

/// Closes the innermost open quote of `kind`; emits it when it stood at the top level.
fn close(text: &str, stack: &mut Vec<Open>, kind: Kind, pos: usize, after: usize, pi: usize, out: &mut Vec<Part>) {
    let Some(idx) = stack.iter().rposition(|o| o.kind == kind) else {
        return;
    };
    let open = stack[idx];
    // Marks opened inside and never closed were apostrophes or typos: drop them.
    stack.truncate(idx);
    if !stack.is_empty() {
        return; // a quote inside a quote belongs to the outer one
    }
    let (s, e) = text::trim_span(text, open.inner, pos);
    if s < e {
        out.push(Part { open: open.pos, inner_start: s, inner_end: e, close_end: after, paragraph: pi, closed: true });
    }
}

/// Joins parts into quotes: `“A,” he said, “B.”` and quotes running over paragraphs.
fn join(text: &str, paragraphs: &[(usize, usize)], parts: Vec<Part>) -> Vec<RawQuote> {
    let mut out: Vec<RawQuote> = Vec::new();
    for part in parts {
        if let Some(last) = out.last_mut()
            && let Some(prev) = last.parts.last().copied()
            && (continues_over_paragraph(text, paragraphs, &prev, &part) || split_by_attribution(text, &prev, &part))
        {
            last.parts.push(part);
            continue;
        }
        out.push(RawQuote { parts: vec![part] });
    }
    out
}

/// An unclosed quote at a paragraph's end, the next paragraph opening again at its start.
fn continues_over_paragraph(text: &str, paragraphs: &[(usize, usize)], prev: &Part, part: &Part) -> bool {
    if prev.closed || part.paragraph != prev.paragraph + 1 {
        return false;
    }
    let Some(&(ps, _)) = paragraphs.get(part.paragraph) else {
        return false;
    };
    text.get(ps..part.open).is_some_and(|s| s.trim().is_empty())
}

/// `“A,” he said, “B.”`: the narration between the parts is a short attribution that ends
/// with a comma (or colon), and the first part ended mid-sentence.
fn split_by_attribution(text: &str, prev: &Part, part: &Part) -> bool {
    if !prev.closed || part.paragraph != prev.paragraph {
        return false;
    }
    let inner = text.get(prev.inner_start..prev.inner_end).unwrap_or("");
    let between = text.get(prev.close_end..part.open).unwrap_or("").trim();
    let mid_sentence = inner.ends_with(',') || between.starts_with(',');
    if !mid_sentence || !(between.ends_with(',') || between.ends_with(':')) {
        return false;
    }
    let ws = text::words(between, 0, between.len());
    (1..=8).contains(&ws.len())
        && ws.iter().any(|w| {
            let l = norm(w.text(between));
            lexicon::is_reporting_verb(&l) || l == "according"
        })
}

/// Fragment and scare flags from the narration around the quote in its sentence.
/// `before` is the sentence text before the opening mark, `after` the text after the
/// closing mark up to the sentence's end.
pub fn flags(quote_text: &str, before: &str, after: &str) -> (bool, bool) {
    let before = before.trim_end();
    let lead = before.trim_start_matches(|c: char| c.is_whitespace() || "-–—•*".contains(c));
    let starts_sentence = lead.is_empty();
    let introduced = before.ends_with(':') || before.ends_with(',');
    let last_word = text::words(before, 0, before.len()).last().map(|w| norm(w.text(before)));
    let clause = last_word.as_deref().is_some_and(|w| {
        (w == "that" || (lexicon::is_reporting_verb(w) && !lexicon::is_weak_reporting_verb(w)))
            && text::word_count(quote_text) >= 4
    });
    // A quote followed by its attribution (`“…,” she said`) is an utterance, not a fragment.
    let attributed_after =
        after.trim_start().starts_with(|c: char| c.is_lowercase()) && quote_text.ends_with([',', '?', '!']);
    let fragment = !(starts_sentence || introduced || clause || attributed_after);
    let scare = fragment && text::word_count(quote_text) <= 2;
    (fragment, scare)
}
