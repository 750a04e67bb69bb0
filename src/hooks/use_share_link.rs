use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::link::{OPEN_PAIR_EVENT, Origin, open, take_fragment};
use crate::state::{Action, AppContext, Notice};

/// Opens a link found in the address bar when the page loads, and again
/// whenever the fragment changes (a link pasted into an open tab), and a pair
/// the landscape's app sends ([`OPEN_PAIR_EVENT`]).
#[hook]
pub fn use_share_link(state: &AppContext) {
    // The listeners outlive renders; they must read the state of the latest one.
    let latest: Rc<RefCell<AppContext>> = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    use_effect_with((), move |()| {
        let opener = move |link: String, origin: Origin| {
            let latest = latest.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let now = || latest.borrow().clone();
                if let Err(text) = open(now, link, origin).await {
                    now().dispatch(Action::Notify(Some(Notice { text, error: true })));
                }
            });
        };
        let check = {
            let opener = opener.clone();
            move || {
                if let Some(fragment) = take_fragment() {
                    opener(fragment, Origin::Link);
                }
            }
        };
        check();
        let window = gloo::utils::window();
        let hash = EventListener::new(&window, "hashchange", move |_| check());
        let pair = EventListener::new(&window, OPEN_PAIR_EVENT, move |event| {
            if let Some(payload) = event.unchecked_ref::<web_sys::CustomEvent>().detail().as_string() {
                opener(payload, Origin::Landscape);
            }
        });
        move || drop((hash, pair))
    });
}
