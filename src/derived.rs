//! Data computed from [`State`]: the finder's result and the compared range
//! of each side. Memoised on its inputs, never stored twice.

use std::rc::Rc;

use andamal_core::finder::{Finding, find};
use andamal_core::selection::{Selection, select};
use yew::prelude::*;

use crate::state::State;

/// One side's finding and the range compared.
#[derive(Debug, Clone, PartialEq)]
pub struct SideView {
    pub text: Rc<str>,
    pub finding: Rc<Finding>,
    pub selection: Selection,
}

/// Both sides, as provided to every component.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub sides: [Rc<SideView>; 2],
}

/// Finds and selects each side's ändamål, recomputing only what changed.
#[hook]
pub fn use_derived(state: &State) -> Derived {
    let a = use_side(state, 0);
    let b = use_side(state, 1);
    Derived { sides: [a, b] }
}

/// Compares by identity: a finding is recomputed only when its inputs change,
/// so the pointer says whether it changed, without a deep comparison.
#[derive(Clone)]
struct Same(Rc<Finding>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[hook]
fn use_side(state: &State, index: usize) -> Rc<SideView> {
    let text = state.texts[index].clone();
    let folds = state.folds;
    let finding = use_memo((text.clone(), folds), |(text, folds)| find(text, *folds));
    let choice = state.choices[index];
    use_memo((text, Same(finding), choice), |(text, finding, choice)| {
        let selection = select(text, &finding.0, *choice);
        SideView { text: text.clone(), finding: finding.0.clone(), selection }
    })
}
