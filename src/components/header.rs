use yew::prelude::*;

use crate::components::{ExportMenu, SavedList};
use crate::state::{Action, Page, use_app};
use crate::texts;

#[component]
pub fn Header() -> Html {
    let state = use_app();
    let saved_open = use_state(|| false);
    let menu_open = use_state(|| false);
    let load_example = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::LoadExample))
    };
    let share = {
        let state = state.clone();
        let open = !state.mode.sharing();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Share(open)))
    };
    let new_comparison = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            crate::storage::keep_draft(&state);
            state.dispatch(Action::NewComparison);
        })
    };
    let swap = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Swap))
    };
    let has_work = state.work.texts.iter().any(|t| !t.trim().is_empty());
    // The landscape has its own actions; the pair's (share, export, present,
    // swap, new) would act on a pair that is not on the screen.
    let pair_page = state.page != Page::Landscape;
    let help = {
        let state = state.clone();
        let open = !state.mode.helping();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Help(open)))
    };
    let present = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            // Full screen where the browser allows it; presentation mode works without.
            let _ = gloo::utils::document().document_element().map(|e| e.request_fullscreen());
            state.dispatch(Action::Present(true));
        })
    };
    let toggle_saved = {
        let saved_open = saved_open.clone();
        Callback::from(move |_: MouseEvent| saved_open.set(!*saved_open))
    };
    let close_saved = {
        let saved_open = saved_open.clone();
        Callback::from(move |()| saved_open.set(false))
    };
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };
    // On a phone, an action chosen from the menu closes it (the export menu's
    // own list stays until a file is chosen).
    let close_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |e: MouseEvent| {
            let target = e.target_dyn_into::<web_sys::Element>();
            if target.is_some_and(|t| t.closest(".export").ok().flatten().is_none()) {
                menu_open.set(false);
            }
        })
    };
    html! {
        <>
            <header class="app-header">
                <div class="app-title">
                    <h1>{ texts::APP_TITLE }</h1>
                    <p class="tagline">{ texts::TAGLINE }</p>
                </div>
                if has_work {
                    <button type="button" class="button app-menu-button" onclick={toggle_menu}
                        aria-expanded={menu_open.to_string()} aria-controls="app-actions">{ "☰ " }{ texts::MENU }</button>
                }
                <div id="app-actions" class={classes!("app-actions", has_work.then_some("app-actions-menu"), menu_open.then_some("app-actions-open"))} onclick={close_menu}>
                    <button type="button" class="button button-quiet" onclick={help} aria-expanded={state.mode.helping().to_string()}>{ texts::HELP }</button>
                    if pair_page {
                        <button type="button" class="button" onclick={load_example}>{ texts::LOAD_EXAMPLE }</button>
                    }
                    <button type="button" class="button" onclick={toggle_saved} aria-expanded={saved_open.to_string()}>{ texts::SAVED_TITLE }</button>
                    if pair_page {
                        <button type="button" class="button" onclick={share} aria-expanded={state.mode.sharing().to_string()}>{ texts::SHARE }</button>
                        <ExportMenu />
                        <button type="button" class="button" onclick={present} disabled={!has_work} aria-keyshortcuts="Escape">{ texts::PRESENT }</button>
                        <button type="button" class="button button-quiet" onclick={swap} disabled={!has_work}>{ "⇄ " }{ texts::SWAP }</button>
                        <button type="button" class="button button-quiet" onclick={new_comparison} disabled={!has_work}>{ texts::NEW_COMPARISON }</button>
                    }
                </div>
            </header>
            if *saved_open { <SavedList on_close={close_saved} /> }
        </>
    }
}
