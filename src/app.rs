use yew::prelude::*;

use crate::components::{AppContext, Comparison, Editor, Header, NoticeBar, SharePanel};
use crate::derived::{Derived, use_derived};
use crate::hooks::use_share_link;
use crate::state::{Side, State};

/// The whole page: header, the two pasted texts, the comparison.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let derived = use_derived(&state);
    use_share_link(&state);
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <ContextProvider<Derived> context={derived}>
                <Header />
                <NoticeBar />
                if state.sharing { <SharePanel /> }
                <div class="editors">
                    <Editor side={Side::A} />
                    <Editor side={Side::B} />
                </div>
                <Comparison />
            </ContextProvider<Derived>>
        </ContextProvider<AppContext>>
    }
}
