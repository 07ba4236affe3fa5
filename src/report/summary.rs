//! What every report format shows first: counts per status and article labels.

use crate::compare::{ClaimStatus, Comparison, QuoteStatus};

/// Counts of groups by status.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub claims: [(ClaimStatus, usize); 4],
    pub quotes: [(QuoteStatus, usize); 4],
    pub entity_conflicts: usize,
    pub entities: usize,
}

pub fn counts(cmp: &Comparison) -> Counts {
    let c = |s: ClaimStatus| cmp.claim_groups.iter().filter(|g| g.status == s).count();
    let q = |s: QuoteStatus| cmp.quote_groups.iter().filter(|g| g.status == s).count();
    Counts {
        claims: [ClaimStatus::Conflict, ClaimStatus::Unique, ClaimStatus::Reworded, ClaimStatus::Agree]
            .map(|s| (s, c(s))),
        quotes: [QuoteStatus::Altered, QuoteStatus::Partial, QuoteStatus::Verbatim, QuoteStatus::Unique]
            .map(|s| (s, q(s))),
        entity_conflicts: cmp.entities.iter().filter(|e| e.conflict).count(),
        entities: cmp.entities.len(),
    }
}

/// A short label for an article: its outlet, else its title, else its file name.
pub fn article_label(cmp: &Comparison, i: usize) -> String {
    let a = &cmp.docs[i].article;
    a.outlet.clone().unwrap_or_else(|| a.display_title().to_string())
}

/// Colour-blind-safe article colours (the same hues as the window), as CSS hex.
pub fn article_hex(i: usize) -> &'static str {
    const HEX: [&str; 8] = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#785ef0", "#969696"];
    HEX[i % HEX.len()]
}

/// The distinct disagreements of a claim group, one line each ("title: A vs B"), however
/// many member pairs show them and in whichever order the pair names the values.
pub fn distinct_conflicts(conflicts: &[crate::compare::Conflict]) -> Vec<String> {
    let mut seen: Vec<(crate::compare::ConflictKind, String, String)> = Vec::new();
    let mut out = Vec::new();
    for c in conflicts {
        let (a, b) = c.detail.split_once(" vs ").unwrap_or((c.detail.as_str(), ""));
        let key = if a <= b { (c.kind, a.to_string(), b.to_string()) } else { (c.kind, b.to_string(), a.to_string()) };
        if !seen.contains(&key) {
            seen.push(key);
            out.push(format!("{}: {}", c.kind.name(), c.detail));
        }
    }
    out
}
