//! A generator of article variants with known edits, and checks that the engine finds each
//! edit: a changed number, a flipped negation, a changed word inside a quote, a dropped
//! sentence, reordered paragraphs.

use crosscheck::compare::{ClaimStatus, Comparison, ConflictKind, Loaded, QuoteStatus, Settings, compare};
use crosscheck::ingest;
use std::path::Path;

fn base() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base_article.txt"))
        .expect("fixture")
}

fn load(name: &str, text: &str) -> Loaded {
    let article = ingest::ingest_pasted(name, text).expect("ingests");
    let analysis = crosscheck::analyze::analyze(&article);
    Loaded::new(article, analysis)
}

fn run(original: &str, variant: &str) -> Comparison {
    compare(vec![load("original.txt", original), load("variant.txt", variant)], Settings::default(), None)
}

/// The edits the generator knows how to make.
enum Edit {
    /// Replace the first occurrence of a number with another.
    Number(&'static str, &'static str),
    /// Turn a negated phrase into an affirmed one.
    Negation(&'static str, &'static str),
    /// Change one word inside a quotation.
    QuoteWord(&'static str, &'static str),
    /// Drop the paragraph that contains this text.
    Drop(&'static str),
    /// Reverse the order of the body paragraphs.
    Reorder,
}

fn apply(text: &str, edit: &Edit) -> String {
    match edit {
        Edit::Number(a, b) | Edit::Negation(a, b) | Edit::QuoteWord(a, b) => {
            assert!(text.contains(a), "the base text has {a:?}");
            text.replacen(a, b, 1)
        }
        Edit::Drop(needle) => {
            let paras: Vec<&str> = text.split("\n\n").filter(|p| !p.contains(needle)).collect();
            paras.join("\n\n")
        }
        Edit::Reorder => {
            let mut paras: Vec<&str> = text.split("\n\n").collect();
            let header = paras.remove(0);
            paras.reverse();
            std::iter::once(header).chain(paras).collect::<Vec<_>>().join("\n\n")
        }
    }
}

fn group_of<'a>(cmp: &'a Comparison, article: usize, needle: &str) -> &'a crosscheck::compare::ClaimGroup {
    cmp.claim_groups
        .iter()
        .find(|g| g.members.iter().any(|&m| cmp.claims[m].article == article && cmp.claim(m).text.contains(needle)))
        .unwrap_or_else(|| panic!("no claim group holds {needle:?}"))
}

#[test]
fn a_changed_number_is_a_number_conflict() {
    let original = base();
    let variant = apply(&original, &Edit::Number("12 new ferry berths", "15 new ferry berths"));
    let cmp = run(&original, &variant);
    let g = group_of(&cmp, 0, "ferry berths");
    assert_eq!(g.status, ClaimStatus::Conflict, "{g:#?}");
    assert!(
        g.conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::Number && c.detail.contains("12") && c.detail.contains("15")),
        "{:?}",
        g.conflicts
    );
    assert_eq!(g.members.len(), 2);
}

#[test]
fn a_flipped_negation_is_a_negation_conflict() {
    let original = base();
    let variant = apply(&original, &Edit::Negation("the city would not sell", "the city would sell"));
    let cmp = run(&original, &variant);
    let g = group_of(&cmp, 0, "public land");
    assert_eq!(g.status, ClaimStatus::Conflict);
    assert!(g.conflicts.iter().any(|c| c.kind == ConflictKind::Negation), "{:?}", g.conflicts);
}

#[test]
fn a_changed_word_in_a_quote_is_an_altered_quote() {
    let original = base();
    let variant = apply(&original, &Edit::QuoteWord("cleaner water", "clearer water"));
    let cmp = run(&original, &variant);
    let g = cmp
        .quote_groups
        .iter()
        .find(|g| g.members.len() == 2 && cmp.docs[0].analysis.quotes[g.members[0].1].text.contains("harbour needs"))
        .expect("the quote is matched across the two versions");
    assert_eq!(g.status, QuoteStatus::Altered);
    let others: Vec<_> = cmp.quote_groups.iter().filter(|o| o.members.len() == 2 && *o != g).collect();
    assert!(others.iter().all(|o| o.status == QuoteStatus::Verbatim), "other quotes are verbatim");
}

#[test]
fn a_dropped_sentence_is_unique_to_the_original() {
    let original = base();
    let variant = apply(&original, &Edit::Drop("Construction is expected"));
    let cmp = run(&original, &variant);
    let g = group_of(&cmp, 0, "Construction is expected");
    assert_eq!(g.status, ClaimStatus::Unique);
    let carried_by: Vec<usize> = g.members.iter().map(|&m| cmp.claims[m].article).collect();
    assert_eq!(carried_by, vec![0], "only the original carries it");
}

#[test]
fn reordered_paragraphs_change_nothing() {
    let original = base();
    let variant = apply(&original, &Edit::Reorder);
    let cmp = run(&original, &variant);
    for g in &cmp.claim_groups {
        assert_eq!(
            g.status,
            ClaimStatus::Agree,
            "{:?}",
            g.members.iter().map(|&m| &cmp.claim(m).text).collect::<Vec<_>>()
        );
    }
    for g in &cmp.quote_groups {
        assert_eq!(g.status, QuoteStatus::Verbatim);
    }
}

#[test]
fn a_cancelled_comparison_stops_and_says_so() {
    let original = base();
    let docs = vec![load("a.txt", &original), load("b.txt", &original)];
    let cancel = std::sync::atomic::AtomicBool::new(true);
    assert!(crosscheck::compare::compare_cancellable(docs.clone(), Settings::default(), None, &cancel).is_none());
    let go_on = std::sync::atomic::AtomicBool::new(false);
    assert!(crosscheck::compare::compare_cancellable(docs, Settings::default(), None, &go_on).is_some());
}

#[test]
fn a_changed_title_or_spelling_is_a_conflict_on_the_claim() {
    let original = base();
    for (from, to, kind) in [
        ("Mayor Clara Jensen", "Deputy Mayor Clara Jensen", ConflictKind::Title),
        ("Mayor Clara Jensen", "Mayor Clara Jenson", ConflictKind::Name),
    ] {
        let variant = apply(&original, &Edit::QuoteWord(from, to));
        let cmp = run(&original, &variant);
        let g = group_of(&cmp, 0, "told the council");
        assert_eq!(g.status, ClaimStatus::Conflict, "{to}: {:?}", g.conflicts);
        assert!(g.conflicts.iter().any(|c| c.kind == kind), "{to}: {:?}", g.conflicts);
        assert!(cmp.entities.iter().any(|e| e.conflict), "{to}: the Names view flags it too");
    }
}
