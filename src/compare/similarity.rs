//! The article × article similarity matrix: cosine of TF-IDF vectors over words.

use super::Loaded;
use super::claims::SparseVec;
use super::text::{for_each_word_in, is_stop_word};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

/// The article × article similarity matrix (0–1), indexed by positions in `docs`.
pub fn article_similarity(docs: &[Loaded]) -> Vec<Vec<f64>> {
    let texts: Vec<Cow<str>> = docs.par_iter().map(|d| super::claims::fold_country_names(&d.article.text)).collect();
    let bags: Vec<HashMap<Cow<str>, f32>> = texts
        .par_iter()
        .map(|text| {
            // Every word counted, keyed by its slice of the text where it is its own key (most
            // words, so few are copied); stop words and bare numbers are dropped afterwards,
            // once per distinct word rather than once per occurrence.
            let mut tf: HashMap<Cow<str>, f32> = HashMap::default();
            for_each_word_in(text, |w| {
                let k = match w {
                    Ok(k) | Err(k) => k,
                };
                // Whole words, not stems: over a whole article the difference hardly shows,
                // and it leaves the stemming to the claims, which need it.
                match tf.get_mut(k) {
                    Some(n) => *n += 1.0,
                    None => {
                        let key = match w {
                            Ok(k) => Cow::Borrowed(k),
                            Err(k) => Cow::Owned(k.to_string()),
                        };
                        tf.insert(key, 1.0);
                    }
                }
            });
            tf.retain(|w, _| !(is_stop_word(w) || w.bytes().all(|c| c.is_ascii_digit())));
            tf
        })
        .collect();
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut df: Vec<f32> = Vec::new();
    for bag in &bags {
        // Ids in word order, not hash order: the order of the float sums below follows the
        // ids, and the same inputs must give the same bits. A bag's words met in an earlier
        // bag have their ids already, so only its new words are sorted (the same ids as
        // numbering the whole bag in word order).
        let mut fresh: Vec<&str> = Vec::new();
        for k in bag.keys() {
            match ids.get(k.as_ref()) {
                Some(&id) => df[id as usize] += 1.0,
                None => fresh.push(k.as_ref()),
            }
        }
        fresh.sort_unstable();
        for t in fresh {
            ids.insert(t, df.len() as u32);
            df.push(1.0);
        }
    }
    let n = docs.len() as f32;
    let vectors: Vec<SparseVec> = bags
        .iter()
        .map(|bag| {
            let mut v: SparseVec = bag
                .iter()
                .map(|(t, &c)| {
                    let id = ids[t.as_ref()];
                    let idf = ((n + 1.0) / (df[id as usize] + 1.0)).ln() + 1.0;
                    (id, (1.0 + c.ln()) * idf)
                })
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|e| e.1 /= norm);
            }
            v
        })
        .collect();
    // Every pair through an inverted index: each article's terms meet only the later articles
    // that carry them, instead of every later article's whole vector being read against a
    // dense copy of this one (most words are in few articles; this is what grew with the
    // square of the articles). Each pair's products are added in the order of the ids they
    // share, as a pass over the later article's terms adds them (a term the two do not share
    // added a zero, which leaves a sum of positive weights as it is), so the bits are the same.
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); df.len()];
    for (j, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            postings[t as usize].push((j as u32, w));
        }
    }
    let upper: Vec<Vec<f64>> = (0..docs.len())
        .into_par_iter()
        .map_init(
            || vec![0f32; docs.len()],
            |acc, i| {
                for &(t, w) in &vectors[i] {
                    let list = &postings[t as usize];
                    let later = list.partition_point(|p| p.0 as usize <= i);
                    for &(j, wj) in &list[later..] {
                        acc[j as usize] += w * wj;
                    }
                }
                (i + 1..docs.len())
                    .map(|j| {
                        // (An article without terms: the empty sum, as the pass gave it.)
                        let dot = if vectors[j].is_empty() { std::iter::empty::<f32>().sum() } else { acc[j] };
                        acc[j] = 0.0;
                        (f64::from(dot) * 1000.0).round() / 1000.0
                    })
                    .collect()
            },
        )
        .collect();
    let n = docs.len();
    let mut m = vec![vec![1.0; n]; n];
    for i in 0..n {
        for (k, &v) in upper[i].iter().enumerate() {
            let j = i + 1 + k;
            m[i][j] = v;
            m[j][i] = v;
        }
    }
    m
}
