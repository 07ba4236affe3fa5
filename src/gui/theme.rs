//! Colours for the window. Every colour a reader sees comes from the palette in
//! [`crate::report::present`] (the HTML report uses the same one); this module only turns
//! them into egui colours and text formats.

use crate::compare::OpKind;
use crate::report::present::{self, Rgb};
use egui::Color32;

pub use crate::report::present::Meaning;

/// A palette colour as an egui colour.
pub fn rgb(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// The colour of the article at `index` (by its place in the list).
pub fn article_color(index: usize) -> Color32 {
    rgb(present::article_color(index))
}

/// The colour of a meaning (badges, bars).
pub fn color(m: Meaning) -> Color32 {
    rgb(m.color())
}

/// A light wash of a meaning's colour, for tinting text backgrounds.
pub fn tint(m: Meaning, dark: bool) -> Color32 {
    let c = m.color();
    let a = if dark { 70 } else { 40 };
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, a)
}

/// The colour of an error message.
pub fn error_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(255, 120, 110) } else { Color32::from_rgb(190, 30, 30) }
}

/// Background and strike-through of a diffed word: inserted words are highlighted and
/// underlined, deleted ones struck through, so colour is never the only carrier.
pub fn diff_format(op: OpKind, dark: bool, base: egui::TextFormat) -> egui::TextFormat {
    let mut f = base;
    if let Some(bg) = present::diff_background(op, dark) {
        f.background = rgb(bg);
    }
    match op {
        OpKind::Equal => {}
        OpKind::Insert => f.underline = egui::Stroke::new(1.0, f.color),
        OpKind::Delete => f.strikethrough = egui::Stroke::new(1.0, f.color),
    }
    f
}

/// A date for display: an ISO timestamp ("2025-02-12T09:30:00Z") shows as its day.
pub fn short_date(d: &str) -> String {
    let b = d.as_bytes();
    if b.len() > 10 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' { d[..10].to_string() } else { d.to_string() }
}

/// A status badge: the status in words on its colour.
pub fn badge(ui: &mut egui::Ui, meaning: Meaning, word: &str) -> egui::Response {
    let text = egui::RichText::new(word.to_uppercase()).small().strong().color(Color32::WHITE);
    egui::Frame::new()
        .fill(color(meaning))
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(text))
        .inner
}
