//! What the views need from a comparison, worked out once when it arrives (off the UI
//! thread), and picked again when the filter changes: the visible rows, the list of
//! divergences, the sentence tints, the status counts.

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

/// What the views need from a comparison, worked out once per comparison (on the derive
/// thread, see `derive`) so that a frame only reads it. A new filter only picks rows out of
/// what is here ([`Derived::refilter`]): no text is lowercased and nothing sorted again.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    /// Which comparison these rows were made from: views key their cached text layouts by
    /// it (a number of its own, never reused, unlike an address).
    pub stamp: u64,
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
    /// The names the Names view lists: those two articles mention, or spelled differently.
    pub name_rows: Vec<usize>,
    /// How many claim groups have each status (the order of `ClaimStatus`).
    pub claim_counts: [usize; 4],
    /// How many quote groups have each status (the order of `QuoteStatus`).
    pub quote_counts: [usize; 4],
    /// Every claim group in the reports' order, with what the filter needs of it.
    claims: Vec<Candidate>,
    /// Every quote group in the reports' order, with what the filter needs of it.
    quotes: Vec<Candidate>,
}

/// A group as the filter sees it: its status, whether it is a divergence still open, and
/// its words in lower case for the search.
#[derive(Debug, Clone)]
struct Candidate {
    group: usize,
    status: usize,
    open: bool,
    words: String,
}

/// Numbers the derived tables, so a cache keyed by one never serves another.
static STAMPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Derived {
    /// Works out the rows, divergences and tints of `cmp` under `filter`. This is the O(N)
    /// work: it runs on the derive thread, never in a frame.
    pub fn build(cmp: &Comparison, filter: &Filter) -> Self {
        let mut d = Derived { stamp: STAMPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed), ..Default::default() };
        let mut tints = vec![Vec::new(); cmp.docs.len()];
        for (g, group) in cmp.claim_groups.iter().enumerate() {
            d.claim_counts[group.status as usize] += 1;
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
        for group in &cmp.quote_groups {
            d.quote_counts[group.status as usize] += 1;
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
        let open: std::collections::HashSet<Selection> =
            d.divergences.iter().zip(&d.reviewed).filter(|(_, r)| !**r).map(|(s, _)| *s).collect();
        // In the reports' order: conflicts, each article's unique claims, reworded, agreeing.
        d.claims = present::claim_sections(cmp)
            .order()
            .into_iter()
            .map(|i| {
                let g = &cmp.claim_groups[i];
                let words = lower_joined(g.members.iter().map(|&m| cmp.claim(m).text.as_str()));
                Candidate { group: i, status: g.status as usize, open: open.contains(&Selection::Claim(i)), words }
            })
            .collect();
        // In the reports' order: by speaker, altered first.
        d.quotes = present::quote_order(cmp)
            .into_iter()
            .map(|i| {
                let g = &cmp.quote_groups[i];
                let texts = g.members.iter().map(|m| cmp.docs[m.0].analysis.quotes[m.1].text.as_str());
                let words = lower_joined(g.speaker.as_deref().into_iter().chain(texts));
                Candidate { group: i, status: g.status as usize, open: open.contains(&Selection::Quote(i)), words }
            })
            .collect();
        d.name_rows = cmp
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.conflict || e.mentions.iter().any(|m| m.article != e.mentions[0].article))
            .map(|(i, _)| i)
            .collect();
        d.refilter(filter);
        d
    }

    /// Picks the visible rows for a new filter: a pass over strings made once, quick enough
    /// for every keystroke in the search box at 500 articles.
    pub fn refilter(&mut self, filter: &Filter) {
        let needle = filter.search.trim().to_lowercase();
        let pick = |list: &[Candidate], statuses: &[bool; 4]| -> Vec<usize> {
            list.iter()
                .filter(|c| statuses[c.status])
                .filter(|c| !filter.unreviewed || c.open)
                .filter(|c| needle.is_empty() || c.words.contains(&needle))
                .map(|c| c.group)
                .collect()
        };
        self.claim_rows = pick(&self.claims, &filter.claims);
        self.quote_rows = pick(&self.quotes, &filter.quotes);
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

/// The texts in lower case, one per line, so that a search never matches across two of them.
fn lower_joined<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for t in texts {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&t.to_lowercase());
    }
    out
}

/// Whether the reader marked the group reviewed.
fn is_reviewed(cmp: &Comparison, sel: Selection) -> bool {
    match sel {
        Selection::Claim(g) => cmp.decided.claim(g).is_some_and(|m| m.reviewed),
        Selection::Quote(g) => cmp.decided.quote(g).is_some_and(|m| m.reviewed),
        Selection::Entity(_) => false,
    }
}
