//! The body text when the readability pass fails, finds almost nothing, or is skipped:
//! everything in `<body>` minus page furniture (navigation, headers, footers, asides, share
//! and comment widgets, hidden elements) and minus link lists (menus not marked as such).

use crate::ingest::clutter::Block;
use dom_query::{Document, NodeRef};

/// Elements whose content is never article text.
const NEVER_TEXT: &str = "script, style, noscript, template, button, select, textarea, iframe, svg";

/// Elements that hold page furniture rather than the article.
const FURNITURE_TAGS: &[&str] = &["nav", "header", "footer", "aside", "form", "menu", "dialog"];

/// ARIA roles of page furniture.
const FURNITURE_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary", "dialog", "menu", "menubar"];

/// Words in a class or id that mark furniture ("comment-list", "share_bar", "site-menu").
const FURNITURE_WORDS: &[&str] = &[
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "menu",
    "sidebar",
    "cookie",
    "cookies",
    "promo",
    "related",
    "newsletter",
    "advert",
    "ad",
    "ads",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "navbar",
    "nav",
    "navigation",
    "subscribe",
    "popup",
    "modal",
    "masthead",
    "footer",
    "header",
    "widget",
    "sponsored",
    "outbrain",
    "taboola",
    "disqus",
    "skip",
    "hidden",
];

/// An element holding more than this share of the page's text is the page (an ASP.NET
/// `<form>` around everything, `<body class="has-sidebar">`), not furniture: it stays.
const MAX_FURNITURE_SHARE: f64 = 0.5;

/// Blocks whose text is mostly link text (menus, tag clouds, "read more" lists) are dropped.
const MAX_LINK_DENSITY: f64 = 0.5;

#[cfg(test)]
pub fn paragraphs(doc: &Document) -> Vec<String> {
    blocks(doc).into_iter().map(|b| b.text).collect()
}

/// The body's paragraphs with markup evidence (see [`super::blocks::blocks`]).
pub fn blocks(doc: &Document) -> Vec<Block> {
    doc.select(NEVER_TEXT).remove();
    let body = doc.select_single("body");
    let Some(root) = body.nodes().first().copied() else {
        return Vec::new();
    };
    let total = text_len(&root).max(1) as f64;

    let doomed: Vec<NodeRef> = doc
        .select("body *")
        .nodes()
        .iter()
        .copied()
        .filter(is_furniture)
        .filter(|n| (text_len(n) as f64) / total <= MAX_FURNITURE_SHARE)
        .collect();
    for node in doomed {
        node.remove_from_parent();
    }

    let link_lists: Vec<NodeRef> =
        doc.select("ul, ol, dl, table, div, section, p").nodes().iter().copied().filter(|n| is_link_list(n)).collect();
    for node in link_lists {
        node.remove_from_parent();
    }
    super::clutter::mark(&root);
    super::blocks::blocks(&root, super::meta::site_host(doc).as_deref()).0
}

fn is_furniture(node: &NodeRef) -> bool {
    let name = node.node_name().unwrap_or_default();
    if matches!(name.as_ref(), "main" | "article") {
        return false;
    }
    if FURNITURE_TAGS.contains(&name.as_ref())
        || node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.as_ref() == "true")
        || node.attr("role").is_some_and(|r| FURNITURE_ROLES.contains(&r.as_ref()))
    {
        return true;
    }
    if let Some(style) = node.attr("style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return true;
        }
    }
    let names = format!("{} {}", node.attr("class").unwrap_or_default(), node.attr("id").unwrap_or_default())
        .to_ascii_lowercase();
    names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| FURNITURE_WORDS.contains(&w))
}

/// A short block that is mostly links.
fn is_link_list(node: &NodeRef) -> bool {
    let len = text_len(node);
    if len == 0 || len > 2000 {
        return false;
    }
    let links: usize = node.find(&["a"]).iter().map(text_len).sum();
    links as f64 / len as f64 > MAX_LINK_DENSITY
}

fn text_len(node: &NodeRef) -> usize {
    node.text().chars().filter(|c| !c.is_whitespace()).count()
}
