//! The Articles panel: each article with its colour, metadata, and any failure reason.

use crate::gui::app::{Action, Entry, EntryState};
use crate::gui::theme;
use egui::{RichText, Ui};

pub fn articles_ui(ui: &mut Ui, entries: &[Entry], actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.heading("Articles");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Add…").on_hover_text("Add articles (Ctrl+O)").clicked() {
                actions.push(Action::OpenDialog);
            }
        });
    });
    ui.separator();
    if entries.is_empty() {
        ui.label("No articles yet. Open files with Ctrl+O, or drop them on the window.");
        return;
    }
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        let last = entries.len() - 1;
        for (i, entry) in entries.iter().enumerate() {
            entry_ui(ui, entry, i, last, actions);
            ui.add_space(6.0);
        }
    });
}

fn entry_ui(ui: &mut Ui, entry: &Entry, index: usize, last: usize, actions: &mut Vec<Action>) {
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
            ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
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
                ui.label(RichText::new(&entry.name).small().weak());
            }
        }
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
