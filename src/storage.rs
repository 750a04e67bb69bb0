//! The browser's local storage: where work is kept on this device.

use andamal_core::session::{Scope, pack};
use andamal_core::share::encode;
use gloo::storage::{LocalStorage, Storage};

use crate::state::State;

/// Keeps the current work (if any) before something replaces it, e.g. an
/// opened link. Storage that is full or blocked is not fatal here.
pub fn keep_draft(state: &State) {
    if state.texts.iter().all(|t| t.trim().is_empty()) {
        return;
    }
    let payload = encode(&pack(&state.workspace(), Scope::Whole, true).shared);
    let _ = LocalStorage::raw().set_item("andamal.draft", &payload);
}
