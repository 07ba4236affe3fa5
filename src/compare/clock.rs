//! Times of day: read as the stretch of minutes their wording allows ("about 3:10 p.m.",
//! "shortly after 9 p.m.", "9.47am"), with the words of the clause they date, so that one
//! moment told two ways ("A caller reported the fire at 3:33 a.m." / "the fire call came in at
//! 3:30 a.m.") is found and a story's sequence of moments (a call, then a death) is not.

use super::claims::{SparseVec, cosine};
use super::text::{stem, words};
use crate::analyze::Claim;
use crate::analyze::lexicon as lx;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// One time of day as a claim writes it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ClockTime {
    /// Minutes after midnight of the figure itself.
    pub minutes: i32,
    /// The stretch of minutes the wording allows: "about 3:30" is 3:20 to 3:40.
    pub span: (i32, i32),
    /// As written, with its qualifier ("about 3:30 p.m.").
    pub text: String,
    /// The time zone written after it ("PDT", "GMT"), upper-case.
    pub zone: Option<String>,
    /// Where the figure starts and ends in the text.
    at: (usize, usize),
}

/// Moments further apart than this are told as two moments of a story, not one moment
/// misreported.
const MAX_APART: i32 = 60;

/// How far (in words) from the time a word of the moment it dates may stand.
const REACH: usize = 8;

/// Word similarity two claims need on top of a shared word of the moment: a word like "plane"
/// shared by "The plane departed at 6:20" and "the plane lost contact at 6:33" says little.
const MIN_SIMILARITY: f64 = 0.05;

/// The times of day a text writes with "a.m." / "p.m." or in 24-hour form with a zone:
/// "3:33 a.m.", "3 p.m.", "9.47am", "06:33 am", "14:05 GMT".
pub(super) fn clock_times(text: &str) -> Vec<ClockTime> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let digits_start = i;
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b':' | b'.'))) {
            i += 1;
            continue;
        }
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let hour_text = &text[digits_start..i];
        if hour_text.len() > 2 {
            continue;
        }
        let hour: i32 = hour_text.parse().unwrap_or(99);
        // ":MM" or ".MM" (the dot only where a.m./p.m. follows).
        let mut minute = None;
        let mut end = i;
        if i < b.len()
            && matches!(b[i], b':' | b'.')
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(i + 3).is_some_and(u8::is_ascii_digit)
        {
            minute = text[i + 1..i + 3].parse::<i32>().ok();
            end = i + 3;
        }
        let rest = &text[end..];
        let trimmed = rest.trim_start();
        let lower: String = trimmed.chars().take(5).collect::<String>().to_lowercase();
        let meridiem = if lower.starts_with("a.m") || (lower.starts_with("am") && !starts_word(&lower[2..])) {
            Some(false)
        } else if lower.starts_with("p.m") || (lower.starts_with("pm") && !starts_word(&lower[2..])) {
            Some(true)
        } else {
            None
        };
        if b.get(i) == Some(&b'.') && minute.is_some() && meridiem.is_none() {
            // "3.5 million", "9.47" without a.m./p.m. is no time.
            i = end;
            continue;
        }
        let mut after = end;
        if meridiem.is_some() {
            let skip = rest.len() - trimmed.len();
            let m_len = if lower.as_bytes().get(1) == Some(&b'.') {
                3 + usize::from(lower.as_bytes().get(3) == Some(&b'.'))
            } else {
                2
            };
            after = end + skip + m_len;
        }
        let zone = zone_after(&text[after.min(text.len())..]);
        let valid = match (minute, meridiem) {
            (_, Some(_)) => (1..=12).contains(&hour) && minute.is_none_or(|m| m < 60),
            // A 24-hour time needs a zone to tell it from a score or a ratio.
            (Some(m), None) => hour < 24 && m < 60 && zone.is_some(),
            (None, None) => false,
        };
        if valid {
            let h24 = match meridiem {
                Some(true) if hour < 12 => hour + 12,
                Some(false) if hour == 12 => 0,
                _ => hour,
            };
            let minutes = h24 * 60 + minute.unwrap_or(0);
            let (qualifier, span) = qualified(&text[..digits_start], minutes, minute.is_some());
            let written = text[digits_start..after.min(text.len())].trim_end_matches([',', ';']).to_string();
            let written = if qualifier.is_empty() { written } else { format!("{qualifier} {written}") };
            out.push(ClockTime { minutes, span, text: written, zone, at: (digits_start, after.min(text.len())) });
        }
        i = end.max(i);
    }
    // "just before noon": the one time of day news writes as a word.
    let lower = text.to_lowercase();
    for (at, _) in lower.match_indices("noon") {
        let whole = !lower[..at].ends_with(|c: char| c.is_alphanumeric())
            && !lower[at + 4..].starts_with(|c: char| c.is_alphanumeric());
        if whole {
            let (qualifier, span) = qualified(&text[..at], 720, false);
            let written = if qualifier.is_empty() { "noon".to_string() } else { format!("{qualifier} noon") };
            let zone = zone_after(&text[at + 4..]);
            out.push(ClockTime { minutes: 720, span, text: written, zone, at: (at, at + 4) });
        }
    }
    out.sort_by_key(|t| t.at.0);
    out
}

/// Whether a string starts with a letter (so "am" in "3 ambulances" is no a.m.).
fn starts_word(s: &str) -> bool {
    s.starts_with(|c: char| c.is_alphabetic())
}

/// A time zone written right after a time: "PDT", "GMT", "ET", "local time" (as "LOCAL").
fn zone_after(rest: &str) -> Option<String> {
    let rest = rest.trim_start_matches([' ', '(']);
    let word: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if word == "local" && rest[word.len()..].trim_start().starts_with("time") {
        return Some("LOCAL".into());
    }
    let is_zone = (2..=4).contains(&word.len())
        && word.chars().all(|c| c.is_ascii_uppercase())
        && (word.ends_with('T') || word == "UTC");
    is_zone.then_some(word)
}

/// The qualifier written before a time and the stretch it allows: "about" a few minutes
/// either way (a quarter hour for a round hour), "shortly after"
/// the twenty minutes after, "before" the hour before. A time without minutes ("3 p.m.") is
/// a round figure even unqualified.
fn qualified(before: &str, t: i32, has_minutes: bool) -> (String, (i32, i32)) {
    let ws: Vec<String> = words(before).collect();
    let last = |k: usize| ws.len().checked_sub(k).and_then(|i| ws.get(i)).map_or("", String::as_str);
    // "about 10 a.m." rounds to the hour; "about 9:20" is given to the minute and rounds
    // little, so "about 9:20" and "about 9:30" are two readings of the clock.
    let about = if t % 60 == 0 { 15 } else { 4 };
    match (last(2), last(1)) {
        ("shortly" | "just" | "soon" | "right", "after") => (format!("{} after", last(2)), (t, t + 20)),
        ("shortly" | "just" | "right", "before") => (format!("{} before", last(2)), (t - 20, t)),
        (_, "after") => ("after".into(), (t, t + MAX_APART)),
        (_, "before") => ("before".into(), (t - MAX_APART, t)),
        (_, "by") => ("by".into(), (t - MAX_APART, t)),
        (_, w @ ("about" | "around" | "approximately" | "roughly" | "nearly" | "almost" | "some" | "circa")) => {
            (w.to_string(), (t - about, t + about))
        }
        _ if !has_minutes => (String::new(), (t - 5, t + 5)),
        _ => (String::new(), (t, t)),
    }
}

/// The words of the moment a time dates: the stems of the lower-case content words of its
/// clause within `REACH` words of it. Names, reporting verbs ("reported", "said") and words of
/// time ("morning", "Tuesday") are left out: they frame the moment, not name it.
pub(super) fn moment_words(text: &str, t: &ClockTime) -> Vec<String> {
    const CUT: [char; 9] = [',', ';', '—', '–', '(', ')', '“', '”', '"'];
    let before = &text[..t.at.0];
    let after = &text[t.at.1..];
    let before = before.rsplit(CUT).next().unwrap_or("");
    let before = before.rsplit(". ").next().unwrap_or(before);
    let after = after.split(CUT).next().unwrap_or("");
    // Event nouns near the time; the clause's verb wherever it stands before it ("The
    // earthquake hit about 50 miles northwest of the capital … just before noon").
    let verb_before =
        |(k, raw): (usize, &str)| k < REACH || words(raw).next().is_some_and(|w| super::slots::is_predicate(&w));
    let mut out: Vec<String> = before
        .split_whitespace()
        .rev()
        .enumerate()
        .filter(|&(k, raw)| verb_before((k, raw)))
        .filter_map(|(_, raw)| moment_word(raw))
        .chain(after.split_whitespace().take(REACH).filter_map(moment_word))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The words of a sentence that name what happened (its past forms and event nouns, as
/// [`moment_words`] reads them), each once, by the form they are compared by: two sentences
/// that give one figure for one act ("was shot … in the 12000 block" / "The shooting occurred
/// … in the 12200 block") share one.
pub(super) fn event_keys(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.split_whitespace().filter_map(moment_word).collect();
    out.sort();
    out.dedup();
    out
}

/// The form a word as written (`raw`, punctuation and all) is compared by when it names what
/// happened: lower-case in the text (names frame the moment), not a word of framing (a
/// reporting verb, a day, a month, a number, a word of time) and of a kind
/// [`names_a_moment`] takes.
fn moment_word(raw: &str) -> Option<String> {
    if !raw.trim_matches(|c: char| !c.is_alphanumeric()).starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let w = words(raw).next()?;
    let framing = lx::is_stop_word(&w)
        || lx::is_reporting_verb(&w)
        || lx::is_weekday(&w)
        || lx::month_index(&w).is_some()
        || lx::number_word(&w).is_some()
        || is_time_word(&w);
    (w.len() >= 3 && !framing && names_a_moment(&w)).then(|| moment_key(&w))
}

/// A word that can name what happened at a moment: a past form ("broke", "derailed"), a
/// noun of an event by its ending ("explosion", "shooting", "derailment") or one of the short
/// nouns news writes for events ("fire", "crash", "call"). The things and people involved
/// ("plane", "building") do not: "The plane departed at 6:20" and "the plane lost contact at
/// 6:33" are two moments of one plane.
fn names_a_moment(w: &str) -> bool {
    const OBJECTS_IN_ING: [&str; 9] =
        ["building", "ceiling", "clothing", "housing", "something", "nothing", "anything", "everything", "during"];
    super::slots::is_predicate(w)
        || (w.len() >= 7 && (w.ends_with("tion") || w.ends_with("sion") || w.ends_with("ment")))
        || (w.len() >= 7 && w.ends_with("ing") && !OBJECTS_IN_ING.contains(&w))
        || matches!(
            w,
            "fire"
                | "flames"
                | "blaze"
                | "blast"
                | "crash"
                | "call"
                | "calls"
                | "attack"
                | "quake"
                | "earthquake"
                | "storm"
                | "raid"
                | "collapse"
                | "accident"
                | "incident"
                | "alarm"
                | "riot"
                | "verdict"
                | "speech"
                | "arrest"
                | "rescue"
                | "launch"
        )
}

/// The form a word of the moment is compared by: synonyms meet ("the quake hit" / "the
/// quake struck"), other words by their stem.
fn moment_key(w: &str) -> String {
    super::synonyms::fold(w).map_or_else(|| stem(w), String::from)
}

/// Words that tell the time rather than the moment.
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "local"
            | "time"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "midnight"
            | "noon"
            | "today"
            | "tonight"
            | "yesterday"
            | "early"
            | "late"
            | "later"
            | "earlier"
            | "shortly"
            | "just"
            | "about"
            | "around"
            | "approximately"
            | "roughly"
            | "nearly"
            | "almost"
            | "minutes"
            | "hours"
            | "hour"
    )
}

/// The one time of day a claim gives, if it gives exactly one.
fn one_time(text: &str) -> Option<ClockTime> {
    let mut all = clock_times(text);
    (all.len() == 1).then(|| all.remove(0))
}

/// Two times that cannot be one moment as written, yet close enough to be one moment
/// misreported, in the same zone where both name one.
fn disagree(x: &ClockTime, y: &ClockTime) -> bool {
    let apart = (x.span.0 - y.span.1).max(y.span.0 - x.span.1);
    apart > 0
        && apart <= MAX_APART
        && match (&x.zone, &y.zone) {
            (Some(p), Some(q)) => p == q,
            _ => true,
        }
}

/// A cheap first look, read once per claim (`conflicts::Cues`, `clock_edges`): a figure followed by "a"/"p" (a.m.,
/// p.m.), a colon or a dot and a digit, or the word "noon".
pub(super) fn may_tell_time(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).any(|i| {
        b[i].is_ascii_digit() && {
            let mut j = i + 1;
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            let meridiem = matches!(b.get(j), Some(b'a' | b'p' | b'A' | b'P'))
                && match b.get(j + 1) {
                    Some(b'.') => true,
                    Some(b'm' | b'M') => !b.get(j + 2).is_some_and(u8::is_ascii_alphabetic),
                    _ => false,
                };
            meridiem || (matches!(b.get(i + 1), Some(b':' | b'.')) && b.get(i + 2).is_some_and(u8::is_ascii_digit))
        }
    }) || text.contains("noon")
}

/// One time of day in each claim, and they disagree: the detail ("time of fire: 3:33 a.m. vs
/// 3:30 a.m."), and whether the two times date one moment (a word of the moment shared by
/// both clauses), which makes the disagreement as sure as the claims' match.
pub(super) fn time_conflict(a: &str, b: &str) -> Option<(String, bool)> {
    let (x, y) = (one_time(a)?, one_time(b)?);
    if !disagree(&x, &y) {
        return None;
    }
    let wy = moment_words(b, &y);
    let shared = moment_words(a, &x).into_iter().find(|w| wy.contains(w));
    // The word as a text writes it, for the label: the one that is the shared form itself
    // when a text has it ("flames" / "fire": fire), so that one moment told in several pairs
    // reads as one; else the first text's.
    let label = shared
        .as_ref()
        .and_then(|s| words(a).chain(words(b)).find(|w| w == s).or_else(|| words(a).find(|w| moment_key(w) == *s)));
    let detail = match &label {
        Some(w) => format!("time of {w}: {} vs {}", x.text, y.text),
        None => format!("time: {} vs {}", x.text, y.text),
    };
    Some((detail, shared.is_some()))
}

/// Pairs of claims of different articles that each give one time of day, with times that
/// disagree and a word of the moment in common, ranked as a match at the `threshold` plus
/// their words' similarity (as `slots::slot_edges` ranks a predicate dated two ways).
pub(super) fn clock_edges(
    docs: &[super::Loaded],
    claims: &[super::ClaimRef],
    vectors: &[&SparseVec],
    quoted: &[bool],
    threshold: f64,
) -> Vec<(f64, usize, usize)> {
    let claim = |i: usize| -> &Claim { &docs[claims[i].article].analysis.claims[claims[i].claim] };
    let read: Vec<Option<(ClockTime, Vec<String>)>> = (0..claims.len())
        .into_par_iter()
        .with_min_len(256)
        .map(|i| {
            let text = &claim(i).text;
            if !may_tell_time(text) {
                return None;
            }
            let t = one_time(text)?;
            let moment = moment_words(text, &t);
            (!moment.is_empty()).then_some((t, moment))
        })
        .collect();
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, r) in read.iter().enumerate() {
        for w in r.iter().flat_map(|(_, m)| m) {
            by_word.entry(w.as_str()).or_default().push(i);
        }
    }
    let mut edges = Vec::new();
    for list in by_word.values().filter(|l| l.len() <= 200) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if claims[i].article == claims[j].article || quoted[i] != quoted[j] {
                    continue;
                }
                let (Some((ti, _)), Some((tj, _))) = (&read[i], &read[j]) else { continue };
                if !disagree(ti, tj) {
                    continue;
                }
                let sim = cosine(vectors[i], vectors[j]);
                if sim >= MIN_SIMILARITY {
                    edges.push((threshold + sim, i.min(j), i.max(j)));
                }
            }
        }
    }
    // A pair sharing two words of the moment is listed once.
    edges.sort_by_key(|e| (e.1, e.2));
    edges.dedup_by(|x, y| x.1 == y.1 && x.2 == y.2);
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(text: &str) -> Vec<(i32, (i32, i32), String)> {
        clock_times(text).into_iter().map(|t| (t.minutes, t.span, t.text)).collect()
    }

    #[test]
    fn times_are_read_with_the_stretch_their_wording_allows() {
        assert_eq!(times("A caller reported the fire at 3:33 a.m."), vec![(213, (213, 213), "3:33 a.m.".into())]);
        assert_eq!(
            times("It occurred about 3:10 p.m. in the block."),
            vec![(910, (906, 914), "about 3:10 p.m.".into())]
        );
        assert_eq!(times("He was alone about 3 p.m. Friday."), vec![(900, (885, 915), "about 3 p.m.".into())]);
        assert_eq!(
            times("It derailed shortly after 9 p.m."),
            vec![(1260, (1260, 1280), "shortly after 9 p.m.".into())]
        );
        assert_eq!(times("They got a call at 9.47am."), vec![(587, (587, 587), "9.47am".into())]);
        assert_eq!(times("at 06:33 am the pilots"), vec![(393, (393, 393), "06:33 am".into())]);
        assert_eq!(times("landed at 12:05 a.m. PDT")[0].0, 5);
        // A 24-hour time needs a zone; scores, prices and counts are no times.
        assert_eq!(times("It began at 14:05 GMT.")[0].0, 845);
        assert!(times("The score was 3:30 at half time.").is_empty());
        assert!(times("It cost 3.50 and 3 ambulances came.").is_empty());
        assert!(times("Firefox 3.05 shipped at 10 and 12 amendments passed.").is_empty());
        assert_eq!(times("It struck just before noon local time."), vec![(720, (700, 720), "just before noon".into())]);
        assert!(times("They met in the afternoon.").is_empty());
    }

    #[test]
    fn one_moment_told_two_ways_conflicts_and_two_moments_do_not() {
        // A building seen in flames is the fire seen: one moment too.
        for seen in [
            "A 911 caller reported the fire at 3:33 a.m.",
            "A visitor walked out at 3:33 a.m. and spied the deserted building nearby in flames.",
        ] {
            let (detail, sure) =
                time_conflict(seen, "Owen says the fire call came in at 3:30 a.m.").expect("one moment told two ways");
            assert_eq!(detail, "time of fire: 3:33 a.m. vs 3:30 a.m.");
            assert!(sure);
        }
        // A call, then a death: no word of the moment in common.
        let (_, sure) =
            time_conflict("They contacted authorities at 9:43 a.m.", "He was pronounced dead at 10:07 a.m.")
                .expect("differ");
        assert!(!sure);
        // Stretches that meet agree: "just before 10" holds 9:47.
        assert!(time_conflict("They received a call at 9:47 a.m.", "after a call just before 10 a.m.").is_none());
        assert!(time_conflict("The crash occurred around 10 a.m.", "a call at 9:47 a.m. about the crash").is_none());
        // Hours apart is two moments; other zones are other clocks.
        assert!(time_conflict("The fire broke out at 3:30 a.m.", "By 6:40 a.m. the fire was under control").is_none());
        assert!(time_conflict("It landed at 11:28 a.m. PDT.", "It landed at 2:28 p.m. EDT.").is_none());
        // Rounded times a few minutes apart agree; "about 3 p.m." and "about 3:30 p.m." do not.
        assert!(time_conflict("The shooting was about 3:10 p.m.", "The shooting was about 3:12 p.m.").is_none());
        assert!(
            time_conflict("The deputy went there about 3 p.m.", "The deputy went there at about 3:30 p.m.").is_some()
        );
    }

    #[test]
    fn the_words_of_the_moment_leave_out_names_and_framing() {
        let text = "Owen says the fire call came in at 3:30 a.m. Tuesday in the plane.";
        let t = one_time(text).expect("a time");
        let m = moment_words(text, &t);
        assert!(m.contains(&stem("fire")), "{m:?}");
        // Nor the things involved: a plane departs and loses contact at two moments.
        assert!(!m.iter().any(|w| w == "owen" || w == &stem("says") || w == &stem("tuesday") || w == "plane"), "{m:?}");
    }
}

#[cfg(test)]
mod group_tests {
    use crate::compare::Loaded;

    #[test]
    fn one_moment_timed_two_ways_is_grouped_as_a_conflict() {
        let docs = vec![
            Loaded::pasted(
                "a.txt",
                "Warehouse burns\n\nA disused warehouse in Millbrook burned to the ground on Tuesday.\n\n\
                 A neighbour reported the fire at 3:33 a.m.\n\n\
                 The owner, Dana Pratt, said she would rebuild.",
            ),
            Loaded::pasted(
                "b.txt",
                "Old warehouse lost\n\nMillbrook lost its oldest warehouse to flames on Tuesday.\n\n\
                 Chief Ray Molina says the fire alarm came in at 3:30 a.m.\n\n\
                 Investigators have not found a cause.",
            ),
        ];
        let cmp = crate::compare::compare(docs, crate::compare::Settings::default(), None);
        let group = cmp
            .claim_groups
            .iter()
            .find(|g| g.members.iter().any(|&m| cmp.claim(m).text.contains("3:33")))
            .expect("group");
        assert_eq!(group.members.len(), 2, "{:#?}", cmp.claim_groups);
        assert_eq!(group.status, crate::compare::ClaimStatus::Conflict);
        assert!(group.conflicts.iter().any(|c| c.detail.starts_with("time of fire: ")), "{:?}", group.conflicts);
    }
}
