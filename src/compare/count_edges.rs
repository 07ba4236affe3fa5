//! Pairs of claims that give one count of people in one part (the dead, the missing, the
//! rescued, those aboard) or one person's age with values that disagree, however differently
//! their sentences run: "Authorities confirmed that five people died" and "the crash … resulted
//! in nine fatalities" are one toll told twice.

use super::claims::{SparseVec, cosine};
use super::conflicts::{is_pinned, one_fact, range, written_as};
use super::slots::share_a_name;
use crate::analyze::Claim;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// A pinned count: its class and the range its wording allows.
type Pinned = (String, (f64, f64));

/// Word similarity two claims with no name in common need on top of the count: some words of
/// the event they count for. Two estimates of one march ("Police put the march … at roughly
/// 30,000", "An estimated 100,000 people took to the streets as part of nationwide strikes")
/// share only the strike (0.14); on the shared clusters and their 74 random subsets no pair
/// between 0.13 and 0.15 was two things.
const WITHOUT_A_NAME: f64 = 0.13;

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
    // Each claim's pinned counts: (class, the range its wording allows); read from
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
        for (class, _) in list {
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
                let of = |k: usize| pinned[k].iter().find(|p| p.0 == *class).map(|p| p.1);
                let (Some((la, ha)), Some((lb, hb))) = (of(i), of(j)) else { continue };
                if !(ha < lb || hb < la) {
                    continue;
                }
                // Magnitudes far apart are two quakes, a shock and its aftershock.
                if *class == "magnitude" && !one_fact(class, la, lb) {
                    continue;
                }
                edges.extend(slot_edge(docs, claims, vectors, threshold, i, j));
            }
        }
    }
    edges
}

/// Pairs of claims of different articles that each give one tally of a vote, two different
/// ones ("the jury was deadlocked 9-3" / "The jury said it was divided 6-3"), ranked as
/// [`count_edges`] ranks two tolls.
pub(super) fn tally_edges(
    docs: &[super::Loaded],
    claims: &[super::ClaimRef],
    vectors: &[&SparseVec],
    quoted: &[bool],
    threshold: f64,
) -> Vec<(f64, usize, usize)> {
    let claim = |i: usize| &docs[claims[i].article].analysis.claims[claims[i].claim];
    let tallied: Vec<(usize, (u32, u32))> = (0..claims.len())
        .into_par_iter()
        .with_min_len(256)
        .filter_map(|i| {
            let text = &claim(i).text;
            if !super::measures::may_score(text) {
                return None;
            }
            match super::measures::tallies(text)[..] {
                [(tally, _)] => Some((i, tally)),
                _ => None,
            }
        })
        .collect();
    let mut edges = Vec::new();
    if tallied.len() > 200 {
        return edges;
    }
    for (x, &(i, ti)) in tallied.iter().enumerate() {
        for &(j, tj) in &tallied[x + 1..] {
            if claims[i].article == claims[j].article || quoted[i] != quoted[j] || ti == tj {
                continue;
            }
            edges.extend(slot_edge(docs, claims, vectors, threshold, i, j));
        }
    }
    edges
}

/// The edge of two claims that fill one slot two ways, ranked as a match at the `threshold`
/// plus their words' similarity: when they may tell of one event, and share a name or some
/// words of it.
fn slot_edge(
    docs: &[super::Loaded],
    claims: &[super::ClaimRef],
    vectors: &[&SparseVec],
    threshold: f64,
    i: usize,
    j: usize,
) -> Option<(f64, usize, usize)> {
    if !of_one_event(docs, &claims[i], &claims[j]) {
        return None;
    }
    let claim = |k: usize| &docs[claims[k].article].analysis.claims[claims[k].claim];
    let sim = cosine(vectors[i], vectors[j]);
    (sim > 0.0 && (share_a_name(claim(i), claim(j)) || sim >= WITHOUT_A_NAME))
        .then(|| (threshold + sim, i.min(j), i.max(j)))
}

/// Whether two claims of different articles may count for one event: a year in one
/// sentence only dates another event ("In 2009, a 6.3-magnitude earthquake struck the same
/// region"), and "the gunman who killed 51 people at two mosques in Christchurch" in coverage
/// of another shooting names a place the other article never names.
pub(super) fn of_one_event(docs: &[super::Loaded], a: &super::ClaimRef, b: &super::ClaimRef) -> bool {
    let claim = |r: &super::ClaimRef| &docs[r.article].analysis.claims[r.claim];
    years(claim(a)) == years(claim(b))
        && !names_a_place_unknown_to(docs, a, b.article)
        && !names_a_place_unknown_to(docs, b, a.article)
}

/// Whether claim `c` names a place that neither article `other` nor any third article of the set
/// writes. A dateline ("MILAN —", "JOPLIN, Montana —") names where the reporter filed from, not
/// where it happened.
fn names_a_place_unknown_to(docs: &[super::Loaded], c: &super::ClaimRef, other: usize) -> bool {
    let analysis = &docs[c.article].analysis;
    let claim = &analysis.claims[c.claim];
    let head = claim.text.char_indices().take(60).find(|&(_, ch)| matches!(ch, '—' | '–')).map_or(0, |(at, _)| at);
    let text = &docs[other].article.text;
    // Named by another article of the set (a dateline "JAKARTA:" too), a place is one the
    // coverage shares: "told reporters in Jakarta that 20 people had died".
    let named = |text: &str, place: &str| text.contains(place) || text.contains(place.to_uppercase().as_str());
    analysis.mentions[analysis.mentions_within(claim.start + head, claim.end)].iter().any(|m| {
        m.kind == crate::analyze::EntityKind::Place
            && !text.contains(m.text.as_str())
            && !docs.iter().enumerate().any(|(k, d)| k != c.article && k != other && named(&d.article.text, &m.text))
    })
}

/// The years a claim names ("2009", "in 2013").
fn years(c: &Claim) -> Vec<&str> {
    // The year of a fuller date too: "April 2003" is of 2003, as "2003" is.
    let mut out: Vec<&str> = c
        .dates
        .iter()
        .filter_map(|d| d.rsplit([' ', ',']).next())
        .filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The pinned counts of a claim, only classes it gives one value of (a sentence with two
/// tolls tells of two moments or two places).
pub(super) fn pinned_counts(c: &Claim, units: &[(String, f64)]) -> Vec<Pinned> {
    let mut out = Vec::new();
    for (class, v) in units {
        if !is_pinned(class) || units.iter().filter(|(u, _)| u == class).count() != 1 {
            continue;
        }
        if let Some(q) = written_as(c, *v, class) {
            out.push((class.clone(), range(&q.text, *v)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analyze::Claim;
    use crate::compare::conflicts::{count_conflict, unit_values};

    fn claim(text: &str, numbers: &[(&str, f64)]) -> Claim {
        Claim::with_numbers(text, numbers)
    }

    /// A claim of one figure the number reader gave `unit` ("$", an age).
    fn claim_in(text: &str, figure: &str, value: f64, unit: &str) -> Claim {
        let mut c = claim(text, &[(figure, value)]);
        c.numbers[0].unit = Some(unit.into());
        c
    }

    fn class_of(c: &Claim) -> String {
        unit_values(c).first().map(|u| u.0.clone()).unwrap_or_default()
    }

    fn class(text: &str, figure: &str, value: f64) -> String {
        class_of(&claim(text, &[(figure, value)]))
    }

    #[test]
    fn a_toll_named_well_before_its_figure_counts_the_dead() {
        let text = "The death toll in a coal mine disaster in western Turkey increased to 274, officials said.";
        assert_eq!(class(text, "274", 274.0), "deaths");
        let text =
            "Rescuers recovered more bodies, raising the death toll in the country's worst mining accident to 282.";
        assert_eq!(class(text, "282", 282.0), "deaths");
        // A toll in another clause says nothing of the figure.
        let text = "The toll is unknown, and the shaft runs down to 300 metres.";
        assert_ne!(class(text, "300", 300.0), "deaths");
        let a = claim("The death toll in the disaster increased to 274, the minister said.", &[("274", 274.0)]);
        let b = claim("He said the death toll from the accident had risen to 232.", &[("232", 232.0)]);
        let found = count_conflict(&unit_values(&a), &unit_values(&b));
        assert_eq!(found, Some(("deaths".into(), 274.0, 232.0)));
    }

    #[test]
    fn the_part_people_played_is_read_from_the_word_they_are_counted_by() {
        let text = "The bridge collapsed, killing at least 26 people and injuring 16 others.";
        assert_eq!(class(text, "16", 16.0), "injured");
        let text = "The region said there were 26 certified casualties and 15 injured.";
        assert_eq!(class(text, "15", 15.0), "injured");
        assert_eq!(class("At least 131 drowned when the ferry capsized.", "At least 131", 131.0), "deaths");
        assert_eq!(class("Five people are in hospital.", "Five", 5.0), "hospitalized");
        assert_eq!(class("The committee said 37 have survived.", "37", 37.0), "survivors");
        // The lower end of a range counts what the upper end does.
        assert_eq!(class("The agency said 20 to 23 people were killed.", "20", 20.0), "deaths");
        assert_eq!(class("Six were taken to hospital.", "Six", 6.0), "hospitalized");
        assert_ne!(class("Six doctors work in the hospital.", "Six", 6.0), "hospitalized");
        // Without another part before them, the others are some of the arrested.
        assert_eq!(class("Police also arrested five others.", "five", 5.0), "part of arrested");
    }

    #[test]
    fn a_toll_told_of_a_place_the_other_article_never_names_is_another_event() {
        use crate::compare::{ClaimRef, Loaded};
        let docs = [
            Loaded::pasted(
                "a",
                "It praised the gunman who killed 51 people at two mosques in Christchurch, New Zealand.",
            ),
            Loaded::pasted("b", "EL PASO — Twenty people were killed at a store in El Paso."),
            Loaded::pasted("c", "EL PASO — Police in El Paso said 22 people were killed."),
        ];
        let at = |article: usize| ClaimRef { article, claim: 0 };
        assert!(super::names_a_place_unknown_to(&docs, &at(0), 1));
        assert!(!super::names_a_place_unknown_to(&docs, &at(1), 2));
        // A dateline names where the reporter filed from.
        let docs = [
            Loaded::pasted("d", "MILAN — Twenty people were killed in Genoa."),
            Loaded::pasted("e", "In Genoa, 22 died."),
        ];
        assert!(!super::names_a_place_unknown_to(&docs, &at(0), 1));
    }

    #[test]
    fn a_toll_told_in_two_unlike_sentences_is_one_slot_unless_another_event_is_named() {
        use crate::compare::{ClaimStatus, Loaded, Settings, compare};
        let toll = |second: &str| {
            let docs = vec![
                Loaded::pasted(
                    "a",
                    "Bridge falls\n\nThe motorway bridge in Genoa collapsed in heavy rain on Tuesday, killing at \
                     least 26 people and injuring 16 others as cars fell onto the rail yard below.",
                ),
                Loaded::pasted("b", &format!("Bridge falls\n\n{second}")),
            ];
            let cmp = compare(docs, Settings::default(), None);
            cmp.claim_groups
                .iter()
                .find(|g| g.status == ClaimStatus::Conflict)
                .map(|g| g.conflicts.iter().map(|c| (c.detail.clone(), c.confidence)).collect::<Vec<_>>())
        };
        // Few words in common, but one part people played, counted once in each, in Genoa.
        let found = toll("The regional government of Liguria said 15 were injured in Genoa.").expect("a conflict");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "injured: 16 vs 15");
        assert!(found[0].1 >= 0.8, "{found:?}");
        // A toll dated to another year, or told of a place the other article never names,
        // is another event's.
        assert_eq!(toll("In 2009 the regional government of Liguria said 15 were injured in Genoa."), None);
        assert_eq!(toll("In August 2009 the regional government of Liguria said 15 were injured in Genoa."), None);
        assert_eq!(toll("The regional government of Liguria said 15 were injured in Savona."), None);
    }

    #[test]
    fn a_vote_tallied_two_ways_is_one_slot_and_two_games_are_two_scores() {
        use crate::compare::{ClaimStatus, Loaded, Settings, compare};
        let conflicts = |a: &str, b: &str| {
            let docs =
                vec![Loaded::pasted("a", &format!("Verdict\n\n{a}")), Loaded::pasted("b", &format!("Verdict\n\n{b}"))];
            let cmp = compare(docs, Settings::default(), None);
            cmp.claim_groups
                .iter()
                .filter(|g| g.status == ClaimStatus::Conflict)
                .flat_map(|g| g.conflicts.iter().map(|c| c.detail.clone()))
                .collect::<Vec<_>>()
        };
        let found = conflicts(
            "After 30 hours the jury in the Nichols trial was deadlocked 9-3, the judge said.",
            "The Nichols jury said it was divided 6-3 but not which side had the majority.",
        );
        assert_eq!(found, ["vote: 9-3 vs 6-3"]);
        let found = conflicts("The Rovers beat Dunmore 3-1 on Saturday.", "Athlone won 2-0 against the Rovers in May.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_age_written_as_one_word_is_the_age_of_whom_it_names() {
        let aged = |text: &str, figure: &str, value: f64| claim_in(text, figure, value, crate::analyze::AGE_UNIT);
        let a = aged("A tree fell on a 60-year-old man in Jennings.", "60-year-old", 60.0);
        assert_eq!(class_of(&a), "age man");
        assert_eq!(class_of(&aged("The 27-year-old Lubitz was at the controls.", "27-year-old", 27.0)), "age lubitz");
        let b = aged("A tree fell on the home of a 68-year-old man.", "68-year-old", 68.0);
        let found = count_conflict(&unit_values(&a), &unit_values(&b));
        assert_eq!(found, Some(("age man".into(), 60.0, 68.0)));
        // A boy and a man are two people.
        let c = aged("A 12-year-old boy drowned.", "12-year-old", 12.0);
        assert!(count_conflict(&unit_values(&a), &unit_values(&c)).is_none());
    }

    #[test]
    fn every_counted_thing_given_two_ways_is_a_disagreement() {
        use crate::compare::conflicts::count_conflicts;
        let a = claim("Police said 65 people were injured and 169 were arrested.", &[("65", 65.0), ("169", 169.0)]);
        let b = claim("Some 100 people were injured and 288 were arrested.", &[("Some 100", 100.0), ("288", 288.0)]);
        let classes: Vec<String> =
            count_conflicts(&unit_values(&a), &unit_values(&b)).into_iter().map(|c| c.0).collect();
        assert_eq!(classes, ["injured", "arrested"]);
    }

    #[test]
    fn a_crowd_is_counted_as_a_crowd() {
        assert_eq!(
            class("Police put the march, to mark a strike, at roughly 30,000 people.", "roughly 30,000", 3e4),
            "crowd"
        );
        assert_eq!(class("An estimated 100,000 people took to the streets.", "An estimated 100,000", 1e5), "crowd");
        assert_eq!(class("About 5,000 protesters gathered.", "About 5,000", 5e3), "crowd");
        assert_eq!(class("The rally drew 5,000 people.", "5,000", 5e3), "crowd");
        // Some of the crowd, and people counted in another part, are not the crowd.
        assert_eq!(class("In the north another 20,000 people marched.", "20,000", 2e4), "part of crowd");
        assert_eq!(class("At the rally police arrested 50 people.", "50", 50.0), "arrested");
        assert_eq!(class("The bank employed 30 people.", "30", 30.0), "people");
        let a = claim("Police put the march at roughly 30,000 people.", &[("roughly 30,000", 3e4)]);
        let b = claim("An estimated 80,000 people took to the streets.", &[("An estimated 80,000", 8e4)]);
        let found = count_conflict(&unit_values(&a), &unit_values(&b));
        assert_eq!(found, Some(("crowd".into(), 3e4, 8e4)));
    }

    #[test]
    fn two_estimates_of_one_crowd_in_unlike_sentences_are_one_slot() {
        use super::{SparseVec, count_edges};
        use crate::compare::{ClaimRef, Loaded};
        let docs = [
            Loaded::pasted("a", "Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people."),
            Loaded::pasted("b", "An estimated 100,000 people took to the streets as part of nationwide strikes."),
        ];
        let refs: Vec<ClaimRef> = (0..2).map(|article| ClaimRef { article, claim: 0 }).collect();
        let units: Vec<Vec<(String, f64)>> = docs.iter().map(|d| unit_values(&d.analysis.claims[0])).collect();
        assert!(units.iter().all(|u| u.iter().any(|(class, _)| class == "crowd")), "{units:?}");
        let units: Vec<&[(String, f64)]> = units.iter().map(Vec::as_slice).collect();
        // Two sentences with no name in common and a word similarity of `sim`.
        let edges = |sim: f32| {
            let vectors: [SparseVec; 2] = [vec![(0, 1.0)], vec![(0, sim), (1, (1.0 - sim * sim).sqrt())]];
            let vectors: Vec<&SparseVec> = vectors.iter().collect();
            count_edges(&docs, &refs, &vectors, &units, &[false, false], 0.3)
        };
        // Measured on real coverage: the march police put at 30,000 and the 100,000 who took
        // to the streets share only the strike (0.14); both count one crowd.
        assert_eq!(edges(0.14).len(), 1);
        // Sentences that share next to nothing are not taken for one crowd.
        assert!(edges(0.1).is_empty());
    }

    #[test]
    fn people_counted_by_what_they_are_keep_it_in_their_part() {
        // Miners, passengers, workers: the part they played, and what they are.
        assert_eq!(
            class("Rescuers raced to reach more than 200 miners trapped underground.", "200", 200.0),
            "trapped miner"
        );
        assert_eq!(
            class("Hopes fade of recovering approximately 120 miners trapped below.", "approximately 120", 120.0),
            "trapped miner"
        );
        assert_eq!(class("Twelve passengers were killed in the crash.", "Twelve", 12.0), "deaths passeng");
        assert_eq!(class("Police said 50 protesters were arrested.", "50", 50.0), "arrested crowd");
        // Without a part they stay what they count.
        assert_eq!(class("The mine employed 2,000 miners.", "2,000", 2e3), "miner");
        let a = claim("Rescuers raced to reach more than 200 miners trapped underground.", &[("more than 200", 200.0)]);
        let b = claim("Officials fear approximately 120 miners trapped below.", &[("approximately 120", 120.0)]);
        assert_eq!(count_conflict(&unit_values(&a), &unit_values(&b)), Some(("trapped miner".into(), 200.0, 120.0)));
        assert!(crate::compare::conflicts::is_pinned("trapped miner"));
        // Two women of three dead: a breakdown, not another toll.
        let c = claim("The three bank workers, a man and two women, died in the fire.", &[("two", 2.0)]);
        let d = claim("Three people died in the fire.", &[("Three", 3.0)]);
        assert!(count_conflict(&unit_values(&c), &unit_values(&d)).is_none(), "{:?}", unit_values(&c));
    }

    #[test]
    fn a_count_of_miners_trapped_told_two_ways_is_shown_as_written() {
        use crate::compare::{ClaimStatus, Loaded, Settings, compare};
        let docs = vec![
            Loaded::pasted(
                "a",
                "Mine fire\n\nRescuers in Soma raced to reach more than 200 miners trapped underground.",
            ),
            Loaded::pasted(
                "b",
                "Mine fire\n\nRescuers in Soma hope to reach approximately 120 miners trapped underground.",
            ),
        ];
        let cmp = compare(docs, Settings::default(), None);
        let details: Vec<&str> = cmp
            .claim_groups
            .iter()
            .filter(|g| g.status == ClaimStatus::Conflict)
            .flat_map(|g| g.conflicts.iter().map(|c| c.detail.as_str()))
            .collect();
        assert_eq!(details, ["miners trapped: more than 200 vs approximately 120"]);
    }

    #[test]
    fn parts_further_counts_and_days_of_dates_are_not_totals() {
        // "A further 34" is more beyond a count told before.
        assert_eq!(class("A further 34 people died in India.", "34", 34.0), "part of deaths");
        // Pieces that add up to the other's total agree.
        let a =
            claim("She was convicted of three counts of wire fraud and one count of conspiracy.", &[("three", 3.0)]);
        let b = claim("Jurors found her guilty on four counts of fraud.", &[("four", 4.0)]);
        assert!(count_conflict(&unit_values(&a), &unit_values(&b)).is_none());
        let c = claim(
            "She was convicted on three counts of wire fraud and two counts of conspiracy.",
            &[("three", 3.0), ("two", 2.0)],
        );
        let d = claim("Jurors found her guilty on five counts.", &[("five", 5.0)]);
        assert!(count_conflict(&unit_values(&c), &unit_values(&d)).is_none());
        // A distance from the capital, however the capital is named.
        assert_eq!(class("It struck about 40 miles from the capital.", "about 40", 40.0), "mile from capital");
        assert_eq!(class("It hit 50 miles northwest of the capital of Kathmandu.", "50", 50.0), "mile from capital");
        assert_eq!(class("It hit 50 miles north of Nepal's capital, Kathmandu.", "50", 50.0), "mile from capital");
        // The day of a date counts nothing: "on April 25, killing hundreds".
        let e = claim("The quake struck on April 25, killing hundreds of people.", &[("25", 25.0)]);
        assert!(unit_values(&e).is_empty(), "{:?}", unit_values(&e));
        let f = claim("Aug. 14-- ROME-Thirty-five people are believed to have been killed.", &[("14", 14.0)]);
        assert!(unit_values(&f).is_empty(), "{:?}", unit_values(&f));
    }

    #[test]
    fn a_price_of_one_thing_is_not_a_sum() {
        let dollars = |text: &str, figure: &str, value: f64| claim_in(text, figure, value, "$");
        let a = dollars("LinkedIn's share price was sitting around $131 on Friday.", "around $131", 131.0);
        let b = dollars("Microsoft will pay $196 per share in an all-cash deal.", "$196", 196.0);
        assert!(count_conflict(&unit_values(&a), &unit_values(&b)).is_none());
        let c = dollars("Microsoft will pay $150 a share in an all-cash deal.", "$150", 150.0);
        assert!(count_conflict(&unit_values(&b), &unit_values(&c)).is_some());
        // What the market paid is not what the buyer offers.
        let d = dollars("The stock was trading at $132.77 per share in pre-market trading.", "$132.77", 132.77);
        assert!(count_conflict(&unit_values(&b), &unit_values(&d)).is_none());
    }

    #[test]
    fn north_of_a_figure_is_a_bound() {
        use crate::compare::conflicts::range;
        let (lo, hi) = range("north of $26 billion", 26e9);
        assert!(lo <= 26.2e9 && 26.2e9 <= hi);
        let (lo, hi) = range("in excess of 200", 200.0);
        assert!(lo <= 210.0 && 210.0 <= hi);
        let (lo, hi) = range("as many as 50", 50.0);
        assert!(lo <= 48.0 && hi <= 50.0);
    }
}
