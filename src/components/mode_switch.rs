use yew::prelude::*;

use crate::components::AppContext;
use crate::mode::Mode;
use crate::state::Action;
use crate::texts;

/// The page's top-level views, as one small segmented control: the pair
/// view (the default) and the whole förbundsordningar § by §. (A function,
/// not a component: it has no state of its own, and each component costs
/// the page's wasm its own code.)
pub fn mode_switch(state: &AppContext) -> Html {
    let button = |mode: Mode, label: &'static str| {
        let on = state.mode == mode;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::SetMode(mode)))
        };
        html! {
            <button type="button" class={classes!("segment", on.then_some("segment-on"))} aria-pressed={on.to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <nav class="mode-switch" aria-label={texts::MODES}>
            <div class="segmented">
                { button(Mode::Pair, texts::MODE_PAIR) }
                { button(Mode::Statute, texts::MODE_STATUTE) }
            </div>
        </nav>
    }
}
