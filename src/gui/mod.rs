//! The desktop window (egui/eframe): a thin shell over the engine.
//!
//! `state` is the window's state; `views/` and `chrome` read it and return actions, and
//! never import `app`. `app` runs the frame loop and `actions` applies what the views
//! returned after drawing (`undo` keeps what they changed, `decide` turns the reader's
//! decisions into stored ones and applies them to the engine's comparison);
//! what a view shows of a group (rows, plain words or a diff, labels, order) and every colour
//! come from [`crate::report::present`], as in the reports; `theme` only turns that palette
//! into egui colours; `dialogs` hides the file dialogs behind a trait so tests can hand in
//! paths.

pub mod actions;
pub mod app;
pub mod chrome;
pub mod decide;
pub mod derive;
pub mod dialogs;
pub mod model;
pub mod state;
pub mod theme;
pub mod undo;
pub mod views;

pub use app::{Action, CrosscheckApp, Decide, StartOptions, View};
pub use dialogs::{Dialogs, NoDialogs, RfdDialogs};
pub use model::Selection;

/// The window icon (the application icon, 256 × 256), decoded.
pub fn window_icon() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(crate::desktop::WINDOW_ICON_PNG).ok()
}

/// Opens the window on `files` (the bundled example set when empty); returns the process's
/// exit code.
/// When a Crosscheck window is already open, the files go there instead (see
/// [`crate::instance`]) and this returns at once.
pub fn run(files: Vec<std::path::PathBuf>) -> std::process::ExitCode {
    let started = std::time::Instant::now();
    #[cfg(unix)]
    let listener = match crate::instance::start(&files) {
        crate::instance::Start::Forwarded => return std::process::ExitCode::SUCCESS,
        crate::instance::Start::First(listener) => Some(listener),
        crate::instance::Start::Alone => None,
    };
    // Removes the socket when the window closes.
    #[cfg(unix)]
    let _socket = listener.as_ref().map(|l| l.guard());
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Crosscheck")
        // The desktop entry's name (Wayland app id, X11 WM_CLASS): the desktop finds the
        // entry and its icon by it.
        .with_app_id(crate::desktop::APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Some(icon) = window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        // The settings stay where they were before the app id changed.
        persistence_path: eframe::storage_dir("crosscheck").map(|d| d.join("app.ron")),
        ..Default::default()
    };
    let recovery = eframe::storage_dir("crosscheck").map(|d| d.join("recovery.crosscheck"));
    let start = StartOptions { files, examples: true, recovery };
    let result = eframe::run_native(
        "crosscheck",
        options,
        Box::new(move |cc| {
            let mut app = CrosscheckApp::new(cc, start, Box::new(RfdDialogs));
            app.started = Some(started);
            #[cfg(unix)]
            if let Some(listener) = listener {
                let ctx = cc.egui_ctx.clone();
                match listener.spawn(move || ctx.request_repaint()) {
                    Ok(incoming) => app.listen(incoming),
                    Err(e) => eprintln!("crosscheck: files opened later will open a window of their own ({e})"),
                }
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("crosscheck: cannot open the window: {e}");
            crate::cli::exit_code(crate::cli::EXIT_FAILURE)
        }
    }
}
