use andamal_core::Span;
use andamal_core::notes::theme_ref::ThemeRef;
use andamal_core::text::wordwise::Edge;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::use_compared;
use crate::state::{Action, Draft, Side, Target, use_app};
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct NoteEditorProps {
    pub draft: Draft,
}

/// The annotation editor: the quote, word-by-word widening and narrowing
/// (text selection is unreliable on touch), themes and a note. Keyed by the
/// draft's serial, so each opened editor starts from its own annotation.
#[component]
pub fn NoteEditor(props: &NoteEditorProps) -> Html {
    let state = use_app();
    let compared = use_compared();
    let draft = props.draft;
    let (initial_themes, initial_note) = {
        let book = &state.work.notebook;
        match draft.editing {
            Some(id) => book
                .annotations
                .iter()
                .find(|a| a.id == id)
                .map(|a| (a.themes.clone(), a.note.clone()))
                .or_else(|| book.pair_notes.iter().find(|p| p.id == id).map(|p| (Vec::new(), p.note.clone())))
                .unwrap_or_default(),
            None => (Vec::new(), String::new()),
        }
    };
    let themes = use_state(move || initial_themes);
    let note = use_state(move || initial_note);
    let error = use_state(|| None::<&'static str>);
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        use_effect_with((), move |()| {
            let first = panel.cast::<HtmlElement>().and_then(|p| p.query_selector("input, textarea").ok().flatten());
            if let Some(el) = first.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
    }
    let is_pair = matches!(draft.target, Target::Pair(_));
    let title = match (is_pair, draft.editing) {
        (true, _) => texts::NEW_PAIR_NOTE,
        (false, None) => texts::NEW_NOTE,
        (false, Some(_)) => texts::EDIT_NOTE,
    };
    let quote = |side: Side, span: Span| {
        let text = &state.work.texts[side.index()];
        let address = compared.locate(side, span.start).map(|(_, c)| c.address.short()).unwrap_or_default();
        html! {
            <p class="note-quote">
                <span class="note-quote-where">{ format!("{} {address}", texts::SIDE_SHORT[side.index()]) }</span>
                <q dir="auto">{ span.slice(text).to_owned() }</q>
            </p>
        }
    };
    let quotes = match draft.target {
        Target::Span(side, span) => quote(side, span),
        Target::Pair([a, b]) => html! { <>{ quote(Side::A, a) }{ quote(Side::B, b) }</> },
    };
    let step = |edge: Edge, widen: bool, short: &'static str, label: &'static str| {
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::StepDraft(edge, widen)));
        html! {
            <button type="button" class="button button-quiet step-button" title={label} {onclick}>
                { short }<span class="sr-only">{ format!(" – {label}") }</span>
            </button>
        }
    };
    let picks = state.work.notebook.themes().into_iter().map(|look| {
        let checked = themes.contains(&look.reference);
        let onchange = {
            let themes = themes.clone();
            let error = error.clone();
            let reference = look.reference.clone();
            let state = state.clone();
            Callback::from(move |_: Event| {
                // A sentence tapped, then a theme: that is the annotation, saved now.
                if draft.quick && draft.editing.is_none() {
                    state.dispatch(Action::QuickTheme(reference.clone()));
                    themes.set(vec![reference.clone()]);
                    return;
                }
                let mut next: Vec<ThemeRef> = (*themes).clone();
                if let Some(i) = next.iter().position(|t| *t == reference) {
                    next.remove(i);
                } else {
                    next.push(reference.clone());
                }
                themes.set(next);
                error.set(None);
            })
        };
        html! {
            <label class={classes!("theme-pick", checked.then_some("theme-pick-on"))} title={look.description}>
                <input type="checkbox" {checked} {onchange} />
                <span class={classes!("badge", format!("theme-c{}", look.colour))} aria-hidden="true">{ look.symbol.clone() }</span>
                { look.label.clone() }
            </label>
        }
    });
    let oninput = {
        let note = note.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            note.set(area.value());
            error.set(None);
        })
    };
    let onsave = {
        let state = state.clone();
        let themes = themes.clone();
        let note = note.clone();
        let error = error.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let empty = note.trim().is_empty();
            // A new annotation needs something to say; an edited one emptied is deleted.
            if draft.editing.is_none() && empty && (is_pair || themes.is_empty()) {
                error.set(Some(if is_pair { texts::NEED_NOTE } else { texts::NEED_THEME_OR_NOTE }));
                return;
            }
            let chosen = if is_pair { Vec::new() } else { (*themes).clone() };
            state.dispatch(Action::SaveDraft(chosen, (*note).clone()));
        })
    };
    let onclose = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::CloseDraft))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                state.dispatch(Action::CloseDraft);
            }
        })
    };
    let saved_quickly = draft.quick && draft.editing.is_some();
    let onundo = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo))
    };
    let ondelete = draft.editing.filter(|_| !saved_quickly).map(|id| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DeleteNote(id)))
    });
    html! {
        <form class="note-editor" role="dialog" aria-labelledby="note-editor-title" ref={panel} onsubmit={onsave} {onkeydown}>
            <h3 id="note-editor-title">{ title }</h3>
            { quotes }
            if saved_quickly {
                <p class="quick-saved" role="status">
                    { texts::QUICK_SAVED }
                    <button type="button" class="button button-quiet" onclick={onundo}>{ "↶ " }{ texts::UNDO }</button>
                </p>
            }
            if !is_pair {
                <fieldset class="theme-picks">
                    <legend>{ texts::THEMES }</legend>
                    { for picks }
                </fieldset>
                <div class="step-buttons" role="group" aria-label="Ändra vilka ord som ingår">
                    { step(Edge::Start, true, texts::WIDEN_START, texts::WIDEN_START_LABEL) }
                    { step(Edge::Start, false, texts::NARROW_START, texts::NARROW_START_LABEL) }
                    { step(Edge::End, false, texts::NARROW_END, texts::NARROW_END_LABEL) }
                    { step(Edge::End, true, texts::WIDEN_END, texts::WIDEN_END_LABEL) }
                </div>
            }
            <label class="note-label" for="note-text">{ if is_pair { texts::PAIR_NOTE } else { texts::NOTE } }</label>
            <textarea id="note-text" class="note-text" dir="auto" rows="3" value={(*note).clone()} {oninput} />
            if let Some(message) = *error { <p class="form-error" role="alert">{ message }</p> }
            <div class="note-actions">
                <button type="submit" class="button button-primary">{ if saved_quickly { texts::DONE } else { texts::SAVE } }</button>
                <button type="button" class="button" onclick={onclose}>{ texts::CANCEL }</button>
                if let Some(ondelete) = ondelete {
                    <button type="button" class="button button-danger" onclick={ondelete}>{ texts::DELETE }</button>
                }
            </div>
        </form>
    }
}
