use yew::prelude::*;

use crate::state::{Action, use_app};
use crate::texts;

/// The page's one message line: a link opened, or why it could not be.
#[component]
pub fn NoticeBar() -> Html {
    let state = use_app();
    let Some(notice) = state.notice.clone() else { return html! {} };
    let undo_new = state.before_new.is_some().then(|| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::UndoNew))
    });
    let onclose = Callback::from(move |_: MouseEvent| state.dispatch(Action::Notify(None)));
    html! {
        <div class={classes!("notice-bar", if notice.error { "notice-error" } else { "notice-info" })}
            role={if notice.error { "alert" } else { "status" }}>
            <p>{ notice.text }</p>
            if let Some(undo_new) = undo_new { <button type="button" class="button" onclick={undo_new}>{ texts::UNDO }</button> }
            <button type="button" class="button button-quiet" onclick={onclose}>{ texts::CLOSE }</button>
        </div>
    }
}
