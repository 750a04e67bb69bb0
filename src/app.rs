use yew::prelude::*;

use crate::components::{
    Comparison, Editor, Header, Help, NoticeBar, QrScreen, SaveBanner, SharePanel, StatuteComparison, page_switch,
};
use crate::derived::{Derived, use_derivation};
use crate::hooks::{use_autosave, use_landscape_page, use_share_link};
use crate::state::{Action, AppContext, Page};
use crate::state::{Side, State};
use crate::texts;

/// The whole page: header, saving notices, the two pasted texts, the comparison.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let derived = use_derivation(&state);
    // Autosave first: on mount it must see a link still in the address bar
    // (and then not restore older work over it) before use_share_link removes it.
    let autosave = use_autosave(&state);
    use_share_link(&state);
    // The landscape is its own app, outside this one's element: shown, and
    // fetched the first time, when its page is chosen.
    let landscape = state.page == Page::Landscape && !state.mode.presenting();
    use_landscape_page(landscape);
    {
        let state = state.clone();
        use_effect_with((), move |()| state.dispatch(Action::SetInitials(crate::storage::initials())));
    }
    let toggle_qr = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ToggleQr))
    };
    let end_presentation = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Present(false)))
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <ContextProvider<Derived> context={derived}>
                <div class={classes!("app-root", state.mode.presenting().then_some("presenting"))}>
                    if state.mode.presenting() {
                        <div class="present-bar">
                            <span class="present-keys">{ texts::PRESENT_KEYS }</span>
                            <button type="button" class="button button-quiet" onclick={toggle_qr} aria-pressed={state.mode.presentation().qr.to_string()}>
                                { if state.mode.presentation().qr { texts::HIDE_QR } else { texts::SHOW_QR } }
                            </button>
                            <button type="button" class="button button-quiet" onclick={end_presentation}>{ texts::END_PRESENTATION }</button>
                        </div>
                    } else {
                        <Header />
                        if !landscape { <SaveBanner status={autosave} /> }
                        <NoticeBar />
                        { page_switch(&state) }
                        if state.mode.helping() { <Help /> }
                        if state.mode.sharing() { <SharePanel /> }
                        if !landscape {
                            <div class="editors">
                                <Editor side={Side::A} />
                                <Editor side={Side::B} />
                            </div>
                        }
                    }
                    if state.page == Page::Statute { <StatuteComparison /> } else if !landscape { <Comparison /> }
                    if state.mode.presentation().qr { <QrScreen /> }
                    if state.mode.presentation().blackout {
                        <div class="blackout" role="status"><span class="sr-only">{ texts::BLACKOUT }</span></div>
                    }
                </div>
            </ContextProvider<Derived>>
        </ContextProvider<AppContext>>
    }
}
