//! The text layer: the user's own text and the ways of looking at it that
//! matching needs, with no idea yet that it is a statute.
//!
//! Everything above works in [`span::Span`]s of UTF-8 byte offsets into the
//! text the user gave; this layer makes that possible. Normalisation
//! ([`normalize`], [`fold`], [`case`], [`latin`]) produces keys for matching
//! and maps every position back to the original, so what is shown is never
//! the normalised copy.
//!
//! * [`span`]: byte ranges into the pasted text.
//! * [`lines`]: physical lines in every line-break convention.
//! * [`normalize`]: the matching copy of a text, with a map back to it.
//! * [`latin`]: generated tables of Latin letters and combining marks.
//! * [`case`]: lower and upper case without std's Unicode tables.
//! * [`fold`]: the folds a user can turn on (case, diacritics, OCR confusions).
//! * [`token`]: words, numbers and punctuation as spans.
//! * [`order`]: one shared sort for the whole program.
//! * [`swedish`]: Swedish alphabetical order.
//! * [`wordwise`]: widening and narrowing a span word by word.
//! * [`overlay`]: cutting a text at every edge of overlapping marks.
//!
//! ```
//! use andamal_core::text::{normalize::Normalized, token::tokenize};
//! let pasted = "Förbundets  ändamål";
//! let tokens = tokenize(&Normalized::new(pasted, &[]));
//! assert_eq!(tokens[1].span.slice(pasted), "ändamål");
//! ```
//!
//! Architecture invariant: this layer uses nothing else in the crate; every
//! other layer may use it.

pub mod case;
pub mod fold;
pub mod latin;
pub mod lines;
pub mod normalize;
pub mod order;
pub mod overlay;
pub mod span;
pub mod swedish;
pub mod token;
pub mod wordwise;
