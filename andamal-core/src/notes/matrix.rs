//! "Vem säger vad": where each side addresses a theme, and whether the
//! wording differs there.
//!
//! A theme annotated on one side's sentence is also on the other side when
//! that sentence is paired (equal, changed or moved) with one there: the
//! other side *carries* the theme through the pair, even though nobody
//! annotated it. [`theme_places`] says so (marked `carried`, on the words the
//! pair's word diff matches to the annotated ones), so a matrix never says
//! "Bara i B" about a sentence A holds word for word. Whether the wording
//! differs is read from the word diffs of the pairs involved.
//!
//! ```
//! use andamal_core::{Folds, Span, diff::align::align, notes::matrix::{Verdict, theme_places}};
//! let a = "Förbundet ska vara en arena för samverkan.";
//! let b = "Förbundet ska vara en arena för samverkan.";
//! let al = align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None);
//! let at = b.find("arena").unwrap();
//! let places = theme_places(&al, [a, b], &[(1, Span::new(at, at + 5))], |_, _| false);
//! assert_eq!(places.verdict(), Verdict::Same);
//! assert!(places.sides[0][0].carried && !places.sides[1][0].carried);
//! assert_eq!(places.sides[0][0].span.slice(a), "arena");
//! ```

use crate::Span;
use crate::diff::align::{Alignment, Pair, PairKind};
use crate::diff::word_diff::WordOp;

/// One sentence of one side that addresses the theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// The row of the alignment (index into [`Alignment::pairs`]).
    pub row: usize,
    /// The sentence (index into the side's clauses).
    pub clause: usize,
    /// What carries the theme: the annotated span, or for a carried place,
    /// the words of this side's sentence matched to it.
    pub span: Span,
    /// Not annotated here: the theme comes through the pair from the other side.
    pub carried: bool,
}

/// What the matrix says about a theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Neither side addresses it (within the compared sections).
    Nowhere,
    OnlyA,
    OnlyB,
    /// Both do, and the wording differs in at least one of its pairs.
    Differs,
    /// Both do, word for word.
    Same,
}

/// Where each side addresses one theme.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ThemePlaces {
    /// A's places and B's, in row order, each sentence once (an annotated
    /// place before a carried one).
    pub sides: [Vec<Place>; 2],
    /// A pair involved has changed words, or a sentence without a counterpart.
    pub differs: bool,
}

impl ThemePlaces {
    #[must_use]
    pub fn verdict(&self) -> Verdict {
        match (self.sides[0].is_empty(), self.sides[1].is_empty()) {
            (true, true) => Verdict::Nowhere,
            (false, true) => Verdict::OnlyA,
            (true, false) => Verdict::OnlyB,
            _ if self.differs => Verdict::Differs,
            _ => Verdict::Same,
        }
    }
}

/// The places of a theme annotated on `marks` (side 0 or 1, and where the
/// annotation is now) in the compared `texts`. `rejected(side, span)` says whether the user turned
/// down the theme carried onto that span; such a place is left out.
#[must_use]
pub fn theme_places(
    alignment: &Alignment,
    texts: [&str; 2],
    marks: &[(usize, Span)],
    rejected: impl Fn(usize, Span) -> bool,
) -> ThemePlaces {
    let mut out = ThemePlaces::default();
    for &(side, span) in marks {
        let side = side.min(1);
        let Some((row, clause)) = locate(alignment, side, span.start) else { continue };
        if !out.sides[side].iter().any(|p| p.clause == clause) {
            out.sides[side].push(Place { row, clause, span, carried: false });
        }
    }
    let direct = out.sides.clone();
    for (side, places) in direct.iter().enumerate() {
        let other = 1 - side;
        for place in places {
            let pair = &alignment.pairs[place.row];
            if !matches!(pair.kind, PairKind::Equal | PairKind::Changed | PairKind::Moved) {
                continue;
            }
            for &clause in pair_side(pair, other) {
                let Some(span) = counterpart(alignment, texts, pair, side, place.span, clause) else { continue };
                let taken = out.sides[other].iter().any(|p| p.clause == clause);
                if !taken && !rejected(other, span) {
                    out.sides[other].push(Place { row: place.row, clause, span, carried: true });
                }
            }
        }
    }
    for places in &mut out.sides {
        crate::text::order::sort(places);
    }
    out.differs = out.sides.iter().flatten().any(|p| differs(&alignment.pairs[p.row]));
    out
}

/// The row and sentence holding a byte of one side's compared text.
#[must_use]
pub fn locate(alignment: &Alignment, side: usize, byte: usize) -> Option<(usize, usize)> {
    let clauses = if side == 0 { &alignment.a } else { &alignment.b };
    let clause = clauses.iter().position(|c| c.span.start <= byte && byte < c.span.end.max(c.span.start + 1))?;
    let row = alignment.pairs.iter().position(|p| pair_side(p, side).contains(&clause))?;
    Some((row, clause))
}

fn pair_side(pair: &Pair, side: usize) -> &[usize] {
    if side == 0 { &pair.a } else { &pair.b }
}

/// The words of `other_clause` (on the other side of `pair`) that the word
/// diff matches to `span` on `side`; the whole sentence when none match.
fn counterpart(
    alignment: &Alignment,
    texts: [&str; 2],
    pair: &Pair,
    side: usize,
    span: Span,
    other_clause: usize,
) -> Option<Span> {
    let other_span = if side == 0 { alignment.b.get(other_clause)? } else { alignment.a.get(other_clause)? }.span;
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    let mut found: Option<Span> = None;
    for op in pair.diff.iter().flat_map(|d| &d.ops) {
        let (mine, theirs) = if side == 0 { (op.a, op.b) } else { (op.b, op.a) };
        let (Some(mine), Some(theirs)) = (mine, theirs) else { continue };
        if overlaps(mine, span) && overlaps(theirs, other_span) {
            let theirs = inside(texts, side, mine, theirs, span);
            found = Some(found.map_or(theirs, |f| Span::new(f.start.min(theirs.start), f.end.max(theirs.end))));
        }
    }
    Some(found.unwrap_or(other_span))
}

/// The part of an equal run `theirs` that matches the part of `mine` inside
/// `span`: by offset where the run is written the same on both sides (as it
/// usually is), else the whole run.
fn inside(texts: [&str; 2], side: usize, mine: Span, theirs: Span, span: Span) -> Span {
    let (my_text, their_text) = (texts[side], texts[1 - side]);
    let (Some(a), Some(b)) = (my_text.get(mine.start..mine.end), their_text.get(theirs.start..theirs.end)) else {
        return theirs;
    };
    if a != b {
        return theirs;
    }
    let start = theirs.start + span.start.max(mine.start) - mine.start;
    let end = theirs.start + span.end.min(mine.end) - mine.start;
    if start < end && their_text.is_char_boundary(start) && their_text.is_char_boundary(end) {
        Span::new(start, end)
    } else {
        theirs
    }
}

/// Whether a pair's wording differs, by its word diff.
fn differs(pair: &Pair) -> bool {
    match &pair.diff {
        _ if pair.a.is_empty() || pair.b.is_empty() => true,
        Some(diff) => diff.timed_out || diff.ops.iter().any(|op| op.op != WordOp::Equal),
        None => pair.kind != PairKind::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::align::align;
    use crate::{Folds, sample};

    fn aligned(a: &str, b: &str) -> Alignment {
        align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None)
    }

    fn at(text: &str, phrase: &str) -> Span {
        let start = text.find(phrase).unwrap();
        Span::new(start, start + phrase.len())
    }

    #[test]
    fn the_finished_example_carries_arena_to_a_word_for_word() {
        let shared = sample::annotated();
        let [a, b] = [&shared.sides[0].text, &shared.sides[1].text];
        let al = aligned(a, b);
        let arena = at(b, "arena för huvudmännens kunskapsutbyte");
        let places = theme_places(&al, [a, b], &[(1, arena)], |_, _| false);
        assert_eq!(places.verdict(), Verdict::Same, "{places:?}");
        let carried = places.sides[0][0];
        assert!(carried.carried);
        assert_eq!(carried.span.slice(a), "arena för huvudmännens kunskapsutbyte");
        // Turned down, A really lacks it.
        let places = theme_places(&al, [a, b], &[(1, arena)], |side, span| side == 0 && span == carried.span);
        assert_eq!(places.verdict(), Verdict::OnlyB);
    }

    #[test]
    fn a_changed_pair_carries_the_theme_and_differs() {
        let a = "Förbundet ska vara en arena för samverkan. Styrelsen beslutar.";
        let b = "Förbundet ska vara en arena för samverkan och utveckling. Styrelsen beslutar.";
        let al = aligned(a, b);
        let places = theme_places(&al, [a, b], &[(0, at(a, "arena"))], |_, _| false);
        assert_eq!(places.sides[1].len(), 1);
        assert_eq!(places.sides[1][0].span.slice(b), "arena");
        assert_eq!(places.verdict(), Verdict::Differs);
        // Annotated on both sides: nothing is carried, the annotated places stay.
        let places = theme_places(&al, [a, b], &[(0, at(a, "arena")), (1, at(b, "utveckling"))], |_, _| false);
        assert!(places.sides.iter().flatten().all(|p| !p.carried), "{places:?}");
    }

    #[test]
    fn an_added_sentence_is_only_on_its_side() {
        let a = "Förbundet ska stödja samverkan.";
        let b = "Förbundet ska stödja samverkan. Förbundet ska också vara en arena för kunskapsutbyte.";
        let al = aligned(a, b);
        let places = theme_places(&al, [a, b], &[(1, at(b, "arena"))], |_, _| false);
        assert_eq!(places.verdict(), Verdict::OnlyB);
        assert!(places.differs);
        assert_eq!(theme_places(&al, [a, b], &[], |_, _| false).verdict(), Verdict::Nowhere);
        // Outside the compared sentences: nowhere.
        assert_eq!(theme_places(&al, [a, b], &[(0, Span::new(500, 505))], |_, _| false).verdict(), Verdict::Nowhere);
    }

    #[test]
    fn a_moved_sentence_carries_the_theme_word_for_word() {
        let a = "Förbundet ska vara en arena för samverkan. Styrelsen beslutar. Revisorerna granskar.";
        let b = "Styrelsen beslutar. Revisorerna granskar. Förbundet ska vara en arena för samverkan.";
        let al = aligned(a, b);
        let places = theme_places(&al, [a, b], &[(0, at(a, "arena för samverkan"))], |_, _| false);
        assert_eq!(places.sides[1].len(), 1, "{al:?}");
        assert_eq!(places.sides[1][0].span.slice(b), "arena för samverkan");
    }
}
