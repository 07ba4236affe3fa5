//! Colours, in one place: each article's own colour, and the colour of each status.

use egui::Color32;

/// Colour-blind-safe hues (Okabe–Ito), one per article, repeating after eight.
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

/// A date for display: an ISO timestamp ("2025-02-12T09:30:00Z") shows as its day.
pub fn short_date(d: &str) -> String {
    let b = d.as_bytes();
    if b.len() > 10 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' { d[..10].to_string() } else { d.to_string() }
}
