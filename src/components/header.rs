use yew::prelude::*;

use crate::components::AppContext;
use crate::state::Action;
use crate::texts;

#[component]
pub fn Header() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let load_example = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::LoadExample))
    };
    html! {
        <header class="app-header">
            <div class="app-title">
                <h1>{ texts::APP_TITLE }</h1>
                <p class="tagline">{ texts::TAGLINE }</p>
            </div>
            <div class="app-actions">
                <button type="button" class="button" onclick={load_example}>{ texts::LOAD_EXAMPLE }</button>
            </div>
        </header>
    }
}
