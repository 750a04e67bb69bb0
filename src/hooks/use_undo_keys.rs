use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::hooks::use_change_keys::in_text_field;

/// Calls `undo(true)` for Ctrl/Cmd+Z and `undo(false)` (redo) for
/// Ctrl/Cmd+Shift+Z and Ctrl+Y, except in a text field, where the
/// browser's own undo of typing must keep working.
#[hook]
pub fn use_undo_keys(undo: Callback<bool>) {
    use_effect_with(undo, |undo| {
        let undo = undo.clone();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if !(event.ctrl_key() || event.meta_key()) || event.alt_key() || in_text_field(event) {
                return;
            }
            let back = match event.key().to_ascii_lowercase().as_str() {
                "z" => !event.shift_key(),
                "y" if !event.shift_key() => false,
                _ => return,
            };
            event.prevent_default();
            undo.emit(back);
        });
        move || drop(listener)
    });
}

/// Presentation keys, outside text fields and without modifiers: M (the
/// matrix), B (black screen, as on a presenter's clicker), Escape (end).
#[hook]
pub fn use_presentation_keys(presenting: bool, key: Callback<PresentationKey>) {
    use_effect_with((presenting, key), |(presenting, key)| {
        let listener = presenting.then(|| {
            let key = key.clone();
            EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.ctrl_key() || event.meta_key() || event.alt_key() || in_text_field(event) {
                    return;
                }
                match event.key().as_str() {
                    "m" | "M" => key.emit(PresentationKey::Matrix),
                    "b" | "B" | "." => key.emit(PresentationKey::Blackout),
                    "Escape" => key.emit(PresentationKey::End),
                    _ => {}
                }
            })
        });
        move || drop(listener)
    });
}

/// What a presentation key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresentationKey {
    Matrix,
    Blackout,
    End,
}
