//! Sparse-vector arithmetic for the clause matcher: the terms and dot product two clauses
//! share (one claim's clauses marked by term, to meet many others), and the running sums of
//! linked groups' vectors.

use super::super::claims::{SparseVec, cosine};

/// Terms two sorted sparse vectors have in common, and their dot product (the same sum as
/// [`cosine`] gives, in one walk with the count).
pub(in crate::compare) fn shared_terms(a: &SparseVec, b: &SparseVec) -> (usize, f64) {
    shared_terms_where(a, b, |_| true)
}

/// [`shared_terms`], counting only the shared terms `counted` keeps (the dot product is of
/// them all).
pub(in crate::compare) fn shared_terms_where(
    a: &SparseVec,
    b: &SparseVec,
    counted: impl Fn(u32) -> bool,
) -> (usize, f64) {
    let (mut i, mut j, mut n, mut dot) = (0, 0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += usize::from(counted(a[i].0));
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    (n, f64::from(dot))
}

/// One claim's clauses marked in a table by term (bit `a` of a term's entry: clause `a` has
/// it), so that the terms each of its clauses shares with another claim's clauses are
/// counted in one pass over the other claim's terms, instead of a merge per pair of clauses.
pub(super) struct MarkedClauses<'a> {
    clauses: &'a [SparseVec],
    marks: &'a mut [u64],
}

impl<'a> MarkedClauses<'a> {
    /// Marks `clauses` in `marks` (all zero); `None` past 64 clauses (one bit each).
    pub(super) fn new(clauses: &'a [SparseVec], marks: &'a mut [u64]) -> Option<Self> {
        if clauses.len() > 64 {
            return None;
        }
        for (a, clause) in clauses.iter().enumerate() {
            for &(t, _) in clause {
                marks[t as usize] |= 1 << a;
            }
        }
        Some(MarkedClauses { clauses, marks })
    }

    /// The best cosine of a marked clause and one of `others` sharing at least `need` terms
    /// with it (else 0): the clause-by-clause similarity, the same value whatever the order
    /// the pairs are met in (a maximum of the same cosines).
    pub(super) fn similarity(&self, others: &[SparseVec], need: usize) -> f64 {
        let mut best = 0.0f64;
        let mut shared = [0usize; 64];
        for b in others {
            shared[..self.clauses.len()].fill(0);
            for &(t, _) in b {
                let mut m = self.marks[t as usize];
                while m != 0 {
                    shared[m.trailing_zeros() as usize] += 1;
                    m &= m - 1;
                }
            }
            for (a, &k) in shared[..self.clauses.len()].iter().enumerate() {
                if k >= need {
                    best = best.max(cosine(&self.clauses[a], b));
                }
            }
        }
        best
    }

    /// Clears the marks, leaving the table all zero for the next claim.
    pub(super) fn clear(self) {
        for clause in self.clauses {
            for &(t, _) in clause {
                self.marks[t as usize] = 0;
            }
        }
    }
}

/// The sum of the members' vectors, sorted by term.
pub(super) fn to_sum(members: &[usize], vectors: &[&SparseVec]) -> SparseVec {
    members.iter().fold(Vec::new(), |acc, &x| add(&acc, vectors[x]))
}

/// The sum of two sparse vectors sorted by term.
pub(super) fn add(a: &SparseVec, b: &SparseVec) -> SparseVec {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 + b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The dot product of two groups' sums (made from the members when not kept).
pub(super) fn sum_dot(
    a: &Option<SparseVec>,
    ma: &[usize],
    b: &Option<SparseVec>,
    mb: &[usize],
    vectors: &[&SparseVec],
) -> f64 {
    let made_a;
    let sa = match a {
        Some(s) => s,
        None => {
            made_a = to_sum(ma, vectors);
            &made_a
        }
    };
    let made_b;
    let sb = match b {
        Some(s) => s,
        None => {
            made_b = to_sum(mb, vectors);
            &made_b
        }
    };
    cosine(sa, sb)
}
