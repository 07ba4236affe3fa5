//! Tests of a cause told in one article and withheld in another, within one claim group.

use super::*;

#[test]
fn a_cause_one_article_tells_and_another_withholds_is_a_conflict_of_the_group() {
    let a = loaded(
        "a.txt",
        "Painter dies\n\nThe painter Lena Varga died Monday of heart failure at the county hospital in \
         Dunmore, a hospital spokesman said.\n\nShe was 81.",
    );
    let b = loaded(
        "b.txt",
        "Varga dead at 81\n\nThe painter Lena Varga died Monday at the county hospital in Dunmore; the \
         cause of death was not announced.",
    );
    // The cause withheld in a sentence of its own, which joins the group as the article's
    // second sentence on the death.
    let c = loaded(
        "c.txt",
        "Lena Varga\n\nLena Varga, the painter, died at the county hospital in Dunmore on Monday.\n\nThe \
         cause of her death at the county hospital was not immediately known.",
    );
    let docs = vec![a, b, c];
    let (claims, groups) = group_claims(&docs, &Settings::default(), None, None);
    let g = group_with(&docs, &claims, &groups, "died Monday of heart failure");
    assert_eq!(groups[g].status, ClaimStatus::Conflict, "{groups:?}");
    let text = |m: usize| &docs[claims[m].article].analysis.claims[claims[m].claim].text;
    let causes: Vec<&Conflict> =
        groups[g].conflicts.iter().filter(|c| c.detail.starts_with("cause of death")).collect();
    // One with each article that withholds it: in one sentence with the death, and in a
    // sentence of its own.
    assert_eq!(causes.len(), 2, "{groups:?}");
    for c in causes {
        let (x, y) = (groups[g].members[c.members.0], groups[g].members[c.members.1]);
        // Both members named: the one that tells the cause and one that withholds it.
        assert!(text(x).contains("heart failure") || text(y).contains("heart failure"), "{c:?}");
        assert!(text(x).contains("cause of") || text(y).contains("cause of"), "{c:?}");
        assert!(c.detail.contains("heart failure") && c.detail.contains(" vs not "), "{c:?}");
        assert_ne!(claims[x].article, claims[y].article);
    }
}

#[test]
fn a_death_told_without_a_cause_against_a_withheld_one_is_no_conflict() {
    let a = loaded(
        "a.txt",
        "Painter dies\n\nThe painter Lena Varga died Monday at the county hospital in Dunmore, a hospital \
         spokesman said.\n\nIt is the hospital where her teacher died of cancer in 1990.",
    );
    let b = loaded(
        "b.txt",
        "Varga dead at 81\n\nThe painter Lena Varga died Monday at the county hospital in Dunmore, a \
         hospital spokesman said.\n\nThe cause of death was not announced.",
    );
    let docs = vec![a, b];
    let (_, groups) = group_claims(&docs, &Settings::default(), None, None);
    assert!(groups.iter().all(|g| g.conflicts.iter().all(|c| !c.detail.starts_with("cause of"))), "{groups:?}");
}
