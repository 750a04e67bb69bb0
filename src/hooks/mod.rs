//! Side effects as hooks: timers now; storage, URL fragment and workers later.

mod use_debounced;

pub use use_debounced::use_debounced;
