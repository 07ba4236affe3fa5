//! Numbers in a sentence: digits, number words ("forty", "twenty-five"), scales ("3 million"),
//! percentages, money and simple fractions ("a fifth"), with their qualifiers ("more than 40")
//! and the unit word that follows when it is clear ("40 allies"). Years are dates, not numbers.

use super::Quantity;
use super::lexicon as lx;
use super::text::{Word, norm};

/// Words that never name a unit after a number.
fn is_unit_stopword(l: &str) -> bool {
    lx::is_common_capitalised(l)
        || matches!(
            l,
            "per" | "percent" | "cent" | "pct" | "and" | "or" | "to" | "of" | "in" | "on" | "at" | "a" | "an" | "the"
        )
        || lx::is_negation(l)
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
    let core = word.rsplit('-').next().unwrap_or(word);
    let digits = core.strip_suffix('s').unwrap_or(core);
    let ok = digits.len() == 4
        && digits.chars().all(|c| c.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    ok.then_some(core)
}

/// Parses "40", "1,000", "3.5", "5bn" → (value, scale from a glued suffix).
fn parse_digits(t: &str) -> Option<f64> {
    let end = t.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(t.len());
    let (num, rest) = t.split_at(end);
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let v: f64 = num.replace(',', "").trim_end_matches('.').parse().ok()?;
    if rest.is_empty() {
        return Some(v);
    }
    let scale = lx::scale_word(&rest.to_lowercase())?;
    Some(v * scale)
}

/// Finds the quantities among `words` of `text`.
pub fn find(text: &str, words: &[Word]) -> Vec<Quantity> {
    let w = |i: usize| words.get(i).map_or("", |x| x.text(text));
    let gap = |i: usize| -> &str {
        match (words.get(i), words.get(i + 1)) {
            (Some(a), Some(b)) => text.get(a.end..b.start).unwrap_or(""),
            (Some(a), None) => text.get(a.end..).unwrap_or(""),
            _ => "",
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let t = w(i);
        let l = norm(t);
        let mut value;
        let mut last = i;
        if year_in(t).is_some() && !t.contains(',') {
            i += 1;
            continue;
        }
        if let Some(v) = parse_digits(t) {
            value = v;
        } else if let Some(v) = lx::number_word(&l).filter(|_| !matches!(l.as_str(), "one" | "zero")) {
            value = v;
        } else if let Some(v) = fraction_word(&l).filter(|_| i > 0 && matches!(norm(w(i - 1)).as_str(), "a" | "one")) {
            value = v;
        } else if l == "one" && lx::scale_word(&norm(w(i + 1))).is_some() {
            value = 1.0;
        } else {
            i += 1;
            continue;
        }
        // "forty thousand", "3 million", "1.5 billion".
        while let Some(s) = lx::scale_word(&norm(w(last + 1)))
            .filter(|_| last + 1 < words.len() && !gap(last).contains(['.', ',', ';']))
        {
            if matches!(norm(w(last + 1)).as_str(), "m" | "b") {
                break;
            }
            value *= s;
            last += 1;
        }
        let mut unit: Option<String> = None;
        let after = gap(last);
        if after.starts_with('%') {
            unit = Some("%".into());
        } else if matches!(norm(w(last + 1)).as_str(), "percent" | "pct") {
            unit = Some("%".into());
            last += 1;
        } else if norm(w(last + 1)) == "per" && norm(w(last + 2)) == "cent" {
            unit = Some("%".into());
            last += 2;
        }
        let mut start = words[i].start;
        if fraction_word(&l).is_some() && i > 0 {
            start = words[i - 1].start; // "a fifth"
        }
        // Currency sign glued before the number.
        let before = if i > 0 {
            text.get(words[i - 1].end..words[i].start).unwrap_or("")
        } else {
            text.get(..words[i].start).unwrap_or("")
        };
        if let Some(c) = before.trim_end().chars().last().filter(|c| matches!(c, '$' | '€' | '£' | '¥')) {
            unit = Some(c.to_string());
            start -= c.len_utf8();
        }
        if unit.is_none() {
            let next = norm(w(last + 1));
            let money = match next.as_str() {
                "dollars" | "dollar" | "usd" => Some("$"),
                "euros" | "euro" | "eur" => Some("€"),
                "pounds" | "sterling" | "gbp" => Some("£"),
                _ => None,
            };
            if let Some(m) = money {
                unit = Some(m.into());
            } else if last + 1 < words.len()
                && !gap(last).contains(['.', ',', ';', ':', '(', ')', '”', '"'])
                && w(last + 1).chars().all(|c| c.is_lowercase() || c == '-')
                && !is_unit_stopword(&next)
            {
                unit = Some(next);
            }
        }
        // Qualifiers before: "more than", "roughly", "at least".
        let mut qual_start = start;
        for q in lx::NUMBER_QUALIFIERS {
            let n = q.split(' ').count();
            if i < n {
                continue;
            }
            let ws: Vec<String> = (i - n..i).map(|k| norm(w(k))).collect();
            if ws.join(" ") == *q {
                qual_start = qual_start.min(words[i - n].start);
            }
        }
        let end =
            if unit.as_deref() == Some("%") && after.starts_with('%') { words[last].end + 1 } else { words[last].end };
        let qtext = text.get(qual_start..end).unwrap_or("").to_string();
        out.push(Quantity { text: qtext, value, unit });
        i = last + 1;
    }
    out
}
