//! Byte scans eight bytes at a time ("SIMD within a register"): the text scanners skip the
//! long stretches that hold nothing they look for in one step per eight bytes.

/// A byte of ones in every lane.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every lane.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// From `from`, eight bytes at a time (little-endian): the offset of the first chunk for
/// which `test` is not zero, with what `test` gave; or, where fewer than eight bytes are
/// left, that offset and zero (the caller finishes byte by byte).
#[inline]
pub(crate) fn scan8(b: &[u8], mut from: usize, test: impl Fn(u64) -> u64) -> (usize, u64) {
    while let Some(chunk) = b.get(from..from + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let found = test(u64::from_le_bytes(word));
        if found != 0 {
            return (from, found);
        }
        from += 8;
    }
    (from, 0)
}

/// Not zero when some byte of `x` is zero (exact as a whole; which bits it sets may be off).
#[inline]
pub(crate) fn has_zero_byte(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_is_found_where_its_test_holds_and_the_tail_is_left() {
        let text = b"abcdefghijklmnoXqrstuvw";
        let (at, found) = scan8(text, 0, |x| has_zero_byte(x ^ (ONES * u64::from(b'X'))));
        assert_eq!((at, found != 0), (8, true));
        let (at, found) = scan8(text, 16, |x| has_zero_byte(x ^ (ONES * u64::from(b'X'))));
        assert_eq!((at, found), (16, 0));
    }
}
