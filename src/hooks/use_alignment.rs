use std::cell::Cell;
use std::rc::Rc;

use andamal_core::align::Alignment;
use gloo_worker::Spawnable;
use yew::prelude::*;

use crate::worker::{CompareKey, Done, Job, WorkerTask, loader_path};

/// The alignment of `input`, computed on the main thread when it is small
/// and in a web worker when it is large. Returns the latest finished result
/// and whether a newer one is still being computed. A result that arrives
/// after its input was superseded is dropped.
#[hook]
pub fn use_alignment(input: Option<CompareKey>) -> (Option<(CompareKey, Rc<Alignment>)>, bool) {
    let result = use_state(|| None::<(CompareKey, Rc<Alignment>)>);
    let running = use_state(|| false);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u64)));
    {
        let result = result.clone();
        let running = running.clone();
        let generation = generation.borrow().clone();
        use_effect_with(input, move |input| {
            let current = generation.get() + 1;
            generation.set(current);
            match input.clone() {
                None => {
                    result.set(None);
                    running.set(false);
                }
                Some(input) if !input.is_heavy() => {
                    let alignment = Rc::new(input.run());
                    result.set(Some((input, alignment)));
                    running.set(false);
                }
                Some(input) => {
                    running.set(true);
                    let mut bridge = WorkerTask::spawner().spawn_with_loader(&loader_path());
                    wasm_bindgen_futures::spawn_local(async move {
                        let Done::Compared(alignment) = bridge.run(Job::Compare(input.to_input())).await else {
                            return;
                        };
                        if generation.get() == current {
                            result.set(Some((input, Rc::new(alignment))));
                            running.set(false);
                        }
                    });
                }
            }
        });
    }
    ((*result).clone(), *running)
}
