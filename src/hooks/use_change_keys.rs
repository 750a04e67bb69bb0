use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::components::row_id;

/// Calls `step(true)` for n, j, PageDown and `step(false)` for p, k, PageUp,
/// unless focus is in a text field (where the keys type text) or a modifier
/// is held (browser shortcuts).
#[hook]
pub fn use_change_keys(step: Callback<bool>) {
    use_effect_with(step, |step| {
        let step = step.clone();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
            if event.ctrl_key() || event.meta_key() || event.alt_key() || in_text_field(event) {
                return;
            }
            let forward = match event.key().as_str() {
                "n" | "j" | "PageDown" => true,
                "p" | "k" | "PageUp" => false,
                _ => return,
            };
            event.prevent_default();
            step.emit(forward);
        });
        move || drop(listener)
    });
}

/// Whether a key was typed into a text field (where keys are text, and undo the browser's).
pub(crate) fn in_text_field(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    let tag = target.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || target.dyn_ref::<HtmlElement>().is_some_and(HtmlElement::is_content_editable)
}

/// Brings the focused row into view (centred, only if it is not already
/// visible) and moves keyboard focus to it, after each jump; a row focused
/// by a click stays where it is, so the text under the pointer does not move.
#[hook]
pub fn use_scroll_to_row(row: Option<usize>, jumps: u32) {
    // The effect runs when `jumps` changes, with the row of that render.
    use_effect_with(jumps, move |_| {
        let Some(row) = row else { return };
        let document = gloo::utils::document();
        let Some(el) = document.get_element_by_id(&row_id(row)) else { return };
        let rect = el.get_bounding_client_rect();
        let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(f64::MAX);
        if rect.top() < 0.0 || rect.bottom() > height {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
        if document.active_element().is_none_or(|a| a.id() != row_id(row)) {
            if let Some(html) = el.dyn_ref::<HtmlElement>() {
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = html.focus_with_options(&options);
            }
        }
    });
}
