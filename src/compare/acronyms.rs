//! Acronyms and their expansions as the articles themselves write them: one outlet says
//! "F.A.A.", another "Federal Aviation Administration". The acronyms are read from the texts
//! being compared (never from a list), each with the run of capitalised words whose initials
//! spell it somewhere in those texts; an acronym is then read as its expansion, so that both
//! wordings share their words.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// Capitalised words an expansion may span (connectors included).
const MAX_EXPANSION: usize = 8;

/// The index of the first ASCII capital in `b` at or after `from`, or the length. Eight bytes
/// are tested at a time: every scan below starts only at a capital, a few bytes in a hundred,
/// and testing each byte was most of the cost of reading acronyms.
fn next_capital(b: &[u8], from: usize) -> usize {
    use crate::swar::{HIGHS, ONES};
    let (mut from, _) = crate::swar::scan8(b, from, |x| {
        // Per byte, on its low seven bits (no carry crosses a byte): the high bit of `at_a` is
        // set from 'A' up, that of `past_z` from '[' up; bytes of 0x80 and over are left out.
        let low = x & !HIGHS;
        let at_a = low + ONES * (0x80 - u64::from(b'A'));
        let past_z = low + ONES * (0x80 - u64::from(b'['));
        at_a & !past_z & !x & HIGHS
    });
    while from < b.len() && !b[from].is_ascii_uppercase() {
        from += 1;
    }
    from
}

/// The acronyms the compared texts use.
#[derive(Debug, Default)]
pub struct Acronyms {
    /// Each acronym (without dots) and the words it stands for.
    expansion: HashMap<String, String>,
}

/// Small words an expansion may hold without giving them an initial ("Department of State").
fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "and" | "for" | "the" | "on" | "&" | "de" | "du")
}

/// An acronym as written ("NATO", "F.A.A.") without its dots; None for other words.
fn acronym_of(word: &str) -> Option<String> {
    // Most words are no acronym: turned away before anything is allocated.
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.len() > 12 || word.contains(char::is_lowercase) {
        return None;
    }
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    let dotted = word.contains('.');
    let n = letters.chars().count();
    // Dots only between letters ("F.A.A."), never a sentence's full stop on a plain word.
    let well_formed = !dotted || word.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1);
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_ascii_uppercase()) && well_formed).then_some(letters)
}

/// The acronyms a text writes (see [`Acronyms::collect`]).
///
/// Only a word that opens with an ASCII capital followed by a capital or a dot can be one,
/// so the text is scanned byte by byte for such openings and only they are read (a split of
/// every text into words was most of the cost of reading acronyms).
fn acronyms_in(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let word_char = |c: char| c.is_alphanumeric() || c == '.';
    let mut found: Vec<String> = Vec::new();
    let mut i = 0;
    loop {
        i = next_capital(b, i);
        if i + 1 >= b.len() {
            break;
        }
        let opens = (b[i + 1].is_ascii_uppercase() || b[i + 1] == b'.')
            && !text[..i].chars().next_back().is_some_and(word_char);
        if !opens {
            i += 1;
            continue;
        }
        let end = text[i..].char_indices().find(|&(_, c)| !word_char(c)).map_or(b.len(), |(k, _)| i + k);
        let piece = &text[i..end];
        if let Some(a) = acronym_of(piece.trim_end_matches('.')).or_else(|| acronym_of(piece)) {
            let bracketed = text[..i].ends_with('(') && text[end..].starts_with(')');
            if a.len() >= 3 || bracketed {
                found.push(a);
            }
        }
        i = end;
    }
    found
}

/// A char that belongs to a word here: letters, digits, dots, apostrophes, '&'.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '.' || c == '\'' || c == '&'
}

/// The first word of `text` at or after `from` (a word's start or a place between words):
/// (start, end, end with any final dots). A full stop ending a word is punctuation, except
/// in a dotted acronym ("U.S."); a run of dots alone is no word.
fn read_word(text: &str, from: usize) -> Option<(usize, usize, usize)> {
    let mut at = from;
    loop {
        let rest = text.get(at..)?;
        let start = at + rest.char_indices().find(|&(_, c)| is_word_char(c))?.0;
        let raw = text[start..].char_indices().find(|&(_, c)| !is_word_char(c)).map_or(text.len(), |(k, _)| start + k);
        let w = &text[start..raw];
        let end = if w.ends_with('.') && acronym_of(w).is_some() { raw } else { start + w.trim_end_matches('.').len() };
        if end > start {
            return Some((start, end, raw));
        }
        at = raw;
    }
}

impl Acronyms {
    /// Reads the acronyms of the texts (three letters or more anywhere; two letters only where
    /// a text defines them in brackets after their expansion, "Internet Explorer (IE)", since
    /// two capitals alone are often something else), then the expansion each is written out
    /// as somewhere in the texts (the first one met).
    pub fn collect(texts: &[&str]) -> Self {
        let known: HashSet<String> = texts.par_iter().map(|text| acronyms_in(text)).flatten_iter().collect();
        let mut expansion: HashMap<String, String> = HashMap::default();
        if !known.is_empty() {
            let prefixes: HashSet<&str> =
                known.iter().flat_map(|a| (1..=a.len()).filter_map(move |k| a.get(..k))).collect();
            // In text order, so the first expansion met is the same on every run.
            let found: Vec<Vec<(String, String)>> = texts
                .par_iter()
                .map(|text| {
                    expansions_in(text, &known, &prefixes)
                        .into_iter()
                        .map(|(s, e, a)| (a, text[s..e].to_string()))
                        .collect()
                })
                .collect();
            for (a, full) in found.into_iter().flatten() {
                expansion.entry(a).or_insert(full);
            }
        }
        Acronyms { expansion }
    }

    /// The text with every known acronym written out as its expansion, so that it shares its
    /// words with the texts that write the name in full.
    pub fn expand<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.expansion.is_empty() {
            return Cow::Borrowed(text);
        }
        let b = text.as_bytes();
        // Letters, digits and dots make a word; a curly quote or apostrophe (“NATO”,
        // NATO’s) does not, though its bytes are not ASCII.
        let word_char = |c: char| c.is_alphanumeric() || c == '.';
        let mut out = String::new();
        let mut at = 0;
        let mut i = 0;
        loop {
            // Only a word that opens with two capitals, or a capital and a dot, can be one.
            i = next_capital(b, i);
            if i + 1 >= b.len() {
                break;
            }
            let opens = (b[i + 1].is_ascii_uppercase() || b[i + 1] == b'.')
                && !text[..i].chars().next_back().is_some_and(word_char);
            if !opens {
                i += 1;
                continue;
            }
            let end = text[i..].char_indices().find(|&(_, c)| !word_char(c)).map_or(b.len(), |(k, _)| i + k);
            let piece = &text[i..end];
            // "NATO." at the end of a sentence; "F.A.A." keeps its dots.
            let (word, acronym) = match acronym_of(piece) {
                Some(a) => (piece, Some(a)),
                None => (piece.trim_end_matches('.'), acronym_of(piece.trim_end_matches('.'))),
            };
            if let Some(full) = acronym.and_then(|a| self.expansion.get(&a)) {
                out.push_str(&text[at..i]);
                out.push_str(full);
                at = i + word.len();
            }
            i = end;
        }
        if at == 0 {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[at..]);
        Cow::Owned(out)
    }
}

/// The runs of capitalised words (connectors allowed inside) whose initials spell a known
/// acronym, the longest from each start: (start, end, acronym).
///
/// Only the words that could open such a run are read with the words after them: a capital
/// that begins some known acronym, at the start of a word (reading every word of every text
/// was most of the cost).
fn expansions_in(text: &str, known: &HashSet<String>, prefixes: &HashSet<&str>) -> Vec<(usize, usize, String)> {
    let capital = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
    };
    let b = text.as_bytes();
    // The capitals that begin a known acronym (its one-letter prefixes), by byte: a table, not
    // a string hashed for every capital of the text.
    let mut opens_one = [false; 128];
    for p in prefixes.iter().filter(|p| p.len() == 1) {
        if let Some(f) = opens_one.get_mut(usize::from(p.as_bytes()[0])) {
            *f = true;
        }
    }
    let mut out = Vec::new();
    let mut p = 0;
    loop {
        p = next_capital(b, p);
        if p >= b.len() {
            break;
        }
        let opens = opens_one[usize::from(b[p])] && !text[..p].chars().next_back().is_some_and(is_word_char);
        if !opens {
            p += 1;
            continue;
        }
        // The word at `p`, then the ones after it, read only while they may extend the run.
        let Some(first) = read_word(text, p).filter(|w| capital(&text[w.0..w.1])) else {
            p += 1;
            continue;
        };
        let mut words: Vec<(usize, usize, usize)> = vec![first];
        let mut initials = String::new();
        let mut found: Option<(usize, String)> = None;
        for j in 0..MAX_EXPANSION {
            if j == words.len() {
                match read_word(text, words[j - 1].2) {
                    Some(w) => words.push(w),
                    None => break,
                }
            }
            let w = &text[words[j].0..words[j].1];
            // Only spaces between the words of a name.
            if j > 0 && !text[words[j - 1].1..words[j].0].chars().all(|c| c == ' ') {
                break;
            }
            if capital(w) {
                initials.extend(w.chars().next().map(|c| c.to_ascii_uppercase()));
                // No longer run spells an acronym that these initials do not begin.
                if !prefixes.contains(initials.as_str()) {
                    break;
                }
                if initials.len() >= 2 && known.contains(&initials) {
                    found = Some((j, initials.clone()));
                }
            } else if !(j > 0 && is_connector(w)) {
                break;
            }
        }
        match found {
            Some((j, acronym)) => {
                out.push((words[0].0, words[j].1, acronym));
                p = words[j].2;
            }
            None => p += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(texts: &[&str]) -> Acronyms {
        Acronyms::collect(texts)
    }

    #[test]
    fn an_acronym_reads_as_the_expansion_another_text_writes() {
        let texts = ["The F.A.A. grounded the planes.", "The Federal Aviation Administration said so."];
        let a = known(&texts);
        assert_eq!(a.expand("The F.A.A. grounded them."), "The Federal Aviation Administration grounded them.");
        // Connectors inside a name, not at its ends.
        let b = known(&["The DHS said so.", "the Department of Homeland Security and others"]);
        assert_eq!(b.expand("DHS agents came."), "Department of Homeland Security agents came.");
    }

    #[test]
    fn curly_quotes_and_apostrophes_are_not_part_of_an_acronym() {
        let a = known(&["The F.A.A. grounded the planes.", "The Federal Aviation Administration said so."]);
        assert_eq!(a.expand("the “F.A.A.” said"), "the “Federal Aviation Administration” said");
        assert_eq!(a.expand("the FAA’s rules"), "the Federal Aviation Administration’s rules");
        // A capital run inside a longer word written with accents is no acronym.
        assert_eq!(a.expand("éFAA rules"), "éFAA rules");
    }

    #[test]
    fn without_an_expansion_in_any_text_nothing_changes() {
        let a = known(&["The FAA met on Monday.", "The Federal Reserve met."]);
        assert_eq!(a.expand("The FAA met."), "The FAA met.");
    }

    #[test]
    fn two_letter_acronyms_count_only_where_a_text_defines_them() {
        let defined = known(&["A flaw in Web Browser (WB) was found."]);
        assert_eq!(defined.expand("WB users were warned."), "Web Browser users were warned.");
        let bare = known(&["He met the PM today.", "Peter Miller spoke."]);
        assert_eq!(bare.expand("The PM spoke."), "The PM spoke.");
    }

    #[test]
    fn a_sentence_full_stop_is_no_acronym_dot() {
        assert_eq!(acronym_of("NASA."), None);
        assert_eq!(acronym_of("F.A.A."), Some("FAA".into()));
        assert_eq!(acronym_of("Nasa"), None);
    }
}
