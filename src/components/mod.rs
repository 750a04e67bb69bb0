//! Function components, one per file. They read state from [`AppContext`]
//! and dispatch [`crate::state::Action`]s.

mod change_nav;
mod comparison;
mod editor;
mod export_menu;
mod finder_status;
mod fold_options;
mod header;
mod help;
mod landscape;
mod matrix;
mod more_rows;
mod note_editor;
mod note_list;
mod notice_bar;
mod outline;
mod pair_rows;
mod redline;
mod save_banner;
mod saved_list;
mod sentence;
mod share_panel;
mod suggestion_list;
mod summary;
mod theme_panel;
mod tools;

pub use change_nav::ChangeNav;
pub use comparison::{Compared, Comparison};
pub use editor::Editor;
pub use export_menu::ExportMenu;
pub use finder_status::FinderStatus;
pub use fold_options::FoldOptions;
pub use header::Header;
pub use help::Help;
pub use landscape::LandscapeView;
pub use matrix::Matrix;
pub use more_rows::{MoreRows, ROWS_AT_ONCE, row_window};
pub use note_editor::NoteEditor;
pub use note_list::{NoteList, PrintNotes};
pub use notice_bar::NoticeBar;
pub use outline::Outline;
pub use pair_rows::{PairRows, row_id, side_span};
pub use redline::Redline;
pub use save_banner::SaveBanner;
pub use saved_list::SavedList;
pub use sentence::sentence;
pub use share_panel::{QrScreen, SharePanel};
pub use suggestion_list::SuggestionList;
pub use summary::Summary;
pub use theme_panel::ThemePanel;
pub use tools::Tools;

use yew::UseReducerHandle;

use crate::state::State;

/// The shared state handle every component reads through `use_context`.
pub type AppContext = UseReducerHandle<State>;
