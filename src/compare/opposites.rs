//! Opposite states told of one thing in two matched claims ("found him fully clothed" /
//! "found him naked"): a disagreement no number, date or negation word shows.

use super::conflicts::{CLAUSE_MARKS, clause_told, stems};
use super::text::{is_stop_word, stem, words};

/// States that exclude each other for one participant at one moment. Only states: outcomes
/// and movements ("won"/"lost", "rose"/"fell") are told of different participants in one
/// fact ("Ames won; Bell lost"), so they would raise false alarms.
const OPPOSITES: &[(&str, &str)] = &[
    ("alive", "dead"),
    ("clothed", "naked"),
    ("dressed", "naked"),
    ("clothed", "nude"),
    ("guilty", "innocent"),
    ("convicted", "acquitted"),
    ("armed", "unarmed"),
    ("conscious", "unconscious"),
    ("married", "unmarried"),
];

/// Which of the state words of [`OPPOSITES`] a text holds, one bit per pair and side (bit
/// `2k` the first word of pair `k`, `2k + 1` the second): worked out once per claim, so the
/// pairs of a group are checked only when one holds a state and the other its opposite.
pub(super) fn state_words(text: &str) -> u32 {
    let mut mask = 0;
    for w in text.split(|c: char| !c.is_ascii_alphabetic()) {
        if !(4..=10).contains(&w.len()) {
            continue;
        }
        for (k, &(x, y)) in OPPOSITES.iter().enumerate() {
            if w.eq_ignore_ascii_case(x) {
                mask |= 1 << (2 * k);
            } else if w.eq_ignore_ascii_case(y) {
                mask |= 1 << (2 * k + 1);
            }
        }
    }
    mask
}

/// Whether two texts' [`state_words`] hold a state in one and its opposite in the other.
pub(super) fn may_oppose(a: u32, b: u32) -> bool {
    const FIRSTS: u32 = 0x5555_5555;
    let (a1, a2, b1, b2) = (a & FIRSTS, (a >> 1) & FIRSTS, b & FIRSTS, (b >> 1) & FIRSTS);
    a1 & b2 != 0 || a2 & b1 != 0
}

/// The two opposite words when `a` states one state and `b` its opposite inside a clause
/// the two otherwise share (most of the clause's other content words stand in `b`), and
/// neither claim names both states.
pub(super) fn opposite_states(a: &str, b: &str) -> Option<(&'static str, &'static str)> {
    let (wa, wb): (Vec<String>, Vec<String>) = (words(a).collect(), words(b).collect());
    let has = |ws: &[String], x: &str| ws.iter().any(|w| w == x);
    for &(x, y) in OPPOSITES {
        for (p, q) in [(x, y), (y, x)] {
            if has(&wa, p) && !has(&wa, q) && has(&wb, q) && !has(&wb, p) && aligned(a, p, b) {
                return Some((p, q));
            }
        }
    }
    None
}

/// Whether the clause of `a` holding `word` is told in `b` too (as a negation's clause must
/// be, [`clause_told`]), counting against `b`'s own content words when `b` is the shorter. A
/// clause of the state alone ("…, fully clothed, …") is read with its whole sentence.
fn aligned(a: &str, word: &str, b: &str) -> bool {
    let other = stems(b);
    let theirs = words(b).filter(|w| !is_stop_word(w)).count().saturating_sub(1).max(2);
    let content =
        |cl: &str| -> Vec<String> { words(cl).filter(|w| w != word && !is_stop_word(w)).map(|w| stem(&w)).collect() };
    a.split(CLAUSE_MARKS).filter(|cl| words(cl).any(|w| w == word)).any(|cl| {
        let own = content(cl);
        let own = if own.len() >= 2 { own } else { content(a) };
        clause_told(&own, &other, theirs)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opposite_states_of_one_scene_disagree() {
        let a = "Marshals serving him with a subpoena once found him standing in the shower, fully clothed, holding an umbrella.";
        let b = "Once, agents serving a subpoena found him standing naked in the shower, holding an umbrella.";
        assert_eq!(opposite_states(a, b), Some(("clothed", "naked")));
        assert_eq!(opposite_states(b, a), Some(("naked", "clothed")));
        let c = "The hiker was found alive on the ridge after two nights in the cold.";
        let d = "The hiker was found dead on the ridge after two nights in the cold.";
        assert_eq!(opposite_states(c, d), Some(("alive", "dead")));
    }

    #[test]
    fn state_words_mark_which_side_of_which_pair() {
        let a = state_words("He was found Alive, not dead.");
        let b = state_words("The hiker was found dead.");
        let c = state_words("The deadline for the disarmed forces passed.");
        assert_eq!(c, 0);
        assert!(may_oppose(state_words("found alive"), b));
        assert!(!may_oppose(b, b));
        assert!(!may_oppose(c, b));
        // One text holding both sides opposes a text holding either.
        assert!(may_oppose(a, b));
        assert!(!may_oppose(state_words("fully clothed"), state_words("acquitted")));
        assert!(may_oppose(state_words("fully clothed"), state_words("stood NAKED")));
    }

    #[test]
    fn states_of_other_things_or_both_states_are_no_disagreement() {
        // The same state: nothing.
        let a = "The hiker was found alive on the ridge after two nights.";
        assert_eq!(opposite_states(a, a), None);
        // One claim names both states: it tells who is which.
        let b = "The driver was found alive on the ridge, his passenger dead.";
        let c = "The passenger was found dead on the ridge beside the car.";
        assert_eq!(opposite_states(b, c), None);
        // The state word's clause is not told in the other claim.
        let d = "He was convicted in 1997, prosecutors said.";
        let e = "Jurors acquitted his brother of the bribery charge last week in Newark.";
        assert_eq!(opposite_states(d, e), None);
        // Words that only contain a state word are not it: "deadline", "disarmed".
        let f = "The deadline for the armed forces passed on Monday.";
        let g = "The deadline for the unarmed monitors passed on Monday.";
        assert_eq!(opposite_states(f, g), Some(("armed", "unarmed")));
        let h = "The deadline for the disarmed forces passed on Monday.";
        assert_eq!(opposite_states(h, g), None);
    }
}
