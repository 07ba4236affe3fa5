//! Claims: the sentences that assert something, with their dates, negation and hedges
//! (numbers come from `numbers`, entities from `entities`, speakers from `speakers`).

use std::borrow::Cow;

use super::doc::Doc;
use super::lexicon as lx;
use super::numbers;
use super::text::{Word, strip_possessive};

/// Whether sentence `si` asserts something: prose (not a heading or byline) of at least
/// four words.
pub fn is_claim(doc: &Doc, si: usize) -> bool {
    let Some(s) = doc.sents.get(si) else {
        return false;
    };
    if doc.is_heading_sentence(si) {
        return false;
    }
    let n = s.words.1 - s.words.0;
    let t = doc.slice(s.start, s.end);
    // "She was 85.": three words that state a figure of someone (an age, a count) assert as
    // much as a long sentence; a time stamp or a label ("Updated 5:10 PM") has no verb "to be".
    let short_figure = n == 3 && {
        let ws: Vec<&str> = t.split_whitespace().collect();
        ws.len() == 3
            && matches!(ws[1], "was" | "is" | "were" | "are")
            && ws[2].trim_end_matches(['.', '!']).chars().all(|c| c.is_ascii_digit())
            && !ws[2].trim_end_matches(['.', '!']).is_empty()
    };
    (n >= 4 || short_figure) && !super::doc::is_byline(t)
}

/// Negation anywhere in the words: "not", "no", "never", "n't", "nor", "rules out".
/// `low` holds the words' lookup forms (`norm`), as `Doc::low` has them.
/// "No." before a figure marks a number ("train No. 188", "No. 2 seed"), not a negation.
pub fn negated(text: &str, words: &[Word], low: &[Cow<str>]) -> bool {
    low.iter().enumerate().any(|(i, l)| {
        let next = low.get(i + 1).map(|n| n.as_ref());
        let number_mark = l == "no"
            && words.get(i).is_some_and(|w| text[w.end..].starts_with('.'))
            && next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        // "nothing less than", "no fewer than", "nothing short of", "not only … but": a
        // figure of emphasis that affirms.
        let after = low.get(i + 2).map(|n| n.as_ref());
        let emphatic = matches!(l.as_ref(), "no" | "nothing")
            && matches!(next, Some("less" | "fewer" | "short"))
            && matches!(after, Some("than" | "of"))
            || l == "not" && next == Some("only");
        (lx::is_negation(l) && l != "without" && !number_mark && !emphatic)
            || (matches!(l.as_ref(), "rule" | "rules" | "ruled" | "ruling") && next == Some("out"))
    })
}

/// Hedges: "could", "may", "might", "reportedly", "allegedly" … (the month "May" is not one).
pub fn hedged(text: &str, words: &[Word], low: &[Cow<str>]) -> bool {
    words.iter().zip(low).any(|(w, l)| lx::is_hedge(l) && w.text(text) != "May")
}

/// Dates as written: "February 12, 2025", "12 February 2025", "April 2022", weekdays,
/// years ("2014", "the early 2010s" → "2010s"), and relative ones ("last month").
pub fn dates(text: &str, words: &[Word], low: &[Cow<str>]) -> Vec<String> {
    let w = |i: usize| words.get(i).map_or("", |x| x.text(text));
    let norm = |i: usize| low.get(i).map_or("", |l| l.as_ref());
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    };
    let is_day = |t: &str| t.len() <= 2 && t.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    let mut i = 0;
    while i < words.len() {
        let t = w(i);
        let l = norm(i);
        let cap = t.chars().next().is_some_and(char::is_uppercase);
        let is_month = cap && lx::month_index(l.trim_end_matches('.')).is_some() && l.len() >= 3;
        let may_ok = l != "may"
            || numbers::year_in(w(i + 1)).is_some()
            || is_day(w(i + 1))
            || (i > 0
                && (is_day(w(i - 1))
                    || matches!(norm(i - 1), "in" | "since" | "last" | "next" | "early" | "late" | "mid")));
        if is_month
            && may_ok
            && (l.len() > 3 || text.get(words[i].end..).is_some_and(|r| r.starts_with('.')) || lx::MONTHS.contains(&l))
        {
            // Day before ("12 February 2025") or after ("February 12, 2025").
            let mut s = i;
            let mut e = i;
            if i > 0 && is_day(w(i - 1)) {
                s = i - 1;
            }
            if is_day(w(e + 1)) {
                e += 1;
            }
            if numbers::year_in(w(e + 1)).is_some() {
                e += 1;
            }
            push(strip_possessive(text.get(words[s].start..words[e].end).unwrap_or("")));
            i = e + 1;
            continue;
        }
        if cap && lx::is_weekday(l) {
            push(strip_possessive(t));
        } else if let Some(y) = numbers::year_in(t).filter(|_| !t.contains(',')) {
            push(y);
        } else if matches!(l, "yesterday" | "today" | "tomorrow" | "tonight") {
            push(l);
        } else if matches!(l, "last" | "next" | "this" | "earlier" | "later") {
            let n = norm(i + 1);
            let unit =
                matches!(n, "week" | "month" | "year" | "spring" | "summer" | "autumn" | "fall" | "winter" | "weekend")
                    || lx::MONTHS.contains(&n)
                    || lx::is_weekday(n);
            if unit && i + 1 < words.len() {
                push(strip_possessive(text.get(words[i].start..words[i + 1].end).unwrap_or("")));
                i += 2;
                continue;
            }
        } else if l == "day"
            && i > 0
            && norm(i - 1) == "a"
            && matches!(norm(i + 1), "earlier" | "later" | "before" | "after")
        {
            push(text.get(words[i - 1].start..words[i + 1].end).unwrap_or(""));
        }
        i += 1;
    }
    out
}
