//! Hand-written fixtures for the HTML reader.

use super::*;

fn page(head: &str, body: &str) -> String {
    format!("<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>")
}

const STORY: &str = "<p>The city council voted on Tuesday to approve a new budget for the coming year, \
    ending weeks of debate over how to pay for road repairs and school buildings.</p>\
    <p>\"This is a budget that fixes what is broken,\" Mayor Ana Ruiz said after the vote, \
    which passed by seven votes to two. Opponents said the plan relied on optimistic forecasts.</p>\
    <p>The budget takes effect on July 1. It raises the property tax rate by half a percent, \
    the first increase in six years, and sets aside money for a new library branch.</p>\
    <p>Council member Tom Lee, who voted against the plan, said residents had not been given \
    enough time to study it. \"We are asking people to pay more without showing them why,\" he said.</p>\
    <p>The vote came after a four-hour public hearing in which more than forty residents spoke, \
    most of them in favour of the library and the road repairs.</p>";

fn joined(ex: &Extracted) -> String {
    ex.paragraphs.join("\n")
}

#[test]
fn menus_share_buttons_and_comments_are_dropped() {
    let body = format!(
        "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>\
         <li><a href='/sport'>Sport</a></li></ul></nav></header>\
         <article><h1>Council approves budget</h1>{STORY}\
         <div class='share-buttons'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this</a></div>\
         </article>\
         <section id='comments' class='comments'><h3>Comments</h3>\
         <div class='comment'><p>Post a Comment</p><p>First! Great article, totally agree.</p></div></section>\
         <footer><p>Copyright 2024 The Daily Planet. All rights reserved.</p></footer>"
    );
    let ex = read(&page("<title>Council approves budget</title>", &body));
    let text = joined(&ex);
    assert!(text.contains("approve a new budget"), "{text}");
    assert!(text.contains("Mayor Ana Ruiz said"), "{text}");
    assert!(text.contains("new library branch"), "{text}");
    for junk in ["Sport", "Share on Facebook", "Tweet this", "Post a Comment", "First!", "Copyright"] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
    // One paragraph per <p>, no markup.
    assert!(ex.paragraphs.iter().any(|p| p.starts_with("The budget takes effect on July 1.")));
    assert!(!text.contains('<'));
}

#[test]
fn title_suffix_is_stripped_and_becomes_the_outlet() {
    let ex = read(&page("<title>Council approves the new city budget | The Daily Planet</title>", STORY));
    assert_eq!(ex.title.as_deref(), Some("Council approves the new city budget"));
    assert_eq!(ex.outlet.as_deref(), Some("The Daily Planet"));
    let ex = read(&page("<title>Council approves the new city budget - Planet News</title>", STORY));
    assert_eq!(ex.title.as_deref(), Some("Council approves the new city budget"));
    // Readability keeps the suffix of a short headline; the outlet's name still goes.
    let head = "<title>Budget approved | Daily Planet</title>\
        <meta property='og:site_name' content='Daily Planet'>";
    let ex = read(&page(head, STORY));
    assert_eq!(ex.title.as_deref(), Some("Budget approved"));
    assert_eq!(ex.outlet.as_deref(), Some("Daily Planet"));
    // A separator inside the headline, not followed by the outlet's name, stays.
    let head = "<title>Rain - and more rain</title><meta property='og:site_name' content='Planet'>";
    assert_eq!(read(&page(head, STORY)).title.as_deref(), Some("Rain - and more rain"));
}

#[test]
fn meta_byline_site_and_date_are_read() {
    let head = "<title>Council approves budget</title>\
        <meta name='author' content='Jane Doe'>\
        <meta property='og:site_name' content='The Daily Planet'>\
        <meta property='article:published_time' content='2024-05-07T09:30:00Z'>";
    let ex = read(&page(head, STORY));
    assert_eq!(ex.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(ex.outlet.as_deref(), Some("The Daily Planet"));
    assert_eq!(ex.published.as_deref(), Some("2024-05-07T09:30:00Z"));
}

#[test]
fn json_ld_and_time_element_are_read() {
    let head = r#"<title>Council approves budget</title><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
         "headline":"Council approves budget","datePublished":"2024-05-07",
         "author":[{"@type":"Person","name":"Jane Doe"}],
         "publisher":{"@type":"Organization","name":"Daily Planet"}}]}</script>"#;
    let ex = read(&page(head, STORY));
    assert_eq!(ex.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(ex.published.as_deref(), Some("2024-05-07"));
    assert_eq!(ex.outlet.as_deref(), Some("Daily Planet"));

    let body = format!("<article><time datetime='2024-05-08T10:00'>May 8</time>{STORY}</article>");
    let ex = read(&page("<title>Council approves budget</title>", &body));
    assert_eq!(ex.published.as_deref(), Some("2024-05-08T10:00"));
}

#[test]
fn fallback_takes_over_when_readability_finds_nothing() {
    // Readability discards a lone <h1> and keeps only the menu; the page still has text worth
    // showing, and the fallback finds it without the menu.
    let html = page(
        "<title>Notice</title>",
        "<nav><a href='/'>Home</a></nav><div><h1>All county schools will stay closed on Friday \
         because of the storm, the district said.</h1></div>",
    );
    let by_readability = readability_pass(Document::from(html.as_str()));
    let found = by_readability.map(|r| r.blocks.into_iter().map(|b| b.text).collect::<Vec<_>>()).unwrap_or_default();
    assert!(!found.iter().any(|p| p.contains("schools")), "{found:?}");
    let ex = read(&html);
    assert_eq!(
        ex.paragraphs,
        ["All county schools will stay closed on Friday because of the storm, the district said."]
    );
}

#[test]
fn script_only_and_empty_input_give_no_paragraphs() {
    let ex = read(
        "<html><head><script>var a = '<p>not text</p>'; for (i=0;i<9;i++) {}</script></head>\
                   <body><script>document.write('<p>hello</p>')</script><style>p{}</style></body></html>",
    );
    assert!(ex.paragraphs.is_empty(), "{:?}", ex.paragraphs);
    for odd in ["", "<", "<<<>>>", "</p>", "<a href='", "<!--", "<title>", "\u{0}\u{FEFF}é<ü"] {
        let _ = read(odd);
    }
}

#[test]
fn inline_text_is_joined_and_blocks_are_split() {
    let body = "<div><p>Prices rose <b>4.2</b>%<i> in</i> March,<br>economists said.</p>\
        <ul><li>First point</li><li>Second <a href='#'>point</a></li></ul>\
        <table><tr><th>Year</th><th>Rate</th></tr><tr><td>2023</td><td>3.9</td></tr></table>\
        <div>Direct text <span>in a div</span><p>then a paragraph</p>and a tail</div></div>";
    let doc = Document::from(page("", body));
    let root = doc.select_single("body");
    let node = root.nodes().first().copied().expect("body");
    let got = blocks::paragraphs(&node);
    assert_eq!(
        got,
        [
            "Prices rose 4.2% in March,",
            "economists said.",
            "First point",
            "Second point",
            "Year Rate",
            "2023 3.9",
            "Direct text in a div",
            "then a paragraph",
            "and a tail",
        ]
    );
}

/// Runs `f` on a thread with a 2 MB stack, the default for spawned threads.
fn on_small_stack(f: impl FnOnce() -> Extracted + Send + 'static) -> Extracted {
    std::thread::Builder::new().stack_size(2 << 20).spawn(f).expect("spawn").join().expect("no stack overflow")
}

#[test]
fn fifty_thousand_nested_divs_do_not_overflow() {
    let html = format!(
        "<html><head><title>Deep</title></head><body>{}<p>Still readable text at the bottom.</p>{}</body></html>",
        "<div>".repeat(50_000),
        "</div>".repeat(50_000)
    );
    let started = std::time::Instant::now();
    let ex = on_small_stack(move || read(&html));
    assert_eq!(ex.paragraphs, ["Still readable text at the bottom."]);
    assert_eq!(ex.title.as_deref(), Some("Deep"));
    assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());

    // Unclosed, and nested just deep enough to be parsed but not handed to readability.
    let html = format!("<body>{}Unclosed but fine", "<div><span>".repeat(400));
    let ex = on_small_stack(move || read(&html));
    assert_eq!(ex.paragraphs, ["Unclosed but fine"]);
}

#[test]
fn depth_estimate_ignores_scripts_comments_and_implicit_closes() {
    let html = "<script>for (i=0;i<n;i++) { a<b; }</script><!-- <div><div> -->\
        <div><p>one<p>two<ul><li>a<li>b</ul><br><img src=x></div>";
    assert_eq!(flat::estimated_depth(html), 2);
    assert_eq!(flat::estimated_depth(&"<div>".repeat(3000)), 3000);
}

#[test]
fn flattened_markup_keeps_text_title_and_meta() {
    let flat = flat::flatten(
        "<title>T &amp; U</title><meta name='author' content='Jo'><div><div>a &lt; b</div>c<script>x</script></div>",
    );
    let doc = Document::from(flat);
    let meta = meta::read(&doc);
    assert_eq!(meta.title.as_deref(), Some("T & U"));
    assert_eq!(meta.byline.as_deref(), Some("Jo"));
    assert_eq!(fallback::paragraphs(&doc), ["a < b", "c"]);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn never_panics_on_tag_soup(s in "(<(/?)(p|div|a|b|script|table|td|br|title|meta)( x='[^']{0,5}')?>|[a-z <>&;/\"']{0,8}){0,40}") {
        let _ = read(&s);
    }
}

#[test]
fn headline_printed_twice_is_kept_once() {
    let body = format!(
        "<article><h2>Council approves the new city budget</h2>\
         <h2>Council approves the new city budget</h2>{STORY}</article>"
    );
    let ex = read(&page("<title>Council approves the new city budget</title>", &body));
    let count = ex.paragraphs.iter().filter(|p| p.starts_with("Council approves")).count();
    assert!(count <= 1, "{:?}", ex.paragraphs);
    assert!(joined(&ex).contains("new library branch"));

    let mut ex = Extracted {
        title: Some("Budget passes".into()),
        paragraphs: ["Budget passes", "budget  passes", "link", "link", "Text."].map(String::from).to_vec(),
        ..Extracted::default()
    };
    drop_repeated_headline(&mut ex);
    assert_eq!(ex.paragraphs, ["Budget passes", "link", "link", "Text."]);
}

// ---- page clutter (issue 16): one made-up page per class of clutter ----

fn body_text(body: &str) -> (Extracted, String) {
    let ex = read(&page("<title>Council approves budget</title>", body));
    let text = joined(&ex);
    (ex, text)
}

fn assert_story_kept(text: &str) {
    for needle in ["approve a new budget", "Mayor Ana Ruiz said", "new library branch", "four-hour public hearing"] {
        assert!(text.contains(needle), "{needle:?} lost from {text}");
    }
}

#[test]
fn captions_and_credits_are_dropped() {
    let body = format!(
        "<article><h1>Council approves budget</h1>\
         <figure><img src='a.jpg'><figcaption><p>Mayor Ana Ruiz at the council meeting on Tuesday.</p>\
         <p>Photo: Lena Park, Harbour Agency</p></figcaption></figure>\
         {STORY}\
         <div class='inlineImage-embedCaption'><p>Residents queue to speak at the hearing.</p>\
         <p>Tom Brix | Planet Pictures</p></div>\
         <p>The library branch will open in the old post office (Image: PLANET PICTURES)</p>\
         <p>Council members leave the chamber after the vote on TuesdayCredit: Harbour Times</p></article>"
    );
    let (ex, text) = body_text(&body);
    assert_story_kept(&text);
    // A <figure>'s own descriptive caption stays (as Readability keeps it); its credit goes.
    assert!(text.contains("Mayor Ana Ruiz at the council meeting on Tuesday."), "{text}");
    for junk in ["Lena Park", "queue to speak", "Tom Brix", "old post office", "leave the chamber"] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
    assert!(ex.dropped.iter().any(|d| d.contains("Lena Park")), "{:?}", ex.dropped);
}

#[test]
fn gallery_counters_and_controls_are_dropped() {
    let body = format!(
        "<article>{STORY}<div class='photo-slideshow'><ul><li><img src='1.jpg'><p>The new library, \
         as drawn by the architects.</p></li></ul><div class='controls'><span>Image 1 of 8</span> \
         <p>Close</p><p>Caption</p></div></div><p>1 of 6</p><p>Enlarge image</p></article>"
    );
    let (_, text) = body_text(&body);
    assert_story_kept(&text);
    for junk in ["Image 1 of 8", "as drawn by the architects", "Close", "1 of 6", "Enlarge"] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
}

#[test]
fn bylines_and_date_lines_become_metadata() {
    let body = format!(
        "<article><div class='story-top'><p>By Jane Doe and Tom Lee</p>\
         <p>PUBLISHED: 10:48, Tue, Nov 19, 2024 | UPDATED: 11:05, Tue, Nov 19, 2024</p></div>\
         {STORY}</article>"
    );
    let (ex, text) = body_text(&body);
    assert_story_kept(&text);
    assert!(!text.contains("Jane Doe") && !text.contains("PUBLISHED"), "{text}");
    assert_eq!(ex.byline.as_deref(), Some("Jane Doe and Tom Lee"));
    assert_eq!(ex.published.as_deref(), Some("10:48, Tue, Nov 19, 2024"));

    // Marked by class, not by words: an agency byline and an "Updated" time stamp.
    let body = format!(
        "<article><div class='headline-box'><p class='byline'>Sam Roe, Planet Wire Writer</p>\
         <span class='timestamp'>Updated 1:39 am EST, Wednesday, November 20, 2024</span></div>{STORY}</article>"
    );
    let (ex, text) = body_text(&body);
    assert_story_kept(&text);
    assert!(!text.contains("Sam Roe") && !text.contains("1:39"), "{text}");
    assert_eq!(ex.published.as_deref(), Some("1:39 am EST, Wednesday, November 20, 2024"));

    // A published date from the page's meta tags loses its label too.
    let head = "<title>Council approves budget</title><meta property='article:published_time' content='Published: 2024-05-07'>";
    assert_eq!(read(&page(head, STORY)).published.as_deref(), Some("2024-05-07"));
}

#[test]
fn teaser_and_related_link_blocks_are_dropped() {
    let body = format!(
        "<article>{STORY}\
         <p>SEE MORE: <a href='/a'>Harbour bridge to close for repairs next spring</a></p>\
         <p>DON'T MISS</p>\
         <p><a href='/b'>Ferry timetable changes announced [LATEST]</a></p>\
         <p><a href='/c'>Schools prepare for the winter term [PICTURES]</a></p>\
         <p>The council will meet again in March to review the first quarter of spending.</p>\
         <h3>You may also like</h3>\
         <p><a href='/d'>Who will run for mayor in 2026?</a></p>\
         <p><a href='/e'>Ten walks along the harbour wall</a></p>\
         <ul><li><a href='/f'>Library opening hours to be extended</a></li>\
         <li><a href='/g'>Road repairs: the streets affected this month</a></li>\
         <li><a href='/h'>How the property tax rate is set</a></li></ul>\
         <p><a href='/i'>CLICK HERE TO GET THE PLANET NEWS APP</a></p></article>"
    );
    let (ex, text) = body_text(&body);
    assert_story_kept(&text);
    assert!(text.contains("meet again in March"), "{text}");
    for junk in [
        "SEE MORE",
        "Harbour bridge",
        "DON'T MISS",
        "Ferry",
        "Schools prepare",
        "You may also like",
        "mayor in 2026",
        "Ten walks",
        "opening hours",
        "streets affected",
        "tax rate is set",
        "CLICK HERE",
    ] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
    assert!(ex.dropped.iter().any(|d| d.contains("Ferry timetable")));
}

#[test]
fn newsletter_comment_and_social_promos_are_dropped() {
    let body = format!(
        "<article>{STORY}\
         <div class='newsletter-signup'><h3>The Morning Planet</h3><p>Get the day's top stories every morning.</p></div>\
         <p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>\
         <p>Follow us on Twitter and Facebook for more local news.</p>\
         <p>Comments are moderated and will be approved if they follow our community policy.</p>\
         <p>Sharing is caring!</p></article>"
    );
    let (_, text) = body_text(&body);
    assert_story_kept(&text);
    for junk in ["Morning Planet", "top stories every morning", "inbox", "Follow us", "moderated", "Sharing is"] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
}

#[test]
fn tag_lists_and_breadcrumbs_are_dropped() {
    let body = format!(
        "<article><div class='breadcrumbs'><a href='/'>Home</a> &gt; <a href='/news'>News</a></div>{STORY}\
         <p>Tags: budget, council, library, roads</p>\
         <ul class='article-tags'><li><a href='/t/a'>Local politics</a></li><li><a href='/t/b'>Taxes</a></li></ul>\
         <p>Filed under: City Hall |</p></article>"
    );
    let (_, text) = body_text(&body);
    assert_story_kept(&text);
    for junk in ["Home", "Tags:", "Local politics", "Taxes", "Filed under"] {
        assert!(!text.contains(junk), "{junk:?} kept in {text}");
    }
}

#[test]
fn hover_popup_text_is_left_out_of_the_sentence() {
    let body = format!(
        "<article><p>The plan was backed by <span class='rollover-people'><a href='/p/ana'>Ana Ruiz</a>\
         <span class='rollover-people-block'><a href='/p/ana'>Ana Maria Ruiz</a><a href='/x'>Mayor opens \
         the new ferry terminal</a></span></span> and six other members of the council.</p>{STORY}</article>"
    );
    let (ex, text) = body_text(&body);
    assert!(text.contains("The plan was backed by Ana Ruiz and six other members of the council."), "{text}");
    assert!(!text.contains("ferry terminal"), "{text}");
    assert!(ex.dropped.iter().any(|d| d.contains("ferry terminal")));
}

#[test]
fn embedded_posts_the_article_quotes_are_kept() {
    let body = format!(
        "<article>{STORY}<p>Residents were quick to react online.</p>\
         <div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='en'>Finally a library \
         on our side of town! <a href='https://t.example/abc'>https://t.example/abc</a></p>&mdash; Harbour \
         Reader (@harbourreader) <a href='https://x.example/s/1'>November 18, 2024</a></blockquote>\
         <script async src='https://platform.example/widgets.js'></script></div>\
         <p>Others were less pleased about the tax rise, which will cost the average household more.</p></article>"
    );
    let (_, text) = body_text(&body);
    assert_story_kept(&text);
    assert!(text.contains("Finally a library on our side of town!"), "{text}");
    assert!(text.contains("Harbour Reader (@harbourreader)"), "{text}");
    assert!(text.contains("Others were less pleased"), "{text}");
}

#[test]
fn listing_pages_are_warned_about() {
    let mut items = String::new();
    for (i, topic) in
        ["budget", "library", "ferry", "roads", "schools", "parks", "harbour", "taxes", "buses", "housing"]
            .iter()
            .enumerate()
    {
        items.push_str(&format!(
            "<div class='card'><h2><a href='/story/{i}'>Council debates the {topic} plan for next year</a></h2>\
             <p>A short summary of the {topic} story.</p></div>"
        ));
    }
    let ex = read(&page("<title>Latest news</title>", &format!("<main>{items}</main>")));
    assert_eq!(ex.warnings, [LISTING_WARNING], "{:?}", ex.paragraphs);
    // An article is not a listing.
    let (ex, _) = body_text(&format!("<article>{STORY}</article>"));
    assert!(ex.warnings.is_empty());
}
