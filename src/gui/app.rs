//! The application: state, the frame loop, and the actions views ask for.
//!
//! Views draw from `&CrosscheckApp` and push [`Action`]s; the app applies them after the
//! frame is drawn, so nothing changes under a view while it draws. Every action that
//! changes the comparison is recorded for undo (see `undo`).

use super::derive::{self, Derivation, Deriver};
use super::dialogs::Dialogs;
use super::model::Derived;
pub use super::state::*;
use super::{chrome, views};
use crate::session::ComparisonFile;
use crate::worker::{Event, Job, Loaded, Worker};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How many recently opened files are remembered.
const RECENT_MAX: usize = 12;

impl CrosscheckApp {
    /// The window's state at start: the saved view and settings restored, the worker started,
    /// and `start`'s files (or the examples) opened.
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions, dialogs: Box<dyn Dialogs>) -> Self {
        let persisted: Persisted = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        let ctx = cc.egui_ctx.clone();
        let worker = Worker::spawn(move || ctx.request_repaint()).ok();
        let ctx = cc.egui_ctx.clone();
        let deriver = Deriver::spawn(move || ctx.request_repaint()).ok();
        let mut app = Self {
            entries: Vec::new(),
            view: persisted.view,
            settings: persisted.settings,
            persisted,
            reference: None,
            comparison: None,
            base: None,
            decisions: Vec::new(),
            linking: None,
            history: Default::default(),
            recovery: start.recovery.clone(),
            recovery_offer: None,
            doc_entries: Vec::new(),
            derived: Derived::default(),
            filter: Filter::default(),
            selection: None,
            scroll_to_selection: false,
            focus_search: false,
            paste: PasteDraft::default(),
            status: None,
            comparing: false,
            deriving: false,
            saving: 0,
            read_scroll: Default::default(),
            started: None,
            first_frame: None,
            next_id: 1,
            next_color: 0,
            requested: 0,
            cancel: None,
            dirty: false,
            held: worker.is_some().then(Vec::new),
            worker,
            deriver,
            derive_requested: 0,
            derive_keep: None,
            check: None,
            decide_in_frame_up_to: DECIDE_IN_FRAME_UP_TO,
            dialogs,
            incoming: None,
        };
        if app.worker.is_none() {
            app.status = Some("Cannot start the background worker: files cannot be loaded.".into());
        }
        app.find_recovery();
        if start.files.len() == 1 && crate::session::is_comparison_file(&start.files[0]) {
            app.open_comparison(&start.files[0]);
        } else if !start.files.is_empty() {
            app.add_paths(start.files);
        } else if start.examples {
            app.add_examples();
        }
        app
    }

    /// Takes the files that later `crosscheck open` commands send (`crate::instance`): each
    /// batch is added as the command line adds files, and the window comes to the front.
    pub fn listen(&mut self, incoming: std::sync::mpsc::Receiver<Vec<PathBuf>>) {
        self.incoming = Some(incoming);
    }

    /// Adds the files handed over since the last frame; true when there were any.
    pub fn poll_incoming(&mut self) -> bool {
        let batches: Vec<Vec<PathBuf>> = self.incoming.as_ref().map(|rx| rx.try_iter().collect()).unwrap_or_default();
        for paths in &batches {
            if paths.is_empty() {
                continue;
            }
            // Files of one's own replace the bundled examples, as on the command line.
            if self.showing_examples() {
                self.forget_articles();
                self.dirty = true;
            }
            self.add_paths(paths.clone());
        }
        !batches.is_empty()
    }

    /// Whether the list is exactly the bundled example set.
    fn showing_examples(&self) -> bool {
        self.entries.len() == crate::examples::EXAMPLES.len()
            && self
                .entries
                .iter()
                .zip(crate::examples::EXAMPLES)
                .all(|(e, (name, _))| e.path.is_none() && e.name == *name)
    }

    /// The loaded articles, in list order.
    pub fn loaded(&self) -> impl Iterator<Item = (&Entry, &Loaded)> {
        self.entries.iter().filter_map(|e| e.loaded().map(|l| (e, l)))
    }

    /// Whether an article is still being read or analyzed.
    pub fn is_loading(&self) -> bool {
        self.entries.iter().any(|e| matches!(e.state, EntryState::Loading))
    }

    /// Whether anything is under way: loading, comparing, a comparison due, its rows being
    /// worked out, or a report being saved.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.comparing || self.deriving || self.dirty || self.saving > 0
    }

    /// Queues a job for the worker, or holds it until the first frame is drawn; false when
    /// the worker is not running.
    fn send_job(&mut self, job: Job) -> bool {
        match (&mut self.held, &self.worker) {
            (Some(held), Some(_)) => {
                held.push(job);
                true
            }
            (_, Some(worker)) => worker.send(job),
            (_, None) => false,
        }
    }

    /// Sends the jobs held back while the first frame was drawn.
    pub(super) fn release_held(&mut self) {
        let Some(jobs) = self.held.take() else { return };
        for job in jobs {
            if !self.worker.as_ref().is_some_and(|w| w.send(job)) {
                for e in self.entries.iter_mut().filter(|e| matches!(e.state, EntryState::Loading)) {
                    e.state = EntryState::Failed("the background worker is not running".into());
                }
            }
        }
    }

    /// The colour index of the article at `doc` in the comparison.
    pub fn doc_color(&self, doc: usize) -> usize {
        let id = self.doc_entries.get(doc).copied();
        self.entries.iter().find(|e| Some(e.id) == id).map(|e| e.color).unwrap_or(doc)
    }

    fn new_entry(&mut self, path: Option<PathBuf>, name: String) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let color = self.next_color;
        self.next_color += 1;
        self.entries.push(Entry { id, path, name, state: EntryState::Loading, color, included: true, word_count: 0 });
        self.dirty = true;
        id
    }

    /// Adds the files at `paths` as articles (a comparison file is opened instead; a file already open is skipped).
    pub fn add_paths(&mut self, paths: Vec<PathBuf>) {
        let mut ids = Vec::new();
        let mut wanted = Vec::new();
        // A set, not a scan of the list per file: 500 files on the command line were
        // 125 000 path comparisons before the first frame.
        let mut open: std::collections::HashSet<PathBuf> = self.entries.iter().filter_map(|e| e.path.clone()).collect();
        for path in paths {
            if crate::session::is_comparison_file(&path) {
                self.open_comparison(&path);
                open = self.entries.iter().filter_map(|e| e.path.clone()).collect();
                continue;
            }
            // The same file twice would only compare it with itself.
            if !open.insert(path.clone()) {
                self.status = Some(format!("{} is already open", path.display()));
                continue;
            }
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string());
            ids.push(self.new_entry(Some(path.clone()), name));
            self.remember(&path);
            wanted.push(path);
        }
        if ids.is_empty() {
            return;
        }
        let sent = self.send_job(Job::Load { ids: ids.clone(), paths: wanted });
        if !sent {
            for e in self.entries.iter_mut().filter(|e| ids.contains(&e.id)) {
                e.state = EntryState::Failed("the background worker is not running".into());
            }
        }
    }

    pub(super) fn add_text(&mut self, name: String, text: String) {
        let id = self.new_entry(None, name.clone());
        let sent = self.send_job(Job::Paste { id, name: name.clone(), text });
        if !sent {
            self.apply_event(Event::Loaded {
                id,
                result: Err(crate::Error::new(name, "the background worker is not running")),
            });
        }
    }

    fn add_examples(&mut self) {
        for (name, bytes) in crate::examples::EXAMPLES {
            self.add_text((*name).to_string(), String::from_utf8_lossy(bytes).into_owned());
        }
    }

    /// Replaces the list with a saved comparison; missing files show their reason.
    pub fn open_comparison(&mut self, path: &Path) {
        match ComparisonFile::load(path) {
            Ok(file) => {
                self.open_file(file);
                self.remember(path);
                self.status = Some(format!("Opened comparison {}", path.display()));
            }
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    /// Drops every article and all that was worked out from them.
    fn forget_articles(&mut self) {
        self.entries.clear();
        let old = (self.comparison.take(), self.base.take(), std::mem::take(&mut self.derived));
        self.discard(old);
        // A derivation still running is of the articles just dropped.
        self.derive_requested += 1;
        self.deriving = false;
        self.check = None;
        self.selection = None;
    }

    /// Frees what the window no longer shows on the derive thread: dropping a comparison of
    /// hundreds of articles would stall a frame.
    pub(super) fn discard(&self, old: impl Send + 'static) {
        if let Some(d) = &self.deriver {
            d.discard(old);
        }
    }

    /// Works out the views' rows for the engine's latest comparison, with the reader's
    /// decisions and the filter as they are now: on the derive thread when `background`,
    /// else here (a decision the reader just made must show in this frame).
    pub(super) fn derive_rows(&mut self, background: bool) {
        let Some(base) = self.base.clone() else { return };
        self.derive_requested += 1;
        let keep = self.selection_anchor();
        self.derive_keep = keep.clone();
        let request = derive::Request {
            generation: self.derive_requested,
            base,
            decisions: self.decisions.clone(),
            filter: self.filter.clone(),
            keep,
        };
        let request = match &self.deriver {
            Some(d) if background => match d.send(request) {
                Ok(()) => {
                    self.deriving = true;
                    return;
                }
                Err(r) => *r,
            },
            _ => request,
        };
        self.accept(derive::derive(request));
    }

    /// The anchor of the selected group in the comparison shown (claims and quotes only).
    fn selection_anchor(&self) -> Option<crate::compare::decisions::Anchor> {
        self.comparison.as_ref().zip(self.selection).and_then(|(c, s)| super::decide::group_anchor(c, s))
    }

    /// Shows a derivation, unless a newer one was asked for since.
    fn accept(&mut self, d: Derivation) {
        if d.generation != self.derive_requested {
            self.discard(d.comparison);
            return;
        }
        self.deriving = false;
        // Group indices change with every comparison: the selection follows its sentence. If
        // the reader selected something else meanwhile, that is the one to follow.
        let keep = self.selection_anchor();
        if keep.is_some() {
            self.selection = if keep == self.derive_keep {
                d.selection
            } else {
                keep.and_then(|a| super::decide::group_of(&d.comparison, &a))
            };
        }
        if let Some(sel) = self.selection
            && !Derived::exists(&d.comparison, sel)
        {
            self.selection = None;
        }
        let mut derived = d.derived;
        if derived.filter != self.filter {
            derived.refilter(&self.filter);
        }
        let old = (self.comparison.replace(d.comparison), std::mem::replace(&mut self.derived, derived));
        self.discard(old);
        if let Some(check) = self.check.take() {
            self.checked(check);
        }
    }

    /// Replaces the list, settings, reference and decisions with those of `file`.
    pub(super) fn open_file(&mut self, file: ComparisonFile) {
        self.forget_articles();
        self.linking = None;
        self.settings = file.settings;
        self.decisions = file.decisions.clone();
        self.add_paths(file.files.clone());
        for e in &mut self.entries {
            e.included = !e.path.as_ref().is_some_and(|p| file.excluded.contains(p));
        }
        self.reference = file
            .reference
            .as_ref()
            .and_then(|r| self.entries.iter().find(|e| e.path.as_ref() == Some(r)).map(|e| e.id));
        self.dirty = true;
    }

    /// The comparison file for the current state: the articles, settings, reference, left-out files and decisions.
    pub fn comparison_file(&self) -> ComparisonFile {
        let path_of = |id: u64| self.entries.iter().find(|e| e.id == id).and_then(|e| e.path.clone());
        ComparisonFile::new(
            self.entries.iter().filter_map(|e| e.path.clone()).collect(),
            self.settings,
            self.reference.and_then(path_of),
            self.entries.iter().filter(|e| !e.included).filter_map(|e| e.path.clone()).collect(),
        )
        .with_decisions(self.decisions.clone())
    }

    /// The inputs changed: compare again once loading is done.
    pub(super) fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    pub(super) fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.persisted.recent.retain(|p| p != &path);
        self.persisted.recent.insert(0, path);
        self.persisted.recent.truncate(RECENT_MAX);
    }

    pub(super) fn apply_event(&mut self, event: Event) {
        match event {
            Event::Loaded { id, result } => {
                // An entry removed while loading simply drops its result.
                if let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) {
                    entry.state = match result {
                        Ok(loaded) => {
                            entry.word_count = loaded.article.word_count();
                            EntryState::Ready(loaded)
                        }
                        Err(e) => EntryState::Failed(e.reason),
                    };
                    self.dirty = true;
                }
            }
            Event::Compared { generation, comparison } => {
                // A stale result never overwrites a newer one.
                if generation == self.requested {
                    self.comparing = false;
                    let old = self.base.replace(comparison);
                    self.discard(old);
                    self.derive_rows(true);
                }
            }
            Event::Cancelled { generation } => {
                if generation == self.requested {
                    self.comparing = false;
                    self.status =
                        Some("Comparison cancelled; change a setting or the articles to compare again.".into());
                }
            }
            Event::Saved { path, result } => {
                self.saving = self.saving.saturating_sub(1);
                self.status = Some(match result {
                    Ok(()) => format!("Report saved to {}", path.display()),
                    Err(e) => format!("Report not saved: {e}"),
                });
            }
            Event::Crashed(reason) => {
                self.comparing = false;
                self.status = Some(reason);
            }
        }
    }

    /// Applies what the worker sent, and asks for a comparison when inputs changed.
    pub fn poll_worker(&mut self) {
        let events = self.worker.as_ref().map(|w| w.poll()).unwrap_or_default();
        for event in events {
            self.apply_event(event);
        }
        if let Some(d) = self.deriver.as_ref().and_then(Deriver::poll) {
            self.accept(d);
        }
        if self.dirty && !self.is_loading() {
            self.request_comparison();
        }
    }

    fn request_comparison(&mut self) {
        self.dirty = false;
        let mut docs = Vec::new();
        let mut ids = Vec::new();
        for e in self.entries.iter().filter(|e| e.included) {
            if let Some(l) = e.loaded() {
                docs.push(l.clone());
                ids.push(e.id);
            }
        }
        let reference = self.reference.and_then(|r| ids.iter().position(|&i| i == r));
        // A newer request makes any running comparison pointless.
        self.cancel_running();
        let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        self.cancel = Some(cancel.clone());
        self.requested += 1;
        self.doc_entries = ids;
        self.comparing = true;
        let job = Job::Compare { generation: self.requested, docs, settings: self.settings, reference, cancel };
        if !self.send_job(job) {
            self.comparing = false;
            self.status = Some("the background worker is not running".into());
        }
    }

    pub(super) fn cancel_running(&mut self) {
        if let Some(c) = self.cancel.take() {
            c.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Blocks until loading and comparing are done or `timeout` passes (tests use this).
    pub fn wait_until_idle(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        self.release_held();
        loop {
            self.poll_worker();
            if !self.is_busy() {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            if self.deriving {
                let done = self.deriver.as_ref().and_then(|d| d.recv_timeout(left.min(Duration::from_millis(20))));
                if let Some(d) = done {
                    self.accept(d);
                }
                continue;
            }
            let event = self.worker.as_ref().and_then(|w| w.recv_timeout(left.min(Duration::from_millis(20))));
            if let Some(event) = event {
                self.apply_event(event);
            }
        }
    }
}

impl eframe::App for CrosscheckApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.poll_incoming() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
        self.poll_worker();
        let mut actions = Vec::new();
        chrome::shortcuts(self, ctx, &mut actions);
        for action in actions {
            self.apply(action);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        if let Some(t) = self.started.take() {
            let elapsed = t.elapsed();
            self.first_frame = Some(elapsed);
            if std::env::var_os("CROSSCHECK_STARTUP_TIMING").is_some() {
                eprintln!("crosscheck: first frame {:.1} ms after start", elapsed.as_secs_f64() * 1000.0);
            }
        }
        let mut actions = Vec::new();
        let app: &CrosscheckApp = self;
        egui::Panel::top("top_bar").show(ui, |ui| chrome::top_bar_ui(app, ui, &mut actions));
        if app.comparison.as_ref().is_some_and(|c| !c.warnings.is_empty() || c.decided.stale().next().is_some()) {
            egui::Panel::top("warnings").show(ui, |ui| chrome::warning_bar_ui(app, ui, &mut actions));
        }
        egui::Panel::bottom("status_bar").show(ui, |ui| chrome::status_bar_ui(app, ui, &mut actions));
        egui::Panel::left("articles")
            .default_size(270.0)
            .show(ui, |ui| views::articles::articles_ui(app, ui, &mut actions));
        if app.selection.is_some() && matches!(app.view, View::Claims | View::Quotes | View::Names | View::Read) {
            egui::Panel::bottom("details")
                .resizable(true)
                .default_size(230.0)
                .show(ui, |ui| views::details::details_ui(app, ui, &mut actions));
        }
        egui::CentralPanel::default().show(ui, |ui| match app.view {
            View::Overview => views::overview::overview_ui(app, ui, &mut actions),
            View::Claims => views::claims::claims_ui(app, ui, &mut actions),
            View::Quotes => views::quotes::quotes_ui(app, ui, &mut actions),
            View::Read => views::read::read_ui(app, ui, &mut actions),
            View::Names => views::names::names_ui(app, ui, &mut actions),
        });
        chrome::paste_window(app, ui.ctx(), &mut actions);
        chrome::recovery_window(app, ui.ctx(), &mut actions);
        // One-frame requests, seen by every view of this frame.
        self.scroll_to_selection = false;
        self.focus_search = false;
        for action in actions {
            self.apply(action);
        }
        // The window is up: now the files may be read.
        self.release_held();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        // The view and settings live on the app; they are copied in only when saving.
        self.persisted.view = self.view;
        self.persisted.settings = self.settings;
        eframe::set_value(storage, eframe::APP_KEY, &self.persisted);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A normal close: nothing to recover next time.
        self.forget_recovery();
    }
}
