//! Widening and narrowing a span word by word.
//!
//! Selecting text over diff markup is unreliable on touch screens, so the app
//! lets a user tap a sentence and then move either end of the span one word
//! at a time. Words are runs of letters and digits (and `§`); whatever lies
//! between them is skipped.
//!
//! ```
//! use andamal_core::{Span, text::wordwise::{Edge, snap, step}};
//! let text = "ska vara en arena för samverkan.";
//! let arena = snap(text, Span::new(13, 15));
//! assert_eq!(arena.slice(text), "arena");
//! assert_eq!(step(text, arena, Edge::End, true).slice(text), "arena för");
//! assert_eq!(step(text, arena, Edge::Start, true).slice(text), "en arena");
//! assert_eq!(step(text, arena, Edge::End, false), arena, "never narrower than one word");
//! ```

use crate::Span;

/// Which end of a span moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    End,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '§' || crate::text::latin::is_combining_mark(c)
}

/// Widens a span to whole words and trims the space around it: what a drag
/// that started or ended inside a word meant.
#[must_use]
pub fn snap(text: &str, span: Span) -> Span {
    let mut start = floor(text, span.start.min(text.len()));
    let mut end = floor(text, span.end.min(text.len())).max(start);
    while text[start..end].starts_with(|c: char| c.is_whitespace()) {
        start += text[start..].chars().next().map_or(0, char::len_utf8);
    }
    while text[start..end].ends_with(|c: char| c.is_whitespace()) {
        end -= text[..end].chars().next_back().map_or(0, char::len_utf8);
    }
    if start == end {
        return Span::new(start, end);
    }
    start = back_over(text, start, is_word);
    end = forward_over(text, end, is_word);
    Span::new(start, end)
}

/// Moves one end of `span` by one word: outwards when `widen`, else inwards.
/// A span never becomes empty and never leaves `text`.
#[must_use]
pub fn step(text: &str, span: Span, edge: Edge, widen: bool) -> Span {
    let span = Span::new(floor(text, span.start.min(text.len())), floor(text, span.end.min(text.len())));
    let not_word = |c: char| !is_word(c);
    match (edge, widen) {
        (Edge::End, true) => {
            let next = forward_over(text, forward_over(text, span.end, not_word), is_word);
            Span::new(span.start, next)
        }
        (Edge::Start, true) => {
            let previous = back_over(text, back_over(text, span.start, not_word), is_word);
            Span::new(previous, span.end)
        }
        (Edge::End, false) => {
            let word_start = back_over(text, back_over(text, span.end, not_word), is_word);
            let end = back_over(text, word_start, not_word);
            if end > span.start { Span::new(span.start, end) } else { span }
        }
        (Edge::Start, false) => {
            let word_end = forward_over(text, forward_over(text, span.start, not_word), is_word);
            let start = forward_over(text, word_end, not_word);
            if start < span.end { Span::new(start, span.end) } else { span }
        }
    }
}

fn forward_over(text: &str, mut at: usize, class: impl Fn(char) -> bool) -> usize {
    for c in text[at..].chars() {
        if !class(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

fn back_over(text: &str, mut at: usize, class: impl Fn(char) -> bool) -> usize {
    for c in text[..at].chars().rev() {
        if !class(c) {
            break;
        }
        at -= c.len_utf8();
    }
    at
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Förbundet ska, enligt 4 §, stödja samverkan.";

    fn span_of(word: &str) -> Span {
        let at = TEXT.find(word).unwrap();
        Span::new(at, at + word.len())
    }

    #[test]
    fn snaps_a_ragged_drag_to_words() {
        let ragged = Span::new(span_of("ska").start + 1, span_of("enligt").start + 2);
        assert_eq!(snap(TEXT, ragged).slice(TEXT), "ska, enligt");
        assert_eq!(snap(TEXT, Span::new(10, 11)), Span::new(11, 11), "white space only");
    }

    #[test]
    fn widens_and_narrows_over_punctuation_and_section_signs() {
        let s = span_of("enligt");
        let s = step(TEXT, s, Edge::End, true);
        assert_eq!(s.slice(TEXT), "enligt 4");
        let s = step(TEXT, s, Edge::End, true);
        assert_eq!(s.slice(TEXT), "enligt 4 §");
        let s = step(TEXT, s, Edge::Start, true);
        assert_eq!(s.slice(TEXT), "ska, enligt 4 §");
        let s = step(TEXT, s, Edge::Start, false);
        assert_eq!(s.slice(TEXT), "enligt 4 §");
        let s = step(TEXT, s, Edge::End, false);
        assert_eq!(s.slice(TEXT), "enligt 4");
    }

    #[test]
    fn stays_inside_the_text() {
        let all = Span::new(0, TEXT.len());
        assert_eq!(step(TEXT, all, Edge::End, true), all);
        assert_eq!(step(TEXT, all, Edge::Start, true), all);
        let last = span_of("samverkan");
        assert_eq!(step(TEXT, last, Edge::Start, false), last);
    }
}
