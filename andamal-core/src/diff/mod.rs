//! The diff layer: statutes side by side, and precisely how they diverge.
//!
//! Given the chosen ranges of two texts, [`align`] cuts each into clauses
//! (sentences with their addresses) and pairs them: equal, changed, moved,
//! added, removed, split and merged. [`word_diff`] shows the changed words
//! inside a pair, on top of [`lcs`]. [`comparison`] is the whole pipeline for
//! two stored texts (find, choose, align) that the command line, the exports
//! and the share format call. [`landscape`] groups the ändamål sentences of
//! many förbund into formulations; [`statute_diff`] pairs two whole
//! förbundsordningar § by §. [`side`] names the two texts, A and B.
//!
//! ```
//! use andamal_core::{Folds, Span, diff::align::{align, PairKind}};
//! let (a, b) = ("Förbundet ska stödja samverkan.", "Förbundet ska främja samverkan.");
//! let al = align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None);
//! assert_eq!(al.pairs[0].kind, PairKind::Changed);
//! ```
//!
//! Architecture invariant: this layer uses only [`crate::text`] and
//! [`crate::statute`]; it knows nothing of notes, themes or formats.

pub mod align;
pub mod comparison;
pub mod landscape;
pub mod lcs;
pub mod likeness_tree;
pub mod side;
pub mod statute_diff;
pub mod word_diff;
