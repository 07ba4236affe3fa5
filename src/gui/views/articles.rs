//! The Articles panel: each article with its colour, metadata and any failure reason; add,
//! remove, reorder, include or leave out, and mark one as the reference. Only the entries in
//! view are drawn.

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
    list_ui(app, ui, actions);
}

/// Space between two entries beyond the item spacing, in points.
const GAP: f32 = 6.0;
/// The height assumed for an entry not drawn yet (its real one is measured when it is).
const GUESS: f32 = 118.0;

/// The measured height of each entry (by entry id) at one panel width, kept in egui's
/// memory between frames.
#[derive(Clone, Default)]
struct Heights {
    width: f32,
    of: std::collections::HashMap<u64, f32>,
}

/// The list itself. Only the entries in view are drawn: with a hundred articles, drawing
/// every entry's labels, checkboxes and buttons was most of each frame. The others take the
/// height they had when last drawn.
fn list_ui(app: &CrosscheckApp, ui: &mut Ui, actions: &mut Vec<Action>) {
    let memory = ui.scope_id().with("entry_heights");
    let mut heights: Heights = ui.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<Heights>(memory)));
    egui::ScrollArea::vertical().auto_shrink([false, false]).show_viewport(ui, |ui, viewport| {
        let width = ui.available_width();
        if heights.width != width {
            heights = Heights { width, of: Default::default() };
        }
        let height = |h: &Heights, e: &Entry| h.of.get(&e.id).copied().unwrap_or(GUESS);
        let gap = GAP + ui.spacing().item_spacing.y;
        let total: f32 = app.entries.iter().map(|e| height(&heights, e) + gap).sum();
        let (full, _) = ui.allocate_exact_size(egui::vec2(width, total), egui::Sense::hover());
        let last = app.entries.len() - 1;
        let mut y = 0.0;
        for (i, entry) in app.entries.iter().enumerate() {
            let h = height(&heights, entry);
            if y + h >= viewport.min.y && y <= viewport.max.y {
                let at = egui::Rect::from_min_size(full.min + egui::vec2(0.0, y), egui::vec2(width, f32::INFINITY));
                let drawn = ui
                    .scope_builder(egui::UiBuilder::new().id_salt(("entry", entry.id)).max_rect(at), |ui| {
                        entry_ui(ui, entry, app.reference == Some(entry.id), i, last, actions);
                    })
                    .response
                    .rect
                    .height();
                if (drawn - h).abs() > 0.5 {
                    heights.of.insert(entry.id, drawn);
                    // The list below moved: draw again with the measured height.
                    ui.ctx().request_repaint();
                }
            }
            y += h + gap;
        }
    });
    ui.data_mut(|d| d.insert_temp(memory, heights));
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
                meta.push(format!("{} words", entry.word_count));
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
