use std::rc::Rc;

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::state::{Action, AppContext, use_app};
use crate::storage::{self, Deleted, Entry};
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct SavedListProps {
    pub on_close: Callback<()>,
}

/// "Mina jämförelser": the comparisons saved in this browser, newest first,
/// to open, rename or delete (with undo). Damaged ones are left out with a
/// message; the others open as usual.
#[component]
pub fn SavedList(props: &SavedListProps) -> Html {
    let state = use_app();
    let version = use_state(|| 0u32);
    let renaming = use_state(|| None::<String>);
    let message = use_state(|| None::<String>);
    let deleted = use_state(|| None::<(Deleted, String, bool)>);
    let entries = use_memo((*version, state.work_id.clone()), |_| storage::list());
    // Whether each payload decodes is checked in the worker; an entry is
    // listed once it has passed, so a damaged one never shows.
    let verdicts = use_state(Vec::<(String, bool)>::new);
    {
        let verdicts = verdicts.clone();
        use_effect_with(entries.clone(), move |entries| {
            let entries = entries.clone();
            wasm_bindgen_futures::spawn_local(async move {
                verdicts.set(storage::decodable(&entries).await);
            });
        });
    }
    let verdict = |id: &str| verdicts.iter().find(|(of, _)| of == id).map(|&(_, ok)| ok);
    let checking = entries.iter().any(|e| !e.damaged && verdict(&e.id).is_none());
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |()| {
            if let Some(h) = heading.cast::<HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let refresh = {
        let version = version.clone();
        move || version.set(*version + 1)
    };
    let open = {
        let state = state.clone();
        let message = message.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |id: String| {
            if state.work_id.as_deref() == Some(id.as_str()) {
                on_close.emit(());
                return;
            }
            storage::keep_draft(&state);
            let (state, message, on_close) = (state.clone(), message.clone(), on_close.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match storage::load(&id).await {
                    Ok(opened) => {
                        open_saved(&state, opened, id);
                        on_close.emit(());
                    }
                    Err(error) => message.set(Some(error)),
                }
            });
        })
    };
    let rename = {
        let state = state.clone();
        let renaming = renaming.clone();
        let refresh = refresh.clone();
        Callback::from(move |(id, title): (String, String)| {
            let (state, renaming, refresh) = (state.clone(), renaming.clone(), refresh.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = storage::rename(&id, &title).await;
                if state.work_id.as_deref() == Some(id.as_str()) {
                    state.dispatch(Action::SetTitle(title.trim().to_owned()));
                }
                renaming.set(None);
                refresh();
            });
        })
    };
    let delete = {
        let state = state.clone();
        let deleted = deleted.clone();
        let refresh = refresh.clone();
        Callback::from(move |(id, label): (String, String)| {
            let current = state.work_id.as_deref() == Some(id.as_str());
            if let Some(gone) = storage::delete(&id) {
                if current {
                    // The page would save it again at the next change: start afresh.
                    state.dispatch(Action::NewComparison);
                }
                deleted.set(Some((gone, label, current)));
            }
            refresh();
        })
    };
    let undo_delete = {
        let state = state.clone();
        let deleted = deleted.clone();
        let refresh = refresh.clone();
        Callback::from(move |_: MouseEvent| {
            let Some((gone, _, was_current)) = (*deleted).clone() else { return };
            let put_back = storage::undelete(&gone).is_ok();
            deleted.set(None);
            refresh();
            if put_back && was_current && state.work.is_empty() {
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(opened) = storage::load(&gone.id).await {
                        open_saved(&state, opened, gone.id.clone());
                    }
                });
            }
        })
    };
    let new_work = {
        let state = state.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| {
            storage::keep_draft(&state);
            state.dispatch(Action::NewComparison);
            on_close.emit(());
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let damaged = entries.iter().filter(|e| e.damaged || verdict(&e.id) == Some(false)).count();
    let listed: Vec<&Entry> = entries.iter().filter(|e| !e.damaged && verdict(&e.id) == Some(true)).collect();
    let items = listed.iter().map(|entry| {
        let current = state.work_id.as_deref() == Some(entry.id.as_str());
        let editing = renaming.as_deref() == Some(entry.id.as_str());
        item(entry, current, editing, &open, &rename, &delete, &renaming)
    });
    html! {
        <section class="saved-list" role="dialog" aria-labelledby="saved-title" {onkeydown}>
            <div class="saved-head">
                <h2 id="saved-title" tabindex="-1" ref={heading}>{ texts::SAVED_TITLE }</h2>
                <button type="button" class="button button-quiet" onclick={new_work}>{ texts::NEW_COMPARISON }</button>
                <button type="button" class="button button-quiet" onclick={close}>{ texts::CLOSE }</button>
            </div>
            <p class="panel-hint">{ texts::SAVED_HINT }</p>
            if let Some((_, label, _)) = &*deleted {
                <p class="saved-message" role="status">
                    { texts::deleted(label) }{ " " }
                    <button type="button" class="link-button" onclick={undo_delete}>{ texts::UNDO_DELETE }</button>
                </p>
            }
            if let Some(text) = &*message { <p class="form-error" role="alert">{ text.clone() }</p> }
            if damaged > 0 { <p class="notice" role="status">{ texts::DAMAGED_ENTRY }</p> }
            if !storage::available() {
                <p class="notice notice-warning" role="status">{ texts::STORAGE_UNAVAILABLE_LIST }</p>
            } else if !checking && listed.is_empty() {
                <p class="panel-hint">{ texts::SAVED_EMPTY }</p>
            }
            <ul class="saved-items" aria-busy={checking.to_string()}>{ for items }</ul>
        </section>
    }
}

/// Replaces the page's work with a saved comparison, which keeps saving to its id.
fn open_saved(state: &AppContext, opened: andamal_core::notes::work::Work, id: String) {
    state.dispatch(Action::Open(Rc::new(opened)));
    state.dispatch(Action::SetWorkId(id.into()));
}

fn item(
    entry: &Entry,
    current: bool,
    editing: bool,
    open: &Callback<String>,
    rename: &Callback<(String, String)>,
    delete: &Callback<(String, String)>,
    renaming: &UseStateHandle<Option<String>>,
) -> Html {
    let label = texts::saved_label(&entry.title, &entry.names);
    let when = storage::format_time(entry.updated);
    let id = entry.id.clone();
    let on_open = open.reform({
        let id = id.clone();
        move |_: MouseEvent| id.clone()
    });
    let on_delete = delete.reform({
        let id = id.clone();
        let label = label.clone();
        move |_: MouseEvent| (id.clone(), label.clone())
    });
    let start_rename = {
        let renaming = renaming.clone();
        let id = id.clone();
        Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
    };
    let main = if editing {
        let input = NodeRef::default();
        let onsubmit = {
            let rename = rename.clone();
            let input = input.clone();
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let title = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
                rename.emit((id.clone(), title));
            })
        };
        let cancel = {
            let renaming = renaming.clone();
            Callback::from(move |_: MouseEvent| renaming.set(None))
        };
        let field = format!("rename-{}", entry.id);
        html! {
            <form class="saved-rename" {onsubmit}>
                <label for={field.clone()}>{ texts::TITLE_LABEL }</label>
                <input id={field} class="saved-rename-input" type="text" ref={input} value={entry.title.clone()} maxlength="200" />
                <button type="submit" class="button button-primary">{ texts::SAVE }</button>
                <button type="button" class="button" onclick={cancel}>{ texts::CANCEL }</button>
            </form>
        }
    } else {
        html! {
            <div class="saved-main">
                <span class="saved-name" dir="auto">{ label.clone() }</span>
                if current { <span class="saved-current">{ format!(" ({})", texts::SAVED_CURRENT) }</span> }
                <span class="saved-date">{ texts::saved_when(&when) }</span>
            </div>
        }
    };
    let named =
        |action: &str| html! { <>{ action.to_owned() }<span class="sr-only">{ format!(": {label}") }</span></> };
    html! {
        <li class={classes!("saved-item", current.then_some("saved-item-current"))} key={entry.id.clone()}>
            { main }
            if !editing {
                <div class="saved-actions">
                    <button type="button" class="button" onclick={on_open}>{ named(texts::OPEN) }</button>
                    <button type="button" class="button button-quiet" onclick={start_rename}>{ named(texts::RENAME) }</button>
                    <button type="button" class="button button-quiet" onclick={on_delete}>{ named(texts::DELETE) }</button>
                </div>
            }
        </li>
    }
}
