//! The app's plain state types: views, entries, actions, filters, what persists.

use super::model::Selection;
use crate::compare::Settings;
use crate::worker::Loaded;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// What the window opens with.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    pub files: Vec<PathBuf>,
    /// Open the bundled example set when `files` is empty.
    pub examples: bool,
}

/// The main views of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum View {
    Overview,
    #[default]
    Claims,
    Quotes,
    Read,
    Names,
}

impl View {
    pub const ALL: [View; 5] = [View::Overview, View::Claims, View::Quotes, View::Read, View::Names];
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Claims => "Claims",
            View::Quotes => "Quotes",
            View::Read => "Read",
            View::Names => "Names",
        }
    }
}

/// Where one article is in its life.
#[derive(Debug, Clone)]
pub enum EntryState {
    Loading,
    Ready(Loaded),
    Failed(String),
}

/// One article in the side panel.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: u64,
    pub path: Option<PathBuf>,
    pub name: String,
    pub state: EntryState,
    /// Index into the article palette; kept when the list is reordered.
    pub color: usize,
    pub included: bool,
}

impl Entry {
    pub fn loaded(&self) -> Option<&Loaded> {
        match &self.state {
            EntryState::Ready(l) => Some(l),
            _ => None,
        }
    }
}

/// What a view asks the app to do; applied after the frame is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    OpenDialog,
    AddPaths(Vec<PathBuf>),
    Remove(u64),
    MoveUp(u64),
    MoveDown(u64),
    ToggleIncluded(u64),
    SetReference(Option<u64>),
    SetView(View),
    Select(Option<Selection>),
    NextDivergence,
    PrevDivergence,
    SaveReportDialog,
    SaveComparisonDialog,
    OpenComparison(PathBuf),
    /// The settings were edited: compare again.
    Recompare,
    OpenPaste,
    AddPasted {
        name: String,
        text: String,
    },
    /// Stop the running comparison (large inputs take a while).
    CancelCompare,
}

/// What is kept between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Persisted {
    pub recent: Vec<PathBuf>,
    pub view: View,
    pub settings: Settings,
}

/// Which claim statuses the Claims view shows, and the search text (Ctrl+F).
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// conflict, unique, reworded, agree (the order of `ClaimStatus`).
    pub claims: [bool; 4],
    /// altered, partial, verbatim, unique (the order of `QuoteStatus`).
    pub quotes: [bool; 4],
    pub search: String,
}

impl Default for Filter {
    fn default() -> Self {
        Self { claims: [true; 4], quotes: [true; 4], search: String::new() }
    }
}

/// The pasted-text window's fields.
#[derive(Debug, Clone, Default)]
pub struct PasteDraft {
    pub open: bool,
    pub name: String,
    pub text: String,
}
