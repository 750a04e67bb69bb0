use std::cell::Cell;
use std::rc::Rc;

use andamal_core::Folds;
use gloo_worker::Spawnable;
use yew::prelude::*;

use crate::statute_view::{StatuteInput, StatuteView};
use crate::worker::{Done, Job, LOADER, Postcard, WORKER_THRESHOLD, WorkerTask, shared_bridge};

/// What a § by § comparison depends on (the texts are shared, not copied).
#[derive(Debug, Clone, PartialEq)]
pub struct StatuteKey {
    pub a: Rc<str>,
    pub b: Rc<str>,
    pub folds: Folds,
}

/// A finished § by § comparison, or the Swedish sentence saying why there is none.
pub type StatuteResult = Result<Rc<StatuteView>, String>;

/// The two whole texts compared § by § in the worker (large ones in a
/// worker of their own, as [`super::use_alignment`] does). Returns the latest
/// finished result with the texts it was made for, and whether a newer one
/// is being computed; a result for superseded texts is dropped. Everything,
/// even the check for an empty side, is the worker's: the page only renders.
#[hook]
pub fn use_statute(input: Option<StatuteKey>) -> (Option<(StatuteKey, StatuteResult)>, bool) {
    let result = use_state(|| None::<(StatuteKey, StatuteResult)>);
    let running = use_state(|| false);
    let generation = use_mut_ref(|| Rc::new(Cell::new(0u64)));
    {
        let result = result.clone();
        let running = running.clone();
        let generation = generation.borrow().clone();
        use_effect_with(input, move |input| {
            let current = generation.get() + 1;
            generation.set(current);
            let Some(key) = input.clone() else {
                result.set(None);
                running.set(false);
                return;
            };
            let job = Job::Statute(StatuteInput { a: key.a.to_string(), b: key.b.to_string(), folds: key.folds });
            if cfg!(feature = "inline-compare") {
                if let Done::Statute(done) = job.run() {
                    result.set(Some((key, done.map(Rc::new))));
                }
                running.set(false);
                return;
            }
            running.set(true);
            let mut bridge = if key.a.len() + key.b.len() > WORKER_THRESHOLD {
                WorkerTask::spawner().encoding::<Postcard>().spawn_with_loader(LOADER)
            } else {
                shared_bridge()
            };
            wasm_bindgen_futures::spawn_local(async move {
                let Done::Statute(done) = bridge.run(job).await else { return };
                if generation.get() == current {
                    result.set(Some((key, done.map(Rc::new))));
                    running.set(false);
                }
            });
        });
    }
    ((*result).clone(), *running)
}
