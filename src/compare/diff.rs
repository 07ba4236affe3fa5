//! Word diffs between two wordings, on comparison keys, showing the original words.

use super::text::{KeyOptions, KeyedWords};
use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};
use std::time::{Duration, Instant};

/// Longest time one word diff may take; past it `similar` returns a coarser diff.
const DIFF_DEADLINE: Duration = Duration::from_millis(50);
/// Words of two wordings together past which a diff gets the deadline.
const LONG_DIFF: usize = 400;

/// What a run of words in a diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpKind {
    /// Words both wordings share.
    Equal,
    /// Words of the canonical wording that this one lacks.
    Delete,
    /// Words this wording has that the canonical one lacks.
    Insert,
}

/// A run of words with what it is in the diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    /// Whether the words are shared, lacking or added.
    pub op: OpKind,
    /// The words of the run, as written.
    pub text: String,
}

/// Diffs `new` against `old` word by word. Equal runs carry `new`'s words.
pub fn word_diff(old: &str, new: &str, opts: KeyOptions) -> Vec<DiffOp> {
    word_diff_from(old, &KeyedWords::new(old, opts), new, opts)
}

/// As [`word_diff`], with `old` already cut into words (`KeyedWords::new(old, opts)`): a
/// group's canonical wording is diffed against every other member.
pub fn word_diff_from(old: &str, a: &KeyedWords, new: &str, opts: KeyOptions) -> Vec<DiffOp> {
    // The keys of each wording in one string: no allocation per word.
    let b = KeyedWords::new(new, opts);
    // The words of a run as written, joined by single spaces (straight into one string).
    let words = |text: &str, kw: &KeyedWords, r: std::ops::Range<usize>| -> String {
        let mut out = String::new();
        for (n, i) in r.enumerate() {
            let (s, e) = kw.span(i);
            if n > 0 {
                out.push(' ');
            }
            out.push_str(&text[s..e]);
        }
        out
    };
    // The same keys: one equal run, as the diff would give, without running it.
    if a.len() == b.len() && a.keys().eq(b.keys()) {
        let text = words(new, &b, 0..b.len());
        return if text.is_empty() { Vec::new() } else { vec![DiffOp { op: OpKind::Equal, text }] };
    }
    let ka: Vec<&str> = a.keys().collect();
    let kb: Vec<&str> = b.keys().collect();
    // Only a long wording can run long (Myers takes time with the words times the edits);
    // a sentence's diff is done in microseconds, and asking the clock at every step of it
    // cost more than the diff.
    let deadline = (ka.len() + kb.len() > LONG_DIFF).then(|| Instant::now() + DIFF_DEADLINE);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &ka, &kb, deadline);
    let mut out: Vec<DiffOp> = Vec::new();
    let mut push = |op: OpKind, text: String| {
        if text.is_empty() {
            return;
        }
        if let Some(last) = out.last_mut()
            && last.op == op
        {
            last.text.push(' ');
            last.text.push_str(&text);
            return;
        }
        out.push(DiffOp { op, text });
    };
    for op in ops {
        let (tag, ra, rb) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => push(OpKind::Equal, words(new, &b, rb)),
            DiffTag::Delete => push(OpKind::Delete, words(old, a, ra)),
            DiffTag::Insert => push(OpKind::Insert, words(new, &b, rb)),
            DiffTag::Replace => {
                push(OpKind::Delete, words(old, a, ra));
                push(OpKind::Insert, words(new, &b, rb));
            }
        }
    }
    out
}

/// True when the diff has no inserted or deleted words.
pub fn is_equal(ops: &[DiffOp]) -> bool {
    ops.iter().all(|o| o.op == OpKind::Equal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_word_is_delete_then_insert() {
        let ops = word_diff("peacekeepers to Ukraine", "peacekeepers in Ukraine", KeyOptions::default());
        assert_eq!(
            ops,
            vec![
                DiffOp { op: OpKind::Equal, text: "peacekeepers".into() },
                DiffOp { op: OpKind::Delete, text: "to".into() },
                DiffOp { op: OpKind::Insert, text: "in".into() },
                DiffOp { op: OpKind::Equal, text: "Ukraine".into() },
            ]
        );
    }

    #[test]
    fn case_and_punctuation_can_be_ignored_or_not() {
        assert!(is_equal(&word_diff("The U.S. will act.", "the US will act", KeyOptions::default())));
        let strict = KeyOptions { ignore_case: false, ignore_punctuation: false };
        assert!(!is_equal(&word_diff("The U.S. will act.", "the US will act", strict)));
    }
}
