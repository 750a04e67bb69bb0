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
    let share = {
        let state = state.clone();
        let open = !state.sharing;
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Share(open)))
    };
    html! {
        <header class="app-header">
            <div class="app-title">
                <h1>{ texts::APP_TITLE }</h1>
                <p class="tagline">{ texts::TAGLINE }</p>
            </div>
            <div class="app-actions">
                <button type="button" class="button" onclick={load_example}>{ texts::LOAD_EXAMPLE }</button>
                <button type="button" class="button" onclick={share} aria-expanded={state.sharing.to_string()}>{ texts::SHARE }</button>
            </div>
        </header>
    }
}
