//! Places told two ways in one statement: "destroyed the warehouse in Palmer" / "destroyed
//! the warehouse in Wasilla". The two sentences run alike around one place name each, after
//! the same word of place ("in", "at", "near"), and the names differ. A name the lexicon knows
//! as a country, region or large city may hold the other ("in Los Angeles" / "in
//! Calabasas"), so such pairs are left alone.

use crate::analyze::lexicon as lx;
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Words after which a capitalised name is where something happened. ("to" and "from" take
/// people as often: "according to Smith", "a letter from Jones".)
fn is_place_preposition(w: &str) -> bool {
    matches!(w, "in" | "at" | "near" | "outside" | "into")
}

/// A word of a place name as written: capitalised, letters (and "-", "'", ".").
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// The words of a text with the punctuation around them dropped; a word that ends a clause
/// keeps a mark so names are not run across it.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.is_empty() {
            out.push(w);
        }
        if raw.ends_with([',', ';', ':', '.', ')']) {
            out.push(",");
        }
    }
    out
}

/// A cheap first look, read once per claim (`conflicts::Cues`), one pass over the bytes: a word of
/// place followed by a capital ("in Palmer").
pub(crate) fn may_place(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&c| c == b' ') {
        let at = i + k + 1;
        let rest = &b[at..];
        let word_len = rest.iter().position(|&c| c == b' ').unwrap_or(rest.len());
        let word = &rest[..word_len];
        if matches!(word, b"in" | b"at" | b"near" | b"outside" | b"into")
            && rest.get(word_len + 1).is_some_and(u8::is_ascii_uppercase)
        {
            return true;
        }
        i = at;
    }
    false
}

/// One place named two ways where the rest of the two sentences runs alike: the two names.
pub(crate) fn place_conflict(a: &str, b: &str) -> Option<(String, String)> {
    let (ta, tb) = (tokens(a), tokens(b));
    let mut found = None;
    for op in capture_diff_slices(Algorithm::Myers, &ta, &tb) {
        let DiffOp::Replace { old_index, old_len, new_index, new_len } = op else { continue };
        if old_len > 3 || new_len > 3 || old_index == 0 || new_index == 0 {
            continue;
        }
        let (x, y) = (&ta[old_index..old_index + old_len], &tb[new_index..new_index + new_len]);
        let before = ta[old_index - 1].to_lowercase();
        if !is_place_preposition(&before) || !x.iter().all(|w| is_name_word(w)) || !y.iter().all(|w| is_name_word(w)) {
            continue;
        }
        let (nx, ny) = (x.join(" "), y.join(" "));
        let known = |n: &str| lx::is_place(&n.to_lowercase()) || n.split(' ').any(|w| lx::is_place(&w.to_lowercase()));
        let timely = |n: &str| {
            n.split(' ').any(|w| lx::is_weekday(&w.to_lowercase()) || lx::month_index(&w.to_lowercase()).is_some())
        };
        let (cx, cy): (Vec<char>, Vec<char>) =
            (nx.to_lowercase().chars().collect(), ny.to_lowercase().chars().collect());
        // A spelling of one name is the name checks' to report.
        let spelling = super::text::levenshtein(&cx, &cy) <= 2;
        // Either name in the other sentence too: the sentences list places, not swap one.
        let elsewhere = b.contains(nx.as_str()) || a.contains(ny.as_str());
        if known(&nx) || known(&ny) || timely(&nx) || timely(&ny) || spelling || elsewhere {
            continue;
        }
        if found.is_some() {
            // Two such swaps: the sentences tell of different places altogether.
            return None;
        }
        found = Some((nx, ny));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_place_named_two_ways() {
        assert_eq!(
            place_conflict(
                "The fire destroyed the old creamery warehouse in Palmer early on Tuesday.",
                "The fire destroyed the old creamery warehouse in Wasilla early on Tuesday."
            ),
            Some(("Palmer".into(), "Wasilla".into()))
        );
        assert_eq!(
            place_conflict("He was held at Riverside Jail overnight.", "He was held at Baker County Jail overnight."),
            Some(("Riverside".into(), "Baker County".into()))
        );
    }

    #[test]
    fn places_that_may_hold_each_other_spellings_and_dates_are_left_alone() {
        // A large city may hold the town; a spelling is a name conflict; a weekday is a date.
        assert!(place_conflict("She died in a Los Angeles hospital.", "She died in a Glendale hospital.").is_none());
        assert!(place_conflict("The crash was in Calabasas.", "The crash was in Calabassas.").is_none());
        assert!(place_conflict("He arrived in Madrid on Monday.", "He arrived in Madrid on Tuesday.").is_none());
        // Who said or got something is no place.
        assert!(place_conflict("The award went to Maria Lopez.", "The award went to Ana Ruiz.").is_none());
        assert!(place_conflict("It burned, according to Mayor Hale.", "It burned, according to Chief Ross.").is_none());
        // Both places in both sentences: a list, not a swap.
        assert!(place_conflict("They drove from Palmer to Wasilla.", "They drove from Wasilla to Palmer.").is_none());
    }
}
