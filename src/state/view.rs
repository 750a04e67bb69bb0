//! How the comparison is looked at: side by side or as a redline, only the
//! changes, which row is in focus or under the pointer, which tool panel is
//! open, and the message at the top of the page.

use super::reducer::Reduced;
use super::{Action, State};

/// How the comparison is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Aligned rows, A left and B right (pair cards on a phone).
    #[default]
    SideBySide,
    /// One text with deletions struck through and insertions underlined.
    Redline,
}

/// Which page the switch at the top shows: the pair view, or the landscape
/// of many förbund (its own app, fetched on demand: see
/// [`crate::hooks::use_landscape_page`]). Opening work always shows the pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Page {
    /// Two ändamål, sentence by sentence.
    #[default]
    Pair,
    /// Many förbund: the landscape.
    Landscape,
}

/// The tool panel shown under the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Panel {
    #[default]
    Notes,
    Suggestions,
    Themes,
    Matrix,
}

/// A message for the user, and whether it reports a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

pub(super) fn reduce(next: &mut State, action: Action) -> Reduced {
    match action {
        Action::SetView(view) => next.view = view,
        Action::SetPage(page) => next.page = page,
        Action::SetOnlyChanges(on) => next.only_changes = on,
        Action::ShowPanel(panel) => next.panel = panel,
        Action::Notify(notice) => next.notice = notice,
        Action::Focus(row) => {
            if next.focus == row {
                return Reduced::Same;
            }
            next.focus = row;
        }
        Action::Jump(row) => {
            next.focus = Some(row);
            next.jumps += 1;
            // From the projected matrix, a jump shows the sentences.
            next.mode.show_sentences();
        }
        Action::Hover(row) => {
            if next.hover == row {
                return Reduced::Same;
            }
            next.hover = row;
        }
        other => return Reduced::Pass(other),
    }
    Reduced::Changed
}
