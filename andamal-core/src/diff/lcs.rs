//! Length of the longest common subsequence of two key sequences, bit-parallel.
//!
//! Sentence alignment scores many candidate pairs but needs only how many
//! tokens they share in order, not the edit script; Hyyrö's bit-vector
//! algorithm gives that in O(n·⌈m/64⌉) word operations without allocating
//! per pair. The number equals the matched count of a shortest edit script,
//! so it agrees with the word diff's similarity.
//!
//! ```
//! use andamal_core::diff::lcs::Pattern;
//! let p = Pattern::new(&[1, 2, 3, 4, 5]);
//! assert_eq!(p.lcs_len(&[1, 3, 5, 7]), 3);
//! assert_eq!(p.lcs_len(&[]), 0);
//! ```

/// A sequence prepared as the pattern side: one bit mask per distinct key,
/// stored flat (`words` u64s per key) so preparing allocates twice, not per key.
#[derive(Debug, Clone, Default)]
pub struct Pattern {
    len: usize,
    /// Sorted distinct keys.
    keys: Vec<u32>,
    /// `keys.len() × words` mask words.
    bits: Vec<u64>,
    words: usize,
}

impl Pattern {
    #[must_use]
    pub fn new(keys: &[u32]) -> Pattern {
        let mut sorted = keys.to_vec();
        crate::text::order::sort(&mut sorted);
        Pattern::from_sorted(keys, sorted)
    }

    /// [`Pattern::new`] given `keys` already sorted (as `sorted`), which a
    /// caller that sorts them anyway need not pay for twice.
    #[must_use]
    pub fn from_sorted(keys: &[u32], sorted: Vec<u32>) -> Pattern {
        debug_assert!(sorted.len() == keys.len() && sorted.is_sorted());
        let words = keys.len().div_ceil(64).max(1);
        let mut distinct = sorted;
        distinct.dedup();
        let mut bits = vec![0u64; distinct.len() * words];
        for (pos, key) in keys.iter().enumerate() {
            if let Ok(at) = distinct.binary_search(key) {
                bits[at * words + pos / 64] |= 1 << (pos % 64);
            }
        }
        Pattern { len: keys.len(), keys: distinct, bits, words }
    }

    /// The pattern's length.
    #[must_use]
    pub fn len(&self) -> usize {
        self.len
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// LCS length of the pattern and `text`.
    #[must_use]
    pub fn lcs_len(&self, text: &[u32]) -> usize {
        if self.len == 0 || text.is_empty() {
            return 0;
        }
        let mut v = vec![u64::MAX; self.words];
        for key in text {
            let Ok(at) = self.keys.binary_search(key) else { continue };
            let m = &self.bits[at * self.words..(at + 1) * self.words];
            let mut carry = false;
            for (vk, &mk) in v.iter_mut().zip(m) {
                let u = *vk & mk;
                let (sum, c1) = vk.overflowing_add(u);
                let (sum, c2) = sum.overflowing_add(u64::from(carry));
                carry = c1 || c2;
                *vk = sum | (*vk & !mk);
            }
        }
        let mut zeros = 0;
        for (k, word) in v.iter().enumerate() {
            let bits = (self.len - k * 64).min(64);
            let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
            zeros += (!word & mask).count_ones() as usize;
        }
        zeros
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(a: &[u32], b: &[u32]) -> usize {
        let mut dp = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in (0..a.len()).rev() {
            for j in (0..b.len()).rev() {
                dp[i][j] = if a[i] == b[j] { dp[i + 1][j + 1] + 1 } else { dp[i + 1][j].max(dp[i][j + 1]) };
            }
        }
        dp[0][0]
    }

    proptest! {
        #[test]
        fn agrees_with_dynamic_programming(a in prop::collection::vec(0u32..6, 0..150), b in prop::collection::vec(0u32..6, 0..150)) {
            prop_assert_eq!(Pattern::new(&a).lcs_len(&b), naive(&a, &b));
            prop_assert_eq!(Pattern::new(&b).lcs_len(&a), naive(&a, &b));
        }
    }
}
