//! Candidate pairs of claims for grouping: an inverted index over TF-IDF terms for similar
//! wordings, and pairs that count one kind of thing with different values.

use super::super::ClaimRef;
use super::super::conflicts::count_conflict;
use super::{Features, cosine};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

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
        for &(t, w) in &x.vector {
            postings[usize::from(x.quoted)][t as usize].push(Posting {
                claim: i as u32,
                article: claims[i].article as u32,
                w,
            });
            df[t as usize] += 1;
        }
    }
    // Very common terms are skipped when gathering candidates (they would make it quadratic);
    // the exact cosine of each candidate still counts them.
    let cap = 100.max(n / 500);
    let weak = (threshold * 0.3).min(0.08);
    // Each claim's terms skipped below, and its length over them. What those terms add to a
    // cosine is at most the product of the two claims' lengths over them (Cauchy–Schwarz), and
    // is worked out from the few of them the other claim has when that bound is not enough:
    // an exact cosine is needed only by a pair that (nearly) reaches the bar.
    let common_terms: Vec<Vec<(u32, f32)>> =
        f.par_iter().map(|x| x.vector.iter().copied().filter(|e| df[e.0 as usize] > cap).collect()).collect();
    let common: Vec<f64> =
        common_terms.iter().map(|v| f64::from(v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt())).collect();
    let mut edges: Vec<(f64, usize, usize)> = (0..n)
        .into_par_iter()
        .map_init(
            || (vec![0f32; n], Vec::<usize>::new(), vec![0f32; vocabulary]),
            |(acc, touched, dense), i| {
                let article = claims[i].article as u32;
                let lists = &postings[usize::from(f[i].quoted)];
                for &(t, w) in &f[i].vector {
                    if df[t as usize] > cap {
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
                let mut out = Vec::new();
                // The terms skipped above add at most the product of the two claims' lengths
                // over them to a cosine: a pair that cannot reach the bar with them is dropped
                // unseen, and when either claim has none the sum above is already exact.
                let skipped = f[i].vector.iter().filter(|e| df[e.0 as usize] > cap).map(|e| e.1 * e.1).sum::<f32>();
                if skipped > 0.0 {
                    for &(t, w) in &f[i].vector {
                        dense[t as usize] = w;
                    }
                }
                for &j in touched.iter() {
                    let partial = f64::from(acc[j]);
                    acc[j] = 0.0;
                    if partial < weak {
                        continue;
                    }
                    // Two people saying similar things are two claims unless the words are
                    // nearly the same (then it is one claim given to two people: a conflict).
                    let speakers_differ = matches!((&f[i].surname, &f[j].surname), (Some(a), Some(b)) if a != b);
                    let needed = if speakers_differ { threshold.max(0.6) } else { threshold };
                    let sim = if skipped == 0.0 || common[j] == 0.0 {
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
                        // Ranked below every real match so it never steals a member.
                        edges.push((sim * 0.01, i.min(j), i.max(j)));
                    }
                }
            }
            edges
        })
        .collect()
}
