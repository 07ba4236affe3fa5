//! The application: state, the frame loop, and the actions views ask for.

use super::dialogs::Dialogs;
use super::views;
use crate::worker::{Event, Job, Loaded, Worker};
use egui::{Key, KeyboardShortcut, Modifiers};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Ctrl+O (Cmd+O on macOS): open articles.
pub const SHORTCUT_OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);

/// How many recently opened files are remembered.
const RECENT_MAX: usize = 12;

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
    #[default]
    Read,
}

impl View {
    pub const ALL: [View; 1] = [View::Read];
    pub fn label(self) -> &'static str {
        match self {
            View::Read => "Read",
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
    SetView(View),
}

/// What is kept between runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Persisted {
    pub recent: Vec<PathBuf>,
    pub view: View,
}

pub struct CrosscheckApp {
    pub entries: Vec<Entry>,
    pub view: View,
    pub persisted: Persisted,
    /// A one-line message for the status bar (where a save went, why something failed).
    pub status: Option<String>,
    next_id: u64,
    next_color: usize,
    worker: Option<Worker>,
    dialogs: Box<dyn Dialogs>,
}

impl CrosscheckApp {
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions, dialogs: Box<dyn Dialogs>) -> Self {
        let persisted: Persisted = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let ctx = cc.egui_ctx.clone();
        let worker = Worker::spawn(move || ctx.request_repaint()).ok();
        let mut app = Self {
            entries: Vec::new(),
            view: persisted.view,
            persisted,
            status: None,
            next_id: 1,
            next_color: 0,
            worker,
            dialogs,
        };
        if app.worker.is_none() {
            app.status = Some("Cannot start the background worker: files cannot be loaded.".into());
        }
        if !start.files.is_empty() {
            app.add_paths(start.files);
        } else if start.examples {
            app.add_examples();
        }
        app
    }

    /// The loaded articles, in list order.
    pub fn loaded(&self) -> impl Iterator<Item = (&Entry, &Loaded)> {
        self.entries.iter().filter_map(|e| e.loaded().map(|l| (e, l)))
    }

    pub fn is_loading(&self) -> bool {
        self.entries.iter().any(|e| matches!(e.state, EntryState::Loading))
    }

    fn new_entry(&mut self, path: Option<PathBuf>, name: String) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        let color = self.next_color;
        self.next_color += 1;
        self.entries.push(Entry { id, path, name, state: EntryState::Loading, color });
        id
    }

    pub fn add_paths(&mut self, paths: Vec<PathBuf>) {
        let mut ids = Vec::new();
        let mut wanted = Vec::new();
        for path in paths {
            // The same file twice would only compare it with itself.
            if self.entries.iter().any(|e| e.path.as_ref() == Some(&path)) {
                self.status = Some(format!("{} is already open", path.display()));
                continue;
            }
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string());
            ids.push(self.new_entry(Some(path.clone()), name));
            self.remember(&path);
            wanted.push(path);
        }
        if ids.is_empty() {
            return;
        }
        let sent = self.worker.as_ref().is_some_and(|w| w.send(Job::Load { ids: ids.clone(), paths: wanted }));
        if !sent {
            for e in self.entries.iter_mut().filter(|e| ids.contains(&e.id)) {
                e.state = EntryState::Failed("the background worker is not running".into());
            }
        }
    }

    fn add_examples(&mut self) {
        for (name, bytes) in crate::examples::EXAMPLES {
            let id = self.new_entry(None, (*name).to_string());
            let text = String::from_utf8_lossy(bytes).into_owned();
            let sent = self.worker.as_ref().is_some_and(|w| w.send(Job::Paste { id, name: (*name).to_string(), text }));
            if !sent {
                self.apply_event(Event::Loaded {
                    id,
                    result: Err(crate::Error::new(*name, "the background worker is not running")),
                });
            }
        }
    }

    fn remember(&mut self, path: &std::path::Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.persisted.recent.retain(|p| p != &path);
        self.persisted.recent.insert(0, path);
        self.persisted.recent.truncate(RECENT_MAX);
    }

    fn apply_event(&mut self, event: Event) {
        match event {
            Event::Loaded { id, result } => {
                // An entry removed while loading simply drops its result.
                if let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) {
                    entry.state = match result {
                        Ok(loaded) => EntryState::Ready(loaded),
                        Err(e) => EntryState::Failed(e.reason),
                    };
                }
            }
            Event::Compared { .. } => {}
            Event::Crashed(reason) => self.status = Some(reason),
        }
    }

    /// Applies what the worker sent since the last frame.
    pub fn poll_worker(&mut self) {
        let events = self.worker.as_ref().map(|w| w.poll()).unwrap_or_default();
        for event in events {
            self.apply_event(event);
        }
    }

    /// Blocks until nothing is loading or `timeout` passes (tests use this).
    pub fn wait_until_idle(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        while self.is_loading() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            let event = self.worker.as_ref().and_then(|w| w.recv_timeout(left.min(Duration::from_millis(50))));
            if let Some(event) = event {
                self.apply_event(event);
            }
        }
        true
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::OpenDialog => {
                if let Some(paths) = self.dialogs.pick_articles() {
                    self.add_paths(paths);
                }
            }
            Action::AddPaths(paths) => self.add_paths(paths),
            Action::Remove(id) => self.entries.retain(|e| e.id != id),
            Action::MoveUp(id) => {
                if let Some(i) = self.entries.iter().position(|e| e.id == id)
                    && i > 0
                {
                    self.entries.swap(i, i - 1);
                }
            }
            Action::MoveDown(id) => {
                if let Some(i) = self.entries.iter().position(|e| e.id == id)
                    && i + 1 < self.entries.len()
                {
                    self.entries.swap(i, i + 1);
                }
            }
            Action::SetView(view) => {
                self.view = view;
                self.persisted.view = view;
            }
        }
    }

    fn shortcuts(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if ctx.input_mut(|i| i.consume_shortcut(&SHORTCUT_OPEN)) {
            actions.push(Action::OpenDialog);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
        if !dropped.is_empty() {
            actions.push(Action::AddPaths(dropped));
        }
    }

    fn top_bar_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            if ui.button("Open…").on_hover_text("Open articles (Ctrl+O)").clicked() {
                actions.push(Action::OpenDialog);
            }
            ui.separator();
            for view in View::ALL {
                if ui.selectable_label(self.view == view, view.label()).clicked() {
                    actions.push(Action::SetView(view));
                }
            }
            if self.is_loading() {
                ui.separator();
                ui.spinner();
                ui.label("Loading…");
            }
        });
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let ready = self.loaded().count();
            let failed = self.entries.iter().filter(|e| matches!(e.state, EntryState::Failed(_))).count();
            ui.label(format!("{ready} articles loaded"));
            if failed > 0 {
                ui.colored_label(super::theme::error_color(ui.visuals().dark_mode), format!("{failed} failed"));
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
        });
    }
}

impl eframe::App for CrosscheckApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll_worker();
        let mut actions = Vec::new();
        self.shortcuts(ctx, &mut actions);
        for action in actions {
            self.apply(action);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut actions = Vec::new();
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui, &mut actions));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        egui::Panel::left("articles")
            .default_size(280.0)
            .show(ui, |ui| views::articles::articles_ui(ui, &self.entries, &mut actions));
        egui::CentralPanel::default().show(ui, |ui| match self.view {
            View::Read => views::read::read_ui(ui, &self.entries),
        });
        for action in actions {
            self.apply(action);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.persisted);
    }
}
