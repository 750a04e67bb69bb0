//! "Många förbund": the landscape view. Documents in (files chosen in one
//! go, or pasted one per box), each one's ändamål found with the same help
//! when unsure as the pair view gives, then the sentences of all of them in
//! formulations, and the documents in the order of their likeness, any two
//! of which open in the pair view with one tap.
//!
//! Everything is computed in the worker ([`crate::hooks::use_landscape`]);
//! these components only render [`crate::landscape::LandscapeState`].

mod documents;
mod groups;
mod order;

use andamal_core::landscape::MAX_DOCUMENTS;
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

use crate::components::AppContext;
use crate::landscape::{LandscapeAction, Progress};
use crate::state::Action;
use crate::worker::{self, Done, Job};
use crate::{files, texts};

use documents::Documents;
use groups::Groups;
use order::Order;

/// The whole landscape view.
#[component]
pub fn LandscapeView() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let l = &state.landscape;
    let files_input = use_node_ref();
    let work_input = use_node_ref();
    let onfiles = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let chosen: Vec<File> =
                input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
            input.set_value("");
            read_files(&state, chosen);
        })
    };
    let ondrop = {
        let state = state.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let list = e.data_transfer().and_then(|d| d.files());
            let chosen: Vec<File> =
                list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
            read_files(&state, chosen);
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let onwork = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen(&e) else { return };
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let Some(json) = files::read_text(&file).await else {
                    state.dispatch(Action::Landscape(LandscapeAction::Notify(Some(texts::FILE_UNREADABLE.to_owned()))));
                    return;
                };
                let action = match worker::run(Job::ReadLandscape(json)).await {
                    Done::Work(Ok(work)) => LandscapeAction::Load(work),
                    Done::Work(Err(why)) => LandscapeAction::Notify(Some(why)),
                    _ => LandscapeAction::Notify(Some(texts::WORKER_FAILED.to_owned())),
                };
                state.dispatch(Action::Landscape(action));
            });
        })
    };
    let save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let work = state.landscape.work(state.folds);
            let title = work.title.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(json) = worker::text(Job::WriteLandscape(work)).await {
                    let base = if title.trim().is_empty() { texts::LANDSCAPE_FILE_NAME.to_owned() } else { title };
                    let name = files::file_name(&base, &[String::new(), String::new()], "andamal.json");
                    files::download(&name, files::JSON, &json);
                }
            });
        })
    };
    let dispatch = |action: LandscapeAction| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Landscape(action.clone())))
    };
    let progress = match l.progress {
        Progress::Idle => None,
        Progress::Reading { done, total } => Some(texts::reading_files(done, total)),
        Progress::Finding { done, total } => Some(texts::finding_progress(done, total)),
        Progress::Grouping { documents } => Some(texts::grouping(documents)),
    };
    let has_docs = !l.docs.is_empty();
    html! {
        <section class="landscape" aria-labelledby="landscape-title" ondrop={ondrop} ondragover={ondragover}>
            <h2 id="landscape-title" class="landscape-title">{ texts::LANDSCAPE_TITLE }</h2>
            <p class="landscape-intro">{ texts::LANDSCAPE_INTRO }</p>
            <div class="landscape-tools">
                <button type="button" class="button" onclick={files::opener(&files_input)} title={texts::OPEN_FILES_HINT}>{ texts::OPEN_FILES }</button>
                <input type="file" class="file-input" multiple=true accept={files::DOCUMENT_TYPES} ref={files_input} onchange={onfiles} tabindex="-1" aria-hidden="true" data-testid="landscape-files" />
                <button type="button" class="button button-quiet" onclick={dispatch(LandscapeAction::AddBox)}>{ texts::ADD_BOX }</button>
                <button type="button" class="button button-quiet" onclick={files::opener(&work_input)} title={texts::OPEN_LANDSCAPE_HINT}>{ texts::OPEN_LANDSCAPE }</button>
                <input type="file" class="file-input" accept=".json,application/json" ref={work_input} onchange={onwork} tabindex="-1" aria-hidden="true" data-testid="landscape-work" />
                if has_docs {
                    <button type="button" class="button button-quiet" onclick={save}>{ texts::SAVE_LANDSCAPE }</button>
                    <button type="button" class="button button-quiet" onclick={dispatch(LandscapeAction::Clear)}>{ texts::REMOVE_ALL }</button>
                }
            </div>
            <p class="landscape-progress" role="status" aria-live="polite">{ progress.unwrap_or_default() }</p>
            if let Some(notice) = &l.notice {
                <p class="landscape-notice" role="alert">{ notice.clone() }</p>
            }
            <Documents />
            if let Some(computed) = &l.computed {
                <div class={classes!("landscape-result", l.stale().then_some("landscape-stale"))} aria-busy={l.stale().to_string()}>
                    <Order computed={computed.clone()} />
                    <Groups computed={computed.clone()} />
                </div>
            }
        </section>
    }
}

/// Reads chosen or dropped files (PDFs through pdf.js, the rest in the
/// document reader), showing progress, and adds them all when read.
fn read_files(state: &AppContext, chosen: Vec<File>) {
    if chosen.is_empty() {
        return;
    }
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        // Files past the hundredth are not read, only named (see `LandscapeAction::Add`).
        let room = MAX_DOCUMENTS.saturating_sub(state.landscape.docs.len());
        let total = chosen.len().min(room);
        let mut read = Vec::with_capacity(chosen.len());
        for (done, file) in chosen.iter().enumerate() {
            if done >= room {
                read.push((file.name(), Err(String::new())));
                continue;
            }
            state.dispatch(Action::Landscape(LandscapeAction::Progress(Progress::Reading { done, total })));
            let pdf = files::pdf_text(file);
            let text = files::read_document(file, pdf).await;
            read.push((file.name(), text));
        }
        state.dispatch(Action::Landscape(LandscapeAction::Progress(Progress::Idle)));
        state.dispatch(Action::Landscape(LandscapeAction::Add(read)));
    });
}
