//! The reader's decisions (join, separate, speaker, status, note, reviewed): anchored to
//! claims and quotes by file, byte span and a hash of the anchored text, and applied after
//! the automatic grouping so they hold when the threshold or a setting changes.
//!
//! A decision whose anchor no longer matches (the file changed, or it is not in the
//! comparison) is kept in [`Decided::outcomes`] as not applied, never dropped silently.

mod regroup;

use super::diff::is_equal;
use super::{ClaimGroup, ClaimRef, ClaimStatus, Comparison, Coverage, Loaded, QuoteStatus, Settings};
use regroup::{join_claims, join_quotes, rebuild_quote, separate_claim, separate_quote};
use serde::{Deserialize, Serialize};
use sha2::Digest;
use std::collections::{BTreeMap, HashMap};

/// `value` of a status decision: the reader says the members do not contradict each other.
pub const NOT_CONFLICT: &str = "not_conflict";
/// `value` of a status decision: the members contradict each other (the `note` says how).
pub const CONFLICT: &str = "conflict";
/// `value` of a status decision: the quotes are one utterance, worded the same.
pub const SAME_QUOTE: &str = "same_quote";
/// `value` of a status decision: the grouped quotes are different utterances.
pub const DIFFERENT_QUOTE: &str = "different_quote";

/// What a reader's decision does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// The anchored claims (or quotes) are one: their groups become one.
    Join,
    /// The anchored member leaves its group.
    Separate,
    /// The anchored quote was said by `value`.
    Speaker,
    /// The group's status is `value` (see the constants of this module).
    Status,
    /// `note` about the anchored sentence and its group.
    Note,
    /// The reader has checked this divergence.
    Reviewed,
}

impl DecisionKind {
    /// The kind as written in the comparison file ("join", "separate", …).
    pub fn name(self) -> &'static str {
        match self {
            DecisionKind::Join => "join",
            DecisionKind::Separate => "separate",
            DecisionKind::Speaker => "speaker",
            DecisionKind::Status => "status",
            DecisionKind::Note => "note",
            DecisionKind::Reviewed => "reviewed",
        }
    }
}

/// Where a decision points: a claim or quote of one article, by its byte span in the
/// extracted text and a hash of the text there (so an edited file is noticed).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    /// File name of the article (as in `Article::file_name`).
    pub file: String,
    /// Byte offset of the span's start in the extracted text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// SHA-256 of the text of the span (lowercase hex).
    pub text_sha256: String,
}

impl Anchor {
    /// The anchor of `start..end` in the article of `doc`.
    pub fn new(doc: &Loaded, start: usize, end: usize) -> Self {
        Self::in_article(&doc.article, start, end)
    }

    /// The anchor of `start..end` in `article`.
    pub fn in_article(article: &crate::model::Article, start: usize, end: usize) -> Self {
        let text = article.text.get(start..end).unwrap_or("");
        Self { file: article.file_name.clone(), start, end, text_sha256: sha256_hex(text) }
    }

    /// The SHA-256 (lowercase hex) an anchor keeps of its text.
    pub fn hash(text: &str) -> String {
        sha256_hex(text)
    }

    /// "02.txt 120–240", for messages.
    pub fn describe(&self) -> String {
        format!("{} {}–{}", self.file, self.start, self.end)
    }
}

fn sha256_hex(text: &str) -> String {
    sha2::Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// One decision of the reader, as stored in the comparison file (`crosscheck.comparison/2`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// What the decision does.
    pub kind: DecisionKind,
    /// The claims or quotes it is about.
    pub anchors: Vec<Anchor>,
    /// What was decided: the speaker's name, a status constant of this module, or "false" on a
    /// `Reviewed` decision (the group is then not reviewed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The reader's note or reason, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When it was made (RFC 3339).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
}

impl Decision {
    /// A decision of `kind` on `anchors`, made now, with no value or note.
    pub fn new(kind: DecisionKind, anchors: Vec<Anchor>) -> Self {
        Self { kind, anchors, value: None, note: None, time: crate::report::json::now_rfc3339() }
    }
    /// The same decision with `value` set.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// The same decision with `note` set.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Whether this decision changes which members a group has (applied first).
    fn regroups(&self) -> bool {
        matches!(self.kind, DecisionKind::Join | DecisionKind::Separate)
            || (self.kind == DecisionKind::Status && self.value.as_deref() == Some(DIFFERENT_QUOTE))
    }
}

/// What became of one decision.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The decision as given.
    pub decision: Decision,
    /// Whether it could be applied to the comparison.
    pub applied: bool,
    /// Why it could not be applied.
    pub reason: Option<String>,
}

/// A reader's note on one sentence (a claim or quote) of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Index of the article (into `Comparison::docs`).
    pub article: usize,
    /// Byte offset of the sentence's start in the article's text.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The note as the reader wrote it.
    pub text: String,
}

/// What the reader's decisions did to one group.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    /// A decision changed the group (members, status or speaker).
    pub decided: bool,
    /// The reader has checked the group.
    pub reviewed: bool,
    /// The reader's one-line reason for a status they set.
    pub reason: Option<String>,
    /// The reader's notes on the group's sentences.
    pub notes: Vec<Note>,
}

/// The decisions applied to a comparison, by group (indices into the final groups).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decided {
    /// Marks of claim groups, by index into `Comparison::claim_groups`.
    pub claims: BTreeMap<usize, Marks>,
    /// Marks of quote groups, by index into `Comparison::quote_groups`.
    pub quotes: BTreeMap<usize, Marks>,
    /// Every decision in the order given, applied or not.
    pub outcomes: Vec<Outcome>,
}

impl Decided {
    /// The marks of claim group `g`, if decisions touched it.
    pub fn claim(&self, g: usize) -> Option<&Marks> {
        self.claims.get(&g)
    }
    /// The marks of quote group `g`, if decisions touched it.
    pub fn quote(&self, g: usize) -> Option<&Marks> {
        self.quotes.get(&g)
    }
    /// The decisions that could not be applied.
    pub fn stale(&self) -> impl Iterator<Item = &Outcome> {
        self.outcomes.iter().filter(|o| !o.applied)
    }
    /// Every note, with the group it belongs to.
    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        self.claims.values().chain(self.quotes.values()).flat_map(|m| m.notes.iter())
    }
}

/// Compares the articles and applies the reader's decisions to the groups; `None` when
/// cancelled.
pub fn compare_decided(
    docs: Vec<Loaded>,
    settings: Settings,
    reference: Option<usize>,
    decisions: &[Decision],
    cancel: &std::sync::atomic::AtomicBool,
) -> Option<Comparison> {
    let mut cmp = super::compare_cancellable(docs, settings, reference, cancel)?;
    apply(&mut cmp, decisions);
    Some(cmp)
}

/// What an anchor points at.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    /// Index into `Comparison::claims`.
    Claim(usize),
    /// (article, index into its quotes).
    Quote(usize, usize),
}

/// Finds the claim or quote an anchor names; the reason when it cannot.
fn resolve(
    cmp: &Comparison,
    claim_ids: &HashMap<(usize, usize), usize>,
    a: &Anchor,
    quote_first: bool,
) -> Result<Target, String> {
    let mut named = false;
    for (d, doc) in cmp.docs.iter().enumerate() {
        if doc.article.file_name != a.file {
            continue;
        }
        named = true;
        let text = doc.article.text.get(a.start..a.end);
        if text.map(sha256_hex).as_deref() != Some(a.text_sha256.as_str()) {
            continue;
        }
        let claim = doc.analysis.claims.iter().position(|c| c.start == a.start && c.end == a.end);
        let claim = claim.and_then(|c| claim_ids.get(&(d, c)).map(|&id| Target::Claim(id)));
        // A quote by its own span, or by the span of one of its parts as the JSON report
        // lists them (`quotes[].start/end`), so a tool reading the report can anchor too.
        let quote = doc.analysis.quotes.iter().position(|q| q.start == a.start && q.end == a.end).or_else(|| {
            let part = cmp.quote_items.iter().find(|i| i.article == d && i.start == a.start && i.end == a.end);
            part.map(|i| i.quote)
        });
        let quote = quote.map(|q| Target::Quote(d, q));
        let found = if quote_first { quote.or(claim) } else { claim.or(quote) };
        if let Some(t) = found {
            return Ok(t);
        }
        return Err(format!("{}: no claim or quote there with these settings", a.describe()));
    }
    Err(if named {
        format!("{}: the text there changed (the file was edited)", a.describe())
    } else {
        format!("{}: the file is not in this comparison", a.file)
    })
}

/// Applies `decisions` to `cmp` in two passes: first those that regroup (in the order
/// given, so a later one can undo an earlier one's effect), then the marks.
pub fn apply(cmp: &mut Comparison, decisions: &[Decision]) {
    cmp.decided = Decided::default();
    if decisions.is_empty() {
        return;
    }
    let mut outcomes: Vec<Option<Result<(), String>>> = vec![None; decisions.len()];
    let claim_ids = claim_ids(cmp);
    for (i, d) in decisions.iter().enumerate().filter(|(_, d)| d.regroups()) {
        outcomes[i] = Some(regroup(cmp, &claim_ids, d));
    }
    cmp.claim_groups.retain(|g| !g.members.is_empty());
    cmp.quote_groups.retain(|g| !g.members.is_empty());
    // Groups made or changed by the first pass are marked decided in the second one.
    let mut marks = Decided::default();
    for (i, d) in decisions.iter().enumerate() {
        let result = if d.regroups() {
            let done = outcomes[i].take().unwrap_or(Ok(()));
            done.and_then(|()| mark_regrouped(cmp, &claim_ids, d, &mut marks))
        } else {
            mark(cmp, &claim_ids, d, &mut marks)
        };
        marks.outcomes.push(Outcome { decision: d.clone(), applied: result.is_ok(), reason: result.err() });
    }
    sort_claim_groups(cmp, &mut marks);
    cmp.coverage = coverage(cmp);
    cmp.decided = marks;
}

/// Puts the claim groups back in the engine's order (conflicts first, then unique,
/// reworded, agreeing; reading order inside a status) now that statuses may have changed,
/// and moves their marks along.
fn sort_claim_groups(cmp: &mut Comparison, marks: &mut Decided) {
    let key = |g: &ClaimGroup| (g.status, g.members[0]);
    let mut order: Vec<usize> = (0..cmp.claim_groups.len()).collect();
    order.sort_by_key(|&i| key(&cmp.claim_groups[i]));
    let mut new_pos = vec![0; order.len()];
    for (to, &from) in order.iter().enumerate() {
        new_pos[from] = to;
    }
    let mut old: Vec<Option<ClaimGroup>> = std::mem::take(&mut cmp.claim_groups).into_iter().map(Some).collect();
    cmp.claim_groups = order.iter().filter_map(|&i| old[i].take()).collect();
    let claims = std::mem::take(&mut marks.claims);
    marks.claims = claims.into_iter().filter_map(|(g, m)| new_pos.get(g).map(|&to| (to, m))).collect();
}

fn claim_ids(cmp: &Comparison) -> HashMap<(usize, usize), usize> {
    cmp.claims.iter().enumerate().map(|(id, r)| ((r.article, r.claim), id)).collect()
}

fn coverage(cmp: &Comparison) -> Vec<Coverage> {
    let mut coverage = vec![Coverage::default(); cmp.docs.len()];
    for g in &cmp.claim_groups {
        for &m in &g.members {
            let c = &mut coverage[cmp.claims[m].article];
            match g.status {
                ClaimStatus::Agree => c.agree += 1,
                ClaimStatus::Reworded => c.reworded += 1,
                ClaimStatus::Conflict => c.conflict += 1,
                ClaimStatus::Unique => c.unique += 1,
            }
        }
    }
    coverage
}

pub(super) fn claim_group_of(cmp: &Comparison, id: usize) -> Option<usize> {
    cmp.claim_groups.iter().position(|g| g.members.contains(&id))
}

pub(super) fn quote_group_of(cmp: &Comparison, m: (usize, usize)) -> Option<usize> {
    cmp.quote_groups.iter().position(|g| g.members.contains(&m))
}

fn targets(cmp: &Comparison, ids: &HashMap<(usize, usize), usize>, d: &Decision) -> Result<Vec<Target>, String> {
    if d.anchors.is_empty() {
        return Err("the decision names no claim or quote".into());
    }
    let quote_first =
        d.kind == DecisionKind::Speaker || matches!(d.value.as_deref(), Some(SAME_QUOTE) | Some(DIFFERENT_QUOTE));
    d.anchors.iter().map(|a| resolve(cmp, ids, a, quote_first)).collect()
}

/// The first pass: joins, separations, quotes said to be different.
fn regroup(cmp: &mut Comparison, ids: &HashMap<(usize, usize), usize>, d: &Decision) -> Result<(), String> {
    let t = targets(cmp, ids, d)?;
    match (d.kind, t.as_slice()) {
        (DecisionKind::Join, [Target::Claim(a), Target::Claim(b)]) => join_claims(cmp, *a, *b),
        (DecisionKind::Join, [Target::Quote(a, x), Target::Quote(b, y)]) => join_quotes(cmp, (*a, *x), (*b, *y)),
        (DecisionKind::Join, [_, _]) => Err("a claim and a quote cannot be joined".into()),
        (DecisionKind::Join, _) => Err("a join names two claims or two quotes".into()),
        (DecisionKind::Separate, [Target::Claim(a)]) => {
            separate_claim(cmp, *a);
            Ok(())
        }
        (DecisionKind::Separate, [Target::Quote(a, x)]) => {
            separate_quote(cmp, (*a, *x));
            Ok(())
        }
        (_, [Target::Quote(a, x), ..]) => {
            // Different quotes: each article's wording stands alone.
            let g = quote_group_of(cmp, (*a, *x)).ok_or("the quote is in no group")?;
            let members = std::mem::take(&mut cmp.quote_groups[g].members);
            let mut by_article: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
            for m in members {
                by_article.entry(m.0).or_default().push(m);
            }
            let speaker = cmp.quote_groups[g].speaker.clone();
            let mut parts = by_article.into_values();
            if let Some(first) = parts.next() {
                cmp.quote_groups[g] = rebuild_quote(cmp, first, speaker.clone());
            }
            for p in parts {
                let group = rebuild_quote(cmp, p, speaker.clone());
                cmp.quote_groups.push(group);
            }
            Ok(())
        }
        _ => Err("this decision needs one quote".into()),
    }
}

/// The second pass for a regrouping decision: marks the groups its anchors are now in.
fn mark_regrouped(
    cmp: &Comparison,
    ids: &HashMap<(usize, usize), usize>,
    d: &Decision,
    marks: &mut Decided,
) -> Result<(), String> {
    for t in targets(cmp, ids, d)? {
        group_marks(cmp, marks, t).decided = true;
    }
    Ok(())
}

fn group_marks<'a>(cmp: &Comparison, marks: &'a mut Decided, t: Target) -> &'a mut Marks {
    match t {
        Target::Claim(id) => marks.claims.entry(claim_group_of(cmp, id).unwrap_or(usize::MAX)).or_default(),
        Target::Quote(a, q) => marks.quotes.entry(quote_group_of(cmp, (a, q)).unwrap_or(usize::MAX)).or_default(),
    }
}

/// The second pass: speaker, status, note, reviewed.
fn mark(
    cmp: &mut Comparison,
    ids: &HashMap<(usize, usize), usize>,
    d: &Decision,
    marks: &mut Decided,
) -> Result<(), String> {
    let t = *targets(cmp, ids, d)?.first().ok_or("no anchor")?;
    match d.kind {
        DecisionKind::Speaker => {
            let Target::Quote(a, q) = t else { return Err("only a quote has a speaker".into()) };
            let name = d.value.clone().filter(|v| !v.trim().is_empty()).ok_or("no speaker named")?;
            let g = quote_group_of(cmp, (a, q)).ok_or("the quote is in no group")?;
            cmp.quote_groups[g].speaker = Some(name.clone());
            for i in cmp.quote_groups[g].items.clone() {
                cmp.quote_items[i].speaker = Some(name.clone());
            }
            group_marks(cmp, marks, t).decided = true;
        }
        DecisionKind::Status => set_status(cmp, t, d, marks)?,
        DecisionKind::Note => {
            let text = d.note.clone().filter(|n| !n.trim().is_empty()).ok_or("the note is empty")?;
            let (article, start, end) = span_of(cmp, t);
            group_marks(cmp, marks, t).notes.push(Note { article, start, end, text });
        }
        DecisionKind::Reviewed => group_marks(cmp, marks, t).reviewed = d.value.as_deref() != Some("false"),
        DecisionKind::Join | DecisionKind::Separate => unreachable!("applied in the first pass"),
    }
    Ok(())
}

fn span_of(cmp: &Comparison, t: Target) -> (usize, usize, usize) {
    match t {
        Target::Claim(id) => {
            let c = cmp.claim(id);
            (cmp.claims[id].article, c.start, c.end)
        }
        Target::Quote(a, q) => {
            let quote = &cmp.docs[a].analysis.quotes[q];
            (a, quote.start, quote.end)
        }
    }
}

fn set_status(cmp: &mut Comparison, t: Target, d: &Decision, marks: &mut Decided) -> Result<(), String> {
    let value = d.value.as_deref().unwrap_or("");
    match (t, value) {
        (Target::Claim(id), NOT_CONFLICT) => {
            let g = claim_group_of(cmp, id).ok_or("the claim is in no group")?;
            let group = &mut cmp.claim_groups[g];
            group.conflicts.clear();
            group.status = plain_status(group, &cmp.claims);
        }
        (Target::Claim(id), CONFLICT) => {
            let g = claim_group_of(cmp, id).ok_or("the claim is in no group")?;
            if super::article_count(&cmp.claims, &cmp.claim_groups[g].members) < 2 {
                return Err("only one article carries this claim".into());
            }
            cmp.claim_groups[g].status = ClaimStatus::Conflict;
        }
        (Target::Quote(a, q), SAME_QUOTE) => {
            let g = quote_group_of(cmp, (a, q)).ok_or("the quote is in no group")?;
            let group = &mut cmp.quote_groups[g];
            if group.status == QuoteStatus::Unique {
                return Err("only one article prints this quote".into());
            }
            group.status = QuoteStatus::Verbatim;
            group.member_status.iter_mut().for_each(|s| *s = QuoteStatus::Verbatim);
        }
        (Target::Quote(..), NOT_CONFLICT) => {}
        _ => return Err(format!("status {value:?} does not apply here")),
    }
    let m = group_marks(cmp, marks, t);
    m.decided = true;
    m.reason = d.note.clone().filter(|n| !n.trim().is_empty());
    Ok(())
}

/// The status a group has without conflicts.
pub(super) fn plain_status(g: &ClaimGroup, claims: &[ClaimRef]) -> ClaimStatus {
    if super::article_count(claims, &g.members) < 2 {
        ClaimStatus::Unique
    } else if g.diffs.iter().all(|d| is_equal(d)) {
        ClaimStatus::Agree
    } else {
        ClaimStatus::Reworded
    }
}
