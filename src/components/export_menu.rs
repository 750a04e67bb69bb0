use std::rc::Rc;

use andamal_core::export::csv::pair_table;
use andamal_core::export::markdown::handout;
use andamal_core::export::web_annotation::{ImportError, MAX_FILE_BYTES, export_web_annotation, import_web_annotation};
use andamal_core::session::{Scope, unpack};
use gloo::file::callbacks::{FileReader, read_as_text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::AppContext;
use crate::state::{Action, State};
use crate::{files, storage, texts};

/// The exports a button offers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Export {
    Markdown,
    Csv,
    Json,
}

/// "Spara och exportera": the work as a file to open again, "Öppna fil",
/// the handout, the spreadsheet, the Web Annotation JSON, and printing.
#[component]
pub fn ExportMenu() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let error = use_state(|| None::<String>);
    let reading = use_mut_ref(|| None::<FileReader>);
    let input = use_node_ref();
    let nothing = state.texts.iter().any(|t| t.trim().is_empty());
    let save_file = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| files::save_work(&state))
    };
    let export = |kind: Export| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| export(&state, kind))
    };
    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let state = state.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|list| list.get(0)) else { return };
            // The same file may be chosen again after a fix.
            input.set_value("");
            #[allow(clippy::cast_precision_loss)]
            if file.size() > MAX_FILE_BYTES as f64 {
                error.set(Some(ImportError::TooLarge.message()));
                return;
            }
            let state = state.clone();
            let error = error.clone();
            let file = gloo::file::File::from(file);
            *reading.borrow_mut() = Some(read_as_text(&file, move |read| {
                let imported = read
                    .map_err(|_| texts::FILE_UNREADABLE.to_owned())
                    .and_then(|json| import_web_annotation(&json).map_err(|e| e.message()));
                match imported {
                    Ok(shared) => {
                        storage::keep_draft(&state);
                        state.dispatch(Action::Open(Rc::new(unpack(&shared))));
                        error.set(None);
                    }
                    Err(message) => error.set(Some(message)),
                }
            }));
        })
    };
    let print = Callback::from(|_: MouseEvent| files::print());
    let title = nothing.then_some(texts::NOTHING_TO_EXPORT);
    html! {
        <div class="export">
            <details class="export-menu">
                <summary class="button">{ texts::SAVE_AND_EXPORT }</summary>
                <div class="export-items">
                    <button type="button" class="button" onclick={save_file} disabled={nothing} {title} aria-describedby="save-file-hint">{ texts::SAVE_FILE }</button>
                    <p id="save-file-hint" class="export-hint">{ texts::SAVE_FILE_HINT }</p>
                    <button type="button" class="button" onclick={choose}>{ texts::OPEN_FILE }</button>
                    <input type="file" class="file-input" accept=".json,.andamal.json" ref={input} {onchange} tabindex="-1" aria-hidden="true" />
                    <hr />
                    <button type="button" class="button button-quiet" onclick={export(Export::Markdown)} disabled={nothing} {title}>{ texts::EXPORT_MARKDOWN }</button>
                    <button type="button" class="button button-quiet" onclick={export(Export::Csv)} disabled={nothing} {title}>{ texts::EXPORT_CSV }</button>
                    <button type="button" class="button button-quiet" onclick={export(Export::Json)} disabled={nothing} {title}>{ texts::EXPORT_JSON }</button>
                    <button type="button" class="button button-quiet" onclick={print} disabled={nothing} {title}>{ texts::PRINT }</button>
                </div>
            </details>
            if let Some(message) = &*error { <p class="form-error export-error" role="alert">{ message.clone() }</p> }
        </div>
    }
}

/// Downloads one export of the compared sections (the whole documents when a
/// note lies outside them).
fn export(state: &State, kind: Export) {
    let shared = storage::shared(state, Scope::Sections);
    let (extension, mime, content) = match kind {
        Export::Markdown => ("md", "text/markdown;charset=utf-8", handout(&shared, &shared.compare())),
        Export::Csv => ("csv", "text/csv;charset=utf-8", pair_table(&shared, &shared.compare())),
        Export::Json => ("anteckningar.json", files::JSON, export_web_annotation(&shared)),
    };
    files::download(&files::file_name(&state.title, &state.names, extension), mime, &content);
}
