//! Byte ranges into the text the user pasted.
//!
//! Every position the core reports is a [`Span`] of UTF-8 byte offsets into the
//! *original* text, never into a normalised copy: what is shown, highlighted,
//! exported or shared is always the user's own text.
//!
//! ```
//! use andamal_core::Span;
//! let text = "4 § Ändamål";
//! let span = Span::new(text.find('Ä').unwrap(), text.len());
//! assert_eq!(span.slice(text), "Ändamål");
//! ```

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an original text.
///
/// Serialises as `[start, end]`, the form the command line and share format use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is clamped so that it is never before `start`.
    #[must_use]
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    #[must_use]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    #[must_use]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers; empty if the span does not fit `text`.
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    #[must_use]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Shrinks the span to exclude leading and trailing white space.
    #[must_use]
    pub fn trim(self, text: &str) -> Span {
        let inner = self.slice(text);
        let start = self.start + (inner.len() - inner.trim_start().len());
        let end = self.start + inner.trim_end().len();
        Span::new(start, end)
    }
}

impl From<[usize; 2]> for Span {
    fn from([start, end]: [usize; 2]) -> Span {
        Span::new(start, end)
    }
}

impl From<Span> for [usize; 2] {
    fn from(span: Span) -> [usize; 2] {
        [span.start, span.end]
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_inner_text() {
        let text = "  a b \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 5));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(2, 2));
    }

    #[test]
    fn slice_out_of_range_is_empty() {
        assert_eq!(Span::new(3, 10).slice("abc"), "");
        assert_eq!(Span::new(1, 2).slice("åb"), "");
    }
}

/// Converts a UTF-16 code-unit index (what the browser's text fields and
/// selections count) into a UTF-8 byte offset of the same text. Indices past
/// the end, or inside a surrogate pair, round down to a char boundary.
///
/// ```
/// use andamal_core::text::span::{utf16_to_byte, byte_to_utf16};
/// let text = "å😀b";
/// assert_eq!(utf16_to_byte(text, 1), 2); // after "å"
/// assert_eq!(utf16_to_byte(text, 3), 6); // after the emoji (two UTF-16 units)
/// assert_eq!(byte_to_utf16(text, 6), 3);
/// ```
#[must_use]
pub fn utf16_to_byte(text: &str, index: usize) -> usize {
    let mut units = 0;
    for (byte, c) in text.char_indices() {
        if units + c.len_utf16() > index {
            return byte;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Converts a UTF-8 byte offset into a UTF-16 code-unit index.
#[must_use]
pub fn byte_to_utf16(text: &str, byte: usize) -> usize {
    let mut end = byte.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].encode_utf16().count()
}

#[cfg(test)]
mod utf16_tests {
    use super::*;

    #[test]
    fn round_trips_on_every_boundary() {
        let text = "Ändamål\r\n😀 – ö";
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(utf16_to_byte(text, byte_to_utf16(text, byte)), byte);
        }
        // Inside a surrogate pair rounds down.
        let emoji_at = text.find('😀').unwrap();
        assert_eq!(utf16_to_byte(text, byte_to_utf16(text, emoji_at) + 1), emoji_at);
    }
}
