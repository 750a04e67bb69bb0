//! The formats layer: everything that goes in or out as bytes.
//!
//! In: the documents users open ([`textfile`] detects the kind and decodes
//! it: [`docx`], [`odt`], [`rtf`], [`html`], plain text in any encoding, read
//! with [`zip`] and [`xml`]). Out: the share link and saved work ([`share`],
//! its wire format in [`share::v1`]), what a link carries of the page's work
//! ([`session`]), exports (CSV, Markdown, W3C Web Annotation in [`export`]),
//! and [`qr`] codes for a link on the projector.
//!
//! Every format is its own type with explicit fields, never a serialisation
//! of in-memory structs, so a refactor below cannot silently break an old
//! link or file; committed test vectors pin them.
//!
//! ```
//! use andamal_core::formats::textfile::file_text;
//! assert_eq!(file_text("a.txt", b"F\xf6rbundets \xe4ndam\xe5l").unwrap(), "Förbundets ändamål");
//! ```
//!
//! Architecture invariant: this layer may use every layer below it
//! ([`crate::text`], [`crate::statute`], [`crate::diff`], [`crate::notes`]);
//! nothing below uses it.

pub mod docx;
pub mod export;
pub mod html;
pub mod odt;
pub mod qr;
pub mod rtf;
pub mod session;
pub mod share;
pub mod textfile;
pub mod xml;
pub mod zip;
