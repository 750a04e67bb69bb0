use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::dom::row_id;

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
