//! Side effects as hooks: timers, workers, keys, and saving to storage.
//!
//! Hooks take the state handle ([`crate::state::AppContext`]) or plain values
//! and never import from `components`.

mod use_alignment;
mod use_autosave;
mod use_debounced;
mod use_keys;
mod use_landscape;
mod use_landscape_autosave;
mod use_landscape_page;
mod use_scroll_to_row;
mod use_share_link;
mod use_statute;

pub use use_alignment::use_alignment;
pub use use_autosave::{Autosave, use_autosave};
pub use use_debounced::use_debounced;
pub use use_keys::{Key, use_keys};
pub use use_landscape::use_landscape;
pub use use_landscape_autosave::use_landscape_autosave;
pub use use_landscape_page::{LANDSCAPE_ROOT, use_landscape_page};
pub use use_scroll_to_row::use_scroll_to_row;
pub use use_share_link::use_share_link;
pub use use_statute::{StatuteKey, StatuteResult, use_statute};
