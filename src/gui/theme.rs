//! Colours, in one place: each article's own colour, and the look of each meaning the
//! engine emits (statuses, inserted and deleted words).

use crate::compare::{ClaimStatus, OpKind, QuoteStatus};
use egui::Color32;

/// Colour-blind-safe hues (Okabe–Ito), one per article, repeating after eight. The HTML
/// report uses the same hues (report::summary::article_hex).
const ARTICLE: [(u8, u8, u8); 8] = [
    (0, 114, 178),
    (213, 94, 0),
    (0, 158, 115),
    (204, 121, 167),
    (230, 159, 0),
    (86, 180, 233),
    (120, 94, 240),
    (150, 150, 150),
];

pub fn article_color(index: usize) -> Color32 {
    let (r, g, b) = ARTICLE[index % ARTICLE.len()];
    Color32::from_rgb(r, g, b)
}

/// The colour of an error message.
pub fn error_color(dark: bool) -> Color32 {
    if dark { Color32::from_rgb(255, 120, 110) } else { Color32::from_rgb(190, 30, 30) }
}

/// A status as a word and a colour: the same four meanings as the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Agree,
    Reworded,
    Conflict,
    Unique,
    Partial,
}

impl Tone {
    pub fn color(self) -> Color32 {
        match self {
            Tone::Agree => Color32::from_rgb(46, 125, 50),
            Tone::Reworded => Color32::from_rgb(21, 101, 192),
            Tone::Conflict => Color32::from_rgb(198, 40, 40),
            Tone::Unique => Color32::from_rgb(106, 27, 154),
            Tone::Partial => Color32::from_rgb(239, 108, 0),
        }
    }

    /// A light wash of the colour, for tinting text backgrounds.
    pub fn tint(self, dark: bool) -> Color32 {
        let c = self.color();
        let a = if dark { 70 } else { 40 };
        Color32::from_rgba_unmultiplied(c.r(), c.g(), c.b(), a)
    }
}

pub fn claim_tone(s: ClaimStatus) -> Tone {
    match s {
        ClaimStatus::Agree => Tone::Agree,
        ClaimStatus::Reworded => Tone::Reworded,
        ClaimStatus::Conflict => Tone::Conflict,
        ClaimStatus::Unique => Tone::Unique,
    }
}

pub fn quote_tone(s: QuoteStatus) -> Tone {
    match s {
        QuoteStatus::Verbatim => Tone::Agree,
        QuoteStatus::Partial => Tone::Partial,
        QuoteStatus::Altered => Tone::Conflict,
        QuoteStatus::Unique => Tone::Unique,
    }
}

/// Background and strike-through of a diffed word: inserted words are highlighted,
/// deleted ones struck through, so colour is never the only carrier.
pub fn diff_format(op: OpKind, dark: bool, base: egui::TextFormat) -> egui::TextFormat {
    let mut f = base;
    match op {
        OpKind::Equal => {}
        OpKind::Insert => {
            f.background = if dark { Color32::from_rgb(30, 90, 45) } else { Color32::from_rgb(200, 240, 205) };
            f.underline = egui::Stroke::new(1.0, f.color);
        }
        OpKind::Delete => {
            f.background = if dark { Color32::from_rgb(100, 35, 35) } else { Color32::from_rgb(252, 215, 213) };
            f.strikethrough = egui::Stroke::new(1.0, f.color);
        }
    }
    f
}

/// A date for display: an ISO timestamp ("2025-02-12T09:30:00Z") shows as its day.
pub fn short_date(d: &str) -> String {
    let b = d.as_bytes();
    if b.len() > 10 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' { d[..10].to_string() } else { d.to_string() }
}

/// A status badge: the status in words on its colour.
pub fn badge(ui: &mut egui::Ui, tone: Tone, word: &str) -> egui::Response {
    let text = egui::RichText::new(word.to_uppercase()).small().strong().color(Color32::WHITE);
    egui::Frame::new()
        .fill(tone.color())
        .corner_radius(8.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(text))
        .inner
}
