//! HTML: the readable article body (dom_smoothie), title, byline, site name and date.
//!
//! The readability pass (dom_smoothie, a port of Mozilla's Readability.js) picks the article
//! node; [`blocks`] turns that node into plain-text paragraphs; [`meta`] fills in metadata the
//! readability pass missed; [`fallback`] takes over when the pass fails or finds almost
//! nothing; [`flat`] guards against markup nested too deeply to build a tree for.

mod blocks;
mod fallback;
mod flat;
mod meta;

use super::Extracted;
use dom_query::Document;
use dom_smoothie::{Config, Readability};

/// Markup asking for deeper nesting than this is flattened before parsing: building the tree
/// costs time quadratic in depth. Real pages stay below ~40 levels; sloppy markup (unclosed
/// spans) inflates the raw estimate, hence the wide margin.
const MAX_RAW_DEPTH: usize = 1500;

/// Trees deeper than this skip the readability pass, which recurses and slows down
/// quadratically with depth (about 25 ms at this depth), and go to the fallback.
const MAX_TREE_DEPTH: usize = 256;

/// A readability result with fewer characters than this counts as "found almost nothing":
/// the fallback is tried too, and wins if it finds half as much again.
const MIN_BODY_CHARS: usize = 200;

/// Reads an HTML page: the article body as plain-text paragraphs, and its metadata. Never
/// panics; a page with no readable text gives no paragraphs.
pub fn read(html: &str) -> Extracted {
    if flat::estimated_depth(html) > MAX_RAW_DEPTH {
        return without_readability(&flat::flatten(html));
    }
    let doc = Document::from(html);
    if tree_depth(&doc) > MAX_TREE_DEPTH {
        return without_readability(html);
    }
    let page = meta::read(&doc);
    let readable = readability_pass(doc);

    let mut out = page.extracted();
    if let Some(r) = readable {
        // Readability's metadata logic (JSON-LD, then meta tags, then the <title> heuristics)
        // is the reference; what it lacks comes from our own reading of the page.
        out.title = nonempty(Some(r.title)).or(out.title);
        out.outlet = nonempty(r.site_name).or(out.outlet);
        out.byline = nonempty(r.byline).or(out.byline);
        out.published = nonempty(r.published).or(out.published);
        out.paragraphs = r.paragraphs;
    }
    let chars = char_count(&out.paragraphs);
    if chars < MIN_BODY_CHARS {
        let fb = fallback::paragraphs(&Document::from(html));
        if char_count(&fb) > chars + chars / 2 {
            out.paragraphs = fb;
        }
    }
    finish(out)
}

/// Final touches shared by every path: the outlet's name off the title, one headline.
fn finish(mut out: Extracted) -> Extracted {
    if let (Some(title), Some(outlet)) = (&out.title, &out.outlet) {
        out.title = Some(meta::strip_outlet_suffix(title, outlet));
    }
    drop_repeated_headline(&mut out);
    out
}

/// The headline printed twice in a row (a page header and the article's own heading) is
/// page furniture: keep one. Other repeated lines ("link", a caption) are left alone.
fn drop_repeated_headline(out: &mut Extracted) {
    let Some(title) = out.title.as_deref() else {
        return;
    };
    let is_title = |p: &str| blocks::collapse(p).eq_ignore_ascii_case(title);
    out.paragraphs.dedup_by(|b, a| is_title(a) && is_title(b));
}

/// Metadata and fallback body of a document the readability pass is not run on. Readability's
/// metadata logic (no content scoring, no recursion) still runs, so titles come out the same.
fn without_readability(html: &str) -> Extracted {
    let doc = Document::from(html);
    let mut out = meta::read(&doc).extracted();
    let run = move || {
        let r = Readability::with_document(doc, None, Some(Config::default())).ok()?;
        let m = r.get_article_metadata(r.parse_json_ld());
        Some((m, r.doc))
    };
    let doc = match crate::ingest::catch_quietly(run) {
        Ok(Some((m, doc))) => {
            out.title = nonempty(Some(m.title)).or(out.title);
            out.outlet = nonempty(m.site_name).or(out.outlet);
            out.byline = nonempty(m.byline).or(out.byline);
            out.published = nonempty(m.published_time).or(out.published);
            doc
        }
        _ => Document::from(html),
    };
    out.paragraphs = fallback::paragraphs(&doc);
    finish(out)
}

fn char_count(paragraphs: &[String]) -> usize {
    paragraphs.iter().map(|p| p.chars().count()).sum()
}

/// What the readability pass found, already converted to plain text.
struct Readable {
    title: String,
    site_name: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    paragraphs: Vec<String>,
}

/// Runs dom_smoothie on `doc`; `None` if it fails, or panics (an extra guard: one odd page
/// must not take the application down).
fn readability_pass(doc: Document) -> Option<Readable> {
    let run = move || -> Option<Readable> {
        let mut r = Readability::with_document(doc, None, Some(Config::default())).ok()?;
        let article = r.parse().ok()?;
        // Walk the article node in place rather than re-parsing `article.content`.
        let root = r.doc.select_single("#readability-page-1");
        let paragraphs = root.nodes().first().map(blocks::paragraphs).unwrap_or_default();
        Some(Readable {
            title: article.title,
            site_name: article.site_name,
            byline: article.byline,
            published: article.published_time,
            paragraphs,
        })
    };
    crate::ingest::catch_quietly(run).ok().flatten()
}

fn nonempty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Element nesting depth of the tree (stops counting past the limit), without recursion.
fn tree_depth(doc: &Document) -> usize {
    let mut max = 0;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        max = max.max(depth);
        if max > MAX_TREE_DEPTH {
            break;
        }
        let mut child = node.first_child();
        while let Some(c) = child {
            if c.is_element() {
                stack.push((c, depth + 1));
            }
            child = c.next_sibling();
        }
    }
    max
}

#[cfg(test)]
mod tests;
