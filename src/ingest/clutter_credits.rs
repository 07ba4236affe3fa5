//! Caption and photo-credit lines: "Photo: Jane Doe, AP", "(Image: GETTY)", "© Agency".

use super::{is_shouting, strip_prefix_ci};

/// Words that open a photo credit: "Photo: …", "(Image: GETTY)", "Credit: …".
const CREDIT_LABELS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photography",
    "image",
    "images",
    "picture",
    "pictures",
    "pic",
    "credit",
    "credits",
    "image credit",
    "photo credit",
    "photo credits",
    "image copyright",
    "copyright",
    "source",
    "illustration",
    "video",
    "courtesy",
    "photo illustration",
];

/// Every rule of [`is_credit_line`] asks only whether a line has at most 80 words, so the
/// caller's count may stop at this many (sparing a walk to the end of every long paragraph).
pub(super) const CREDIT_WORDS_CAP: usize = 81;

/// A caption or credit line: "Photo: Jane Doe, AP", "(Image: GETTY)", "© Agency", "Image
/// copyright Getty Images", "Jane Doe/Agency", or a sentence ending in such a credit. `n` is
/// its whitespace word count up to [`CREDIT_WORDS_CAP`] (the caller counts it for its own
/// rules too).
pub(super) fn is_credit_line(t: &str, n: usize) -> bool {
    // (Case-blind prefixes rather than a lower-cased copy: this runs for every paragraph.)
    // A whole line that is a credit.
    let bare = t.trim_start_matches(['(', '[']).trim();
    for label in CREDIT_LABELS {
        if let Some(rest) = strip_prefix_ci(bare, label) {
            let rest = rest.trim_start();
            let short = if *label == "source" { n <= 5 } else { n <= 12 };
            if (rest.starts_with(':') || rest.starts_with('©') || strip_prefix_ci(rest, "by ").is_some()) && short {
                return true;
            }
        }
    }
    if (bare.starts_with('©')
        || strip_prefix_ci(bare, "(c) ").is_some()
        || strip_prefix_ci(bare, "courtesy of ").is_some())
        && n <= 10
    {
        return true;
    }
    if n <= 6 && {
        let lower = t.to_lowercase();
        lower.contains("getty images") || lower.contains("shutterstock") || lower.starts_with("ap photo")
    } {
        return true;
    }
    if is_caption_label(t) {
        return true;
    }
    // A caption that ends in its credit: "… in Hanoi. (AP Photo/Jane Doe)", "…treatmentCredit:
    // EPA", "… (Image: GETTY )".
    if n <= 80 {
        let original_tail = t.get(t.len().saturating_sub(60)..).unwrap_or(t);
        // Lower case keeps a closing bracket where it was, so the tail is lowered (a copy)
        // only when it ends in one.
        let tail = if original_tail.trim_end().ends_with(')') { original_tail.to_lowercase() } else { String::new() };
        let tail = tail.trim_end();
        if tail.ends_with(')')
            && let Some(open) = tail.rfind('(')
        {
            let inner = tail[open + 1..].trim_end_matches(')').trim();
            let original = t.trim_end().trim_end_matches(')');
            let original_inner = original.rfind('(').map(|o| &original[o + 1..]).unwrap_or("");
            if [
                "image:",
                "photo:",
                "picture:",
                "pic:",
                "credit:",
                "ap photo",
                "photo by",
                "image by",
                "photo credit",
                "image credit",
            ]
            .iter()
            .any(|p| inner.starts_with(p))
                || inner.ends_with("getty images")
                || inner.contains("/getty")
                || matches!(inner, "ap" | "afp" | "reuters" | "getty" | "epa" | "file")
                || (inner.contains('/') && is_shouting(original_inner))
            {
                return true;
            }
        }
        // "…in Mongolia, in MayCredit: The Siberian Times": a capitalised credit label near the
        // end. ("… Image: Agency" is left alone: Readability keeps such captions.)
        for label in ["Credit:", "CREDIT:"] {
            if let Some(at) = original_tail.rfind(label)
                && original_tail[at..].split_whitespace().count() <= 6
            {
                return true;
            }
        }
    }
    false
}

/// Caption chrome known by its opening words, however long.
fn is_caption_label(t: &str) -> bool {
    ["image copyright", "image caption", "media caption"].iter().any(|p| strip_prefix_ci(t, p).is_some())
}
