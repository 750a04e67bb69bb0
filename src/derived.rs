//! Data computed from [`State`]: the finder's result and the compared range
//! of each side. Memoised on its inputs, never stored twice.
//!
//! The finder runs in the worker (its code stays out of the page's wasm), so
//! each side's view lags its text by one round trip: a [`SideView`] always
//! holds the text its finding was made for, and says whether a newer one is
//! on its way.

use std::rc::Rc;

use andamal_core::Folds;
use andamal_core::notes::notebook::{Notebook, Placement};
use andamal_core::notes::pending::pending;
use andamal_core::statute::found::Found;
use andamal_core::statute::selection::{Selection, select_found};
use yew::prelude::*;

use crate::state::{Proposal, State};
use crate::worker::{self, Done, Job};

/// One side's finding and the range compared.
#[derive(Debug, Clone, PartialEq)]
pub struct SideView {
    /// The text the finding was made for (the side's text, or until the
    /// worker answers, the one before it).
    pub text: Rc<str>,
    pub finding: Rc<Found>,
    pub selection: Selection,
    /// The side's text has changed and its finding is on its way.
    pub finding_pending: bool,
}

/// Where the notebook's annotations are now, and what the lexicon proposes.
#[derive(Debug, Clone, PartialEq)]
pub struct Notes {
    pub placement: Placement,
    /// Suggestions inside the compared sections that are neither accepted
    /// (an annotation with that theme covers them) nor rejected.
    pub pending: Vec<Proposal>,
}

/// Both sides, as provided to every component.
#[derive(Debug, Clone)]
pub struct Derived {
    pub sides: [Rc<SideView>; 2],
    pub notes: Rc<Notes>,
}

/// By identity: every part is memoised, so an unchanged part is the same
/// `Rc` (and a deep comparison of findings and placements would cost the page
/// its code and every render its time).
impl PartialEq for Derived {
    fn eq(&self, other: &Derived) -> bool {
        Rc::ptr_eq(&self.sides[0], &other.sides[0])
            && Rc::ptr_eq(&self.sides[1], &other.sides[1])
            && Rc::ptr_eq(&self.notes, &other.notes)
    }
}

/// Finds and selects each side's ändamål, places the annotations and
/// proposes themes, recomputing only what changed (`App` provides the result
/// to every component, which reads it with [`use_derived`]).
#[hook]
pub fn use_derivation(state: &State) -> Derived {
    let a = use_side(state, 0);
    let b = use_side(state, 1);
    let spans = [a.selection.span, b.selection.span];
    let texts = [a.text.clone(), b.text.clone()];
    let notes = use_memo((texts, SameBook(state.work.notebook.clone()), spans), |(texts, book, spans)| {
        let placement = book.0.place([&texts[0], &texts[1]]);
        let pending = pending(&book.0, &placement, [&texts[0], &texts[1]], *spans);
        Notes { placement, pending }
    });
    Derived { sides: [a, b], notes }
}

#[derive(Clone)]
struct SameBook(Rc<Notebook>);

impl PartialEq for SameBook {
    fn eq(&self, other: &SameBook) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Compares by identity: a finding is replaced only when its inputs change,
/// so the pointer says whether it changed, without a deep comparison.
#[derive(Clone)]
struct Same(Rc<Found>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The derived data `App` provides, in a component under it.
///
/// # Panics
/// Outside `App`.
#[hook]
pub fn use_derived() -> Derived {
    use_context::<Derived>().expect("Derived")
}

/// A finding and what it was made from.
type Made = (Rc<str>, Folds, Rc<Found>);

#[hook]
fn use_side(state: &State, index: usize) -> Rc<SideView> {
    let text = state.work.texts[index].clone();
    let folds = state.work.folds;
    let made = use_state(|| (Rc::<str>::from(""), Folds::default(), Rc::new(Found::default())));
    let asked = use_mut_ref(|| 0u32);
    {
        let made = made.clone();
        use_effect_with((text.clone(), folds), move |(text, folds)| {
            *asked.borrow_mut() += 1;
            let mine = *asked.borrow();
            let (text, folds) = (text.clone(), *folds);
            if made.0 == text && made.1 == folds {
                return;
            }
            if text.trim().is_empty() {
                made.set((text, folds, Rc::new(Found::default())));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                if let Done::Found(found) = worker::run(Job::Find(text.to_string(), folds)).await {
                    // A newer text was asked for meanwhile: its answer will come.
                    if *asked.borrow() == mine {
                        made.set((text, folds, Rc::new(found)));
                    }
                }
            });
        });
    }
    let (for_text, for_folds, found): Made = (*made).clone();
    let pending = (!Rc::ptr_eq(&for_text, &text) && for_text != text) || for_folds != folds;
    let choice = state.work.choices[index];
    use_memo((for_text, Same(found), choice, pending), |(text, found, choice, pending)| {
        let selection = select_found(text, &found.0, *choice);
        SideView { text: text.clone(), finding: found.0.clone(), selection, finding_pending: *pending }
    })
}
