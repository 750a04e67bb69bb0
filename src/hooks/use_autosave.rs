use std::rc::Rc;

use andamal_core::Folds;
use andamal_core::notes::notebook::Notebook;
use andamal_core::statute::selection::Choice;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

use crate::hooks::use_debounced;
use crate::state::{Action, State};
use crate::storage::{self, SaveError};

/// How saving goes, for the banner under the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Autosave {
    /// The last save failed (storage full or blocked); cleared by the next success.
    pub problem: Option<SaveError>,
    /// Another tab saved this comparison: this tab's changes go to a new one.
    pub other_tab: bool,
    /// Hides the other-tab notice.
    pub dismiss: Callback<()>,
}

/// What is saved of the state; a change to anything else (focus, view,
/// the open editor) does not start a save.
#[derive(Clone, PartialEq)]
struct Work {
    texts: [Rc<str>; 2],
    choices: [Choice; 2],
    folds: Folds,
    names: [String; 2],
    title: String,
    notebook: Rc<Notebook>,
}

impl Work {
    fn of(state: &State) -> Work {
        Work {
            texts: state.texts.clone(),
            choices: state.choices,
            folds: state.folds,
            names: state.names.clone(),
            title: state.title.clone(),
            notebook: state.notebook.clone(),
        }
    }
}

/// Saves the work to `localStorage` a second after it stops changing (and
/// when the page is hidden or closed), restores the most recent comparison
/// when the page opens without a link, asks the browser to keep the storage,
/// and watches other tabs saving the same comparison.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<State>) -> Autosave {
    let problem = use_state_eq(|| None::<SaveError>);
    let other_tab = use_state_eq(|| false);
    // The handle of the latest render, for listeners registered once.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();

    {
        let state = state.clone();
        use_effect_with((), move |()| {
            storage::ask_to_persist();
            if !link_in_address() {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some((id, opened)) = storage::latest().await {
                        state.dispatch(Action::Open(Rc::new(opened)));
                        state.dispatch(Action::SetWorkId(id.into()));
                    }
                });
            }
        });
    }
    {
        let other_tab = other_tab.clone();
        let latest = latest.clone();
        use_effect_with((), move |()| {
            let window = gloo::utils::window();
            let watch = {
                let latest = latest.clone();
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<StorageEvent>() else { return };
                    let (Some(key), Some(_)) = (event.key(), event.new_value()) else { return };
                    let ours = latest.borrow().work_id.as_deref().is_some_and(|id| storage::is_entry_of(&key, id));
                    if ours {
                        other_tab.set(true);
                    }
                })
            };
            // Synchronous: a save through the worker may not finish as the page goes.
            let flush = EventListener::new(&window, "pagehide", move |_| storage::flush(&latest.borrow()));
            move || drop((watch, flush))
        });
    }
    let settled = use_debounced(Work::of(state), 1000);
    {
        let state = state.clone();
        let problem = problem.clone();
        let latest = latest.clone();
        use_effect_with(settled, move |_| {
            if storage::is_empty(&state) {
                return;
            }
            // The id is the comparison's from now on, also while the save is
            // under way (the payload is encoded in the worker).
            let id = state.work_id.as_deref().map_or_else(storage::new_id, str::to_owned);
            if state.work_id.as_deref() != Some(id.as_str()) {
                state.dispatch(Action::SetWorkId(id.clone().into()));
            }
            let saving = storage::save(&id, &state);
            wasm_bindgen_futures::spawn_local(async move {
                match saving.await {
                    Ok(used) => {
                        problem.set(None);
                        // Another tab had saved this id, so the work went to a new
                        // one; unless another comparison has been opened since.
                        let current = latest.borrow().clone();
                        if used != id && current.work_id.as_deref() == Some(id.as_str()) {
                            current.dispatch(Action::SetWorkId(used.into()));
                        }
                    }
                    Err(error) => problem.set(Some(error)),
                }
            });
        });
    }
    let dismiss = {
        let other_tab = other_tab.clone();
        use_callback((), move |(), ()| other_tab.set(false))
    };
    Autosave { problem: *problem, other_tab: *other_tab, dismiss }
}

/// Whether the page was opened with a share link (`#v1.…`): then the link
/// is what opens, not the last saved work.
fn link_in_address() -> bool {
    gloo::utils::window().location().hash().is_ok_and(|hash| hash.contains("v1."))
}
