//! Undo and redo: every change of the comparison (articles, their order, the reference,
//! the settings, the reader's decisions) keeps a snapshot of what was before, named for the
//! status bar.

use super::state::Entry;
use crate::compare::Settings;
use crate::compare::decisions::Decision;

/// How many changes can be undone.
const DEPTH: usize = 200;

/// What an undo restores. Entries hold their loaded articles behind `Arc`s, so a snapshot
/// costs a few pointers per article.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The articles in the side panel, in their order.
    pub entries: Vec<Entry>,
    /// Entry id of the reference article.
    pub reference: Option<u64>,
    /// The comparison settings.
    pub settings: Settings,
    /// The reader's decisions.
    pub decisions: Vec<Decision>,
}

impl Snapshot {
    /// Whether the two describe the same comparison (a loaded article is the same article).
    pub fn same(&self, other: &Snapshot) -> bool {
        let key = |s: &Snapshot| -> Vec<(u64, bool)> { s.entries.iter().map(|e| (e.id, e.included)).collect() };
        key(self) == key(other)
            && self.reference == other.reference
            && self.settings == other.settings
            && self.decisions == other.decisions
    }
}

/// The undo and redo steps, each a snapshot named for the status bar.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<(String, Snapshot)>,
    redo: Vec<(String, Snapshot)>,
}

impl History {
    /// Remembers the state before the change named `label`. A run of the same change (a
    /// slider dragged across many frames) is one step.
    pub fn record(&mut self, label: String, before: Snapshot, merge: bool) {
        self.redo.clear();
        if merge && self.undo.last().is_some_and(|(l, _)| *l == label) {
            return;
        }
        self.undo.push((label, before));
        if self.undo.len() > DEPTH {
            self.undo.remove(0);
        }
    }

    /// The state to go back to, and its name; `current` becomes the redo step.
    pub fn undo(&mut self, current: Snapshot) -> Option<(String, Snapshot)> {
        let (label, before) = self.undo.pop()?;
        self.redo.push((label.clone(), current));
        Some((label, before))
    }

    /// The state to go forward to, and its name; `current` becomes the undo step.
    pub fn redo(&mut self, current: Snapshot) -> Option<(String, Snapshot)> {
        let (label, after) = self.redo.pop()?;
        self.undo.push((label.clone(), current));
        Some((label, after))
    }

    /// The name of the change an undo would take back, if any.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|(l, _)| l.as_str())
    }

    /// The name of the change a redo would make again, if any.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|(l, _)| l.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(threshold: f64) -> Snapshot {
        Snapshot {
            entries: Vec::new(),
            reference: None,
            settings: Settings { threshold, ..Settings::default() },
            decisions: Vec::new(),
        }
    }

    #[test]
    fn undo_then_redo_walks_back_and_forth() {
        let mut h = History::default();
        h.record("Change the settings".into(), snap(0.1), false);
        h.record("Change the settings".into(), snap(0.2), true);
        h.record("Remove".into(), snap(0.3), false);
        let (label, s) = h.undo(snap(0.4)).expect("undo");
        assert_eq!((label.as_str(), s.settings.threshold), ("Remove", 0.3));
        let (_, s) = h.undo(snap(0.3)).expect("undo");
        assert_eq!(s.settings.threshold, 0.1, "the dragged slider is one step");
        assert!(h.undo(snap(0.1)).is_none());
        let (_, s) = h.redo(snap(0.1)).expect("redo");
        assert_eq!(s.settings.threshold, 0.3);
        assert_eq!(h.redo_label(), Some("Remove"));
        h.record("Other".into(), snap(0.3), false);
        assert_eq!(h.redo_label(), None, "a new change drops what could be redone");
    }
}
