//! The Quotes view: each utterance as every outlet printed it, grouped by speaker, altered
//! first, the changed words marked; the reference's wording in the first column.

use super::table::GridSource;
use crate::compare::{Comparison, QuoteStatus};
use crate::gui::state::{Action, CrosscheckApp};
use crate::report::present::{self, Group, GroupId};

const STATUSES: [(QuoteStatus, &str); 4] = [
    (QuoteStatus::Altered, "Altered"),
    (QuoteStatus::Partial, "Partial"),
    (QuoteStatus::Verbatim, "Verbatim"),
    (QuoteStatus::Unique, "Unique"),
];

struct Quotes<'a>(&'a Comparison);

impl GridSource for Quotes<'_> {
    fn group(&self, row: usize) -> Group<'_> {
        present::quote_group(self.0, row)
    }

    fn detail(&self, group: &Group) -> String {
        super::claims::with_marks(group.speaker.unwrap_or_default().to_string(), group)
    }

    fn describe(&self, group: &Group) -> String {
        let GroupId::Quote(g) = group.id else { return String::new() };
        let q = &self.0.quote_groups[g];
        let m = q.members[q.canonical];
        format!(
            "{} quote of {}: {}{}",
            group.status,
            group.speaker.unwrap_or_default(),
            self.0.docs[m.0].analysis.quotes[m.1].text,
            super::claims::with_marks(String::new(), group)
        )
    }
}

/// Draws the Quotes view; what the user does there comes back in `actions`.
pub fn quotes_ui(app: &CrosscheckApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(cmp) = app.comparison.clone() else {
        super::empty_ui(app, ui);
        return;
    };
    let counts = STATUSES.map(|(status, word)| (word, app.derived.quote_counts[status as usize]));
    super::filtered_grid_ui(app, ui, actions, super::GridKind::Quotes, counts, cmp.quote_groups.len(), &Quotes(&cmp));
}
