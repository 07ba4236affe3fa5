//! Page metadata read straight from the markup: meta tags, JSON-LD, `<time>`, bylines.
//! Used where the readability pass found nothing, or when it was skipped.

use super::super::Extracted;
use super::blocks::collapse;
use dom_query::Document;
use serde_json::Value;

#[derive(Debug, Default, Clone)]
pub struct PageMeta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
}

const TITLE_KEYS: &[&str] = &["og:title", "twitter:title", "dc.title", "dcterm:title", "title"];
const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "twitter:site", "publisher"];
const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterm:creator",
    "twitter:creator",
];
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article.published",
    "published_time",
    "datepublished",
    "date_published",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "date",
    "article:modified_time",
];

pub fn read(doc: &Document) -> PageMeta {
    let metas = meta_pairs(doc);
    let get = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| metas.iter().find(|(name, value)| name == k && !value.is_empty()).map(|(_, v)| v.clone()))
    };
    let ld = json_ld(doc);

    let raw_title = collapse(&doc.select_single("title").text());
    let title = get(TITLE_KEYS).or_else(|| (!raw_title.is_empty()).then(|| strip_site_suffix(&raw_title).0));
    let outlet =
        get(SITE_KEYS).filter(|s| !s.starts_with('@')).or(ld.publisher).or_else(|| strip_site_suffix(&raw_title).1);
    let byline = get(AUTHOR_KEYS)
        .filter(|a| !a.starts_with("http"))
        .or(ld.author)
        .or_else(|| first_text(doc, "[rel=\"author\"], [itemprop=\"author\"], .byline, .author"));
    let published = get(DATE_KEYS)
        .or(ld.published)
        .or_else(|| first_attr(doc, "[itemprop=\"datePublished\"]", &["content", "datetime"]))
        .or_else(|| first_attr(doc, "time[pubdate]", &["datetime"]))
        .or_else(|| first_attr(doc, "time[datetime]", &["datetime"]));
    let title = title.or_else(|| first_text(doc, "h1")).or_else(|| first_text(doc, "h2"));
    PageMeta { title, outlet, byline, published }
}

impl PageMeta {
    /// An [`Extracted`] with this metadata and no paragraphs yet.
    pub fn extracted(self) -> Extracted {
        Extracted {
            title: self.title,
            outlet: self.outlet,
            byline: self.byline,
            published: self.published,
            ..Extracted::default()
        }
    }
}

/// `(name or property, content)` of every `<meta>`, names lower-cased. A `property` attribute
/// may hold several space-separated names.
fn meta_pairs(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for node in doc.select("meta").nodes() {
        let Some(content) = node.attr("content") else {
            continue;
        };
        let content = collapse(&content);
        for attr in ["property", "name", "itemprop"] {
            if let Some(names) = node.attr(attr) {
                for name in names.split_whitespace() {
                    out.push((name.to_ascii_lowercase(), content.clone()));
                }
            }
        }
    }
    out
}

fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).nodes().iter().map(|n| collapse(&n.text())).find(|t| !t.is_empty() && t.len() < 200)
}

fn first_attr(doc: &Document, selector: &str, attrs: &[&str]) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .find_map(|n| attrs.iter().filter_map(|a| n.attr(a)).map(|v| collapse(&v)).find(|v| !v.is_empty()))
}

#[derive(Default)]
struct LdMeta {
    publisher: Option<String>,
    author: Option<String>,
    published: Option<String>,
}

/// Article metadata from `<script type="application/ld+json">` blocks: the first object
/// (searched breadth-first, `@graph` included) that carries each field.
fn json_ld(doc: &Document) -> LdMeta {
    let mut ld = LdMeta::default();
    for node in doc.select("script[type=\"application/ld+json\"]").nodes() {
        let text = node.text();
        let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
            continue;
        };
        let mut queue = std::collections::VecDeque::from([&value]);
        while let Some(v) = queue.pop_front() {
            match v {
                Value::Array(items) => queue.extend(items),
                Value::Object(map) => {
                    if ld.published.is_none() {
                        ld.published = map.get("datePublished").and_then(name_of);
                    }
                    if ld.author.is_none() {
                        ld.author = map.get("author").and_then(name_of);
                    }
                    if ld.publisher.is_none() {
                        ld.publisher = map.get("publisher").and_then(name_of);
                    }
                    if let Some(graph) = map.get("@graph") {
                        queue.push_back(graph);
                    }
                }
                _ => {}
            }
        }
    }
    ld
}

/// A JSON-LD value as text: a string, an object's `name`, or a list of those joined.
fn name_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => collapse(s),
        Value::Object(map) => map.get("name").and_then(Value::as_str).map(collapse)?,
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(name_of).collect();
            names.join(", ")
        }
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// Separators between a headline and the site name in a page title.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · "];

/// "Headline | Site" without the " | Site", when `site` is the page's site name. Readability
/// keeps the suffix on short headlines (it cannot tell them from "Section | Site" titles); a
/// suffix that names the outlet is never part of the headline.
pub fn strip_outlet_suffix(title: &str, site: &str) -> String {
    let site = site.trim();
    for sep in SEPARATORS {
        if let Some(head) = title
            .len()
            .checked_sub(site.len())
            .and_then(|at| title.get(..at).filter(|_| title[at..].eq_ignore_ascii_case(site)))
            .and_then(|rest| rest.strip_suffix(sep))
            .map(str::trim)
            .filter(|h| !h.is_empty())
        {
            return head.to_string();
        }
    }
    title.to_string()
}

/// Splits "Headline | Site" (also " - ", " – ", " — ", " :: ", " » ") at the last separator
/// when the headline part keeps at least three words; returns `(headline, site)`.
pub fn strip_site_suffix(title: &str) -> (String, Option<String>) {
    let cut = SEPARATORS.iter().filter_map(|s| title.rfind(s).map(|i| (i, s.len()))).max();
    if let Some((i, len)) = cut {
        let (head, site) = (title[..i].trim(), title[i + len..].trim());
        if head.split_whitespace().count() >= 3 && !site.is_empty() {
            return (head.to_string(), Some(site.to_string()));
        }
    }
    (title.to_string(), None)
}

/// The page's own host, from its canonical link or `og:url`.
pub fn site_host(doc: &Document) -> Option<String> {
    let url = first_attr(doc, "link[rel=\"canonical\"]", &["href"])
        .or_else(|| first_attr(doc, "meta[property=\"og:url\"]", &["content"]))?;
    super::blocks::url_host(&url).map(str::to_string)
}
