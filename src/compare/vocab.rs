//! Term ids numbered in order of first appearance, worked out side by side: the ids order
//! float sums downstream, so they must be the ones a single sequential scan would give.

use rayon::prelude::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Ids for the distinct words of `lists`, numbered in the order a scan of the lists one
/// after another would first meet them; and the words in that order.
///
/// Each piece of the lists finds its own words in order side by side; only the merge of
/// those short, already distinct lists is sequential (a sequential scan of every word was
/// a tail where one core waited).
pub(super) fn ids_in_order<'a, L, I>(
    lists: &'a [L],
    words: impl Fn(&'a L) -> I + Sync,
) -> (HashMap<&'a str, u32>, Vec<&'a str>)
where
    L: Sync,
    I: Iterator<Item = &'a str>,
{
    // Few pieces: each word new to a piece is met once more in the merge.
    let piece = lists.len().div_ceil(rayon::current_num_threads() * 2).max(1);
    let firsts: Vec<Vec<&'a str>> = lists
        .par_chunks(piece)
        .map(|chunk| {
            let mut seen: HashSet<&str> = HashSet::default();
            let mut order = Vec::new();
            for w in chunk.iter().flat_map(&words) {
                if seen.insert(w) {
                    order.push(w);
                }
            }
            order
        })
        .collect();
    let mut ids: HashMap<&'a str, u32> = HashMap::default();
    ids.reserve(firsts.iter().map(Vec::len).max().unwrap_or(0));
    let mut order = Vec::new();
    for w in firsts.into_iter().flatten() {
        if let std::collections::hash_map::Entry::Vacant(e) = ids.entry(w) {
            e.insert(order.len() as u32);
            order.push(w);
        }
    }
    (ids, order)
}

/// Per id, the number of lists it appears in, given each list's distinct ids.
pub(super) fn document_frequency<'a, L, I>(
    lists: &'a [L],
    vocabulary: usize,
    ids: impl Fn(&'a L) -> I + Sync,
) -> Vec<u32>
where
    L: Sync,
    I: Iterator<Item = u32>,
{
    use std::sync::atomic::{AtomicU32, Ordering};
    let df: Vec<AtomicU32> = (0..vocabulary).map(|_| AtomicU32::new(0)).collect();
    lists.par_iter().for_each(|list| {
        for id in ids(list) {
            df[id as usize].fetch_add(1, Ordering::Relaxed);
        }
    });
    df.into_iter().map(AtomicU32::into_inner).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_first_appearance_over_all_lists() {
        // Enough lists that they are cut into several pieces.
        let lists: Vec<Vec<String>> =
            (0..1000).map(|i| vec![format!("w{}", i % 37), format!("w{}", 999 - i)]).collect();
        let (ids, order) = ids_in_order(&lists, |l| l.iter().map(String::as_str));
        let mut expected: HashMap<&str, u32> = HashMap::default();
        for w in lists.iter().flatten() {
            let next = expected.len() as u32;
            expected.entry(w.as_str()).or_insert(next);
        }
        assert_eq!(ids, expected);
        assert!(order.iter().enumerate().all(|(i, w)| ids[w] as usize == i));
        assert_eq!(ids["w0"], 0);
        assert_eq!(ids["w999"], 1);
    }

    #[test]
    fn document_frequency_counts_lists_not_words() {
        let df = document_frequency(&[vec![0, 2], vec![2], vec![1, 2]], 4, |l| l.iter().copied());
        assert_eq!(df, vec![1, 1, 3, 0]);
    }
}
