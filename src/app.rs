use yew::prelude::*;

use crate::components::{
    AppContext, Comparison, Editor, Header, Help, LandscapeView, NoticeBar, QrScreen, SaveBanner, SharePanel,
};
use crate::derived::{Derived, use_derived};
use crate::hooks::{PresentationKey, use_autosave, use_landscape, use_presentation_keys, use_share_link};
use crate::state::Action;
use crate::state::{Mode, Side, State};
use crate::texts;

/// The whole page: header, saving notices, the two pasted texts, the comparison.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let derived = use_derived(&state);
    // Autosave first: on mount it must see a link still in the address bar
    // (and then not restore older work over it) before use_share_link removes it.
    let autosave = use_autosave(&state);
    use_share_link(&state);
    use_landscape(&state);
    {
        let state = state.clone();
        use_effect_with((), move |()| state.dispatch(Action::SetInitials(crate::storage::initials())));
    }
    {
        let handle = state.clone();
        let key = use_callback((), move |key: PresentationKey, ()| {
            handle.dispatch(match key {
                PresentationKey::Matrix => Action::ToggleMatrix,
                PresentationKey::Blackout => Action::ToggleBlackout,
                PresentationKey::End => Action::Present(false),
            });
        });
        use_presentation_keys(state.presenting, key);
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
                <div class={classes!("app-root", state.presenting.then_some("presenting"))}>
                    if state.presenting {
                        <div class="present-bar">
                            <span class="present-keys">{ texts::PRESENT_KEYS }</span>
                            <button type="button" class="button button-quiet" onclick={toggle_qr} aria-pressed={state.presenting_qr.to_string()}>
                                { if state.presenting_qr { texts::HIDE_QR } else { texts::SHOW_QR } }
                            </button>
                            <button type="button" class="button button-quiet" onclick={end_presentation}>{ texts::END_PRESENTATION }</button>
                        </div>
                    } else {
                        <Header />
                        <ModeSwitch />
                        if state.mode == Mode::Pair { <SaveBanner status={autosave} /> }
                        <NoticeBar />
                        if state.helping { <Help /> }
                        if state.sharing { <SharePanel /> }
                        if state.mode == Mode::Pair {
                            <div class="editors">
                                <Editor side={Side::A} />
                                <Editor side={Side::B} />
                            </div>
                        }
                    }
                    if state.mode == Mode::Landscape && !state.presenting { <LandscapeView /> } else { <Comparison /> }
                    if state.presenting && state.presenting_qr { <QrScreen /> }
                    if state.blackout {
                        <div class="blackout" role="status"><span class="sr-only">{ texts::BLACKOUT }</span></div>
                    }
                </div>
            </ContextProvider<Derived>>
        </ContextProvider<AppContext>>
    }
}

/// The top-level view switch: two ändamål, or many förbund.
#[component]
fn ModeSwitch() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let button = |mode: Mode, label: &'static str| {
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::SetMode(mode)))
        };
        let on = state.mode == mode;
        html! { <button type="button" class={classes!("mode-button", on.then_some("mode-on"))} aria-pressed={on.to_string()} {onclick}>{ label }</button> }
    };
    html! {
        <nav class="mode-switch" aria-label={texts::MODE_LABEL}>
            { button(Mode::Pair, texts::MODE_PAIR) }
            { button(Mode::Landscape, texts::MODE_LANDSCAPE) }
        </nav>
    }
}
