//! Article markup → plain-text paragraphs: one per block element, inline text joined as the
//! browser would render it, whitespace collapsed. Walks the tree without recursion.

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
pub fn paragraphs(root: &NodeRef) -> Vec<String> {
    let mut w = Writer::default();
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
    w.out
}

#[derive(Default)]
struct Writer {
    out: Vec<String>,
    buf: String,
}

impl Writer {
    /// Handles the opening of `node`; returns whether to walk into its children.
    fn enter(&mut self, node: &NodeRef) -> bool {
        if node.is_text() {
            self.buf.push_str(&node.text());
            return false;
        }
        if !node.is_element() {
            return false;
        }
        let name = node.node_name().unwrap_or_default();
        let name = name.as_ref();
        if SKIPPED.contains(&name) {
            return false;
        }
        if BLOCKS.contains(&name) {
            self.flush();
        } else if CELLS.contains(&name) {
            self.buf.push(' ');
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
    }

    fn flush(&mut self) {
        let text = collapse(&self.buf);
        self.buf.clear();
        if !text.is_empty() {
            self.out.push(text);
        }
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
