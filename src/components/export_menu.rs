use std::rc::Rc;

use andamal_core::formats::export::web_annotation::{ImportError, MAX_FILE_BYTES};
use andamal_core::formats::session::{Scope, unpack};
use yew::prelude::*;

use crate::state::{Action, use_app};
use crate::worker::{self, FileKind, Job};
use crate::{files, storage, texts};

/// "Spara och exportera": the work as a file to open again, "Öppna fil",
/// the handout, the spreadsheet, the Web Annotation JSON, and printing.
#[component]
pub fn ExportMenu() -> Html {
    let state = use_app();
    let error = use_state(|| None::<String>);
    let input = use_node_ref();
    let nothing = state.work.texts.iter().any(|t| t.trim().is_empty());
    let save_file = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| files::save_work(&state))
    };
    // The compared sections (the whole documents when a note lies outside them).
    let export = |kind: FileKind, extension: &'static str| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| files::export(&state, Scope::Sections, kind, extension))
    };
    let choose = files::opener(&input);
    let onchange = {
        let state = state.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen(&e) else { return };
            #[allow(clippy::cast_precision_loss)]
            if file.size() > MAX_FILE_BYTES as f64 {
                error.set(Some(ImportError::TooLarge.message()));
                return;
            }
            let state = state.clone();
            let error = error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(json) = files::read_text(&file).await else {
                    error.set(Some(texts::FILE_UNREADABLE.to_owned()));
                    return;
                };
                match worker::opened(Job::Read(json)).await {
                    Ok(shared) => {
                        storage::keep_draft(&state);
                        state.dispatch(Action::Open(Rc::new(unpack(&shared))));
                        error.set(None);
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
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
                    <button type="button" class="button button-quiet" onclick={export(FileKind::Markdown, "md")} disabled={nothing} {title}>{ texts::EXPORT_MARKDOWN }</button>
                    <button type="button" class="button button-quiet" onclick={export(FileKind::Csv, "csv")} disabled={nothing} {title}>{ texts::EXPORT_CSV }</button>
                    <button type="button" class="button button-quiet" onclick={export(FileKind::WebAnnotation, "anteckningar.json")} disabled={nothing} {title}>{ texts::EXPORT_JSON }</button>
                    <button type="button" class="button button-quiet" onclick={print} disabled={nothing} {title}>{ texts::PRINT }</button>
                </div>
            </details>
            if let Some(message) = &*error { <p class="form-error export-error" role="alert">{ message.clone() }</p> }
        </div>
    }
}
