//! Comparison of N analyzed articles: quotes, claims and names grouped across articles,
//! each group with a status, word diffs against a canonical member, per-article coverage
//! and an article × article similarity matrix.
//!
//! The engine emits meanings (statuses, diff ops), never colours; views and reports map them.

mod acronyms;
mod causes;
pub mod claims;
mod clock;
mod conflicts;
mod count_edges;
pub mod decisions;
pub mod diff;
pub mod entities;
pub mod events;
pub(crate) mod measures;
mod name_conflicts;
pub mod names;
mod opposites;
pub(crate) mod orgnames;
mod places;
mod propositions;
pub mod quotes;
pub mod similarity;
mod slots;
mod synonyms;
pub mod text;
mod vocab;
mod windows;

use crate::analyze::Analysis;
use crate::model::Article;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub use diff::{DiffOp, OpKind};

/// An article together with what analysis found in it; shared read-only between threads.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The article itself.
    pub article: Arc<Article>,
    /// What analysis found in it.
    pub analysis: Arc<Analysis>,
}

impl Loaded {
    /// Wraps an article and its analysis for sharing.
    pub fn new(article: Article, analysis: Analysis) -> Self {
        Self { article: Arc::new(article), analysis: Arc::new(analysis) }
    }

    /// A pasted text read and analysed, for tests.
    #[cfg(test)]
    pub(crate) fn pasted(name: &str, text: &str) -> Self {
        let article = crate::ingest::ingest_pasted(name, text).expect("article");
        let analysis = crate::analyze::analyze(&article);
        Self::new(article, analysis)
    }
}

/// The knobs of a comparison; they are written into every report.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// How similar two sentences must be (0–1, TF-IDF cosine) to count as the same claim.
    pub threshold: f64,
    /// Compare words regardless of upper and lower case.
    pub ignore_case: bool,
    /// Compare words regardless of punctuation.
    pub ignore_punctuation: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self { threshold: 0.25, ignore_case: true, ignore_punctuation: true }
    }
}

impl Settings {
    /// The word-key options these settings imply for text comparison.
    pub fn key_options(&self) -> text::KeyOptions {
        text::KeyOptions { ignore_case: self.ignore_case, ignore_punctuation: self.ignore_punctuation }
    }
}

/// How the wordings of one quote compare across the articles that print it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum QuoteStatus {
    /// Some article changed words of the quote (dropped, added or replaced them).
    #[default]
    Altered,
    /// Some article prints only a contiguous part of it and marks the cut with an ellipsis.
    Partial,
    /// Every article prints the same words.
    Verbatim,
    /// Only one article prints it.
    Unique,
}

impl QuoteStatus {
    /// The status as written in reports ("verbatim", "altered", …).
    pub fn name(self) -> &'static str {
        match self {
            QuoteStatus::Verbatim => "verbatim",
            QuoteStatus::Altered => "altered",
            QuoteStatus::Partial => "partial",
            QuoteStatus::Unique => "unique",
        }
    }
}

/// How the articles carrying one claim agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ClaimStatus {
    /// The articles state it with different numbers, dates, names, negation, titles or speakers.
    #[default]
    Conflict,
    /// Only one article carries it.
    Unique,
    /// Several articles carry it in different words, with no conflict found.
    Reworded,
    /// Several articles carry it in the same words.
    Agree,
}

impl ClaimStatus {
    /// The status as written in reports ("agree", "conflict", …).
    pub fn name(self) -> &'static str {
        match self {
            ClaimStatus::Agree => "agree",
            ClaimStatus::Reworded => "reworded",
            ClaimStatus::Conflict => "conflict",
            ClaimStatus::Unique => "unique",
        }
    }
}

/// What two articles disagree about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// A number or quantity.
    Number,
    /// A date, weekday, month or year.
    Date,
    /// One says it, the other denies it.
    Negation,
    /// A name or its spelling.
    Name,
    /// A person's title or role.
    Title,
    /// Who said it.
    Speaker,
}

impl ConflictKind {
    /// The kind as written in reports ("number", "date", …).
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::Number => "number",
            ConflictKind::Date => "date",
            ConflictKind::Negation => "negation",
            ConflictKind::Name => "name",
            ConflictKind::Title => "title",
            ConflictKind::Speaker => "speaker",
        }
    }
}

/// What a quote of another article looks like next to the reference article's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceVerdict {
    /// The same words as the reference's.
    Verbatim,
    /// A contiguous part of the reference's wording, the cut marked with an ellipsis.
    Partial,
    /// Different words from the reference's.
    Altered,
    /// The reference article does not print this quote.
    NotInReference,
}

/// One quote as the report lists it: a whole utterance, or one part of an utterance that
/// the article split with its attribution (`“A,” he said. “B.”`).
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteItem {
    /// Index of the article (into `Comparison::docs`).
    pub article: usize,
    /// Index into that article's `analysis.quotes`.
    pub quote: usize,
    /// The quoted words of this item.
    pub text: String,
    /// Byte offset of its start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// Who said it, when known.
    pub speaker: Option<String>,
}

/// The same utterance as printed by several articles.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteGroup {
    /// Who said it, when known.
    pub speaker: Option<String>,
    /// How the members' wordings compare.
    pub status: QuoteStatus,
    /// Utterances: (article, index into analysis.quotes), in article order.
    pub members: Vec<(usize, usize)>,
    /// Indices into `Comparison::quote_items` of every member's items.
    pub items: Vec<usize>,
    /// Index into `members` of the canonical wording.
    pub canonical: usize,
    /// For each member (same order as `members`), its words against the canonical one.
    pub diffs: Vec<Vec<DiffOp>>,
    /// Each member's own status against the canonical one.
    pub member_status: Vec<QuoteStatus>,
}

/// One claim of one article: where to find it in that article's analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRef {
    /// Index of the article (into `Comparison::docs`).
    pub article: usize,
    /// Index into that article's `analysis.claims`.
    pub claim: usize,
}

/// A disagreement between two members of a claim group.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// What they disagree about.
    pub kind: ConflictKind,
    /// Indices into the group's `members`.
    pub members: (usize, usize),
    /// Both values, e.g. "more than 40 vs roughly 50".
    pub detail: String,
    /// How sure the engine is that this is a real disagreement (0–1); only confident ones
    /// are kept.
    pub confidence: f64,
}

/// One claim as carried by one or more articles.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimGroup {
    /// How the members agree.
    pub status: ClaimStatus,
    /// Indices into `Comparison::claims`, in article order.
    pub members: Vec<usize>,
    /// Index into `members`.
    pub canonical: usize,
    /// The disagreements found between members.
    pub conflicts: Vec<Conflict>,
    /// For each member, its words against the canonical member.
    pub diffs: Vec<Vec<DiffOp>>,
    /// Mean similarity of the members to the canonical one.
    pub similarity: f64,
    /// How sure the engine is that the members state one claim (0–1).
    pub confidence: f64,
    /// What the members share and why they were matched: names, counted things, words.
    pub evidence: Vec<String>,
}

/// One mention of a name in one article: where to find it in that article's analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    /// Index of the article (into `Comparison::docs`).
    pub article: usize,
    /// Index into that article's `analysis.mentions`.
    pub mention: usize,
}

/// A way the articles name one entity differently.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityConflict {
    /// What differs (a name's spelling, a title).
    pub kind: ConflictKind,
    /// The differing forms, for the reader.
    pub detail: String,
}

/// A person, organisation or place as the articles name it.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityGroup {
    /// The name, in its fullest form.
    pub name: String,
    /// What sort of thing it names (person, organisation, place, outlet).
    pub kind: crate::analyze::EntityKind,
    /// Whether the articles name it differently (`conflicts` is not empty).
    pub conflict: bool,
    /// Every mention of it, across the articles.
    pub mentions: Vec<EntityMention>,
    /// The ways the articles name it differently.
    pub conflicts: Vec<EntityConflict>,
}

/// Per-article counts of its claims by the status of their group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    /// Claims in groups whose members agree word for word.
    pub agree: usize,
    /// Claims in groups whose members say it in other words.
    pub reworded: usize,
    /// Claims in groups whose members conflict.
    pub conflict: usize,
    /// Claims no other article carries.
    pub unique: usize,
}

/// Something about the set of articles a reader must know before trusting the groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// What sort of warning it is.
    pub kind: WarningKind,
    /// The articles it is about (indices into `docs`).
    pub articles: Vec<usize>,
    /// One line for the reader.
    pub detail: String,
}

/// What a [`Warning`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    /// These articles report another event than the rest.
    DifferentEvent,
}

impl WarningKind {
    /// The kind as written in reports ("different_event").
    pub fn name(self) -> &'static str {
        match self {
            WarningKind::DifferentEvent => "different_event",
        }
    }
}

/// Everything the views and reports show. Built once; never recomputed by them.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The articles compared, in the order given.
    pub docs: Vec<Loaded>,
    /// The settings the comparison was made with.
    pub settings: Settings,
    /// Index into `docs` of the reference article, if one was chosen.
    pub reference: Option<usize>,
    /// Every quote as the report lists it (whole utterances or their parts).
    pub quote_items: Vec<QuoteItem>,
    /// The quotes grouped across articles, altered ones first.
    pub quote_groups: Vec<QuoteGroup>,
    /// Every claim of every article; claim groups index into this.
    pub claims: Vec<ClaimRef>,
    /// The claims grouped across articles: conflicts first, then unique, reworded, agreeing.
    pub claim_groups: Vec<ClaimGroup>,
    /// The named people, organisations, places and outlets, grouped across articles.
    pub entities: Vec<EntityGroup>,
    /// For each article (same order as `docs`), its claims counted by group status.
    pub coverage: Vec<Coverage>,
    /// Article × article similarity (0–1), indexed by positions in `docs`.
    pub similarity: Vec<Vec<f64>>,
    /// For each quote item, what the reference did with it (only when a reference is set).
    pub reference_check: Vec<(usize, ReferenceVerdict)>,
    /// What the reader must know about the set as a whole (articles of another event).
    pub warnings: Vec<Warning>,
    /// What the reader's decisions changed (empty until `decisions::apply`).
    pub decided: decisions::Decided,
}

impl Comparison {
    /// The claim with index `id` into `claims`.
    pub fn claim(&self, id: usize) -> &crate::analyze::Claim {
        let r = &self.claims[id];
        &self.docs[r.article].analysis.claims[r.claim]
    }
}

/// Compares the articles. `reference` is an index into `docs`.
pub fn compare(docs: Vec<Loaded>, settings: Settings, reference: Option<usize>) -> Comparison {
    let never = std::sync::atomic::AtomicBool::new(false);
    compare_cancellable(docs, settings, reference, &never).expect("a comparison nobody cancels always completes")
}

/// Like [`compare`], but gives up (returning `None`) soon after `cancel` is set: it is
/// checked between the stages, none of which takes more than a fraction of a second even
/// for hundreds of articles.
pub fn compare_cancellable(
    docs: Vec<Loaded>,
    settings: Settings,
    reference: Option<usize>,
    cancel: &std::sync::atomic::AtomicBool,
) -> Option<Comparison> {
    let cancelled = || cancel.load(std::sync::atomic::Ordering::Relaxed);
    let reference = reference.filter(|&r| r < docs.len());
    // The parts are independent: run them side by side (each is parallel inside too, but
    // each also has sequential stretches that would leave a core idle).
    // Claims wait for the similarity matrix: articles of another event must not have their
    // claims grouped with the rest.
    // (Past the size where events are told apart, the matrix is made beside the quotes, as it
    // need not come first.)
    let events_checked = docs.len() <= events::MAX_ARTICLES;
    let ((quote_out, entities, late_similarity), ((early_similarity, split), claim_out)) = rayon::join(
        || {
            let t = std::time::Instant::now();
            let q = quotes::group_quotes(&docs, &settings, reference);
            let t = crate::timings::stage("quotes (beside claims)", t);
            let e = if cancelled() { Vec::new() } else { entities::group_entities(&docs) };
            let t = crate::timings::stage("entities (beside claims)", t);
            let s = if events_checked || cancelled() { Vec::new() } else { similarity::article_similarity(&docs) };
            if !events_checked {
                crate::timings::stage("similarity (beside claims)", t);
            }
            (q, e, s)
        },
        || {
            let t = std::time::Instant::now();
            let s = if events_checked { similarity::article_similarity(&docs) } else { Vec::new() };
            let split = events::split(&docs, &s);
            let t = if events_checked { crate::timings::stage("similarity, events", t) } else { t };
            let c = if cancelled() {
                (Vec::new(), Vec::new())
            } else {
                claims::group_claims(&docs, &settings, reference, split.as_ref().map(|x| x.grouping.as_slice()))
            };
            crate::timings::stage("claims", t);
            ((s, split), c)
        },
    );
    let similarity = if events_checked { early_similarity } else { late_similarity };
    if cancelled() {
        return None;
    }
    let (quote_items, quote_groups, reference_check) = quote_out;
    let (claims, mut claim_groups) = claim_out;
    let t = std::time::Instant::now();
    name_conflicts::claim_name_conflicts(&docs, &claims, &mut claim_groups, &entities);
    // Conflicts first, then unique, reworded, agreeing; in reading order inside a status.
    claim_groups.sort_by(|a, b| a.status.cmp(&b.status).then(a.members[0].cmp(&b.members[0])));
    let mut coverage = vec![Coverage::default(); docs.len()];
    for g in &claim_groups {
        for &m in &g.members {
            let c = &mut coverage[claims[m].article];
            match g.status {
                ClaimStatus::Agree => c.agree += 1,
                ClaimStatus::Reworded => c.reworded += 1,
                ClaimStatus::Conflict => c.conflict += 1,
                ClaimStatus::Unique => c.unique += 1,
            }
        }
    }
    crate::timings::stage("name conflicts, coverage", t);
    Some(Comparison {
        docs,
        settings,
        reference,
        quote_items,
        quote_groups,
        claims,
        claim_groups,
        entities,
        coverage,
        similarity,
        reference_check,
        warnings: split.map(event_warnings).unwrap_or_default(),
        decided: decisions::Decided::default(),
    })
}

/// One warning per event but the one most articles report.
fn event_warnings(split: events::EventSplit) -> Vec<Warning> {
    (1..split.count())
        .map(|e| {
            let articles = split.articles(e);
            let who = if articles.len() == 1 { "this article reports" } else { "these articles report" };
            let detail = match split.days_apart {
                Some(days) => format!(
                    "{who} another occasion than the rest: published {days} days or more from every other \
                     article, with little shared wording (similarity at most {:.2}); the facts it shares \
                     with the others are still compared",
                    split.strongest_cross_link
                ),
                None => format!(
                    "{who} another event than the rest: few or no shared names and little shared wording \
                     (similarity at most {:.2}); their claims are not grouped with the others",
                    split.strongest_cross_link
                ),
            };
            Warning { kind: WarningKind::DifferentEvent, articles, detail }
        })
        .collect()
}

/// How many articles the claims `members` (indices into `claims`) come from: a group may
/// hold two claims of one article, and is carried by one article only when this is 1.
pub(crate) fn article_count(claims: &[ClaimRef], members: &[usize]) -> usize {
    let mut seen: Vec<usize> = members.iter().map(|&m| claims[m].article).collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// Disjoint sets with a size; used to merge pairwise matches into groups.
pub(crate) struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> Self {
        Self { parent: (0..n).collect() }
    }
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    pub fn union(&mut self, a: usize, b: usize) -> usize {
        let (ra, rb) = (self.find(a), self.find(b));
        // The smaller index becomes the root so results do not depend on merge order.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[hi] = lo;
        lo
    }
    /// Joins the given pairs in order (best first), except where the two sets would then
    /// hold two members whose keys `clash` (two claims of one article, say). Returns the sets.
    pub fn greedy_groups<K: Copy>(
        keys: &[K],
        pairs: impl IntoIterator<Item = (usize, usize)>,
        clash: impl Fn(K, K) -> bool,
    ) -> Vec<Vec<usize>> {
        let mut uf = UnionFind::new(keys.len());
        let mut members: Vec<Vec<K>> = keys.iter().map(|&k| vec![k]).collect();
        for (i, j) in pairs {
            let (ri, rj) = (uf.find(i), uf.find(j));
            if ri == rj || members[ri].iter().any(|&a| members[rj].iter().any(|&b| clash(a, b))) {
                continue;
            }
            let root = uf.union(ri, rj);
            let other = if root == ri { rj } else { ri };
            let moved = std::mem::take(&mut members[other]);
            members[root].extend(moved);
        }
        uf.groups()
    }

    /// Members of each set, sets ordered by their smallest member.
    pub fn groups(&mut self) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let mut by_root: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
        for i in 0..n {
            let r = self.find(i);
            by_root.entry(r).or_default().push(i);
        }
        by_root.into_values().collect()
    }
}
