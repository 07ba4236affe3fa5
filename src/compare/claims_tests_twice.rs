//! Tests of an article that states one fact twice: both sentences in its group, and
//! disagreements only between claims matched one per article.

use super::*;

#[test]
fn an_article_that_states_a_fact_twice_has_both_sentences_in_its_group() {
    let a = loaded(
        "a.txt",
        "Mill lost\n\nA fire destroyed the historic Harbor Mill warehouse in Dunmore early on Tuesday \
         morning.\n\nNeighbours watched from the quay.\n\nThe Harbor Mill warehouse, built by the Dunmore \
         cannery in 1910, burned to the ground before dawn on Tuesday.",
    );
    let b = loaded(
        "b.txt",
        "Dunmore fire\n\nFire destroyed the historic Harbor Mill warehouse in Dunmore early Tuesday.\n\n\
         The cause is not yet known.",
    );
    let c = loaded(
        "c.txt",
        "Landmark burns\n\nThe Harbor Mill warehouse, built by the Dunmore cannery in 1910, burned to the \
         ground on Tuesday.\n\nThe town council met in the evening.",
    );
    let docs = vec![a, b, c];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let group_of = |needle: &str| group_with(&docs, &claims, &groups, needle);
    let g = group_of("A fire destroyed the historic");
    assert_eq!(g, group_of("before dawn on Tuesday"), "{groups:?}");
    assert_eq!(g, group_of("Fire destroyed the historic Harbor Mill warehouse in Dunmore early Tuesday"));
    assert_eq!(g, group_of("burned to the ground on Tuesday"));
    assert_ne!(groups[g].status, ClaimStatus::Conflict, "{groups:?}");
    assert!(groups[g].conflicts.is_empty());
    // Less sure than a group of one sentence per article.
    assert!(groups[g].confidence <= super::groups::TWO_SENTENCES_CONFIDENCE);
}

#[test]
fn a_disagreement_is_shown_between_claims_matched_one_per_article() {
    let a = loaded(
        "a.txt",
        "Mill fire\n\nA fire killed three workers at the Harbor Mill warehouse in Dunmore on Tuesday.\n\n\
         Neighbours watched from the quay.\n\nThe fire at the Harbor Mill warehouse in Dunmore killed \
         three workers who were loading a truck on Tuesday.",
    );
    let b = loaded(
        "b.txt",
        "Dunmore fire\n\nA fire killed four workers at the Harbor Mill warehouse in Dunmore on Tuesday.\n\n\
         The cause is not yet known.",
    );
    let docs = vec![a, b];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let g = group_with(&docs, &claims, &groups, "four workers");
    assert_eq!(groups[g].status, ClaimStatus::Conflict, "{groups:?}");
    // The conflict group holds one claim of each article: the disagreeing pair.
    let articles: Vec<usize> = groups[g].members.iter().map(|&m| claims[m].article).collect();
    assert_eq!(articles, vec![0, 1], "{groups:?}");
    for c in &groups[g].conflicts {
        assert_ne!(claims[groups[g].members[c.members.0]].article, claims[groups[g].members[c.members.1]].article);
    }
}
