//! What the summaries show: counts per status, the clustered similarity matrix, id lists.

use crate::compare::{ClaimStatus, Comparison, QuoteStatus};

/// Counts of groups by status.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    /// Claim groups by status: conflict, unique, reworded, agree.
    pub claims: [(ClaimStatus, usize); 4],
    /// Quote groups by status: altered, partial, verbatim, unique.
    pub quotes: [(QuoteStatus, usize); 4],
    /// Names spelled or titled differently.
    pub entity_conflicts: usize,
    /// All names.
    pub entities: usize,
}

/// Counts the groups of `cmp` by status.
pub fn counts(cmp: &Comparison) -> Counts {
    let c = |s: ClaimStatus| cmp.claim_groups.iter().filter(|g| g.status == s).count();
    let q = |s: QuoteStatus| cmp.quote_groups.iter().filter(|g| g.status == s).count();
    Counts {
        claims: [ClaimStatus::Conflict, ClaimStatus::Unique, ClaimStatus::Reworded, ClaimStatus::Agree]
            .map(|s| (s, c(s))),
        quotes: [QuoteStatus::Altered, QuoteStatus::Partial, QuoteStatus::Verbatim, QuoteStatus::Unique]
            .map(|s| (s, q(s))),
        entity_conflicts: cmp.entities.iter().filter(|e| e.conflict).count(),
        entities: cmp.entities.len(),
    }
}

/// Above this many articles the HTML and Markdown reports summarise — counts, the
/// similarity matrix in clustered order, every conflict and altered quote, each article's
/// unique claims — instead of laying every group out article by article.
pub const DETAILED_MAX_ARTICLES: usize = 30;

/// Whether a report of this comparison is a summary (see [`DETAILED_MAX_ARTICLES`]).
pub fn summarises(cmp: &Comparison) -> bool {
    cmp.docs.len() > DETAILED_MAX_ARTICLES
}

/// Articles whose average similarity is at least this form one cluster in the summary.
pub const CLUSTER_CUT: f64 = 0.3;

/// The similarity matrix ordered so that related articles sit together.
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    /// Every article once, related ones next to each other.
    pub order: Vec<usize>,
    /// The clusters at [`CLUSTER_CUT`], in `order`; each one's members are contiguous there.
    pub clusters: Vec<Vec<usize>>,
}

fn finite(v: f64) -> f64 {
    if v.is_finite() { v } else { 0.0 }
}

/// Average-linkage agglomerative clustering of a similarity matrix (the nearest-neighbour
/// chain algorithm, O(n²) time), leaves in dendrogram order with each merge turned so that
/// the most similar ends meet; clusters are cut at `cut`. Deterministic: ties go to the
/// lower index.
pub fn cluster(sim: &[Vec<f64>], cut: f64) -> Clustering {
    let n = sim.len();
    let at = |i: usize, j: usize| finite(sim.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0));
    if n == 0 {
        return Clustering { order: Vec::new(), clusters: Vec::new() };
    }
    // Symmetric, finite, so the chain below always ends in a pair of mutual neighbours.
    let mut s: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| (at(i, j) + at(j, i)) / 2.0).collect()).collect();
    let mut size = vec![1usize; n];
    let mut active = vec![true; n];
    let mut leaves: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // Union-find over the merges at or above the cut.
    let mut parent: Vec<usize> = (0..n).collect();
    let mut chain: Vec<usize> = Vec::new();
    for _ in 1..n {
        let (a, b) = mutual_neighbours(&s, &active, &mut chain);
        if s[a][b] >= cut {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            parent[rb] = ra;
        }
        let (left, right) = (std::mem::take(&mut leaves[a]), std::mem::take(&mut leaves[b]));
        leaves[a] = join_leaves(left, right, &at);
        // Average linkage: the joined cluster's similarity to every other one.
        let (sa, sb) = (size[a] as f64, size[b] as f64);
        for k in 0..n {
            if active[k] && k != a && k != b {
                let v = (sa * s[a][k] + sb * s[b][k]) / (sa + sb);
                s[a][k] = v;
                s[k][a] = v;
            }
        }
        size[a] += size[b];
        active[b] = false;
        chain.retain(|&c| c != a && c != b);
    }
    let order = std::mem::take(&mut leaves[active.iter().position(|&a| a).unwrap_or(0)]);
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    let mut last_root = usize::MAX;
    for &i in &order {
        let r = root(&mut parent, i);
        if r != last_root || clusters.is_empty() {
            clusters.push(Vec::new());
            last_root = r;
        }
        if let Some(c) = clusters.last_mut() {
            c.push(i);
        }
    }
    Clustering { order, clusters }
}

/// The root of `x` in a union-find forest, halving the path on the way.
fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Follows the chain of nearest neighbours among the active clusters until two are each
/// other's nearest; returns them, the lower index first.
fn mutual_neighbours(s: &[Vec<f64>], active: &[bool], chain: &mut Vec<usize>) -> (usize, usize) {
    if chain.is_empty() {
        chain.push(active.iter().position(|&a| a).unwrap_or(0));
    }
    loop {
        let a = chain[chain.len() - 1];
        let prev = if chain.len() >= 2 { Some(chain[chain.len() - 2]) } else { None };
        let mut best = prev;
        let mut best_v = prev.map_or(f64::NEG_INFINITY, |p| s[a][p]);
        for (k, _) in active.iter().enumerate().filter(|&(k, &on)| on && k != a) {
            if s[a][k] > best_v {
                best_v = s[a][k];
                best = Some(k);
            }
        }
        let Some(b) = best else { unreachable_pair() };
        if Some(b) == prev {
            chain.pop();
            chain.pop();
            return (a.min(b), a.max(b));
        }
        chain.push(b);
    }
}

/// Two leaf orders joined, each turned whichever way makes the most similar ends meet.
fn join_leaves(left: Vec<usize>, right: Vec<usize>, at: &impl Fn(usize, usize) -> f64) -> Vec<usize> {
    let ends = |x: &[usize], y: &[usize]| at(x[x.len() - 1], y[0]);
    let rev = |v: &[usize]| v.iter().rev().copied().collect::<Vec<_>>();
    let (lr, rr) = (rev(&left), rev(&right));
    let candidates = [(&left, &right), (&left, &rr), (&lr, &right), (&lr, &rr)];
    let mut pick = 0;
    for (k, (x, y)) in candidates.iter().enumerate() {
        if ends(x, y) > ends(candidates[pick].0, candidates[pick].1) {
            pick = k;
        }
    }
    let (x, y) = candidates[pick];
    x.iter().chain(y.iter()).copied().collect()
}

#[cold]
fn unreachable_pair() -> ! {
    // With at least two active clusters every chain top has a neighbour.
    panic!("cluster: no neighbour among two or more active clusters")
}

/// The mean similarity between two sets of articles (within one set when they are the same,
/// leaving out the diagonal); `None` when there is no pair.
pub fn mean_similarity(sim: &[Vec<f64>], a: &[usize], b: &[usize]) -> Option<f64> {
    let mut sum = 0.0;
    let mut n = 0usize;
    for &i in a {
        for &j in b {
            if i != j {
                sum += finite(sim.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0.0));
                n += 1;
            }
        }
    }
    (n > 0).then(|| sum / n as f64)
}

/// One cluster of the summary's table.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterRow<'a> {
    /// The articles of the cluster, in matrix order.
    pub members: &'a [usize],
    /// Their mean similarity to each other (`None` for a cluster of one).
    pub within: Option<f64>,
    /// The most similar other cluster (its index) and the mean similarity to it.
    pub closest: Option<(usize, f64)>,
}

/// The rows of the clusters table: each cluster with how alike it is inside and which other
/// cluster is closest.
pub fn cluster_rows<'a>(sim: &[Vec<f64>], cl: &'a Clustering) -> Vec<ClusterRow<'a>> {
    cl.clusters
        .iter()
        .enumerate()
        .map(|(k, members)| {
            let closest = cl
                .clusters
                .iter()
                .enumerate()
                .filter(|(o, _)| *o != k)
                .filter_map(|(o, other)| mean_similarity(sim, members, other).map(|v| (o, v)))
                .fold(None, |best: Option<(usize, f64)>, (o, v)| match best {
                    Some((_, b)) if b >= v => best,
                    _ => Some((o, v)),
                });
            ClusterRow { members, within: mean_similarity(sim, members, members), closest }
        })
        .collect()
}

impl ClusterRow<'_> {
    /// The similarity within, as the table prints it ("0.42", or "—").
    pub fn within_text(&self) -> String {
        self.within.map(|v| format!("{v:.2}")).unwrap_or_else(|| "—".into())
    }

    /// The closest other cluster, as the table prints it ("3 (0.12)", or "—").
    pub fn closest_text(&self) -> String {
        self.closest.map(|(o, v)| format!("{} ({v:.2})", o + 1)).unwrap_or_else(|| "—".into())
    }
}

/// Article ids ("a3, a7, a12"), the first `max` of them, then "and N more".
pub fn id_list(articles: &[usize], max: usize) -> String {
    let mut out: Vec<String> = articles.iter().take(max).map(|a| format!("a{}", a + 1)).collect();
    if articles.len() > max {
        out.push(format!("and {} more", articles.len() - max));
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks() -> Vec<Vec<f64>> {
        // Articles 0, 2, 4 tell one story and 1, 3 another; 5 stands alone.
        let story = [0, 1, 0, 1, 0, 2];
        (0..6)
            .map(|i| {
                (0..6)
                    .map(|j| {
                        if i == j {
                            1.0
                        } else if story[i] == story[j] {
                            0.8 - 0.01 * (i + j) as f64
                        } else {
                            0.05
                        }
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn clustering_puts_related_articles_together() {
        let c = cluster(&blocks(), CLUSTER_CUT);
        let mut sorted = c.order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, vec![0, 1, 2, 3, 4, 5], "every article once");
        let mut clusters: Vec<Vec<usize>> = c
            .clusters
            .iter()
            .map(|m| {
                let mut m = m.clone();
                m.sort_unstable();
                m
            })
            .collect();
        clusters.sort();
        assert_eq!(clusters, vec![vec![0, 2, 4], vec![1, 3], vec![5]]);
        // Each cluster is contiguous in the order.
        let flat: Vec<usize> = c.clusters.concat();
        assert_eq!(flat, c.order);
        assert_eq!(cluster(&blocks(), CLUSTER_CUT), c, "deterministic");
    }

    #[test]
    fn clustering_small_and_odd_matrices() {
        assert_eq!(cluster(&[], 0.3).order, Vec::<usize>::new());
        assert_eq!(cluster(&[vec![1.0]], 0.3).clusters, vec![vec![0]]);
        let nan = vec![vec![1.0, f64::NAN], vec![f64::NAN, 1.0]];
        assert_eq!(cluster(&nan, 0.3).clusters.len(), 2);
    }

    #[test]
    fn id_lists_are_capped() {
        assert_eq!(id_list(&[0, 2], 5), "a1, a3");
        assert_eq!(id_list(&[0, 1, 2, 3], 2), "a1, a2, and 2 more");
    }
}
