//! Article markup → plain-text paragraphs: one per block element, inline text joined as the
//! browser would render it, whitespace collapsed. Walks the tree without recursion.

use super::clutter;
use crate::ingest::clutter::{Block, Kind};
use dom_query::NodeRef;

/// Elements that start and end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "br",
    "iframe",
    "video",
    "audio",
    "picture",
    "canvas",
    "object",
];

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "head", "title", "meta", "link", "svg", "select", "option", "textarea",
    "input", "button", "iframe", "object", "embed", "canvas",
];

/// Elements separated from their neighbours by a space rather than a paragraph break.
const CELLS: &[&str] = &["td", "th"];

/// The paragraphs of `root`'s content (`root` itself is not emitted as text).
#[cfg(test)]
pub fn paragraphs(root: &NodeRef) -> Vec<String> {
    blocks(root, None).0.into_iter().map(|b| b.text).collect()
}

/// The paragraphs of `root`'s content with what the markup says about each (clutter marks set
/// by [`super::clutter::mark`], link share, heading, quotation), and the text of inline
/// furniture left out of them (hidden text, hover pop-ups). `site` is the page's own host, if
/// known: the link share counts links to this site (teasers point home), not in-page anchors
/// or links to sources elsewhere.
pub fn blocks(root: &NodeRef, site: Option<&str>) -> (Vec<Block>, Vec<String>) {
    let mut w = Writer { site: site.map(site_of), ..Writer::default() };
    let mut cur = root.first_child();
    while let Some(node) = cur {
        if w.enter(&node)
            && let Some(child) = node.first_child()
        {
            cur = Some(child);
            continue;
        }
        // Leave this node and every ancestor whose children are done, up to `root`.
        let mut done = node;
        cur = None;
        loop {
            w.leave(&done);
            if let Some(next) = done.next_sibling() {
                cur = Some(next);
                break;
            }
            match done.parent() {
                Some(p) if p.id != root.id => done = p,
                _ => break,
            }
        }
    }
    w.flush();
    (w.out, w.skipped)
}

/// What an open element contributes to the text inside it.
#[derive(Default, Clone, Copy)]
struct Frame {
    hint: Option<Kind>,
    link: bool,
    any_link: bool,
    heading: bool,
    quote: bool,
    item: bool,
}

#[derive(Default)]
struct Writer {
    out: Vec<Block>,
    skipped: Vec<String>,
    buf: String,
    stack: Vec<Frame>,
    chars: usize,
    link_chars: usize,
    any_link_chars: usize,
    hinted_chars: usize,
    hint: Option<Kind>,
    heading: bool,
    quoted: bool,
    list_item: bool,
    site: Option<String>,
}

/// A host name without "www." or "m.": "www.example.com" → "example.com".
fn site_of(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host.strip_prefix("www.").or_else(|| host.strip_prefix("m.")).unwrap_or(&host).to_string()
}

/// The host of an absolute URL ("https://host/…", "//host/…").
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map(|(_, r)| r).or_else(|| url.strip_prefix("//"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

/// A link to a place in the page itself (or a script), not to another page.
fn is_anchor(node: &NodeRef) -> bool {
    let href = node.attr("href").map(|h| h.trim().to_ascii_lowercase()).unwrap_or_default();
    href.starts_with('#') || href.starts_with("javascript:")
}

impl Writer {
    /// Whether a link counts toward a block's link share: not an anchor in the page, not a
    /// script, and (when the page's site is known) a link within the site.
    fn counts_link(&self, node: &NodeRef) -> bool {
        if is_anchor(node) {
            return false;
        }
        let href = node.attr("href").map(|h| h.trim().to_string()).unwrap_or_default();
        match (url_host(&href), &self.site) {
            (Some(host), Some(site)) => site_of(host) == *site,
            _ => true,
        }
    }

    /// Handles the opening of `node`; returns whether to walk into its children.
    fn enter(&mut self, node: &NodeRef) -> bool {
        if node.is_text() {
            self.text(&node.text());
            return false;
        }
        if !node.is_element() {
            return false;
        }
        let name = node.node_name().unwrap_or_default();
        let name = name.as_ref();
        let hint = node.attr(clutter::ATTR).and_then(|k| clutter::kind_of(&k));
        self.stack.push(Frame {
            hint,
            link: name == "a" && self.counts_link(node),
            any_link: name == "a" && !is_anchor(node),
            heading: matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"),
            quote: name == "blockquote",
            item: name == "li",
        });
        if SKIPPED.contains(&name) {
            return false;
        }
        if BLOCKS.contains(&name) {
            self.flush();
        } else if CELLS.contains(&name) {
            self.buf.push(' ');
        } else if hint == Some(Kind::Hidden) {
            // Inline furniture (a hover pop-up inside a sentence) is left out of the sentence.
            let text = collapse(&node.text());
            if !text.is_empty() {
                self.skipped.push(text);
            }
            return false;
        }
        true
    }

    fn leave(&mut self, node: &NodeRef) {
        if !node.is_element() {
            return;
        }
        let name = node.node_name().unwrap_or_default();
        let name = name.as_ref();
        if BLOCKS.contains(&name) {
            self.flush();
        } else if CELLS.contains(&name) {
            self.buf.push(' ');
        }
        self.stack.pop();
    }

    fn text(&mut self, t: &str) {
        self.buf.push_str(t);
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        if n == 0 {
            return;
        }
        self.chars += n;
        if self.stack.iter().any(|f| f.link) {
            self.link_chars += n;
        }
        if self.stack.iter().any(|f| f.any_link) {
            self.any_link_chars += n;
        }
        if let Some(kind) = self.stack.iter().rev().find_map(|f| f.hint) {
            self.hinted_chars += n;
            self.hint.get_or_insert(kind);
        }
        self.heading |= self.stack.iter().any(|f| f.heading);
        self.quoted |= self.stack.iter().any(|f| f.quote);
        self.list_item |= self.stack.iter().any(|f| f.item);
    }

    fn flush(&mut self) {
        let text = collapse(&self.buf);
        self.buf.clear();
        if !text.is_empty() {
            let chars = self.chars.max(1);
            // Markup evidence counts when it covers (nearly) the whole paragraph: a date
            // inside a sentence does not make the sentence a date line.
            let hint = self.hint.filter(|_| self.hinted_chars * 10 >= chars * 9);
            self.out.push(Block {
                text,
                hint,
                link_share: self.link_chars as f32 / chars as f32,
                any_link_share: self.any_link_chars as f32 / chars as f32,
                heading: self.heading,
                quoted: self.quoted,
                plain: false,
                list_item: self.list_item,
            });
        }
        self.chars = 0;
        self.link_chars = 0;
        self.any_link_chars = 0;
        self.hinted_chars = 0;
        self.hint = None;
        self.heading = false;
        self.quoted = false;
        self.list_item = false;
    }
}

/// Collapses whitespace runs (including no-break spaces) to one space and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
