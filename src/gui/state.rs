//! The app's state: the window's state itself, views, entries, actions, filters, what
//! persists. Views read it and return actions; they never import `app`.

use super::model::{Derived, Selection};
use crate::compare::decisions::Anchor;
use crate::compare::{Comparison, Settings};
use crate::session::ComparisonFile;
use crate::worker::Loaded;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// What the window opens with.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// The article files to open.
    pub files: Vec<PathBuf>,
    /// Open the bundled example set when `files` is empty.
    pub examples: bool,
    /// Where the decisions are autosaved; a file there at start (a crash) is offered back.
    pub recovery: Option<PathBuf>,
}

/// Up to this many claims a decision is applied in the frame of the click (a few
/// milliseconds); above it, on the derive thread (100 articles have about 10 000).
pub const DECIDE_IN_FRAME_UP_TO: usize = 1000;

/// The main views of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum View {
    /// How the articles compare as a whole: coverage, similarity, warnings.
    Overview,
    /// The claims grouped across articles.
    #[default]
    Claims,
    /// The quotes grouped across articles.
    Quotes,
    /// The articles side by side, in columns.
    Read,
    /// The names of people, organisations and places across articles.
    Names,
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 5] = [View::Overview, View::Claims, View::Quotes, View::Read, View::Names];
    /// The view's name on its tab.
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
    /// Being read and analyzed on the worker.
    Loading,
    /// Read and analyzed.
    Ready(Loaded),
    /// Could not be read; the message says why.
    Failed(String),
}

/// One article in the side panel.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Unique id of the entry for this run of the app; actions name entries by it.
    pub id: u64,
    /// The file it was read from (`None` for pasted text).
    pub path: Option<PathBuf>,
    /// The name shown for it (the file name).
    pub name: String,
    /// Whether it is loading, ready or failed.
    pub state: EntryState,
    /// Index into the article palette; kept when the list is reordered.
    pub color: usize,
    /// Whether it takes part in the comparison.
    pub included: bool,
    /// The article's word count, counted once when it loaded (the panel shows it every frame).
    pub word_count: usize,
}

impl Entry {
    /// The article and its analysis, once ready.
    pub fn loaded(&self) -> Option<&Loaded> {
        match &self.state {
            EntryState::Ready(l) => Some(l),
            _ => None,
        }
    }
}

/// What a view asks the app to do; applied after the frame is drawn. The ones that change
/// the comparison (articles, settings, reference, decisions) can be undone.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Open the file dialog to add articles.
    OpenDialog,
    /// Add the articles at these paths.
    AddPaths(Vec<PathBuf>),
    /// Remove the entry with this id.
    Remove(u64),
    /// Move the entry with this id one place up the list.
    MoveUp(u64),
    /// Move the entry with this id one place down the list.
    MoveDown(u64),
    /// Include the entry in the comparison, or leave it out.
    ToggleIncluded(u64),
    /// Make the entry with this id the reference article (`None`: no reference).
    SetReference(Option<u64>),
    /// Show this view.
    SetView(View),
    /// Select this row or sentence (`None`: clear the selection).
    Select(Option<Selection>),
    /// F7 / Shift+F7: the next divergence not yet reviewed (all of them with `reviewed_too`).
    Step {
        /// Step forward (or back).
        forward: bool,
        /// Also step to divergences already reviewed.
        reviewed_too: bool,
    },
    /// Open the dialog to save a report.
    SaveReportDialog,
    /// Open the dialog to save the comparison file (articles and decisions).
    SaveComparisonDialog,
    /// Open the comparison file at this path.
    OpenComparison(PathBuf),
    /// New settings: compare again.
    SetSettings(Settings),
    /// The status checkboxes or the search text changed.
    SetFilter(Filter),
    /// Ctrl+F: the search box takes the keyboard focus.
    FocusSearch,
    /// The Read view's columns scrolled.
    SetReadScroll(ReadScroll),
    /// The paste window's fields (or its being open) changed.
    SetPaste(PasteDraft),
    /// Add pasted text as an article.
    AddPasted {
        /// The name to give it (a made-up one when blank).
        name: String,
        /// The pasted text.
        text: String,
    },
    /// Stop the running comparison (large inputs take a while).
    CancelCompare,
    /// A decision of the reader about the comparison.
    Decide(Decide),
    /// "Link with…": the next claim (or quote) picked is joined with this one.
    StartLink(Anchor),
    /// Stop linking without joining anything.
    CancelLink,
    /// Undo the last change to the comparison.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// The decisions found in the recovery file at start: take them back, or forget them.
    RestoreRecovery,
    /// Forget them and delete the recovery file.
    DiscardRecovery,
}

/// A decision the reader makes in the window; the app turns it into a stored
/// [`crate::compare::decisions::Decision`].
#[derive(Debug, Clone, PartialEq)]
pub enum Decide {
    /// Join the groups of two claims (or two quotes).
    Join(Anchor, Anchor),
    /// Take this member out of its group.
    Separate(Anchor),
    /// This quote was said by this person.
    Speaker(Anchor, String),
    /// The group's status is this (`decisions::NOT_CONFLICT` …), with the reader's reason.
    Status(Anchor, &'static str, Option<String>),
    /// A note on the group (empty: remove the note).
    Note(Anchor, String),
    /// Mark the group reviewed (`true`) or not reviewed (`false`).
    Reviewed(Anchor, bool),
    /// Drop a stored decision (one that could not be applied, say).
    Forget(Box<crate::compare::decisions::Decision>),
}

impl Decide {
    /// How the status bar and the undo button name it.
    pub fn label(&self) -> String {
        use crate::compare::decisions::{CONFLICT, DIFFERENT_QUOTE, NOT_CONFLICT, SAME_QUOTE};
        match self {
            Decide::Join(..) => "Link".into(),
            Decide::Separate(_) => "Separate".into(),
            Decide::Speaker(_, s) => format!("Set the speaker to {s}"),
            Decide::Status(_, NOT_CONFLICT, _) => "Mark not a conflict".into(),
            Decide::Status(_, CONFLICT, _) => "Mark a conflict".into(),
            Decide::Status(_, SAME_QUOTE, _) => "Mark the same quote".into(),
            Decide::Status(_, DIFFERENT_QUOTE, _) => "Mark different quotes".into(),
            Decide::Status(_, other, _) => format!("Set the status {other}"),
            Decide::Note(_, n) if n.trim().is_empty() => "Remove the note".into(),
            Decide::Note(..) => "Note".into(),
            Decide::Reviewed(_, true) => "Mark reviewed".into(),
            Decide::Reviewed(_, false) => "Mark not reviewed".into(),
            Decide::Forget(_) => "Forget a decision".into(),
        }
    }
}

/// What is kept between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Persisted {
    /// The files opened most recently, newest first.
    pub recent: Vec<PathBuf>,
    /// The view last shown.
    pub view: View,
    /// The comparison settings last used.
    pub settings: Settings,
}

/// Which claim statuses the Claims view shows, and the search text (Ctrl+F).
#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// conflict, unique, reworded, agree (the order of `ClaimStatus`).
    pub claims: [bool; 4],
    /// altered, partial, verbatim, unique (the order of `QuoteStatus`).
    pub quotes: [bool; 4],
    /// The search text; empty shows everything.
    pub search: String,
    /// Only the divergences the reader has not marked reviewed.
    pub unreviewed: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Self { claims: [true; 4], quotes: [true; 4], search: String::new(), unreviewed: false }
    }
}

/// The pasted-text window's fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PasteDraft {
    /// Whether the window is open.
    pub open: bool,
    /// The name to give the article.
    pub name: String,
    /// The pasted text.
    pub text: String,
}

/// The window's state. Defined here, beside the plain types views read, so that views
/// depend on the state and never on `app` (which draws them): the app's behaviour lives in
/// `app`, `actions` and `decide`.
pub struct CrosscheckApp {
    /// The articles in the side panel, in their order.
    pub entries: Vec<Entry>,
    /// The view shown.
    pub view: View,
    /// What is kept between runs (recent files, view, settings).
    pub persisted: Persisted,
    /// The settings of the comparison.
    pub settings: Settings,
    /// Entry id of the reference article.
    pub reference: Option<u64>,
    /// The comparison the views show: the engine's, with the reader's decisions applied.
    pub comparison: Option<Arc<Comparison>>,
    /// The engine's comparison before the decisions (they are applied again when they change).
    pub base: Option<Arc<Comparison>>,
    /// The reader's decisions, in the order made.
    pub decisions: Vec<crate::compare::decisions::Decision>,
    /// "Link with…" was chosen on this claim or quote: the next one picked is joined to it.
    pub linking: Option<crate::compare::decisions::Anchor>,
    /// Undo and redo of the changes to the comparison.
    pub history: super::undo::History,
    /// Where the decisions are autosaved (none in tests unless asked).
    pub recovery: Option<PathBuf>,
    /// Decisions found in the recovery file at start, offered back to the reader.
    pub recovery_offer: Option<ComparisonFile>,
    /// Entry id of each article in `comparison.docs`, same order.
    pub doc_entries: Vec<u64>,
    /// Lookups built once per comparison (rows, divergences, sentence tints).
    pub derived: Derived,
    /// Which statuses and what search text the views show.
    pub filter: Filter,
    /// The selected row or sentence, if any.
    pub selection: Option<Selection>,
    /// Set when the selection moved by keyboard or click elsewhere: views scroll to it once.
    pub scroll_to_selection: bool,
    /// Set by Ctrl+F: the search box takes the keyboard focus on the next frame.
    pub focus_search: bool,
    /// The paste window's fields.
    pub paste: PasteDraft,
    /// A one-line message for the status bar (where a save went, why something failed).
    pub status: Option<String>,
    /// A comparison is running.
    pub comparing: bool,
    /// A comparison arrived and its rows are being worked out on the derive thread.
    pub deriving: bool,
    /// Report saves still running on their own threads.
    pub saving: usize,
    /// Scroll state of the Read view's columns.
    pub read_scroll: ReadScroll,
    /// When the process started; the first frame reports the start-up time with
    /// CROSSCHECK_STARTUP_TIMING set.
    pub started: Option<Instant>,
    /// How long after `started` the first frame was drawn (the benchmark reads it).
    pub first_frame: Option<std::time::Duration>,
    pub(super) next_id: u64,
    pub(super) next_color: usize,
    /// The generation of the newest comparison asked for; older answers are dropped.
    pub(super) requested: u64,
    /// Cancels the running comparison when set.
    pub(super) cancel: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    pub(super) dirty: bool,
    pub(super) worker: Option<crate::worker::Worker>,
    /// Jobs asked for before the first frame, sent once it is drawn: the window shows
    /// before the files are read (`None` once the first frame is out).
    pub(super) held: Option<Vec<crate::worker::Job>>,
    /// Where comparisons become rows, off the UI thread.
    pub(super) deriver: Option<super::derive::Deriver>,
    /// The generation of the newest derivation asked for; older answers are dropped.
    pub(super) derive_requested: u64,
    /// The selection's anchor when that derivation was asked for.
    pub(super) derive_keep: Option<crate::compare::decisions::Anchor>,
    /// The reader's decision waiting for its derivation, to be checked when it lands.
    pub(super) check: Option<super::decide::Check>,
    /// A comparison with more claims than this applies a decision on the derive thread;
    /// a smaller one in the frame of the click ([`DECIDE_IN_FRAME_UP_TO`]; tests lower it).
    pub decide_in_frame_up_to: usize,
    pub(super) dialogs: Box<dyn super::dialogs::Dialogs>,
    /// Files handed over by a later `crosscheck open` (see [`CrosscheckApp::listen`]).
    pub(super) incoming: Option<std::sync::mpsc::Receiver<Vec<PathBuf>>>,
}

/// Scroll state of the columns (kept by the app between frames).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadScroll {
    /// The vertical offset of each column when it was last drawn, by document index.
    pub offsets: Vec<f32>,
    /// Offsets to impose on the next frame (only then: imposing one every frame would
    /// swallow the user's own scrolling).
    pub force: Vec<Option<f32>>,
    /// Columns still to be brought to the selected claim once they are drawn.
    pub align: Vec<bool>,
}
