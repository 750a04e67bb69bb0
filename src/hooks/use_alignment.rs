use std::cell::Cell;
use std::rc::Rc;

use andamal_core::diff::align::Alignment;
use gloo_worker::Spawnable;
use yew::prelude::*;

use crate::worker::{CompareKey, Done, Job, LOADER, Postcard, WorkerTask, shared_bridge};

/// Small comparisons on the main thread: only for the component tests (the
/// `inline-compare` feature), whose runner cannot serve the worker. The page
/// compares in the worker, which keeps the alignment code out of its wasm.
const INLINE: bool = cfg!(feature = "inline-compare");

/// The alignment of `input`, computed in the page's long-lived web worker when
/// it is small and in a worker of its own when it is large. Returns the latest
/// finished result and whether a newer one is still being computed. A result
/// that arrives after its input was superseded is dropped.
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
                Some(input) if INLINE && !input.is_heavy() => {
                    let alignment = Rc::new(input.run());
                    result.set(Some((input, alignment)));
                    running.set(false);
                }
                Some(input) => {
                    running.set(true);
                    let mut bridge = if input.is_heavy() {
                        WorkerTask::spawner().encoding::<Postcard>().spawn_with_loader(LOADER)
                    } else {
                        shared_bridge()
                    };
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
