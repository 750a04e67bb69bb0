//! Physical lines of a pasted text, in every line-break convention.
//!
//! PDF copies use `\n`, old Mac files `\r`, Windows `\r\n`, Word U+2028 and
//! pdftotext a form feed between pages; all end a line here.
//!
//! ```
//! use andamal_core::text::lines::lines;
//! let text = "a\r\nb\rc\u{2028}d";
//! let got: Vec<&str> = lines(text).iter().map(|l| l.span.slice(text)).collect();
//! assert_eq!(got, ["a", "b", "c", "d"]);
//! ```

use crate::Span;
use crate::text::normalize::is_ignorable;

/// One physical line, without its terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub span: Span,
    /// The line has no visible character.
    pub blank: bool,
    /// A form feed (page break) ended the line.
    pub page_break: bool,
}

/// Splits `text` into lines.
#[must_use]
pub fn lines(text: &str) -> Vec<Line> {
    // Scans bytes: every line break is ASCII or one fixed UTF-8 sequence, and
    // ASCII bytes never occur inside a multi-byte character.
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let len = match bytes[i] {
            b'\n' | b'\r' | 0x0B | 0x0C => 1,
            // U+0085
            0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
            // U+2028, U+2029
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(make_line(text, Span::new(start, i), bytes[i] == 0x0C));
        let mut next = i + len;
        if bytes[i] == b'\r' && bytes.get(next) == Some(&b'\n') {
            next += 1;
        }
        start = next;
        i = next;
    }
    if start < text.len() {
        out.push(make_line(text, Span::new(start, text.len()), false));
    }
    out
}

fn make_line(text: &str, span: Span, page_break: bool) -> Line {
    let blank = span.slice(text).chars().all(|c| c.is_whitespace() || is_ignorable(c));
    Line { span, blank, page_break }
}

/// The line's text without surrounding white space.
#[must_use]
pub fn trimmed(text: &str, line: &Line) -> Span {
    line.span.trim(text)
}
