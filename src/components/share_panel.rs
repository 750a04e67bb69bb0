use andamal_core::formats::session::{Packed, Scope, pack_whole};
use std::rc::Rc;

use andamal_core::formats::share::Shared;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlInputElement, HtmlTextAreaElement, KeyboardEvent};
use yew::prelude::*;

use crate::hooks::use_debounced;
use crate::link::{Origin, open, page_address};
use crate::state::{Action, Side, use_app};
use crate::texts;
use crate::worker::{self, Done, Job};

/// Above this many characters a link may be cut by mail and chat programs.
const LONG_LINK: usize = 2_000;
/// Above this many bytes a QR code gets dense.
const DENSE_QR: usize = 1_000;

/// Both sides' text in bytes: what decides whether a link can carry it.
fn text_bytes(shared: &Shared) -> usize {
    shared.sides.iter().map(|s| s.text.len()).sum()
}

/// Sharing: names and title, what the link carries, the link to copy or
/// share, its QR code, and a field to open a link someone sent.
#[component]
pub fn SharePanel() -> Html {
    let state = use_app();
    let with_notes = use_state(|| true);
    let whole = use_state(|| false);
    let copied = use_state(|| None::<bool>);
    let scope = if *whole { Scope::Whole } else { Scope::Sections };
    // Packed again only when what a link carries changes (not on the panel's own renders).
    let packed = use_memo((state.work.clone(), *with_notes), |(work, with_notes)| pack_whole(work, *with_notes));
    // Once typing pauses, the worker crops the work to the sections (the
    // finder runs there), encodes the link and draws it as a QR code. Until
    // the link for the current work is back, the last one is shown as busy
    // and cannot be copied.
    let made = use_state(|| None::<((Rc<Packed>, Scope), Packed, Option<String>)>);
    let qr = use_state(|| None::<(String, Option<(usize, String)>)>);
    let generation = use_mut_ref(|| 0u32);
    let settled = use_debounced((packed.clone(), scope), 150);
    {
        let (made, qr) = (made.clone(), qr.clone());
        use_effect_with(settled, move |key| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let key = key.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let current = || *generation.borrow() == mine;
                let Done::Link(carried, payload) = worker::run(Job::Link((*key.0).clone(), key.1)).await else {
                    return;
                };
                if !current() {
                    return;
                }
                let link = payload.map(|p| format!("{}#{p}", page_address()));
                made.set(Some((key, carried, link.clone())));
                let Some(link) = link else { return };
                if let Done::Qr(code) = worker::run(Job::Qr(link.clone())).await {
                    if current() {
                        qr.set(Some((link, code)));
                    }
                }
            });
        });
    }
    let ready = made.as_ref().is_some_and(|((for_packed, for_scope), ..)| {
        *for_scope == scope && (Rc::ptr_eq(for_packed, &packed) || *for_packed == packed)
    });
    let carried = made.as_ref().map(|(_, carried, _)| carried);
    // More than a link carries (the whole documents of a big comparison): a file instead.
    let too_large =
        made.as_ref().filter(|(_, _, link)| link.is_none()).map(|(_, carried, _)| text_bytes(&carried.shared));
    let link = made.as_ref().and_then(|(.., link)| link.clone()).unwrap_or_default();
    let length = link.chars().count();
    let code = qr.as_ref().filter(|(for_link, _)| ready && *for_link == link).map(|(_, code)| code.clone());
    let link_area = use_node_ref();

    let name_input = |side: Side, label: &'static str| {
        let id = format!("share-name-{}", side.index());
        let oninput = {
            let state = state.clone();
            Callback::from(move |e: InputEvent| {
                state.dispatch(Action::SetName(side, e.target_unchecked_into::<HtmlInputElement>().value()));
            })
        };
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                <input {id} type="text" class="text-input" maxlength="120" dir="auto" value={state.work.names[side.index()].clone()} {oninput} />
            </div>
        }
    };
    let ontitle = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.dispatch(Action::SetTitle(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let oninitials = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            crate::storage::set_initials(value.trim());
            state.dispatch(Action::SetInitials(value));
        })
    };
    let toggle_notes = {
        let with_notes = with_notes.clone();
        Callback::from(move |_: Event| with_notes.set(!*with_notes))
    };
    let set_whole = |value: bool| {
        let whole = whole.clone();
        Callback::from(move |_: Event| whole.set(value))
    };
    let oncopy = {
        let link = link.clone();
        let copied = copied.clone();
        let link_area = link_area.clone();
        Callback::from(move |_: MouseEvent| {
            let (link, copied, link_area) = (link.clone(), copied.clone(), link_area.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&link).await;
                if !ok {
                    if let Some(area) = link_area.cast::<HtmlTextAreaElement>() {
                        area.select();
                    }
                }
                copied.set(Some(ok));
            });
        })
    };
    let system_share = can_share().then(|| {
        let link = link.clone();
        let title = if state.work.title.is_empty() { texts::APP_TITLE.to_owned() } else { state.work.title.clone() };
        Callback::from(move |_: MouseEvent| share_natively(&title, &link))
    });
    let onclose = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Share(false)))
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                state.dispatch(Action::Share(false));
            }
        })
    };
    html! {
        <section class="share-panel" aria-labelledby="share-title" {onkeydown}>
            <div class="share-head">
                <h2 id="share-title">{ texts::SHARE_TITLE }</h2>
                <button type="button" class="button button-quiet" onclick={onclose}>{ texts::CLOSE }</button>
            </div>
            <div class="share-grid">
                <div class="share-options">
                    { name_input(Side::A, texts::SHARE_NAME_A) }
                    { name_input(Side::B, texts::SHARE_NAME_B) }
                    <div class="field">
                        <label for="share-title-field">{ texts::SHARE_TITLE_FIELD }</label>
                        <input id="share-title-field" type="text" class="text-input" maxlength="200" dir="auto" value={state.work.title.clone()} oninput={ontitle} />
                    </div>
                    <div class="field">
                        <label for="share-initials">{ texts::INITIALS }</label>
                        <input id="share-initials" type="text" class="text-input initials-input" maxlength="4" dir="auto" value={state.initials.clone()} oninput={oninitials} />
                    </div>
                    <fieldset class="share-scope">
                        <legend class="sr-only">{ texts::SHARE_TITLE }</legend>
                        <label class="toggle"><input type="radio" name="share-scope" checked={!*whole} onchange={set_whole(false)} />{ texts::SHARE_SECTIONS }</label>
                        <label class="toggle"><input type="radio" name="share-scope" checked={*whole} onchange={set_whole(true)} />{ texts::SHARE_WHOLE }</label>
                        <label class="toggle"><input type="checkbox" checked={*with_notes} onchange={toggle_notes} />{ texts::SHARE_WITH_NOTES }</label>
                    </fieldset>
                    <p class="share-privacy">
                        { if *with_notes { texts::SHARE_CONTAINS_NOTES } else { texts::SHARE_CONTAINS_TEXT } }
                        { " " }{ texts::SHARE_NO_SERVER }
                    </p>
                    if carried.is_some_and(|c| c.widened) { <p class="notice notice-info" role="status">{ texts::SHARE_WIDENED }</p> }
                    if packed.left_out > 0 { <p class="notice notice-info" role="status">{ texts::left_out(packed.left_out) }</p> }
                </div>
                if let Some(bytes) = too_large {
                    <div class="share-link">
                        <p class="notice notice-warning" role="status">{ texts::too_large_for_link(bytes) }</p>
                    </div>
                } else {
                    <div class="share-link">
                        <label for="share-link-text">{ texts::LINK_FIELD }</label>
                        <textarea id="share-link-text" ref={link_area} class="note-text share-link-text" readonly=true rows="3" aria-busy={(!ready).to_string()} value={link.clone()} />
                        <p class={classes!("share-length", (length > LONG_LINK).then_some("share-long"))}>
                            { if link.is_empty() { texts::LINK_MAKING.to_owned() } else { texts::link_length(length) } }
                        </p>
                        if length > LONG_LINK { <p class="notice notice-warning" role="status">{ texts::LONG_LINK }</p> }
                        <div class="panel-actions">
                            <button type="button" class="button button-primary" disabled={!ready} onclick={oncopy}>{ texts::COPY_LINK }</button>
                            if let Some(onshare) = system_share { <button type="button" class="button" disabled={!ready} onclick={onshare}>{ texts::SYSTEM_SHARE }</button> }
                        </div>
                        <p class="copy-feedback" role="status">{
                            match *copied { Some(true) => texts::COPIED, Some(false) => texts::COPY_FAILED, None => "" }
                        }</p>
                        { match code {
                            Some(Some((size, path))) => html! {
                                <figure class="qr">
                                    { qr_svg(size, path) }
                                    if link.len() > DENSE_QR { <figcaption>{ texts::QR_DENSE }</figcaption> }
                                </figure>
                            },
                            Some(None) => html! { <p class="panel-hint">{ texts::QR_TOO_LONG }</p> },
                            None => html! { <p class="panel-hint qr-pending" role="status">{ texts::QR_DRAWING }</p> },
                        } }
                    </div>
                }
            </div>
            <OpenLink />
        </section>
    }
}

/// A share link's QR code, drawn from the worker's path.
fn qr_svg(size: usize, path: String) -> Html {
    html! {
        <svg class="qr-code" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={texts::QR_LABEL} shape-rendering="crispEdges">
            <rect class="qr-light" width={size.to_string()} height={size.to_string()} />
            <path class="qr-dark" d={path} />
        </svg>
    }
}

/// Presentation mode's "Visa QR-kod": the link to the work (its sections,
/// with notes) as a QR code filling the screen, for the room to scan.
#[component]
pub fn QrScreen() -> Html {
    let state = use_app();
    let code = use_state(|| None::<Option<(usize, String)>>);
    {
        let (code, state) = (code.clone(), state.clone());
        use_effect_with((), move |()| {
            let packed = pack_whole(&state.work, true);
            wasm_bindgen_futures::spawn_local(async move {
                let Done::Link(_, payload) = worker::run(Job::Link(packed, Scope::Sections)).await else { return };
                let Some(payload) = payload else { return code.set(Some(None)) };
                if let Done::Qr(drawn) = worker::run(Job::Qr(format!("{}#{payload}", page_address()))).await {
                    code.set(Some(drawn));
                }
            });
        });
    }
    let hide = Callback::from(move |_: MouseEvent| state.dispatch(Action::ToggleQr));
    html! {
        <div class="qr-screen" role="dialog" aria-label={texts::SHOW_QR}>
            { match (*code).clone() {
                Some(Some((size, path))) => qr_svg(size, path),
                Some(None) => html! { <p>{ texts::QR_TOO_LONG }</p> },
                None => html! { <p role="status">{ texts::QR_DRAWING }</p> },
            } }
            <p class="qr-screen-hint">
                { texts::QR_SCAN }{ " " }
                <button type="button" class="button" onclick={hide}>{ texts::HIDE_QR }</button>
            </p>
        </div>
    }
}

/// The "Öppna länk" field: a link someone sent, pasted.
#[component]
fn OpenLink() -> Html {
    let state = use_app();
    let value = use_state(String::new);
    let error = use_state(|| None::<String>);
    let oninput = {
        let (value, error) = (value.clone(), error.clone());
        Callback::from(move |e: InputEvent| {
            value.set(e.target_unchecked_into::<HtmlInputElement>().value());
            error.set(None);
        })
    };
    let onsubmit = {
        let (state, value, error) = (state.clone(), value.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (state, value, error) = (state.clone(), value.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let now = || state.clone();
                match open(now, (*value).clone(), Origin::Link).await {
                    Ok(()) => {
                        value.set(String::new());
                        state.dispatch(Action::Share(false));
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
        })
    };
    let oncollect = {
        let (value, error) = (value.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let (state, value, error) = (state.clone(), value.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match worker::opened(Job::DecodeLink((*value).clone())).await {
                    Ok(shared) => {
                        value.set(String::new());
                        state.dispatch(Action::Collect(Rc::new(shared)));
                    }
                    Err(message) => error.set(Some(message)),
                }
            });
        })
    };
    html! {
        <form class="open-link" {onsubmit}>
            <h3>{ texts::OPEN_LINK }</h3>
            <label for="open-link-field">{ texts::OPEN_LINK_FIELD }</label>
            <div class="open-link-row">
                <input id="open-link-field" type="text" inputmode="url" class="text-input" value={(*value).clone()} {oninput} autocomplete="off" spellcheck="false" />
                <button type="submit" class="button">{ texts::OPEN }</button>
                <button type="button" class="button button-quiet" onclick={oncollect}>{ texts::COLLECT }</button>
            </div>
            <p class="panel-hint">{ texts::COLLECT_HINT }</p>
            if let Some(message) = &*error { <p class="form-error" role="alert">{ message.clone() }</p> }
        </form>
    }
}

/// `navigator.clipboard.writeText`, looked up at run time (web-sys has it
/// only behind its unstable flag); false where the browser refuses.
async fn copy_text(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")) else { return false };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText")) else { return false };
    let Some(write) = write.dyn_ref::<js_sys::Function>() else { return false };
    let Ok(promise) = write.call1(&clipboard, &JsValue::from_str(text)) else { return false };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else { return false };
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Whether the browser has a system share sheet (`navigator.share`).
fn can_share() -> bool {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).is_ok_and(|f| f.is_function())
}

/// Opens the system share sheet with the link; a cancelled share is no error.
fn share_natively(title: &str, url: &str) {
    let navigator = gloo::utils::window().navigator();
    let Ok(share) = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")) else { return };
    let Some(share) = share.dyn_ref::<js_sys::Function>() else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
    let _ = js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
    if let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}
