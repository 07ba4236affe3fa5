//! Page clutter among an article's paragraphs: captions and credits, gallery counters,
//! bylines and date lines, teaser and related-link lists, newsletter and comment promos, tag
//! lists. Shared by the HTML reader (which adds evidence from the markup: class names,
//! `<figure>`, link density) and the plain-text reader (text saved from a browser, where the
//! words are all the evidence there is).
//!
//! Every rule looks at the shape of a line or at markup evidence, never at one site's words:
//! "a line that is only a date", "a short line ending in a photo credit", "three headline-like
//! links in a row".

use std::borrow::Cow;

use super::datelines::{byline_of, clean_published, is_byline_line, is_date_line_loose};

#[path = "clutter_credits.rs"]
mod credits;
use credits::{CREDIT_WORDS_CAP, is_credit_line};

#[path = "clutter_words.rs"]
mod scan;
pub(super) use crate::model::count_words_upto;
pub(super) use scan::words;
use scan::{lower_line, lower_words};

/// Why a paragraph was taken for clutter rather than article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A photo caption or credit, a figure.
    Caption,
    /// Gallery chrome: "Image 1 of 8", "Close", "Enlarge image", a lone slide number.
    Gallery,
    /// A byline ("By Jane Doe", an author box).
    Byline,
    /// A line that is only a date or "Updated 4:15 PM".
    Date,
    /// Teaser and related-link blocks ("You may also like", "DON'T MISS", headline lists).
    Teaser,
    /// Newsletter, app, subscription, comment and social promos; share buttons.
    Promo,
    /// Tag and category lists, breadcrumbs, section labels.
    Tags,
    /// Copyright, citation and disclaimer boilerplate.
    Legal,
    /// Other page furniture marked as such by the markup (ads, navigation).
    Furniture,
    /// Text the page does not show: hidden elements, hover pop-ups.
    Hidden,
}

/// One paragraph with what is known about where it stood.
#[derive(Debug, Clone, Default)]
pub struct Block {
    /// The paragraph's text.
    pub text: String,
    /// Clutter evidence from the markup, if any.
    pub hint: Option<Kind>,
    /// Share of the text that is link text to the page's own site (0 for plain text).
    pub link_share: f32,
    /// Share of the text that is link text to anywhere but an anchor in the page.
    pub any_link_share: f32,
    /// A heading element (`h1`–`h6`).
    pub heading: bool,
    /// Inside a `<blockquote>`: quoted material (an embedded post) the article cites.
    pub quoted: bool,
    /// A line of plain text: no markup, so a short line may be a heading or a link.
    pub plain: bool,
    /// A list item (`<li>`).
    pub list_item: bool,
}

impl Block {
    /// A paragraph of plain text, with nothing known about its markup.
    pub fn plain(text: impl Into<String>) -> Self {
        Block { text: text.into(), plain: true, ..Block::default() }
    }
}

/// The article's paragraphs after clean-up, and what the clean-up found.
#[derive(Debug, Default)]
pub struct Cleaned {
    /// The paragraphs that stay, in order.
    pub paragraphs: Vec<String>,
    /// The paragraphs taken out, in order.
    pub dropped: Vec<String>,
    /// A byline found among the paragraphs.
    pub byline: Option<String>,
    /// A publication date found among the paragraphs, without its label.
    pub published: Option<String>,
}

/// Paragraphs in the first this-many that may be bylines or date lines without markup evidence.
const HEAD_BLOCKS: usize = 6;

/// Drops clutter from `blocks`, reading bylines and dates into metadata.
pub fn clean(blocks: Vec<Block>) -> Cleaned {
    // Where the body proper starts: the first paragraph of real prose.
    let body_start = blocks.iter().position(|b| is_prose(&b.text) && b.hint.is_none()).unwrap_or(blocks.len());
    let mut drop: Vec<Option<Kind>> = blocks.iter().enumerate().map(|(i, b)| block_kind(b, i, body_start)).collect();
    mark_teaser_runs(&blocks, &mut drop);
    mark_link_lists(&blocks, &mut drop);
    // When the rules would leave next to nothing, they have mistaken the page's own markup
    // for clutter (every paragraph in a "caption" box): keep it all rather than lose the text.
    let chars = |b: &Block| b.text.chars().count();
    let total: usize = blocks.iter().map(chars).sum();
    let kept: usize = blocks.iter().zip(&drop).filter(|(_, d)| d.is_none()).map(|(b, _)| chars(b)).sum();
    if kept * 5 < total {
        drop.iter_mut().for_each(|d| *d = None);
    }
    let mut out = Cleaned::default();
    for (i, (b, d)) in blocks.into_iter().zip(drop).enumerate() {
        let Some(kind) = d else {
            out.paragraphs.push(b.text);
            continue;
        };
        // Bylines and dates are read where an article prints them: above the body.
        if i < HEAD_BLOCKS.max(body_start) {
            if out.byline.is_none() && (is_byline_line(&b.text) || kind == Kind::Byline) {
                out.byline = byline_of(&b.text).filter(|_| !is_date_line_loose(&b.text));
            }
            if out.published.is_none() && is_date_line_loose(&b.text) {
                out.published = Some(clean_published(&b.text)).filter(|p| !p.is_empty());
            }
        }
        out.dropped.push(b.text);
    }
    out
}

/// What block `i` is, judged on its own (its hint, its words, where it stands); `None` for
/// text that stays.
fn block_kind(b: &Block, i: usize, body_start: usize) -> Option<Kind> {
    if b.hint.is_some() {
        return b.hint;
    }
    if b.quoted {
        return None;
    }
    if let Some(kind) = line_kind(&b.text) {
        return Some(kind);
    }
    if (i < HEAD_BLOCKS || i < body_start) && (is_byline_line(&b.text) || is_date_line_loose(&b.text)) {
        return Some(if is_byline_line(&b.text) { Kind::Byline } else { Kind::Date });
    }
    (b.any_link_share >= 0.6 && is_shouting(&b.text) && count_words_upto(&b.text, 3) >= 3).then_some(Kind::Teaser)
}

/// A teaser heading ("You may also like", "DON'T MISS") and the links that follow it.
fn mark_teaser_runs(blocks: &[Block], drop: &mut [Option<Kind>]) {
    let n = blocks.len();
    let mut i = 0;
    while i < n {
        if !blocks[i].quoted && is_teaser_heading(&blocks[i].text) {
            drop[i] = Some(Kind::Teaser);
            let mut j = i + 1;
            while j < n && (drop[j].is_some() || is_teaser_item(&blocks[j])) {
                drop[j].get_or_insert(Kind::Teaser);
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// A list of three or more items that are each one link within the site: related stories.
fn mark_link_lists(blocks: &[Block], drop: &mut [Option<Kind>]) {
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| is_link_item(b)).count();
        if run >= 3 {
            for d in &mut drop[i..i + run] {
                d.get_or_insert(Kind::Teaser);
            }
        }
        i += run.max(1);
    }
}

/// A paragraph of running prose: several words and a sentence end.
fn is_prose(text: &str) -> bool {
    let words = count_words_upto(text, 12);
    words >= 12 && text.trim_end().ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}', ')', ':'])
}

/// Mostly upper-case letters.
fn is_shouting(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 8 && letters.iter().filter(|c| c.is_uppercase()).count() * 10 >= letters.len() * 9
}

/// The line with the given prefix removed, compared case-insensitively.
pub(super) fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// Clutter recognisable from the words of one line alone.
pub fn line_kind(text: &str) -> Option<Kind> {
    let t = text.trim();
    // A paragraph of prose is longer than any rule's line but a few that read its opening
    // words; those are checked alone, sparing the word list of every paragraph.
    // One count serves the long-line cut and the credit rule (which asks up to 80 words).
    let words = count_words_upto(t, CREDIT_WORDS_CAP);
    if words > LONG_LINE_WORDS {
        return if is_credit_line(t, words) {
            Some(Kind::Caption)
        } else if is_legal_at_any_length(t) {
            Some(Kind::Legal)
        } else {
            None
        };
    }
    // The line in lower case, once for every rule that reads it.
    let low = lower_line(t);
    let w = lower_words(&low);
    let n = w.len();
    if n == 0 {
        return None;
    }
    if is_counter(&w) {
        return Some(Kind::Gallery);
    }
    if n <= 3 && GALLERY_WORDS.contains(&w.join(" ").as_str()) {
        return Some(Kind::Gallery);
    }
    if is_credit_line(t, words) {
        return Some(Kind::Caption);
    }
    if is_promo(t, &low, &w) {
        return Some(Kind::Promo);
    }
    if is_teaser_line(t, &low, &w) {
        return Some(Kind::Teaser);
    }
    if is_credit_byline(&w) {
        return Some(Kind::Byline);
    }
    if is_breadcrumb(t, &w) {
        return Some(Kind::Tags);
    }
    if is_tag_list(t) {
        return Some(Kind::Tags);
    }
    if is_legal(t, &low, &w) {
        return Some(Kind::Legal);
    }
    if n <= 12 && is_date_line_loose(t) {
        return Some(Kind::Date);
    }
    None
}

/// Gallery chrome as whole lines.
const GALLERY_WORDS: &[&str] = &[
    "close",
    "caption",
    "enlarge image",
    "enlarge this image",
    "expand",
    "hide caption",
    "show caption",
    "toggle caption",
    "view gallery",
    "view slideshow",
    "view image",
    "previous",
    "next",
    "prev",
    "next slide",
    "previous slide",
    "advertisement",
    "advert",
    "ad",
    "sponsored",
    "continue reading below",
    "story continues below",
    "article continues below",
    "continue reading",
    "loading",
    "loading content",
    "play video",
    "watch video",
    "replay",
    "read more",
    "see more",
    "learn more",
    "show more",
];

/// "Image 1 of 8", "1 of 6", "1/8", "Photo 3 / 12", a lone slide number.
fn is_counter(w: &[Cow<str>]) -> bool {
    let num = |s: &Cow<str>| s.chars().all(|c| c.is_ascii_digit()) && s.len() <= 3;
    let media = |s: &Cow<str>| {
        matches!(
            s.as_ref(),
            "image"
                | "images"
                | "photo"
                | "photos"
                | "picture"
                | "pictures"
                | "slide"
                | "slides"
                | "gallery"
                | "video"
                | "item"
        )
    };
    match w {
        [a] => num(a),
        [a, b] => (num(a) && num(b)) || (media(a) && num(b)),
        [a, b, c] => (num(a) && b == "of" && num(c)) || (media(a) && num(b) && num(c)),
        [m, a, of, b] => media(m) && num(a) && of == "of" && num(b),
        _ => false,
    }
}

/// Newsletter, app, subscription, comment and social promos.
fn is_promo(t: &str, l: &str, w: &[Cow<str>]) -> bool {
    let n = w.len();
    if n > 45 {
        return false;
    }
    let starts = |p: &str| l.starts_with(p);
    let has = |p: &str| l.contains(p);
    // Promos speak to the reader ("you", "our"), or are short calls without a full stop.
    let to_reader = || w.iter().any(|x| matches!(x.as_ref(), "you" | "your" | "our" | "us" | "we"));
    let call = n <= 8 && !t.trim_end().ends_with('.');
    let first = w.first().map(Cow::as_ref).unwrap_or("");
    // Each search reads the whole line, and nearly every line is no promo: the words several
    // rules ask for are looked for once, the length limits come before the searches, and a
    // long phrase is looked for only in a line that has a shorter word of it.
    let (newsletter, inbox, subscri) = (has("newsletter"), has("inbox"), has("subscri"));
    (starts("sign up") && (newsletter || has("email") || inbox || call))
        || (first == "subscribe" && n <= 25)
        || (newsletter && (has("sign up") || has("subscribe") || inbox || call))
        || (inbox && (has("delivered") || has("straight to") || has("right in")))
        || (starts("follow ") && (has("twitter") || has("facebook") || has("instagram") || has("youtube")) && n <= 30)
        || (starts("follow ") && (has("coverage") || has("http")) && n <= 20)
        || (n <= 25 && (starts("click here") || starts("tap here") || has("by clicking here")))
        || (n <= 12 && has("get the") && has(" app") && is_shouting(t))
        || starts("if you enjoyed this article")
        || starts("join the conversation")
        || starts("join our ") && (has("forum") || has("community") || newsletter) && n <= 30
        || (starts("have a tip") && n <= 40)
        || (n <= 40 && has("comment") && (has("policy") || has("moderat") || has("approved")) && to_reader())
        || starts("this post may contain affiliate")
        || starts("we may earn")
        || starts("this slideshow requires javascript")
        || starts("sharing is caring")
        || has("thanks for signing up")
        || (subscri
            && (has("you have been successfully subscribed")
                || has("there was an error processing your subscription")
                || has("there was a problem subscribing")))
        || (inbox && has("keep an eye on your inbox"))
}

/// A labelled pointer to another story: "Related: …", "SEE MORE: …", "Read more: …", "Also: …".
fn is_teaser_line(t: &str, l: &str, w: &[Cow<str>]) -> bool {
    const LABELS: &[&str] = &[
        "related:",
        "see more:",
        "read more:",
        "read also:",
        "also read:",
        "also:",
        "see also:",
        "more:",
        "watch:",
        "watch now:",
        "listen:",
        "recommended:",
        "don't miss:",
        "must read:",
        "read next:",
    ];
    w.len() <= 25 && !t.trim_end().ends_with(['.', '!', '?']) && LABELS.iter().any(|p| l.starts_with(p))
}

/// "Additional reporting by Jane Roe", "Editing by Tom Lee": the credits under a wire story.
fn is_credit_byline(w: &[Cow<str>]) -> bool {
    let starts = |p: &[&str]| w.len() > p.len() && w.iter().zip(p).all(|(a, b)| a == b);
    w.len() <= 16
        && (starts(&["additional", "reporting", "by"])
            || starts(&["reporting", "by"])
            || starts(&["editing", "by"])
            || starts(&["compiled", "by"])
            || starts(&["writing", "by"]))
        || (w.len() <= 4 && starts(&["via"]))
}

/// "News > Nation", "Home » Sport » Tennis": a trail of section names.
fn is_breadcrumb(t: &str, w: &[Cow<str>]) -> bool {
    // The word count first: it spares the split of every longer line.
    if w.len() > 10 {
        return false;
    }
    let parts: Vec<&str> = t.split(['>', '»', '›']).map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().all(|p| p.split_whitespace().count() <= 4 && p.starts_with(|c: char| c.is_uppercase()))
        && !t.contains(['=', '(', '{', '$', '|'])
        && !t.trim_end().ends_with(['.', '!', '?'])
}

/// "Tags: a, b, c", "Filed under: x |", "Topics: …", "Categories: …".
fn is_tag_list(t: &str) -> bool {
    // The labels first: they fail at once on nearly every line, the word count reads it all.
    ["tags:", "tagged:", "tagged with", "filed under", "topics:", "categories:", "category:", "related topics"]
        .iter()
        .any(|p| strip_prefix_ci(t, p).is_some())
        && count_words_upto(t, 31) <= 30
}

/// Copyright and citation boilerplate.
fn is_legal(t: &str, l: &str, w: &[Cow<str>]) -> bool {
    let n = w.len();
    if n > 40 {
        return is_legal_at_any_length(t);
    }
    let notice = l.starts_with("copyright")
        && (l.contains('©')
            || l.contains("(c)")
            || w.get(1).is_some_and(|y| y.len() == 4 && y.starts_with(['1', '2'])));
    (n <= 40 && (l.contains("all rights reserved") || notice || l.contains("©20") || l.contains("© 20")))
        || is_legal_at_any_length(t)
}

/// Legal notices known by their opening words, however long.
fn is_legal_at_any_length(t: &str) -> bool {
    (strip_prefix_ci(t, "citation:").is_some() && t.to_lowercase().contains("retrieved"))
        || strip_prefix_ci(t, "this document is subject to copyright").is_some()
        || (strip_prefix_ci(t, "the contents of this site are").is_some() && t.contains('©'))
}

/// Past this many words a line is prose: the rules that read its word list stop at 45 words
/// (and a word list is never shorter than this by more than its lone punctuation marks), so
/// only the credit and the legal rules, which read the text, apply.
const LONG_LINE_WORDS: usize = 60;

/// A heading that introduces a list of teasers or related links.
pub fn is_teaser_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', '…', ':', '!', '|']).trim();
    // Cheap first: a heading is a few words (a slash may split one in two, hence the slack).
    if count_words_upto(t, 17) > 16 {
        return false;
    }
    let low = lower_line(t);
    let w = lower_words(&low);
    if w.is_empty() || w.len() > 8 {
        return false;
    }
    let l = w.join(" ");
    const HEADS: &[&str] = &[
        "you may also like",
        "you might also like",
        "you may be interested in",
        "you might be interested in",
        "don't miss",
        "do not miss",
        "see more",
        "see also",
        "read more",
        "read next",
        "read also",
        "also read",
        "more",
        "more stories",
        "more news",
        "more to explore",
        "related",
        "related news",
        "related articles",
        "related stories",
        "related content",
        "related posts",
        "related coverage",
        "related links",
        "recommended",
        "recommended for you",
        "recommended stories",
        "most read",
        "most popular",
        "most viewed",
        "popular",
        "popular stories",
        "trending",
        "trending now",
        "trending stories",
        "top stories",
        "latest news",
        "latest stories",
        "editor's picks",
        "what to read next",
        "watch next",
        "up next",
        "in other news",
    ];
    HEADS.contains(&l.as_str())
        || l.starts_with("more from ")
        || l.starts_with("more on ")
        || l.starts_with("top stories in ")
        || l.starts_with("most read in ")
        || l.starts_with("related coverage ")
        || l.starts_with("more stories from ")
        || l.starts_with("latest from ")
}

/// A paragraph that belongs to a teaser list: a link, a short headline, a kicker.
fn is_teaser_item(b: &Block) -> bool {
    // (Every test below asks for at most 30 words.)
    let n = count_words_upto(&b.text, 31);
    let sentence = b.text.trim_end().ends_with(['.', '!', '?', '"', '\u{201D}']);
    (b.link_share >= 0.5 && n <= 30) || ((b.heading || b.plain) && n <= 14 && !sentence)
}

/// A list item that is one link, as long as a headline.
fn is_link_item(b: &Block) -> bool {
    // The flags first: most paragraphs are not list items, and need no word count.
    b.list_item && b.link_share >= 0.8 && !b.quoted && (3..=25).contains(&count_words_upto(&b.text, 26))
}

#[cfg(test)]
#[path = "clutter_tests.rs"]
mod tests;
