use andamal_core::Span;
use andamal_core::statute::selection::Source;
use andamal_core::text::span::utf16_to_byte;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::FinderStatus;
use crate::derived::use_derived;
use crate::state::{Action, Notice, Side, use_app};
use crate::{files, texts};

/// Larger pastes are refused: up to this much, the ändamål section is found and compared.
pub const MAX_PASTE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub side: Side,
}

/// One pasted förbundsordning.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let state = use_app();
    let side = props.side;
    let id = format!("text-{}", if side == Side::A { "a" } else { "b" });
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let value = area.value();
            if value.len() > MAX_PASTE_BYTES {
                // The pasted text stays in the field; the comparison keeps the last text that fit.
                let text = texts::too_large(value.len());
                state.dispatch(Action::Notify(Some(Notice { text, error: true })));
                return;
            }
            if state.notice.as_ref().is_some_and(|n| n.text.starts_with(texts::TOO_LARGE_START)) {
                state.dispatch(Action::Notify(None));
            }
            state.dispatch(Action::SetText(side, value));
        })
    };
    // A paste too large to compare is stopped before it reaches the field, so
    // the text already there stays and the tab is not flooded.
    let onpaste = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(e) = e.dyn_ref::<ClipboardEvent>() else { return };
            let Some(pasted) = e.clipboard_data().and_then(|d| d.get_data("text").ok()) else { return };
            if pasted.len() > MAX_PASTE_BYTES {
                e.prevent_default();
                let text = texts::too_large(pasted.len());
                state.dispatch(Action::Notify(Some(Notice { text, error: true })));
            }
        })
    };
    // A document, chosen or dropped, replaces the side's text (see
    // `files::read_document`: PDFs through pdf.js, other files in the worker,
    // .docx, .odt, .html, .rtf, any encoding); until then, and if it cannot
    // be read, the text stays as it was.
    let load_file = {
        let state = state.clone();
        Callback::from(move |file: web_sys::File| {
            let state = state.clone();
            let pdf = files::pdf_text(&file);
            if pdf.is_some() {
                state.dispatch(Action::Notify(Some(Notice { text: texts::READING_PDF.to_owned(), error: false })));
            }
            wasm_bindgen_futures::spawn_local(async move {
                match files::read_document(&file, pdf).await {
                    Ok(text) => {
                        state.dispatch(Action::SetText(side, text));
                        state.dispatch(Action::Notify(None));
                    }
                    Err(text) => state.dispatch(Action::Notify(Some(Notice { text, error: true }))),
                }
            });
        })
    };
    let file_input = use_node_ref();
    let choose_file = files::opener(&file_input);
    let onfile = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::take_chosen(&e) {
                load_file.emit(file);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|list| list.get(0)) else { return };
        e.prevent_default();
        load_file.emit(file);
    });
    let area_ref = use_node_ref();
    let onmark = {
        let state = state.clone();
        let area_ref = area_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = area_ref.cast::<HtmlTextAreaElement>() else { return };
            let value = area.value();
            let (Ok(Some(start)), Ok(Some(end))) = (area.selection_start(), area.selection_end()) else { return };
            let span = Span::new(utf16_to_byte(&value, start as usize), utf16_to_byte(&value, end as usize));
            if !span.is_empty() {
                state.dispatch(Action::MarkManually(side, span));
            }
        })
    };
    let onclear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Clear(side)))
    };
    let text = state.work.texts[side.index()].clone();
    // The text area is left uncontrolled while the user types: writing a 1 MB
    // value back after every key would make the browser lay it out again.
    // Only changes made elsewhere (example, clearing, a link) are written.
    {
        let area_ref = area_ref.clone();
        use_effect_with(text.clone(), move |text| {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                if area.value() != **text {
                    area.set_value(text);
                }
            }
        });
    }
    let chars = text.chars().count();
    // Opened work shows its texts as one line each, so the comparison comes
    // first; the text area stays in the page, hidden, one tap away.
    let folded = state.folded[side.index()] && !text.trim().is_empty();
    let unfold = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Unfold(side)))
    };
    html! {
        <section class={classes!("editor", folded.then_some("editor-folded"))} aria-labelledby={format!("{id}-label")}>
            if folded {
                <p class="folded-line">
                    <span class="folded-what">
                        <span id={format!("{id}-label")} class="folded-name" dir="auto">{ texts::side_heading(side.index(), &state.work.names[side.index()]) }</span>
                        <FoldedSection {side} />
                    </span>
                    <button type="button" class="link-button" onclick={unfold} aria-controls={id.clone()}>{ texts::SHOW_TEXT }</button>
                </p>
            }
            <div class="editor-head" hidden={folded}>
                <label id={format!("{id}-label")} for={id.clone()}>{ texts::SIDE_LABELS[side.index()] }</label>
                <span class="editor-count" aria-live="off">{ format!("{} tecken", texts::thousands(chars)) }</span>
                <button type="button" class="button button-quiet" onclick={choose_file} title={texts::OPEN_TEXT_FILE_HINT}>{ texts::OPEN_TEXT_FILE }</button>
                <input type="file" class="file-input" accept={files::DOCUMENT_TYPES}
                    ref={file_input} onchange={onfile} tabindex="-1" aria-hidden="true" />
                <button type="button" class="button button-quiet" onclick={onclear} disabled={text.is_empty()}>{ texts::CLEAR }</button>
            </div>
            <textarea
                hidden={folded}
                ref={area_ref}
                id={id}
                class="editor-text"
                dir="auto"
                spellcheck="false"
                placeholder={texts::SIDE_HINT}
                {oninput}
                {onpaste}
                {ondragover}
                {ondrop}
            />
            if !text.trim().is_empty() && !folded {
                <div class="editor-tools">
                    <button type="button" class="button button-quiet" onclick={onmark} title={texts::MARK_HINT}>{ texts::MARK }</button>
                </div>
                <FinderStatus side={side} />
            }
        </section>
    }
}

/// " · 4 § Förbundets ändamål": which part of a folded text is compared.
#[component]
fn FoldedSection(props: &EditorProps) -> Html {
    let derived = use_derived();
    let selection = &derived.sides[props.side.index()].selection;
    let part = match selection.source {
        Source::Manual => texts::MANUAL_SHORT,
        Source::WholeText => texts::WHOLE_SHORT,
        _ => selection.heading.as_deref().unwrap_or(texts::SECTION_SHORT),
    };
    html! { <span class="folded-part" dir="auto">{ format!(" · {part}") }</span> }
}
