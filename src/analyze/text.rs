//! Low-level text helpers shared by the analysis passes: word tokens with byte spans,
//! quotation-mark classes and normalisation of words for lookups.

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
    let mut out = Vec::new();
    let Some(slice) = text.get(from..to) else {
        return out;
    };
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if !c.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = off;
        let mut j = i + 1;
        let mut dots = 0usize;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
                continue;
            }
            if is_joiner(c) && j + 1 < chars.len() && chars[j + 1].1.is_alphanumeric() {
                // A comma only joins digits ("1,000"); it must not glue "Kyiv,Moscow".
                if c == ',' && !(chars[j - 1].1.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()) {
                    break;
                }
                if c == '.' {
                    dots += 1;
                }
                j += 2;
                continue;
            }
            break;
        }
        let mut end_idx = j;
        // Dotted initials take their final dot: "U.S." "p.m." "a.m.".
        if dots > 0 && j < chars.len() && chars[j].1 == '.' && is_initialism(slice, start, j, &chars) {
            end_idx = j + 1;
        }
        let end = chars.get(end_idx).map_or(slice.len(), |(o, _)| *o);
        out.push(Word { start: from + start, end: from + end });
        i = end_idx;
    }
    out
}

/// True when `slice[start..chars[j]]` looks like "U.S" or "p.m" (single letters and dots).
fn is_initialism(slice: &str, start: usize, j: usize, chars: &[(usize, char)]) -> bool {
    let end = chars.get(j).map_or(slice.len(), |(o, _)| *o);
    let Some(w) = slice.get(start..end) else {
        return false;
    };
    w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Lowercase form for lookups: curly apostrophes made straight, possessive "'s" dropped,
/// a trailing dot removed.
pub fn norm(word: &str) -> String {
    // One pass, one allocation: this runs for nearly every word of every article.
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
    if s.ends_with("'s") {
        s.truncate(s.len() - 2);
    } else if s.ends_with("s'") && s.len() > 2 {
        s.pop();
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

pub fn is_all_caps(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Counts words (runs of alphanumerics) in a string.
pub fn word_count(s: &str) -> usize {
    words(s, 0, s.len()).len()
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
