use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// A key the page answers. None is taken from a text field (where keys type
/// text, and Ctrl+Z is the browser's undo of typing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The next change (n, j, PageDown: true) or the previous (p, k, PageUp: false).
    Step(bool),
    /// Ctrl/Cmd+Z.
    Undo,
    /// Ctrl/Cmd+Shift+Z or Ctrl/Cmd+Y.
    Redo,
    /// M: presentation mode's matrix, or the sentences again.
    Matrix,
    /// B or "." (a presenter's clicker): a black screen, or back.
    Blackout,
    /// Escape: ends presentation mode.
    End,
}

impl Key {
    /// The key an event stands for, if any: without modifiers (browser
    /// shortcuts keep working), but for undo and redo, which need Ctrl or Cmd.
    fn of(event: &KeyboardEvent) -> Option<Key> {
        if event.alt_key() || in_text_field(event) {
            return None;
        }
        let key = event.key();
        if event.ctrl_key() || event.meta_key() {
            return match key.to_ascii_lowercase().as_str() {
                "z" if event.shift_key() => Some(Key::Redo),
                "z" => Some(Key::Undo),
                "y" if !event.shift_key() => Some(Key::Redo),
                _ => None,
            };
        }
        Some(match key.as_str() {
            "n" | "j" | "PageDown" => Key::Step(true),
            "p" | "k" | "PageUp" => Key::Step(false),
            "m" | "M" => Key::Matrix,
            "b" | "B" | "." => Key::Blackout,
            "Escape" => Key::End,
            _ => return None,
        })
    }
}

/// The page's keyboard: calls `on_key` for each [`Key`] pressed anywhere on
/// the page. `on_key` returns whether it acted on the key, and only then is
/// the browser's own use of it (PageDown scrolling) prevented.
#[hook]
pub fn use_keys(on_key: Callback<Key, bool>) {
    use_effect_with(on_key, |on_key| {
        let on_key = on_key.clone();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if Key::of(event).is_some_and(|key| on_key.emit(key)) {
                event.prevent_default();
            }
        });
        move || drop(listener)
    });
}

/// Whether a key was typed into a text field (where keys are text, and undo the browser's).
fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    let tag = target.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || target.dyn_ref::<HtmlElement>().is_some_and(HtmlElement::is_content_editable)
}
