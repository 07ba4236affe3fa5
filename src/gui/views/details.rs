//! The details panel: the selected group in full — every wording with its differences,
//! the conflicting values, which articles leave it out — and the reader's decisions on it.

use super::table::diff_job;
use crate::compare::Comparison;
use crate::gui::model::Selection;
use crate::gui::state::{Action, CrosscheckApp};
use crate::gui::theme;
use egui::{RichText, Ui};

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
    let a = &cmp.docs[doc].article;
    let color = theme::article_color(app.doc_color(doc));
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
        ui.painter().circle_filled(rect.center(), 5.0, color);
        ui.label(RichText::new(a.outlet.clone().unwrap_or_else(|| a.display_title().to_string())).strong());
    });
}

fn base_format(ui: &Ui) -> egui::TextFormat {
    egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..Default::default()
    }
}

fn omitted(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, present: &[usize]) {
    let missing: Vec<String> = (0..cmp.docs.len())
        .filter(|d| !present.contains(d))
        .map(|d| cmp.docs[d].article.outlet.clone().unwrap_or_else(|| cmp.docs[d].article.file_name.clone()))
        .collect();
    if !missing.is_empty() {
        ui.label(format!("Not in: {}", missing.join(", ")));
    }
    let _ = app;
}

/// A member's own controls: take it out of its group.
fn separate_button(ui: &mut Ui, anchor: crate::compare::decisions::Anchor, actions: &mut Vec<Action>) {
    if ui.small_button("Separate").on_hover_text("Take this one out of the group").clicked() {
        actions.push(Action::Decide(crate::gui::state::Decide::Separate(anchor)));
    }
}

fn claim_details(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, g: usize, actions: &mut Vec<Action>) {
    let group = &cmp.claim_groups[g];
    ui.horizontal(|ui| {
        theme::badge(ui, theme::claim_tone(group.status), group.status.name());
        // One line per distinct disagreement, however many member pairs show it.
        for line in crate::report::summary::distinct_conflicts(&group.conflicts) {
            ui.label(RichText::new(line).color(theme::Tone::Conflict.color()).strong());
        }
    });
    if group.members.len() > 1 {
        // Why the members were matched and how sure that is, so a reader can judge it.
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Matched with confidence {:.0}%", group.confidence * 100.0)).weak());
            if !group.evidence.is_empty() {
                ui.label(RichText::new(format!("· shared: {}", group.evidence.join(", "))).weak());
            }
            if let Some(c) = group.conflicts.iter().map(|c| c.confidence).reduce(f64::min) {
                ui.label(RichText::new(format!("· disagreement confidence {:.0}%", c * 100.0)).weak());
            }
        });
    }
    let dark = ui.visuals().dark_mode;
    for (k, &m) in group.members.iter().enumerate() {
        let doc = cmp.claims[m].article;
        ui.horizontal(|ui| {
            article_label(app, cmp, ui, doc);
            if group.members.len() > 1 {
                separate_button(ui, crate::gui::decide::claim_anchor(cmp, m), actions);
            }
        });
        let job = if k == group.canonical || group.members.len() == 1 {
            egui::text::LayoutJob::single_section(cmp.claim(m).text.clone(), base_format(ui))
        } else {
            diff_job(&group.diffs[k], &base_format(ui), dark)
        };
        ui.add(egui::Label::new(job).wrap());
        ui.add_space(4.0);
    }
    omitted(app, cmp, ui, &group.members.iter().map(|&m| cmp.claims[m].article).collect::<Vec<_>>());
}

fn quote_details(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, g: usize, actions: &mut Vec<Action>) {
    let group = &cmp.quote_groups[g];
    ui.horizontal(|ui| {
        theme::badge(ui, theme::quote_tone(group.status), group.status.name());
        ui.label(RichText::new(group.speaker.as_deref().unwrap_or("Unknown speaker")).strong());
    });
    let dark = ui.visuals().dark_mode;
    let mut seen = Vec::new();
    for (k, m) in group.members.iter().enumerate() {
        if seen.contains(&m.0) {
            continue;
        }
        seen.push(m.0);
        ui.horizontal(|ui| {
            article_label(app, cmp, ui, m.0);
            if group.members.len() > 1 {
                separate_button(ui, crate::gui::decide::quote_anchor(cmp, *m), actions);
            }
        });
        let job = if k == group.canonical || group.members.len() == 1 {
            egui::text::LayoutJob::single_section(
                format!("“{}”", cmp.docs[m.0].analysis.quotes[m.1].text),
                base_format(ui),
            )
        } else {
            diff_job(&group.diffs[k], &base_format(ui), dark)
        };
        ui.add(egui::Label::new(job).wrap());
        ui.add_space(4.0);
    }
    omitted(app, cmp, ui, &seen);
}

fn entity_details(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, e: usize) {
    let ent = &cmp.entities[e];
    ui.horizontal(|ui| {
        let (tone, word) =
            if ent.conflict { (theme::Tone::Conflict, "conflict") } else { (theme::Tone::Agree, "consistent") };
        theme::badge(ui, tone, word);
        ui.label(RichText::new(&ent.name).strong());
        for c in &ent.conflicts {
            ui.label(RichText::new(format!("{}: {}", c.kind.name(), c.detail)).color(theme::Tone::Conflict.color()));
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
