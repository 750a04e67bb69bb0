use yew::prelude::*;

use crate::components::{Matrix, NoteList, SuggestionList, ThemePanel};
use crate::derived::use_derived;
use crate::state::{Action, Panel, use_app};
use crate::texts;

/// The tabs under the comparison: notes, suggestions, themes and the matrix,
/// with undo and redo for every change to them.
#[component]
pub fn Tools() -> Html {
    let state = use_app();
    let derived = use_derived();
    let notes = state.work.notebook.annotations.len() + state.work.notebook.pair_notes.len();
    let tabs = [
        (Panel::Notes, "tab-notes", format!("{} ({notes})", texts::PANEL_NOTES)),
        (
            Panel::Suggestions,
            "tab-suggestions",
            format!("{} ({})", texts::PANEL_SUGGESTIONS, derived.notes.pending.len()),
        ),
        (Panel::Themes, "tab-themes", texts::PANEL_THEMES.to_owned()),
        (Panel::Matrix, "tab-matrix", texts::PANEL_MATRIX.to_owned()),
    ];
    let current = tabs.iter().find(|t| t.0 == state.panel).map_or("tab-notes", |t| t.1);
    let tab_buttons = tabs.into_iter().map(|(panel, id, label)| {
        let selected = state.panel == panel;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowPanel(panel)))
        };
        html! {
            <button type="button" role="tab" {id} class={classes!("tab", selected.then_some("tab-on"))}
                aria-selected={selected.to_string()} aria-controls="tools-panel" {onclick}>{ label }</button>
        }
    });
    let undo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    let redo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Redo))
    };
    html! {
        <section class="tools" aria-label={texts::PANEL_NOTES}>
            <div class="tools-head">
                <div class="tabs" role="tablist" aria-label={texts::PANEL_NOTES}>{ for tab_buttons }</div>
                <div class="undo-redo">
                    <button type="button" class="button button-quiet" onclick={undo} disabled={!state.history.can_undo()} title={texts::UNDO_HINT}>{ "↶ " }{ texts::UNDO }</button>
                    <button type="button" class="button button-quiet" onclick={redo} disabled={!state.history.can_redo()} title={texts::REDO_HINT}>{ "↷ " }{ texts::REDO }</button>
                </div>
            </div>
            <div id="tools-panel" class="tools-panel" role="tabpanel" aria-labelledby={current}>
                { match state.panel {
                    Panel::Notes => html! { <NoteList /> },
                    Panel::Suggestions => html! { <SuggestionList /> },
                    Panel::Themes => html! { <ThemePanel /> },
                    Panel::Matrix => html! { <Matrix /> },
                } }
            </div>
        </section>
    }
}
