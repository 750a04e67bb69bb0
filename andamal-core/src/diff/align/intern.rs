//! Interning: each side's tokens read once, their folded keys turned into
//! small integers shared by both sides (a [`KeyTable`]), and every sentence
//! prepared for cheap comparison (a sorted bag of keys for an upper bound, a
//! bit-parallel LCS pattern, and a hash of its folded text for identity).

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use rustc_hash::FxHasher;

use crate::diff::align::Clause;
use crate::diff::lcs::Pattern;
use crate::diff::word_diff::{KeyTable, Keyed};
use crate::text::normalize::Normalized;
use crate::text::token::{Token, tokenize};
use crate::{Folds, Span};

/// One side's tokens and their interned keys, held once for all its
/// sentences (each borrows its range) instead of a few vectors per sentence.
pub(super) struct SideTokens {
    pub(super) norm: Normalized,
    pub(super) tokens: Vec<Token>,
    pub(super) keys: Vec<u32>,
    /// Per sentence: its range of `tokens` and the hash of its folded text.
    pub(super) sentences: Vec<(Range<usize>, u64)>,
}

impl SideTokens {
    /// Normalises and tokenises the range the clauses cover once, then hands
    /// each sentence its tokens (no token crosses a sentence boundary: white
    /// space separates them; tokens outside every sentence are dropped).
    pub(super) fn read(text: &str, clauses: &[Clause], folds: Folds, table: &mut KeyTable) -> SideTokens {
        let norm = match (clauses.first(), clauses.last()) {
            (Some(first), Some(last)) => Normalized::of_range(text, Span::new(first.span.start, last.span.end), &[]),
            _ => Normalized::default(),
        };
        let mut tokens = tokenize(&norm);
        let mut keys = Vec::with_capacity(tokens.len());
        let mut sentences = Vec::with_capacity(clauses.len());
        let (mut read, mut kept) = (0, 0);
        for c in clauses {
            let start = kept;
            // Hash the folded text, not the interned ids: ids depend on which
            // side was read first, and tie-breaks must not.
            let mut h = FxHasher::default();
            while let Some(&t) = tokens.get(read).filter(|t| t.span.start < c.span.end) {
                read += 1;
                if t.span.start >= c.span.start {
                    let key = folds.key(t.norm.slice(norm.text()));
                    key.hash(&mut h);
                    keys.push(table.id_of_key(&key));
                    tokens[kept] = t;
                    kept += 1;
                }
            }
            sentences.push((start..kept, h.finish()));
        }
        tokens.truncate(kept);
        SideTokens { norm, tokens, keys, sentences }
    }

    pub(super) fn prepare(&self) -> Vec<Prepared<'_>> {
        self.sentences
            .iter()
            .map(|(range, hash)| {
                let keys = &self.keys[range.clone()];
                let mut bag = keys.to_vec();
                crate::text::order::sort(&mut bag);
                let pattern = Pattern::from_sorted(keys, bag.clone());
                let tokens = &self.tokens[range.clone()];
                Prepared { norm: self.norm.text(), tokens, keys, bag, words: keys.len(), pattern, hash: *hash }
            })
            .collect()
    }
}

/// A sentence prepared for comparison.
pub(super) struct Prepared<'s> {
    /// The side's normalised text, which the tokens index.
    pub(super) norm: &'s str,
    pub(super) tokens: &'s [Token],
    pub(super) keys: &'s [u32],
    /// Sorted word keys, for a cheap upper bound of the similarity.
    pub(super) bag: Vec<u32>,
    /// Tokens, as the similarity counts them.
    pub(super) words: usize,
    /// For fast LCS lengths against other sentences.
    pub(super) pattern: Pattern,
    pub(super) hash: u64,
}

impl Prepared<'_> {
    pub(super) fn keyed(&self) -> Keyed<'_> {
        Keyed { norm: self.norm, tokens: self.tokens, keys: self.keys }
    }
}

/// The tokens and keys of one or two sentences; borrowed when there is one
/// (the usual case), joined only for a split or merge.
pub(super) fn concat<'p>(p: &'p [Prepared<'_>], idx: &[usize]) -> (Cow<'p, [Token]>, Cow<'p, [u32]>) {
    if let [i] = idx {
        return (Cow::Borrowed(p[*i].tokens), Cow::Borrowed(p[*i].keys));
    }
    (
        Cow::Owned(idx.iter().flat_map(|&i| p[i].tokens.iter().copied()).collect()),
        Cow::Owned(idx.iter().flat_map(|&i| p[i].keys.iter().copied()).collect()),
    )
}
