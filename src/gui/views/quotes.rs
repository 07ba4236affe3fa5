//! The Quotes view: each utterance as every outlet printed it, grouped by speaker, altered
//! first, the changed words marked; the reference's wording in the first column.

use super::table::{self, GridSource};
use crate::compare::{Comparison, QuoteStatus};
use crate::gui::state::{Action, CrosscheckApp};
use crate::gui::theme::{self, Tone};
use egui::text::LayoutJob;

const STATUSES: [(QuoteStatus, &str); 4] = [
    (QuoteStatus::Altered, "Altered"),
    (QuoteStatus::Partial, "Partial"),
    (QuoteStatus::Verbatim, "Verbatim"),
    (QuoteStatus::Unique, "Unique"),
];

struct Quotes<'a>(&'a Comparison);

impl GridSource for Quotes<'_> {
    fn lead(&self, row: usize) -> (Tone, &'static str, String) {
        let g = &self.0.quote_groups[row];
        let speaker = g.speaker.clone().unwrap_or_else(|| "Unknown speaker".into());
        (theme::quote_tone(g.status), g.status.name(), super::claims::with_marks(speaker, self.0.decided.quote(row)))
    }

    fn cell(&self, row: usize, doc: usize, base: &egui::TextFormat, dark: bool) -> Option<LayoutJob> {
        let g = &self.0.quote_groups[row];
        let k = g.members.iter().position(|m| m.0 == doc)?;
        if k == g.canonical || g.status == QuoteStatus::Unique {
            let text = g
                .members
                .iter()
                .filter(|m| m.0 == doc)
                .map(|m| self.0.docs[m.0].analysis.quotes[m.1].text.as_str())
                .collect::<Vec<_>>()
                .join(" … ");
            Some(LayoutJob::single_section(format!("“{text}”"), base.clone()))
        } else {
            Some(table::diff_job(&g.diffs[k], base, dark))
        }
    }

    fn describe(&self, row: usize) -> String {
        let g = &self.0.quote_groups[row];
        let m = g.members[g.canonical];
        format!(
            "{} quote of {}: {}{}",
            g.status.name(),
            g.speaker.as_deref().unwrap_or("unknown speaker"),
            self.0.docs[m.0].analysis.quotes[m.1].text,
            super::claims::with_marks(String::new(), self.0.decided.quote(row))
        )
    }
}

pub fn quotes_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(cmp) = app.comparison.clone() else {
        super::empty_ui(app, ui);
        return;
    };
    let counts = STATUSES.map(|(status, word)| (word, cmp.quote_groups.iter().filter(|g| g.status == status).count()));
    super::filtered_grid_ui(app, ui, actions, super::GridKind::Quotes, counts, cmp.quote_groups.len(), &Quotes(&cmp));
}
