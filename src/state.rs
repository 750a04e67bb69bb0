//! The one place where state changes: [`State`] and its [`Action`]s.
//!
//! As in Yew's `function_todomvc`, components dispatch actions and never own
//! a copy of shared state; side effects live in `hooks/`.

use std::rc::Rc;

use andamal_core::selection::Choice;
use andamal_core::{Folds, Span, sample};
use yew::Reducible;

/// Which of the two compared documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    A,
    B,
}

impl Side {
    #[must_use]
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }
}

/// How the comparison is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Aligned rows, A left and B right (pair cards on a phone).
    #[default]
    SideBySide,
    /// One text with deletions struck through and insertions underlined.
    Redline,
}

/// Everything the user has entered, and how they look at it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The two pasted texts, exactly as pasted.
    pub texts: [Rc<str>; 2],
    /// Which section of each text is compared.
    pub choices: [Choice; 2],
    pub folds: Folds,
    pub view: View,
    /// Hide equal sentences.
    pub only_changes: bool,
    /// The pair in focus (navigation, tap), by row index.
    pub focus: Option<usize>,
    /// The pair under the pointer: highlighted with its counterpart, never scrolled to.
    pub hover: Option<usize>,
}

/// Every change the interface can make to [`State`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(Side, String),
    LoadExample,
    Clear(Side),
    SetFolds(Folds),
    /// Compare another candidate section (by the byte where its text starts).
    PickCandidate(Side, usize),
    /// Compare a range the user marked.
    MarkManually(Side, Span),
    /// Back to the finder's choice.
    UseFinder(Side),
    SetView(View),
    SetOnlyChanges(bool),
    /// Focus a row of the comparison (or none).
    Focus(Option<usize>),
    /// The pointer is over a row (or none).
    Hover(Option<usize>),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetText(side, text) => {
                if *next.texts[side.index()] == *text {
                    return self;
                }
                next.texts[side.index()] = text.into();
                // Offsets of a manual range or a candidate refer to the old text.
                next.choices[side.index()] = Choice::Auto;
                next.focus = None;
                next.hover = None;
            }
            Action::LoadExample => {
                next.texts = [sample::OSTRA_OSTERGOTLAND_2017.into(), sample::UMEAREGIONEN_2019.into()];
                next.choices = [Choice::Auto; 2];
            }
            Action::Clear(side) => {
                next.texts[side.index()] = "".into();
                next.choices[side.index()] = Choice::Auto;
            }
            Action::SetFolds(folds) => next.folds = folds,
            Action::PickCandidate(side, start) => next.choices[side.index()] = Choice::Candidate(start),
            Action::MarkManually(side, span) => next.choices[side.index()] = Choice::Manual(span),
            Action::UseFinder(side) => next.choices[side.index()] = Choice::Auto,
            Action::SetView(view) => next.view = view,
            Action::SetOnlyChanges(on) => next.only_changes = on,
            Action::Focus(row) => {
                if next.focus == row {
                    return self;
                }
                next.focus = row;
            }
            Action::Hover(row) => {
                if next.hover == row {
                    return self;
                }
                next.hover = row;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: State, action: Action) -> Rc<State> {
        Rc::new(state).reduce(action)
    }

    #[test]
    fn set_text_changes_one_side() {
        let s = reduce(State::default(), Action::SetText(Side::B, "b".into()));
        assert_eq!(&*s.texts[1], "b");
        assert_eq!(&*s.texts[0], "");
    }

    #[test]
    fn unchanged_text_keeps_the_same_state() {
        let s = Rc::new(State::default());
        let same = s.clone().reduce(Action::SetText(Side::A, String::new()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn load_example_fills_both_and_clear_empties_one() {
        let s = reduce(State::default(), Action::LoadExample);
        assert!(s.texts[0].contains("Östergötland"));
        assert!(s.texts[1].contains("Umeå"));
        let s = s.reduce(Action::Clear(Side::A));
        assert!(s.texts[0].is_empty());
        assert!(!s.texts[1].is_empty());
    }

    #[test]
    fn choices_are_set_and_reset_by_edits() {
        let s = reduce(State::default(), Action::SetText(Side::A, "abc".into()));
        let s = s.reduce(Action::PickCandidate(Side::A, 1));
        assert_eq!(s.choices[0], Choice::Candidate(1));
        let s = s.reduce(Action::MarkManually(Side::B, Span::new(0, 2)));
        assert_eq!(s.choices[1], Choice::Manual(Span::new(0, 2)));
        let s = s.reduce(Action::UseFinder(Side::B));
        assert_eq!(s.choices[1], Choice::Auto);
        let s = s.reduce(Action::SetText(Side::A, "abcd".into()));
        assert_eq!(s.choices[0], Choice::Auto);
    }

    #[test]
    fn view_options() {
        let s = reduce(State::default(), Action::SetView(View::Redline));
        assert_eq!(s.view, View::Redline);
        let s = s.reduce(Action::SetOnlyChanges(true));
        assert!(s.only_changes);
        let s = s.reduce(Action::Focus(Some(3)));
        assert_eq!(s.focus, Some(3));
        let same = s.clone().reduce(Action::Focus(Some(3)));
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::Hover(Some(1)));
        assert_eq!((s.focus, s.hover), (Some(3), Some(1)));
        let s = s.reduce(Action::SetText(Side::A, "x".into()));
        assert_eq!((s.focus, s.hover), (None, None));
    }

    #[test]
    fn folds_are_set() {
        let s = reduce(State::default(), Action::SetFolds(Folds::ALL));
        assert_eq!(s.folds, Folds::ALL);
    }
}
