//! Function components, one per file. They read state from [`AppContext`]
//! and dispatch [`crate::state::Action`]s.

mod comparison;
mod editor;
mod finder_status;
mod header;
mod outline;

pub use comparison::Comparison;
pub use editor::Editor;
pub use finder_status::FinderStatus;
pub use header::Header;
pub use outline::Outline;

use yew::UseReducerHandle;

use crate::state::State;

/// The shared state handle every component reads through `use_context`.
pub type AppContext = UseReducerHandle<State>;
