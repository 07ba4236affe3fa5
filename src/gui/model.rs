//! What the views need from a comparison, worked out once when it arrives (and again when
//! the filter changes): the visible rows, the list of divergences, the sentence tints.

use super::state::Filter;
use crate::compare::{ClaimStatus, Comparison, QuoteStatus};
use crate::report::present::{self, Meaning};

/// The group the user is looking at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Selection {
    /// A claim group (index into `Comparison::claim_groups`).
    Claim(usize),
    /// A quote group (index into `Comparison::quote_groups`).
    Quote(usize),
    /// A name (index into `Comparison::entities`).
    Entity(usize),
}

/// A span of an article's text tinted by the status of its group.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tint {
    /// Byte offset of the span's start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// What the group's status means (views pick the colour).
    pub meaning: Meaning,
    /// The group the span belongs to.
    pub selection: Selection,
}

/// What the views need from a comparison, worked out once per comparison and filter.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// The filter these rows were made with.
    pub filter: Filter,
    /// Claim groups shown in the Claims view, in order.
    pub claim_rows: Vec<usize>,
    /// Quote groups shown in the Quotes view, in order (by speaker, altered first).
    pub quote_rows: Vec<usize>,
    /// Conflicts, altered quotes, name conflicts and unique claims, in the order F7 visits them.
    pub divergences: Vec<Selection>,
    /// For each divergence, whether the reader marked it reviewed.
    pub reviewed: Vec<bool>,
    /// Per article of the comparison: claim spans tinted by status, sorted by start.
    pub tints: Vec<Vec<Tint>>,
}

impl Derived {
    /// Works out the rows, divergences and tints of `cmp` under `filter`.
    pub fn build(cmp: &Comparison, filter: &Filter) -> Self {
        let mut d = Derived::default();
        let mut tints = vec![Vec::new(); cmp.docs.len()];
        for (g, group) in cmp.claim_groups.iter().enumerate() {
            for &m in &group.members {
                let c = cmp.claim(m);
                tints[cmp.claims[m].article].push(Tint {
                    start: c.start,
                    end: c.end,
                    meaning: Meaning::of_claim(group.status),
                    selection: Selection::Claim(g),
                });
            }
        }
        for t in &mut tints {
            t.sort_by_key(|t| t.start);
        }
        d.tints = tints;
        let mut div: Vec<Selection> = Vec::new();
        div.extend(
            cmp.claim_groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.status == ClaimStatus::Conflict)
                .map(|(i, _)| Selection::Claim(i)),
        );
        div.extend(
            cmp.quote_groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.status == QuoteStatus::Altered)
                .map(|(i, _)| Selection::Quote(i)),
        );
        div.extend(cmp.entities.iter().enumerate().filter(|(_, e)| e.conflict).map(|(i, _)| Selection::Entity(i)));
        div.extend(
            cmp.claim_groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.status == ClaimStatus::Unique)
                .map(|(i, _)| Selection::Claim(i)),
        );
        d.reviewed = div.iter().map(|&s| is_reviewed(cmp, s)).collect();
        d.divergences = div;
        d.refilter(cmp, filter);
        d
    }

    /// Recomputes the visible rows for a new filter.
    pub fn refilter(&mut self, cmp: &Comparison, filter: &Filter) {
        let needle = filter.search.trim().to_lowercase();
        let matches = |text: &str| needle.is_empty() || text.to_lowercase().contains(&needle);
        // In the reports' order: conflicts, each article's unique claims, reworded, agreeing.
        self.claim_rows = crate::report::present::claim_sections(cmp)
            .order()
            .into_iter()
            .map(|i| (i, &cmp.claim_groups[i]))
            .filter(|(_, g)| filter.claims[g.status as usize])
            .filter(|(_, g)| g.members.iter().any(|&m| matches(&cmp.claim(m).text)))
            .filter(|(i, _)| !filter.unreviewed || self.is_open_divergence(Selection::Claim(*i)))
            .map(|(i, _)| i)
            .collect();
        let mut quotes: Vec<usize> = cmp
            .quote_groups
            .iter()
            .enumerate()
            .filter(|(_, g)| filter.quotes[g.status as usize])
            .filter(|(_, g)| {
                g.speaker.as_deref().is_some_and(matches)
                    || g.members.iter().any(|m| matches(&cmp.docs[m.0].analysis.quotes[m.1].text))
            })
            .filter(|(i, _)| !filter.unreviewed || self.is_open_divergence(Selection::Quote(*i)))
            .map(|(i, _)| i)
            .collect();
        // In the reports' order: by speaker, altered first.
        present::sort_quotes(cmp, &mut quotes);
        self.quote_rows = quotes;
        self.filter = filter.clone();
    }

    /// Whether a selection still names a group of `cmp` (indices change with every comparison).
    pub fn exists(cmp: &Comparison, sel: Selection) -> bool {
        match sel {
            Selection::Claim(i) => i < cmp.claim_groups.len(),
            Selection::Quote(i) => i < cmp.quote_groups.len(),
            Selection::Entity(i) => i < cmp.entities.len(),
        }
    }

    /// A divergence the reader has not marked reviewed.
    fn is_open_divergence(&self, sel: Selection) -> bool {
        self.divergences.iter().zip(&self.reviewed).any(|(d, r)| *d == sel && !r)
    }

    /// The claim and quote divergences (those a reader can mark) and how many are reviewed.
    pub fn review_progress(&self) -> (usize, usize) {
        let markable = self.divergences.iter().zip(&self.reviewed).filter(|(d, _)| !matches!(d, Selection::Entity(_)));
        markable.fold((0, 0), |(done, all), (_, &r)| (done + usize::from(r), all + 1))
    }

    /// The next (or previous) divergence after `from`, wrapping around; reviewed ones are
    /// skipped unless `reviewed_too`.
    pub fn step_divergence(&self, from: Option<Selection>, forward: bool, reviewed_too: bool) -> Option<Selection> {
        let n = self.divergences.len();
        if n == 0 {
            return None;
        }
        let pos = from.and_then(|s| self.divergences.iter().position(|d| *d == s));
        let start = match (pos, forward) {
            (None, true) => n - 1,
            (None, false) => 0,
            (Some(p), _) => p,
        };
        (1..=n)
            .map(|k| if forward { (start + k) % n } else { (start + n * 2 - k) % n })
            .find(|&i| reviewed_too || !self.reviewed.get(i).copied().unwrap_or(false))
            .map(|i| self.divergences[i])
    }
}

/// Whether the reader marked the group reviewed.
fn is_reviewed(cmp: &Comparison, sel: Selection) -> bool {
    match sel {
        Selection::Claim(g) => cmp.decided.claim(g).is_some_and(|m| m.reviewed),
        Selection::Quote(g) => cmp.decided.quote(g).is_some_and(|m| m.reviewed),
        Selection::Entity(_) => false,
    }
}
