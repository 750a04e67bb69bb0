//! The notes layer: what people say about a comparison.
//!
//! Workshops annotate clauses by theme and leave notes on changes. An
//! annotation is kept by an [`anchor`] that survives edits of the text; the
//! [`notebook`] holds every annotation, pair note, custom theme and rejected
//! suggestion as one immutable value, whose earlier versions [`history`]
//! keeps for undo. [`themes`] is the catalogue of built-in themes and the
//! suggestions made from their vocabulary; [`theme_ref`] how an annotation
//! names one; [`matrix`] where each side addresses a theme and whether
//! the wording differs there; [`pending`] which theme suggestions the
//! workshop has not yet accepted or rejected; [`work`] the texts, choices
//! and notebook together, as the page holds them and a session packs them.
//!
//! ```
//! use andamal_core::{Span, diff::side::Side, notes::notebook::Notebook, notes::theme_ref::ThemeRef};
//! let text = "Förbundet ska vara en arena för samverkan.";
//! let mut book = Notebook::default();
//! let at = text.find("arena").unwrap();
//! book.annotate(Side::A, text, Span::new(at, at + 5), vec![ThemeRef::BuiltIn("arena")], String::new());
//! assert_eq!(book.annotations.len(), 1);
//! ```
//!
//! Architecture invariant: this layer uses [`crate::text`], [`crate::statute`]
//! and [`crate::diff`], never a format: how notes travel in a link or a file
//! is [`crate::formats`]'s business.

pub mod anchor;
pub mod history;
pub mod matrix;
pub mod notebook;
pub mod pending;
pub mod theme_ref;
pub mod themes;
pub mod work;
