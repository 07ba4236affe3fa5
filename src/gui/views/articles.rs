//! The Articles panel: each article with its colour, metadata and any failure reason; add,
//! remove, reorder, include or leave out, and mark one as the reference.

use crate::gui::state::{Action, CrosscheckApp, Entry, EntryState};
use crate::gui::theme;
use egui::{RichText, Ui};

/// Draws the Articles panel; what the user does there comes back in `actions`.
pub fn articles_ui(app: &CrosscheckApp, ui: &mut Ui, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.heading("Articles");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Add…").on_hover_text("Add articles (Ctrl+O)").clicked() {
                actions.push(Action::OpenDialog);
            }
        });
    });
    ui.separator();
    if app.entries.is_empty() {
        ui.label("No articles yet. Open files with Ctrl+O, drop them on the window, or paste an article.");
        return;
    }
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        let last = app.entries.len() - 1;
        for (i, entry) in app.entries.iter().enumerate() {
            entry_ui(ui, entry, app.reference == Some(entry.id), i, last, actions);
            ui.add_space(6.0);
        }
    });
}

fn entry_ui(ui: &mut Ui, entry: &Entry, is_reference: bool, index: usize, last: usize, actions: &mut Vec<Action>) {
    let color = theme::article_color(entry.color);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 5.0, color);
            let title = match &entry.state {
                EntryState::Ready(l) => l.article.display_title().to_string(),
                _ => entry.name.clone(),
            };
            let mut text = RichText::new(title).strong();
            if !entry.included {
                text = text.weak();
            }
            ui.add(egui::Label::new(text).wrap());
        });
        match &entry.state {
            EntryState::Loading => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Loading…");
                });
            }
            EntryState::Failed(reason) => {
                ui.label(RichText::new(&entry.name).small());
                ui.colored_label(theme::error_color(ui.visuals().dark_mode), format!("Failed: {reason}"));
            }
            EntryState::Ready(l) => {
                let a = &l.article;
                let mut meta = Vec::new();
                if let Some(o) = &a.outlet {
                    meta.push(o.clone());
                }
                if let Some(d) = &a.published {
                    meta.push(theme::short_date(d));
                }
                meta.push(format!("{} words", a.word_count()));
                ui.label(meta.join(" · "));
                if let Some(b) = &a.byline {
                    ui.label(RichText::new(format!("By {b}")).small());
                }
                // "This page looks like a list of articles, not one article."
                for w in &a.warnings {
                    ui.colored_label(theme::error_color(ui.visuals().dark_mode), RichText::new(w).small());
                }
                ui.label(RichText::new(&entry.name).small().weak());
            }
        }
        ui.horizontal_wrapped(|ui| {
            let mut included = entry.included;
            if ui.checkbox(&mut included, "Compare").on_hover_text("Include this article in the comparison").changed() {
                actions.push(Action::ToggleIncluded(entry.id));
            }
            let mut reference = is_reference;
            if ui
                .checkbox(&mut reference, "Reference")
                .on_hover_text("Check every other article's quotes against this one")
                .changed()
            {
                actions.push(Action::SetReference(if reference { Some(entry.id) } else { None }));
            }
        });
        ui.horizontal(|ui| {
            if ui.add_enabled(index > 0, egui::Button::new("Up").small()).on_hover_text("Move up").clicked() {
                actions.push(Action::MoveUp(entry.id));
            }
            if ui.add_enabled(index < last, egui::Button::new("Down").small()).on_hover_text("Move down").clicked() {
                actions.push(Action::MoveDown(entry.id));
            }
            if ui.small_button("Remove").on_hover_text(format!("Remove {}", entry.name)).clicked() {
                actions.push(Action::Remove(entry.id));
            }
        });
    });
}
