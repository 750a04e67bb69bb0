//! The statute layer: what a förbundsordning is made of, and where its
//! ändamål is.
//!
//! A pasted statute is only text; this layer reads it as Swedish statute
//! text: its vocabulary ([`vocab`]), its sentences ([`sentence`], which knows
//! "t.ex." and "3 kap. 1 §"), its headings ([`heading`]) and its sections
//! ([`structure`]). The [`finder`] ranks the sections that may be the ändamål
//! clause; [`found`] keeps what the page needs of that, [`selection`] which
//! part the user chose. [`address`] names a clause as lawyers cite it and
//! [`naming`] suggests a name for a side ("Umeåregionen 2019").
//!
//! ```
//! use andamal_core::{Span, statute::sentence::split};
//! let text = "Förbundet ska bl.a. stödja samverkan. Det gäller fr.o.m. 2019.";
//! assert_eq!(split(text, Span::new(0, text.len()), &[]).len(), 2);
//! ```
//!
//! Architecture invariant: this layer uses only [`crate::text`]; it knows
//! nothing of a second text, of diffs or of annotations.

pub mod address;
pub mod finder;
pub mod found;
pub mod furniture;
pub mod heading;
pub mod inline;
pub mod naming;
pub mod selection;
pub mod sentence;
pub mod structure;
pub mod vocab;
