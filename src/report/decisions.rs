//! The reader's decisions in the reports: `decisions[]` and the `decided`, `reviewed`,
//! `reason` and `notes` fields of a group in JSON; a "Your decisions" list and a mark with
//! the note beside each decided group in HTML and Markdown. Kept apart so each report
//! calls it from one line.

use crate::compare::Comparison;
use crate::compare::decisions::{Decision, Marks, Outcome};
use serde::Serialize;
use std::fmt::Write;

/// What the reader decided about one group (JSON); every field is left out when unset, so a
/// report without decisions is unchanged.
#[derive(Serialize, Default)]
pub struct MarksOut<'a> {
    /// A decision of the reader changed this group.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub decided: bool,
    /// The reader marked this divergence as checked.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reviewed: bool,
    /// The reader's one-line reason for a status they set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'a str>,
    /// The reader's notes on the group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<&'a str>,
}

/// The JSON marks of a group, empty when the reader decided nothing about it.
pub fn marks_out(marks: Option<&Marks>) -> MarksOut<'_> {
    match marks {
        Some(m) => MarksOut {
            decided: m.decided,
            reviewed: m.reviewed,
            reason: m.reason.as_deref(),
            notes: m.notes.iter().map(|n| n.text.as_str()).collect(),
        },
        None => MarksOut::default(),
    }
}

/// One decision as the JSON report lists it: as stored, and whether it was applied.
#[derive(Serialize)]
pub struct DecisionOut<'a> {
    /// The decision as the comparison file stores it.
    #[serde(flatten)]
    pub decision: &'a Decision,
    /// Whether it could be applied to this comparison.
    pub applied: bool,
    /// Why it could not be applied (the anchored file changed …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'a str>,
}

/// Every decision of the comparison, in the order made, with whether it was applied.
pub fn decisions_out(cmp: &Comparison) -> Vec<DecisionOut<'_>> {
    cmp.decided
        .outcomes
        .iter()
        .map(|o| DecisionOut { decision: &o.decision, applied: o.applied, reason: o.reason.as_deref() })
        .collect()
}

/// What an anchor points at, for a reader: the start of its sentence and the file, or the
/// file and span when the text is not there any more.
fn anchor_text(cmp: &Comparison, a: &crate::compare::decisions::Anchor) -> String {
    let doc = cmp.docs.iter().find(|d| d.article.file_name == a.file);
    match doc.and_then(|d| d.article.text.get(a.start..a.end)) {
        Some(text) if crate::compare::decisions::Anchor::hash(text) == a.text_sha256 => {
            let short: String = text.chars().take(70).collect();
            let more = if short.len() < text.len() { "…" } else { "" };
            format!("“{short}{more}” ({})", a.file)
        }
        _ => a.describe(),
    }
}

/// "join of “The mission did not…” (04.txt) and “During the descent…” (03.md): value — note".
fn describe(cmp: &Comparison, o: &Outcome) -> String {
    let d = &o.decision;
    let anchors: Vec<String> = d.anchors.iter().map(|a| anchor_text(cmp, a)).collect();
    let mut line = format!("{} of {}", d.kind.name(), anchors.join(" and "));
    if let Some(v) = &d.value {
        let _ = write!(line, ": {v}");
    }
    if let Some(n) = &d.note {
        let _ = write!(line, " — {n}");
    }
    line
}

/// The group's mark for a report: (decided, reviewed, reason, notes).
/// HTML: the "Your decisions" list, with those that could not be applied said so.
pub fn html_section(h: &mut String, cmp: &Comparison) {
    if cmp.decided.outcomes.is_empty() {
        return;
    }
    h.push_str("<h2>Your decisions</h2>\n<ul class=\"decisions\">\n");
    for o in &cmp.decided.outcomes {
        let esc = super::html::esc;
        match &o.reason {
            None => {
                let _ = writeln!(h, "<li>{}</li>", esc(&describe(cmp, o)));
            }
            Some(r) => {
                let _ = writeln!(
                    h,
                    "<li><strong>Could not be applied:</strong> {} ({})</li>",
                    esc(&describe(cmp, o)),
                    esc(r)
                );
            }
        }
    }
    h.push_str("</ul>\n");
}

/// HTML: the reader's marks beside the badge of a presented group.
pub fn html_group_mark(h: &mut String, group: &super::present::Group) {
    for word in &group.marks {
        let _ = writeln!(
            h,
            " <span class=\"decided\" style=\"border:1px solid #0072b2;border-radius:4px;padding:0 .3em\">✔ {}</span>",
            super::html::esc(word)
        );
    }
}

/// Markdown: the "Your decisions" list.
pub fn md_section(m: &mut String, cmp: &Comparison) {
    if cmp.decided.outcomes.is_empty() {
        return;
    }
    m.push_str("## Your decisions\n\n");
    for o in &cmp.decided.outcomes {
        let esc = super::markdown::esc;
        match &o.reason {
            None => {
                let _ = writeln!(m, "- {}", esc(&describe(cmp, o)));
            }
            Some(r) => {
                let _ = writeln!(m, "- **Could not be applied:** {} ({})", esc(&describe(cmp, o)), esc(r));
            }
        }
    }
    m.push('\n');
}

/// Markdown: the reader's marks after the status of a presented group.
pub fn md_group_mark(m: &mut String, group: &super::present::Group) {
    for word in &group.marks {
        let _ = write!(m, " · *{}*", super::markdown::esc(word));
    }
}
