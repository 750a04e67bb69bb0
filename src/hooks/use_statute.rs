use std::cell::Cell;
use std::rc::Rc;

use andamal_core::Folds;
use yew::prelude::*;

use crate::statute_view::{StatuteInput, StatuteView};
use crate::worker::{self, Done, Job};

/// What a § by § comparison depends on (the texts are shared, not copied).
#[derive(Debug, Clone, PartialEq)]
pub struct StatuteKey {
    pub a: Rc<str>,
    pub b: Rc<str>,
    pub folds: Folds,
}

/// A finished § by § comparison, or the Swedish sentence saying why there is none.
pub type StatuteResult = Result<Rc<StatuteView>, String>;

/// The two whole texts compared § by § in the page's long-lived worker
/// ([`worker::run`]; texts are at most 1 MB a side), like the finder on every
/// change of a text (no debounce: its timer cost the page's wasm more than
/// the budget had left). Returns the latest finished result with the texts
/// it was made for, and whether it is behind `input`; a result for
/// superseded texts is dropped. Everything, even the check for an empty
/// side, is the worker's: the page only renders.
#[hook]
pub fn use_statute(input: StatuteKey) -> (Option<(StatuteKey, StatuteResult)>, bool) {
    let result = use_state(|| None::<(StatuteKey, StatuteResult)>);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u64)));
    let pending = result.as_ref().is_none_or(|(key, _)| *key != input);
    {
        let result = result.clone();
        let generation = generation.borrow().clone();
        use_effect_with(input, move |key| {
            let current = generation.get() + 1;
            generation.set(current);
            let key = key.clone();
            let job = Job::Statute(StatuteInput { a: key.a.to_string(), b: key.b.to_string(), folds: key.folds });
            wasm_bindgen_futures::spawn_local(async move {
                let Done::Statute(done) = worker::run(job).await else { return };
                if generation.get() == current {
                    result.set(Some((key, done.map(Rc::new))));
                }
            });
        });
    }
    ((*result).clone(), pending)
}
