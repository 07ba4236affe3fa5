//! Pairs of claims that give one count of people in one part (the dead, the missing, the
//! rescued, those aboard) or one person's age with values that disagree, however differently
//! their sentences run: "Authorities confirmed that five people died" and "the crash … resulted
//! in nine fatalities" are one toll told twice.

use super::claims::{SparseVec, cosine};
use super::conflicts::{range, unit_class};
use super::slots::share_a_name;
use crate::analyze::Claim;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// The classes a role or a name gives a figure (see `conflicts::counts`): only these say what
/// is counted well enough to pair sentences by them alone.
fn is_pinned(class: &str) -> bool {
    matches!(class, "deaths" | "injured" | "missing" | "rescued" | "aboard" | "hospitalized" | "arrested")
        || class.starts_with("age ")
        || class.contains(" from ")
}

/// A pinned count: its class, its value and the range its wording allows.
type Pinned = (String, f64, (f64, f64));

/// Word similarity two claims with no name in common need on top of the count: some words of
/// the event they count for.
const WITHOUT_A_NAME: f64 = 0.15;

/// Pairs of claims of different articles that each give one pinned count of one class with
/// values whose ranges do not meet, ranked as a match at the `threshold` plus their words'
/// similarity (as `slots::slot_edges` ranks a predicate dated two ways).
pub(super) fn count_edges(
    docs: &[super::Loaded],
    claims: &[super::ClaimRef],
    vectors: &[&SparseVec],
    units: &[&[(String, f64)]],
    quoted: &[bool],
    threshold: f64,
) -> Vec<(f64, usize, usize)> {
    let claim = |i: usize| &docs[claims[i].article].analysis.claims[claims[i].claim];
    // Each claim's pinned counts: (class, value, the range its wording allows); read from
    // the counts the claim's features hold, so only claims with a pinned one are read again.
    let pinned: Vec<Vec<Pinned>> = (0..claims.len())
        .into_par_iter()
        .with_min_len(256)
        .map(
            |i| if units[i].iter().any(|(u, _)| is_pinned(u)) { pinned_counts(claim(i), units[i]) } else { Vec::new() },
        )
        .collect();
    let mut by_class: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, list) in pinned.iter().enumerate() {
        for (class, _, _) in list {
            by_class.entry(class.as_str()).or_default().push(i);
        }
    }
    let mut edges = Vec::new();
    for (class, list) in by_class.iter().filter(|(_, l)| l.len() <= 200) {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if claims[i].article == claims[j].article || quoted[i] != quoted[j] {
                    continue;
                }
                let of = |k: usize| pinned[k].iter().find(|p| p.0 == *class).map(|p| p.2);
                let (Some((la, ha)), Some((lb, hb))) = (of(i), of(j)) else { continue };
                if !(ha < lb || hb < la) {
                    continue;
                }
                let sim = cosine(vectors[i], vectors[j]);
                if sim > 0.0 && (share_a_name(claim(i), claim(j)) || sim >= WITHOUT_A_NAME) {
                    edges.push((threshold + sim, i.min(j), i.max(j)));
                }
            }
        }
    }
    edges
}

/// The pinned counts of a claim, only classes it gives one value of (a sentence with two
/// tolls tells of two moments or two places).
fn pinned_counts(c: &Claim, units: &[(String, f64)]) -> Vec<Pinned> {
    let mut out = Vec::new();
    for (class, v) in units {
        if !is_pinned(class) || units.iter().filter(|(u, _)| u == class).count() != 1 {
            continue;
        }
        let written = c.numbers.iter().find(|q| q.value == *v && unit_class(&c.text, q) == *class);
        if let Some(q) = written {
            out.push((class.clone(), *v, range(&q.text, *v)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::Quantity;
    use crate::compare::conflicts::unit_values;

    fn claim(text: &str, numbers: &[(&str, f64)]) -> Claim {
        Claim {
            numbers: numbers.iter().map(|(t, v)| Quantity { text: (*t).into(), value: *v, unit: None }).collect(),
            ..Claim::bare(text)
        }
    }

    #[test]
    fn a_toll_is_pinned_and_a_plain_count_is_not() {
        let a = claim("Authorities confirmed that five people died in the crash.", &[("five", 5.0)]);
        assert_eq!(pinned_counts(&a, &unit_values(&a)).iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["deaths"]);
        let b = claim("The crash drew five people to the hillside.", &[("five", 5.0)]);
        assert!(pinned_counts(&b, &unit_values(&b)).is_empty());
        // Two tolls in one sentence are two moments: neither pins.
        let c = claim("Five people died on Sunday and three people died on Monday.", &[("Five", 5.0), ("three", 3.0)]);
        assert!(pinned_counts(&c, &unit_values(&c)).is_empty());
        // A toll is the dead; some of a set is no toll.
        let d = claim("Searchers brought the official death toll to 14 on Friday.", &[("14", 14.0)]);
        assert_eq!(pinned_counts(&d, &unit_values(&d)).iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["deaths"]);
        let e = claim("Bryant, his daughter and three others were killed.", &[("three", 3.0)]);
        assert!(pinned_counts(&e, &unit_values(&e)).is_empty());
        // A distance from a named place.
        let f = claim("The blast was heard in Cyprus, 180 kilometres away.", &[("180", 180.0)]);
        assert_eq!(
            pinned_counts(&f, &unit_values(&f)).iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["kilometr from cyprus"]
        );
        let g = claim("It shook Cyprus, 240 kilometres (150 miles) away.", &[("240", 240.0), ("150", 150.0)]);
        let h = claim("The town lies 20 miles north of Waco.", &[("20", 20.0)]);
        assert_eq!(
            pinned_counts(&h, &unit_values(&h)).iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["mile from waco"]
        );
        assert!(pinned_counts(&g, &unit_values(&g)).iter().any(|p| p.0 == "kilometr from cyprus"));
    }
}
