//! Side effects as hooks: timers, workers, keys, and saving to storage.

mod use_alignment;
mod use_autosave;
mod use_change_keys;
mod use_debounced;
mod use_landscape;
mod use_share_link;
mod use_undo_keys;

pub use use_alignment::use_alignment;
pub use use_autosave::{Autosave, use_autosave};
pub use use_change_keys::{use_change_keys, use_scroll_to_row};
pub use use_debounced::use_debounced;
pub use use_landscape::use_landscape;
pub use use_share_link::use_share_link;
pub use use_undo_keys::{PresentationKey, use_presentation_keys, use_undo_keys};
