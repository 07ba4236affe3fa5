//! Unit tests of the clutter rules, each over lines written for it.

use super::*;
use crate::ingest::datelines::{clean_byline, clean_published, is_date_line_loose};

#[test]
fn counters_and_gallery_chrome() {
    for l in ["Image 1 of 8", "1 of 6", "Photo 3 / 12", "6", "Close", "Enlarge Image", "Caption"] {
        assert_eq!(line_kind(l), Some(Kind::Gallery), "{l}");
    }
    assert_eq!(line_kind("Six people were hurt."), None);
}

#[test]
fn credits_and_captions() {
    for l in [
        "Photo: Jane Roe, AP",
        "(Image: GETTY )",
        "Credit: Harbour Police",
        "© Lena Photo Agency",
        "Image copyright Getty Images",
        "Workers repair the pier in the old harbour on Monday (Image: GETTY)",
        "Workers repair the pier in the old harbourCredit: Harbour Times",
        "The mayor at the pier on Monday. (AP Photo/Jane Roe)",
    ] {
        assert_eq!(line_kind(l), Some(Kind::Caption), "{l}");
    }
    for l in ["The photo was taken on Monday, the agency said.", "Source: the council's own figures show a rise."] {
        assert_ne!(line_kind(l), Some(Kind::Caption), "{l}");
    }
}

#[test]
fn teaser_lines_breadcrumbs_and_wire_credits() {
    assert_eq!(line_kind("Related: Ten walks along the harbour wall"), Some(Kind::Teaser));
    assert_eq!(line_kind("SEE MORE: Ferry timetable changes announced"), Some(Kind::Teaser));
    assert_eq!(line_kind("News > Local > Harbour"), Some(Kind::Tags));
    assert_eq!(line_kind("Additional reporting by Jane Roe"), Some(Kind::Byline));
    assert_eq!(line_kind("Tags: budget, council, library"), Some(Kind::Tags));
    // Code and sentences are not breadcrumbs or teasers.
    assert_eq!(line_kind("node --prof-process isolate.log > processed.txt"), None);
    assert_eq!(line_kind("Related: the two cases were heard by the same judge."), None);
}

#[test]
fn a_listing_of_same_site_links_is_a_teaser_list_but_prose_stays() {
    let link = |t: &str| Block { text: t.into(), link_share: 1.0, list_item: true, ..Block::default() };
    let prose =
        Block::plain("The council will meet again in March to review the first quarter of spending, the mayor said.");
    let cleaned = clean(vec![
        prose.clone(),
        link("Library opening hours to be extended"),
        link("Road repairs: the streets affected this month"),
        link("How the property tax rate is set"),
        prose,
    ]);
    assert_eq!(cleaned.paragraphs.len(), 2, "{:?}", cleaned.paragraphs);
    assert_eq!(cleaned.dropped.len(), 3);
}

#[test]
fn a_page_is_never_emptied_by_its_own_class_names() {
    let boxed = |t: &str| Block { text: t.into(), hint: Some(Kind::Caption), ..Block::default() };
    let blocks = vec![
        boxed("The council voted on Tuesday to approve a new budget for the coming year."),
        boxed("The budget takes effect on July 1 and raises the property tax rate."),
    ];
    let cleaned = clean(blocks);
    assert_eq!(cleaned.paragraphs.len(), 2);
    assert!(cleaned.dropped.is_empty());
}

#[test]
fn bylines_lose_their_labels() {
    assert_eq!(clean_byline("By TOM LEE, Planet Wire Writer").as_deref(), Some("TOM LEE, Planet Wire Writer"));
    assert_eq!(clean_byline("Posted by jdoe").as_deref(), Some("jdoe"));
    assert_eq!(clean_byline("Jane Doe | Planet Media").as_deref(), Some("Jane Doe"));
    assert_eq!(clean_byline("By admin - 2024-09-16").as_deref(), Some("admin"));
    assert_eq!(clean_byline("By"), None);
    assert_eq!(clean_byline("Jane Doe").as_deref(), Some("Jane Doe"));
}

#[test]
fn news_sentences_about_newsletters_and_comments_stay() {
    for l in [
        "Subscribers will pay more from March, the company said.",
        "The newsletter was sent to 4,000 members.",
        "The comments were approved by the board on Monday.",
        "Sign up numbers rose by a third.",
    ] {
        assert_eq!(line_kind(l), None, "{l}");
    }
    for l in [
        "Subscribe to our newsletter",
        "Comments are moderated and will be approved if they follow our policy.",
        "Sign up for the Morning Planet newsletter",
    ] {
        assert_eq!(line_kind(l), Some(Kind::Promo), "{l}");
    }
}

#[test]
fn sentences_that_start_like_boilerplate_stay() {
    for l in ["Copyright law changed in 2019, the court said.", "Posted in Kabul, the soldier wrote home every week."] {
        assert_eq!(line_kind(l), None, "{l}");
    }
    assert!(line_kind("Copyright © 2024 Planet Media. All rights reserved.").is_some());
    assert_eq!(line_kind("Copyright 2024 Planet Media"), Some(Kind::Legal));
}

#[test]
fn date_lines_and_labels() {
    for l in [
        "PUBLISHED: 10:48, Tue, Nov 19, 2019",
        "Updated 1:39 am EST, Wednesday, November 20, 2019",
        "Published 1 day ago",
        "19.11.2019, 08:57",
        "Posted: Fri 6:45 PM, Feb 16, 2018 |",
    ] {
        assert!(is_date_line_loose(l), "{l}");
    }
    assert!(!is_date_line_loose("The vote was held on 12 March 2024 after a long debate in the chamber."));
    assert_eq!(
        clean_published("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"),
        "10:48, Tue, Nov 19, 2019"
    );
    assert_eq!(clean_published("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"), "Nov 19, 6:55 AM");
    assert_eq!(clean_published("2024-05-07T09:30:00Z"), "2024-05-07T09:30:00Z");
}

#[test]
fn fast_word_scans_agree_with_the_std_splits() {
    let lines = [
        "",
        "   ",
        "One two  three\tfour\nfive\u{000B}six\u{00A0}seven\u{2003}eight",
        "Don\u{2019}t miss: the ‘best’ of İstanbul — 3,000 km/h!",
        "  leading and trailing  ",
        "ΣΊΣΥΦΟΣ’ rock, 1‘2 and naïve café",
    ];
    for l in lines {
        for cap in [0, 1, 3, 100] {
            assert_eq!(count_words_upto(l, cap), l.split_whitespace().take(cap).count(), "{l:?} {cap}");
        }
        let low = lower_line(l);
        let expected: Vec<String> = low
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2018}'))
            .filter(|w| !w.is_empty())
            .map(|w| w.replace('\u{2018}', "'"))
            .collect();
        assert_eq!(lower_words(&low), expected, "{l:?}");
    }
}
