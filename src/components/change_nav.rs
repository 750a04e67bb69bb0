use yew::prelude::*;

use crate::components::use_compared;
use crate::hooks::use_scroll_to_row;
use crate::state::{Action, use_app};
use crate::texts;

/// Previous/next change, by buttons (the keys n and p, j and k, PageDown and
/// PageUp are `Comparison`'s, see `hooks::use_keys`).
#[component]
pub fn ChangeNav() -> Html {
    let state = use_app();
    let compared = use_compared();
    let changes = compared.changes();
    let position = state.focus.and_then(|f| changes.iter().position(|&c| c == f));
    let step = {
        let state = state.clone();
        let compared = compared.clone();
        Callback::from(move |forward: bool| {
            if let Some(row) = compared.next_change(state.focus, forward) {
                state.dispatch(Action::Jump(row));
            }
        })
    };
    use_scroll_to_row(state.focus, state.jumps);
    let prev = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.emit(false))
    };
    let next = Callback::from(move |_: MouseEvent| step.emit(true));
    let disabled = changes.is_empty();
    html! {
        <div class="change-nav" title={texts::NAV_HINT}>
            <button type="button" class="button" onclick={prev} {disabled} aria-keyshortcuts="p">{ "↑ " }{ texts::PREV_CHANGE }</button>
            <button type="button" class="button" onclick={next} {disabled} aria-keyshortcuts="n">{ texts::NEXT_CHANGE }{ " ↓" }</button>
            // Always there, so focusing a row does not shift the page under the pointer.
            <span class="change-position" aria-live="polite">{
                match position {
                    Some(at) => texts::change_position(at + 1, changes.len()),
                    None => texts::change_count(changes.len()),
                }
            }</span>
        </div>
    }
}
