//! "Många förbund": the landscape view. Documents in (files chosen in one
//! go, or pasted one per box), each one's ändamål found with the same help
//! when unsure as the pair view gives (the finder's candidates to choose
//! from), then the formulations of all of them and the documents in the
//! order of their likeness, any two of which open in the pair view with one
//! tap.
//!
//! It is an app of its own ([`LandscapeApp`], mounted by [`mount`]), built
//! as the `landscape` wasm and fetched only when the user first opens "Många
//! förbund" (see `crate::hooks::use_landscape_page`), so none of it weighs on
//! the page's wasm. It talks to the page's app only by one event: a pair
//! to open, as a share link's payload ([`crate::link::OPEN_PAIR_EVENT`]).
//!
//! Everything is computed in the worker ([`crate::hooks::use_landscape`]);
//! the result arrives drawn as a [`crate::landscape_tree`], which [`draw`]
//! turns into elements, and whose pair buttons one click listener serves.
//! Architecture invariant: user text reaches the DOM only as text nodes.

use std::rc::Rc;

use andamal_core::Span;
use andamal_core::diff::landscape::MAX_DOCUMENTS;
use andamal_core::formats::session::pack_whole;
use andamal_core::notes::notebook::Notebook;
use andamal_core::notes::work::Work;
use andamal_core::statute::selection::Choice;
use andamal_core::text::span::utf16_to_byte;
use wasm_bindgen::JsCast;
use web_sys::{Element, File, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::{LANDSCAPE_ROOT, use_landscape, use_landscape_autosave};
use crate::landscape::{Computed, Doc, LandscapeAction, LandscapeState, Progress};
use crate::landscape_tree::Node;
use crate::link::OPEN_PAIR_EVENT;
use crate::worker::{self, Done, Job};
use crate::{files, texts};

/// Formulations drawn before "Visa fler".
const GROUPS_AT_ONCE: usize = 40;

/// The landscape's state handle, shared by its components.
pub type LandscapeContext = UseReducerHandle<LandscapeState>;

/// Mounts the landscape app into `<div id="landscape-root">` (the `landscape`
/// binary's entry point).
pub fn mount() {
    if let Some(root) = gloo::utils::document().get_element_by_id(LANDSCAPE_ROOT) {
        root.set_text_content(None);
        yew::Renderer::<LandscapeApp>::with_root(root).render();
    }
}

/// The landscape app: its state, the worker's work on it, and its view.
#[component]
pub fn LandscapeApp() -> Html {
    let state = use_reducer(LandscapeState::default);
    use_landscape(&state);
    use_landscape_autosave(&state);
    html! {
        <ContextProvider<LandscapeContext> context={state}>
            <LandscapeView />
        </ContextProvider<LandscapeContext>>
    }
}

/// The whole landscape view.
#[component]
fn LandscapeView() -> Html {
    let state = use_context::<LandscapeContext>().expect("LandscapeContext");
    let shown = use_state(|| GROUPS_AT_ONCE);
    let pair = use_state(|| (0u16, 1u16));
    let l = &*state;
    let files_input = use_node_ref();
    let work_input = use_node_ref();
    let send = {
        let state = state.clone();
        move |action: LandscapeAction| state.dispatch(action)
    };
    let onfiles = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read_files(&state, input.files());
            input.set_value("");
        })
    };
    let ondrop = {
        let state = state.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            read_files(&state, e.data_transfer().and_then(|d| d.files()));
        })
    };
    let onwork = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_chosen(&e) else { return };
            let send = send.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let json = files::read_text(&file).await.unwrap_or_default();
                send(match worker::run(Job::ReadLandscape(json)).await {
                    Done::Work(Ok(work)) => LandscapeAction::Load(work),
                    Done::Work(Err(why)) => LandscapeAction::Notify(Some(why)),
                    _ => LandscapeAction::Notify(Some(texts::WORKER_FAILED.to_owned())),
                });
            });
        })
    };
    let save = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let work = state.work();
            let name =
                files::file_name(&work.title, &[texts::LANDSCAPE_FILE_NAME.to_owned(), String::new()], "andamal.json");
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(json) = worker::text(Job::WriteLandscape(work)).await {
                    files::download(&name, files::JSON, &json);
                }
            });
        })
    };
    // The result's pair buttons (`data-pair="a b"`) and "Öppna som par".
    let onresult = {
        let state = state.clone();
        let pair = pair.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
            let Ok(Some(button)) = target.closest("[data-pair]") else { return };
            let value = button.get_attribute("data-pair").unwrap_or_default();
            let mut ends = value.split(' ').filter_map(|n| n.parse::<u16>().ok());
            let (a, b) = match (ends.next(), ends.next()) {
                (Some(a), Some(b)) => (a, b),
                _ => *pair,
            };
            if let Some(c) = &state.computed {
                open_pair(&state, c, usize::from(a), usize::from(b));
            }
        })
    };
    let choose = |which: bool| {
        let pair = pair.clone();
        Callback::from(move |e: Event| {
            let Ok(v) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<u16>() else { return };
            pair.set(if which { (pair.0, v) } else { (v, pair.1) });
        })
    };
    let button = |label: &'static str, action: fn() -> LandscapeAction| {
        let send = send.clone();
        html! { <button type="button" class="button button-quiet" onclick={Callback::from(move |_: MouseEvent| send(action()))}>{ label }</button> }
    };
    let progress = match l.progress {
        Progress::Idle => String::new(),
        Progress::Reading { done, total } => texts::reading_files(done, total),
        Progress::Finding { done, total } => texts::finding_progress(done, total),
        Progress::Grouping { documents } => texts::grouping(documents),
    };
    // After "Töm landskapet" the empty landscape's answer shows nothing.
    let result = l.computed.as_ref().filter(|_| !l.docs.is_empty()).map(|c| {
        let t = &c.tree;
        let only_own = l.only_own;
        let groups: Vec<&Node> = t.groups.iter().filter(|g| g.0 || !only_own).map(|g| &g.1).collect();
        let hidden = groups.len().saturating_sub(*shown);
        let more = {
            let shown = shown.clone();
            Callback::from(move |_: MouseEvent| shown.set(*shown + GROUPS_AT_ONCE * 4))
        };
        let toggle = {
            let send = send.clone();
            Callback::from(move |e: Event| send(LandscapeAction::SetOnlyOwn(e.target_unchecked_into::<HtmlInputElement>().checked())))
        };
        let options = |selected: u16| {
            t.order_docs.iter().map(|&i| html! { <option value={i.to_string()} selected={i == selected}>{ l.name_of(c, usize::from(i)) }</option> }).collect::<Html>()
        };
        html! {
            <div class={classes!("landscape-result", l.stale().then_some("landscape-stale"))} aria-busy={l.stale().to_string()} onclick={onresult}>
                <h3>{ texts::ORDER_TITLE }</h3>
                <ol class="order-list">{ for t.order.iter().map(draw) }</ol>
                if t.order_docs.len() >= 2 {
                    <div class="order-pair">
                        <span class="order-pair-label">{ texts::OPEN_PAIR }</span>
                        <select class="select" aria-label="A" onchange={choose(false)}>{ options(pair.0) }</select>
                        <select class="select" aria-label="B" onchange={choose(true)}>{ options(pair.1) }</select>
                        <button type="button" class="button" data-pair="">{ texts::OPEN_PAIR_BUTTON }</button>
                    </div>
                }
                if !t.likeness.is_empty() {
                    <h3>{ texts::LIKENESS_TREE_TITLE }</h3>
                    <p class="legend">{ texts::LIKENESS_TREE_HINT }</p>
                    { for t.likeness.iter().map(draw) }
                }
                if !t.chain.is_empty() {
                    <h3>{ texts::CHAIN_TITLE }</h3>
                    <ol class="chain">{ for t.chain.iter().map(draw) }</ol>
                }
                if !t.themes.is_empty() {
                    <h3 id="landscape-themes">{ texts::THEME_MATRIX_TITLE }</h3>
                    <div class="theme-matrix" role="region" aria-labelledby="landscape-themes" tabindex="0">
                        <table>{ for t.themes.iter().map(draw) }</table>
                    </div>
                }
                <h3>{ texts::FORMULATIONS }</h3>
                <p class="landscape-summary">{ t.summary.clone() }</p>
                <label class="check"><input type="checkbox" checked={only_own} onchange={toggle} />{ " " }{ texts::ONLY_OWN }</label>
                <ol class="formulations">{ for groups.into_iter().take(*shown).map(draw) }</ol>
                if hidden > 0 {
                    <p class="more-rows"><button type="button" class="button" onclick={more}>{ texts::more_rows(hidden) }</button></p>
                }
            </div>
        }
    });
    html! {
        <section class="landscape" aria-labelledby="landscape-title" {ondrop} ondragover={Callback::from(|e: DragEvent| e.prevent_default())}>
            <h2 id="landscape-title" class="landscape-title">{ texts::LANDSCAPE_TITLE }</h2>
            <p class="landscape-intro">{ texts::LANDSCAPE_INTRO }</p>
            <div class="landscape-tools">
                <button type="button" class="button" onclick={files::opener(&files_input)} title={texts::OPEN_FILES_HINT}>{ texts::OPEN_FILES }</button>
                <input type="file" class="file-input" multiple=true accept={files::DOCUMENT_TYPES} ref={files_input} onchange={onfiles} tabindex="-1" aria-hidden="true" data-testid="landscape-files" />
                { button(texts::ADD_BOX, || LandscapeAction::AddBox) }
                if l.docs.is_empty() {
                    <button type="button" class="button button-quiet" title={texts::EXAMPLE_HINT}
                        onclick={let send = send.clone(); Callback::from(move |_: MouseEvent| send(LandscapeAction::Add(crate::landscape_example::documents())))}>{ texts::EXAMPLE }</button>
                }
                <button type="button" class="button button-quiet" onclick={files::opener(&work_input)} title={texts::OPEN_LANDSCAPE_HINT}>{ texts::OPEN_LANDSCAPE }</button>
                <input type="file" class="file-input" accept=".json,application/json" ref={work_input} onchange={onwork} tabindex="-1" aria-hidden="true" data-testid="landscape-work" />
                if !l.docs.is_empty() {
                    <button type="button" class="button button-quiet" onclick={save}>{ texts::SAVE_LANDSCAPE }</button>
                    { button(texts::REMOVE_ALL, || LandscapeAction::Clear) }
                }
            </div>
            <p class="landscape-progress" role="status" aria-live="polite">{ progress }</p>
            if let Some(notice) = &l.notice {
                <p class="landscape-notice" role="alert">{ notice.clone() }</p>
            }
            if !l.docs.is_empty() {
                <ol class="landscape-docs">{ for l.docs.iter().enumerate().map(|(i, d)| row(&state, i, d, suggested(l.computed.as_deref(), d.id))) }</ol>
            }
            { result }
        </section>
    }
}

/// One document: its name, whether its ändamål was found with certainty,
/// the finder's candidates when not, its text box when open.
fn row(state: &LandscapeContext, index: usize, doc: &Doc, suggested: &str) -> Html {
    let id = doc.id;
    let send = {
        let state = state.clone();
        move |action: LandscapeAction| state.dispatch(action)
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
    // Marking the clause by hand, as in the pair view's editor: the text
    // box's selection (UTF-16) as a span of the text (UTF-8).
    let onmark = {
        let send = send.clone();
        Callback::from(move |e: MouseEvent| {
            let area = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|button| button.closest(".landscape-doc").ok().flatten())
                .and_then(|row| row.query_selector("textarea").ok().flatten())
                .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok());
            let Some(area) = area else { return };
            let value = area.value();
            let (Ok(Some(start)), Ok(Some(end))) = (area.selection_start(), area.selection_end()) else { return };
            let span = Span::new(utf16_to_byte(&value, start as usize), utf16_to_byte(&value, end as usize));
            if !span.is_empty() {
                send(LandscapeAction::Choose(id, Choice::Manual(span)));
            }
        })
    };
    let act = |action: fn(u32) -> LandscapeAction| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send(action(id)))
    };
    let empty = doc.text.trim().is_empty() && doc.error.is_none();
    let (status, class) = status(doc, empty);
    let text = &*doc.text;
    let found = doc.found.as_deref();
    let candidates = found.map_or(&[][..], |f| f.candidates.as_slice());
    let manual = matches!(doc.choice, Choice::Manual(_));
    let sure = found.is_some_and(|f| f.found && f.sure);
    let current = match doc.choice {
        Choice::Candidate(start) => Some(start),
        Choice::Manual(span) => Some(span.start),
        Choice::Auto => found.and_then(|f| f.chosen()).map(|c| c.start),
    };
    let label = |c: &andamal_core::statute::found::Pick| {
        texts::candidate_label(c.heading.as_deref(), text.get(c.start..c.end).unwrap_or_default())
    };
    let name = texts::document_label(index, if doc.name.trim().is_empty() { suggested } else { &doc.name });
    html! {
        <li key={id} class={classes!("landscape-doc", class)}>
            <div class="landscape-doc-head">
                <input class="text-input landscape-doc-name" aria-label={format!("{} {}", texts::DOCUMENT_NAME, index + 1)}
                    value={doc.name.clone()} placeholder={texts::document_label(index, suggested)} oninput={onname} />
                <span class={classes!("badge", class)}>{ status }</span>
                if !empty && doc.error.is_none() {
                    <button type="button" class="button button-quiet" onclick={act(LandscapeAction::ToggleOpen)} aria-expanded={doc.open.to_string()}>
                        { if doc.open { texts::HIDE_TEXT } else { texts::SHOW_TEXT } }
                    </button>
                }
                <button type="button" class="button button-quiet" onclick={act(LandscapeAction::Remove)} aria-label={format!("{} {name}", texts::REMOVE_DOCUMENT)}>{ texts::REMOVE_DOCUMENT }</button>
            </div>
            if let Some(error) = &doc.error {
                <p class="landscape-doc-error" role="alert">{ error.clone() }</p>
            }
            if !candidates.is_empty() && (!sure || candidates.len() > 1 || doc.choice != Choice::Auto) {
                <label class="landscape-doc-pick">{ texts::CHOOSE_CLAUSE }{ " " }
                    <select class="select" onchange={onchoose}>
                        if !found.is_some_and(|f| f.found) {
                            <option value="" selected={current.is_none()}>{ texts::NO_CLAUSE }</option>
                        }
                        if let Choice::Manual(span) = doc.choice {
                            <option value="manual" selected=true>{ texts::marked_by_hand(text.get(span.start..span.end).unwrap_or_default()) }</option>
                        }
                        { for candidates.iter().map(|c| html! { <option value={c.start.to_string()} selected={!manual && current == Some(c.start)}>{ label(c) }</option> }) }
                    </select>
                </label>
            } else if let Choice::Manual(span) = doc.choice {
                <p class="landscape-doc-clause">{ texts::marked_by_hand(text.get(span.start..span.end).unwrap_or_default()) }</p>
            } else if let Some(chosen) = found.and_then(|f| f.chosen()) {
                <p class="landscape-doc-clause">{ label(chosen) }</p>
            }
            if doc.open || empty {
                <textarea class="editor-text landscape-doc-text" aria-label={name} placeholder={texts::PASTE_HERE}
                    value={doc.text.to_string()} oninput={ontext} spellcheck="false" />
                if !empty {
                    <p class="landscape-doc-mark">
                        <button type="button" class="button button-quiet" onclick={onmark}>{ texts::MARK }</button>
                        <span class="hint">{ texts::MARK_HINT }</span>
                    </p>
                }
            }
        </li>
    }
}

/// The name the reader suggested for a document from its text, if any.
fn suggested(computed: Option<&Computed>, id: u32) -> &str {
    let Some(c) = computed else { return "" };
    c.ids.iter().position(|&i| i == id).and_then(|k| c.tree.names.get(k)).map_or("", String::as_str)
}

/// A document's badge and its class.
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

/// A node of the drawn landscape as elements (text as text nodes).
fn draw(node: &Node) -> Html {
    match node {
        Node::Text(text) => html! { text.clone() },
        Node::El(e) => {
            // Built by hand: the attributes are data (yew puts an `svg` and
            // what is inside it in the SVG namespace).
            let mut tag = yew::virtual_dom::VTag::new(e.tag.name());
            if !e.class.is_empty() {
                tag.add_attribute("class", e.class.clone());
            }
            if !e.label.is_empty() {
                tag.add_attribute("aria-label", e.label.clone());
            }
            if let Some((a, b)) = e.pair {
                tag.add_attribute("data-pair", format!("{a} {b}"));
                tag.add_attribute("type", "button");
            }
            for (attr, value) in &e.attrs {
                tag.add_attribute(attr.name(), value.clone());
            }
            tag.add_children(e.children.iter().map(draw));
            tag.into()
        }
    }
}

/// Reads chosen or dropped files (PDFs through pdf.js, the rest in the
/// document reader), showing progress, and adds them all when read. Files
/// past the hundredth are not read, only named (see `LandscapeAction::Add`).
fn read_files(state: &LandscapeContext, list: Option<web_sys::FileList>) {
    let chosen: Vec<File> =
        list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
    if chosen.is_empty() {
        return;
    }
    let state = state.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let room = MAX_DOCUMENTS.saturating_sub(state.docs.len());
        let total = chosen.len().min(room);
        let mut read = Vec::with_capacity(chosen.len());
        for (done, file) in chosen.iter().enumerate() {
            let text = if done < room {
                state.dispatch(LandscapeAction::Progress(Progress::Reading { done, total }));
                files::read_document(file, pdf_text(file)).await
            } else {
                Err(String::new())
            };
            read.push((file.name(), text));
        }
        state.dispatch(LandscapeAction::Progress(Progress::Idle));
        state.dispatch(LandscapeAction::Add(read));
    });
}

/// When `file` is a PDF, starts reading its text through pdf.js: the
/// `andamalPdfText` that landscape-start.js defines, the same reader the
/// page's `files::pdf_text` loads (this wasm is built without JS snippets,
/// so it cannot carry that one). `None` for any other file, and where the
/// loader did not run (the component tests).
fn pdf_text(file: &File) -> Option<js_sys::Promise> {
    let read = js_sys::Reflect::get(&gloo::utils::window(), &"andamalPdfText".into()).ok()?;
    let read: js_sys::Function = read.dyn_into().ok()?;
    read.call1(&wasm_bindgen::JsValue::NULL, file).ok()?.dyn_into().ok()
}

/// Opens documents `a` and `b` of the landscape in the pair view, with the
/// clauses chosen for them here: the two whole texts as a share link's
/// payload (encoded in the worker), sent to the page's app as
/// [`crate::link::OPEN_PAIR_EVENT`], which opens it as it opens any link
/// (keeping its earlier work as a draft) and shows the pair view.
fn open_pair(state: &LandscapeContext, c: &Computed, a: usize, b: usize) {
    let (Some(ta), Some(tb)) = (c.texts.get(a), c.texts.get(b)) else { return };
    if a == b {
        return;
    }
    let work = Work {
        texts: [ta.clone(), tb.clone()],
        choices: [c.choices[a], c.choices[b]],
        folds: state.folds,
        names: [state.name_of(c, a), state.name_of(c, b)],
        title: state.title.clone(),
        notebook: Rc::new(Notebook::default()),
    };
    let shared = pack_whole(&work, false).shared;
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(payload) = worker::text(Job::Encode(shared)).await {
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&payload.into());
            let window = gloo::utils::window();
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(OPEN_PAIR_EVENT, &init) {
                let _ = window.dispatch_event(&event);
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
