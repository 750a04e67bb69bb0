//! The pure core of Ändamålsjämföraren.
//!
//! Everything that can be computed without a browser lives here: normalisation
//! for matching ([`normalize`], [`fold`]), tokens and word diff ([`token`],
//! [`word_diff`]). The Yew app and the `andamal` command line are thin shells
//! over this crate.
//!
//! Architecture invariant: this crate never depends on a web crate, and every
//! offset it reports is a UTF-8 byte offset into the text the user pasted.

pub mod address;
pub mod align;
pub mod anchor;
pub mod bench;
pub mod case;
pub mod cli;
pub mod comparison;
pub mod docx;
pub mod export;
pub mod finder;
pub mod fold;
pub mod found;
pub mod heading;
pub mod history;
pub mod html;
pub mod landscape;
pub mod latin;
pub mod lcs;
pub mod lines;
pub mod matrix;
pub mod naming;
pub mod normalize;
pub mod notebook;
pub mod odt;
pub mod order;
pub mod overlay;
pub mod qr;
pub mod rtf;
pub mod sample;
pub mod selection;
pub mod sentence;
pub mod session;
pub mod share;
pub mod span;
pub mod statute_diff;
pub mod structure;
pub mod swedish;
pub mod synth;
pub mod textfile;
pub mod themes;
pub mod token;
pub mod vocab;
pub mod word_diff;
pub mod wordwise;
pub mod work;
pub mod xml;
pub mod zip;

pub use fold::Folds;
pub use span::Span;
