//! Which comparison the page shows: the two ändamål clauses (the pair view,
//! the default, what every link opens in) or the whole förbundsordningar
//! § by § (`components::statute`). The texts, notes and themes are the same
//! in every view; switching changes only how they are looked at.

use crate::state::State;

/// The page's top-level view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// The ändamål of A against the ändamål of B.
    #[default]
    Pair,
    /// The whole texts, section by section.
    Statute,
}

/// Switches the view: focus and hover refer to the rows of the view left,
/// and an open editor belongs to it.
pub fn switch(state: &mut State, mode: Mode) {
    state.mode = mode;
    state.focus = None;
    state.hover = None;
    state.draft = None;
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::*;
    use crate::state::Action;

    #[test]
    fn the_pair_view_is_the_default_and_an_opened_link_returns_to_it() {
        let s = Rc::new(State::default());
        assert_eq!(s.mode, Mode::Pair);
        let s = s.reduce(Action::Focus(Some(3))).reduce(Action::SetMode(Mode::Statute));
        assert_eq!((s.mode, s.focus), (Mode::Statute, None));
        let same = s.clone().reduce(Action::SetMode(Mode::Statute));
        assert!(Rc::ptr_eq(&s, &same));
        let opened = andamal_core::session::unpack(&andamal_core::sample::annotated());
        let s = s.reduce(Action::Open(Rc::new(opened)));
        assert_eq!(s.mode, Mode::Pair, "a link opens in the pair view, as always");
    }
}
