//! File dialogs behind a trait: the real app uses rfd (xdg portal), tests hand in paths.

use std::collections::VecDeque;
use std::path::PathBuf;

/// The file dialogs the app needs. Each returns `None` when the user cancels.
pub trait Dialogs {
    /// Articles (or a `.crosscheck` comparison file) to open.
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>>;
    /// Where to save a report; the extension (.html, .md, .json) chooses the format.
    fn save_report(&mut self, default_name: &str) -> Option<PathBuf>;
    /// Where to save the comparison file.
    fn save_comparison(&mut self, default_name: &str) -> Option<PathBuf>;
}

/// Native dialogs through rfd (the xdg desktop portal on Linux).
pub struct RfdDialogs;

impl Dialogs for RfdDialogs {
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>> {
        rfd::FileDialog::new()
            .set_title("Open articles")
            .add_filter(
                "Articles and comparisons",
                &["txt", "html", "htm", "xhtml", "md", "markdown", "pdf", "docx", "crosscheck"],
            )
            .add_filter("All files", &["*"])
            .pick_files()
    }

    fn save_report(&mut self, default_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save report")
            .set_file_name(default_name)
            .add_filter("HTML report", &["html"])
            .add_filter("Markdown report", &["md"])
            .add_filter("JSON report", &["json"])
            .save_file()
    }

    fn save_comparison(&mut self, default_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save comparison")
            .set_file_name(default_name)
            .add_filter("Crosscheck comparison", &["crosscheck"])
            .save_file()
    }
}

/// No dialogs at all (every request is "cancelled").
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
    fn save_report(&mut self, _: &str) -> Option<PathBuf> {
        None
    }
    fn save_comparison(&mut self, _: &str) -> Option<PathBuf> {
        None
    }
}

/// Hands out prepared answers in order: for tests.
#[derive(Default)]
pub struct ScriptedDialogs {
    /// Answers to `pick_articles`, in order.
    pub picks: VecDeque<Vec<PathBuf>>,
    /// Answers to the save dialogs, in order.
    pub saves: VecDeque<PathBuf>,
}

impl Dialogs for ScriptedDialogs {
    fn pick_articles(&mut self) -> Option<Vec<PathBuf>> {
        self.picks.pop_front()
    }
    fn save_report(&mut self, _: &str) -> Option<PathBuf> {
        self.saves.pop_front()
    }
    fn save_comparison(&mut self, _: &str) -> Option<PathBuf> {
        self.saves.pop_front()
    }
}
