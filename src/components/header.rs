use yew::prelude::*;

use crate::components::{AppContext, ExportMenu, SavedList};
use crate::state::Action;
use crate::texts;

#[component]
pub fn Header() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let saved_open = use_state(|| false);
    let load_example = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::LoadExample))
    };
    let toggle_saved = {
        let saved_open = saved_open.clone();
        Callback::from(move |_: MouseEvent| saved_open.set(!*saved_open))
    };
    let close_saved = {
        let saved_open = saved_open.clone();
        Callback::from(move |()| saved_open.set(false))
    };
    html! {
        <>
            <header class="app-header">
                <div class="app-title">
                    <h1>{ texts::APP_TITLE }</h1>
                    <p class="tagline">{ texts::TAGLINE }</p>
                </div>
                <div class="app-actions">
                    <button type="button" class="button" onclick={load_example}>{ texts::LOAD_EXAMPLE }</button>
                    <button type="button" class="button" onclick={toggle_saved} aria-expanded={saved_open.to_string()}>{ texts::SAVED_TITLE }</button>
                    <ExportMenu />
                </div>
            </header>
            if *saved_open { <SavedList on_close={close_saved} /> }
        </>
    }
}
