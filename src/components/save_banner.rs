use yew::prelude::*;

use crate::files;
use crate::hooks::Autosave;
use crate::state::use_app;
use crate::storage::SaveError;
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct SaveBannerProps {
    pub status: Autosave,
}

/// What the user must know about saving: a failed save (with a backup to
/// download at once) and another tab working on the same comparison.
#[component]
pub fn SaveBanner(props: &SaveBannerProps) -> Html {
    let state = use_app();
    let backup = Callback::from(move |_: MouseEvent| files::save_work(&state));
    let dismiss = props.status.dismiss.reform(|_: MouseEvent| ());
    html! {
        <>
            if let Some(problem) = props.status.problem {
                <div class="save-banner save-banner-error" role="alert">
                    <p>{ if problem == SaveError::Full { texts::SAVE_FULL } else { texts::SAVE_BLOCKED } }</p>
                    <button type="button" class="button" onclick={backup}>{ texts::DOWNLOAD_BACKUP }</button>
                </div>
            }
            if props.status.other_tab {
                <div class="save-banner" role="status">
                    <p>{ texts::OTHER_TAB }</p>
                    <button type="button" class="button button-quiet" onclick={dismiss}>{ texts::DISMISS }</button>
                </div>
            }
        </>
    }
}
