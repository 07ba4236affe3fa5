//! Plain text: paragraphs, and the headline, byline, date and furniture at the edges.

use super::Extracted;
// Month names are shared with the analysis's date finder.
use crate::analyze::lexicon::MONTHS;

/// Reads a plain-text article (already decoded, "\n" line ends).
pub fn read(text: &str) -> Extracted {
    from_blocks(split_blocks(text), None)
}

/// Reads text whose line breaks may be hard wraps (PDF output): blank lines separate
/// paragraphs, and lines inside a paragraph are joined (mending words hyphenated at a break).
pub fn read_plain_paragraphs(text: &str) -> Extracted {
    let blocks = text.split("\n\n").map(|b| join_wrapped(b.lines())).filter(|b| !b.trim().is_empty()).collect();
    from_blocks(blocks, None)
}

/// Reads a document given as paragraphs (DOCX), finding headline, byline and date.
pub fn read_lines(paragraphs: Vec<String>) -> Extracted {
    from_blocks(paragraphs, None)
}

/// Splits text into paragraphs. Blank lines separate paragraphs; inside a block, lines are
/// separate paragraphs unless the file is hard-wrapped (then they are joined).
pub fn split_blocks(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let wrapped = is_hard_wrapped(&lines);
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let flush = |current: &mut Vec<&str>, blocks: &mut Vec<String>| {
        if current.is_empty() {
            return;
        }
        if wrapped {
            blocks.push(join_wrapped(current.iter().copied()));
        } else {
            blocks.extend(current.iter().map(|l| l.trim().to_string()));
        }
        current.clear();
    };
    for line in lines {
        if line.trim().is_empty() {
            flush(&mut current, &mut blocks);
        } else {
            current.push(line);
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

/// A file is hard-wrapped when most lines that run on into another line are long and stop
/// without ending a sentence, as text wrapped at a fixed width does.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    let mut runs_on = 0usize;
    let mut wrapped = 0usize;
    for pair in lines.windows(2) {
        let (a, b) = (pair[0].trim(), pair[1].trim());
        if a.is_empty() || b.is_empty() {
            continue;
        }
        runs_on += 1;
        let ends_sentence = a.ends_with(['.', '!', '?', '"', '\u{201D}', ':', ')']);
        if !ends_sentence && a.chars().count() >= 40 && a.chars().count() <= 100 {
            wrapped += 1;
        }
    }
    runs_on >= 3 && wrapped * 10 >= runs_on * 6
}

fn join_wrapped<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if out.ends_with('-') && line.starts_with(|c: char| c.is_lowercase()) {
            // "recog-\nnizing" was one word broken at the end of a line.
            let before = out.trim_end_matches('-');
            if before.ends_with(|c: char| c.is_alphabetic()) {
                out.truncate(before.len());
                out.push_str(line);
                continue;
            }
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Finds the headline, byline and date among the first blocks and drops page furniture at
/// both edges. `title` is a title already known (from markup); then none is taken from text.
pub fn from_blocks(mut blocks: Vec<String>, title: Option<String>) -> Extracted {
    blocks.retain(|b| !b.trim().is_empty());
    while blocks.first().is_some_and(|b| is_furniture(b)) {
        blocks.remove(0);
    }
    while blocks.last().is_some_and(|b| is_furniture(b)) {
        blocks.pop();
    }
    let mut ex = Extracted { title, ..Extracted::default() };
    let mut i = 0;
    // The only paragraph of a document is its body, not its headline.
    if ex.title.is_none() && blocks.len() > 1 && blocks.first().is_some_and(|b| looks_like_headline(b)) {
        ex.title = Some(blocks[0].trim().to_string());
        i = 1;
    }
    // A headline printed twice (page title + article heading) is kept once.
    if let Some(t) = &ex.title
        && blocks.get(i).is_some_and(|b| same_words(b, t))
    {
        i += 1;
    }
    // Byline and date lines follow the headline, possibly after a subheading.
    let header_end = (i + 4).min(blocks.len());
    let mut keep = Vec::with_capacity(blocks.len());
    for (j, block) in blocks.iter().enumerate().skip(i) {
        if j < header_end {
            if ex.byline.is_none()
                && let Some((byline, outlet)) = parse_byline(block)
            {
                ex.byline = Some(byline);
                if ex.outlet.is_none() {
                    ex.outlet = outlet;
                }
                continue;
            }
            if ex.published.is_none() && is_date_line(block) {
                ex.published = Some(super::datelines::clean_published(block));
                continue;
            }
        }
        keep.push(block.clone());
    }
    // Clutter inside the body (captions, counters, teaser lists, promos) as text saved from a
    // browser carries it; bylines and dates found there fill in what the header lacked.
    let cleaned = super::clutter::clean(keep.into_iter().map(super::clutter::Block::plain).collect());
    ex.paragraphs = cleaned.paragraphs;
    ex.dropped = cleaned.dropped;
    if ex.byline.is_none() {
        ex.byline = cleaned.byline;
    }
    if ex.published.is_none() {
        ex.published = cleaned.published;
    }
    ex
}

fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

fn looks_like_headline(block: &str) -> bool {
    let b = block.trim();
    let chars = b.chars().count();
    chars <= 200 && !b.contains('\n') && parse_byline(b).is_none() && !is_date_line(b)
        // A first line that is a whole sentence of body text ends with a full stop.
        && !(b.ends_with('.') && chars > 120)
}

/// "By Jane Doe, Outlet Name" → ("Jane Doe", Some("Outlet Name")).
pub fn parse_byline(block: &str) -> Option<(String, Option<String>)> {
    let b = block.trim();
    if b.chars().count() > 120 || b.contains('\n') {
        return None;
    }
    let rest = ["By ", "BY ", "by ", "Written by ", "Author: ", "Words by "].iter().find_map(|p| b.strip_prefix(p))?;
    let rest = rest.trim().trim_end_matches('.');
    if rest.is_empty() || !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    match rest.split_once(',') {
        Some((name, outlet)) => {
            let outlet = outlet.trim();
            let outlet = (!outlet.is_empty() && !is_date_line(outlet)).then(|| outlet.to_string());
            Some((name.trim().to_string(), outlet))
        }
        None => Some((rest.to_string(), None)),
    }
}

const MONTHS_SHORT: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A short line that is a date: "February 12, 2025", "12 February 2025", "2025-02-12",
/// "Published: Wed 12 Feb 2025 10:04 GMT".
pub fn is_date_line(block: &str) -> bool {
    let b = strip_date_label(block);
    if b.chars().count() > 60 || b.contains('\n') {
        return false;
    }
    let words: Vec<String> =
        b.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let has_year = words.iter().any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)));
    let has_month = words.iter().any(|w| MONTHS.contains(&w.as_str()) || MONTHS_SHORT.contains(&w.as_str()));
    let iso = b.len() >= 10 && {
        let d = b.as_bytes();
        d[..4].iter().all(u8::is_ascii_digit) && d[4] == b'-' && d[7] == b'-'
    };
    let wordy = words
        .iter()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .filter(|w| {
            !MONTHS.contains(&w.as_str())
                && !MONTHS_SHORT.contains(&w.as_str())
                && !is_weekday(w)
                && !super::datelines::is_time_zone(w)
                && !matches!(w.as_str(), "am" | "pm" | "at" | "updated" | "st" | "nd" | "rd" | "th" | "t" | "z")
        })
        .count();
    (has_year && has_month || iso) && wordy <= 1
}

pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
    )
}

fn strip_date_label(block: &str) -> String {
    let b = block.trim();
    for p in ["Published:", "Published", "Posted:", "Posted on", "Posted", "Date:", "Dated", "Updated:", "On "] {
        if let Some(rest) = b.strip_prefix(p) {
            return rest.trim().to_string();
        }
    }
    b.to_string()
}

/// Page furniture: the short lines of a web page around the article itself.
pub fn is_furniture(block: &str) -> bool {
    let b = block.trim().trim_end_matches([':', '.', '!', '…']).trim();
    if b.chars().count() > 60 {
        return false;
    }
    let l = b.to_lowercase();
    const EXACT: &[&str] = &[
        "comments",
        "comment",
        "post a comment",
        "leave a comment",
        "leave a reply",
        "add a comment",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "tweet",
        "email",
        "print",
        "advertisement",
        "advert",
        "sponsored",
        "related",
        "related articles",
        "related stories",
        "read more",
        "more stories",
        "you may also like",
        "recommended",
        "menu",
        "home",
        "skip to content",
        "skip to main content",
        "newsletter",
        "sign up",
        "log in",
        "login",
        "back to top",
        "no comments",
        "show comments",
        "view comments",
        "0 comments",
        "reply",
        "like",
        "follow us",
        "trending",
        "most read",
        "most popular",
        "top stories",
        "loading",
        "loading...",
    ];
    EXACT.contains(&l.as_str())
        || l.starts_with("subscribe")
        || l.starts_with("sign up for")
        || l.starts_with("follow us on")
        || l.starts_with("share this")
        || l.starts_with("click here to")
        || (l.ends_with(" comments") && l.split_whitespace().count() <= 3)
        || l.starts_with("copyright ©")
        || l.starts_with("© ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_become_metadata() {
        let ex =
            read("Headline here\nBy Jane Doe, Daily Planet\nFebruary 12, 2025\n\nFirst paragraph.\n\nSecond one.\n");
        assert_eq!(ex.title.as_deref(), Some("Headline here"));
        assert_eq!(ex.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(ex.outlet.as_deref(), Some("Daily Planet"));
        assert_eq!(ex.published.as_deref(), Some("February 12, 2025"));
        assert_eq!(ex.paragraphs, vec!["First paragraph.", "Second one."]);
    }

    #[test]
    fn doubled_headline_and_trailing_comments_are_dropped() {
        let ex =
            read("Big News Today\nBig News Today\nA line of body text.\nAnother line.\n\n\nComments\nPost a Comment");
        assert_eq!(ex.title.as_deref(), Some("Big News Today"));
        assert_eq!(ex.paragraphs, vec!["A line of body text.", "Another line."]);
    }

    #[test]
    fn hard_wrapped_text_is_joined() {
        let text = "Title\n\nThis is a long paragraph that was wrapped at a fixed width by\nsomeone's editor so that every line is about the same length and\nthe sentence runs on across lines until it finally ends here.\n\nA second paragraph that is also wrapped at about seventy columns so\nthat it continues on the next line.";
        let ex = read(text);
        assert_eq!(ex.paragraphs.len(), 2, "{:?}", ex.paragraphs);
        assert!(ex.paragraphs[0].contains("width by someone's editor"));
    }

    #[test]
    fn dates_in_several_styles() {
        for d in [
            "February 12, 2025",
            "12 February 2025",
            "2025-02-12",
            "Published: Wed 12 Feb 2025 10:04 GMT",
            "Feb. 12, 2025",
        ] {
            assert!(is_date_line(d), "{d}");
        }
        for d in ["In February 2025 the talks began in earnest", "Hegseth spoke"] {
            assert!(!is_date_line(d), "{d}");
        }
    }

    #[test]
    fn furniture_only_at_edges() {
        let ex = read("Title\n\nBody starts.\n\nShare this\n\nBody goes on.\n\nShare this\n\nAdvertisement");
        assert_eq!(ex.paragraphs, vec!["Body starts.", "Share this", "Body goes on."]);
    }

    #[test]
    fn browser_saved_text_loses_its_clutter() {
        let page = "Council approves budget\n\nBy Jane Doe\n\nPUBLISHED: 10:48, Tue, Nov 19, 2024 | UPDATED: 11:05, Tue, Nov 19, 2024\n\n\
            The city council voted on Tuesday to approve a new budget for the coming year, ending weeks of debate.\n\n\
            Image 1 of 8\n\n\
            Mayor Ana Ruiz at the council meeting (Image: PLANET PICTURES)\n\n\
            \"This is a budget that fixes what is broken,\" Mayor Ana Ruiz said after the vote.\n\n\
            DON'T MISS\n\nFerry timetable changes announced\n\nSchools prepare for the winter term\n\n\
            The budget takes effect on July 1 and raises the property tax rate by half a percent.\n\n\
            Sign up for our newsletter to get the day's top stories in your inbox.\n\n\
            Tags: budget, council, library\n";
        let ex = read(page);
        assert_eq!(ex.title.as_deref(), Some("Council approves budget"));
        assert_eq!(ex.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(ex.published.as_deref(), Some("10:48, Tue, Nov 19, 2024"));
        assert_eq!(ex.paragraphs.len(), 3, "{:#?}", ex.paragraphs);
        assert!(ex.paragraphs[1].starts_with("\"This is a budget"));
        assert!(ex.dropped.iter().any(|d| d == "Image 1 of 8"), "{:?}", ex.dropped);
    }
}
