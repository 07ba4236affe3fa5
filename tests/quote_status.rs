//! A quotation that one outlet shortened: "partial" only when it marks the cut with an
//! ellipsis, "altered" when words are dropped silently.

use crosscheck::compare::{Comparison, Loaded, QuoteStatus, Settings, compare};
use crosscheck::ingest;

fn load(name: &str, text: &str) -> Loaded {
    let article = ingest::ingest_pasted(name, text).expect("ingests");
    let analysis = crosscheck::analyze::analyze(&article);
    Loaded::new(article, analysis)
}

fn status_of(a: &str, b: &str) -> QuoteStatus {
    let c: Comparison = compare(vec![load("a.txt", a), load("b.txt", b)], Settings::default(), None);
    let g = c.quote_groups.iter().find(|g| g.members.len() == 2).expect("one quote group of both articles");
    g.status
}

const FULL: &str = "Raid\n\nA sign on the wall warned, “Do not talk here. This whole place is bugged by the police.”\n";

#[test]
fn words_dropped_silently_alter_the_quote() {
    let cut = "Raid\n\nA sign on the wall warned visitors: “This whole place is bugged by the police.”\n";
    assert_eq!(status_of(FULL, cut), QuoteStatus::Altered);
}

#[test]
fn a_cut_marked_with_an_ellipsis_is_partial() {
    let cut = "Raid\n\nA sign on the wall warned visitors: “… This whole place is bugged by the police.”\n";
    assert_eq!(status_of(FULL, cut), QuoteStatus::Partial);
}

#[test]
fn the_same_words_are_verbatim() {
    let same = "Raid\n\nThe sign said: “Do not talk here. This whole place is bugged by the police.”\n";
    assert_eq!(status_of(FULL, same), QuoteStatus::Verbatim);
}
