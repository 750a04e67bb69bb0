use andamal_core::notes::themes::theme;
use yew::prelude::*;

use crate::components::{InComparison, use_comparison};
use crate::state::{Action, Proposal};
use crate::texts;

/// The lexicon's proposals, accepted or rejected one by one or all at once;
/// never applied without the user's say.
#[component]
pub fn SuggestionList() -> Html {
    let InComparison { state, derived, compared } = use_comparison();
    let pending = &derived.notes.pending;
    let all = |accept: bool| {
        let state = state.clone();
        let proposals = pending.clone();
        Callback::from(move |_: MouseEvent| {
            let proposals = proposals.clone();
            state.dispatch(if accept { Action::Accept(proposals) } else { Action::Reject(proposals) });
        })
    };
    let one = |p: Proposal, accept: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(if accept { Action::Accept(vec![p]) } else { Action::Reject(vec![p]) })
        })
    };
    let items = pending.iter().map(|&p| {
        let Some(look) = theme(p.theme) else { return html! {} };
        let located = compared.locate(p.side, p.span.start);
        let show = located.map(|(row, _)| {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Jump(row)))
        });
        let place = format!(
            "{} {}",
            texts::SIDE_SHORT[p.side.index()],
            located.map(|(_, c)| c.address.short()).unwrap_or_default()
        );
        html! {
            <li class="note-item suggestion-item">
                <span class="theme-chip">
                    <span class={classes!("badge", "badge-suggested", format!("theme-c{}", look.colour))} aria-hidden="true">{ look.symbol }</span>
                    { look.label }
                </span>
                <span class="note-where">{ place }</span>
                <q class="note-quote-text" dir="auto">{ p.span.slice(&state.work.texts[p.side.index()]).to_owned() }</q>
                <span class="note-actions">
                    if let Some(show) = show { <button type="button" class="link-button" onclick={show}>{ "Visa" }</button> }
                    <button type="button" class="button button-quiet" onclick={one(p, true)}
                        aria-label={format!("{} {} för ”{}”", texts::ACCEPT, look.label, p.span.slice(&state.work.texts[p.side.index()]))}>{ texts::ACCEPT }</button>
                    <button type="button" class="button button-quiet" onclick={one(p, false)}
                        aria-label={format!("{} {} för ”{}”", texts::REJECT, look.label, p.span.slice(&state.work.texts[p.side.index()]))}>{ texts::REJECT }</button>
                </span>
            </li>
        }
    });
    html! {
        <div class="suggestion-list">
            if pending.is_empty() {
                <p class="panel-hint">{ texts::NO_SUGGESTIONS }</p>
            } else {
                <p class="panel-hint">{ texts::SUGGESTIONS_HINT }</p>
                <div class="panel-actions">
                    <button type="button" class="button button-primary" onclick={all(true)}>{ format!("{} ({})", texts::ACCEPT_ALL, pending.len()) }</button>
                    <button type="button" class="button" onclick={all(false)}>{ texts::REJECT_ALL }</button>
                </div>
                <ul class="notes">{ for items }</ul>
            }
        </div>
    }
}
