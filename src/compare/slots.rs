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
}

/// How far (in words) a predicate may stand from the figure it dates.
const REACH: usize = 6;

/// The time units a tied duration counts, folded to the singular.
fn time_unit(w: &str) -> Option<&'static str> {
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
fn is_predicate(w: &str) -> bool {
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
            // "two weeks ago", "three weeks before".
            if let (Some(v), Some(unit), Some(dir)) = (number(word(i)), time_unit(word(i + 1)), anchor(word(i + 2)))
                && let Some(p) = predicate_near(&ws[..i + 1], i)
            {
                out.push(Slot {
                    predicate: stem(p),
                    verb: p.clone(),
                    kind: format!("{unit} {dir}"),
                    value: v,
                    text: format!("{} {} {}", word(i), word(i + 1), word(i + 2)),
                });
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
fn share_a_name(a: &Claim, b: &Claim) -> bool {
    let nb = name_words(b);
    name_words(a).iter().any(|w| nb.contains(w))
}

/// One slot both claims fill with values that disagree: (slot of `a`, slot of `b`). Years
/// disagree a year or two apart (further apart, like sentences tell two events); durations
/// whenever they differ. Claims that name people and share none are about different people.
pub(super) fn slot_conflict(a: &Claim, b: &Claim) -> Option<(Slot, Slot)> {
    if !(may_fill_a_slot(&a.text) && may_fill_a_slot(&b.text)) {
        return None;
    }
    let sa = slots(a);
    if sa.is_empty() {
        return None;
    }
    conflict_of(a, &sa, b, &slots(b))
}

/// `slot_conflict` with the slots of both claims worked out.
fn conflict_of(a: &Claim, sa: &[Slot], b: &Claim, sb: &[Slot]) -> Option<(Slot, Slot)> {
    if sa.is_empty() || sb.is_empty() {
        return None;
    }
    if !a.entities.is_empty() && !b.entities.is_empty() && !share_a_name(a, b) {
        return None;
    }
    for x in sa {
        let same: Vec<&Slot> = sb.iter().filter(|y| y.predicate == x.predicate && y.kind == x.kind).collect();
        if same.is_empty() || same.iter().any(|y| y.value == x.value) {
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
    let filled: Vec<Vec<Slot>> = (0..claims.len()).into_par_iter().with_min_len(256).map(|i| slots(claim(i))).collect();
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
                    && conflict_of(a, &filled[i], b, &filled[j]).is_some()
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
    fn loaded(name: &str, text: &str) -> crate::compare::Loaded {
        let article = crate::ingest::ingest_pasted(name, text).expect("article");
        let analysis = crate::analyze::analyze(&article);
        crate::compare::Loaded::new(article, analysis)
    }

    #[test]
    fn one_event_dated_two_ways_is_grouped_as_a_conflict() {
        let docs = vec![
            loaded(
                "a.txt",
                "Baker dies in bakery fire\n\nA baker died in a fire at his shop on Elm Street early on Sunday.\n\n\
                 The quiet Millbrook resident, a keen cyclist and choir singer known to every regular customer, \
                 was married two weeks ago to his longtime partner, Ines Varga.\n\n\
                 Firefighters needed three hours to put out the blaze.",
            ),
            loaded(
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
