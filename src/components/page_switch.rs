use yew::prelude::*;

use crate::state::{Action, AppContext, Page};
use crate::texts;

/// The page's three views, as one small segmented control: the pair view
/// (the default), the whole förbundsordningar § by §, and the landscape of
/// many förbund. (A function,
/// not a component: it has no state of its own, and each component costs
/// the page's wasm its own code.)
pub fn page_switch(state: &AppContext) -> Html {
    let button = |page: Page, label: &'static str| {
        let on = state.page == page;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowPage(page)))
        };
        html! {
            <button type="button" class={classes!("segment", on.then_some("segment-on"))} aria-pressed={on.to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <nav class="page-switch" aria-label={texts::PAGES}>
            <div class="segmented">
                { button(Page::Pair, texts::PAGE_PAIR) }
                { button(Page::Statute, texts::PAGE_STATUTE) }
                { button(Page::Landscape, texts::PAGE_LANDSCAPE) }
            </div>
        </nav>
    }
}
