//! The Claims view: one row per claim group, one column per article, changed words marked,
//! filtered by status and searched (Ctrl+F).

use super::table::{self, GridSource};
use crate::compare::{ClaimStatus, Comparison, DiffOp, OpKind};
use crate::gui::state::{Action, CrosscheckApp};
use crate::report::present::{self, Group, GroupId, Row, Words};
use egui::text::LayoutJob;

const STATUSES: [(ClaimStatus, &str); 4] = [
    (ClaimStatus::Conflict, "Conflict"),
    (ClaimStatus::Unique, "Unique"),
    (ClaimStatus::Reworded, "Reworded"),
    (ClaimStatus::Agree, "Agree"),
];

struct Claims<'a>(&'a Comparison);

impl GridSource for Claims<'_> {
    fn group(&self, row: usize) -> Group<'_> {
        present::claim_group(self.0, row)
    }

    fn detail(&self, group: &Group) -> String {
        let GroupId::Claim(g) = group.id else { return String::new() };
        let detail = if !group.conflicts.is_empty() {
            group.conflicts.join("; ")
        } else if self.0.claim_groups[g].status == ClaimStatus::Unique {
            format!("not in {} others", self.0.docs.len().saturating_sub(1))
        } else {
            format!("{} articles", group.articles())
        };
        with_marks(detail, group)
    }

    fn describe(&self, group: &Group) -> String {
        let first = group.rows.iter().find(|r| r.canonical).or(group.rows.first()).map(|r| &r.words);
        let first = match first {
            Some(Words::Plain(text)) => text.as_ref(),
            _ => "",
        };
        format!("{} claim: {first}{}", group.status, with_marks(String::new(), group))
    }

    fn cell(&self, group: &Group, row: &Row, base: &egui::TextFormat, dark: bool) -> LayoutJob {
        match &row.words {
            // A cell shows this article's own words, its changes marked; the canonical
            // words it lacks are in the details panel, where there is room for both.
            Words::Diff(ops) => {
                let own: Vec<DiffOp> = ops.iter().filter(|o| o.op != OpKind::Delete).cloned().collect();
                table::diff_job(&own, base, dark)
            }
            words => table::words_job(group, words, base, dark),
        }
    }
}

/// The lead line with what the reader decided about the row: the group's marks as
/// `present` words them for every presentation ("reviewed", "note: …").
pub fn with_marks(detail: String, group: &Group) -> String {
    let mut out = detail;
    for word in &group.marks {
        out.push_str(" · ");
        out.push_str(word);
    }
    out
}

/// Draws the Claims view; what the user does there comes back in `actions`.
pub fn claims_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(cmp) = app.comparison.clone() else {
        super::empty_ui(app, ui);
        return;
    };
    let counts = STATUSES.map(|(status, word)| (word, app.derived.claim_counts[status as usize]));
    super::filtered_grid_ui(app, ui, actions, super::GridKind::Claims, counts, cmp.claim_groups.len(), &Claims(&cmp));
}
