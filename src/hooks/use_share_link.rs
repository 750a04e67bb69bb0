use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::link::{open, take_fragment};
use crate::state::{Action, AppContext, Notice};

/// Opens a link found in the address bar when the page loads, and again
/// whenever the fragment changes (a link pasted into an open tab).
#[hook]
pub fn use_share_link(state: &AppContext) {
    // The listener outlives renders; it must read the state of the latest one.
    let latest: Rc<RefCell<AppContext>> = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    use_effect_with((), move |()| {
        let check = move || {
            let Some(fragment) = take_fragment() else { return };
            let latest = latest.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let now = || latest.borrow().clone();
                if let Err(text) = open(now, fragment).await {
                    now().dispatch(Action::Notify(Some(Notice { text, error: true })));
                }
            });
        };
        check();
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| check());
        move || drop(listener)
    });
}
