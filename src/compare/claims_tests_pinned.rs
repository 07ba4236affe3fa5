//! Tests of the counts that pin a slot of the event: a toll, an age, a distance from a
//! named place; a plain count pins none.

use super::*;

#[test]
fn a_toll_an_age_and_a_distance_are_pinned_and_a_plain_count_is_not() {
    use crate::compare::count_edges::pinned_counts;
    let pinned = |c: &Claim| pinned_counts(c, &unit_values(c)).into_iter().map(|p| p.0).collect::<Vec<_>>();
    let a = claim("Authorities confirmed that five people died in the crash.", &[("five", 5.0)]);
    assert_eq!(pinned(&a), ["deaths"]);
    assert!(pinned(&claim("The crash drew five people to the hillside.", &[("five", 5.0)])).is_empty());
    // Two tolls in one sentence are two moments: neither pins.
    let c = claim("Five people died on Sunday and three people died on Monday.", &[("Five", 5.0), ("three", 3.0)]);
    assert!(pinned(&c).is_empty());
    // A toll is the dead; some of a set is no toll.
    assert_eq!(
        pinned(&claim("Searchers brought the official death toll to 14 on Friday.", &[("14", 14.0)])),
        ["deaths"]
    );
    assert!(pinned(&claim("Bryant, his daughter and three others were killed.", &[("three", 3.0)])).is_empty());
    // A distance from a named place.
    let f = claim("The blast was heard in Cyprus, 180 kilometres away.", &[("180", 180.0)]);
    assert_eq!(pinned(&f), ["kilometr from cyprus"]);
    let g = claim("It shook Cyprus, 240 kilometres (150 miles) away.", &[("240", 240.0), ("150", 150.0)]);
    assert!(pinned(&g).iter().any(|p| p == "kilometr from cyprus"));
    assert_eq!(pinned(&claim("The town lies 20 miles north of Waco.", &[("20", 20.0)])), ["mile from waco"]);
    assert_eq!(pinned(&claim("The co-pilot, Andreas Lubitz, 27, was alone.", &[("27", 27.0)])), ["age lubitz"]);
}
