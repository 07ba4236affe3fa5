//! The views of the window. Each draws from the app state and returns actions.

pub mod articles;
pub mod claims;
pub mod decisions;
pub mod details;
pub mod names;
pub mod overview;
pub mod quotes;
pub mod read;
pub mod table;

use crate::gui::state::CrosscheckApp;

/// What a comparison view shows before there is a comparison: how far reading and comparing
/// have come (the window is up before either starts), or how to begin.
pub fn empty_ui(app: &CrosscheckApp, ui: &mut egui::Ui) {
    let total = app.entries.len();
    let loading = app.entries.iter().filter(|e| matches!(e.state, crate::gui::state::EntryState::Loading)).count();
    let progress = if loading > 0 {
        Some(format!("Reading the articles… {} of {total}", total - loading))
    } else if app.is_busy() {
        Some(format!("Comparing {} articles…", app.loaded().filter(|(e, _)| e.included).count()))
    } else {
        None
    };
    ui.vertical_centered(|ui| {
        ui.add_space((ui.available_height() / 2.0 - 30.0).max(0.0));
        match progress {
            Some(text) => {
                ui.spinner();
                ui.label(text);
            }
            None => {
                ui.label("Open two or more articles about one event (Ctrl+O, or drop files here).");
            }
        }
    });
}

/// The search field shared by Claims and Quotes; Ctrl+F focuses it.
pub fn search_box(app: &CrosscheckApp, ui: &mut egui::Ui, filter: &mut crate::gui::state::Filter) {
    let label = ui.label("Find");
    let response = ui
        .add(egui::TextEdit::singleline(&mut filter.search).hint_text("Search (Ctrl+F)").desired_width(220.0))
        .labelled_by(label.id);
    if app.focus_search {
        response.request_focus();
    }
    if !filter.search.is_empty() && ui.small_button("Clear").clicked() {
        filter.search.clear();
    }
}

/// Which grid a filtered view shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GridKind {
    /// The claim groups.
    Claims,
    /// The quote groups.
    Quotes,
}

/// The Claims and Quotes views: status checkboxes with counts, the search box, and the
/// grid of groups; a clicked row becomes the selection, a right-click offers the decisions.
pub fn filtered_grid_ui(
    app: &CrosscheckApp,
    ui: &mut egui::Ui,
    actions: &mut Vec<crate::gui::Action>,
    kind: GridKind,
    statuses: [(&str, usize); 4],
    total: usize,
    source: &dyn table::GridSource,
) {
    use crate::gui::model::Selection;
    let mut filter = app.filter.clone();
    ui.horizontal(|ui| {
        ui.label("Show:");
        let flags = match kind {
            GridKind::Claims => &mut filter.claims,
            GridKind::Quotes => &mut filter.quotes,
        };
        for (flag, (word, n)) in flags.iter_mut().zip(statuses) {
            ui.checkbox(flag, format!("{word} ({n})"));
        }
        ui.checkbox(&mut filter.unreviewed, "Unreviewed only")
            .on_hover_text("Only the divergences you have not marked reviewed");
        ui.separator();
        search_box(app, ui, &mut filter);
        let (shown, noun) = match kind {
            GridKind::Claims => (app.derived.claim_rows.len(), "groups"),
            GridKind::Quotes => (app.derived.quote_rows.len(), "quotes"),
        };
        ui.label(format!("{shown} of {total} {noun}"));
    });
    if filter != app.filter {
        actions.push(crate::gui::Action::SetFilter(filter));
    }
    if app.linking.is_some() {
        ui.colored_label(ui.visuals().warn_fg_color, "Linking: click the row to link with, or press Esc to cancel.");
    }
    ui.separator();
    let (rows, selected, id) = match (kind, app.selection) {
        (GridKind::Claims, Some(Selection::Claim(g))) => (&app.derived.claim_rows, Some(g), "claims_grid"),
        (GridKind::Claims, _) => (&app.derived.claim_rows, None, "claims_grid"),
        (GridKind::Quotes, Some(Selection::Quote(g))) => (&app.derived.quote_rows, Some(g), "quotes_grid"),
        (GridKind::Quotes, _) => (&app.derived.quote_rows, None, "quotes_grid"),
    };
    let to_sel = |row: usize| match kind {
        GridKind::Claims => Selection::Claim(row),
        GridKind::Quotes => Selection::Quote(row),
    };
    let columns = table::columns(app);
    let menu = |ui: &mut egui::Ui, row: usize, actions: &mut Vec<crate::gui::Action>| {
        decisions::group_menu_ui(app, ui, to_sel(row), actions);
    };
    let clicked = table::grid_ui(
        ui,
        id,
        app.derived.stamp,
        rows,
        &columns,
        selected,
        app.scroll_to_selection,
        source,
        &menu,
        actions,
    );
    if let Some(row) = clicked {
        actions.push(crate::gui::Action::Select(Some(to_sel(row))));
    }
}
