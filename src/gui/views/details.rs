//! The details panel: the selected group in full — every wording with its differences,
//! the conflicting values, which articles leave it out — and the reader's decisions on it.
//! The rows are those of [`crate::report::present`], as in the reports.

use super::table::words_job;
use crate::compare::Comparison;
use crate::gui::model::Selection;
use crate::gui::state::{Action, CrosscheckApp};
use crate::gui::theme;
use crate::report::present::{self, Group, Meaning};
use egui::{RichText, Ui};

/// Draws the details panel for the selected group; what the user does there comes back in `actions`.
pub fn details_ui(app: &CrosscheckApp, ui: &mut Ui, actions: &mut Vec<Action>) {
    let (Some(cmp), Some(sel)) = (app.comparison.as_ref(), app.selection) else { return };
    ui.horizontal(|ui| {
        ui.heading("Details");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").on_hover_text("Close the details (Esc)").clicked() {
                actions.push(Action::Select(None));
            }
        });
    });
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| match sel {
        Selection::Claim(g) if g < cmp.claim_groups.len() => {
            super::decisions::decisions_ui(app, cmp, ui, sel, actions);
            ui.separator();
            claim_details(app, cmp, ui, g, actions);
        }
        Selection::Quote(g) if g < cmp.quote_groups.len() => {
            super::decisions::decisions_ui(app, cmp, ui, sel, actions);
            ui.separator();
            quote_details(app, cmp, ui, g, actions);
        }
        Selection::Entity(e) if e < cmp.entities.len() => entity_details(app, cmp, ui, e),
        _ => {
            ui.label("The selected group is no longer in the comparison.");
        }
    });
}

fn article_label(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, doc: usize) {
    let color = theme::article_color(app.doc_color(doc));
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
        ui.painter().circle_filled(rect.center(), 5.0, color);
        ui.label(RichText::new(present::article_label(cmp, doc)).strong());
    });
}

fn base_format(ui: &Ui) -> egui::TextFormat {
    egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..Default::default()
    }
}

/// The articles that leave the group out (none listed for a group of one article, whose
/// status already says so).
fn omitted(cmp: &Comparison, ui: &mut Ui, group: &Group) {
    if !group.omitted_by.is_empty() {
        let names: Vec<String> = group.omitted_by.iter().map(|&d| present::article_label(cmp, d)).collect();
        ui.label(format!("Not in: {}", names.join(", ")));
    }
}

/// A member's own controls: take it out of its group.
fn separate_button(ui: &mut Ui, anchor: crate::compare::decisions::Anchor, actions: &mut Vec<Action>) {
    if ui.small_button("Separate").on_hover_text("Take this one out of the group").clicked() {
        actions.push(Action::Decide(crate::gui::state::Decide::Separate(anchor)));
    }
}

/// The group's rows: each article with its words, plain or as a diff; `anchor` gives the
/// member of an article to separate, when the group has more than one member.
fn rows_ui(
    app: &CrosscheckApp,
    cmp: &Comparison,
    ui: &mut Ui,
    group: &Group,
    anchor: &dyn Fn(usize, usize) -> Option<crate::compare::decisions::Anchor>,
    actions: &mut Vec<Action>,
) {
    let dark = ui.visuals().dark_mode;
    for (k, row) in group.rows.iter().enumerate() {
        ui.horizontal(|ui| {
            article_label(app, cmp, ui, row.article);
            if let Some(a) = anchor(k, row.article) {
                separate_button(ui, a, actions);
            }
        });
        ui.add(egui::Label::new(words_job(group, &row.words, &base_format(ui), dark)).wrap());
        ui.add_space(4.0);
    }
    omitted(cmp, ui, group);
}

fn claim_details(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, g: usize, actions: &mut Vec<Action>) {
    let shown = present::claim_group(cmp, g);
    let group = &cmp.claim_groups[g];
    ui.horizontal(|ui| {
        theme::badge(ui, shown.meaning, shown.status);
        // One line per distinct disagreement, however many member pairs show it.
        for line in &shown.conflicts {
            ui.label(RichText::new(line).color(theme::color(Meaning::Conflict)).strong());
        }
    });
    if group.members.len() > 1 {
        // Why the members were matched and how sure that is, so a reader can judge it.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Matched with confidence {:.0}%", group.confidence * 100.0)).weak());
            if !group.evidence.is_empty() {
                ui.label(RichText::new(format!("· shared: {}", group.evidence.join(", "))).weak());
            }
            // The least sure of the disagreements shown, each as sure as its surest pair.
            let sure = present::sure_conflicts(&group.conflicts);
            if let Some(c) = sure.iter().map(|s| s.1).reduce(f64::min) {
                ui.label(RichText::new(format!("· disagreement confidence {:.0}%", c * 100.0)).weak());
            }
            if shown.articles() < shown.rows.len() {
                ui.label(RichText::new("· an article gives two sentences: they may state two facts").weak());
            }
        });
    }
    // A claim group's rows are its members, in order (an article may give two).
    let anchor = |row: usize, _doc: usize| {
        let &m = group.members.get(row)?;
        (group.members.len() > 1).then(|| crate::gui::decide::claim_anchor(cmp, m))
    };
    rows_ui(app, cmp, ui, &shown, &anchor, actions);
}

fn quote_details(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, g: usize, actions: &mut Vec<Action>) {
    let shown = present::quote_group(cmp, g);
    let group = &cmp.quote_groups[g];
    ui.horizontal(|ui| {
        theme::badge(ui, shown.meaning, shown.status);
        ui.label(RichText::new(shown.speaker.unwrap_or_default()).strong());
    });
    // A quote group's rows are its articles (the parts of a split utterance shown as one).
    let anchor = |_row: usize, doc: usize| {
        let m = group.members.iter().copied().find(|m| m.0 == doc)?;
        (group.members.len() > 1).then(|| crate::gui::decide::quote_anchor(cmp, m))
    };
    rows_ui(app, cmp, ui, &shown, &anchor, actions);
}

fn entity_details(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, e: usize) {
    let ent = &cmp.entities[e];
    ui.horizontal(|ui| {
        let word = if ent.conflict { "conflict" } else { "consistent" };
        theme::badge(ui, Meaning::of_name(ent.conflict), word);
        ui.label(RichText::new(&ent.name).strong());
        for c in &ent.conflicts {
            ui.label(RichText::new(format!("{}: {}", c.kind.name(), c.detail)).color(theme::color(Meaning::Conflict)));
        }
    });
    for doc in 0..cmp.docs.len() {
        let forms: Vec<String> = super::names::forms(cmp, ent, doc);
        if forms.is_empty() {
            continue;
        }
        article_label(app, cmp, ui, doc);
        ui.label(forms.join("; "));
    }
}
