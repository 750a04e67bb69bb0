//! Keeps the landscape ("Många förbund") on this device, like the pair
//! view's autosave: a second after its documents stop changing (texts,
//! names, chosen clauses; what a landscape file holds), it is saved
//! ([`crate::storage::save_landscape`]); when the landscape is first opened
//! in a page, the saved one is restored. One landscape is kept, the latest;
//! "Töm landskapet" removes it. If storage refuses (full, private mode), the
//! landscape says so and nothing is lost from the page: save it as a file.

use yew::prelude::*;

use crate::hooks::use_debounced;
use crate::landscape::{LandscapeAction, LandscapeState};
use crate::texts;

#[hook]
pub fn use_landscape_autosave(state: &UseReducerHandle<LandscapeState>) {
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            if let Some(work) = crate::storage::saved_landscape() {
                state.dispatch(LandscapeAction::Load(work));
            }
        });
    }
    // Every change to what is saved counts a generation (see `landscape::reduce`).
    let settled = use_debounced(state.generation, 1000);
    let saved = use_mut_ref(|| 0u32);
    let handle = state.clone();
    use_effect_with(settled, move |&generation| {
        // Not the empty landscape the page starts with (that would remove the
        // saved one before it is restored), and each generation once.
        if generation == 0 || *saved.borrow() == generation || handle.generation != generation {
            return;
        }
        *saved.borrow_mut() = generation;
        if !crate::storage::save_landscape(&handle.work()) {
            handle.dispatch(LandscapeAction::Notify(Some(texts::LANDSCAPE_NOT_SAVED.to_owned())));
        }
    });
}
