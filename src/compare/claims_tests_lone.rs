//! Tests of a claim the linking left alone joining the group its wording matches.

use super::*;

#[test]
fn a_claim_left_alone_joins_the_group_of_its_best_match() {
    let f = bare_features;
    let pair = [(1, 0.6), (2, 0.8)];
    // 0 and 1 are a group; 2 says the same in other words; 3 shares one word with them; 4 is
    // another sentence of the article of 0.
    let features = vec![f(&pair), f(&pair), f(&[(1, 0.6), (2, 0.6), (5, 0.53)]), f(&[(1, 0.6), (7, 0.8)]), f(&pair)];
    let claims: Vec<ClaimRef> =
        [0, 1, 2, 3, 0].iter().enumerate().map(|(c, &article)| ClaimRef { article, claim: c }).collect();
    let group = |members: Vec<usize>, _: &[usize]| ClaimGroup {
        status: if members.len() > 1 { ClaimStatus::Reworded } else { ClaimStatus::Unique },
        members,
        canonical: 0,
        conflicts: Vec::new(),
        diffs: Vec::new(),
        similarity: 0.0,
        confidence: 1.0,
        evidence: Vec::new(),
    };
    let groups = vec![group(vec![0, 1], &[]), group(vec![2], &[]), group(vec![3], &[]), group(vec![4], &[])];
    let edges = [(0.9, 0, 1), (0.5, 1, 2), (0.4, 0, 4), (0.36, 0, 3)];
    let joined = attach::attach_by_words(groups.clone(), &claims, &features, &edges, 0.25, |_, _| true, group);
    let members: Vec<Vec<usize>> = joined.iter().map(|g| g.members.clone()).collect();
    assert_eq!(members, vec![vec![0, 1, 2], vec![3], vec![4]]);
    // Of another event, it stays alone.
    let apart =
        attach::attach_by_words(groups, &claims, &features, &edges, 0.25, |a, b| a.min(b) != 0 || a == b, group);
    assert_eq!(apart.len(), 4);
}
