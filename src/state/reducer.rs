//! The reducer: each concept's own reducer is asked in turn, and the first
//! that knows the action handles it.

use std::rc::Rc;

use yew::Reducible;

use super::{Action, State, modes, notes, page, view, work};

/// What a concept's reducer made of an action.
pub(super) enum Reduced {
    /// The action changed the state (the changed copy holds it).
    Changed,
    /// The action changes nothing: the same `Rc` is kept, so nothing renders again.
    Same,
    /// Not this concept's action: the next reducer is asked.
    Pass(Action),
}

/// A concept's reducer: changes the copy of the state for its own actions.
type Reduce = fn(&mut State, Action) -> Reduced;

/// Every concept's reducer; a new concept adds its own here.
const REDUCERS: [Reduce; 5] = [work::reduce, notes::reduce, view::reduce, modes::reduce, page::reduce];

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let mut action = action;
        for reduce in REDUCERS {
            match reduce(&mut next, action) {
                Reduced::Changed => return Rc::new(next),
                Reduced::Same => return self,
                Reduced::Pass(unknown) => action = unknown,
            }
        }
        if cfg!(debug_assertions) {
            panic!("no reducer handles {action:?}");
        }
        self
    }
}
