//! Which theme suggestions are still pending: what the lexicon proposes
//! inside the compared sections, less what the workshop already decided.
//!
//! A suggestion is decided when an annotation on its side with its theme
//! overlaps it (accepted), when the user turned that theme down there
//! (rejected, found again by its anchor after edits), or when the theme is
//! hidden. The page lists the rest; accepting or rejecting one changes the
//! notebook, so the list is recomputed from it, never kept beside it.
//!
//! ```
//! use andamal_core::{Span, diff::side::Side, notes::notebook::Notebook, notes::pending::pending};
//! let text = "Förbundet ska vara en arena för samverkan.";
//! let whole = Span::new(0, text.len());
//! let book = Notebook::default();
//! let proposals = pending(&book, &book.place([text, ""]), [text, ""], [whole, Span::new(0, 0)]);
//! assert!(proposals.iter().all(|p| p.side == Side::A));
//! ```

use crate::Span;
use crate::diff::side::Side;
use crate::notes::notebook::{Notebook, Placement};
use crate::notes::theme_ref::ThemeRef;
use crate::notes::themes::suggest;

/// Themes are suggested in compared ranges up to this size: a range this
/// large is a whole document, not an ändamål clause, and suggesting themes
/// all over it would only slow typing.
pub const MAX_SUGGESTED_BYTES: usize = 100_000;

/// A theme suggested for a span of one side, as accepted or rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposal {
    pub side: Side,
    pub theme: &'static str,
    pub span: Span,
}

/// The suggestions in each side's compared `spans` of `texts` that the
/// notebook has not decided, A's first, each side's in the lexicon's order.
/// `placement` is `book.place(texts)`.
#[must_use]
pub fn pending(book: &Notebook, placement: &Placement, texts: [&str; 2], spans: [Span; 2]) -> Vec<Proposal> {
    let mut out = Vec::new();
    for side in Side::BOTH {
        if spans[side.index()].len() > MAX_SUGGESTED_BYTES {
            continue;
        }
        for s in suggest(texts[side.index()], spans[side.index()]) {
            let span = Span::new(s.start, s.end);
            let taken = book.annotations.iter().any(|a| {
                a.side == side
                    && a.themes.contains(&ThemeRef::BuiltIn(s.theme))
                    && placement.annotation(a.id).is_some_and(|at| at.start < span.end && span.start < at.end)
            });
            if !taken && !placement.is_rejected(side, s.theme, span) && !book.hidden.contains(&s.theme) {
                out.push(Proposal { side, theme: s.theme, span });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Förbundet ska vara en arena för samverkan och stödja rehabilitering.";

    fn whole(text: &str) -> Span {
        Span::new(0, text.len())
    }

    fn proposals(book: &Notebook, texts: [&str; 2]) -> Vec<Proposal> {
        pending(book, &book.place(texts), texts, [whole(texts[0]), whole(texts[1])])
    }

    fn themes(found: &[Proposal], side: Side) -> Vec<&'static str> {
        found.iter().filter(|p| p.side == side).map(|p| p.theme).collect()
    }

    #[test]
    fn every_suggestion_is_pending_until_decided_on_both_sides() {
        let book = Notebook::default();
        let found = proposals(&book, [TEXT, TEXT]);
        let a = themes(&found, Side::A);
        assert!(!a.is_empty(), "the lexicon suggests something in {TEXT:?}");
        assert_eq!(a, themes(&found, Side::B));
        assert!(found.iter().all(|p| p.span.slice(TEXT).len() > 2));
    }

    #[test]
    fn an_overlapping_annotation_with_the_theme_accepts_it_on_its_side_only() {
        let mut book = Notebook::default();
        let before = proposals(&book, [TEXT, TEXT]);
        let first = before[0];
        book.annotate(first.side, TEXT, first.span, vec![ThemeRef::BuiltIn(first.theme)], String::new());
        let after = proposals(&book, [TEXT, TEXT]);
        assert!(!after.contains(&first));
        assert!(after.contains(&Proposal { side: first.side.other(), ..first }));
        assert_eq!(after.len(), before.len() - 1);
    }

    #[test]
    fn an_annotation_with_another_theme_or_elsewhere_decides_nothing() {
        let mut book = Notebook::default();
        let before = proposals(&book, [TEXT, TEXT]);
        let first = before[0];
        let other = if first.theme == "arena" { "samverkan" } else { "arena" };
        book.annotate(first.side, TEXT, first.span, vec![ThemeRef::BuiltIn(other)], String::new());
        let end = TEXT.len();
        book.annotate(first.side, TEXT, Span::new(end - 1, end), vec![ThemeRef::BuiltIn(first.theme)], String::new());
        let after = proposals(&book, [TEXT, TEXT]);
        assert!(after.contains(&first), "{after:?}");
    }

    #[test]
    fn a_rejection_and_a_hidden_theme_remove_it() {
        let mut book = Notebook::default();
        let first = proposals(&book, [TEXT, TEXT])[0];
        book.reject(first.side, first.theme, TEXT, first.span);
        let after = proposals(&book, [TEXT, TEXT]);
        assert!(!after.contains(&first));
        assert!(after.contains(&Proposal { side: first.side.other(), ..first }));
        book.hidden.push(first.theme);
        assert!(proposals(&book, [TEXT, TEXT]).iter().all(|p| p.theme != first.theme));
    }

    #[test]
    fn nothing_outside_the_compared_range_or_in_a_range_too_large() {
        let book = Notebook::default();
        let empty = Span::new(0, 0);
        assert!(pending(&book, &book.place([TEXT, TEXT]), [TEXT, TEXT], [empty, empty]).is_empty());
        let huge = "arena för samverkan. ".repeat(MAX_SUGGESTED_BYTES / 20);
        let found = pending(&book, &book.place([&huge, TEXT]), [&huge, TEXT], [whole(&huge), whole(TEXT)]);
        assert!(themes(&found, Side::A).is_empty() && !themes(&found, Side::B).is_empty());
    }
}
