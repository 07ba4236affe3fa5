//! Candidate pairs of claims for grouping: an inverted index over TF-IDF terms for similar
//! wordings, and pairs that count one kind of thing with different values.

use super::super::ClaimRef;
use super::super::conflicts::count_conflict;
use super::{Features, cosine};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Claims sharing a pair of neighbouring words past which the pair is too common to gather
/// candidates by.
const SHINGLE_CAP: usize = 256;

/// The claims of each pair of neighbouring words (lists past the cap left out).
struct Shingled {
    claims: Vec<u32>,
    runs: HashMap<u64, (u32, u32)>,
}

/// One claim carrying a term, with its weight.
#[derive(Clone, Copy)]
struct Posting {
    claim: u32,
    article: u32,
    w: f32,
}

/// Pairs of claims from different articles worth joining, best first: similar wording
/// (cosine ≥ threshold), or a count of the same kind of thing with a different value in
/// sentences that share some words (the classic "40 allies" / "50 nations" discrepancy).
pub(super) fn candidate_edges(claims: &[ClaimRef], f: &[Features], threshold: f64) -> Vec<(f64, usize, usize)> {
    let n = claims.len();
    // Term ids are dense (0..vocabulary), so the postings are a plain table.
    let vocabulary = f.iter().flat_map(|x| x.vector.last()).map(|e| e.0 as usize + 1).max().unwrap_or(0);
    // Postings carry what the inner loop checks (the article), so it reads one list in
    // order instead of two tables at random; quoted and narrated claims never match, so
    // each has its own lists (the cap below counts both).
    let mut postings: [Vec<Vec<Posting>>; 2] = [vec![Vec::new(); vocabulary], vec![Vec::new(); vocabulary]];
    let mut df = vec![0usize; vocabulary];
    for (i, x) in f.iter().enumerate() {
        let article = claims[i].article as u32;
        for &(t, w) in &x.vector {
            postings[usize::from(x.quoted)][t as usize].push(Posting { claim: i as u32, article, w });
            df[t as usize] += 1;
        }
    }
    // Very common terms are skipped when gathering candidates (they would make it quadratic);
    // the exact cosine of each candidate still counts them, and wordings made of them alone
    // are found by their neighbouring-word pairs below.
    let cap = 100;
    let common_term = |t: u32| df[t as usize] > cap;
    let weak = (threshold * 0.3).min(0.08);
    // Each claim's terms skipped below, and its length over them. What those terms add to a
    // cosine is at most the product of the two claims' lengths over them (Cauchy–Schwarz), and
    // is worked out from the few of them the other claim has when that bound is not enough:
    // an exact cosine is needed only by a pair that (nearly) reaches the bar.
    let common_terms: Vec<Vec<(u32, f32)>> =
        f.par_iter().map(|x| x.vector.iter().copied().filter(|e| common_term(e.0)).collect()).collect();
    let any_common: Vec<bool> = common_terms.iter().map(|v| !v.is_empty()).collect();
    let common: Vec<f64> =
        common_terms.iter().map(|v| f64::from(v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt())).collect();
    // Sentences reprinted nearly word for word but made of common words only (each word
    // skipped above) still share rare pairs of neighbouring words: those pairs find them.
    // Only claims with common terms need them. Each pair's claims, in order, are a run of
    // one flat table (a list per pair cost an allocation each: megabytes at 500 articles).
    let by_shingle: [Shingled; 2] = [false, true].map(|quoted| {
        let mut entries: Vec<(u64, u32)> = f
            .iter()
            .enumerate()
            .filter(|(i, x)| any_common[*i] && x.quoted == quoted)
            .flat_map(|(i, x)| x.shingles.iter().map(move |&h| (h, i as u32)))
            .collect();
        entries.sort_unstable();
        let mut runs: HashMap<u64, (u32, u32)> = HashMap::default();
        let mut from = 0;
        while from < entries.len() {
            let h = entries[from].0;
            let to = from + entries[from..].partition_point(|e| e.0 == h);
            if to - from <= SHINGLE_CAP {
                runs.insert(h, (from as u32, to as u32));
            }
            from = to;
        }
        Shingled { claims: entries.into_iter().map(|e| e.1).collect(), runs }
    });
    let mut edges: Vec<(f64, usize, usize)> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0f32; n], Vec::<usize>::new(), vec![0f32; vocabulary], Vec::<usize>::new()),
            |(acc, touched, dense, extra), i| {
                let article = claims[i].article as u32;
                let lists = &postings[usize::from(f[i].quoted)];
                for &(t, w) in &f[i].vector {
                    if common_term(t) {
                        continue;
                    }
                    let list = &lists[t as usize];
                    // Each pair once: only the claims after this one.
                    let later = list.partition_point(|p| p.claim as usize <= i);
                    for p in &list[later..] {
                        if p.article == article {
                            continue;
                        }
                        let j = p.claim as usize;
                        if acc[j] == 0.0 {
                            touched.push(j);
                        }
                        acc[j] += w * p.w;
                    }
                }
                if any_common[i] {
                    let shingled = &by_shingle[usize::from(f[i].quoted)];
                    for h in &f[i].shingles {
                        let Some(&(from, to)) = shingled.runs.get(h) else { continue };
                        let list = &shingled.claims[from as usize..to as usize];
                        let later = list.partition_point(|&c| c as usize <= i);
                        for &c in &list[later..] {
                            let j = c as usize;
                            // Pairs the words above did not reach, each once (marked).
                            if claims[j].article != claims[i].article && any_common[j] {
                                if acc[j] == 0.0 {
                                    acc[j] = -1.0;
                                    extra.push(j);
                                } else if acc[j] > 0.0 {
                                    // Met above with little weight: the cosine decides.
                                    acc[j] = -acc[j];
                                }
                            }
                        }
                    }
                }
                let mut out = Vec::new();
                // The terms skipped above add at most the product of the two claims' lengths
                // over them to a cosine: a pair that cannot reach the bar with them is dropped
                // unseen, and when either claim has none the sum above is already exact.
                if any_common[i] || !extra.is_empty() {
                    for &(t, w) in &f[i].vector {
                        dense[t as usize] = w;
                    }
                }
                for &j in touched.iter() {
                    let (partial, paired) = (f64::from(acc[j].abs()), acc[j] < 0.0);
                    acc[j] = 0.0;
                    if partial < weak && !paired {
                        continue;
                    }
                    // Two people saying similar things are two claims unless the words are
                    // nearly the same (then it is one claim given to two people: a conflict).
                    let speakers_differ = matches!((&f[i].surname, &f[j].surname), (Some(a), Some(b)) if a != b);
                    let needed = if speakers_differ { threshold.max(0.6) } else { threshold };
                    let sim = if !any_common[i] || !any_common[j] {
                        partial
                    } else if partial + common[i] * common[j] + 1e-4 < needed
                        || partial
                            + f64::from(common_terms[j].iter().map(|&(t, w)| dense[t as usize] * w).sum::<f32>())
                            + 1e-4
                            < needed
                    {
                        continue;
                    } else {
                        // The exact cosine, common terms included: one pass over the other
                        // claim's terms against claim i spread out densely.
                        f64::from(f[j].vector.iter().map(|&(t, w)| dense[t as usize] * w).sum::<f32>())
                    };
                    if sim >= needed {
                        out.push((sim, i, j));
                    }
                }
                for &j in extra.iter() {
                    acc[j] = 0.0;
                    let speakers_differ = matches!((&f[i].surname, &f[j].surname), (Some(a), Some(b)) if a != b);
                    let needed = if speakers_differ { threshold.max(0.6) } else { threshold };
                    let sim = f64::from(f[j].vector.iter().map(|&(t, w)| dense[t as usize] * w).sum::<f32>());
                    if sim >= needed {
                        out.push((sim, i, j));
                    }
                }
                extra.clear();
                touched.clear();
                for &(t, _) in &f[i].vector {
                    dense[t as usize] = 0.0;
                }
                out
            },
        )
        .flatten()
        .collect();
    edges.extend(count_edges(claims, f, threshold));
    // Side by side, and unstable: the order is total (edges it ties are the same edge), so
    // the result is the one a sequential stable sort gives, without its buffer and merges.
    edges.par_sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    edges.dedup_by(|a, b| a.1 == b.1 && a.2 == b.2);
    edges
}

/// Pairs of claims that give different figures for one kind of counted thing, below the
/// match threshold: gathered by unit, since the sentences around a disputed figure are often
/// worded quite differently. Ranked below every real match so they never steal a member.
fn count_edges(claims: &[ClaimRef], f: &[Features], threshold: f64) -> Vec<(f64, usize, usize)> {
    let mut by_unit: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, x) in f.iter().enumerate() {
        for (u, _) in &x.units {
            if !u.is_empty() && !crate::analyze::lexicon::is_not_count(u) {
                let list = by_unit.entry(u.as_str()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
    }
    // Each unit's claims side by side (their order does not matter: the caller sorts).
    let lists: Vec<&Vec<usize>> = by_unit.values().filter(|l| l.len() <= 200).collect();
    lists
        .par_iter()
        .flat_map_iter(|list| {
            let mut edges = Vec::new();
            for (x, &i) in list.iter().enumerate() {
                for &j in &list[x + 1..] {
                    if claims[i].article == claims[j].article || f[i].quoted != f[j].quoted {
                        continue;
                    }
                    let sim = cosine(&f[i].vector, &f[j].vector);
                    if sim > 0.0 && sim < threshold && count_conflict(&f[i].units, &f[j].units).is_some() {
                        // Ranked below every real match so it never steals a member; among
                        // themselves, pairs that say one thing happened come first: the same
                        // figure is given for one act ("was shot … in the 12000 block" / "the
                        // shooting occurred in the 12200 block"), not for any act there.
                        let one_act = f[i].events.iter().any(|e| f[j].events.contains(e));
                        let rank = if one_act { sim * 2.0 } else { sim };
                        edges.push((rank * 0.01, i.min(j), i.max(j)));
                    }
                }
            }
            edges
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(vector: &[(u32, f32)], shingles: &[u64]) -> Features {
        Features {
            vector: vector.to_vec(),
            units: Vec::new(),
            quoted: false,
            surname: None,
            shingles: shingles.to_vec(),
            events: Vec::new(),
        }
    }

    #[test]
    fn a_wording_of_common_words_only_is_found_by_its_word_pairs() {
        // 150 articles, one claim each. Terms 0 and 1 are in every claim, so both are past the
        // cap and gather no candidates; claims 0 and 1 are made of them alone (cosine 1).
        let h = std::f32::consts::FRAC_1_SQRT_2;
        let mut f = vec![features(&[(0, h), (1, h)], &[7, 42]), features(&[(0, h), (1, h)], &[42, 99])];
        for k in 2..150u32 {
            f.push(features(&[(0, 0.1), (1, 0.1), (k, 0.99)], &[1000 + u64::from(k)]));
        }
        let claims: Vec<ClaimRef> = (0..f.len()).map(|a| ClaimRef { article: a, claim: 0 }).collect();
        let edges = candidate_edges(&claims, &f, 0.25);
        let found: Vec<&(f64, usize, usize)> = edges.iter().filter(|e| (e.1, e.2) == (0, 1)).collect();
        assert_eq!(found.len(), 1, "the pair sharing word pair 42 is found once");
        assert!((found[0].0 - 1.0).abs() < 1e-4, "with its exact cosine: {}", found[0].0);
        // Without a shared word pair nothing finds it (the cap keeps the set linear).
        f[1].shingles = vec![99];
        let edges = candidate_edges(&claims, &f, 0.25);
        assert!(!edges.iter().any(|e| (e.1, e.2) == (0, 1)));
    }

    #[test]
    fn a_pair_met_with_little_weight_is_kept_when_it_shares_a_word_pair() {
        // Claims 0 and 1 share one rare term of tiny weight (below the weak bar) and are
        // otherwise made of the common terms 0 and 1: nearly equal wordings.
        let (c, r) = (0.7070, 0.0141);
        let mut f = vec![features(&[(0, c), (1, c), (500, r)], &[5]), features(&[(0, c), (1, c), (500, r)], &[5])];
        for k in 2..150u32 {
            f.push(features(&[(0, 0.1), (1, 0.1), (k, 0.99)], &[1000 + u64::from(k)]));
        }
        let claims: Vec<ClaimRef> = (0..f.len()).map(|a| ClaimRef { article: a, claim: 0 }).collect();
        let edges = candidate_edges(&claims, &f, 0.25);
        assert_eq!(edges.iter().filter(|e| (e.1, e.2) == (0, 1)).count(), 1);
        f[1].shingles = vec![6];
        let edges = candidate_edges(&claims, &f, 0.25);
        assert!(!edges.iter().any(|e| (e.1, e.2) == (0, 1)), "dropped by the weak bar without the pair");
    }
}
