//! The text the finder reads: the pasted text with what a reader does not
//! see taken out, and a map back.
//!
//! Copies from PDFs and web pages carry soft hyphens, zero-width characters,
//! byte order marks and no-break spaces, and words hyphenated across a line
//! break ("änd-" / "amål"). A reader sees through them; word matching does
//! not. The finder therefore parses a cleaned copy in which they are gone
//! (and hyphenated line ends joined), keeping lines otherwise as they are,
//! and maps every span it reports back to the pasted text. Nothing here is
//! for display: offsets leave this module as offsets into the user's text.
//!
//! ```
//! use andamal_core::statute::finder::reading::Reading;
//! let pasted = "4 § Förbundets änd-\namål\nFörbundets\u{ad} ändamål är att stödja.";
//! let r = Reading::new(pasted);
//! assert_eq!(r.text(), "4 § Förbundets ändamål\nFörbundets ändamål är att stödja.");
//! let at = r.text().find("stödja").unwrap();
//! let span = r.original_span(andamal_core::Span::new(at, at + "stödja".len()));
//! assert_eq!(span.slice(pasted), "stödja");
//! ```

use std::borrow::Cow;

use crate::text::normalize::is_ignorable;

/// A cleaned copy of a text, or the text itself when nothing needed cleaning.
pub struct Reading<'t> {
    source: &'t str,
    text: Cow<'t, str>,
    /// For each byte of the copy (and one past its end), the original offset;
    /// empty when the copy is the text itself.
    origin: Vec<usize>,
}

impl<'t> Reading<'t> {
    #[must_use]
    pub fn new(text: &'t str) -> Reading<'t> {
        if !needs_cleaning(text) {
            return Reading { source: text, text: Cow::Borrowed(text), origin: Vec::new() };
        }
        let mut out = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_ignorable(c) {
                continue;
            }
            if c == '\u{a0}' || c == '\u{202f}' || c == '\u{2007}' {
                out.push(' ');
                origin.push(i);
                continue;
            }
            if c == '-' && out.chars().next_back().is_some_and(char::is_alphabetic) {
                // "änd-" at a line end, "amål" starting the next: one word.
                let rest = &text[i + 1..];
                let br = if rest.starts_with("\r\n") {
                    2
                } else if rest.starts_with('\n') || rest.starts_with('\r') {
                    1
                } else {
                    0
                };
                if br > 0 && rest[br..].trim_start_matches([' ', '\t']).starts_with(|n: char| n.is_lowercase()) {
                    let skip = br + (rest[br..].len() - rest[br..].trim_start_matches([' ', '\t']).len());
                    for _ in 0..skip {
                        chars.next();
                    }
                    continue;
                }
            }
            out.push(c);
            origin.extend(i..i + c.len_utf8());
        }
        origin.push(text.len());
        Reading { source: text, text: Cow::Owned(out), origin }
    }

    /// Whether the copy differs from the text.
    #[must_use]
    pub fn is_copy(&self) -> bool {
        !self.origin.is_empty()
    }

    /// The cleaned copy.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original offset of a copy offset.
    #[must_use]
    pub fn original(&self, at: usize) -> usize {
        if self.origin.is_empty() { at } else { self.origin[at.min(self.origin.len() - 1)] }
    }

    /// The original range of a copy range: from its first character's
    /// origin to the end of its last character's.
    #[must_use]
    pub fn original_span(&self, span: crate::Span) -> crate::Span {
        if self.origin.is_empty() {
            return span;
        }
        let start = self.origin[span.start.min(self.origin.len() - 1)];
        if span.is_empty() {
            return crate::Span::new(start, start);
        }
        let mut last = self.origin[span.end - 1];
        while !self.source.is_char_boundary(last) {
            last -= 1;
        }
        let end = last + self.source[last..].chars().next().map_or(0, char::len_utf8);
        crate::Span::new(start, end.max(start))
    }
}

/// Whether anything in `text` would be cleaned: a quick byte scan.
fn needs_cleaning(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(2).any(|w| matches!(w, [0xC2, 0xA0 | 0xAD] | [0xE2, 0x80 | 0x81] | [0xEF, 0xBB] | [b'-', b'\n' | b'\r']))
}
