//! The side-by-side grid shared by the Claims and Quotes views: one row per group, one
//! column per article (the reference first), empty cells where an article has nothing.
//! Only the rows and columns in view are laid out and painted, and what a row's text was
//! laid out to is kept between frames, so hundreds of groups and articles scroll smoothly.
//! What a row shows comes from [`crate::report::present`], as in the reports.

use crate::gui::theme;
use crate::report::present::{self, Group, Row, Words};
use egui::text::{LayoutJob, TextWrapping};
use egui::{Color32, Galley, Painter, Rect, Sense, Ui, pos2, vec2};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// Width of the first column (the rows' own labels), in points.
pub const LEAD_WIDTH: f32 = 190.0;
/// Width of each article column, in points.
pub const COL_WIDTH: f32 = 300.0;
/// Height of the header row, in points.
pub const HEADER_HEIGHT: f32 = 26.0;
/// Lines of text a cell shows; the full wording is in the details panel.
pub const CELL_LINES: usize = 4;

/// One article column.
pub struct Column {
    /// Index into `comparison.docs`.
    pub doc: usize,
    /// The article's colour.
    pub color: Color32,
    /// The column's heading: the article's label, marked when it is the reference.
    pub label: String,
}

/// What a grid shows in each row.
pub trait GridSource {
    /// The group in row `row` (an index into the comparison's groups), as every output
    /// shows it.
    fn group(&self, row: usize) -> Group<'_>;
    /// The line under the status badge (speaker, conflicts, count, the reader's marks).
    fn detail(&self, group: &Group) -> String;
    /// A one-line description for screen readers and tests.
    fn describe(&self, group: &Group) -> String;
    /// The words of one article's row, its differences marked.
    fn cell(&self, group: &Group, row: &Row, base: &egui::TextFormat, dark: bool) -> LayoutJob {
        words_job(group, &row.words, base, dark)
    }
}

/// Rows whose text is kept at most; past it the cache starts again (a few screens' worth is
/// all scrolling needs).
const CACHED_ROWS: usize = 2000;

/// One row's text as laid out: the status badge, the line under it, its description for
/// screen readers, and the cells laid out so far (by article; empty: the article has no
/// member in the group).
#[derive(Clone)]
struct RowText {
    meaning: present::Meaning,
    badge: Arc<Galley>,
    detail: Arc<Galley>,
    describe: Arc<str>,
    cells: HashMap<usize, Vec<Arc<Galley>>>,
}

/// The laid-out rows of one grid, kept in egui's memory between frames. They hold for one
/// comparison (its derived tables' stamp), one font and one theme; the filter only picks
/// which rows are drawn, and the columns have a fixed width, so neither is in the key.
#[derive(Clone, Default)]
struct GridText {
    key: Option<(u64, egui::FontId, bool)>,
    rows: HashMap<usize, RowText>,
}

/// What a right-click on a row offers (drawn into the context menu).
pub type RowMenu<'a> = dyn Fn(&mut Ui, usize, &mut Vec<crate::gui::Action>) + 'a;

/// What one drawing of the grid shares: sizes, colours, the part in view.
struct Frame {
    origin: egui::Pos2,
    viewport: Rect,
    content: egui::Vec2,
    row_height: f32,
    rows: Range<usize>,
    cols: Range<usize>,
    base: egui::TextFormat,
    dark: bool,
    stripe: Color32,
    sel_fill: Color32,
    line: egui::Stroke,
}

impl Frame {
    fn lead_x(&self) -> f32 {
        self.origin.x + self.viewport.min.x
    }

    fn col_x(&self, c: usize) -> f32 {
        self.origin.x + LEAD_WIDTH + c as f32 * COL_WIDTH
    }
}

/// Draws the grid; returns the group id of a clicked row. `stamp` names the comparison the
/// rows are of (see [`crate::gui::model::Derived::stamp`]): text laid out for one is reused
/// until it changes.
#[allow(clippy::too_many_arguments)]
pub fn grid_ui(
    ui: &mut Ui,
    id: &str,
    stamp: u64,
    rows: &[usize],
    columns: &[Column],
    selected: Option<usize>,
    scroll_to_selected: bool,
    src: &dyn GridSource,
    menu: &RowMenu<'_>,
    actions: &mut Vec<crate::gui::Action>,
) -> Option<usize> {
    let row_height = (ui.text_style_height(&egui::TextStyle::Body) * CELL_LINES as f32 + 12.0).ceil();
    let content = vec2(LEAD_WIDTH + COL_WIDTH * columns.len() as f32, HEADER_HEIGHT + row_height * rows.len() as f32);
    let mut area = egui::ScrollArea::both().id_salt(id).auto_shrink([false, false]);
    if scroll_to_selected && let Some(pos) = selected.and_then(|s| rows.iter().position(|&r| r == s)) {
        // Bring the row into view with a little of the row before it showing.
        area = area.vertical_scroll_offset((pos as f32 * row_height - row_height).max(0.0));
    }
    let mut clicked = None;
    let memory = ui.make_persistent_id(("grid_text", id));
    let mut text: GridText = ui.data_mut(|d| std::mem::take(d.get_temp_mut_or_default::<GridText>(memory)));
    area.show_viewport(ui, |ui, viewport| {
        let (full, _) = ui.allocate_exact_size(content, Sense::hover());
        let frame = frame(ui, full.min, viewport, content, row_height, rows.len(), columns.len());
        let key = Some((stamp, frame.base.font_id.clone(), frame.dark));
        if text.key != key || text.rows.len() > CACHED_ROWS {
            text = GridText { key, rows: HashMap::new() };
        }
        let painter = ui.painter().clone();
        for (k, &group) in rows.iter().enumerate().take(frame.rows.end).skip(frame.rows.start) {
            let y = frame.origin.y + HEADER_HEIGHT + k as f32 * row_height;
            let row_rect = Rect::from_min_size(pos2(frame.origin.x, y), vec2(content.x, row_height));
            let shown = row_text(ui, &painter, &frame, columns, src, group, &mut text.rows);
            let is_selected = selected == Some(group);
            // The part of the row on screen is what answers the pointer (and what a screen
            // reader points at), not the whole width of a hundred columns.
            let seen = egui::Rangef::new(frame.lead_x(), frame.origin.x + viewport.max.x);
            let hit = Rect::from_x_y_ranges(seen, row_rect.y_range());
            let response = ui.interact(hit, ui.scope_id().with((id, group)), Sense::click());
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, shown.describe.to_string())
            });
            if response.clicked() {
                clicked = Some(group);
            }
            // Only a row whose menu is open or opening builds one.
            let open = egui::Popup::is_id_open(ui.ctx(), egui::Popup::default_response_id(&response));
            if open || response.secondary_clicked() {
                response.context_menu(|ui| menu(ui, group, actions));
            }
            let fill = if is_selected {
                frame.sel_fill
            } else if response.hovered() || k % 2 == 1 {
                frame.stripe
            } else {
                Color32::TRANSPARENT
            };
            painter.rect_filled(row_rect, 0.0, fill);
            painter.hline(row_rect.x_range(), row_rect.bottom(), frame.line);
            paint_cells(&painter, &frame, y, columns, shown);
            paint_lead(ui, &painter, &frame, y, is_selected, shown);
        }
        paint_header(ui, &painter, &frame, columns);
    });
    ui.data_mut(|d| d.insert_temp(memory, text));
    clicked
}

/// The row's text, laid out now for what is not kept yet: the group is only put together
/// (its rows, conflicts, the articles leaving it out) when a row or a column comes into view.
fn row_text<'c>(
    ui: &Ui,
    painter: &Painter,
    f: &Frame,
    columns: &[Column],
    src: &dyn GridSource,
    group: usize,
    kept: &'c mut HashMap<usize, RowText>,
) -> &'c RowText {
    let missing = |t: &RowText| columns[f.cols.clone()].iter().any(|c| !t.cells.contains_key(&c.doc));
    if kept.get(&group).is_none_or(missing) {
        let shown = src.group(group);
        let row = kept.entry(group).or_insert_with(|| lead_text(ui, painter, f, src, &shown));
        for col in &columns[f.cols.clone()] {
            row.cells.entry(col.doc).or_insert_with(|| {
                let rows: Vec<&Row> = shown.rows.iter().filter(|r| r.article == col.doc).collect();
                // An article that gives the group's claim twice (its lead and its body) has
                // both in its cell, one under the other, sharing the cell's lines.
                let lines = (CELL_LINES / rows.len().max(1)).max(1);
                rows.iter().map(|r| cell_text(painter, f, src, &shown, r, lines)).collect()
            });
        }
    }
    &kept[&group]
}

/// One row's words in an article's cell, cut to `lines` lines.
fn cell_text(
    painter: &Painter,
    f: &Frame,
    src: &dyn GridSource,
    group: &Group,
    row: &Row,
    lines: usize,
) -> Arc<Galley> {
    let mut job = src.cell(group, row, &f.base, f.dark);
    job.wrap = TextWrapping {
        max_width: COL_WIDTH - 14.0,
        max_rows: lines,
        overflow_character: Some('…'),
        ..Default::default()
    };
    painter.layout_job(job)
}

/// The lead cell's text: the status badge, the line under it, the row's description.
fn lead_text(ui: &Ui, painter: &Painter, f: &Frame, src: &dyn GridSource, group: &Group) -> RowText {
    let badge = painter.layout_no_wrap(group.status.to_uppercase(), egui::FontId::proportional(11.0), Color32::WHITE);
    let mut job = LayoutJob::single_section(
        src.detail(group),
        egui::TextFormat { color: ui.visuals().weak_text_color(), ..f.base.clone() },
    );
    job.wrap = TextWrapping {
        max_width: LEAD_WIDTH - 12.0,
        max_rows: CELL_LINES - 1,
        overflow_character: Some('…'),
        ..Default::default()
    };
    let detail = painter.layout_job(job);
    RowText { meaning: group.meaning, badge, detail, describe: src.describe(group).into(), cells: HashMap::new() }
}

/// Sizes and colours of one drawing, and the rows and columns in view.
fn frame(
    ui: &Ui,
    origin: egui::Pos2,
    viewport: Rect,
    content: egui::Vec2,
    row_height: f32,
    n_rows: usize,
    n_cols: usize,
) -> Frame {
    let first_row = ((viewport.min.y - HEADER_HEIGHT) / row_height).floor().max(0.0) as usize;
    let last_row = (((viewport.max.y - HEADER_HEIGHT) / row_height).ceil().max(0.0) as usize).min(n_rows);
    let first_col = ((viewport.min.x - LEAD_WIDTH) / COL_WIDTH).floor().max(0.0) as usize;
    let last_col = (((viewport.max.x - LEAD_WIDTH) / COL_WIDTH).ceil().max(0.0) as usize).min(n_cols);
    Frame {
        origin,
        viewport,
        content,
        row_height,
        rows: first_row..last_row,
        cols: first_col..last_col,
        base: egui::TextFormat {
            font_id: egui::TextStyle::Body.resolve(ui.style()),
            color: ui.visuals().text_color(),
            ..Default::default()
        },
        dark: ui.visuals().dark_mode,
        stripe: ui.visuals().faint_bg_color,
        sel_fill: ui.visuals().selection.bg_fill.gamma_multiply(0.35),
        line: ui.visuals().widgets.noninteractive.bg_stroke,
    }
}

/// The article cells of one row, those in view.
fn paint_cells(painter: &Painter, f: &Frame, y: f32, columns: &[Column], text: &RowText) {
    for (c, col) in columns.iter().enumerate().take(f.cols.end).skip(f.cols.start) {
        let cell = Rect::from_min_size(pos2(f.col_x(c), y), vec2(COL_WIDTH, f.row_height));
        painter.vline(cell.left(), cell.y_range(), f.line);
        let mut top = 6.0;
        for (k, galley) in text.cells.get(&col.doc).into_iter().flatten().enumerate() {
            if k > 0 {
                // The article's second wording of the claim, under a short rule.
                top += 2.0;
                painter.hline(cell.min.x + 7.0..=cell.min.x + 47.0, cell.min.y + top, f.line);
                top += 2.0;
            }
            painter.galley(cell.min + vec2(7.0, top), galley.clone(), f.base.color);
            top += galley.size().y;
        }
    }
}

/// The lead cell of one row: the status badge and the line under it. It stays in view when
/// scrolling sideways.
fn paint_lead(ui: &Ui, painter: &Painter, f: &Frame, y: f32, selected: bool, text: &RowText) {
    let lead = Rect::from_min_size(pos2(f.lead_x(), y), vec2(LEAD_WIDTH, f.row_height));
    painter.rect_filled(lead, 0.0, ui.visuals().panel_fill);
    if selected {
        painter.rect_filled(lead, 0.0, f.sel_fill);
    }
    let badge = Rect::from_min_size(lead.min + vec2(6.0, 6.0), text.badge.size() + vec2(10.0, 2.0));
    painter.rect_filled(badge, 7.0, theme::color(text.meaning));
    painter.galley(badge.min + vec2(5.0, 1.0), text.badge.clone(), Color32::WHITE);
    painter.galley(pos2(lead.min.x + 6.0, badge.max.y + 3.0), text.detail.clone(), f.base.color);
}

/// The header row: each article's colour and label. It stays in view when scrolling down.
fn paint_header(ui: &Ui, painter: &Painter, f: &Frame, columns: &[Column]) {
    let header_y = f.origin.y + f.viewport.min.y;
    let header = Rect::from_min_size(pos2(f.origin.x, header_y), vec2(f.content.x, HEADER_HEIGHT));
    painter.rect_filled(header, 0.0, ui.visuals().extreme_bg_color);
    for (c, col) in columns.iter().enumerate().take(f.cols.end).skip(f.cols.start) {
        let x = f.col_x(c);
        painter.rect_filled(Rect::from_min_size(pos2(x, header_y), vec2(COL_WIDTH, 3.0)), 0.0, col.color);
        // A long headline is cut with an ellipsis at its column's edge, not drawn over the
        // next column's.
        let format =
            egui::TextFormat::simple(egui::TextStyle::Button.resolve(ui.style()), ui.visuals().strong_text_color());
        let mut job = egui::text::LayoutJob::single_section(col.label.clone(), format);
        job.wrap = egui::text::TextWrapping::truncate_at_width(COL_WIDTH - 14.0);
        let g = painter.layout_job(job);
        painter.galley(pos2(x + 7.0, header_y + 6.0), g, Color32::WHITE);
    }
    let corner = Rect::from_min_size(pos2(f.lead_x(), header_y), vec2(LEAD_WIDTH, HEADER_HEIGHT));
    painter.rect_filled(corner, 0.0, ui.visuals().extreme_bg_color);
    painter.text(
        corner.left_center() + vec2(6.0, 0.0),
        egui::Align2::LEFT_CENTER,
        "Status",
        egui::TextStyle::Button.resolve(ui.style()),
        ui.visuals().strong_text_color(),
    );
}

/// A layout of diff ops: inserted words marked, deleted words struck through.
pub fn diff_job(ops: &[crate::compare::DiffOp], base: &egui::TextFormat, dark: bool) -> LayoutJob {
    let mut job = LayoutJob::default();
    for (i, op) in ops.iter().enumerate() {
        if i > 0 {
            job.append(" ", 0.0, base.clone());
        }
        job.append(&op.text, 0.0, theme::diff_format(op.op, dark, base.clone()));
    }
    job
}

/// A row's words as the window lays them out: plain words in the group's quotation marks,
/// or the diff.
pub fn words_job(group: &Group, words: &Words, base: &egui::TextFormat, dark: bool) -> LayoutJob {
    match words {
        Words::Plain(text) => {
            let (open, close) = group.marks();
            LayoutJob::single_section(format!("{open}{text}{close}"), base.clone())
        }
        Words::Diff(ops) => diff_job(ops, base, dark),
    }
}

/// The grid columns: the compared articles, the reference first.
pub fn columns(app: &crate::gui::CrosscheckApp) -> Vec<Column> {
    let Some(cmp) = &app.comparison else { return Vec::new() };
    let mut order: Vec<usize> = (0..cmp.docs.len()).collect();
    if let Some(r) = cmp.reference {
        order.retain(|&d| d != r);
        order.insert(0, r);
    }
    order
        .into_iter()
        .map(|doc| {
            let mut label = present::article_label(cmp, doc);
            if cmp.reference == Some(doc) {
                label = format!("{label} (reference)");
            }
            Column { doc, color: theme::article_color(app.doc_color(doc)), label }
        })
        .collect()
}
