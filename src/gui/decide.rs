//! The reader's decisions in the window: anchors for what a view shows, turning a
//! [`Decide`] into stored decisions, applying them to the engine's comparison, undo
//! snapshots and the recovery file.

use super::model::Selection;
use super::state::CrosscheckApp;
use super::state::Decide;
use super::undo::Snapshot;
use crate::compare::Comparison;
use crate::compare::decisions::{Anchor, Decision, DecisionKind};
use crate::session::ComparisonFile;

/// The anchor of claim `id` (an index into `cmp.claims`).
pub fn claim_anchor(cmp: &Comparison, id: usize) -> Anchor {
    let c = cmp.claim(id);
    Anchor::new(&cmp.docs[cmp.claims[id].article], c.start, c.end)
}

/// The anchor of quote `q` of article `a`.
pub fn quote_anchor(cmp: &Comparison, (a, q): (usize, usize)) -> Anchor {
    let quote = &cmp.docs[a].analysis.quotes[q];
    Anchor::new(&cmp.docs[a], quote.start, quote.end)
}

/// The anchor a decision about a whole group uses: its canonical member.
pub fn group_anchor(cmp: &Comparison, sel: Selection) -> Option<Anchor> {
    match sel {
        Selection::Claim(g) => cmp.claim_groups.get(g).map(|g| claim_anchor(cmp, g.members[g.canonical])),
        Selection::Quote(g) => cmp.quote_groups.get(g).map(|g| quote_anchor(cmp, g.members[g.canonical])),
        Selection::Entity(_) => None,
    }
}

/// The group an anchor is in now.
pub fn group_of(cmp: &Comparison, a: &Anchor) -> Option<Selection> {
    let at = |doc: usize, start: usize, end: usize| {
        cmp.docs[doc].article.file_name == a.file && start == a.start && end == a.end
    };
    let claim = cmp.claim_groups.iter().position(|g| {
        g.members.iter().any(|&m| {
            let c = cmp.claim(m);
            at(cmp.claims[m].article, c.start, c.end)
        })
    });
    if let Some(g) = claim {
        return Some(Selection::Claim(g));
    }
    cmp.quote_groups
        .iter()
        .position(|g| {
            g.members.iter().any(|&(d, q)| {
                let quote = &cmp.docs[d].analysis.quotes[q];
                at(d, quote.start, quote.end)
            })
        })
        .map(Selection::Quote)
}

/// What to check when a decision's derivation lands (see [`CrosscheckApp::checked`]).
#[derive(Debug, Clone)]
pub struct Check {
    /// The decisions before it, to go back to if the engine refuses it.
    before: Vec<Decision>,
    /// The anchor whose group to select (a join or a separation).
    focus: Option<Anchor>,
    /// Whether the decision added one (a refused removal is not taken back).
    added: bool,
}

impl CrosscheckApp {
    /// What an undo would bring back.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            entries: self.entries.clone(),
            reference: self.reference,
            settings: self.settings,
            decisions: self.decisions.clone(),
        }
    }

    /// Goes back (or forward) to a snapshot. Articles that finished loading since keep what
    /// they loaded.
    pub(super) fn restore(&mut self, s: Snapshot) {
        let compare_again = {
            let now = self.snapshot();
            let key = |s: &Snapshot| -> Vec<(u64, bool)> { s.entries.iter().map(|e| (e.id, e.included)).collect() };
            key(&now) != key(&s) || now.reference != s.reference || now.settings != s.settings
        };
        let entries = s
            .entries
            .into_iter()
            .map(|mut e| {
                if let Some(current) = self.entries.iter().find(|c| c.id == e.id) {
                    e.state = current.state.clone();
                }
                e
            })
            .collect();
        self.entries = entries;
        self.reference = s.reference;
        self.settings = s.settings;
        self.decisions = s.decisions;
        // A decision still being applied is not the one to check any more.
        self.check = None;
        if compare_again {
            self.mark_dirty();
        } else {
            self.redecide();
        }
    }

    /// Turns what the reader decided into stored decisions: a new speaker, status, note or
    /// reviewed mark replaces the group's earlier one; joins and separations add up in order.
    pub(super) fn decide(&mut self, d: Decide) {
        let Some(cmp) = self.comparison.clone() else { return };
        let same_group = |x: &Anchor, y: &Anchor| group_of(&cmp, x).is_some() && group_of(&cmp, x) == group_of(&cmp, y);
        let drop_kind = |kind: DecisionKind, a: &Anchor, decisions: &mut Vec<Decision>| {
            decisions
                .retain(|old| old.kind != kind || !old.anchors.first().is_some_and(|o| o == a || same_group(o, a)));
        };
        let mut focus = None;
        let before = self.decisions.clone();
        match d {
            Decide::Join(a, b) => {
                focus = Some(a.clone());
                self.decisions.push(Decision::new(DecisionKind::Join, vec![a, b]));
            }
            Decide::Separate(a) => {
                focus = Some(a.clone());
                self.decisions.push(Decision::new(DecisionKind::Separate, vec![a]));
            }
            Decide::Speaker(a, name) => {
                drop_kind(DecisionKind::Speaker, &a, &mut self.decisions);
                self.decisions.push(Decision::new(DecisionKind::Speaker, vec![a]).with_value(name.trim()));
            }
            Decide::Status(a, value, reason) => {
                drop_kind(DecisionKind::Status, &a, &mut self.decisions);
                let mut d = Decision::new(DecisionKind::Status, vec![a]).with_value(value);
                d.note = reason.filter(|r| !r.trim().is_empty());
                self.decisions.push(d);
            }
            Decide::Note(a, text) => {
                // One note per sentence: the group's other sentences keep theirs.
                self.decisions.retain(|old| old.kind != DecisionKind::Note || old.anchors.first() != Some(&a));
                if !text.trim().is_empty() {
                    self.decisions.push(Decision::new(DecisionKind::Note, vec![a]).with_note(text.trim()));
                }
            }
            Decide::Forget(old) => {
                if let Some(i) = self.decisions.iter().position(|d| *d == *old) {
                    self.decisions.remove(i);
                }
            }
            Decide::Reviewed(a, on) => {
                drop_kind(DecisionKind::Reviewed, &a, &mut self.decisions);
                if on {
                    self.decisions.push(Decision::new(DecisionKind::Reviewed, vec![a]));
                }
            }
        }
        let added = self.decisions.len() >= before.len() && self.decisions.last() != before.last();
        self.check = Some(Check { before, focus, added });
        self.redecide();
    }

    /// A decision's derivation landed: a decision the engine cannot apply (two claims of one
    /// article joined, a conflict with one member) is taken back here rather than stored as
    /// stale; the group a join or separation made is the one to look at next.
    pub(super) fn checked(&mut self, check: Check) {
        let refused = self.comparison.as_ref().and_then(|c| c.decided.outcomes.last()).filter(|o| !o.applied);
        if check.added
            && let Some(reason) = refused.and_then(|o| o.reason.clone())
        {
            self.decisions = check.before;
            self.redecide();
            self.status = Some(format!("Not done: {reason}"));
            // Applied on the derive thread, the decision was already kept for recovery.
            self.autosave();
            return;
        }
        if let (Some(a), Some(cmp)) = (check.focus, &self.comparison)
            && let Some(sel) = group_of(cmp, &a)
        {
            self.selection = Some(sel);
            self.scroll_to_selection = true;
        }
    }

    /// Applies the decisions to the engine's latest comparison (no new comparison needed:
    /// the grouping they correct is already there). For a small comparison this runs in the
    /// frame of the click, so the decision shows at once; a large one (copying and
    /// re-deriving 500 articles takes a quarter of a second) goes to the derive thread and
    /// shows when it lands.
    pub(super) fn redecide(&mut self) {
        let large = self.base.as_ref().is_some_and(|b| b.claims.len() > self.decide_in_frame_up_to);
        self.derive_rows(large);
    }

    /// Writes the comparison with its decisions to the recovery file (atomically), so a
    /// crash loses nothing the reader decided.
    pub(super) fn autosave(&mut self) {
        let Some(path) = self.recovery.clone() else { return };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Err(e) = self.comparison_file().save(&path) {
            self.status = Some(format!("Cannot keep a recovery copy of the decisions: {e}"));
        }
    }

    /// Removes the recovery file (the window closed normally).
    pub fn forget_recovery(&self) {
        if let Some(path) = &self.recovery {
            let _ = std::fs::remove_file(path);
        }
    }

    /// At start: a recovery file left by a session that did not close normally.
    pub(super) fn find_recovery(&mut self) {
        let Some(path) = &self.recovery else { return };
        // Decisions on pasted articles alone (no file to reopen) cannot be restored.
        if let Ok(file) = ComparisonFile::load(path)
            && !file.decisions.is_empty()
            && !file.files.is_empty()
        {
            self.recovery_offer = Some(file);
        }
    }
}
