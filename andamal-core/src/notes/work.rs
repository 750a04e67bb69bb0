//! The work: what a user brings and makes, and what travels.
//!
//! Two documents as pasted, which section of each is compared, how text is
//! folded for matching, the names of the sides, a title, and the notebook of
//! themes and notes. This is exactly what a link, a saved comparison or a
//! file carries ([`crate::formats::session::pack`]) and what opening one gives back
//! ([`crate::formats::session::unpack`]); the page holds one inside its state, saves it
//! when it changes, and shares it from the share panel.
//!
//! The texts and the notebook sit behind an [`Rc`]: the page copies its state
//! on every change, and a keystroke in one text must not copy the other text
//! or the notes.
//!
//! ```
//! use andamal_core::notes::work::Work;
//! let mut work = Work::default();
//! assert!(work.is_empty());
//! work.texts[0] = "4 § Ändamål\nFörbundet ska stödja samverkan.".into();
//! assert!(!work.is_empty());
//! assert_eq!(work.text(0), work.texts()[0]);
//! ```

use std::rc::Rc;

use crate::Folds;
use crate::notes::notebook::Notebook;
use crate::statute::selection::Choice;

/// Everything the user has entered and annotated, side A first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Work {
    /// The two texts, exactly as pasted.
    pub texts: [Rc<str>; 2],
    /// Which section of each text is compared.
    pub choices: [Choice; 2],
    pub folds: Folds,
    /// What each side is called ("Umeåregionen 2019"); empty for the default "A"/"B".
    pub names: [String; 2],
    /// "Workshop 15 juni".
    pub title: String,
    /// Annotations, pair notes and themes.
    pub notebook: Rc<Notebook>,
}

impl Work {
    /// Both texts, borrowed.
    #[must_use]
    pub fn texts(&self) -> [&str; 2] {
        [&self.texts[0], &self.texts[1]]
    }

    /// One side's text (0 is A).
    #[must_use]
    pub fn text(&self, side: usize) -> &str {
        &self.texts[side.min(1)]
    }

    /// Whether there is nothing worth keeping: no text, no themes, no notes.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        let book = &self.notebook;
        self.texts.iter().all(|t| t.trim().is_empty())
            && book.annotations.is_empty()
            && book.pair_notes.is_empty()
            && book.custom.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[test]
    fn work_with_only_a_theme_or_a_note_is_worth_keeping() {
        let mut work = Work::default();
        work.texts[1] = "  \n".into();
        work.title = "Möte".into();
        assert!(work.is_empty(), "blank texts and a title alone are nothing to keep");
        let mut themed = work.clone();
        Rc::make_mut(&mut themed.notebook).add_theme("Unga".into(), 1);
        assert!(!themed.is_empty());
        let mut noted = work.clone();
        Rc::make_mut(&mut noted.notebook).annotate(
            crate::diff::side::Side::A,
            "gone",
            Span::new(0, 4),
            vec![],
            "lös".into(),
        );
        assert!(!noted.is_empty(), "a loose note is still the user's");
    }

    #[test]
    fn copies_share_the_texts_and_the_notebook() {
        let work = Work { texts: ["a".into(), "b".into()], ..Work::default() };
        let copy = work.clone();
        assert!(Rc::ptr_eq(&work.texts[0], &copy.texts[0]) && Rc::ptr_eq(&work.notebook, &copy.notebook));
        assert_eq!(copy.texts(), ["a", "b"]);
        assert_eq!(copy.text(7), "b", "any side past A is B");
    }
}
