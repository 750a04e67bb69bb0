//! The pure core of Ändamålsjämföraren.
//!
//! Everything that can be computed without a browser lives here, in layers
//! that each build on the ones before:
//!
//! 1. [`text`]: the pasted text itself — spans, lines, normalisation for
//!    matching, case and folds, tokens, Swedish order, word steps, overlays.
//! 2. [`statute`]: what a förbundsordning is made of — its vocabulary,
//!    sentences, headings and sections, and the finder that picks the
//!    ändamål section.
//! 3. [`diff`]: two (or many) statutes side by side — alignment of clauses,
//!    word diff, the comparison pipeline, the landscape, § by § diff.
//! 4. [`notes`]: what people say about a comparison — anchored annotations,
//!    themes, undo history, the theme matrix, pending suggestions.
//! 5. [`formats`]: what goes in and out — share links, saved work, exports,
//!    the documents users open (Word, ODT, RTF, HTML, text), QR codes.
//!
//! Beside them, [`sample`] (the shipped example texts), [`synth`] (generated
//! statutes for tests and benchmarks), [`bench`] and [`cli`] (the `andamal`
//! command line), in that order.
//!
//! Architecture invariant: a module uses only its own layer and the layers
//! above it in this list (`text < statute < diff < notes < formats < sample <
//! synth < bench < cli`); `tests/architecture.rs` checks every `crate::` path.
//!
//! Architecture invariant: this crate never depends on a web crate, and every
//! offset it reports is a UTF-8 byte offset into the text the user pasted.

pub mod diff;
pub mod formats;
pub mod notes;
pub mod statute;
pub mod text;

pub mod bench;
pub mod cli;
pub mod sample;
pub mod synth;

pub use text::fold::Folds;
pub use text::span::Span;
