//! Markup evidence for page clutter inside the article node: `<aside>`, `<nav>`, `<time>`,
//! hidden elements, class and id names ("caption", "byline", "related", "newsletter"),
//! hidden elements. [`mark`] tags such elements with an attribute that [`super::blocks`] reads;
//! the text-level rules in [`crate::ingest::clutter`] then decide with the words as well.
//!
//! Also here: [`rescue_embeds`] (embedded posts the article quotes survive the readability
//! pass) and [`looks_like_listing`] (a page that is a feed of teasers, not one article).

use crate::ingest::clutter::Kind;
use dom_query::{Document, NodeRef};

/// The attribute [`mark`] sets; its value is [`kind_name`].
pub const ATTR: &str = "data-crosscheck-clutter";

/// An element holding more than this share of the article's text is the article, whatever its
/// class says ("post-entry author-jane", "content has-gallery").
const MAX_SHARE: f64 = 0.35;

/// Nor is an element with more words than this: no caption or byline box runs that long.
const MAX_WORDS: usize = 150;

pub fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Caption => "caption",
        Kind::Gallery => "gallery",
        Kind::Byline => "byline",
        Kind::Date => "date",
        Kind::Teaser => "teaser",
        Kind::Promo => "promo",
        Kind::Tags => "tags",
        Kind::Legal => "legal",
        Kind::Furniture => "furniture",
        Kind::Hidden => "hidden",
    }
}

pub fn kind_of(name: &str) -> Option<Kind> {
    Some(match name {
        "caption" => Kind::Caption,
        "gallery" => Kind::Gallery,
        "byline" => Kind::Byline,
        "date" => Kind::Date,
        "teaser" => Kind::Teaser,
        "promo" => Kind::Promo,
        "tags" => Kind::Tags,
        "legal" => Kind::Legal,
        "furniture" => Kind::Furniture,
        "hidden" => Kind::Hidden,
        _ => return None,
    })
}

/// Marks the clutter elements under `root` (not `root` itself).
pub fn mark(root: &NodeRef<'_>) {
    let total = text_len(root).max(1) as f64;
    let mut found: Vec<(NodeRef, Kind)> = Vec::new();
    // Depth-first without recursion; a marked element's subtree is not visited again.
    let mut stack: Vec<NodeRef> = children(root);
    while let Some(node) = stack.pop() {
        if !node.is_element() {
            continue;
        }
        let name = node.node_name().unwrap_or_default();
        if matches!(name.as_ref(), "pre" | "code") {
            continue;
        }
        if let Some(kind) = classify(&node)
            && (text_len(&node) as f64) / total <= MAX_SHARE
            && node.text().split_whitespace().count() <= MAX_WORDS
        {
            found.push((node, kind));
            continue;
        }
        stack.extend(children(&node));
    }
    for (node, kind) in found {
        node.set_attr(ATTR, kind_name(kind));
    }
}

fn children<'a>(node: &NodeRef<'a>) -> Vec<NodeRef<'a>> {
    let mut out = Vec::new();
    let mut c = node.first_child();
    while let Some(n) = c {
        c = n.next_sibling();
        out.push(n);
    }
    out
}

fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}

/// What an element is, by its tag, role and class/id names; `None` for article content.
pub fn classify(node: &NodeRef) -> Option<Kind> {
    let tag = node.node_name().unwrap_or_default();
    let tag = tag.as_ref();
    // Quoted posts and the article's own quotations are content, whatever they are called.
    if tag == "blockquote" || tag == "q" {
        return None;
    }
    match tag {
        // A <figure>'s own caption (<figcaption>) is kept: it is the article's caption markup,
        // and Readability keeps it. Captions and credits named as such by class are dropped.
        "picture" => return Some(Kind::Caption),
        // Code is content: a comment in it is not a comment section.
        "pre" | "code" => return None,
        "aside" | "nav" | "footer" | "form" | "menu" | "dialog" => return Some(Kind::Furniture),
        "time" => return Some(Kind::Date),
        _ => {}
    }
    if node.has_attr("hidden") {
        return Some(Kind::Hidden);
    }
    if let Some(role) = node.attr("role")
        && matches!(
            role.as_ref(),
            "navigation" | "banner" | "contentinfo" | "complementary" | "dialog" | "menu" | "menubar"
        )
    {
        return Some(Kind::Furniture);
    }
    if let Some(style) = node.attr("style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return Some(Kind::Hidden);
        }
    }
    let class = node.attr("class").map(|c| c.to_string()).unwrap_or_default();
    let id = node.attr("id").map(|c| c.to_string()).unwrap_or_default();
    const HIDDEN: &[&str] = &[
        "hidden",
        "hide",
        "is-hidden",
        "u-hidden",
        "sr-only",
        "d-none",
        "visually-hidden",
        "visuallyhidden",
        "screen-reader-text",
        "offscreen",
    ];
    if class.split_whitespace().any(|c| HIDDEN.contains(&c.to_ascii_lowercase().as_str())) {
        return Some(Kind::Hidden);
    }
    let words = name_words(&class, &id);
    if words.is_empty() {
        return None;
    }
    if is_popup(node, &words) {
        return Some(Kind::Hidden);
    }
    let heading = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    classify_words(&words, heading)
}

/// The words of class and id names: split at punctuation and camelCase humps, lower-cased
/// ("InlineImage-imageEmbedCaption" → inline, image, image, embed, caption). Whole class names
/// are kept too ("sr-only", "d-none").
fn name_words(class: &str, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in class.split_whitespace().chain(id.split_whitespace()) {
        out.push(name.to_ascii_lowercase());
        let mut word = String::new();
        let mut prev_lower = false;
        for c in name.chars() {
            if !c.is_ascii_alphanumeric() {
                if !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                prev_lower = false;
                continue;
            }
            if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            word.push(c.to_ascii_lowercase());
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

fn classify_words(words: &[String], heading: bool) -> Option<Kind> {
    let any = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let sub = |list: &[&str]| words.iter().any(|w| list.iter().any(|s| w.contains(s)));
    // Article text that merely sits in a styled box stays, and so does a pop-up card.
    if any(EMBED_WORDS) || sub(POPUP_WORDS) {
        return None;
    }
    let (kind, _, _) = FURNITURE_CLASSES.iter().find(|(_, parts, whole)| sub(parts) || any(whole))?;
    Some(if *kind == Kind::Furniture && heading { Kind::Teaser } else { *kind })
}

/// Class and id words of boxes whose text is the article's own (quotes and embeds).
const EMBED_WORDS: &[&str] = &["twitter-tweet", "instagram-media", "tiktok-embed", "blockquote", "pullquote", "quote"];

/// Class and id words of page furniture, first match wins: what it is, words that contain
/// one of the parts, and whole words. Furniture in a heading is a teaser.
#[rustfmt::skip]
const FURNITURE_CLASSES: &[(Kind, &[&str], &[&str])] = &[
    (Kind::Caption, &["caption", "gallery", "slideshow", "carousel", "lightbox"], &["credit", "credits", "slide", "swiper"]),
    (Kind::Byline, &["byline", "author"], &["attribution", "contributor", "contributors", "writer", "bio"]),
    (
        Kind::Date,
        &["timestamp", "dateline", "pubdate", "datetime"],
        &["date", "dates", "published", "updated", "meta", "postinfo", "posted", "time"],
    ),
    (Kind::Tags, &["breadcrumb", "kicker", "eyebrow"], &["tags", "tag", "topics", "categories", "category", "taglist"]),
    (
        Kind::Teaser,
        &[
            "related", "recommend", "trending", "popular", "mostread", "outbrain", "taboola", "teaser", "readmore",
            "read-more", "more-stories", "morestories",
        ],
        &["rail", "sidebar"],
    ),
    (
        Kind::Promo,
        &[
            "newsletter", "subscri", "signup", "sign-up", "promo", "share", "social", "comment", "disqus", "follow",
            "donate", "paywall",
        ],
        &["cta"],
    ),
    (
        Kind::Furniture,
        &["advert", "sponsor", "disclaimer", "disclosure", "copyright", "readtime", "read-time", "reading-time"],
        &[
            "ad", "ads", "adunit", "ad-container", "standfirst", "dek", "deck", "subtitle", "toolbar", "print",
            "estimated", "footer", "video", "source",
        ],
    ),
];

/// Words naming a pop-up (a card shown on hover).
const POPUP_WORDS: &[&str] = &["rollover", "popover", "popup", "tooltip", "hovercard"];

/// A hover pop-up: named as one, holding a picture or several links, and not merely the
/// wrapper of a smaller such pop-up (whose visible link, the name in the sentence, stays).
fn is_popup(node: &NodeRef, words: &[String]) -> bool {
    let named = |w: &[String]| w.iter().any(|w| POPUP_WORDS.iter().any(|p| w.contains(p)));
    let boxed = |n: &NodeRef| !n.find(&["img"]).is_empty() || n.find(&["a"]).len() >= 2;
    if !named(words) || !boxed(node) {
        return false;
    }
    !children(node).iter().filter(|c| c.is_element()).any(|c| {
        let class = c.attr("class").map(|v| v.to_string()).unwrap_or_default();
        named(&name_words(&class, "")) && boxed(c)
    })
}

/// Embedded posts (a `<blockquote class="twitter-tweet">` and its kin) usually sit in a
/// wrapper named "social-embed", which the readability pass discards as an unlikely candidate
/// before scoring. Moves each such quote out of its wrappers so the pass sees it as part of the
/// text around it.
pub fn rescue_embeds(doc: &Document) {
    for quote in doc.select("blockquote").nodes().iter() {
        let class = quote.attr("class").map(|c| c.to_ascii_lowercase()).unwrap_or_default();
        if !["tweet", "twitter", "instagram", "tiktok", "embed", "social"].iter().any(|w| class.contains(w)) {
            continue;
        }
        // Climb wrappers that hold nothing but this quote (and scripts / whitespace).
        let mut wrapper = None;
        let mut cur = quote.parent();
        while let Some(p) = cur {
            let name = p.node_name().unwrap_or_default();
            if !matches!(name.as_ref(), "div" | "span" | "figure" | "section") || !only_child(&p, quote) {
                break;
            }
            wrapper = Some(p);
            cur = p.parent();
        }
        if let Some(w) = wrapper {
            w.insert_before(quote);
            w.remove_from_parent();
        }
    }
}

/// Whether `node`'s element children are only `child` (and scripts, styles, iframes).
fn only_child(node: &NodeRef, child: &NodeRef) -> bool {
    let mut c = node.first_child();
    while let Some(n) = c {
        c = n.next_sibling();
        if n.id == child.id {
            continue;
        }
        if n.is_text() {
            if !n.text().trim().is_empty() {
                return false;
            }
            continue;
        }
        if n.is_element() {
            let name = n.node_name().unwrap_or_default();
            // Scripts, frames, and elements with no text (a `<p>` around the widget script).
            if !matches!(name.as_ref(), "script" | "style" | "iframe" | "noscript") && !n.text().trim().is_empty() {
                return false;
            }
        }
    }
    true
}

/// A listing page: the article node is mostly a run of teasers — many short blocks that are
/// links, headed by headline links — rather than paragraphs of prose.
pub fn looks_like_listing(blocks: &[crate::ingest::clutter::Block]) -> bool {
    let words = |b: &crate::ingest::clutter::Block| b.text.split_whitespace().count();
    let total: usize = blocks.iter().map(words).sum();
    let linked: Vec<&crate::ingest::clutter::Block> =
        blocks.iter().filter(|b| b.link_share >= 0.8 && (3..=25).contains(&words(b))).collect();
    let linked_words: usize = linked.iter().map(|b| words(b)).sum();
    let prose = blocks.iter().filter(|b| b.link_share < 0.3 && words(b) >= 40).count();
    linked.len() >= 8 && linked_words * 4 >= total && prose < linked.len() / 2
}
