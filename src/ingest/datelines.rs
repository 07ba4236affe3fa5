//! Bylines and date lines among an article's paragraphs: recognised so they leave the body,
//! and cleaned of their labels ("By", "PUBLISHED:", "Updated") for the article's metadata.

use super::clutter::{strip_prefix_ci, words};
use super::text::{is_date_line, is_weekday, parse_byline};

/// "By Jane Doe", "By Jane Doe - 11/18/19 11:04 PM EST", "Written by …".
pub(super) fn is_byline_line(text: &str) -> bool {
    let t = text.trim();
    t.split_whitespace().count() <= 16
        && BY_PREFIXES.iter().any(|p| t.starts_with(p))
        && byline_of(t).is_some()
        && parse_byline(t).is_some_and(|(name, _)| !name.is_empty())
}

const BY_PREFIXES: &[&str] = &["By ", "BY ", "by ", "Written by ", "Words by ", "Author: ", "Posted by "];

/// The name in a byline line: "By Jane Doe and John Roe - Nov 19" → "Jane Doe and John Roe".
pub(super) fn byline_of(text: &str) -> Option<String> {
    let t = text.trim();
    let rest = BY_PREFIXES.iter().find_map(|p| t.strip_prefix(p)).unwrap_or(t);
    // Cut at a date or a separator that follows the name.
    let mut name = rest;
    for sep in [" - ", " | ", " — ", " – ", " / ", " on ", "\u{a0}"] {
        if let Some(at) = name.find(sep) {
            name = &name[..at];
        }
    }
    if let Some(at) = name.split_whitespace().position(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        is_month(&w) || w.chars().any(|c| c.is_ascii_digit())
    }) {
        let kept: Vec<&str> = name.split_whitespace().take(at).collect();
        return byline_name(&kept.join(" "));
    }
    byline_name(name)
}

/// A byline as metadata: "By TOM LEE, AP Writer - Nov 19" → "TOM LEE, AP Writer", "Posted by
/// jdoe" → "jdoe", "Jane Doe | Planet Media" → "Jane Doe"; `None` when nothing is left.
pub fn clean_byline(s: &str) -> Option<String> {
    let t = s.trim();
    let lower = t.to_lowercase();
    let rest = ["written by ", "words by ", "posted by ", "author: ", "by: ", "by "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(t, |p| &t[p.len()..]);
    let rest = if rest.eq_ignore_ascii_case("by") { "" } else { rest };
    let mut name = rest;
    for sep in [" - ", " | ", " — ", " – ", " / "] {
        if let Some(at) = name.find(sep) {
            name = &name[..at];
        }
    }
    let name = name.trim().trim_end_matches([',', '.', ';', '|', '-', '—']).trim();
    (name.chars().any(char::is_alphabetic)).then(|| name.to_string())
}

fn byline_name(name: &str) -> Option<String> {
    let name = name.trim().trim_end_matches([',', '.', ';', '|']).trim();
    let n = name.split_whitespace().count();
    let capitalised = name.split_whitespace().filter(|w| w.starts_with(|c: char| c.is_uppercase())).count();
    ((1..=12).contains(&n) && capitalised * 2 >= n && !name.is_empty()).then(|| name.to_string())
}

/// Labels put before a date: "Published:", "UPDATED:", "Posted on".
const DATE_LABELS: &[&str] = &[
    "published on",
    "published:",
    "published",
    "updated on",
    "updated at",
    "updated:",
    "updated",
    "last updated:",
    "last updated",
    "posted on",
    "posted:",
    "posted",
    "first published:",
    "first published",
    "date:",
    "dated",
    "on ",
    "|",
];

/// A date line with its label (and any second, "| UPDATED: …" date) removed.
pub fn clean_published(s: &str) -> String {
    let mut t = s.trim();
    // "PUBLISHED: x | UPDATED: y" and "Updated x;Posted y": the first date is the one.
    loop {
        let before = t;
        for label in DATE_LABELS {
            if let Some(rest) = strip_prefix_ci(t, label) {
                t = rest.trim_start();
            }
        }
        if t == before {
            break;
        }
    }
    let mut end = t.len();
    for sep in [" | ", "|", ";", " / "] {
        if let Some(at) = t.find(sep) {
            let after = t[at + sep.len()..].trim_start().to_lowercase();
            if sep != " / "
                || DATE_LABELS.iter().any(|l| after.starts_with(l.trim()))
                || !after.chars().any(|c| c.is_ascii_digit())
            {
                end = end.min(at);
            }
        }
    }
    t[..end].trim().trim_end_matches([',', '|', ';']).trim().to_string()
}

/// A line that is only a date or time, with or without a label: "Updated 1:39 am EST,
/// Wednesday, November 20, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Published 1 day ago",
/// "19.11.2019, 08:57", "Updated at 1:23 p.m.".
pub fn is_date_line_loose(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 120 {
        return false;
    }
    // Every rule below needs an ASCII digit (a year, a day, a clock time) or the word "ago"
    // ("Published a day ago"): a line with neither, most lines, is spared the word lists.
    // (No char lowercases to an ASCII digit or to "ago", so the raw bytes tell.)
    let b = t.as_bytes();
    if !b.iter().any(u8::is_ascii_digit) && !b.windows(3).any(|w| w.eq_ignore_ascii_case(b"ago")) {
        return false;
    }
    if is_date_line(t) {
        return true;
    }
    let lower = t.to_lowercase();
    let labelled = DATE_LABELS.iter().filter(|l| l.len() > 3).any(|l| lower.starts_with(l.trim_end_matches(':')));
    let w = words(t);
    let digits = w.iter().any(|x| x.chars().any(|c| c.is_ascii_digit()));
    let relative = w.iter().any(|x| x == "ago") && w.iter().any(|x| is_time_unit(x));
    if labelled && (relative || digits) && w.len() <= 24 {
        // Every word after the label is a date word, a number or a short zone/outlet tag.
        return w.iter().filter(|x| !is_date_word(x)).count() <= 3;
    }
    // Unlabelled: numbers and date words only ("19.11.2019, 08:57", "Nov. 20, 2019 6:02 AM EST").
    let numbers = w.iter().filter(|x| x.chars().any(|c| c.is_ascii_digit())).count();
    numbers >= 2 && w.len() <= 16 && w.iter().filter(|x| !is_date_word(x)).count() <= 2 && has_date_number(t, &w)
}

/// A month name with a number, a numeric date ("19.11.2019", "2/26/2015") or a clock time.
fn has_date_number(t: &str, w: &[String]) -> bool {
    let month = w.iter().any(|x| is_month(x));
    // d.m.yyyy, m/d/yy, yyyy-mm-dd: a one- or two-digit middle group, a year of two or four.
    let groups: Vec<&str> = t.split(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '/' | '-'))).collect();
    let numeric_date = groups.iter().any(|g| {
        for sep in ['.', '/', '-'] {
            let parts: Vec<&str> = g.trim_matches(sep).split(sep).collect();
            if parts.len() == 3
                && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
                && (1..=2).contains(&parts[1].len())
                && (matches!(parts[2].len(), 2 | 4) || parts[0].len() == 4)
            {
                return true;
            }
        }
        false
    });
    let b = t.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let clock = (1..b.len()).any(|i| b[i] == b':' && digit(i - 1) && digit(i + 1) && digit(i + 2));
    month || numeric_date || clock
}

fn is_month(w: &str) -> bool {
    crate::analyze::lexicon::month_index(w).is_some()
}

/// Units of elapsed time as a time stamp writes them ("3 hrs ago", "2 days ago").
fn is_time_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "min"
            | "mins"
            | "hour"
            | "hours"
            | "hr"
            | "hrs"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
    )
}

/// Time-zone abbreviations after a clock time ("6:02 AM EST").
pub(super) fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt"
            | "utc"
            | "et"
            | "est"
            | "edt"
            | "cet"
            | "cest"
            | "bst"
            | "pst"
            | "pdt"
            | "cst"
            | "cdt"
            | "mst"
            | "mdt"
            | "ist"
    )
}

fn is_date_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || is_month(w)
        || is_weekday(w)
        || is_time_unit(w)
        || is_time_zone(w)
        || matches!(
            w,
            "am" | "pm"
                | "a"
                | "p"
                | "m"
                | "at"
                | "on"
                | "updated"
                | "published"
                | "posted"
                | "last"
                | "first"
                | "st"
                | "nd"
                | "rd"
                | "th"
                | "ago"
                | "today"
                | "yesterday"
                | "t"
                | "z"
        )
        || (w.len() > 2 && w.ends_with("th") && w[..w.len() - 2].chars().all(|c| c.is_ascii_digit()))
        || (w.len() > 2
            && (w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"))
            && w[..w.len() - 2].chars().all(|c| c.is_ascii_digit()))
}
