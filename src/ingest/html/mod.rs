//! HTML: the readable article body (dom_smoothie), title, byline, site name and date.
//!
//! The readability pass (dom_smoothie, a port of Mozilla's Readability.js) picks the article
//! node; [`blocks`] turns that node into plain-text paragraphs; [`meta`] fills in metadata the
//! readability pass missed; [`fallback`] takes over when the pass fails or finds almost
//! nothing; [`flat`] guards against markup nested too deeply to build a tree for.

mod blocks;
mod clutter;
mod fallback;
mod flat;
mod meta;

use super::Extracted;
use super::clutter::{Block, clean};
use super::datelines::{clean_byline, clean_published};
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
    clutter::rescue_embeds(&doc);
    let readable = readability_pass(doc);

    let mut out = page.extracted();
    let mut body = Vec::new();
    if let Some(r) = readable {
        // Readability's metadata logic (JSON-LD, then meta tags, then the <title> heuristics)
        // is the reference; what it lacks comes from our own reading of the page.
        out.title = nonempty(Some(r.title)).or(out.title);
        out.outlet = nonempty(r.site_name).or(out.outlet);
        out.byline = nonempty(r.byline).or(out.byline);
        out.published = nonempty(r.published).or(out.published);
        out.dropped = r.skipped;
        body = r.blocks;
    }
    let chars = block_chars(&body);
    if chars < MIN_BODY_CHARS {
        let fb = fallback::blocks(&Document::from(html));
        if block_chars(&fb) > chars + chars / 2 {
            body = fb;
            out.dropped.clear();
        }
    }
    take_body(&mut out, body);
    finish(out)
}

/// Cleans the body blocks into `out`: clutter dropped (and kept in `dropped`), bylines and
/// dates read into the metadata the page did not give, a warning for a listing page.
fn take_body(out: &mut Extracted, body: Vec<Block>) {
    if clutter::looks_like_listing(&body) {
        out.warnings.push(LISTING_WARNING.to_string());
    }
    let cleaned = clean(body);
    out.paragraphs = cleaned.paragraphs;
    out.dropped.extend(cleaned.dropped);
    if out.byline.is_none() {
        out.byline = cleaned.byline;
    }
    if out.published.is_none() {
        out.published = cleaned.published;
    }
}

/// The warning given for a page that is a feed of many items rather than one article.
pub const LISTING_WARNING: &str = "this page looks like a list of articles (a section front or feed), not one article";

/// Final touches shared by every path: the outlet's name off the title, one headline, the
/// date without its "Published:" label, the byline without its "By".
fn finish(mut out: Extracted) -> Extracted {
    out.published = out.published.map(|p| clean_published(&p)).filter(|p| !p.is_empty());
    out.byline = out.byline.and_then(|b| clean_byline(&b));
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
    let body = fallback::blocks(&doc);
    take_body(&mut out, body);
    finish(out)
}

fn block_chars(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.text.chars().count()).sum()
}

/// What the readability pass found, already converted to plain text.
struct Readable {
    title: String,
    site_name: Option<String>,
    byline: Option<String>,
    published: Option<String>,
    /// The article node's paragraphs, with markup evidence.
    blocks: Vec<Block>,
    /// Inline furniture left out of them.
    skipped: Vec<String>,
}

/// Runs dom_smoothie on `doc`; `None` if it fails, or panics (an extra guard: one odd page
/// must not take the application down).
fn readability_pass(doc: Document) -> Option<Readable> {
    let run = move || -> Option<Readable> {
        // Class names are kept: they are evidence of what a block is (a caption, a byline).
        let config = Config { keep_classes: true, ..Config::default() };
        let mut r = Readability::with_document(doc, None, Some(config)).ok()?;
        let article = r.parse().ok()?;
        // Walk the article node in place rather than re-parsing `article.content`.
        let root = r.doc.select_single("#readability-page-1");
        let (blocks, skipped) = root
            .nodes()
            .first()
            .map(|n| {
                clutter::mark(n);
                blocks::blocks(n, meta::site_host(&r.doc).as_deref())
            })
            .unwrap_or_default();
        Some(Readable {
            title: article.title,
            site_name: article.site_name,
            byline: article.byline,
            published: article.published_time,
            blocks,
            skipped,
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
