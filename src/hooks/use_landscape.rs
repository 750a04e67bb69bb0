//! Drives the landscape's work in the worker: finds the ändamål of each
//! document that has no finding yet (one job per document, so progress shows
//! and the page stays responsive), then groups the sentences of all of them
//! in the landscape's own worker (`LandscapeJob::Group`). Runs a short pause after the documents last changed;
//! a newer change makes an older run stop at its next step.

use std::rc::Rc;

use andamal_core::Folds;
use yew::prelude::*;

use crate::hooks::use_debounced;
use crate::landscape::{Computed, LandscapeAction, LandscapeState, Progress};
use crate::landscape_worker::{self, LandscapeDone, LandscapeJob};
use crate::worker::{self, Done, Job};

#[hook]
pub fn use_landscape(state: &UseReducerHandle<LandscapeState>) {
    let key = use_debounced((state.generation, state.folds), 300);
    let run = use_mut_ref(|| 0u32);
    let folds_found = use_mut_ref(Folds::default);
    let handle = state.clone();
    use_effect_with(key, move |&(generation, folds)| {
        let landscape = (*handle).clone();
        if generation == 0 || landscape.generation != generation {
            return;
        }
        *run.borrow_mut() += 1;
        let mine = *run.borrow();
        let refold = *folds_found.borrow() != folds;
        *folds_found.borrow_mut() = folds;
        let dispatch = move |a: LandscapeAction| handle.dispatch(a);
        wasm_bindgen_futures::spawn_local(async move {
            let docs: Vec<_> =
                landscape.docs.iter().filter(|d| d.error.is_none() && !d.text.trim().is_empty()).cloned().collect();
            let to_find: Vec<_> = docs.iter().filter(|d| refold || d.found.is_none()).collect();
            for (done, doc) in to_find.iter().enumerate() {
                dispatch(LandscapeAction::Progress(Progress::Finding { done, total: to_find.len() }));
                if let Done::Found(found) = worker::run(Job::Find(doc.text.to_string(), folds)).await {
                    dispatch(LandscapeAction::Found(doc.id, doc.text.clone(), Rc::new(found)));
                }
                if *run.borrow() != mine {
                    return;
                }
            }
            dispatch(LandscapeAction::Progress(Progress::Grouping { documents: docs.len() }));
            let texts: Vec<String> = docs.iter().map(|d| d.text.to_string()).collect();
            let choices: Vec<_> = docs.iter().map(|d| d.choice).collect();
            let names: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
            let answer = landscape_worker::run(LandscapeJob::Group(texts, choices.clone(), names, folds)).await;
            if *run.borrow() != mine {
                return;
            }
            let LandscapeDone::Grouped(grouped) = answer else { return };
            let result = grouped.map(|tree| {
                Rc::new(Computed {
                    tree,
                    texts: docs.iter().map(|d| d.text.clone()).collect(),
                    choices,
                    ids: docs.iter().map(|d| d.id).collect(),
                })
            });
            dispatch(LandscapeAction::Computed(generation, result));
        });
    });
}
