//! The one place where state changes: [`State`] and its [`Action`]s.
//!
//! As in Yew's `function_todomvc`, components dispatch actions and never own
//! a copy of shared state; side effects live in `hooks/`.

use std::rc::Rc;

use andamal_core::{Folds, sample};
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

/// Everything the user has entered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The two pasted texts, exactly as pasted.
    pub texts: [Rc<str>; 2],
    pub folds: Folds,
}

/// Every change the interface can make to [`State`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(Side, String),
    LoadExample,
    Clear(Side),
    SetFolds(Folds),
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
            }
            Action::LoadExample => {
                next.texts = [
                    sample::OSTRA_OSTERGOTLAND_2017.into(),
                    sample::UMEAREGIONEN_2019.into(),
                ];
            }
            Action::Clear(side) => next.texts[side.index()] = "".into(),
            Action::SetFolds(folds) => next.folds = folds,
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
    fn folds_are_set() {
        let s = reduce(State::default(), Action::SetFolds(Folds::ALL));
        assert_eq!(s.folds, Folds::ALL);
    }
}
