//! The Read view: the full texts side by side, in columns that scroll together.

use crate::gui::app::Entry;
use crate::gui::theme;
use egui::{RichText, Ui};

pub fn read_ui(ui: &mut Ui, entries: &[Entry]) {
    let loaded: Vec<(&Entry, &crate::worker::Loaded)> = entries.iter().filter_map(|e| e.loaded().map(|l| (e, l))).collect();
    if loaded.is_empty() {
        ui.centered_and_justified(|ui| ui.label("Open two or more articles to read them side by side."));
        return;
    }
    // Columns narrower than this are unreadable: scroll sideways instead.
    let min_col = 220.0;
    let width = (ui.available_width()).max(min_col * loaded.len() as f32);
    egui::ScrollArea::both().id_salt("read_scroll").auto_shrink([false, false]).show(ui, |ui| {
        ui.set_width(width);
        ui.columns(loaded.len(), |cols| {
            for (col, (entry, l)) in cols.iter_mut().zip(&loaded) {
                // Ragged-right text: a justified layout would stretch the words of each line.
                col.with_layout(egui::Layout::top_down(egui::Align::Min), |col| {
                let a = &l.article;
                let color = theme::article_color(entry.color);
                let (rect, _) = col.allocate_exact_size(egui::vec2(col.available_width(), 4.0), egui::Sense::hover());
                col.painter().rect_filled(rect, 0.0, color);
                col.add(egui::Label::new(RichText::new(a.display_title()).heading().strong()).wrap());
                let date = a.published.as_deref().map(crate::gui::theme::short_date);
                let meta: Vec<&str> = [a.outlet.as_deref(), a.byline.as_deref(), date.as_deref()].into_iter().flatten().collect();
                if !meta.is_empty() {
                    col.label(RichText::new(meta.join(" · ")).weak());
                }
                col.separator();
                for p in &a.paragraphs {
                    col.add(egui::Label::new(a.slice(*p)).wrap());
                    col.add_space(6.0);
                }
                });
            }
        });
    });
}
