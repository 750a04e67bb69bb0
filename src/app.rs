use yew::prelude::*;

use crate::components::{AppContext, Comparison, Editor, Header, SaveBanner};
use crate::derived::{Derived, use_derived};
use crate::hooks::use_autosave;
use crate::state::{Side, State};

/// The whole page: header, saving notices, the two pasted texts, the comparison.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let derived = use_derived(&state);
    let autosave = use_autosave(&state);
    html! {
        <ContextProvider<AppContext> context={state}>
            <ContextProvider<Derived> context={derived}>
                <Header />
                <SaveBanner status={autosave} />
                <div class="editors">
                    <Editor side={Side::A} />
                    <Editor side={Side::B} />
                </div>
                <Comparison />
            </ContextProvider<Derived>>
        </ContextProvider<AppContext>>
    }
}
