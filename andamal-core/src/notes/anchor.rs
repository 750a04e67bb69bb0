//! Anchors that survive edits: an annotation remembers its quote with some
//! context and its position, as W3C Web Annotation's TextQuoteSelector and
//! TextPositionSelector do. When the text changes, it is found again by
//! position if the quote is still there, else by its quote and context;
//! what cannot be found is reported as loose, never silently moved or dropped.
//!
//! ```
//! use andamal_core::{Span, notes::anchor::Anchor};
//! let old = "Förbundet ska stödja samverkan.";
//! let at = old.find("stödja").unwrap();
//! let anchor = Anchor::new(old, Span::new(at, at + "stödja".len()));
//! let new = "Samordningsförbundet ska alltid stödja samverkan.";
//! let span = anchor.resolve(new).unwrap();
//! assert_eq!(span.slice(new), "stödja");
//! assert_eq!(anchor.resolve("Något helt annat."), None);
//! ```

use serde::{Deserialize, Serialize};

use crate::Span;

/// How much context is kept on each side of the quote (bytes, at char boundaries).
pub const CONTEXT: usize = 32;

/// A quote with context and its position in the text it was made on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// TextQuoteSelector `exact`.
    pub exact: String,
    /// TextQuoteSelector `prefix`.
    pub prefix: String,
    /// TextQuoteSelector `suffix`.
    pub suffix: String,
    /// TextPositionSelector, in UTF-8 bytes of the stored text.
    pub position: Span,
}

impl Anchor {
    /// Anchors `span` of `text` (clamped to char boundaries).
    #[must_use]
    pub fn new(text: &str, span: Span) -> Anchor {
        let span = Span::new(floor(text, span.start), floor(text, span.end));
        let prefix_start = floor(text, span.start.saturating_sub(CONTEXT));
        let suffix_end = floor(text, (span.end + CONTEXT).min(text.len()));
        Anchor {
            exact: span.slice(text).to_owned(),
            prefix: text[prefix_start..span.start].to_owned(),
            suffix: text[span.end..suffix_end].to_owned(),
            position: span,
        }
    }

    /// Where the quote is in `text` now, or `None` if it is gone.
    #[must_use]
    pub fn resolve(&self, text: &str) -> Option<Span> {
        if self.exact.is_empty() {
            return None;
        }
        // Unchanged at its old position.
        if text.get(self.position.start..self.position.end) == Some(self.exact.as_str()) {
            return Some(self.position);
        }
        // Otherwise the occurrence whose context matches best, then the nearest.
        text.match_indices(self.exact.as_str()).map(|(at, _)| Span::new(at, at + self.exact.len())).max_by_key(|span| {
            let score = context_score(text, *span, &self.prefix, &self.suffix);
            (score, std::cmp::Reverse(span.start.abs_diff(self.position.start)))
        })
    }
}

/// How many bytes of context agree next to a candidate occurrence.
fn context_score(text: &str, span: Span, prefix: &str, suffix: &str) -> usize {
    let before = &text[..span.start];
    let after = &text[span.end..];
    let common_suffix = before.bytes().rev().zip(prefix.bytes().rev()).take_while(|(a, b)| a == b).count();
    let common_prefix = after.bytes().zip(suffix.bytes()).take_while(|(a, b)| a == b).count();
    common_suffix + common_prefix
}

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Counts the Unicode code points before a byte offset: W3C Web Annotation's
/// TextPositionSelector counts code points, the core counts bytes.
#[must_use]
pub fn code_points(text: &str, byte: usize) -> usize {
    text[..floor(text, byte)].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_picks_the_right_repeat() {
        let old = "ska stödja A. ska stödja B.";
        let at = old.rfind("stödja").unwrap();
        let second = Anchor::new(old, Span::new(at, at + "stödja".len()));
        assert_eq!(second.exact, "stödja");
        let new = "Nytt: ska stödja A. ska stödja B.";
        let span = second.resolve(new).unwrap();
        assert_eq!(&new[span.end..span.end + 2], " B");
    }

    #[test]
    fn code_point_offsets() {
        assert_eq!(code_points("åäö x", "åäö".len()), 3);
        assert_eq!(code_points("😀a", 4), 1);
    }
}
