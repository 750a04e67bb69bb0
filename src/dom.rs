//! The page's DOM conventions: rows by id ([`row_id`]), and the browser's
//! text selection read back into byte offsets.
//!
//! The comparison renders every piece of text in an element carrying
//! `data-at` (the piece's first byte in the stored text) and `data-side`; the
//! selection's ends are UTF-16 offsets into those pieces' text nodes.

use andamal_core::Span;
use andamal_core::text::span::utf16_to_byte;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::state::Side;

/// The span the user selected with the mouse, if both ends lie in the same
/// side's text; the browser's selection is cleared when it is taken.
#[must_use]
pub fn take_selected_span() -> Option<(Side, Span)> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() {
        return None;
    }
    let (side_a, start) = end_point(&selection.anchor_node()?, selection.anchor_offset())?;
    let (side_b, end) = end_point(&selection.focus_node()?, selection.focus_offset())?;
    if side_a != side_b || start == end {
        return None;
    }
    let _ = selection.remove_all_ranges();
    Some((side_a, Span::new(start.min(end), start.max(end))))
}

/// A selection end as (side, byte offset into the stored text).
fn end_point(node: &Node, offset: u32) -> Option<(Side, usize)> {
    let offset = offset as usize;
    if node.node_type() == Node::TEXT_NODE {
        let piece = node.parent_element()?.closest("[data-at]").ok()??;
        let (side, at) = read(&piece)?;
        // Inside the spoken "tillagt: " label, the piece's own text starts after it.
        if node.parent_element().is_some_and(|p| p.class_list().contains("sr-only")) {
            return Some((side, at));
        }
        let text = node.text_content().unwrap_or_default();
        return Some((side, at + utf16_to_byte(&text, offset)));
    }
    let element = node.dyn_ref::<Element>()?;
    if let Some(piece) = element.closest("[data-at]").ok()? {
        let (side, at) = read(&piece)?;
        // The piece's own text is its last child; a spoken label may precede it.
        let own = piece.last_child().and_then(|c| c.text_content()).unwrap_or_default();
        return Some((side, if offset == 0 { at } else { at + own.len() }));
    }
    // Between pieces: the child at `offset` (or the last one) decides.
    let children = element.children();
    let child =
        children.item(u32::try_from(offset).ok()?).or_else(|| children.item(children.length().checked_sub(1)?))?;
    let piece = if child.has_attribute("data-at") { child } else { child.query_selector("[data-at]").ok()?? };
    read(&piece)
}

fn read(piece: &Element) -> Option<(Side, usize)> {
    let at = piece.get_attribute("data-at")?.parse().ok()?;
    let side = match piece.get_attribute("data-side")?.as_str() {
        "a" => Side::A,
        "b" => Side::B,
        _ => return None,
    };
    Some((side, at))
}

/// The DOM id of a comparison row, for navigation.
#[must_use]
pub fn row_id(row: usize) -> String {
    format!("pair-{row}")
}
