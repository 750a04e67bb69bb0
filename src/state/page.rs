//! Which comparison fills the page ([`Page`]): the two ändamål clauses (the
//! pair view, the default, what every link opens in), the whole
//! förbundsordningar § by § (`components::statute`), or the landscape of many
//! förbund (an app of its own, fetched on demand: see
//! [`crate::hooks::use_landscape_page`]). The texts, notes and themes of the
//! pair are the same on the first two; switching changes only how they are
//! looked at. Not saved or shared: opened work starts on the pair view.
//! (Not a [`super::Mode`]: any mode, a presentation too, shows either page.)

use super::reducer::Reduced;
use super::{Action, State};

/// The page's top-level comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Page {
    /// The ändamål of A against the ändamål of B.
    #[default]
    Pair,
    /// The whole texts, section by section.
    Statute,
    /// Many förbund: the landscape.
    Landscape,
}

/// [`Action::ShowPage`]: focus and hover refer to the rows of the page
/// left, and an open editor belongs to it.
pub(super) fn reduce(next: &mut State, action: Action) -> Reduced {
    let Action::ShowPage(page) = action else { return Reduced::Pass(action) };
    if next.page == page {
        return Reduced::Same;
    }
    next.page = page;
    next.focus = None;
    next.hover = None;
    next.draft = None;
    Reduced::Changed
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use andamal_core::formats::session::unpack;
    use andamal_core::sample;
    use yew::Reducible;

    use super::*;

    #[test]
    fn the_pair_view_is_the_default_and_an_opened_link_returns_to_it() {
        let s = Rc::new(State::default());
        assert_eq!(s.page, Page::Pair);
        let s = s.reduce(Action::Focus(Some(3))).reduce(Action::ShowPage(Page::Statute));
        assert_eq!((s.page, s.focus), (Page::Statute, None));
        let same = s.clone().reduce(Action::ShowPage(Page::Statute));
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::Open(Rc::new(unpack(&sample::annotated()))));
        assert_eq!(s.page, Page::Pair, "a link opens in the pair view, as always");
    }

    #[test]
    fn a_presentation_keeps_the_page_it_started_on() {
        let s = Rc::new(State::default()).reduce(Action::ShowPage(Page::Statute)).reduce(Action::Present(true));
        assert!(s.mode.presenting());
        assert_eq!(s.page, Page::Statute);
    }
}
