//! The Read view: the full texts side by side in columns that scroll together, every
//! sentence tinted by the status of its claim group. Clicking a sentence selects its group
//! and brings the same claim into view in the other columns. The reader's notes stand
//! under the paragraph of the sentence they are about. Only the paragraphs in view are laid
//! out; the others take the height they had when they were.

use crate::compare::decisions::Note;
use crate::gui::model::{Selection, Tint};
use crate::gui::state::{Action, CrosscheckApp, ReadScroll};
use crate::gui::theme;
use crate::model::Article;
use egui::text::LayoutJob;
use egui::{Rect, RichText, Sense, Ui, UiBuilder, pos2, vec2};

const MIN_COL: f32 = 280.0;

/// Draws the Read view: the articles side by side; what the user does there comes back in `actions`.
pub fn read_ui(app: &CrosscheckApp, ui: &mut Ui, actions: &mut Vec<Action>) {
    // Before the first comparison arrives the texts show untinted.
    let docs: Vec<(usize, std::sync::Arc<Article>)> = match &app.comparison {
        Some(c) => c.docs.iter().enumerate().map(|(i, d)| (app.doc_color(i), d.article.clone())).collect(),
        None => app.loaded().map(|(e, l)| (e.color, l.article.clone())).collect(),
    };
    if docs.is_empty() {
        super::empty_ui(app, ui);
        return;
    }
    let n = docs.len();
    let mut scroll = app.read_scroll.clone();
    if scroll.offsets.len() != n {
        scroll.offsets = vec![0.0; n];
        scroll.force = vec![None; n];
        scroll.align = vec![false; n];
    }
    if app.scroll_to_selection && app.selection.is_some() {
        scroll.align = vec![true; n];
    }
    let col_w = (ui.available_width() / n as f32).max(MIN_COL);
    let height = ui.available_height();
    let selected = app.selection;
    let tints: Vec<&[Tint]> =
        (0..n).map(|i| app.derived.tints.get(i).map(Vec::as_slice).unwrap_or(&[]) as &[Tint]).collect();
    let set = scroll.offsets.clone();
    let force: Vec<Option<f32>> = scroll.force.iter_mut().map(Option::take).collect();
    let mut got = set.clone();
    let mut drawn = vec![false; n];
    let mut member_y: Vec<Option<f32>> = vec![None; n];
    let mut clicked: Option<Selection> = None;
    let notes: Vec<Vec<&Note>> = (0..n)
        .map(|d| app.comparison.iter().flat_map(|c| c.decided.notes()).filter(|note| note.article == d).collect())
        .collect();
    egui::ScrollArea::horizontal().id_salt("read_columns").auto_shrink([false, false]).show_viewport(
        ui,
        |ui, viewport| {
            let (full, _) = ui.allocate_exact_size(vec2(col_w * n as f32, height), Sense::hover());
            let first = (viewport.min.x / col_w).floor().max(0.0) as usize;
            let last = ((viewport.max.x / col_w).ceil() as usize).min(n);
            for d in first..last {
                let rect = Rect::from_min_size(pos2(full.min.x + col_w * d as f32, full.min.y), vec2(col_w, height));
                let (color, article) = (&docs[d].0, &docs[d].1);
                ui.scope_builder(UiBuilder::new().max_rect(rect.shrink2(vec2(6.0, 0.0))), |ui| {
                    let (bar, _) = ui.allocate_exact_size(vec2(ui.available_width(), 4.0), Sense::hover());
                    ui.painter().rect_filled(bar, 0.0, theme::article_color(*color));
                    let mut area = egui::ScrollArea::vertical().id_salt(("read_col", d)).auto_shrink([false, false]);
                    if let Some(y) = force[d] {
                        area = area.vertical_scroll_offset(y);
                    }
                    let out = area.show_viewport(ui, |ui, viewport| {
                        ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                            let top = ui.min_rect().top();
                            let at = Placing { top, viewport, notes: &notes[d], selected };
                            column_ui(ui, article, tints[d], &mut clicked, at, &mut member_y[d], actions);
                        });
                    });
                    got[d] = out.state.clamped_offset().y;
                    drawn[d] = true;
                });
            }
        },
    );
    scroll_together(
        ui.ctx(),
        &mut scroll,
        Drawn { set: &set, got: &got, force: &force, drawn: &drawn, member_y: &member_y },
    );
    if scroll != app.read_scroll {
        actions.push(Action::SetReadScroll(scroll));
    }
    if let Some(sel) = clicked {
        actions.push(Action::Select(Some(sel)));
    }
}

/// What one frame drew of the columns: the offsets it set and got, which were forced, which
/// drawn, and where the selection's sentence stands in each.
struct Drawn<'a> {
    set: &'a [f32],
    got: &'a [f32],
    force: &'a [Option<f32>],
    drawn: &'a [bool],
    member_y: &'a [Option<f32>],
}

/// Scrolling together: whichever column the user scrolled moves the others by as much; a new
/// selection brings its sentence into view in every column.
fn scroll_together(ctx: &egui::Context, scroll: &mut ReadScroll, f: Drawn<'_>) {
    let n = f.set.len();
    let delta = (0..n)
        .filter(|&d| f.drawn[d] && f.force[d].is_none())
        .map(|d| f.got[d] - f.set[d])
        .fold(0.0f32, |a, b| if b.abs() > a.abs() { b } else { a });
    let mut offsets = f.got.to_vec();
    if delta.abs() > 0.5 {
        for (d, offset) in offsets.iter_mut().enumerate() {
            if (f.got[d] - f.set[d] - delta).abs() > 0.5 {
                let target = (f.set[d] + delta).max(0.0);
                scroll.force[d] = Some(target);
                *offset = target;
            }
        }
        ctx.request_repaint();
    }
    for (d, offset) in offsets.iter_mut().enumerate() {
        if scroll.align[d]
            && let Some(y) = f.member_y[d]
        {
            let target = (y - 60.0).max(0.0);
            scroll.force[d] = Some(target);
            *offset = target;
            scroll.align[d] = false;
            ctx.request_repaint();
        }
    }
    scroll.offsets = offsets;
}

/// The context menu's note on one sentence of `a`.
fn sentence_note_ui(ui: &mut Ui, a: &Article, start: usize, end: usize, notes: &[&Note], actions: &mut Vec<Action>) {
    let saved = notes.iter().find(|n| n.start == start && n.end == end).map(|n| n.text.clone()).unwrap_or_default();
    let id = egui::Id::unique(("sentence_note", a.file_name.as_str(), start));
    let mut draft: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_else(|| saved.clone());
    let label = ui.label("Note on this sentence");
    ui.add(egui::TextEdit::singleline(&mut draft).hint_text("what you found").desired_width(320.0))
        .labelled_by(label.id);
    if ui.add_enabled(draft.trim() != saved.trim(), egui::Button::new("Save sentence note")).clicked() {
        let anchor = crate::compare::decisions::Anchor::in_article(a, start, end);
        actions.push(Action::Decide(crate::gui::state::Decide::Note(anchor, draft.clone())));
        ui.close();
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}

/// Where a column's content starts and the part of it in view, the reader's notes on its
/// sentences, the selection.
struct Placing<'a> {
    top: f32,
    viewport: Rect,
    notes: &'a [&'a Note],
    /// The group the reader is looking at, highlighted over every status tint.
    selected: Option<Selection>,
}

fn column_ui(
    ui: &mut Ui,
    a: &Article,
    tints: &[Tint],
    clicked: &mut Option<Selection>,
    place: Placing<'_>,
    member_y: &mut Option<f32>,
    actions: &mut Vec<Action>,
) {
    let (top, selected) = (place.top, place.selected);
    header_ui(ui, a);
    let dark = ui.visuals().dark_mode;
    let base = egui::TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    // The selected claim stands out from every status tint.
    let sel_bg = if dark { egui::Color32::from_rgb(120, 100, 0) } else { egui::Color32::from_rgb(255, 226, 120) };
    // Tints and paragraphs are both in text order: walk them together instead of scanning
    // every tint for every paragraph on every frame.
    let mut next = 0;
    // Paragraph ids from one hash of the file name per column, not per paragraph.
    let column_id = egui::Id::unique(("read_paragraph", a.file_name.as_str()));
    let memory = column_id.with("heights");
    let key = heights_key(ui, a, place.notes);
    let mut heights: Heights = ui.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<Heights>(memory)));
    if heights.key != key || heights.of.len() != a.paragraphs.len() {
        heights = Heights { key, of: vec![None; a.paragraphs.len()] };
    }
    // Laid out beyond the view by this much, so a wheel step never shows a gap.
    let margin = place.viewport.height();
    for (i, p) in a.paragraphs.iter().enumerate() {
        let text = a.slice(*p);
        while next < tints.len() && tints[next].end <= p.start {
            next += 1;
        }
        let here: Vec<&Tint> =
            tints[next..].iter().take_while(|t| t.start < p.end).filter(|t| t.end > p.start).collect();
        let y = ui.cursor().top() - top;
        // A paragraph out of view whose height is known takes its space and nothing else:
        // only the paragraphs in view are laid out.
        if let Some(h) = heights.of[i]
            && (y + h < place.viewport.min.y - margin || y > place.viewport.max.y + margin)
        {
            if here.iter().any(|t| Some(t.selection) == selected) && member_y.is_none() {
                *member_y = Some(y);
            }
            ui.add_space(h);
            continue;
        }
        let before = ui.cursor().top();
        let mut job = paragraph_job(a, *p, &here, &base, |t| {
            if Some(t.selection) == selected { sel_bg } else { theme::tint(t.meaning, dark) }
        });
        job.wrap.max_width = ui.available_width();
        let (pos, galley, laid) = egui::Label::new(job).selectable(false).layout_in_ui(ui);
        // Clicks go to a widget of a stable id (the paragraph's place in its article): a
        // context menu keeps its open state by the id of what was right-clicked.
        let id = column_id.with(p.start);
        let response = ui.interact(laid.rect, id, Sense::click());
        // Painted by hand, so named here for screen readers (and tests) as a Label would be.
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
        if here.iter().any(|t| Some(t.selection) == selected) && member_y.is_none() {
            *member_y = Some(response.rect.top() - top);
        }
        let hit = |pointer: egui::Pos2| {
            let c = galley.cursor_from_pos(pointer - pos).index.0;
            let byte = p.start + text.char_indices().nth(c).map(|(b, _)| b).unwrap_or(text.len());
            here.iter().find(|t| t.start <= byte && byte < t.end).copied()
        };
        if response.clicked()
            && let Some(t) = response.interact_pointer_pos().and_then(hit)
        {
            *clicked = Some(t.selection);
        }
        // A right-click on a sentence: a note on that sentence.
        let target_id = id.with("note_target");
        if response.secondary_clicked() {
            let target = response.interact_pointer_pos().and_then(hit).map(|t| (t.start, t.end));
            ui.data_mut(|d| d.insert_temp(target_id, target));
        }
        note_menu_ui(ui, &response, target_id, a, place.notes, actions);
        ui.painter().galley(pos, galley, base.color);
        for note in place.notes.iter().filter(|n| p.start <= n.start && n.start < p.end) {
            let color = ui.visuals().hyperlink_color;
            ui.indent(("note", note.start), |ui| {
                ui.add(egui::Label::new(RichText::new(format!("Note: {}", note.text)).italics().color(color)).wrap());
            });
        }
        ui.add_space(6.0);
        heights.of[i] = Some(ui.cursor().top() - before);
    }
    ui.data_mut(|d| d.insert_temp(memory, heights));
    dropped_ui(ui, a);
}

/// The height each paragraph of a column took with its notes (`None`: not laid out yet),
/// kept in egui's memory for one width, font and set of notes: a paragraph's height does not
/// change with its tints or the selection.
#[derive(Clone, Default)]
struct Heights {
    key: u64,
    of: Vec<Option<f32>>,
}

/// What the heights of a column's paragraphs depend on.
fn heights_key(ui: &Ui, a: &Article, notes: &[&Note]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    ui.available_width().to_bits().hash(&mut h);
    egui::TextStyle::Body.resolve(ui.style()).size.to_bits().hash(&mut h);
    a.text.len().hash(&mut h);
    for n in notes {
        (n.start, &n.text).hash(&mut h);
    }
    h.finish()
}

/// The column's heading: the title, then outlet, byline and date.
fn header_ui(ui: &mut Ui, a: &Article) {
    ui.add(egui::Label::new(RichText::new(a.display_title()).heading().strong()).wrap());
    let date = a.published.as_deref().map(theme::short_date);
    let meta: Vec<&str> = [a.outlet.as_deref(), a.byline.as_deref(), date.as_deref()].into_iter().flatten().collect();
    if !meta.is_empty() {
        ui.label(RichText::new(meta.join(" · ")).weak());
    }
    ui.separator();
}

/// One paragraph laid out with its sentences tinted (`here`: the tints in it, in order).
fn paragraph_job(
    a: &Article,
    p: crate::model::Span,
    here: &[&Tint],
    base: &egui::TextFormat,
    background: impl Fn(&Tint) -> egui::Color32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    let mut at = p.start;
    for t in here {
        let (s, e) = (t.start.max(p.start), t.end.min(p.end));
        if s > at {
            job.append(&a.text[at..s], 0.0, base.clone());
        }
        let mut f = base.clone();
        f.background = background(t);
        if s < e && s >= at {
            job.append(&a.text[s..e], 0.0, f);
            at = e;
        }
    }
    if at < p.end {
        job.append(&a.text[at..p.end], 0.0, base.clone());
    }
    job
}

/// A paragraph's context menu: a note on the sentence right-clicked (kept in `target_id`).
/// It stays open while the note is typed (a menu would close on the first click in it).
fn note_menu_ui(
    ui: &Ui,
    response: &egui::Response,
    target_id: egui::Id,
    a: &Article,
    notes: &[&Note],
    actions: &mut Vec<Action>,
) {
    // Only a paragraph whose menu is open or opening builds one: every paragraph of the
    // columns in view is drawn every frame.
    let open = egui::Popup::is_id_open(ui.ctx(), egui::Popup::default_response_id(response));
    if open || response.secondary_clicked() {
        let menu = egui::Popup::context_menu(response).close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        menu.show(|ui| {
            let Some((start, end)) = ui.data(|d| d.get_temp::<Option<(usize, usize)>>(target_id)).flatten() else {
                ui.label("Right-click a tinted sentence to note it.");
                return;
            };
            sentence_note_ui(ui, a, start, end, notes, actions);
        });
    }
}

/// What the reader dropped as page clutter, dimmed, so a reader can check nothing real was
/// lost.
fn dropped_ui(ui: &mut Ui, a: &Article) {
    if !a.dropped.is_empty() {
        ui.separator();
        egui::CollapsingHeader::new(RichText::new(format!("Dropped as page clutter ({})", a.dropped.len())).weak())
            .id_salt(("dropped", a.file_name.as_str()))
            .show(ui, |ui| {
                for d in &a.dropped {
                    ui.add(egui::Label::new(RichText::new(d).weak().italics()).wrap());
                }
            });
    }
}
