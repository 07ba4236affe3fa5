//! Claim groups: the same claim as carried by several articles, matched on meaning-bearing
//! words (TF-IDF over stems, candidates from an inverted index), then checked for conflicts.

use super::conflicts::{MIN_CONFLICT_CONFIDENCE, pair_conflicts_with, unit_values, with_absolute_years};
use super::diff::{is_equal, word_diff_from};
use super::propositions::{self, Propositions};
use super::quotes::surname;
#[cfg(test)]
use super::text::stem; // the unit tests compare terms with stems
use super::text::{for_each_word, is_stop_word, with_stem, words};
use super::{ClaimGroup, ClaimRef, ClaimStatus, Conflict, Loaded, Settings};
use crate::analyze::Claim;
use candidates::candidate_edges;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// A sparse, L2-normalised TF-IDF vector: (term id, weight), sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

/// How much the terms of a claim's supporting quote sentences count next to its own.
const CONTEXT_WEIGHT: f32 = 0.6;
/// Weight of the words of a short attribution around a quote (see `claim_terms`).
const ATTRIBUTION_WEIGHT: f32 = 0.1;
/// The longest attribution, in words, that counts as one.
const ATTRIBUTION_WORDS: usize = 8;
/// A sentence this much inside direct quotes (by bytes) is a quote, not narration.
const QUOTE_DOMINATED: f64 = 0.7;

/// What the matcher knows of one claim.
struct Features {
    vector: SparseVec,
    units: Vec<(String, f64)>,
    /// Mostly a direct quote: matched only with other quote sentences.
    quoted: bool,
    surname: Option<String>,
    /// Each pair of neighbouring terms of the claim's own words, hashed: wording reprinted
    /// nearly word for word shares them even when every single word is common.
    shingles: Vec<u64>,
    /// What the claim says happened (see `clock::event_keys`), read only for a claim that
    /// gives a figure: it ranks pairs that give one figure two ways.
    events: Vec<String>,
}

/// Groups the claims of all articles: at most two claims of one article in a group (see
/// `Propositions::link`), never two articles of different events (`event_of`), each group
/// with its status, diffs, conflicts, confidence and evidence.
pub fn group_claims(
    docs: &[Loaded],
    settings: &Settings,
    reference: Option<usize>,
    event_of: Option<&[usize]>,
) -> (Vec<ClaimRef>, Vec<ClaimGroup>) {
    let t = std::time::Instant::now();
    let claims: Vec<ClaimRef> = docs
        .iter()
        .enumerate()
        .flat_map(|(a, d)| (0..d.analysis.claims.len()).map(move |c| ClaimRef { article: a, claim: c }))
        .collect();
    let claim = |r: &ClaimRef| &docs[r.article].analysis.claims[r.claim];
    let runs: Vec<Vec<(usize, usize)>> = docs.par_iter().map(quote_runs).collect();
    let pieces: Vec<Vec<(&str, bool)>> = claims.par_iter().map(|r| quote_pieces(&runs[r.article], claim(r))).collect();
    let quoted: Vec<bool> = pieces.iter().map(|p| quote_share(p) >= QUOTE_DOMINATED).collect();
    // Each claim's own terms, plus (weighted) those of the quote sentences that follow it in
    // its paragraph: "He ruled out troops. 'There will be no troops,' he said." is one claim
    // with its evidence, and another outlet may carry only the quoted half.
    // A sentence printed word for word by several articles (syndicated copy) is worked out
    // once: `own` is filled for the first copy, and every claim reads its first copy's.
    let first = first_copies(&pieces);
    // "F.A.A." in one article, "Federal Aviation Administration" in another: one term.
    let texts: Vec<&str> = docs.iter().map(|d| d.article.text.as_str()).collect();
    let acronyms = super::acronyms::Acronyms::collect(&texts);
    // The figures and dates a claim gives are terms too, however they are written ("three
    // years" / "3 years", "10,000"): outlets reword a fact around the same figure.
    let own: Vec<Terms> = (0..claims.len())
        .into_par_iter()
        .map(|i| {
            if first[i] != i {
                return Terms::default();
            }
            let mut terms = claim_terms(&pieces[i], &acronyms);
            for (t, w) in anchor_terms(claim(&claims[i])) {
                terms.push(&t, w);
            }
            terms
        })
        .collect();
    let bags: Vec<Vec<(&str, f32)>> = (0..claims.len())
        .into_par_iter()
        .map(|i| {
            let mut bag: Vec<(&str, f32)> = own[first[i]].iter().collect();
            if !quoted[i] {
                let para = paragraph_of(&docs[claims[i].article], claim(&claims[i]));
                let mut j = i + 1;
                while j < claims.len()
                    && claims[j].article == claims[i].article
                    && quoted[j]
                    && paragraph_of(&docs[claims[j].article], claim(&claims[j])) == para
                {
                    bag.extend(own[first[j]].iter().map(|(t, w)| (t, w * CONTEXT_WEIGHT)));
                    j += 1;
                }
            }
            bag
        })
        .collect();
    let t = crate::timings::stage("claims: terms", t);
    let (vectors, figure_terms) = tfidf(&bags);
    let t = crate::timings::stage("claims: tf-idf", t);
    let features: Vec<Features> = claims
        .par_iter()
        .zip(vectors)
        .zip(quoted)
        .enumerate()
        .map(|(i, ((r, vector), quoted))| {
            let units = unit_values(claim(r));
            let events = if units.is_empty() { Vec::new() } else { super::clock::event_keys(&claim(r).text) };
            Features {
                vector,
                units,
                quoted,
                surname: claim(r).speaker.as_deref().and_then(surname),
                shingles: shingles(&own[first[i]]),
                events,
            }
        })
        .collect();

    let t = crate::timings::stage("claims: features", t);
    let mut edges = candidate_edges(&claims, &features, settings.threshold);
    edges.extend(copy_edges(&claims, &first, &features, settings.threshold));
    let t = crate::timings::stage("claims: candidate pairs", t);
    let articles: Vec<usize> = claims.iter().map(|r| r.article).collect();
    // Never two articles of different events in a group.
    let event = |a: usize| event_of.and_then(|e| e.get(a).copied()).unwrap_or(0);
    // One fact inside two differently built sentences: clause-to-clause matches; and the
    // pairs linked into groups that stay coherent.
    let mut props = Propositions::new(docs, &claims, propositions::Tuning::default());
    props.figure_terms = figure_terms;
    let t = crate::timings::stage("claims: clauses", t);
    let vectors: Vec<&SparseVec> = features.iter().map(|f| &f.vector).collect();
    let quoted: Vec<bool> = features.iter().map(|f| f.quoted).collect();
    edges.extend(props.edges(&claims, &vectors, &quoted, settings.threshold));
    let t = crate::timings::stage("claims: clause pairs", t);
    edges.extend(super::slots::slot_edges(docs, &claims, &vectors, &quoted, settings.threshold));
    let t = crate::timings::stage("claims: time slot pairs", t);
    let units: Vec<&[(String, f64)]> = features.iter().map(|f| f.units.as_slice()).collect();
    edges.extend(super::count_edges::count_edges(docs, &claims, &vectors, &units, &quoted, settings.threshold));
    edges.extend(super::count_edges::tally_edges(docs, &claims, &vectors, &quoted, settings.threshold));
    let t = crate::timings::stage("claims: count pairs", t);
    edges.extend(super::clock::clock_edges(docs, &claims, &vectors, &quoted, settings.threshold));
    edges.extend(super::windows::window_edges(docs, &claims, &vectors, &quoted, settings.threshold));
    let t = crate::timings::stage("claims: time of day and window pairs", t);
    edges.par_sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let linked = props.link(&articles, &edges, &vectors, |a, b| event(a) != event(b));
    let t = crate::timings::stage("claims: linking", t);
    // Members are compared within their core; a lone claim joined afterwards (`free`) with
    // every member.
    let core = &linked.core;
    let conflicts_of = |members: &[usize], free: &[usize]| {
        let compared = |i: usize, j: usize| core[i] == core[j] || free.contains(&i) || free.contains(&j);
        member_conflicts(docs, &claims, &features, members, compared)
    };
    let assemble = |members: Vec<usize>, found: Vec<Conflict>| {
        build_group(docs, &claims, &features, settings, reference, members, found)
    };
    let build = |members: Vec<usize>, free: &[usize]| {
        let found = conflicts_of(&members, free);
        assemble(members, found)
    };
    // A member that shares almost none of its weighted words with any other met them through
    // one clause or one counted thing; unless that shows a disagreement, the words do not
    // support the match well enough to show it, so it stands alone.
    let hold = |group: ClaimGroup| -> Vec<ClaimGroup> {
        let weak = weakly_held(&group, &features);
        if weak.is_empty() {
            return vec![group];
        }
        let rest: Vec<usize> = group.members.iter().copied().filter(|m| !weak.contains(m)).collect();
        let mut out: Vec<ClaimGroup> = weak.into_iter().map(|m| build(vec![m], &[])).collect();
        if !rest.is_empty() {
            out.push(build(rest, &[]));
        }
        out
    };
    // Sorted by the caller, once name conflicts are added.
    let groups: Vec<ClaimGroup> = linked
        .groups
        .into_par_iter()
        .flat_map_iter(|members| {
            let found = conflicts_of(&members, &[]);
            // A disagreement is shown between the claims it was found in: a group that shows
            // one and holds two claims of an article falls back to its cores.
            // A disagreement found across cores (a cause told in one, withheld in another)
            // names its slot in both sentences: the group stays whole.
            let across = found.iter().any(|c| core[members[c.members.0]] != core[members[c.members.1]]);
            if !found.is_empty() && !across && members.iter().any(|&m| core[m] != core[members[0]]) {
                // Each disagreement is within one core: it goes with that core's members.
                let mut parts: Vec<(Vec<usize>, Vec<Conflict>)> =
                    cores_of(&members, core).into_iter().map(|p| (p, Vec::new())).collect();
                for c in found {
                    let (a, b) = (members[c.members.0], members[c.members.1]);
                    if let Some((part, list)) = parts.iter_mut().find(|(p, _)| p.contains(&a)) {
                        let at = |m: usize| part.iter().position(|&x| x == m);
                        if let (Some(x), Some(y)) = (at(a), at(b)) {
                            list.push(Conflict { members: (x, y), ..c });
                        }
                    }
                }
                parts.into_iter().flat_map(|(p, list)| hold(assemble(p, list))).collect()
            } else {
                hold(assemble(members, found))
            }
        })
        .collect();
    let t = crate::timings::stage("claims: groups", t);
    let groups = attach_lone_claims(groups, &claims, &features, |a, b| event(a) == event(b), build);
    let groups =
        attach_by_words(groups, &claims, &features, &edges, settings.threshold, |a, b| event(a) == event(b), build);
    crate::timings::stage("claims: lone claims joined", t);
    (claims, groups)
}

/// The members of a group by core, each core in the order of its first member.
fn cores_of(members: &[usize], core: &[usize]) -> Vec<Vec<usize>> {
    let mut parts: Vec<Vec<usize>> = Vec::new();
    for &m in members {
        match parts.iter_mut().find(|p| core[p[0]] == core[m]) {
            Some(p) => p.push(m),
            None => parts.push(vec![m]),
        }
    }
    parts
}

/// Neighbouring-term pairs kept per claim to find nearly equal wordings by.
const SKETCH: usize = 4;

/// The smallest hashes of the claim's pairs of neighbouring terms, each once.
fn shingles(terms: &Terms) -> Vec<u64> {
    use std::hash::BuildHasher;
    // The few smallest hashes (a bottom-k sketch): two nearly equal wordings share most of
    // theirs, and a handful per claim keeps the lists short.
    let mut low = [u64::MAX; SKETCH];
    let mut previous: Option<u64> = None;
    for (t, _) in terms.iter() {
        let h = rustc_hash::FxBuildHasher.hash_one(t);
        if let Some(p) = previous {
            let pair = (p.rotate_left(29) ^ h).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            if pair < low[SKETCH - 1] && !low.contains(&pair) {
                let at = low.partition_point(|&x| x < pair);
                low.copy_within(at..SKETCH - 1, at + 1);
                low[at] = pair;
            }
        }
        previous = Some(h);
    }
    low.into_iter().filter(|&x| x != u64::MAX).collect()
}

/// Each sentence printed word for word by several articles joined to its previous printing
/// in another article: a chain (linear in the copies) that groups syndicated copy however
/// common its words are, since the candidates above skip the commonest.
fn copy_edges(claims: &[ClaimRef], first: &[usize], f: &[Features], threshold: f64) -> Vec<(f64, usize, usize)> {
    let mut previous: HashMap<usize, usize> = HashMap::default();
    let mut edges = Vec::new();
    for (i, &copy_of) in first.iter().enumerate() {
        if copy_of == i {
            previous.insert(i, i);
            continue;
        }
        let Some(p) = previous.insert(copy_of, i) else { continue };
        if claims[p].article != claims[i].article && f[p].quoted == f[i].quoted {
            let sim = cosine(&f[p].vector, &f[i].vector);
            if sim >= threshold {
                edges.push((sim, p, i));
            }
        }
    }
    edges
}

/// For each item, the index of the first item equal to it.
pub(super) fn first_copies<T: std::hash::Hash + Eq>(items: &[T]) -> Vec<usize> {
    let mut seen: HashMap<&T, usize> = HashMap::default();
    items.iter().enumerate().map(|(i, x)| *seen.entry(x).or_insert(i)).collect()
}

/// The spans of an article's direct (non-fragment) quotes, merged into disjoint runs and
/// sorted, so each claim finds the ones it overlaps by binary search.
fn quote_runs(doc: &Loaded) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> =
        doc.analysis.quotes.iter().filter(|q| !q.fragment).map(|q| (q.start, q.end)).collect();
    spans.sort_unstable();
    let mut runs: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match runs.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => runs.push((s, e)),
        }
    }
    runs
}

/// A claim's text cut at the direct quotes it overlaps: (piece, inside a quote), in order.
fn quote_pieces<'a>(runs: &[(usize, usize)], c: &'a Claim) -> Vec<(&'a str, bool)> {
    let mut pieces = Vec::new();
    let mut at = c.start;
    let first = runs.partition_point(|r| r.1 <= c.start);
    for &(s, e) in runs[first..].iter().take_while(|r| r.0 < c.end) {
        let (s, e) = (s.max(c.start), e.min(c.end));
        if s > at {
            pieces.push((&c.text[at - c.start..s - c.start], false));
        }
        pieces.push((&c.text[s - c.start..e - c.start], true));
        at = at.max(e);
    }
    if at < c.end {
        pieces.push((&c.text[at - c.start..], false));
    }
    pieces
}

/// Share of a claim's bytes that stand inside direct quotes.
fn quote_share(pieces: &[(&str, bool)]) -> f64 {
    let len: usize = pieces.iter().map(|p| p.0.len()).sum();
    let inside: usize = pieces.iter().filter(|p| p.1).map(|p| p.0.len()).sum();
    inside as f64 / len.max(1) as f64
}

fn paragraph_of(doc: &Loaded, c: &Claim) -> usize {
    let paras = &doc.article.paragraphs;
    let i = paras.partition_point(|p| p.start <= c.start);
    match i.checked_sub(1) {
        Some(k) if c.start < paras[k].end.max(paras[k].start + 1) => k,
        _ => usize::MAX,
    }
}

/// A claim's weighted terms, their texts packed one after another in one string: a
/// `String` per term cost an allocation (and a copy of the cached stem) for every word of
/// every claim.
#[derive(Default)]
struct Terms {
    text: String,
    /// Per term: the end of its text in `text` (it starts where the previous one ends), and
    /// its weight.
    ends: Vec<(usize, f32)>,
}

impl Terms {
    fn push(&mut self, term: &str, weight: f32) {
        self.text.push_str(term);
        self.ends.push((self.text.len(), weight));
    }

    /// The terms with their weights, in order.
    fn iter(&self) -> impl Iterator<Item = (&str, f32)> + '_ {
        let mut from = 0;
        self.ends.iter().map(move |&(end, w)| {
            let t = &self.text[from..end];
            from = end;
            (t, w)
        })
    }
}

impl IntoIterator for Terms {
    type Item = (String, f32);
    type IntoIter = std::vec::IntoIter<(String, f32)>;

    /// The terms as owned strings with their weights, in order.
    fn into_iter(self) -> Self::IntoIter {
        self.iter().map(|(t, w)| (t.to_string(), w)).collect::<Vec<_>>().into_iter()
    }
}

/// The meaning-bearing terms of a claim, weighted: stems of content words. In a sentence
/// that quotes someone, a short attribution around the quote ("…,” said Defence Secretary
/// John Healey) weighs little: two different remarks of one person are two claims.
fn claim_terms(pieces: &[(&str, bool)], acronyms: &super::acronyms::Acronyms) -> Terms {
    let attribution = pieces.iter().any(|p| p.1) && is_attribution(pieces.iter().filter(|p| !p.1).map(|p| p.0));
    let mut out = Terms::default();
    for &(piece, quoted) in pieces {
        let weight = if attribution && !quoted { ATTRIBUTION_WEIGHT } else { 1.0 };
        let expanded = acronyms.expand(piece);
        let text = fold_country_names(&expanded);
        // "three-quarters" and "three quarters", "pin-up" and "pin up" are one wording: the
        // words of each part between hyphens (as of the text with its hyphens made spaces,
        // with no copy of it).
        for part in text.split('-') {
            for_each_word(part, |w| {
                if is_stop_word(w) || w.bytes().all(|ch| ch.is_ascii_digit()) || w.chars().nth(1).is_none() {
                    return;
                }
                with_stem(w, |s| out.push(s, weight));
            });
        }
    }
    out
}

/// A claim's figures and dates as terms: "#12" for "12" or "twelve", "#june 24" for "June
/// 24, 2005". Weekdays and relative dates are words of the claim already.
fn anchor_terms(c: &crate::analyze::Claim) -> Vec<(String, f32)> {
    let mut out: Vec<(String, f32)> = Vec::new();
    for q in &c.numbers {
        if q.value.is_finite() && q.value != 0.0 {
            out.push((format!("#{}", q.value), 1.0));
        }
    }
    // "a 15-year veteran" gives its figure as "worked there for 15 years" does.
    for v in compound_numbers(&c.text) {
        let t = format!("#{v}");
        if !out.iter().any(|(x, _)| *x == t) {
            out.push((t, 1.0));
        }
    }
    for d in &c.dates {
        let lower = d.to_lowercase();
        if lower.chars().any(|ch| ch.is_ascii_digit()) {
            out.push((format!("#{lower}"), 1.0));
        }
    }
    out.dedup();
    out
}

/// The figures of compound modifiers, which the number reader leaves alone: "a 15-year
/// veteran", "the 55-year-old", "a three-day trial" (the figure and what it counts in one
/// hyphenated word).
fn compound_numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    if !text.contains('-') {
        return out;
    }
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let Some((head, tail)) = raw.split_once('-') else { continue };
        if !tail.starts_with(|c: char| c.is_ascii_lowercase()) || head.is_empty() || head.len() > 9 {
            continue;
        }
        let value = if head.bytes().all(|b| b.is_ascii_digit()) {
            head.parse::<f64>().ok().filter(|_| head.len() <= 3)
        } else if head.bytes().all(|b| b.is_ascii_alphabetic()) {
            crate::analyze::lexicon::number_word(&head.to_ascii_lowercase())
        } else {
            None
        };
        if let Some(v) = value.filter(|v| *v > 0.0) {
            out.push(v);
        }
    }
    out
}

/// Whether the words around a quote only say who spoke: a reporting verb, names and titles
/// (capitalised), small words — "said Defence Secretary John Healey", "he added". Anything
/// else ("Nixon phoned the astronauts, saying …") is a claim of its own.
fn is_attribution<'a>(pieces: impl Iterator<Item = &'a str>) -> bool {
    let (mut count, mut verb) = (0, false);
    for piece in pieces {
        for raw in piece.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}')) {
            let Some(first) = raw.chars().next() else { continue };
            count += 1;
            let lower = raw.to_lowercase();
            if crate::analyze::lexicon::is_reporting_verb(&lower) {
                verb = true;
            } else if !(first.is_uppercase()
                || is_stop_word(&lower)
                || crate::analyze::lexicon::is_attribution_noun(&lower))
            {
                return false;
            }
        }
    }
    verb && count <= ATTRIBUTION_WORDS
}

/// "the United States (of America)" is one name, not the words "united" and "states".
pub fn fold_country_names(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("United States") || text.contains("United Kingdom") {
        std::borrow::Cow::Owned(
            text.replace("United States of America", "US")
                .replace("United States", "US")
                .replace("United Kingdom", "UK"),
        )
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn tfidf(bags: &[Vec<(&str, f32)>]) -> (Vec<SparseVec>, Vec<bool>) {
    // Each bag's distinct terms with their summed weights, in the order they first appear,
    // side by side; then the ids, in that order, one bag after another (the ids order the
    // float sums below, and the same inputs must give the same bits, however many threads).
    let distinct: Vec<Vec<(&str, f32)>> = bags
        .par_iter()
        .map(|bag| {
            let mut out: Vec<(&str, f32)> = Vec::with_capacity(bag.len());
            // A sentence's few dozen terms are found faster by a scan than by hashing.
            if bag.len() <= 64 {
                for &(t, w) in bag {
                    match out.iter_mut().find(|e| e.0 == t) {
                        Some(e) => e.1 += w,
                        None => out.push((t, w)),
                    }
                }
                return out;
            }
            let mut at: HashMap<&str, usize> = HashMap::default();
            for &(t, w) in bag {
                match at.get(t) {
                    Some(&k) => out[k].1 += w,
                    None => {
                        at.insert(t, out.len());
                        out.push((t, w));
                    }
                }
            }
            out
        })
        .collect();
    let (ids, order) = super::vocab::ids_in_order(&distinct, |bag| bag.iter().map(|&(t, _)| t));
    // The terms a figure or a date gives ("#7", `anchor_terms`), by id.
    let figures: Vec<bool> = order.iter().map(|t| t.starts_with('#')).collect();
    let docs_terms: Vec<Vec<(u32, f32)>> = distinct
        .par_iter()
        .map(|bag| {
            let mut v: Vec<(u32, f32)> = bag.iter().map(|&(t, w)| (ids[t], w)).collect();
            v.sort_unstable_by_key(|e| e.0);
            v
        })
        .collect();
    let df = super::vocab::document_frequency(&docs_terms, ids.len(), |v| v.iter().map(|e| e.0));
    let n = bags.len() as f32;
    let vectors = docs_terms
        .into_par_iter()
        .map(|mut v| {
            for e in &mut v {
                let idf = ((n + 1.0) / (df[e.0 as usize] as f32 + 1.0)).ln() + 1.0;
                e.1 = if e.1 >= 1.0 { (1.0 + e.1.ln()) * idf } else { e.1 * idf };
            }
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for e in &mut v {
                    e.1 /= norm;
                }
            }
            v
        })
        .collect();
    (vectors, figures)
}

/// Cosine similarity of two unit-length sparse vectors (0–1).
pub fn cosine(a: &SparseVec, b: &SparseVec) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    f64::from(dot)
}

#[path = "claim_attach.rs"]
mod attach;
use attach::{attach_by_words, attach_lone_claims};

#[path = "claim_groups.rs"]
mod groups;
use groups::{build_group, member_conflicts, weakly_held};

#[path = "claim_candidates.rs"]
mod candidates;

#[cfg(test)]
#[path = "claims_tests.rs"]
mod tests;
