//! The Claims view: one row per claim group, one column per article, changed words marked,
//! filtered by status and searched (Ctrl+F).

use super::table::{self, GridSource};
use crate::compare::{ClaimStatus, Comparison};
use crate::gui::state::{Action, CrosscheckApp};
use crate::gui::theme::{self, Tone};
use egui::text::LayoutJob;

const STATUSES: [(ClaimStatus, &str); 4] = [
    (ClaimStatus::Conflict, "Conflict"),
    (ClaimStatus::Unique, "Unique"),
    (ClaimStatus::Reworded, "Reworded"),
    (ClaimStatus::Agree, "Agree"),
];

struct Claims<'a>(&'a Comparison);

impl GridSource for Claims<'_> {
    fn lead(&self, row: usize) -> (Tone, &'static str, String) {
        let g = &self.0.claim_groups[row];
        let detail = if !g.conflicts.is_empty() {
            crate::report::summary::distinct_conflicts(&g.conflicts).join("; ")
        } else if g.status == ClaimStatus::Unique {
            format!("not in {} others", g.omitted_by.len())
        } else {
            format!("{} articles", g.members.len())
        };
        (theme::claim_tone(g.status), g.status.name(), with_marks(detail, self.0.decided.claim(row)))
    }

    fn cell(&self, row: usize, doc: usize, base: &egui::TextFormat, dark: bool) -> Option<LayoutJob> {
        let g = &self.0.claim_groups[row];
        let k = g.members.iter().position(|&m| self.0.claims[m].article == doc)?;
        if k == g.canonical || g.members.len() == 1 {
            Some(LayoutJob::single_section(self.0.claim(g.members[k]).text.clone(), base.clone()))
        } else {
            // A cell shows this article's own words, its changes marked; the canonical
            // words it lacks are in the details panel, where there is room for both.
            let own: Vec<crate::compare::DiffOp> =
                g.diffs[k].iter().filter(|o| o.op != crate::compare::OpKind::Delete).cloned().collect();
            Some(table::diff_job(&own, base, dark))
        }
    }

    fn describe(&self, row: usize) -> String {
        let g = &self.0.claim_groups[row];
        let first = self.0.claim(g.members[g.canonical]).text.as_str();
        format!("{} claim: {first}{}", g.status.name(), with_marks(String::new(), self.0.decided.claim(row)))
    }
}

/// The lead line with what the reader decided about the row.
pub fn with_marks(detail: String, marks: Option<&crate::compare::decisions::Marks>) -> String {
    let Some(m) = marks else { return detail };
    let mut out = detail;
    if m.reviewed {
        out.push_str(" · reviewed");
    }
    if m.decided {
        out.push_str(" · your decision");
    }
    if let Some(n) = m.notes.first() {
        out.push_str(&format!(" · note: {}", n.text));
    }
    out
}

pub fn claims_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(cmp) = app.comparison.clone() else {
        super::empty_ui(app, ui);
        return;
    };
    let counts = STATUSES.map(|(status, word)| (word, cmp.claim_groups.iter().filter(|g| g.status == status).count()));
    super::filtered_grid_ui(app, ui, actions, super::GridKind::Claims, counts, cmp.claim_groups.len(), &Claims(&cmp));
}
