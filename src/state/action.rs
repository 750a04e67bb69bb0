//! [`Action`]: every change the interface can make to the state. Each is
//! handled by the reducer of one concept (`work`, `notes`, `view`, `modes`, `page`).

use std::rc::Rc;

use andamal_core::formats::share::Shared;
use andamal_core::notes::theme_ref::ThemeRef;
use andamal_core::notes::work::Work;
use andamal_core::text::wordwise::Edge;
use andamal_core::{Folds, Span};

use super::{Notice, Page, Panel, Proposal, Side, Target, View};

/// Every change the interface can make to [`State`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(Side, String),
    /// Replaces everything with a comparison from a link or file.
    Open(Rc<Work>),
    SetName(Side, String),
    /// Exchanges A and B: texts, choices, names and notes.
    Swap,
    /// Empties everything, keeping the work for [`Action::UndoNew`].
    NewComparison,
    UndoNew,
    SetTitle(String),
    /// Shows a message (or clears it).
    Notify(Option<Notice>),
    /// Opens or closes the share panel.
    Share(bool),
    /// Opens or closes the help panel.
    Help(bool),
    SetInitials(String),
    /// Adds a participant's notes from a link to this comparison.
    Collect(Rc<Shared>),
    /// Starts or ends presentation mode.
    Present(bool),
    /// Presentation mode: switches between the sentences and the matrix.
    ToggleMatrix,
    /// Presentation mode: blacks the screen out, or brings it back.
    ToggleBlackout,
    /// Presentation mode: shows the link's QR code full screen, or hides it.
    ToggleQr,
    /// Shows a folded text again.
    Unfold(Side),
    LoadExample,
    Clear(Side),
    SetFolds(Folds),
    /// Compare another candidate section (by the byte where its text starts).
    PickCandidate(Side, usize),
    /// Compare a range the user marked.
    MarkManually(Side, Span),
    /// Back to the finder's choice.
    UseFinder(Side),
    SetView(View),
    SetOnlyChanges(bool),
    /// Focus a row of the comparison (or none) where the user clicked: no scrolling.
    Focus(Option<usize>),
    /// Go to a row from elsewhere (next change, the matrix, a note): focus it and scroll it into view.
    Jump(usize),
    /// The pointer is over a row (or none).
    Hover(Option<usize>),
    /// Opens the annotation editor on a new span or pair.
    OpenDraft(Target),
    /// A sentence was tapped: the editor opens on it, and its first theme saves.
    TapSentence(Side, Span),
    /// Saves the quick draft's annotation with this theme and keeps the
    /// editor open on it, for a note.
    QuickTheme(ThemeRef),
    /// Opens the editor on an existing annotation or pair note, found at `Target`.
    EditNote(u32, Target),
    /// Moves one end of the draft's span by a word, outwards or inwards.
    StepDraft(Edge, bool),
    CloseDraft,
    /// Saves the draft with these themes (ignored for a pair) and note.
    SaveDraft(Vec<ThemeRef>, String),
    /// Deletes an annotation or pair note.
    DeleteNote(u32),
    /// Turns suggestions into annotations.
    Accept(Vec<Proposal>),
    /// Turns suggestions down so they are not proposed again.
    Reject(Vec<Proposal>),
    /// A theme carried through a pair onto this span (see the matrix):
    /// confirmed as an annotation (true) or turned down.
    Carry(Side, ThemeRef, Span, bool),
    AddTheme(String, u8),
    RenameTheme(u32, String, u8),
    DeleteTheme(u32),
    /// Hides (true) or shows a built-in theme.
    HideTheme(&'static str, bool),
    Undo,
    Redo,
    ShowPanel(Panel),
    /// The work is saved under this id from now on.
    SetWorkId(Rc<str>),
    /// Shows the pair view, the whole statutes § by § or the landscape (see [`Page`]).
    ShowPage(Page),
}
