//! A fixed set of words for the lexicon's lookups: bucketed by length and first and last
//! byte, so that a lookup hashes no string and compares at most a few words.

/// A set of words built once; [`WordSet::contains`] answers as a hash set of the same
/// words would. (The word lists are asked about nearly every word of every article, and a
/// general hash set cost a string hash and a probe per question.)
pub struct WordSet {
    /// Per bucket, where its words start in `words`, and one more entry for the end.
    starts: Vec<u32>,
    words: Vec<&'static str>,
    /// The right shift that leaves a bucket number of the multiplied key.
    shift: u32,
}

impl WordSet {
    /// The set of `words` (duplicates kept once).
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        let mut list: Vec<&'static str> = words.into_iter().collect();
        list.sort_unstable();
        list.dedup();
        // About two buckets per word: most buckets hold no word or one.
        let bits = (list.len() * 2).max(8).next_power_of_two().trailing_zeros();
        let shift = 64 - bits;
        let mut buckets: Vec<Vec<&'static str>> = vec![Vec::new(); 1 << bits];
        for w in list {
            buckets[bucket(w.as_bytes(), shift)].push(w);
        }
        let mut starts = Vec::with_capacity(buckets.len() + 1);
        let mut words = Vec::new();
        for b in buckets {
            starts.push(words.len() as u32);
            words.extend(b);
        }
        starts.push(words.len() as u32);
        WordSet { starts, words, shift }
    }

    /// Whether `word` is one of the set's words (byte for byte).
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let k = bucket(b, self.shift);
        let (from, to) = (self.starts[k] as usize, self.starts[k + 1] as usize);
        from < to && self.words[from..to].iter().any(|w| same_bytes(w.as_bytes(), b))
    }
}

/// Byte-for-byte equality, compared in place: the words are a few bytes long, shorter than
/// a call of `memcmp` costs.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The bucket of a word: its length and first and last bytes, mixed by a multiplication.
#[inline]
fn bucket(b: &[u8], shift: u32) -> usize {
    let (first, last) = match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => (f as u64, l as u64),
        _ => (0, 0),
    };
    let key = (b.len() as u64) << 16 | first << 8 | last;
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_a_hash_set() {
        let list = ["a", "an", "the", "said", "says", "élysée", "NATO", "g7", "gov't", "e.g"];
        let set = WordSet::new(list);
        for w in list {
            assert!(set.contains(w), "{w}");
        }
        for w in ["", "b", "thee", "nato", "say", "élysé", "g", "said "] {
            assert!(!set.contains(w), "{w}");
        }
    }
}
