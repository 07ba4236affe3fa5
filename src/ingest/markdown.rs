//! Markdown: text without markup; title from front matter or the first heading.

use super::Extracted;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

pub fn read(source: &str) -> Extracted {
    let (front, body) = split_front_matter(source);
    let mut title = front.get("title").cloned();
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_heading: Option<HeadingLevel> = None;
    let mut skip_depth = 0usize;
    for event in Parser::new_ext(body, Options::empty()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut current, &mut blocks);
                in_heading = Some(level);
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = std::mem::take(&mut current);
                if title.is_none() && blocks.is_empty() && in_heading.is_some() {
                    title = Some(text.trim().to_string());
                } else {
                    blocks.push(text);
                }
                in_heading = None;
            }
            Event::Start(Tag::Paragraph | Tag::Item | Tag::BlockQuote(_)) => flush(&mut current, &mut blocks),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_)) => flush(&mut current, &mut blocks),
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => skip_depth += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => skip_depth = skip_depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if skip_depth == 0 => current.push_str(&t),
            Event::SoftBreak => current.push(' '),
            Event::HardBreak => current.push('\n'),
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    // A block with a hard break holds header lines ("By …" then a date): split them.
    let blocks: Vec<String> =
        blocks.into_iter().flat_map(|b| b.split('\n').map(str::to_string).collect::<Vec<_>>()).collect();
    let mut ex = super::text::from_blocks(blocks, title);
    ex.byline = ex.byline.or_else(|| front.get("author").cloned());
    ex.published = ex.published.or_else(|| front.get("date").cloned());
    ex.outlet = ex.outlet.or_else(|| front.get("outlet").or(front.get("site")).or(front.get("publisher")).cloned());
    ex
}

fn flush(current: &mut String, blocks: &mut Vec<String>) {
    if !current.trim().is_empty() {
        blocks.push(std::mem::take(current));
    }
    current.clear();
}

/// YAML-style front matter between `---` lines: simple `key: value` pairs only.
fn split_front_matter(source: &str) -> (std::collections::HashMap<String, String>, &str) {
    let mut map = std::collections::HashMap::new();
    let Some(rest) = source.strip_prefix("---\n") else {
        return (map, source);
    };
    let Some(end) = rest.find("\n---") else {
        return (map, source);
    };
    for line in rest[..end].lines() {
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().trim_matches(['"', '\'']).trim();
            if !v.is_empty() {
                map.insert(k.trim().to_lowercase(), v.to_string());
            }
        }
    }
    let after = &rest[end + 4..];
    (map, after.strip_prefix('\n').unwrap_or(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_is_title_and_markup_is_gone() {
        let ex = read(
            "# The *Big* Story\n\n_By Ann Lee_  \nMarch 3, 2025\n\nSome **bold** text and a [link](http://x).\n\n- a list item\n",
        );
        assert_eq!(ex.title.as_deref(), Some("The Big Story"));
        assert_eq!(ex.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(ex.published.as_deref(), Some("March 3, 2025"));
        assert_eq!(ex.paragraphs, vec!["Some bold text and a link.", "a list item"]);
    }

    #[test]
    fn front_matter_gives_metadata() {
        let ex = read(
            "---\ntitle: \"Front Title\"\nauthor: Bo Chen\ndate: 2025-02-13\noutlet: The Post\n---\n\nBody text.\n",
        );
        assert_eq!(ex.title.as_deref(), Some("Front Title"));
        assert_eq!(ex.byline.as_deref(), Some("Bo Chen"));
        assert_eq!(ex.published.as_deref(), Some("2025-02-13"));
        assert_eq!(ex.outlet.as_deref(), Some("The Post"));
        assert_eq!(ex.paragraphs, vec!["Body text."]);
    }
}
