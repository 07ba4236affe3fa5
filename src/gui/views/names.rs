//! The Names view: every person, organisation and place, how each article names and
//! titles it; misspellings and differing titles flagged.

use crate::compare::{Comparison, EntityGroup};
use crate::gui::model::Selection;
use crate::gui::state::{Action, CrosscheckApp};
use crate::gui::theme;
use crate::report::present::{Group, GroupId, Row, Words};
use egui::{RichText, Ui};
use std::borrow::Cow;

/// Past this many articles the names are drawn as the Claims grid is: only the rows and
/// columns in view (a grid of every name by a hundred articles took ~100 ms a frame).
const LARGE: usize = 12;

/// The names as grid rows: the lead cell has the status, the name and how it differs; each
/// article's cell the forms it uses.
struct Names<'a>(&'a Comparison);

impl super::table::GridSource for Names<'_> {
    fn group(&self, row: usize) -> Group<'_> {
        let ent = &self.0.entities[row];
        let mut articles: Vec<usize> = ent.mentions.iter().map(|m| m.article).collect();
        articles.sort_unstable();
        articles.dedup();
        let rows = articles
            .into_iter()
            .map(|a| Row {
                article: a,
                words: Words::Plain(Cow::Owned(forms(self.0, ent, a).join("\n"))),
                canonical: false,
            })
            .collect();
        let meaning = if ent.conflict { theme::Meaning::Conflict } else { theme::Meaning::Agree };
        Group {
            // The grid only reads the id for quotation marks, which a claim's words have none of.
            id: GroupId::Claim(row),
            status: if ent.conflict { "conflict" } else { "consistent" },
            meaning,
            speaker: None,
            conflicts: ent.conflicts.iter().map(|c| c.detail.clone()).collect(),
            rows,
            omitted_by: Vec::new(),
            marks: Vec::new(),
        }
    }

    fn detail(&self, group: &Group) -> String {
        let GroupId::Claim(e) = group.id else { return String::new() };
        let name = &self.0.entities[e].name;
        if group.conflicts.is_empty() { name.clone() } else { format!("{name}: {}", group.conflicts.join("; ")) }
    }

    fn describe(&self, group: &Group) -> String {
        let GroupId::Claim(e) = group.id else { return String::new() };
        format!("{} name: {}", group.status, self.0.entities[e].name)
    }
}

/// The Names view of many articles: the grid of the Claims view, one row per name that two
/// articles mention (or that is spelled differently).
fn large_names_ui(
    app: &CrosscheckApp,
    cmp: &Comparison,
    ui: &mut Ui,
    columns: &[super::table::Column],
    selected: Option<usize>,
    actions: &mut Vec<Action>,
) {
    let menu = |ui: &mut Ui, row: usize, actions: &mut Vec<Action>| {
        super::decisions::group_menu_ui(app, ui, Selection::Entity(row), actions);
    };
    let clicked = super::table::grid_ui(
        ui,
        "names_grid",
        app.derived.stamp,
        &app.derived.name_rows,
        columns,
        selected,
        app.scroll_to_selection,
        &Names(cmp),
        &menu,
        actions,
    );
    if let Some(e) = clicked {
        actions.push(Action::Select(Some(Selection::Entity(e))));
    }
}

/// The distinct ways one article writes a name ("U.S. Defense Secretary Pete Hegseth").
pub fn forms(cmp: &Comparison, ent: &EntityGroup, doc: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in ent.mentions.iter().filter(|m| m.article == doc) {
        let mm = &cmp.docs[doc].analysis.mentions[m.mention];
        let f = match &mm.title {
            Some(t) => format!("{t} {}", mm.text),
            None => mm.text.clone(),
        };
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// Draws the Names view; what the user does there comes back in `actions`.
pub fn names_ui(app: &CrosscheckApp, ui: &mut Ui, actions: &mut Vec<Action>) {
    let Some(cmp) = app.comparison.clone() else {
        super::empty_ui(app, ui);
        return;
    };
    let conflicts = cmp.entities.iter().filter(|e| e.conflict).count();
    ui.label(format!("{} names · {conflicts} spelled or titled differently", cmp.entities.len()));
    ui.separator();
    let columns = super::table::columns(app);
    let selected = match app.selection {
        Some(Selection::Entity(e)) => Some(e),
        _ => None,
    };
    if columns.len() > LARGE {
        large_names_ui(app, &cmp, ui, &columns, selected, actions);
        return;
    }
    egui::ScrollArea::both().id_salt("names").auto_shrink([false, false]).show(ui, |ui| {
        egui::Grid::new("names_grid").striped(true).min_col_width(120.0).show(ui, |ui| {
            ui.label(RichText::new("Name").strong());
            ui.label(RichText::new("Status").strong());
            for c in &columns {
                ui.label(RichText::new(&c.label).strong().color(c.color));
            }
            ui.end_row();
            for (i, ent) in cmp.entities.iter().enumerate() {
                // Names only one article mentions have nothing to compare; keep the list short.
                let articles: std::collections::BTreeSet<usize> = ent.mentions.iter().map(|m| m.article).collect();
                if articles.len() < 2 && !ent.conflict {
                    continue;
                }
                let r = ui.selectable_label(selected == Some(i), RichText::new(&ent.name).strong());
                if selected == Some(i) && app.scroll_to_selection {
                    r.scroll_to_me(Some(egui::Align::Center));
                }
                if r.clicked() {
                    actions.push(Action::Select(Some(Selection::Entity(i))));
                }
                ui.vertical(|ui| {
                    if ent.conflict {
                        theme::badge(ui, theme::Meaning::Conflict, "conflict");
                        for c in &ent.conflicts {
                            ui.label(RichText::new(&c.detail).small().color(theme::color(theme::Meaning::Conflict)));
                        }
                    } else {
                        theme::badge(ui, theme::Meaning::Agree, "consistent");
                    }
                });
                for c in &columns {
                    let f = forms(&cmp, ent, c.doc);
                    if f.is_empty() {
                        ui.label(RichText::new("—").weak());
                    } else {
                        ui.label(f.join("\n"));
                    }
                }
                ui.end_row();
            }
        });
    });
}
