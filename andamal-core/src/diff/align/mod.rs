//! Sentence alignment of two ändamål sections: which sentence became which.
//!
//! Identical sentences are matched first by hashing their folded tokens; the
//! in-order ones (a longest increasing subsequence) become anchors, and only
//! the sentences between two anchors are scored against each other, so whole
//! documents stay fast. Left-over sentences are then compared across gaps to
//! find moves. A pair out of order relative to the others is *moved* (one
//! move, not a delete plus an insert). Adjacent sentences that together match
//! one sentence on the other side are a split or a merge. Every tie is broken
//! by a key that does not depend on which side is A, so swapping the texts
//! mirrors the result.
//!
//! ```
//! use andamal_core::{Folds, Span, diff::align::{align, PairKind}};
//! let a = "Förbundet ska stödja samverkan. Det gäller alla.";
//! let b = "Det gäller alla. Förbundet ska stödja samverkan mellan parterna.";
//! let al = align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None);
//! let kinds: Vec<PairKind> = al.pairs.iter().map(|p| p.kind).collect();
//! assert_eq!(kinds, [PairKind::Equal, PairKind::Moved]);
//! ```

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::diff::word_diff::{KeyTable, WordDiff};
use crate::statute::address::Address;
use crate::statute::structure::Document;
use crate::{Folds, Span};

mod chain;
mod clause;
mod intern;
mod matching;
mod rows;
mod splits;

pub use clause::{clauses, clauses_in};
pub(crate) use matching::bag_overlap;

use intern::SideTokens;
use matching::Matcher;
use rows::build;
use splits::attach_splits;

/// Two sentences this similar (or more) may be paired.
pub const PAIR_THRESHOLD: f64 = 0.45;

/// What happened to a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PairKind {
    Equal,
    Changed,
    Moved,
    Added,
    Removed,
}

impl PairKind {
    /// The kind seen from the other side (A and B swapped).
    #[must_use]
    pub fn mirrored(self) -> PairKind {
        match self {
            PairKind::Added => PairKind::Removed,
            PairKind::Removed => PairKind::Added,
            other => other,
        }
    }
}

/// One sentence of a compared section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    pub span: Span,
    pub address: Address,
}

/// One row of the alignment: sentences of A and of B that correspond.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub kind: PairKind,
    /// Indices into [`Alignment::a`]; two for a merge, none when added.
    pub a: Vec<usize>,
    /// Indices into [`Alignment::b`]; two for a split, none when removed.
    pub b: Vec<usize>,
    pub similarity: f64,
    /// The word diff; `None` for added and removed sentences.
    pub diff: Option<WordDiff>,
}

/// The alignment of two sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    pub a: Vec<Clause>,
    pub b: Vec<Clause>,
    /// In B's reading order; a removed sentence right after the pair holding
    /// the nearest earlier A sentence that did not move.
    pub pairs: Vec<Pair>,
    /// The similarity of the whole sections (same formula as for a pair).
    pub similarity: f64,
    /// A word diff hit its deadline.
    pub timed_out: bool,
}

impl Alignment {
    /// Counts pairs of a kind.
    #[must_use]
    pub fn count(&self, kind: PairKind) -> usize {
        self.pairs.iter().filter(|p| p.kind == kind).count()
    }
}

/// Aligns the sentences of `a[span_a]` and `b[span_b]`.
#[must_use]
pub fn align(a: &str, span_a: Span, b: &str, span_b: Span, folds: Folds, deadline: Option<Duration>) -> Alignment {
    align_numbered(a, span_a, None, b, span_b, None, folds, deadline)
}

/// [`align`], with the section numbers the clause addresses use.
#[allow(clippy::too_many_arguments)]
#[must_use]
pub fn align_numbered(
    a: &str,
    span_a: Span,
    number_a: Option<&str>,
    b: &str,
    span_b: Span,
    number_b: Option<&str>,
    folds: Folds,
    deadline: Option<Duration>,
) -> Alignment {
    align_sides(
        Input { text: a, span: span_a, number: number_a, document: None },
        Input { text: b, span: span_b, number: number_b, document: None },
        folds,
        deadline,
    )
}

/// One side of a comparison: the text, the compared range, its section
/// number, and the document the finder parsed (reused when it fits).
#[derive(Debug, Clone, Copy)]
pub struct Input<'t> {
    pub text: &'t str,
    pub span: Span,
    pub number: Option<&'t str>,
    pub document: Option<&'t Document>,
}

/// Aligns two sides.
#[must_use]
pub fn align_sides(a: Input<'_>, b: Input<'_>, folds: Folds, deadline: Option<Duration>) -> Alignment {
    let ca = clauses_in(a.document, a.text, a.span, a.number, folds.ocr);
    let cb = clauses_in(b.document, b.text, b.span, b.number, folds.ocr);
    let (a, b) = (a.text, b.text);
    let mut table = KeyTable::default();
    let ta = SideTokens::read(a, &ca, folds, &mut table);
    let tb = SideTokens::read(b, &cb, folds, &mut table);
    let (pa, pb) = (ta.prepare(), tb.prepare());
    let mut matcher =
        Matcher { pa: &pa, pb: &pb, folds, deadline, a_of_b: vec![None; pb.len()], b_of_a: vec![None; pa.len()] };
    matcher.match_identical();
    matcher.match_gaps();
    matcher.match_leftovers();
    let links = matcher.links();
    let links = attach_splits(&pa, &pb, links, &matcher, folds, deadline);
    build(ca, cb, &pa, &pb, links, folds, deadline)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(a: &str, b: &str) -> Vec<PairKind> {
        align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None)
            .pairs
            .iter()
            .map(|p| p.kind)
            .collect()
    }

    #[test]
    fn added_and_removed() {
        assert_eq!(kinds("Ett två tre. Fyra fem sex.", "Ett två tre."), [PairKind::Equal, PairKind::Removed]);
        assert_eq!(kinds("Ett två tre.", "Ny mening här. Ett två tre."), [PairKind::Added, PairKind::Equal]);
    }

    #[test]
    fn unrelated_texts_pair_nothing() {
        let k = kinds("Förbundet ska stödja samverkan.", "Kommunen bygger vägar i staden.");
        // A removed sentence with no earlier anchor comes first.
        assert_eq!(k, [PairKind::Removed, PairKind::Added]);
    }

    #[test]
    fn split_sentence() {
        let a = "Förbundet ska stödja samverkan mellan parterna och finansiera insatser för individer.";
        let b = "Förbundet ska stödja samverkan mellan parterna. Det ska finansiera insatser för individer.";
        let al = align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None);
        assert_eq!(al.pairs.len(), 1);
        assert_eq!(al.pairs[0].b.len(), 2);
        assert_eq!(al.pairs[0].kind, PairKind::Changed);
    }
}
