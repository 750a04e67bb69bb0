//! The whole pipeline for two stored texts and the user's choices: find each
//! ändamål section, resolve the choices, align the chosen ranges. The command
//! line and the exports call it once; the page runs the same steps memoised
//! one by one.
//!
//! ```
//! use andamal_core::{Folds, diff::comparison::compare, statute::selection::Choice};
//! let a = "4 § Ändamål\nFörbundet ska stödja samverkan.";
//! let b = "4 § Ändamål\nFörbundet ska främja samverkan.";
//! let c = compare([a, b], [Choice::Auto; 2], Folds::default());
//! assert_eq!(c.alignment.pairs.len(), 1);
//! assert_eq!(c.alignment.a[0].address.short(), "4 § st. 1 m. 1");
//! ```

use crate::Folds;
use crate::diff::align::{Alignment, Input, align_sides};
use crate::statute::finder::find;
use crate::statute::selection::{Choice, Selection, select};

/// What was compared on each side, and how it aligned.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// The range compared on side A and on side B, and how each was chosen.
    pub selections: [Selection; 2],
    pub alignment: Alignment,
}

/// Finds, selects and aligns, without a deadline (the word diffs are exact).
#[must_use]
pub fn compare(texts: [&str; 2], choices: [Choice; 2], folds: Folds) -> Comparison {
    let findings = texts.map(|text| find(text, folds));
    let selections = [0, 1].map(|i| select(texts[i], &findings[i], choices[i]));
    let side = |i: usize| Input {
        text: texts[i],
        span: selections[i].span,
        number: selections[i].number.as_deref(),
        document: Some(&findings[i].document),
    };
    let alignment = align_sides(side(0), side(1), folds, None);
    Comparison { selections, alignment }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;
    use crate::diff::align::PairKind;
    use crate::statute::selection::Source;

    #[test]
    fn a_marked_range_is_what_is_aligned() {
        let text = "Förbundet ska stödja samverkan. Det gäller alla parter.";
        let first = Span::new(0, text.find(" Det").unwrap());
        let c = compare([text, text], [Choice::Auto, Choice::Manual(first)], Folds::default());
        assert_eq!(c.selections[1].source, Source::Manual);
        assert_eq!(c.selections[1].span, first);
        let kinds: Vec<PairKind> = c.alignment.pairs.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PairKind::Equal, PairKind::Removed]);
    }
}
