//! Number words of the lexicon: cardinals ("forty", "twenty-five"), scales ("million") and
//! the qualifiers kept with a number ("more than").

/// Cardinal number words and their values.
pub fn number_word(word_lower: &str) -> Option<f64> {
    // Every number word ("six" to "seventy-seven") is 3 to 13 letters long and starts with
    // one of these letters: most words are turned away before any comparison.
    let b = word_lower.as_bytes();
    if !(3..=13).contains(&b.len()) || !matches!(b[0], b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n') {
        return None;
    }
    if let Some(u) = unit_word(word_lower) {
        return Some(u as f64);
    }
    if let Some(t) = tens_word(word_lower) {
        return Some(t as f64);
    }
    // "twenty-five"
    let (a, b) = word_lower.split_once('-')?;
    let tens = tens_word(a)?;
    let unit = unit_word(b).filter(|u| (1..10).contains(u))?;
    Some((tens + unit) as f64)
}

/// "zero" to "nineteen" and their values. (A `match`, not a scan of a list: this is asked of
/// every word of every claim.)
fn unit_word(w: &str) -> Option<usize> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// "twenty" to "ninety" and their values.
fn tens_word(w: &str) -> Option<usize> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Multipliers that scale the number before them ("3 million").
pub fn scale_word(word_lower: &str) -> Option<f64> {
    match word_lower {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" | "mln" | "m" => Some(1e6),
        "billion" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        "dozen" => Some(12.0),
        _ => None,
    }
}

/// Qualifiers kept with a number ("more than 40", "roughly 50").
pub const NUMBER_QUALIFIERS: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "no more than",
    "no fewer than",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "over",
    "under",
    "just over",
    "just under",
    "an estimated",
    "well over",
    "close to",
    "upwards of",
    "upward of",
    "in excess of",
    "north of",
    "south of",
    "shy of",
    "just shy of",
    "above",
    "below",
    "only",
    "exactly",
    "barely",
];
