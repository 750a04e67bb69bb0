//! Physical lines of a pasted text, in every line-break convention.
//!
//! PDF copies use `\n`, old Mac files `\r`, Windows `\r\n`, Word U+2028 and
//! pdftotext a form feed between pages; all end a line here.
//!
//! ```
//! use andamal_core::lines::lines;
//! let text = "a\r\nb\rc\u{2028}d";
//! let got: Vec<&str> = lines(text).iter().map(|l| l.span.slice(text)).collect();
//! assert_eq!(got, ["a", "b", "c", "d"]);
//! ```

use crate::Span;
use crate::normalize::{is_ignorable, is_line_break};

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
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_line_break(c) {
            out.push(make_line(text, Span::new(start, i), c == '\u{0C}'));
            let mut next = i + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
                next += 1;
            }
            start = next;
        }
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
