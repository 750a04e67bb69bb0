//! Function components, one per file. They read state from [`AppContext`]
//! and dispatch [`crate::state::Action`]s.

mod change_nav;
mod comparison;
mod editor;
mod finder_status;
mod fold_options;
mod header;
mod more_rows;
mod outline;
mod pair_rows;
mod redline;
mod summary;

pub use change_nav::ChangeNav;
pub use comparison::{Compared, Comparison};
pub use editor::Editor;
pub use finder_status::FinderStatus;
pub use fold_options::FoldOptions;
pub use header::Header;
pub use more_rows::{MoreRows, ROWS_AT_ONCE, row_window};
pub use outline::Outline;
pub use pair_rows::{PairRows, marked, row_id};
pub use redline::Redline;
pub use summary::Summary;

use yew::UseReducerHandle;

use crate::state::State;

/// The shared state handle every component reads through `use_context`.
pub type AppContext = UseReducerHandle<State>;
