//! Slots: the time a claim gives for the event its predicate names. "was married two weeks
//! ago" and "married three weeks before he was killed" both date the marriage (predicate
//! "married", slot "weeks before"); "disappeared in 1958" and "In 1957, she disappeared" both
//! date the disappearance (slot "year"). Two claims that fill one slot with different values
//! disagree, however differently the rest of their sentences run; durations and years count
//! only when they are tied to a predicate this way, since a story holds many of each.

use super::text::{stem, words};
use crate::analyze::Claim;
use crate::analyze::lexicon as lx;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// One filled slot of a claim.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Slot {
    /// The predicate's stem ("marri").
    pub predicate: String,
    /// The predicate as written ("married").
    pub verb: String,
    /// What the value measures: "week before", "day after", "year".
    pub kind: String,
    /// The value: a count of the unit, or the year.
    pub value: f64,
    /// The value as written ("two weeks ago", "1958").
    pub text: String,
    /// For a duration: its direction and the days it may span, as written ("more than a
    /// week" is 7 to 14 days, "a month" 28 to 31), so "a week" and "nine days" compare.
    pub span: Option<(&'static str, f64, f64)>,
    /// Read the looser ways ("a week" for one, an event named by "after suffering"): such a
    /// slot compares two claims already matched by their wording, never matches claims.
    pub loose: bool,
}

/// How far (in words) a predicate may stand from the figure it dates.
const REACH: usize = 6;

/// The time units a tied duration counts, folded to the singular.
pub(super) fn time_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "minute" | "minutes" => "minute",
        "hour" | "hours" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "month" | "months" => "month",
        "year" | "years" => "year",
        _ => return None,
    })
}

/// The words that tie a duration to a reference moment, by direction.
fn anchor(w: &str) -> Option<&'static str> {
    Some(match w {
        "ago" | "before" | "earlier" | "prior" => "before",
        "after" | "later" => "after",
        _ => return None,
    })
}

/// A word that can name a dated event: a past form ("married", "disappeared", "died") or one
/// of the common irregular ones. Reporting verbs date the report, not the event.
pub(super) fn is_predicate(w: &str) -> bool {
    let past = w.len() >= 5 && w.ends_with("ed");
    let irregular = matches!(
        w,
        "met"
            | "won"
            | "left"
            | "began"
            | "took"
            | "made"
            | "sold"
            | "bought"
            | "fell"
            | "rose"
            | "shot"
            | "quit"
            | "wed"
            | "built"
            | "lost"
            | "fled"
            | "broke"
            | "struck"
            | "hit"
            | "sank"
            | "shook"
            | "burst"
            | "blew"
            | "flew"
            | "ran"
    );
    (past || irregular) && !lx::is_reporting_verb(w) && !lx::is_stop_word(w)
}

/// The value of a number written in figures or as a word ("3", "three").
fn number(w: &str) -> Option<f64> {
    if w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty() && w.len() <= 3 {
        return w.parse().ok();
    }
    lx::number_word(w)
}

/// A four-digit year of the last two centuries and a bit.
fn year(w: &str) -> Option<f64> {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
        .then(|| w.parse::<f64>().ok())
        .flatten()
        .filter(|y| (1800.0..=2100.0).contains(y))
}

/// The days one of a time unit spans (months and years vary).
pub(super) fn unit_days(unit: &str) -> (f64, f64) {
    match unit {
        "minute" => (1.0 / 1440.0, 1.0 / 1440.0),
        "hour" => (1.0 / 24.0, 1.0 / 24.0),
        "day" => (1.0, 1.0),
        "week" => (7.0, 7.0),
        "month" => (28.0, 31.0),
        _ => (365.0, 366.0),
    }
}

/// How the words before a count bound it.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Bound {
    Exact,
    /// "more than a week", "over two days".
    AtLeast,
    /// "less than a week", "nearly two days".
    AtMost,
    /// "about two weeks".
    About,
}

/// The words before the count at `i` that bound or soften it: how many, and how.
fn qualifier(ws: &[(String, bool)], i: usize) -> (usize, Bound) {
    let word = |k: usize| ws.get(k).map_or("", |w| w.0.as_str());
    if i >= 2 {
        let two = match (word(i - 2), word(i - 1)) {
            ("more" | "at" | "upwards", "than" | "least" | "of") => Some(Bound::AtLeast),
            ("less" | "fewer" | "up" | "at" | "just", "than" | "to" | "most" | "under") => Some(Bound::AtMost),
            ("close", "to") => Some(Bound::About),
            _ => None,
        };
        if let Some(bound) = two {
            return (2, bound);
        }
    }
    let one = match if i >= 1 { word(i - 1) } else { "" } {
        "over" => Bound::AtLeast,
        // Written of the count above: "nearly two weeks" is under two weeks.
        "under" | "nearly" | "almost" => Bound::AtMost,
        "about" | "around" | "roughly" | "some" | "approximately" | "estimated" => Bound::About,
        _ => return (0, Bound::Exact),
    };
    (1, one)
}

/// The days `count` units may span as written: a bound reaches to the next count, an
/// approximation one count either way ("more than a week" is 7 to 14 days).
fn day_span(count: f64, unit: &str, bound: Bound) -> (f64, f64) {
    let (lo, hi) = unit_days(unit);
    let (from, to) = match bound {
        Bound::Exact => (count, count),
        Bound::AtLeast => (count, count + 1.0),
        Bound::AtMost => (count - 1.0, count),
        Bound::About => (count - 1.0, count + 1.0),
    };
    (from.max(0.0) * lo, to * hi)
}

/// A verb's -ing form, lower-case ("suffering"), which after "after" or "before" names an
/// event ("a week after suffering a heart attack").
fn is_gerund(w: &(String, bool)) -> bool {
    w.1 && w.0.len() >= 6 && w.0.ends_with("ing") && !lx::is_stop_word(&w.0)
}

/// The clauses of a sentence as lists of words (lower-cased, with whether each was written
/// in lower case): cut at commas, semicolons, colons, dashes and brackets, so a predicate is
/// looked for only near its figure.
fn clause_words(text: &str) -> Vec<Vec<(String, bool)>> {
    text.split([',', ';', ':', '—', '–', '(', ')', '“', '”', '"'])
        .flat_map(|piece| piece.split(" - "))
        .map(|piece| {
            piece
                .split_whitespace()
                .filter_map(|raw| {
                    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
                    let lower = w.starts_with(|c: char| c.is_lowercase());
                    words(w).next().map(|k| (k, lower))
                })
                .collect::<Vec<_>>()
        })
        .filter(|ws| !ws.is_empty())
        .collect()
}

/// The nearest predicate to position `at` in `ws`: before it first, then after it. A word
/// written with a capital is a name ("Alfred"), not a verb.
/// With `at` past the end, the first predicate of the clause.
fn predicate_near(ws: &[(String, bool)], at: usize) -> Option<&String> {
    let is = |w: &&(String, bool)| w.1 && is_predicate(&w.0);
    if at >= ws.len() {
        return ws.iter().take(REACH).find(is).map(|w| &w.0);
    }
    let before = ws[..at].iter().rev().take(REACH).find(is);
    before.or_else(|| ws[at + 1..].iter().take(REACH).find(is)).map(|w| &w.0)
}

/// The slots a claim fills: durations tied to a predicate by "ago", "before", "after" …, and
/// the year a predicate happened in ("in 1958"), when the claim gives one year only.
pub(super) fn slots(c: &Claim) -> Vec<Slot> {
    let mut out = Vec::new();
    if !may_fill_a_slot(&c.text) {
        return out;
    }
    let clauses = clause_words(&c.text);
    let years: usize = clauses.iter().flatten().filter(|w| year(&w.0).is_some()).count();
    for (k, ws) in clauses.iter().enumerate() {
        let word = |i: usize| ws.get(i).map_or("", |w| w.0.as_str());
        for i in 0..ws.len() {
            // "two weeks ago", "three weeks before"; loosely "a week ago".
            let figure = number(word(i));
            let count = figure.or_else(|| matches!(word(i), "a" | "an").then_some(1.0));
            if let (Some(v), Some(unit), Some(dir)) = (count, time_unit(word(i + 1)), anchor(word(i + 2))) {
                let (q, bound) = qualifier(ws, i);
                let text = (i - q..i + 3).map(word).collect::<Vec<_>>().join(" ");
                let (from, to) = day_span(v, unit, bound);
                let slot = |p: &String, dir: &'static str, loose: bool| Slot {
                    predicate: stem(p),
                    verb: p.clone(),
                    kind: format!("{unit} {dir}"),
                    value: v,
                    text: text.clone(),
                    span: Some((dir, from, to)),
                    loose,
                };
                let predicate = predicate_near(&ws[..i + 1], i);
                if let Some(p) = predicate {
                    out.push(slot(p, dir, figure.is_none()));
                }
                // "a week after suffering a heart attack": the heart attack came a week
                // before what the sentence tells.
                if matches!(word(i + 2), "after" | "before")
                    && let Some(g) = ws.get(i + 3).filter(|w| is_gerund(w))
                {
                    out.push(slot(&g.0, if dir == "after" { "before" } else { "after" }, true));
                } else if predicate.is_none()
                    && let Some(k) = (i.saturating_sub(REACH)..i)
                        .rev()
                        .find(|&k| is_gerund(&ws[k]) && k > 0 && matches!(word(k - 1), "after" | "before" | "since"))
                {
                    // "after suffering a heart attack more than a week ago": the event the
                    // figure dates is the one "after" names.
                    out.push(slot(&ws[k].0, dir, true));
                }
            }
            // "in 1958": the year of the nearest predicate; "In 1957, she disappeared": a
            // clause of the year alone dates the next clause.
            if years == 1
                && let Some(y) = year(word(i))
                && i > 0
                && word(i - 1) == "in"
            {
                let p = predicate_near(ws, i).or_else(|| {
                    (ws.len() <= 3)
                        .then(|| clauses.get(k + 1).and_then(|next| predicate_near(next, usize::MAX)))
                        .flatten()
                });
                if let Some(p) = p {
                    out.push(Slot {
                        predicate: stem(p),
                        verb: p.clone(),
                        kind: "year".into(),
                        value: y,
                        text: word(i).to_string(),
                        span: None,
                        loose: false,
                    });
                }
            }
        }
    }
    out
}

/// A cheap first look: most sentences have neither a tying word nor "in" before a year, and
/// are not cut into words at all (every pair of a group is checked).
pub(super) fn may_fill_a_slot(text: &str) -> bool {
    // "in" before a year and the tying words both sit at a space: one pass from space to
    // space (a search per pattern over the whole sentence cost several times as much), and
    // the units looked for only in the few sentences with a tying word.
    const UNITS: [&str; 6] = ["minute", "hour", "day", "week", "month", "year"];
    let b = text.as_bytes();
    let mut tie = false;
    for p in 0..b.len() {
        if b[p] != b' ' {
            continue;
        }
        let next = &b[p + 1..];
        if p >= 2
            && b[p - 1] == b'n'
            && (b[p - 2] == b'i' || b[p - 2] == b'I')
            && next.len() >= 4
            && next[..4].iter().all(u8::is_ascii_digit)
        {
            return true;
        }
        tie = tie
            || match next.first() {
                Some(b'a') => next.starts_with(b"ago") || next.starts_with(b"after"),
                Some(b'b') => next.starts_with(b"before"),
                Some(b'e') => next.starts_with(b"earlier"),
                Some(b'p') => next.starts_with(b"prior"),
                Some(b'l') => next.starts_with(b"later"),
                _ => false,
            };
    }
    tie && UNITS.iter().any(|u| text.contains(u))
}

/// The words of the names a claim gives ("Bettie Page" → "bettie", "page").
fn name_words(c: &Claim) -> Vec<String> {
    c.entities.iter().flat_map(|e| words(e).collect::<Vec<_>>()).filter(|w| w.len() >= 3).collect()
}

/// Whether two claims share a participant: a word of a name both give.
pub(super) fn share_a_name(a: &Claim, b: &Claim) -> bool {
    let nb = name_words(b);
    name_words(a).iter().any(|w| nb.contains(w))
}

/// One slot both claims fill with values that disagree: (slot of `a`, slot of `b`). Years
/// disagree a year or two apart (further apart, like sentences tell two events); durations
/// whenever they differ. Claims that name people and share none are about different people.
#[cfg(test)]
pub(super) fn slot_conflict(a: &Claim, b: &Claim) -> Option<(Slot, Slot)> {
    conflict_of(a, &slots(a), b, &slots(b), true)
}

/// `slot_conflict` with the slots of both claims worked out; `loose` admits the slots read
/// the looser ways and compares durations across units ("a week" / "nine days").
pub(super) fn conflict_of(a: &Claim, sa: &[Slot], b: &Claim, sb: &[Slot], loose: bool) -> Option<(Slot, Slot)> {
    if sa.is_empty() || sb.is_empty() {
        return None;
    }
    if !a.entities.is_empty() && !b.entities.is_empty() && !share_a_name(a, b) {
        return None;
    }
    let admitted = |s: &&Slot| loose || !s.loose;
    for x in sa.iter().filter(admitted) {
        let comparable = |y: &&Slot| {
            y.predicate == x.predicate
                && (y.kind == x.kind || loose && matches!((x.span, y.span), (Some(p), Some(q)) if p.0 == q.0))
        };
        let same: Vec<&Slot> = sb.iter().filter(admitted).filter(comparable).collect();
        // Two spans that meet agree: "more than a week" and "nine days".
        let agree = |y: &&Slot| match (x.span, y.span) {
            (Some((_, lx, hx)), Some((_, ly, hy))) => lx <= hy && ly <= hx,
            _ => y.value == x.value,
        };
        if same.is_empty() || same.iter().any(agree) {
            continue;
        }
        let y = same[0];
        let apart = (x.value - y.value).abs();
        if x.kind == "year" && apart > 2.0 {
            continue;
        }
        return Some((x.clone(), y.clone()));
    }
    None
}

/// Pairs of claims of different articles that fill one slot with different values and share
/// a participant, however little else their words share: gathered by slot, and ranked as a
/// match at the `threshold` plus their words' similarity (one predicate of one participant
/// dated two ways is one fact; linked after it, a looser wording match of the same sentence
/// would take its place).
pub(super) fn slot_edges(
    docs: &[super::Loaded],
    claims: &[super::ClaimRef],
    vectors: &[&super::claims::SparseVec],
    quoted: &[bool],
    threshold: f64,
) -> Vec<(f64, usize, usize)> {
    let claim = |i: usize| &docs[claims[i].article].analysis.claims[claims[i].claim];
    // Only slots read the strict way match claims.
    let strict = |c: &Claim| slots(c).into_iter().filter(|s| !s.loose).collect::<Vec<_>>();
    let filled: Vec<Vec<Slot>> =
        (0..claims.len()).into_par_iter().with_min_len(256).map(|i| strict(claim(i))).collect();
    let mut by_slot: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (i, list) in filled.iter().enumerate() {
        for s in list {
            let list = by_slot.entry((s.predicate.as_str(), s.kind.as_str())).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut edges = Vec::new();
    for list in by_slot.values().filter(|l| l.len() <= 200) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if claims[i].article == claims[j].article || quoted[i] != quoted[j] {
                    continue;
                }
                let (a, b) = (claim(i), claim(j));
                let sim = super::claims::cosine(vectors[i], vectors[j]);
                if sim > 0.0
                    && !a.entities.is_empty()
                    && share_a_name(a, b)
                    && conflict_of(a, &filled[i], b, &filled[j], false).is_some()
                {
                    // A shared predicate, participant and slot weigh as much as a wording just
                    // similar enough to match, on top of the words the two share.
                    edges.push((threshold + sim, i.min(j), i.max(j)));
                }
            }
        }
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(text: &str, entities: &[&str]) -> Claim {
        Claim { entities: entities.iter().map(|e| (*e).to_string()).collect(), ..Claim::bare(text) }
    }

    #[test]
    fn a_duration_tied_to_a_predicate_fills_its_slot() {
        let s = slots(&claim("The baker was married two weeks ago to his wife, Ana.", &["Ana"]));
        assert_eq!(s.len(), 1);
        assert_eq!((s[0].verb.as_str(), s[0].kind.as_str(), s[0].value), ("married", "week before", 2.0));
        // A duration with no tie to a moment is no slot: "served three years".
        assert!(slots(&claim("He served three years in the navy.", &[])).is_empty());
    }

    #[test]
    fn the_same_slot_with_other_values_conflicts() {
        let a = claim("The baker was married two weeks ago to his wife, Ana.", &["Ana"]);
        let b = claim("Ana Ruiz, who married the baker three weeks before the fire, wept.", &["Ana Ruiz"]);
        let (x, y) = slot_conflict(&a, &b).expect("conflict");
        assert_eq!((x.text.as_str(), y.text.as_str()), ("two weeks ago", "three weeks before"));
        // The same value, or another predicate, is no conflict.
        let c = claim("Ana Ruiz, who married the baker two weeks before the fire, wept.", &["Ana Ruiz"]);
        assert!(slot_conflict(&a, &c).is_none());
        let d = claim("Ana Ruiz, who moved here three weeks before the fire, wept.", &["Ana Ruiz"]);
        assert!(slot_conflict(&a, &d).is_none());
        // Other people: no conflict.
        let e = claim("Tom Ek, who married three weeks before the fire, wept.", &["Tom Ek"]);
        assert!(slot_conflict(&a, &e).is_none());
    }

    #[test]
    fn durations_compare_across_units_and_with_their_bounds() {
        let nine = claim("Kay Lund suffered a stroke nine days earlier and never woke.", &["Kay Lund"]);
        // "a week after suffering": the stroke came a week before what the sentence tells.
        let week = claim("Kay Lund died on Friday, a week after suffering a stroke, her son said.", &["Kay Lund"]);
        let (x, y) = slot_conflict(&nine, &week).expect("nine days against a week");
        assert_eq!((x.text.as_str(), y.text.as_str()), ("nine days earlier", "a week after"));
        // A bound reaches to the next count: "more than a week" allows nine days and a week.
        let more = claim("Kay Lund died after suffering a stroke more than a week ago.", &["Kay Lund"]);
        assert!(slot_conflict(&nine, &more).is_none());
        assert!(slot_conflict(&week, &more).is_none());
        // One span in other units agrees; months are 28 to 31 days.
        let seven = claim("Kay Lund suffered a stroke seven days earlier and never woke.", &["Kay Lund"]);
        assert!(slot_conflict(&seven, &week).is_none());
        let month = claim("Kay Lund suffered a stroke a month earlier.", &["Kay Lund"]);
        let weeks = claim("Kay Lund suffered a stroke four weeks earlier.", &["Kay Lund"]);
        assert!(slot_conflict(&month, &weeks).is_none());
        // Another event after "after" is another slot.
        let fall = claim("Kay Lund died on Friday, a week after suffering a fall, her son said.", &["Kay Lund"]);
        let moved = claim("Kay Lund moved to Leeds nine days earlier.", &["Kay Lund"]);
        assert!(slot_conflict(&moved, &fall).is_none());
    }

    #[test]
    fn a_duration_read_loosely_never_matches_claims_by_itself() {
        let week = claim("Kay Lund died on Friday, a week after suffering a stroke, her son said.", &["Kay Lund"]);
        assert!(slots(&week).iter().all(|s| s.loose));
        let two = claim("Kay Lund collapsed two days after suffering a stroke.", &["Kay Lund"]);
        let s = slots(&two);
        assert!(s.iter().any(|s| !s.loose && s.verb == "collapsed"), "{s:?}");
        assert!(s.iter().any(|s| s.loose && s.verb == "suffering" && s.kind == "day before"), "{s:?}");
    }

    #[test]
    fn the_year_of_one_predicate_conflicts_only_when_close() {
        let a = claim("Moss suddenly vanished from the stage in 1961.", &["Moss"]);
        let b = claim("In 1960, Moss vanished from the cameras and the public eye.", &["Moss"]);
        assert!(slot_conflict(&a, &b).is_some());
        let c = claim("In 1975, Moss vanished from the cameras and the public eye.", &["Moss"]);
        assert!(slot_conflict(&a, &c).is_none());
        // Another predicate in that year: another event.
        let d = claim("In 1960, Moss married a sailor.", &["Moss"]);
        assert!(slot_conflict(&a, &d).is_none());
    }
}

#[cfg(test)]
mod group_tests {
    use crate::compare::Loaded;

    #[test]
    fn one_event_dated_two_ways_is_grouped_as_a_conflict() {
        let docs = vec![
            Loaded::pasted(
                "a.txt",
                "Baker dies in bakery fire\n\nA baker died in a fire at his shop on Elm Street early on Sunday.\n\n\
                 The quiet Millbrook resident, a keen cyclist and choir singer known to every regular customer, \
                 was married two weeks ago to his longtime partner, Ines Varga.\n\n\
                 Firefighters needed three hours to put out the blaze.",
            ),
            Loaded::pasted(
                "b.txt",
                "Fire kills baker\n\nFire crews found the owner of an Elm Street bakery dead on Sunday morning.\n\n\
                 Ines Varga, who had married him three weeks before the fire, thanked neighbours, volunteers, \
                 teachers and the ambulance crews for flowers, letters and meals left at her door.\n\n\
                 The cause of the fire is not known.",
            ),
        ];
        // The pair ranks as a match, not below every match: a looser wording match of either
        // sentence must not take its place first.
        let claims: Vec<crate::compare::ClaimRef> = (0..2)
            .flat_map(|a| {
                (0..docs[a].analysis.claims.len()).map(move |c| crate::compare::ClaimRef { article: a, claim: c })
            })
            .collect();
        let some: crate::compare::claims::SparseVec = vec![(0, 0.2), (1, 0.98)];
        let vectors: Vec<&crate::compare::claims::SparseVec> = claims.iter().map(|_| &some).collect();
        let threshold = crate::compare::Settings::default().threshold;
        let edges = super::slot_edges(&docs, &claims, &vectors, &vec![false; claims.len()], threshold);
        assert_eq!(edges.len(), 1, "{edges:?}");
        assert!(edges[0].0 >= threshold, "{edges:?}");
        let cmp = crate::compare::compare(docs, crate::compare::Settings::default(), None);
        let group = cmp
            .claim_groups
            .iter()
            .find(|g| g.members.iter().any(|&m| cmp.claim(m).text.contains("two weeks ago")))
            .expect("group");
        assert_eq!(group.members.len(), 2, "{:#?}", cmp.claim_groups);
        assert_eq!(group.status, crate::compare::ClaimStatus::Conflict);
        assert!(group.conflicts.iter().any(|c| c.detail == "married: two weeks ago vs three weeks before"));
    }
}
