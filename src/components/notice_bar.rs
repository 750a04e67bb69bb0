use yew::prelude::*;

use crate::components::AppContext;
use crate::state::Action;
use crate::texts;

/// The page's one message line: a link opened, or why it could not be.
#[component]
pub fn NoticeBar() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let Some(notice) = state.notice.clone() else { return html! {} };
    let onclose = Callback::from(move |_: MouseEvent| state.dispatch(Action::Notify(None)));
    html! {
        <div class={classes!("notice-bar", if notice.error { "notice-error" } else { "notice-info" })}
            role={if notice.error { "alert" } else { "status" }}>
            <p>{ notice.text }</p>
            <button type="button" class="button button-quiet" onclick={onclose}>{ texts::CLOSE }</button>
        </div>
    }
}
