//! Cutting a stretch of text at every edge of several overlapping marks.
//!
//! A sentence on screen carries word changes, annotations, suggestions and the
//! span being edited at once, and they overlap freely. The view renders it as
//! a row of segments, each covered by a fixed set of marks, so every layer can
//! be drawn without nesting rules.
//!
//! ```
//! use andamal_core::{Span, text::overlay::segments};
//! let marks = [Span::new(2, 6), Span::new(4, 9)];
//! let cut: Vec<(Span, Vec<usize>)> = segments(Span::new(0, 10), &marks).into_iter().map(|s| (s.span, s.marks)).collect();
//! assert_eq!(cut, [
//!     (Span::new(0, 2), vec![]),
//!     (Span::new(2, 4), vec![0]),
//!     (Span::new(4, 6), vec![0, 1]),
//!     (Span::new(6, 9), vec![1]),
//!     (Span::new(9, 10), vec![]),
//! ]);
//! ```

use crate::Span;

/// A piece of the stretch and the indices of the marks covering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Indices into the marks passed in, ascending.
    pub marks: Vec<usize>,
}

/// Cuts `within` at every mark edge inside it; the segments cover `within`
/// exactly, in order, none empty. Empty marks and marks outside `within` cut nothing.
#[must_use]
pub fn segments(within: Span, marks: &[Span]) -> Vec<Segment> {
    let mut edges = vec![within.start, within.end];
    for m in marks.iter().filter(|m| !m.is_empty()) {
        for edge in [m.start, m.end] {
            if within.start < edge && edge < within.end {
                edges.push(edge);
            }
        }
    }
    crate::text::order::sort(&mut edges);
    edges.dedup();
    edges
        .windows(2)
        .map(|w| {
            let span = Span::new(w[0], w[1]);
            let marks = marks.iter().enumerate().filter(|(_, m)| m.contains(span)).map(|(i, _)| i).collect();
            Segment { span, marks }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_outside_marks_do_not_cut() {
        let cut = segments(Span::new(5, 10), &[Span::new(0, 3), Span::new(7, 7), Span::new(0, 20)]);
        assert_eq!(cut, [Segment { span: Span::new(5, 10), marks: vec![2] }]);
    }

    #[test]
    fn an_empty_stretch_has_no_segments() {
        assert!(segments(Span::new(4, 4), &[Span::new(0, 9)]).is_empty());
    }
}
