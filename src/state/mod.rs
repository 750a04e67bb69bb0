//! The one place where state changes: [`State`], its [`Action`]s, and the
//! reducer that turns one into the next.
//!
//! As in Yew's `function_todomvc`, components read the state through
//! [`use_app`] and dispatch actions; no component owns a copy of shared
//! state, and side effects live in `hooks/`, never here.
//!
//! The state is arranged by concept, one module each, and so is the reducer:
//!
//! - `work`: the [`Work`] itself (texts, choices, folds, names, title,
//!   notebook) and the actions that replace or edit it: paste, open, swap,
//!   a new comparison.
//! - `notes`: the annotation editor ([`Draft`]) and every change to the
//!   notebook, recorded for undo.
//! - `view`: how the comparison is looked at ([`View`], [`Panel`], focus,
//!   hover) and the [`Notice`] at the top.
//! - `modes`: what fills the page ([`Mode`]): working, sharing, help, or
//!   presenting (with its matrix, black screen and QR code).
//! - `page`: which comparison fills the page ([`Page`]): the two ändamål
//!   (the pair view), the whole förbundsordningar § by §, or the landscape
//!   of many förbund.
//! - `action`: the [`Action`] enum, every change the interface can make.
//! - `reducer`: asks each concept's reducer in turn; the first that knows the
//!   action changes the state (or says nothing changed, which keeps the same
//!   `Rc` so nothing renders again).
//! - `context`: [`AppContext`], the handle components share, and [`use_app`].
//!
//! A new concept (a new view's own state) is a module with its fields in
//! [`State`], its actions in [`Action`], and a `reduce` function added to the
//! reducer's list.
//!
//! ```ignore
//! let state = use_app();
//! let open = Callback::from(move |_: MouseEvent| state.dispatch(Action::Share(true)));
//! ```

mod action;
mod context;
mod modes;
mod notes;
mod page;
mod reducer;
mod view;
mod work;

use std::rc::Rc;

use andamal_core::formats::session::pack_whole;
use andamal_core::notes::history::History;
use andamal_core::notes::notebook::Notebook;
use andamal_core::notes::work::Work;

pub use action::Action;
pub use context::{AppContext, use_app};
pub use modes::{Mode, Presentation};
pub use notes::{Draft, Proposal, Target};
pub use page::Page;
pub use view::{Notice, Panel, View};
pub use work::Side;

/// Everything the user has entered, and how they look at it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// What is saved, shared and opened: texts, choices, folds, names, title, notebook.
    pub work: Work,
    /// The user typed the name (else it follows the text's suggestion).
    pub named_by_user: [bool; 2],
    /// Each side's text is folded into one line: the work was opened (a
    /// link, saved work, a file), so the comparison comes first.
    pub folded: [bool; 2],
    /// The work before "Ny jämförelse", until that is undone or another starts.
    pub before_new: Option<Rc<State>>,
    /// The saved comparison (`crate::storage`) this work is autosaved to;
    /// `None` until it is first saved, and again after opening a link or file.
    pub work_id: Option<Rc<str>>,
    /// Working, sharing, help, or presenting.
    pub mode: Mode,
    /// The pair view, the whole statutes § by §, or the landscape (not saved or shared).
    pub page: Page,
    /// A message at the top of the page (a link opened, or why it could not be).
    pub notice: Option<Notice>,
    pub view: View,
    /// Hide equal sentences.
    pub only_changes: bool,
    /// The pair in focus (navigation, tap), by row index.
    pub focus: Option<usize>,
    /// Counts jumps (navigation, the matrix): each one scrolls its row into view.
    pub jumps: u32,
    /// The pair under the pointer: highlighted with its counterpart, never scrolled to.
    pub hover: Option<usize>,
    pub panel: Panel,
    /// The user's initials, written on their notes (for collecting a room's work).
    pub initials: String,
    /// Earlier notebooks (behind an `Rc`: every action clones the state).
    pub history: Rc<History<Rc<Notebook>>>,
    pub draft: Option<Draft>,
    /// How many editors were opened: the next draft's serial.
    pub drafts_opened: u32,
}

impl State {
    /// Whether opening `opened` would change nothing (the same link opened twice).
    #[must_use]
    pub fn holds(&self, opened: &Work) -> bool {
        self.work.texts == opened.texts && pack_whole(&self.work, true) == pack_whole(opened, true)
    }
}

#[cfg(test)]
mod tests;
