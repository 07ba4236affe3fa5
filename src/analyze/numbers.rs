//! Numbers in a sentence: digits, number words ("forty", "twenty-five"), scales ("3 million"),
//! percentages, money and simple fractions ("a fifth"), with their qualifiers ("more than 40")
//! and the unit word that follows when it is clear ("40 allies"). Years are dates, not numbers.

use std::borrow::Cow;

use super::Quantity;
use super::lexicon as lx;
use super::text::Word;

/// Words that never name a unit after a number.
fn is_unit_stopword(l: &str) -> bool {
    lx::is_common_capitalised(l) || lx::is_unit_stop_word(l) || lx::is_negation(l)
}

fn fraction_word(l: &str) -> Option<f64> {
    match l {
        "half" => Some(0.5),
        "third" => Some(1.0 / 3.0),
        "quarter" | "fourth" => Some(0.25),
        "fifth" => Some(0.2),
        "sixth" => Some(1.0 / 6.0),
        "tenth" => Some(0.1),
        "two-thirds" => Some(2.0 / 3.0),
        "three-quarters" => Some(0.75),
        _ => None,
    }
}

/// A four-digit year (or a decade like "2010s", or "pre-2014").
pub fn year_in(word: &str) -> Option<&str> {
    // Most words are no year: reject them before any splitting.
    if word.len() < 4 || !word.as_bytes()[word.len() - 1].is_ascii_digit() && !word.ends_with('s') {
        return None;
    }
    let core = word.rfind('-').map_or(word, |i| &word[i + 1..]);
    let digits = core.strip_suffix('s').unwrap_or(core);
    let ok = digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    ok.then_some(core)
}

/// The figure a word starts with and what is glued after it: "33km" → (33, "km").
fn split_figure(t: &str) -> Option<(f64, &str)> {
    let end = t.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(t.len());
    let (num, rest) = t.split_at(end);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Some((num.replace(',', "").trim_end_matches('.').parse().ok()?, rest))
}

/// Parses "40", "1,000", "3.5", "5bn" → (value, scale from a glued suffix).
fn parse_digits(t: &str) -> Option<f64> {
    let (v, rest) = split_figure(t)?;
    if rest.is_empty() {
        return Some(v);
    }
    let scale = lx::scale_word(&rest.to_lowercase())?;
    Some(v * scale)
}

/// A figure glued to the abbreviation of a measure ("33km", "37kms", "8ft"): the figure and
/// the unit spelled out. "5m" and "5bn" are scales, read by [`parse_digits`].
fn glued_measure(t: &str) -> Option<(f64, &'static str)> {
    let (v, rest) = split_figure(t)?;
    let unit = match rest.to_lowercase().as_str() {
        "km" | "kms" => "kilometres",
        "ft" => "feet",
        "kg" | "kgs" => "kilograms",
        "cm" => "centimetres",
        "mm" => "millimetres",
        "mph" => "mph",
        "kph" | "km/h" => "kph",
        "lb" | "lbs" => "lbs",
        _ => return None,
    };
    Some((v, unit))
}

/// The words of one sentence with the text between them.
struct Words<'a> {
    text: &'a str,
    words: &'a [Word],
    /// Per word: its lookup form (`norm`), as `Doc::low` has it.
    low: &'a [Cow<'a, str>],
}

impl Words<'_> {
    /// The word at `i` as written ("" past the end).
    fn at(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |x| x.text(self.text))
    }

    /// The word at `i`, normalised.
    fn norm(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |l| l.as_ref())
    }

    /// What stands between word `i` and the next one (or the end of the text).
    fn gap(&self, i: usize) -> &str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.end..b.start).unwrap_or(""),
            (Some(a), None) => self.text.get(a.end..).unwrap_or(""),
            _ => "",
        }
    }

    /// The value of a number starting at word `i`: digits, a number word, a fraction after
    /// "a"/"one", or "one" before a scale ("one million"). Years are not numbers.
    fn value_at(&self, i: usize) -> Option<f64> {
        let t = self.at(i);
        let l = self.norm(i);
        // Figures start with a digit, and every number word, fraction word and "one" with one
        // of these letters: most words are turned away here, before the lookups below (a year
        // without a leading digit, "pre-2014", is no number either).
        // "the magnitude-7.8 quake": the figure after the word it measures.
        if let Some(figure) = t.strip_prefix("magnitude-").or_else(|| t.strip_prefix("Magnitude-")) {
            return parse_digits(figure);
        }
        let digit = t.as_bytes().first().is_some_and(u8::is_ascii_digit);
        if !digit && !matches!(l.as_bytes().first(), Some(b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'h' | b'q'))
        {
            return None;
        }
        if year_in(t).is_some() && !t.contains(',') {
            return None;
        }
        // "a 60-year-old man": an age glued to its unit.
        if let Some(figure) = age_figure(t) {
            return parse_digits(figure).or_else(|| lx::number_word(&figure.to_lowercase()));
        }
        parse_digits(t)
            .or_else(|| glued_measure(t).map(|(v, _)| v))
            // "a 6.4-magnitude quake": the figure glued to what it measures.
            .or_else(|| t.strip_suffix("-magnitude").and_then(parse_digits))
            .or_else(|| lx::number_word(l).filter(|_| !matches!(l, "one" | "zero")))
            .or_else(|| fraction_word(l).filter(|_| i > 0 && matches!(self.norm(i - 1), "a" | "one")))
            .or_else(|| (l == "one" && lx::scale_word(self.norm(i + 1)).is_some()).then_some(1.0))
    }

    /// Multiplies `value` by the scale words after word `last` ("forty thousand", "3
    /// million"); returns the value and the last word of the number.
    fn scaled(&self, mut value: f64, mut last: usize) -> (f64, usize) {
        while let Some(s) = lx::scale_word(self.norm(last + 1))
            .filter(|_| last + 1 < self.words.len() && !self.gap(last).contains(['.', ',', ';']))
        {
            if matches!(self.norm(last + 1), "m" | "b") {
                break;
            }
            value *= s;
            last += 1;
            // "One hundred forty-one", "two hundred and fifty": the rest of the number after
            // its hundreds, written as words.
            if s == 100.0 {
                let and = usize::from(self.norm(last + 1) == "and");
                let next = last + 1 + and;
                if let Some(rest) = lx::number_word(self.norm(next)).filter(|r| (1.0..100.0).contains(r))
                    && next < self.words.len()
                    && (last + 1..next).all(|k| !self.gap(k - 1).contains(['.', ',', ';']))
                    && !self.gap(next - 1).contains(['.', ',', ';'])
                {
                    value += rest;
                    last = next;
                }
            }
        }
        (value, last)
    }

    /// A percentage after word `last` ("%", "percent", "per cent"): the last word it takes.
    fn percent_after(&self, last: usize) -> Option<usize> {
        if self.gap(last).starts_with('%') {
            Some(last)
        } else if matches!(self.norm(last + 1), "percent" | "pct") {
            Some(last + 1)
        } else if self.norm(last + 1) == "per" && self.norm(last + 2) == "cent" {
            Some(last + 2)
        } else {
            None
        }
    }

    /// A currency sign glued before word `i` ("$40").
    fn currency_before(&self, i: usize) -> Option<char> {
        let before = if i > 0 {
            self.text.get(self.words[i - 1].end..self.words[i].start).unwrap_or("")
        } else {
            self.text.get(..self.words[i].start).unwrap_or("")
        };
        before.trim_end().chars().last().filter(|c| matches!(c, '$' | '€' | '£' | '¥'))
    }

    /// The unit word after word `last`: a currency ("40 dollars" → "$"), or a lower-case
    /// word that plainly names what was counted ("40 allies").
    fn unit_after(&self, last: usize) -> Option<String> {
        let next = self.norm(last + 1);
        let money = match next {
            "dollars" | "dollar" | "usd" => Some("$"),
            "euros" | "euro" | "eur" => Some("€"),
            "pounds" | "sterling" | "gbp" => Some("£"),
            _ => None,
        };
        if let Some(m) = money {
            return Some(m.into());
        }
        let plain = last + 1 < self.words.len()
            && !self.gap(last).contains(['.', ',', ';', ':', '(', ')', '”', '"'])
            && self.at(last + 1).chars().all(|c| c.is_lowercase() || c == '-')
            && !is_unit_stopword(next);
        plain.then(|| next.to_string())
    }

    /// Where the qualifiers before word `i` start ("more than", "roughly", "at least").
    fn qualified_start(&self, i: usize, start: usize) -> usize {
        let mut from = start;
        for q in lx::NUMBER_QUALIFIERS {
            let n = q.split(' ').count();
            if i < n {
                continue;
            }
            // Word by word, with no joined copy (no word holds a space, so this is the same
            // as comparing the words joined by spaces): this runs for every number found.
            if q.split(' ').eq((i - n..i).map(|k| self.norm(k))) {
                from = from.min(self.words[i - n].start);
            }
        }
        from
    }
}

/// Finds the quantities among `words` of `text`.
/// The unit of an age written as one word with its figure ("a 60-year-old man").
pub const AGE_UNIT: &str = "year-old";

/// The figure of an age written as one word: "60" of "60-year-old", "six" of "six-year-old".
fn age_figure(word: &str) -> Option<&str> {
    let figure = word.strip_suffix("-year-old").or_else(|| word.strip_suffix("-year-olds"))?;
    (!figure.is_empty()).then_some(figure)
}

pub fn find(text: &str, words: &[Word], low: &[Cow<str>]) -> Vec<Quantity> {
    let s = Words { text, words, low };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(value) = s.value_at(i) else {
            i += 1;
            continue;
        };
        let (value, mut last) = s.scaled(value, i);
        let mut unit: Option<String> = None;
        let glued_percent = s.gap(last).starts_with('%');
        if let Some(end) = s.percent_after(last) {
            unit = Some("%".into());
            last = end;
        }
        let mut start = words[i].start;
        if fraction_word(s.norm(i)).is_some() && i > 0 {
            start = words[i - 1].start; // "a fifth"
        }
        if let Some(c) = s.currency_before(i) {
            unit = Some(c.to_string());
            start -= c.len_utf8();
        }
        if s.at(i).ends_with("-magnitude") || s.at(i).to_lowercase().starts_with("magnitude-") {
            unit = Some("magnitude".into());
        }
        if age_figure(s.at(i)).is_some() {
            unit = Some(AGE_UNIT.into());
        }
        if unit.is_none() && last == i {
            unit = glued_measure(s.at(i)).map(|(_, u)| u.to_string());
        }
        if unit.is_none() {
            unit = s.unit_after(last);
        }
        let qual_start = s.qualified_start(i, start);
        let end = if unit.as_deref() == Some("%") && glued_percent { words[last].end + 1 } else { words[last].end };
        out.push(Quantity { text: text.get(qual_start..end).unwrap_or("").to_string(), value, unit });
        i = last + 1;
    }
    out
}
