//! The Overview: the article × article similarity matrix as a heat map, and per-article
//! bars of agreeing, reworded, conflicting and unique claims.

use crate::compare::Comparison;
use crate::gui::state::{Action, CrosscheckApp, View};
use crate::gui::theme::{self, Meaning};
use crate::report::present;
use egui::{Color32, Rect, RichText, Sense, Ui, pos2, vec2};

/// Draws the Overview; what the user does there comes back in `actions`.
pub fn overview_ui(app: &CrosscheckApp, ui: &mut Ui, actions: &mut Vec<Action>) {
    let Some(cmp) = app.comparison.clone() else {
        super::empty_ui(app, ui);
        return;
    };
    egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
        claims_per_article_ui(app, &cmp, ui);
        similarity_ui(app, &cmp, ui, actions);
    });
}

/// An article's label, short enough for the left of the bars and the heat map.
fn short_label(cmp: &Comparison, d: usize) -> String {
    let l = present::article_label(cmp, d);
    // Long titles would run off the left edge of the heat map.
    if l.chars().count() > 28 { format!("{}…", l.chars().take(27).collect::<String>()) } else { l }
}

/// The legend and one bar per article, split by the status of its claims.
fn claims_per_article_ui(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui) {
    let label = |d: usize| short_label(cmp, d);
    ui.heading("Claims per article");
    ui.horizontal(|ui| {
        for (meaning, word) in [
            (Meaning::Agree, "agree"),
            (Meaning::Reworded, "reworded"),
            (Meaning::Conflict, "conflict"),
            (Meaning::Unique, "unique"),
        ] {
            let (r, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
            ui.painter().rect_filled(r, 2.0, theme::color(meaning));
            ui.label(word);
        }
    });
    let bar_w = (ui.available_width() - 260.0).clamp(200.0, 700.0);
    // One bar per article, split by the status of its claims.
    for (d, cov) in cmp.coverage.iter().enumerate() {
        ui.horizontal(|ui| {
            let (r, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
            ui.painter().circle_filled(r.center(), 5.0, theme::article_color(app.doc_color(d)));
            ui.add_sized([180.0, 18.0], egui::Label::new(label(d)).truncate());
            let total = (cov.agree + cov.reworded + cov.conflict + cov.unique).max(1) as f32;
            let (rect, resp) = ui.allocate_exact_size(vec2(bar_w, 16.0), Sense::hover());
            let mut x = rect.left();
            for (count, meaning) in [
                (cov.agree, Meaning::Agree),
                (cov.reworded, Meaning::Reworded),
                (cov.conflict, Meaning::Conflict),
                (cov.unique, Meaning::Unique),
            ] {
                let w = bar_w * count as f32 / total;
                ui.painter().rect_filled(
                    Rect::from_min_size(pos2(x, rect.top()), vec2(w, 16.0)),
                    0.0,
                    theme::color(meaning),
                );
                x += w;
            }
            resp.on_hover_text(format!(
                "{} agree · {} reworded · {} conflict · {} unique",
                cov.agree, cov.reworded, cov.conflict, cov.unique
            ));
            ui.label(format!("{} · {} · {} · {}", cov.agree, cov.reworded, cov.conflict, cov.unique));
        });
    }
}

/// The similarity matrix as a heat map; a cell opens the Read view.
fn similarity_ui(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, actions: &mut Vec<Action>) {
    let n = cmp.docs.len();
    let label = |d: usize| short_label(cmp, d);
    ui.add_space(16.0);
    ui.heading("Similarity between articles");
    ui.label(
        RichText::new(
            "Cosine similarity of the articles' words: darker is more alike. Click a cell to read the articles side by side.",
        )
        .weak(),
    );
    let cell = if n <= 12 { 54.0 } else { (600.0 / n as f32).clamp(6.0, 54.0) };
    let lead = if n <= 12 { 170.0 } else { 0.0 };
    if n > 12 {
        large_map_ui(app, cmp, ui, cell, actions);
        return;
    }
    let (rect, _) = ui.allocate_exact_size(vec2(lead + cell * n as f32, cell * n as f32 + 4.0), Sense::hover());
    let painter = ui.painter_at(rect);
    let dark = ui.visuals().dark_mode;
    for i in 0..n {
        if lead > 0.0 {
            painter.text(
                pos2(rect.left() + lead - 6.0, rect.top() + cell * (i as f32 + 0.5)),
                egui::Align2::RIGHT_CENTER,
                label(i),
                egui::TextStyle::Small.resolve(ui.style()),
                theme::article_color(app.doc_color(i)),
            );
        }
        for j in 0..n {
            let v = cmp.similarity[i][j] as f32;
            let r = Rect::from_min_size(
                pos2(rect.left() + lead + cell * j as f32, rect.top() + cell * i as f32),
                vec2(cell - 1.0, cell - 1.0),
            );
            let base = theme::rgb(present::SIMILARITY);
            let bg = if dark { Color32::from_gray(30) } else { Color32::from_gray(245) };
            let fill = lerp(bg, base, v.clamp(0.0, 1.0));
            painter.rect_filled(r, 1.0, fill);
            if cell >= 30.0 {
                let ink = if v > 0.5 { Color32::WHITE } else { ui.visuals().text_color() };
                painter.text(
                    r.center(),
                    egui::Align2::CENTER_CENTER,
                    format!("{v:.2}"),
                    egui::TextStyle::Small.resolve(ui.style()),
                    ink,
                );
            }
            let resp = ui.interact(r, ui.scope_id().with(("sim", i, j)), Sense::click());
            // A cell opens the Read view, every article side by side.
            if resp.clicked() && i != j {
                actions.push(Action::SetView(View::Read));
            }
            resp.on_hover_text(format!("{} / {}: {v:.2}", label(i), label(j)));
        }
    }
}

/// The heat map of many articles: one image made once per comparison and theme (a hundred
/// articles are ten thousand cells, too many to paint and hit-test one by one every frame),
/// and one hover area that names the cell under the pointer.
fn large_map_ui(app: &CrosscheckApp, cmp: &Comparison, ui: &mut Ui, cell: f32, actions: &mut Vec<Action>) {
    let n = cmp.docs.len();
    let dark = ui.visuals().dark_mode;
    let key = (app.derived.stamp, dark);
    let memory = ui.make_persistent_id("similarity_image");
    let kept: Option<((u64, bool), egui::TextureHandle)> = ui.data(|d| d.get_temp(memory));
    let texture = match kept {
        Some((k, t)) if k == key => t,
        _ => {
            let base = theme::rgb(present::SIMILARITY);
            let bg = if dark { Color32::from_gray(30) } else { Color32::from_gray(245) };
            let pixels: Vec<Color32> =
                (0..n * n).map(|k| lerp(bg, base, (cmp.similarity[k / n][k % n] as f32).clamp(0.0, 1.0))).collect();
            let image = egui::ColorImage::new([n, n], pixels);
            let t = ui.ctx().load_texture("similarity", image, egui::TextureOptions::NEAREST);
            ui.data_mut(|d| d.insert_temp(memory, (key, t.clone())));
            t
        }
    };
    let size = vec2(cell * n as f32, cell * n as f32);
    let (rect, response) = ui.allocate_exact_size(size + vec2(0.0, 4.0), Sense::click());
    let map = Rect::from_min_size(rect.min, size);
    ui.painter().image(texture.id(), map, Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)), Color32::WHITE);
    let at = response.hover_pos().filter(|p| map.contains(*p)).map(|p| {
        let i = (((p.y - map.top()) / cell) as usize).min(n - 1);
        let j = (((p.x - map.left()) / cell) as usize).min(n - 1);
        (i, j)
    });
    if response.clicked()
        && let Some((i, j)) = at
        && i != j
    {
        actions.push(Action::SetView(View::Read));
    }
    if let Some((i, j)) = at {
        let v = cmp.similarity[i][j];
        response.on_hover_text(format!("{} / {}: {v:.2}", short_label(cmp, i), short_label(cmp, j)));
    }
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let m = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}
