use andamal_core::Folds;
use yew::prelude::*;

use crate::state::{Action, use_app};
use crate::texts;

/// The folds a user switches on: what counts as equal, never what is shown.
#[component]
pub fn FoldOptions() -> Html {
    let state = use_app();
    let folds = state.work.folds;
    let toggle = |set: fn(&mut Folds, bool), on: bool| {
        let state = state.clone();
        Callback::from(move |_: Event| {
            let mut next = state.work.folds;
            set(&mut next, !on);
            state.dispatch(Action::SetFolds(next));
        })
    };
    let option = |label: &'static str, hint: &'static str, on: bool, set: fn(&mut Folds, bool)| {
        html! {
            <label class="toggle" title={hint}>
                <input type="checkbox" checked={on} onchange={toggle(set, on)} />
                { label }
            </label>
        }
    };
    html! {
        <fieldset class="fold-options">
            <legend>{ texts::FOLDS_LEGEND }</legend>
            { option(texts::FOLD_CASE, texts::FOLD_CASE_HINT, folds.case, |f, v| f.case = v) }
            { option(texts::FOLD_SKALL, texts::FOLD_SKALL_HINT, folds.skall, |f, v| f.skall = v) }
            { option(texts::FOLD_OCR, texts::FOLD_OCR_HINT, folds.ocr, |f, v| f.ocr = v) }
        </fieldset>
    }
}
