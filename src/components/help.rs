use std::rc::Rc;

use andamal_core::formats::session::unpack;
use andamal_core::notes::themes::CATALOGUE;
use andamal_core::sample;
use yew::prelude::*;

use crate::state::{Action, use_app};
use crate::texts;

/// A short Swedish help: what marks and colours mean, the themes, sharing,
/// keys, opening a PDF, and a finished example in one click.
#[component]
pub fn Help() -> Html {
    let state = use_app();
    let example = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            crate::storage::keep_draft(&state);
            state.dispatch(Action::Open(Rc::new(unpack(&sample::annotated()))));
            state.dispatch(Action::Help(false));
        })
    };
    let close = Callback::from(move |_: MouseEvent| state.dispatch(Action::Help(false)));
    let themes = CATALOGUE.iter().map(|t| {
        html! {
            <li>
                <span class={classes!("badge", format!("theme-c{}", t.colour))} aria-hidden="true">{ t.symbol }</span>
                { " " }<strong>{ t.label }</strong>{ " – " }{ t.description }
            </li>
        }
    });
    html! {
        <section class="help-panel" aria-labelledby="help-title">
            <div class="share-head">
                <h2 id="help-title">{ texts::HELP_TITLE }</h2>
                <button type="button" class="button button-quiet" onclick={close}>{ texts::CLOSE }</button>
            </div>
            <p>{ texts::HELP_INTRO }</p>
            <p><button type="button" class="button button-primary" onclick={example}>{ texts::FINISHED_EXAMPLE }</button></p>
            <div class="help-grid">
                <div>
                    <h3>{ texts::HELP_MARKS }</h3>
                    <ul class="help-list">
                        <li><ins class="diff-ins">{ texts::HELP_INS_WORD }</ins>{ texts::HELP_INS }</li>
                        <li><del class="diff-del">{ texts::HELP_DEL_WORD }</del>{ texts::HELP_DEL }</li>
                        <li><span class="moved-tag">{ "⇅ flyttad" }</span>{ texts::HELP_MOVED }</li>
                        <li><span class="seg suggested">{ texts::HELP_SUGGESTED_WORD }</span>{ texts::HELP_SUGGESTED }</li>
                        <li><span class="seg annotated theme-c1">{ texts::HELP_ANNOTATED_WORD }</span>
                            <span class="badge theme-c1" aria-hidden="true">{ "AR" }</span>{ texts::HELP_ANNOTATED }</li>
                    </ul>
                    <h3>{ texts::HELP_KEYS }</h3>
                    <ul class="help-list">{ for texts::HELP_KEY_LINES.iter().map(|l| html! { <li>{ *l }</li> }) }</ul>
                </div>
                <div>
                    <h3>{ texts::THEMES }</h3>
                    <ul class="help-list">{ for themes }</ul>
                </div>
                <div>
                    <h3>{ texts::HELP_SHARING }</h3>
                    <p>{ texts::HELP_SHARING_TEXT }</p>
                    <h3>{ texts::HELP_PDF }</h3>
                    <ul class="help-list">{ for texts::HELP_PDF_LINES.iter().map(|l| html! { <li>{ *l }</li> }) }</ul>
                </div>
            </div>
        </section>
    }
}
