//! Linking matched claim pairs into groups: best pairs first, a group growing only with
//! members close to it as a whole, up to two claims of one article, and each member's core
//! (the part of its group matched one claim per article).

use super::vectors::{add, shared_terms_where, sum_dot, to_sum};
use super::{Propositions, SparseVec};
use crate::compare::UnionFind;
use crate::compare::claims::cosine;

impl Propositions {
    /// Joins matched pairs (best first) into groups, never two members whose articles
    /// `clash`; with a coherence floor, two groups join only when their members are, on
    /// average, similar across the two halves. A group holds up to `per_article` claims of one
    /// article (an article states a fact in its lead and again in its body); each member's
    /// core is the part of its group that holds one claim per article, joined pair by pair:
    /// only members of one core are compared for disagreements.
    pub(in crate::compare) fn link(
        &self,
        articles: &[usize],
        pairs: &[(f64, usize, usize)],
        vectors: &[&SparseVec],
        clash: impl Fn(usize, usize) -> bool,
    ) -> Linked {
        let floor = self.tuning.link_mean;
        let cap = self.tuning.per_article.max(1);
        let n = articles.len();
        let mut uf = UnionFind::new(n);
        let mut cores = UnionFind::new(n);
        let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
        // The articles of each group and of each core, sorted (a group's with repeats).
        let mut group_articles: Vec<Vec<usize>> = articles.iter().map(|&a| vec![a]).collect();
        let mut core_articles = group_articles.clone();
        // Sum of the members' unit vectors: the mean cross similarity of two groups is the
        // dot product of their sums over the product of their sizes.
        let mut sums: Vec<Option<SparseVec>> = vec![None; n];
        for &(_, i, j) in pairs {
            let (ri, rj) = (uf.find(i), uf.find(j));
            // `clash` sets classes of articles apart (events), so a group is of one class
            // and the pair's own articles stand for their groups.
            if ri == rj || articles[i] == articles[j] || clash(articles[i], articles[j]) {
                continue;
            }
            // No more than `cap` claims of one article.
            if over_cap(&group_articles[ri], &group_articles[rj], cap) {
                continue;
            }
            // An article that states one fact twice words it alike twice: two of its sentences
            // that share almost nothing are two facts, and the groups stay apart.
            // Unless the two are halves of one sentence of another article: each matches it
            // as a whole ("The church believes polygamy brings exaltation in heaven and that
            // Jeffs is God's spokesman" / "…, which believes polygamy brings exaltation in
            // heaven." + "Followers see Jeffs as a prophet who is God's spokesman on earth.").
            let halves = |a: usize, b: usize| {
                self.tuning.halves > 0.0
                    && [i, j].iter().any(|&x| {
                        // Each half shares a predicate and its participants with the whole, not
                        // a figure or two ("firing seven attorneys in the six months" is no
                        // half of "all seven … receiving sentences of between six and 75 years").
                        // "seven" and "#7" are one figure, not two shared words.
                        let word = |t: u32| !self.figure_terms.get(t as usize).copied().unwrap_or(false);
                        let half = |h: usize| {
                            let (words, sim) = shared_terms_where(vectors[h], vectors[x], word);
                            sim >= self.tuning.halves && words >= self.tuning.clause_shared
                        };
                        articles[x] != articles[a] && half(a) && half(b)
                    })
            };
            if over_cap(&group_articles[ri], &group_articles[rj], 1)
                && members[ri].iter().any(|&a| {
                    members[rj].iter().any(|&b| {
                        articles[a] == articles[b] && cosine(vectors[a], vectors[b]) < self.tuning.twin && !halves(a, b)
                    })
                })
            {
                continue;
            }
            if floor > 0.0 && members[ri].len() + members[rj].len() >= 3 {
                let dot = sum_dot(&sums[ri], &members[ri], &sums[rj], &members[rj], vectors);
                let mean = dot / (members[ri].len() * members[rj].len()) as f64;
                if mean < floor {
                    continue;
                }
            }
            let root = uf.union(ri, rj);
            let other = if root == ri { rj } else { ri };
            let moved = std::mem::take(&mut members[other]);
            if floor > 0.0 {
                let sum = sums[root].take().unwrap_or_else(|| to_sum(&members[root], vectors));
                let other_sum = sums[other].take().unwrap_or_else(|| to_sum(&moved, vectors));
                sums[root] = Some(add(&sum, &other_sum));
            }
            members[root].extend(moved);
            group_articles[root] = merge_sorted(&group_articles[ri], &group_articles[rj]);
            group_articles[other] = Vec::new();
            // The pair joins its two cores when that keeps one claim per article in them.
            let (ci, cj) = (cores.find(i), cores.find(j));
            if ci != cj && !over_cap(&core_articles[ci], &core_articles[cj], 1) {
                let keep = cores.union(ci, cj);
                core_articles[keep] = merge_sorted(&core_articles[ci], &core_articles[cj]);
                core_articles[if keep == ci { cj } else { ci }] = Vec::new();
            }
        }
        let core = (0..n).map(|x| cores.find(x)).collect();
        Linked { groups: uf.groups(), core }
    }
}

/// The groups `Propositions::link` made, and each item's core (see there).
pub(in crate::compare) struct Linked {
    pub groups: Vec<Vec<usize>>,
    pub core: Vec<usize>,
}

/// Whether two sorted lists of articles together hold one article more than `cap` times
/// (walked side by side, nothing allocated: it is asked of every candidate pair).
fn over_cap(a: &[usize], b: &[usize], cap: usize) -> bool {
    let (mut x, mut y) = (0, 0);
    let (mut last, mut run) = (usize::MAX, 0);
    while x < a.len() || y < b.len() {
        let next = if y == b.len() || (x < a.len() && a[x] <= b[y]) {
            x += 1;
            a[x - 1]
        } else {
            y += 1;
            b[y - 1]
        };
        run = if next == last { run + 1 } else { 1 };
        last = next;
        if run > cap {
            return true;
        }
    }
    false
}

/// Two sorted lists as one, sorted.
fn merge_sorted(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut x, mut y) = (0, 0);
    while x < a.len() && y < b.len() {
        if a[x] <= b[y] {
            out.push(a[x]);
            x += 1;
        } else {
            out.push(b[y]);
            y += 1;
        }
    }
    out.extend_from_slice(&a[x..]);
    out.extend_from_slice(&b[y..]);
    out
}

#[cfg(test)]
mod tests {
    use super::super::Tuning;
    use super::*;

    /// Propositions of `n` claims without clauses: only the linking is tested.
    fn unclaused(n: usize, tuning: Tuning) -> Propositions {
        Propositions {
            clauses: vec![Vec::new(); n],
            multi: vec![false; n],
            merged: vec![Vec::new(); n],
            vocabulary: 0,
            tuning,
            figure_terms: Vec::new(),
        }
    }

    #[test]
    fn a_group_grows_only_with_members_close_to_it_as_a_whole() {
        // B, C and D state one thing; A shares a little with B only.
        let v = |e: &[(u32, f32)]| -> SparseVec { e.to_vec() };
        let vectors = [v(&[(0, 1.0)]), v(&[(0, 0.3), (1, 0.954)]), v(&[(1, 1.0)]), v(&[(1, 1.0)])];
        let refs: Vec<&SparseVec> = vectors.iter().collect();
        let pairs = [(1.0, 2, 3), (0.954, 1, 2), (0.954, 1, 3), (0.3, 0, 1)];
        let articles = [0, 1, 2, 3];
        let props = |link_mean| unclaused(4, Tuning { link_mean, ..Tuning::default() });
        let coherent = props(Tuning::default().link_mean).link(&articles, &pairs, &refs, |_, _| false).groups;
        assert_eq!(coherent, vec![vec![0], vec![1, 2, 3]]);
        let chained = props(0.0).link(&articles, &pairs, &refs, |_, _| false).groups;
        assert_eq!(chained, vec![vec![0, 1, 2, 3]]);
    }

    #[test]
    fn a_group_holds_at_most_two_claims_of_an_article_each_in_its_own_core() {
        let vectors = vec![vec![(0u32, 1.0f32)]; 5];
        let refs: Vec<&SparseVec> = vectors.iter().collect();
        // Claims 0, 1 and 4 are of article 0; claim 2 of article 1, claim 3 of article 2.
        let articles = [0, 0, 1, 2, 0];
        let pairs = [(1.0, 0, 2), (1.0, 1, 3), (1.0, 2, 3), (1.0, 4, 3)];
        let props = |per_article| unclaused(5, Tuning { per_article, ..Tuning::default() });
        let two = props(2).link(&articles, &pairs, &refs, |_, _| false);
        // Article 0's lead (0) and body (1) are in one group; a third sentence (4) is not.
        assert_eq!(two.groups, vec![vec![0, 1, 2, 3], vec![4]]);
        // Each core holds one claim per article: 0 was matched with 2, and 1 with 3.
        assert_eq!(two.core[0], two.core[2]);
        assert_eq!(two.core[1], two.core[3]);
        assert_ne!(two.core[0], two.core[1]);
        // One claim per article: the two pairs stay apart.
        let one = props(1).link(&articles, &pairs, &refs, |_, _| false);
        assert_eq!(one.groups, vec![vec![0, 2], vec![1, 3], vec![4]]);
    }

    #[test]
    fn an_articles_two_sentences_that_share_nothing_keep_their_groups_apart() {
        // Claims 0 and 1 are of article 0 and share no term; each is matched in another
        // article (2 and 3), and those two resemble 0 and only a little 1.
        let vectors: Vec<SparseVec> =
            vec![vec![(0, 1.0)], vec![(1, 1.0)], vec![(0, 0.96), (1, 0.28)], vec![(0, 0.96), (1, 0.28)]];
        let refs: Vec<&SparseVec> = vectors.iter().collect();
        let articles = [0, 0, 1, 2];
        let pairs = [(1.0, 2, 3), (0.96, 0, 2), (0.28, 1, 3)];
        let props = |twin| unclaused(4, Tuning { twin, ..Tuning::default() });
        // Two facts of article 0: claim 1 stays out of the group of 0, 2 and 3.
        assert_eq!(
            props(Tuning::default().twin).link(&articles, &pairs, &refs, |_, _| false).groups,
            vec![vec![0, 2, 3], vec![1]]
        );
        // Without the floor, the article's two sentences would both be in it.
        assert_eq!(props(0.0).link(&articles, &pairs, &refs, |_, _| false).groups, vec![vec![0, 1, 2, 3]]);
    }

    #[test]
    fn two_sentences_of_an_article_that_are_halves_of_another_articles_one_are_one_group() {
        // Claims 0 and 1 of article 0 share no term; claim 2 (article 1) says both at once,
        // and claim 3 (article 2) prints it again.
        let even = |terms: &[u32]| -> SparseVec {
            let w = 1.0 / (terms.len() as f32).sqrt();
            terms.iter().map(|&t| (t, w)).collect()
        };
        let whole = even(&[0, 1, 2, 3, 4, 5]);
        let vectors: Vec<SparseVec> = vec![even(&[0, 1, 2]), even(&[3, 4, 5]), whole.clone(), whole];
        let refs: Vec<&SparseVec> = vectors.iter().collect();
        let articles = [0, 0, 1, 2];
        let pairs = [(1.0, 2, 3), (0.71, 0, 2), (0.71, 1, 2)];
        let props = |halves| unclaused(4, Tuning { halves, ..Tuning::default() });
        let linked = props(Tuning::default().halves).link(&articles, &pairs, &refs, |_, _| false);
        assert_eq!(linked.groups, vec![vec![0, 1, 2, 3]]);
        // Each half in a core of its own: only 0 is compared with 2 and 3.
        assert_eq!(linked.core[0], linked.core[2]);
        assert_ne!(linked.core[1], linked.core[0]);
        // Without halves, the second half stays out.
        assert_eq!(props(0.0).link(&articles, &pairs, &refs, |_, _| false).groups, vec![vec![0, 2, 3], vec![1]]);
        // A second sentence that shares two terms with the whole (a figure or two) is no half.
        let vectors: Vec<SparseVec> =
            vec![even(&[0, 1, 2]), even(&[3, 4]), even(&[0, 1, 2, 3, 4, 5]), even(&[0, 1, 2, 3, 4, 5])];
        let refs: Vec<&SparseVec> = vectors.iter().collect();
        let linked = props(Tuning::default().halves).link(&articles, &pairs, &refs, |_, _| false);
        assert_eq!(linked.groups, vec![vec![0, 2, 3], vec![1]]);
        // Three shared terms of which one stands for a figure ("seven" and "#7") are two words.
        let whole = even(&[0, 1, 2, 3, 4, 5]);
        let vectors: Vec<SparseVec> = vec![even(&[0, 1, 2]), even(&[3, 4, 5]), whole.clone(), whole];
        let refs: Vec<&SparseVec> = vectors.iter().collect();
        let mut figures = props(Tuning::default().halves);
        figures.figure_terms = vec![false, false, false, false, false, true];
        assert_eq!(figures.link(&articles, &pairs, &refs, |_, _| false).groups, vec![vec![0, 2, 3], vec![1]]);
    }
}
