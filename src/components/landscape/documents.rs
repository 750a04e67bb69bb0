use andamal_core::selection::Choice;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::AppContext;
use crate::landscape::{Doc, LandscapeAction};
use crate::state::Action;
use crate::texts;

/// The documents of the landscape, one row each: name, whether its ändamål
/// was found with certainty, and, when not, the finder's best candidates to
/// choose from; its text box when open (a new box to paste into).
#[component]
pub fn Documents() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let docs = &state.landscape.docs;
    if docs.is_empty() {
        return html! {};
    }
    html! {
        <ol class="landscape-docs">
            { for docs.iter().enumerate().map(|(index, doc)| html! { <DocRow key={doc.id} {index} doc={doc.clone()} /> }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
struct DocRowProps {
    index: usize,
    doc: Doc,
}

#[component]
fn DocRow(props: &DocRowProps) -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let doc = &props.doc;
    let id = doc.id;
    let send = {
        let state = state.clone();
        move |action: LandscapeAction| state.dispatch(Action::Landscape(action))
    };
    let onname = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            send(LandscapeAction::SetName(id, e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let ontext = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            send(LandscapeAction::SetText(id, e.target_unchecked_into::<HtmlTextAreaElement>().value()))
        })
    };
    let onchoose = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            send(LandscapeAction::Choose(id, value.parse().map_or(Choice::Auto, Choice::Candidate)));
        })
    };
    let remove = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send(LandscapeAction::Remove(id)))
    };
    let toggle = Callback::from(move |_: MouseEvent| send(LandscapeAction::ToggleOpen(id)));
    let empty = doc.text.trim().is_empty() && doc.error.is_none();
    let (status, status_class) = status(doc, empty);
    let text = &*doc.text;
    let found = doc.found.as_deref();
    let candidates = found.map_or(&[][..], |f| f.candidates.as_slice());
    let sure = found.is_some_and(|f| f.found && f.sure);
    let picker = !candidates.is_empty() && (!sure || candidates.len() > 1 || doc.choice != Choice::Auto);
    let current = match doc.choice {
        Choice::Candidate(start) => Some(start),
        Choice::Manual(span) => Some(span.start),
        Choice::Auto => found.and_then(|f| f.chosen()).map(|c| c.start),
    };
    let picker_id = format!("landscape-pick-{id}");
    let label = texts::document_label(props.index, &doc.name);
    html! {
        <li class={classes!("landscape-doc", status_class)}>
            <div class="landscape-doc-head">
                <input class="text-input landscape-doc-name" aria-label={format!("{} {}", texts::DOCUMENT_NAME, props.index + 1)}
                    value={doc.name.clone()} placeholder={texts::document_label(props.index, "")} oninput={onname} />
                <span class={classes!("badge", status_class)}>{ status }</span>
                if !empty && doc.error.is_none() {
                    <button type="button" class="button button-quiet" onclick={toggle} aria-expanded={doc.open.to_string()}>
                        { if doc.open { texts::HIDE_TEXT } else { texts::SHOW_TEXT } }
                    </button>
                }
                <button type="button" class="button button-quiet" onclick={remove} aria-label={format!("{} {label}", texts::REMOVE_DOCUMENT)}>{ texts::REMOVE_DOCUMENT }</button>
            </div>
            if let Some(error) = &doc.error {
                <p class="landscape-doc-error" role="alert">{ error.clone() }</p>
            }
            if picker {
                <div class="landscape-doc-pick">
                    <label for={picker_id.clone()}>{ texts::CHOOSE_CLAUSE }</label>
                    <select id={picker_id} class="select" onchange={onchoose}>
                        if !found.is_some_and(|f| f.found) {
                            <option value="" selected={current.is_none()}>{ texts::NO_CLAUSE }</option>
                        }
                        { for candidates.iter().map(|c| {
                            let label = texts::candidate_label(c.heading.as_deref(), text.get(c.start..c.end).unwrap_or_default());
                            html! { <option value={c.start.to_string()} selected={current == Some(c.start)}>{ label }</option> }
                        }) }
                    </select>
                </div>
            } else if let Some(chosen) = found.and_then(|f| f.chosen()) {
                <p class="landscape-doc-clause">{ texts::candidate_label(chosen.heading.as_deref(), text.get(chosen.start..chosen.end).unwrap_or_default()) }</p>
            }
            if doc.open || empty {
                <textarea class="editor-text landscape-doc-text" aria-label={label} placeholder={texts::PASTE_HERE}
                    value={doc.text.to_string()} oninput={ontext} spellcheck="false" />
            }
        </li>
    }
}

/// The row's badge and its class.
fn status(doc: &Doc, empty: bool) -> (&'static str, &'static str) {
    if doc.error.is_some() {
        return (texts::FILE_UNREADABLE, "doc-error");
    }
    if empty {
        return (texts::EMPTY_BOX, "doc-empty");
    }
    let Some(found) = doc.found.as_deref() else { return (texts::FINDING, "doc-pending") };
    match (doc.choice, found.found, found.sure) {
        (Choice::Candidate(_) | Choice::Manual(_), _, _) => (texts::FOUND_PICKED, "doc-picked"),
        (Choice::Auto, true, true) => (texts::FOUND_SURE, "doc-sure"),
        (Choice::Auto, true, false) => (texts::FOUND_UNSURE, "doc-unsure"),
        (Choice::Auto, false, _) => (texts::FOUND_NONE, "doc-none"),
    }
}
