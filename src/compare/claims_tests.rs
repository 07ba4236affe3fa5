//! Unit tests of claim grouping: counts, dates, attributions.

use super::*;

fn claim(text: &str, numbers: &[(&str, f64)]) -> Claim {
    Claim {
        text: text.into(),
        start: 0,
        end: text.len(),
        sentence: 0,
        speaker: None,
        numbers: numbers.iter().map(|(t, v)| Quantity { text: (*t).into(), value: *v, unit: None }).collect(),
        dates: vec![],
        entities: vec![],
        negated: false,
        hedged: false,
        speaker_confidence: None,
    }
}

#[test]
fn counts_of_synonymous_things_conflict() {
    let a = claim("The talks drew more than 40 allies.", &[("more than 40", 40.0)]);
    let b = claim("Delegations from roughly 50 nations attended.", &[("roughly 50", 50.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&b)).is_some());
    let c = claim("Delegations from 40 countries attended.", &[("40", 40.0)]);
    assert!(count_conflict(&unit_values(&a), &unit_values(&c)).is_none());
}

#[test]
fn years_are_not_counts() {
    let a = claim("The war began in 2014.", &[("2014", 2014.0)]);
    assert!(unit_values(&a).is_empty());
}

#[test]
fn weekdays_conflict() {
    assert!(date_conflict(&["Tuesday".into()], &["Wednesday".into()]).is_some());
    assert!(date_conflict(&["Tuesday".into()], &["tuesday".into(), "Friday".into()]).is_none());
}

#[test]
fn an_attribution_is_only_who_spoke() {
    assert!(is_attribution([" said Defence Secretary John Healey."].into_iter()));
    assert!(is_attribution([", he added."].into_iter()));
    assert!(is_attribution(["Hegseth told reporters: "].into_iter()));
    assert!(is_attribution([", Healey said in a statement."].into_iter()));
    // Lower-case content words make it a claim of its own.
    assert!(!is_attribution(["President Richard Nixon phoned the astronauts, saying that "].into_iter()));
    // No reporting verb: not an attribution.
    assert!(!is_attribution([" — Healey."].into_iter()));
}

fn loaded(name: &str, text: &str) -> Loaded {
    let article = crate::ingest::ingest_pasted(name, text).expect("article");
    let analysis = crate::analyze::analyze(&article);
    Loaded::new(article, analysis)
}

#[test]
fn one_speaker_named_in_two_sentences_does_not_make_them_one_claim() {
    let a = loaded(
        "a.txt",
        "Talks in Brussels\n\nFor the first time, the meeting was chaired by Britain, with Defence Secretary \
         John Healey presiding over the session.\n\nOfficials met for four hours.",
    );
    let b = loaded(
        "b.txt",
        "Allies answer Washington\n\n\u{201c}Secretary Hegseth, we hear you,\u{201d} said Defence Secretary \
         John Healey.\n\nThe ministers left without a statement.",
    );
    let docs = vec![a, b];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let group_of = |needle: &str| {
        let c = claims
            .iter()
            .position(|r| docs[r.article].analysis.claims[r.claim].text.contains(needle))
            .expect("claim found");
        groups.iter().position(|g| g.members.contains(&c)).expect("grouped")
    };
    assert_ne!(group_of("chaired by Britain"), group_of("we hear you"));
}
