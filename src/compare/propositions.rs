//! Claims as propositions: the clauses a sentence joins ("X, who …, said the fire killed
//! three" holds "the fire killed three"), matched clause to clause so that one fact stated
//! inside two differently built sentences still meets; and the linking of matched pairs into
//! groups that stay coherent (a group grows only with members close to the group as a whole,
//! not through a chain of loosely similar sentences).

use super::claims::SparseVec;
use super::text::{for_each_word, is_stop_word, stem};
use super::{ClaimRef, Loaded};
use crate::analyze::lexicon as lx;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// A clause needs this many content terms to stand as a proposition of its own.
const MIN_CLAUSE_TERMS: usize = 3;
/// How much of a clause-to-clause match counts next to a whole-sentence one.
const CLAUSE_FACTOR: f64 = 0.9;

/// Tunables of the proposition matcher.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tuning {
    /// Cosine two clauses need to state one proposition (0 turns clause matching off).
    pub clause_threshold: f64,
    /// Distinct terms two clauses must share: a predicate and its participants, not one
    /// common word and a name.
    pub clause_shared: usize,
    /// Mean similarity a merged group needs across its two halves (0: plain chaining).
    pub link_mean: f64,
    /// Claims of one article a group may hold.
    pub per_article: usize,
    /// Similarity two claims of one article need to be in one group.
    pub twin: f64,
    /// Similarity each of two unlike claims of one article needs with one claim of another
    /// to be in one group as its two halves (0 turns halves off).
    pub halves: f64,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning { clause_threshold: 0.3, clause_shared: 3, link_mean: 0.12, per_article: 2, twin: 0.1, halves: 0.3 }
    }
}

/// Byte ranges of the clauses of a sentence: cut at semicolons, colons and spaced dashes,
/// before a relative or subordinate clause (", which", ", who", " when ", " as ", " after ",
/// " but " …) and before a coordinated clause (", and"); a short tail or head that only says
/// who spoke (", police said", "Police said") is left out.
pub(super) fn clauses(text: &str) -> Vec<(usize, usize)> {
    const OPENERS: &[&str] = &[
        "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before", "but", "because",
        "although", "though", "and", "since", "until", "whereas",
    ];
    let bytes = text.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of this clause, start of the next)
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b';' || (c == b':' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            cuts.push((i, i + 1));
        } else if c == b' ' && i > 0 {
            // " — ", " - ", " -- " between words.
            let rest = &text[i + 1..];
            if rest.starts_with("— ") || rest.starts_with("- ") || rest.starts_with("-- ") || rest.starts_with("– ")
            {
                cuts.push((i, i + 1));
            } else {
                let comma = bytes[i - 1] == b',';
                // The next word, in lower case as written (an opener never starts with a capital
                // inside a sentence).
                let next = &rest[..rest.find(|ch: char| !ch.is_ascii_lowercase()).unwrap_or(rest.len())];
                let opener = OPENERS.contains(&next);
                // Without a comma only the subordinators that cannot join two nouns cut.
                let bare = matches!(next, "when" | "while" | "as" | "after" | "but" | "because" | "although");
                if opener && (comma || bare) {
                    cuts.push((if comma { i - 1 } else { i }, i + 1));
                } else if comma && is_said(next) {
                    // "X, who …, said the fire killed three": what was said is a clause.
                    cuts.push((i - 1, i + 1 + next.len()));
                }
            }
        }
        i += 1;
    }
    // "Police said two women died": the report opens with who spoke.
    let head: Vec<&str> = text.split(' ').take(ATTRIBUTION_HEAD).collect();
    if let Some(k) = head.iter().position(|w| is_said(w))
        && k > 0
        && !head[..k].iter().any(|w| w.ends_with(',') || w.contains(['“', '"']))
    {
        let end = head[..=k].iter().map(|w| w.len() + 1).sum::<usize>();
        if end < text.len() && cuts.first().is_none_or(|&(e, _)| e >= end) {
            cuts.insert(0, (end - 1, end));
        }
    }
    // ", police said." at the end: who spoke, not what happened.
    if let Some(comma) = text.rfind(", ")
        && cuts.last().is_none_or(|&(_, next)| next <= comma)
        && is_attribution_clause(&text[comma + 1..])
    {
        cuts.push((comma, text.len()));
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (end, next) in cuts {
        if end > at {
            out.push((at, end));
        }
        at = next;
    }
    if at < text.len() {
        out.push((at, text.len()));
    }
    out.retain(|&(s, e)| !is_attribution_clause(&text[s..e]));
    out
}

/// The words a report opens with before "said" when it names who spoke first.
const ATTRIBUTION_HEAD: usize = 8;

/// "said", "says", "told": the reporting verbs that introduce what was said.
fn is_said(word: &str) -> bool {
    matches!(word, "said" | "says" | "told" | "added" | "stated")
}

/// A short clause that only says who spoke: "police said", "Owen said.", "according to him".
fn is_attribution_clause(clause: &str) -> bool {
    // Each piece between spaces with a letter or digit in it is at least one word: past six
    // such pieces the clause says more than who spoke (and its words need not be listed).
    if clause.split_whitespace().filter(|p| p.chars().any(char::is_alphanumeric)).nth(6).is_some() {
        return false;
    }
    // Counted as they come, none copied.
    let (mut count, mut reporting) = (0, false);
    for_each_word(clause, |w| {
        count += 1;
        reporting = reporting || lx::is_reporting_verb(w) || w == "according";
    });
    count <= 6 && reporting
}

/// What the matcher knows of each claim's clauses.
pub(super) struct Propositions {
    /// Per claim that joins several clauses, a TF-IDF vector per clause of enough content
    /// terms (none for a sentence of one clause).
    clauses: Vec<Vec<SparseVec>>,
    /// Per claim, whether it has clause vectors of its own.
    multi: Vec<bool>,
    /// Per claim, the highest weight of each term over its clauses, for gathering candidates.
    merged: Vec<SparseVec>,
    /// Number of distinct terms.
    vocabulary: usize,
    tuning: Tuning,
    /// Per term id of the claims' own vectors (those `link` reads), whether it stands for a
    /// figure or a date: set by the caller, empty for none.
    pub figure_terms: Vec<bool>,
}

impl Propositions {
    /// Cuts every claim into clauses and weighs their terms.
    pub(super) fn new(docs: &[Loaded], claims: &[ClaimRef], tuning: Tuning) -> Self {
        let claim = |r: &ClaimRef| &docs[r.article].analysis.claims[r.claim];
        // Each clause's content words (and figures as "#value"), cut out side by side; then
        // term ids straight from the words (each distinct word stemmed once), and document
        // frequency over claims.
        let words_of: Vec<Vec<Vec<String>>> = if tuning.clause_threshold > 0.0 {
            // A sentence printed word for word by several articles is cut once.
            let texts: Vec<&str> = claims.iter().map(|r| claim(r).text.as_str()).collect();
            let first = super::claims::first_copies(&texts);
            let mut cut: Vec<Vec<Vec<String>>> = (0..claims.len())
                .into_par_iter()
                .with_min_len(256)
                .map(|i| if first[i] == i { clause_words(claim(&claims[i])) } else { Vec::new() })
                .collect();
            for i in 0..claims.len() {
                if first[i] != i {
                    cut[i] = cut[first[i]].clone();
                }
            }
            cut
        } else {
            vec![Vec::new(); claims.len()]
        };
        // Words numbered in order of first appearance, each distinct word stemmed once (side
        // by side), and the terms numbered in order of their first word.
        let (word_ids, order) = super::vocab::ids_in_order(&words_of, |cl| cl.iter().flatten().map(String::as_str));
        let stems: Vec<std::borrow::Cow<str>> = order
            .par_iter()
            .map(|w| if w.starts_with('#') { std::borrow::Cow::Borrowed(*w) } else { std::borrow::Cow::Owned(stem(w)) })
            .collect();
        let mut term_ids: HashMap<&str, u32> = HashMap::default();
        let term_of: Vec<u32> = stems
            .iter()
            .map(|t| {
                let next = term_ids.len() as u32;
                *term_ids.entry(t.as_ref()).or_insert(next)
            })
            .collect();
        let idded: Vec<Vec<Vec<u32>>> = words_of
            .par_iter()
            .map(|clause_list| {
                clause_list
                    .iter()
                    .map(|ws| ws.iter().map(|w| term_of[word_ids[w.as_str()] as usize]).collect())
                    .collect()
            })
            .collect();
        let df = super::vocab::document_frequency(&idded, term_ids.len(), |cl| {
            let mut seen: Vec<u32> = cl.iter().flatten().copied().collect();
            seen.sort_unstable();
            seen.dedup();
            seen.into_iter()
        });
        let n = claims.len() as f32;
        let clauses: Vec<Vec<SparseVec>> = idded
            .into_par_iter()
            .map(|cl| {
                cl.into_iter()
                    .map(|ids| {
                        let mut tf: Vec<(u32, f32)> = Vec::with_capacity(ids.len());
                        let mut sorted = ids;
                        sorted.sort_unstable();
                        for id in sorted {
                            match tf.last_mut() {
                                Some(e) if e.0 == id => e.1 += 1.0,
                                _ => tf.push((id, 1.0)),
                            }
                        }
                        for e in &mut tf {
                            let idf = ((n + 1.0) / (df[e.0 as usize] as f32 + 1.0)).ln() + 1.0;
                            e.1 = (1.0 + e.1.ln()) * idf;
                        }
                        let norm = tf.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
                        if norm > 0.0 {
                            tf.iter_mut().for_each(|e| e.1 /= norm);
                        }
                        tf
                    })
                    .collect()
            })
            .collect();
        let multi: Vec<bool> = clauses.iter().map(|c| !c.is_empty()).collect();
        let merged: Vec<SparseVec> = clauses
            .par_iter()
            .map(|cl| {
                let mut all: SparseVec = cl.iter().flatten().copied().collect();
                all.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
                all.dedup_by_key(|e| e.0);
                all
            })
            .collect();
        Propositions { clauses, multi, merged, vocabulary: df.len(), tuning, figure_terms: Vec::new() }
    }

    /// The best clause-to-clause similarity of two claims that share enough terms (else 0).
    pub(super) fn clause_similarity(&self, i: usize, j: usize) -> f64 {
        let need = self.tuning.clause_shared;
        let mut best = 0.0f64;
        for a in &self.clauses[i] {
            for b in &self.clauses[j] {
                let (shared, dot) = shared_terms(a, b);
                if shared < need {
                    continue;
                }
                best = best.max(dot);
            }
        }
        best
    }

    /// Pairs the sentence matcher missed: one clause of each stating one proposition,
    /// sharing a predicate and its participants. Scored below every whole-sentence match
    /// (and above the count pairs), so a whole-sentence match is always linked first.
    pub(super) fn edges(
        &self,
        claims: &[ClaimRef],
        vectors: &[&SparseVec],
        quoted: &[bool],
        threshold: f64,
    ) -> Vec<(f64, usize, usize)> {
        if self.tuning.clause_threshold <= 0.0 {
            return Vec::new();
        }
        let n = claims.len();
        // Every claim's clause terms, indexed by term. A posting carries what the inner loop
        // checks (the article), so it reads one list in order instead of two tables at random;
        // quoted and narrated claims never pair, so each has its own lists (the cap below
        // counts both).
        let mut postings: [Vec<Vec<(u32, u32, f32)>>; 2] =
            [vec![Vec::new(); self.vocabulary], vec![Vec::new(); self.vocabulary]];
        for (i, v) in self.merged.iter().enumerate() {
            for &(t, w) in v {
                postings[usize::from(quoted[i])][t as usize].push((i as u32, claims[i].article as u32, w));
            }
        }
        let df = |t: u32| postings[0][t as usize].len() + postings[1][t as usize].len();
        // Very common terms are skipped when gathering candidates, as in the sentence matcher.
        let cap = 100.max(n / 500);
        let t = self.tuning.clause_threshold;
        // The dot product of the merged vectors bounds every clause pair's from above, so
        // with no term skipped this loses nothing.
        let weak = (t * 0.8) as f32;
        // Each claim's length over the skipped terms: what they add to that dot product is at
        // most the product of two claims' lengths over them (Cauchy–Schwarz), so a pair that
        // cannot reach the clause threshold even with them needs no clause-by-clause look.
        let common: Vec<f64> = self
            .merged
            .par_iter()
            .map(|v| f64::from(v.iter().filter(|e| df(e.0) > cap).map(|e| e.1 * e.1).sum::<f32>().sqrt()))
            .collect();
        // The whole sentences' terms (for the check that the sentence matcher has not taken
        // a pair already).
        let sentence_terms = vectors.iter().flat_map(|v| v.last()).map(|e| e.0 as usize + 1).max().unwrap_or(0);
        let firsts: Vec<usize> = (0..n).filter(|&i| self.multi[i]).collect();
        // One accumulator per chunk (it is as long as the claims).
        firsts
            .par_chunks(chunk_len(firsts.len()))
            .flat_map_iter(|chunk| {
                let (mut acc, mut touched) = (vec![0f32; n], Vec::<usize>::new());
                // Per term, which clauses of claim i carry it (see `MarkedClauses`).
                let mut marks = vec![0u64; self.vocabulary];
                // Claim i's sentence vector spread out by term: a cosine with it is one pass
                // over the other vector (the same sum as a merge: the terms it lacks add zeros).
                let mut dense = vec![0f32; sentence_terms];
                let mut out = Vec::new();
                for &i in chunk {
                    let (article, lists) = (claims[i].article as u32, &postings[usize::from(quoted[i])]);
                    for &(term, w) in &self.merged[i] {
                        if df(term) > cap {
                            continue;
                        }
                        let list = &lists[term as usize];
                        // Each pair once: only the claims after this one (a list is in claim order).
                        let later = list.partition_point(|&(j, _, _)| j as usize <= i);
                        for &(j, a, wj) in &list[later..] {
                            if a == article {
                                continue;
                            }
                            let j = j as usize;
                            if acc[j] == 0.0 {
                                touched.push(j);
                            }
                            acc[j] += w * wj;
                        }
                    }
                    let marked = MarkedClauses::new(&self.clauses[i], &mut marks);
                    for &(term, w) in vectors[i] {
                        dense[term as usize] = w;
                    }
                    for &j in touched.iter() {
                        let partial = acc[j];
                        acc[j] = 0.0;
                        // Pairs the sentence matcher has already taken need nothing more.
                        if partial < weak
                            || f64::from(partial) + common[i] * common[j] + 1e-4 < t
                            || f64::from(vectors[j].iter().fold(0f32, |s, &(term, w)| s + dense[term as usize] * w))
                                >= threshold
                        {
                            continue;
                        }
                        let sim = match &marked {
                            Some(m) => m.similarity(&self.clauses[j], self.tuning.clause_shared),
                            None => self.clause_similarity(i, j),
                        };
                        if sim >= t {
                            // Under the threshold: below every whole-sentence match.
                            out.push((sim * CLAUSE_FACTOR * threshold, i, j));
                        }
                    }
                    touched.clear();
                    if let Some(m) = marked {
                        m.clear();
                    }
                    for &(term, _) in vectors[i] {
                        dense[term as usize] = 0.0;
                    }
                }
                out
            })
            .collect()
    }
}

/// The content words of each clause of a claim that joins several, with its figures as
/// "#value"; clauses of too few terms left out; nothing for a sentence of one clause, which
/// is the sentence matcher's business.
fn clause_words(c: &crate::analyze::Claim) -> Vec<Vec<String>> {
    let spans = clauses(&c.text);
    if spans.len() < 2 {
        return Vec::new();
    }
    spans
        .iter()
        .map(|&(s, e)| {
            let piece = &c.text[s..e];
            // "three-quarters" and "three quarters" are one wording. Only the words kept are
            // copied (stop words are most of a clause).
            let mut v: Vec<String> = Vec::new();
            for part in piece.split('-') {
                for_each_word(part, |w| {
                    if !(is_stop_word(w) || w.chars().all(|ch| ch.is_ascii_digit()) || w.chars().count() < 2) {
                        v.push(w.to_string());
                    }
                });
            }
            for q in &c.numbers {
                if piece.contains(&q.text) && q.value.is_finite() && q.value != 0.0 {
                    v.push(format!("#{}", q.value));
                }
            }
            v
        })
        .filter(|v| v.len() >= MIN_CLAUSE_TERMS)
        .collect()
}

/// Items per parallel chunk: a few chunks per thread, so per-chunk buffers are few.
fn chunk_len(n: usize) -> usize {
    n.div_ceil(rayon::current_num_threads() * 4).max(1)
}

#[path = "propositions_link.rs"]
mod link;

#[path = "propositions_vectors.rs"]
mod vectors;
use vectors::MarkedClauses;
pub(super) use vectors::shared_terms;

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(name: &str, text: &str) -> Loaded {
        Loaded::pasted(name, text)
    }

    fn pieces(text: &str) -> Vec<&str> {
        clauses(text).into_iter().map(|(s, e)| text[s..e].trim()).collect()
    }

    #[test]
    fn a_sentence_splits_into_its_clauses() {
        assert_eq!(
            pieces("Two sailors drowned in the harbour as hundreds of people watched from the pier."),
            ["Two sailors drowned in the harbour", "as hundreds of people watched from the pier."]
        );
        assert_eq!(
            pieces("The mayor, who took office in May, closed the bridge; traffic was diverted."),
            ["The mayor", "who took office in May, closed the bridge", "traffic was diverted."]
        );
    }

    #[test]
    fn clauses_match_on_a_predicate_and_its_participants_only() {
        let v = |e: &[(u32, f32)]| -> SparseVec {
            let norm = e.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            e.iter().map(|&(t, w)| (t, w / norm)).collect()
        };
        let props = Propositions {
            clauses: vec![
                vec![v(&[(0, 1.0), (1, 1.0), (2, 1.0), (3, 1.0)]), v(&[(7, 1.0), (8, 1.0), (9, 1.0)])],
                vec![v(&[(0, 1.0), (1, 1.0), (2, 1.0), (4, 1.0)])],
                vec![v(&[(0, 1.0), (1, 1.0), (5, 1.0), (6, 1.0)])],
            ],
            multi: vec![true, false, false],
            merged: vec![Vec::new(); 3],
            vocabulary: 10,
            tuning: Tuning::default(),
            figure_terms: Vec::new(),
        };
        // Three terms of four in common: one proposition.
        assert!(props.clause_similarity(0, 1) >= Tuning::default().clause_threshold);
        // Two in common: not enough, however close the weights.
        assert_eq!(props.clause_similarity(0, 2), 0.0);
    }

    #[test]
    fn one_fact_inside_a_longer_sentence_is_matched() {
        let docs = vec![
            loaded(
                "a.txt",
                "Storm hits the city\n\nMayor Jane Doe, who returned on Monday from a long trade mission to Lisbon, Porto \
                 and Madrid with several bankers, investors and councillors of the harbour district, said the \
                 storm flooded the central railway station.\n\nSchools will reopen next week.",
            ),
            loaded(
                "b.txt",
                "Night of the storm\n\nThe storm flooded the central railway station overnight, and engineers from \
                 three private companies worked until noon to restore power to the signal boxes along the northern \
                 coastal line.\n\nA ferry was delayed.",
            ),
        ];
        let cmp = crate::compare::compare(docs, crate::compare::Settings::default(), None);
        let together = cmp
            .claim_groups
            .iter()
            .any(|g| g.members.len() == 2 && g.members.iter().all(|&m| cmp.claim(m).text.contains("railway station")));
        assert!(together, "{:#?}", cmp.claim_groups);
    }

    #[test]
    fn an_attribution_tail_is_no_proposition() {
        assert_eq!(pieces("The factory closed on Monday, officials said."), ["The factory closed on Monday"]);
        assert_eq!(pieces("Fire officials said the factory closed on Monday."), ["the factory closed on Monday."]);
        assert_eq!(
            pieces("The manager, who joined in 2019, said the factory closed on Monday."),
            ["The manager", "who joined in 2019", "the factory closed on Monday."]
        );
    }

    #[test]
    fn times_and_nouns_joined_by_and_do_not_cut() {
        assert_eq!(
            pieces("The ferry left at 3:30 p.m. with cars and trucks aboard."),
            ["The ferry left at 3:30 p.m. with cars and trucks aboard."]
        );
    }
}
