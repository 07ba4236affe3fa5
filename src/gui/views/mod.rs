//! The views of the window. Each draws from the app state and returns actions.

pub mod articles;
pub mod claims;
pub mod details;
pub mod names;
pub mod overview;
pub mod quotes;
pub mod read;
pub mod table;

use crate::gui::app::CrosscheckApp;

/// What a comparison view shows before there is a comparison.
pub fn empty_ui(app: &CrosscheckApp, ui: &mut egui::Ui) {
    ui.centered_and_justified(|ui| {
        if app.is_busy() {
            ui.spinner();
        } else {
            ui.label("Open two or more articles about one event (Ctrl+O, or drop files here).");
        }
    });
}

/// The search field shared by Claims and Quotes; Ctrl+F focuses it.
pub fn search_box(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let response =
        ui.add(egui::TextEdit::singleline(&mut app.filter.search).hint_text("Search (Ctrl+F)").desired_width(220.0));
    if app.focus_search {
        response.request_focus();
        app.focus_search = false;
    }
    if !app.filter.search.is_empty() && ui.small_button("Clear").clicked() {
        app.filter.search.clear();
    }
}
