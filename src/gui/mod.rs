//! The desktop window (egui/eframe): a thin shell over the engine.
//!
//! `app` owns the state and applies actions; `views/` draw it and return actions;
//! `theme` maps meanings (article, status) to colours in one place; `dialogs` hides the
//! file dialogs behind a trait so tests can hand in paths.

pub mod app;
pub mod chrome;
pub mod dialogs;
pub mod model;
pub mod state;
pub mod theme;
pub mod views;

pub use app::{Action, CrosscheckApp, StartOptions, View};
pub use dialogs::{Dialogs, NoDialogs, RfdDialogs};
pub use model::Selection;

/// Opens the window on `files` (the bundled example set when empty); returns the exit code.
pub fn run(files: Vec<std::path::PathBuf>) -> i32 {
    let started = std::time::Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Crosscheck")
            .with_app_id("crosscheck")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..Default::default()
    };
    let start = StartOptions { files, examples: true };
    let result = eframe::run_native(
        "crosscheck",
        options,
        Box::new(move |cc| {
            let mut app = CrosscheckApp::new(cc, start, Box::new(RfdDialogs));
            app.started = Some(started);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => crate::cli::EXIT_OK,
        Err(e) => {
            eprintln!("crosscheck: cannot open the window: {e}");
            crate::cli::EXIT_FAILURE
        }
    }
}
