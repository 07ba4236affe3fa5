//! Applying actions: what each one does to the app, and which ones are recorded for undo
//! (every change of the comparison: articles, order, reference, settings, decisions).

use super::model::Selection;
use super::state::{Action, CrosscheckApp, PasteDraft, View};
use crate::worker::Event;
use std::path::Path;

impl CrosscheckApp {
    /// Carries out a view's action; one that changes the comparison is recorded for undo and autosaved.
    pub fn apply(&mut self, action: Action) {
        let Some(label) = self.undo_label(&action) else {
            self.apply_now(action);
            return;
        };
        let before = self.snapshot();
        // A slider dragged over many frames is one step.
        let merge = matches!(action, Action::SetSettings(_));
        let status = self.status.clone();
        self.apply_now(action);
        if !before.same(&self.snapshot()) {
            self.history.record(label.clone(), before, merge);
            // An action that reported something itself ("Opened comparison …") keeps its word.
            if self.status == status {
                self.status = Some(format!("{label} (Ctrl+Z undoes it)"));
            }
            self.autosave();
        }
    }

    /// How an action that changes the comparison is named for undo; `None` for the others.
    fn undo_label(&self, action: &Action) -> Option<String> {
        Some(match action {
            Action::OpenDialog | Action::AddPaths(_) | Action::AddPasted { .. } => "Add articles".into(),
            Action::Remove(_) => "Remove an article".into(),
            Action::MoveUp(_) | Action::MoveDown(_) => "Move an article".into(),
            Action::ToggleIncluded(_) => "Include or leave out an article".into(),
            Action::SetReference(_) => "Set the reference".into(),
            Action::OpenComparison(_) | Action::RestoreRecovery => "Open a comparison".into(),
            Action::SetSettings(_) => "Change the settings".into(),
            Action::Decide(d) => d.label(),
            // A pick while linking is a join.
            Action::Select(Some(_)) if self.linking.is_some() => "Link".into(),
            _ => return None,
        })
    }

    fn apply_now(&mut self, action: Action) {
        match action {
            Action::OpenDialog => {
                if let Some(paths) = self.dialogs.pick_articles() {
                    self.add_paths(paths);
                }
            }
            Action::AddPaths(paths) => self.add_paths(paths),
            Action::Remove(_)
            | Action::MoveUp(_)
            | Action::MoveDown(_)
            | Action::ToggleIncluded(_)
            | Action::SetReference(_) => self.edit_list(action),
            Action::SetView(view) => {
                self.view = view;
                self.scroll_to_selection = true;
            }
            Action::Select(Some(sel)) if self.linking.is_some() => self.link_to(sel),
            Action::Select(sel) => {
                self.selection = sel;
                self.scroll_to_selection = true;
            }
            Action::Step { forward, reviewed_too } => self.step(forward, reviewed_too),
            Action::SaveReportDialog => self.save_report_dialog(),
            Action::SaveComparisonDialog => self.save_comparison_dialog(),
            Action::OpenComparison(path) => self.open_comparison(&path),
            Action::SetSettings(settings) => {
                if settings != self.settings {
                    self.settings = settings;
                    self.dirty = true;
                }
            }
            Action::SetFilter(filter) => {
                // Applied now, so the rows follow the checkbox in the same frame (picking rows
                // out of what was derived once is quick at any size).
                self.derived.refilter(&filter);
                self.filter = filter;
            }
            Action::FocusSearch => self.focus_search = true,
            Action::SetReadScroll(scroll) => self.read_scroll = scroll,
            Action::SetPaste(draft) => self.paste = draft,
            Action::Decide(d) => self.decide(d),
            Action::StartLink(a) => {
                self.status = Some("Pick the claim or quote to link with (Esc cancels).".into());
                self.linking = Some(a);
            }
            Action::CancelLink => {
                self.linking = None;
                self.status = None;
            }
            Action::Undo => self.undo_redo(false),
            Action::Redo => self.undo_redo(true),
            Action::RestoreRecovery => {
                if let Some(file) = self.recovery_offer.take() {
                    let n = file.decisions.len();
                    self.open_file(file);
                    self.status = Some(format!("Restored {n} decisions from the last session"));
                }
            }
            Action::DiscardRecovery => {
                self.recovery_offer = None;
                self.forget_recovery();
            }
            Action::CancelCompare => self.cancel_compare(),
            Action::AddPasted { name, text } => {
                let name = if name.trim().is_empty() { format!("pasted {}.txt", self.next_id) } else { name };
                self.add_text(name, text);
                self.paste = PasteDraft::default();
            }
        }
    }

    /// The article list's edits: remove, move, include or leave out, set the reference.
    fn edit_list(&mut self, action: Action) {
        match action {
            Action::Remove(id) => {
                self.entries.retain(|e| e.id != id);
                if self.reference == Some(id) {
                    self.reference = None;
                }
                self.dirty = true;
            }
            Action::MoveUp(id) | Action::MoveDown(id) => {
                let up = matches!(action, Action::MoveUp(_));
                if let Some(i) = self.entries.iter().position(|e| e.id == id) {
                    let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < self.entries.len()) };
                    if let Some(j) = j {
                        self.entries.swap(i, j);
                        self.dirty = true;
                    }
                }
            }
            Action::ToggleIncluded(id) => {
                if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
                    e.included = !e.included;
                    self.dirty = true;
                }
            }
            Action::SetReference(id) => {
                self.reference = id;
                self.dirty = true;
            }
            _ => {}
        }
    }

    /// A pick while linking: join the group being linked with `sel`'s.
    fn link_to(&mut self, sel: Selection) {
        let from = self.linking.take();
        let to = self.comparison.as_ref().and_then(|c| super::decide::group_anchor(c, sel));
        let from_group = self.comparison.as_ref().zip(from.as_ref()).and_then(|(c, a)| super::decide::group_of(c, a));
        let same_kind = std::mem::discriminant(&sel)
            == from_group.map(|g| std::mem::discriminant(&g)).unwrap_or(std::mem::discriminant(&sel));
        match (from, to) {
            _ if from_group == Some(sel) => self.status = Some("Those are already one group.".into()),
            _ if !same_kind => self.status = Some("A claim links with a claim, a quote with a quote.".into()),
            (Some(a), Some(b)) => self.decide(super::state::Decide::Join(a, b)),
            _ => self.status = Some("Only a claim or a quote can be linked.".into()),
        }
    }

    /// F7 and Shift+F7: the next or previous divergence, in the view that shows it.
    fn step(&mut self, forward: bool, reviewed_too: bool) {
        let step = self.derived.step_divergence(self.selection, forward, reviewed_too);
        if step.is_none() && !self.derived.divergences.is_empty() {
            self.status = Some("Every divergence is reviewed (Ctrl+F7 visits them all).".into());
        }
        if let Some(sel) = step {
            self.selection = Some(sel);
            self.scroll_to_selection = true;
            // Each kind of divergence lives in its own view; Read shows them all.
            if self.view != View::Read {
                self.view = match sel {
                    Selection::Claim(_) => View::Claims,
                    Selection::Quote(_) => View::Quotes,
                    Selection::Entity(_) => View::Names,
                };
            }
        }
    }

    fn save_comparison_dialog(&mut self) {
        if let Some(path) = self.dialogs.save_comparison("comparison.crosscheck") {
            let path = if path.extension().is_none() { path.with_extension(crate::session::EXTENSION) } else { path };
            self.status = Some(match self.comparison_file().save(&path) {
                Ok(()) => format!("Comparison saved to {}", path.display()),
                Err(e) => format!("Not saved: {e}"),
            });
        }
    }

    /// Undo (or redo) the last change of the comparison.
    fn undo_redo(&mut self, redo: bool) {
        let snapshot = self.snapshot();
        let step = if redo { self.history.redo(snapshot) } else { self.history.undo(snapshot) };
        match step {
            Some((label, state)) => {
                self.restore(state);
                self.status = Some(if redo {
                    format!("Redone: {label}")
                } else {
                    format!("Undone: {label} (Ctrl+Shift+Z redoes it)")
                });
                self.autosave();
            }
            None => self.status = Some(if redo { "Nothing to redo." } else { "Nothing to undo." }.into()),
        }
    }

    fn cancel_compare(&mut self) {
        self.cancel_running();
        // Whatever the worker still sends for the cancelled request is now stale.
        self.requested += 1;
        self.comparing = false;
        self.status = Some("Comparison cancelled; change a setting or the articles to compare again.".into());
    }

    fn save_report_dialog(&mut self) {
        let Some(cmp) = self.comparison.clone() else {
            self.status = Some("Nothing to save yet: open two or more articles.".into());
            return;
        };
        let Some(path) = self.dialogs.save_report("crosscheck-report.html") else { return };
        let path = if crate::report::Format::from_path(&path).is_none() { path.with_extension("html") } else { path };
        let format = crate::report::Format::from_path(&path).unwrap_or(crate::report::Format::Html);
        let inputs: Vec<&Path> = self.entries.iter().filter_map(|e| e.path.as_deref()).collect();
        match &mut self.worker {
            Some(worker) => {
                self.status = Some(format!("Saving the report to {}…", path.display()));
                self.saving += 1;
                worker.save_report(cmp, format, path, inputs.iter().map(|p| p.to_path_buf()).collect());
            }
            // Without a worker (it could not start) the save runs here.
            None => {
                let result = crate::report::save_report(&cmp, format, &path, &inputs);
                self.apply_event(Event::Saved { path, result });
            }
        }
    }
}
