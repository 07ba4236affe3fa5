//! A linear pass over raw markup, for documents too deeply nested to build a tree for:
//! html5ever's tree builder is quadratic in nesting depth (50,000 nested `<div>` take
//! seconds), and the readability pass recurses. [`estimated_depth`] spots such input
//! without parsing it; [`flatten`] rewrites it as a flat sequence of paragraphs that parses
//! in linear time, keeping `<title>` and `<meta>` for the metadata.

/// Tags the parser closes implicitly (p, li, td …), void tags and document-level tags: they
/// do not make the tree deeper, or not reliably so, and are not counted.
const NOT_COUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "html", "head", "body",
];

/// Elements whose content is raw text (or never article text): skipped whole.
const RAW_TEXT: &[&str] =
    &["script", "style", "template", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript", "svg"];

/// Tags that end a paragraph when the markup is flattened.
const BREAKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "blockquote",
    "pre",
    "section",
    "article",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "hr",
    "address",
    "form",
];

enum Token<'a> {
    Text(&'a str),
    /// A start or end tag: lower-cased name, whether it is an end tag, its full markup.
    Tag {
        name: String,
        end: bool,
        self_closing: bool,
        markup: &'a str,
    },
}

/// Splits markup into text and tags; skips comments, doctypes and raw-text elements.
struct Scanner<'a> {
    html: &'a str,
    pos: usize,
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = &self.html[self.pos..];
            if rest.is_empty() {
                return None;
            }
            let Some(lt) = rest.find('<') else {
                self.pos = self.html.len();
                return Some(Token::Text(rest));
            };
            if lt > 0 {
                self.pos += lt;
                return Some(Token::Text(&rest[..lt]));
            }
            let bytes = rest.as_bytes();
            if rest.starts_with("<!--") {
                self.pos += rest.find("-->").map_or(rest.len(), |i| i + 3);
                continue;
            }
            if matches!(bytes.get(1), Some(b'!' | b'?')) {
                self.pos += rest.find('>').map_or(rest.len(), |i| i + 1);
                continue;
            }
            let end = bytes.get(1) == Some(&b'/');
            let name_start = if end { 2 } else { 1 };
            let name_len = bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
                .count();
            if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
                // A bare "<" is text.
                self.pos += 1;
                return Some(Token::Text("<"));
            }
            let close = tag_end(rest);
            let markup = &rest[..close];
            let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
            let self_closing = markup.ends_with("/>");
            self.pos += close;
            if !end && RAW_TEXT.contains(&name.as_str()) {
                self.skip_past_end_tag(&name);
                continue;
            }
            return Some(Token::Tag { name, end, self_closing, markup });
        }
    }
}

impl Scanner<'_> {
    /// Moves past `</name …>` (case-insensitive), or to the end of the input.
    fn skip_past_end_tag(&mut self, name: &str) {
        let needle = format!("</{name}");
        let rest = &self.html.as_bytes()[self.pos..];
        let found = rest.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()));
        match found {
            Some(i) => {
                let after = &self.html[self.pos + i..];
                self.pos += i + tag_end(after);
            }
            None => self.pos = self.html.len(),
        }
    }
}

/// Length of the tag at the start of `s` up to and including its `>`, quotes respected.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The deepest element nesting the markup asks for, counting only explicitly nested tags.
pub fn estimated_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for token in (Scanner { html, pos: 0 }) {
        let Token::Tag { name, end, self_closing, .. } = token else {
            continue;
        };
        if self_closing || NOT_COUNTED.contains(&name.as_str()) {
            continue;
        }
        if end {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// The markup rewritten without nesting: text, `<p>` at every block boundary, and the
/// `<title>` and `<meta>` tags kept as they were. Entities are left for the parser.
pub fn flatten(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    for token in (Scanner { html, pos: 0 }) {
        match token {
            Token::Text(t) => out.push_str(&t.replace('<', "&lt;")),
            Token::Tag { name, end, markup, .. } => match name.as_str() {
                "meta" => out.push_str(markup),
                "title" => out.push_str(if end { "</title>" } else { "<title>" }),
                n if BREAKS.contains(&n) && !out.ends_with("<p>") => out.push_str("<p>"),
                _ => {}
            },
        }
    }
    out
}
