//! File dialogs behind a trait: the real app uses rfd (xdg portal), tests hand in paths.

use std::path::PathBuf;

/// The file dialogs the app needs.
pub trait Dialogs {
    /// Lets the user choose articles to open; `None` when cancelled.
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>>;
}

/// Native dialogs through rfd (the xdg desktop portal on Linux).
pub struct RfdDialogs;

impl Dialogs for RfdDialogs {
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>> {
        rfd::FileDialog::new()
            .set_title("Open articles")
            .add_filter("Articles", &["txt", "html", "htm", "xhtml", "md", "markdown", "pdf", "docx"])
            .add_filter("All files", &["*"])
            .pick_files()
    }
}

/// No dialogs at all (every request is "cancelled").
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
}

/// Hands out prepared answers in order: for tests.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub picks: std::collections::VecDeque<Vec<PathBuf>>,
}

impl Dialogs for ScriptedDialogs {
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>> {
        self.picks.pop_front()
    }
}
