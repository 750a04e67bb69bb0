//! The one place where state changes: [`State`] and its [`Action`]s.
//!
//! As in Yew's `function_todomvc`, components dispatch actions and never own
//! a copy of shared state; side effects live in `hooks/`.

use std::rc::Rc;

use andamal_core::history::History;
use andamal_core::naming::suggest_name;
use andamal_core::notebook::Notebook;
use andamal_core::selection::Choice;
use andamal_core::session::{Opened, Workspace, merge, pack_whole};
use andamal_core::share::{Shared, ThemeRef};
use andamal_core::wordwise::{self, Edge};
use andamal_core::{Folds, Span, sample};
use yew::Reducible;

/// Which of the two compared documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    A,
    B,
}

impl Side {
    #[must_use]
    pub fn index(self) -> usize {
        match self {
            Side::A => 0,
            Side::B => 1,
        }
    }
}

/// How the comparison is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Aligned rows, A left and B right (pair cards on a phone).
    #[default]
    SideBySide,
    /// One text with deletions struck through and insertions underlined.
    Redline,
}

/// Which view the page shows (the top-level switch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Two ändamål, sentence by sentence.
    #[default]
    Pair,
    /// Many förbund: the landscape ([`crate::landscape`]).
    Landscape,
}

/// What an open annotation editor is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A span of one side's text.
    Span(Side, Span),
    /// A sentence pair: A's sentence and B's.
    Pair([Span; 2]),
}

/// The annotation editor, when open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Draft {
    pub target: Target,
    /// The annotation or pair note being changed; `None` for a new one.
    pub editing: Option<u32>,
    /// Counts editors opened, so a new one starts from a clean form.
    pub serial: u32,
    /// Opened by tapping a sentence: the first theme tapped saves the
    /// annotation at once (a note may follow).
    pub quick: bool,
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

/// A theme suggested for a span of one side, as accepted or rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposal {
    pub side: Side,
    pub theme: &'static str,
    pub span: Span,
}

/// A message for the user, and whether it reports a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// Everything the user has entered, and how they look at it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The two pasted texts, exactly as pasted.
    pub texts: [Rc<str>; 2],
    /// Which section of each text is compared.
    pub choices: [Choice; 2],
    /// What each side is called ("Umeåregionen 2019"); empty for the default "A"/"B".
    pub names: [String; 2],
    /// The user typed the name (else it follows the text's suggestion).
    pub named_by_user: [bool; 2],
    /// The work before "Ny jämförelse", until that is undone or another starts.
    pub before_new: Option<Rc<State>>,
    /// "Workshop 15 juni"; travels with links and files.
    pub title: String,
    /// A message at the top of the page (a link opened, or why it could not be).
    pub notice: Option<Notice>,
    /// The share panel is open.
    pub sharing: bool,
    /// The help panel is open.
    pub helping: bool,
    /// The user's initials, written on their notes (for collecting a room's work).
    pub initials: String,
    /// Presentation mode: one comparison fills the screen, in large type.
    pub presenting: bool,
    /// In presentation mode: the theme matrix instead of the sentences.
    pub presenting_matrix: bool,
    /// In presentation mode: a black screen (B on a clicker).
    pub blackout: bool,
    /// In presentation mode: the link's QR code fills the screen.
    pub presenting_qr: bool,
    /// Each side's text is folded into one line: the work was opened (a
    /// link, saved work, a file), so the comparison comes first.
    pub folded: [bool; 2],
    pub folds: Folds,
    pub view: View,
    /// Hide equal sentences.
    pub only_changes: bool,
    /// The pair in focus (navigation, tap), by row index.
    pub focus: Option<usize>,
    /// Counts jumps (navigation, the matrix): each one scrolls its row into view.
    pub jumps: u32,
    /// The pair under the pointer: highlighted with its counterpart, never scrolled to.
    pub hover: Option<usize>,
    /// Annotations, pair notes and themes: what undo and redo act on.
    pub notebook: Rc<Notebook>,
    /// Earlier notebooks (behind an `Rc`: every action clones the state).
    pub history: Rc<History<Rc<Notebook>>>,
    pub draft: Option<Draft>,
    /// How many editors were opened: the next draft's serial.
    pub drafts_opened: u32,
    pub panel: Panel,
    /// The saved comparison (`crate::storage`) this work is autosaved to;
    /// `None` until it is first saved, and again after opening a link or file.
    pub work_id: Option<Rc<str>>,
    /// The view the page shows.
    pub mode: Mode,
    /// The landscape's documents and grouping (kept when a pair is opened from it).
    pub landscape: Rc<crate::landscape::LandscapeState>,
}

/// Every change the interface can make to [`State`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(Side, String),
    /// Replaces everything with a comparison from a link or file.
    Open(Rc<Opened>),
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
    /// Switches the view.
    SetMode(Mode),
    /// Changes the landscape (see [`crate::landscape::reduce`]).
    Landscape(crate::landscape::LandscapeAction),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetText(side, text) => {
                if *next.texts[side.index()] == *text {
                    return self;
                }
                if !next.named_by_user[side.index()] {
                    next.names[side.index()] = suggest_name(&text).unwrap_or_default();
                }
                next.texts[side.index()] = text.into();
                // Offsets of a manual range or a candidate refer to the old text.
                next.choices[side.index()] = Choice::Auto;
                next.focus = None;
                next.hover = None;
            }
            Action::Open(opened) => {
                let opened = Rc::unwrap_or_clone(opened);
                next = State {
                    texts: opened.texts.map(Into::into),
                    choices: opened.choices,
                    names: opened.names,
                    title: opened.title,
                    folds: opened.folds,
                    notebook: Rc::new(opened.notebook),
                    folded: [true; 2],
                    landscape: next.landscape,
                    view: next.view,
                    panel: next.panel,
                    drafts_opened: next.drafts_opened,
                    notice: next.notice,
                    ..State::default()
                };
            }
            Action::SetName(side, name) => {
                next.named_by_user[side.index()] = !name.trim().is_empty();
                next.names[side.index()] = name;
            }
            Action::Swap => {
                next.texts.swap(0, 1);
                next.choices.swap(0, 1);
                next.names.swap(0, 1);
                next.named_by_user.swap(0, 1);
                next.notebook = Rc::new(next.notebook.swapped());
                // Earlier notebooks refer to the old sides.
                next.history = Rc::default();
                next.draft = None;
                next.focus = None;
            }
            Action::NewComparison => {
                next = State {
                    view: next.view,
                    panel: next.panel,
                    landscape: next.landscape.clone(),
                    mode: next.mode,
                    drafts_opened: next.drafts_opened,
                    notice: Some(Notice { text: crate::texts::NEW_STARTED.to_owned(), error: false }),
                    before_new: Some(Rc::new(State { before_new: None, notice: None, ..(*self).clone() })),
                    ..State::default()
                };
            }
            Action::UndoNew => {
                let Some(before) = next.before_new.take() else { return self };
                next = State { notice: None, landscape: next.landscape, mode: next.mode, ..(*before).clone() };
            }
            Action::SetTitle(title) => next.title = title,
            Action::Notify(notice) => next.notice = notice,
            Action::Share(open) => next.sharing = open,
            Action::Help(open) => next.helping = open,
            Action::SetInitials(initials) => next.initials = initials.trim().chars().take(4).collect(),
            Action::Collect(shared) => {
                let texts = [&*next.texts[0], &*next.texts[1]];
                let notice = match merge(texts, &next.notebook, &shared) {
                    Ok((book, merged)) => {
                        if merged.annotations + merged.pair_notes > 0 {
                            let before = std::mem::replace(&mut next.notebook, Rc::new(book));
                            Rc::make_mut(&mut next.history).record(before);
                        }
                        Notice { text: crate::texts::collected(merged), error: false }
                    }
                    Err(e) => Notice { text: e.message().to_owned(), error: true },
                };
                next.notice = Some(notice);
            }
            Action::Present(on) => {
                next.presenting = on;
                next.presenting_matrix = false;
                next.blackout = false;
                next.presenting_qr = false;
                next.draft = None;
                next.sharing = false;
            }
            Action::ToggleMatrix => {
                if !next.presenting {
                    return self;
                }
                next.presenting_matrix = !next.presenting_matrix;
            }
            Action::ToggleBlackout => {
                if !next.presenting {
                    return self;
                }
                next.blackout = !next.blackout;
            }
            Action::ToggleQr => {
                if !next.presenting {
                    return self;
                }
                next.presenting_qr = !next.presenting_qr;
            }
            Action::Unfold(side) => next.folded[side.index()] = false,
            Action::LoadExample => {
                next.texts = [sample::OSTRA_OSTERGOTLAND_2017.into(), sample::UMEAREGIONEN_2019.into()];
                next.choices = [Choice::Auto; 2];
                next.names = sample::NAMES.map(str::to_owned);
                next.folded = [false; 2];
            }
            Action::Clear(side) => {
                next.texts[side.index()] = "".into();
                next.choices[side.index()] = Choice::Auto;
            }
            Action::SetFolds(folds) => next.folds = folds,
            Action::PickCandidate(side, start) => next.choices[side.index()] = Choice::Candidate(start),
            Action::MarkManually(side, span) => next.choices[side.index()] = Choice::Manual(span),
            Action::UseFinder(side) => next.choices[side.index()] = Choice::Auto,
            Action::SetView(view) => next.view = view,
            Action::SetOnlyChanges(on) => next.only_changes = on,
            Action::Focus(row) => {
                if next.focus == row {
                    return self;
                }
                next.focus = row;
            }
            Action::Jump(row) => {
                next.focus = Some(row);
                next.jumps += 1;
                // From the projected matrix, a jump shows the sentences.
                next.presenting_matrix = false;
            }
            Action::Hover(row) => {
                if next.hover == row {
                    return self;
                }
                next.hover = row;
            }
            Action::OpenDraft(target) => next.open_draft(target, None),
            Action::TapSentence(side, span) => {
                next.open_draft(Target::Span(side, span), None);
                if let Some(draft) = &mut next.draft {
                    draft.quick = true;
                }
            }
            Action::QuickTheme(theme) => {
                let Some(Draft { target: Target::Span(side, span), editing: None, quick: true, .. }) = next.draft
                else {
                    return self;
                };
                let author = next.initials.clone();
                let mut id = None;
                next.change(|book, texts| {
                    id = Some(book.annotate_by(
                        side_byte(side),
                        &texts[side.index()],
                        span,
                        vec![theme],
                        String::new(),
                        author,
                    ));
                    true
                });
                if let Some(draft) = &mut next.draft {
                    draft.editing = id;
                }
            }
            Action::EditNote(id, target) => next.open_draft(target, Some(id)),
            Action::StepDraft(edge, widen) => {
                let Some(Draft { target: Target::Span(side, span), .. }) = next.draft else { return self };
                let stepped = wordwise::step(&next.texts[side.index()], span, edge, widen);
                if let Some(draft) = &mut next.draft {
                    draft.target = Target::Span(side, stepped);
                }
            }
            Action::CloseDraft => next.draft = None,
            Action::SaveDraft(themes, note) => {
                let Some(draft) = next.draft.take() else { return self };
                next.save(draft, themes, note);
            }
            Action::DeleteNote(id) => {
                next.change(|book, _| book.remove(id));
                if next.draft.is_some_and(|d| d.editing == Some(id)) {
                    next.draft = None;
                }
            }
            Action::Accept(proposals) => {
                let author = next.initials.clone();
                next.change(|book, texts| {
                    for p in &proposals {
                        let text = &texts[p.side.index()];
                        let themes = vec![ThemeRef::BuiltIn(p.theme)];
                        book.annotate_by(side_byte(p.side), text, p.span, themes, String::new(), author.clone());
                    }
                    !proposals.is_empty()
                });
            }
            Action::Reject(proposals) => next.change(|book, texts| {
                for p in &proposals {
                    book.reject(side_byte(p.side), p.theme, &texts[p.side.index()], p.span);
                }
                !proposals.is_empty()
            }),
            Action::Carry(side, theme, span, confirm) => {
                let author = next.initials.clone();
                next.change(|book, texts| {
                    let text = &texts[side.index()];
                    match (confirm, theme) {
                        (true, theme) => {
                            book.annotate_by(side_byte(side), text, span, vec![theme], String::new(), author);
                        }
                        (false, ThemeRef::BuiltIn(id)) => book.reject(side_byte(side), id, text, span),
                        (false, ThemeRef::Custom(_)) => return false,
                    }
                    true
                });
            }
            Action::AddTheme(name, colour) => next.change(|book, _| {
                book.add_theme(name, colour);
                true
            }),
            Action::RenameTheme(number, name, colour) => next.change(|book, _| book.rename_theme(number, name, colour)),
            Action::DeleteTheme(number) => next.change(|book, _| book.delete_theme(number)),
            Action::HideTheme(id, hidden) => next.change(|book, _| {
                let before = book.hidden.len();
                book.set_hidden(id, hidden);
                before != book.hidden.len()
            }),
            Action::Undo => {
                let Some(before) = Rc::make_mut(&mut next.history).undo(next.notebook.clone()) else { return self };
                next.notebook = before;
                next.draft = None;
            }
            Action::Redo => {
                let Some(after) = Rc::make_mut(&mut next.history).redo(next.notebook.clone()) else { return self };
                next.notebook = after;
                next.draft = None;
            }
            Action::ShowPanel(panel) => next.panel = panel,
            Action::SetWorkId(id) => {
                if next.work_id.as_ref() == Some(&id) {
                    return self;
                }
                next.work_id = Some(id);
            }
            Action::SetMode(mode) => next.mode = mode,
            Action::Landscape(action) => crate::landscape::reduce(Rc::make_mut(&mut next.landscape), action),
        }
        Rc::new(next)
    }
}

fn side_byte(side: Side) -> u8 {
    u8::try_from(side.index()).unwrap_or(0)
}

impl State {
    /// The work as the core's session functions take it.
    #[must_use]
    pub fn workspace(&self) -> Workspace<'_> {
        Workspace {
            texts: [&self.texts[0], &self.texts[1]],
            choices: self.choices,
            folds: self.folds,
            names: [&self.names[0], &self.names[1]],
            title: &self.title,
            notebook: &self.notebook,
        }
    }

    /// Whether opening `opened` would change nothing (the same link opened twice).
    #[must_use]
    pub fn holds(&self, opened: &Opened) -> bool {
        let theirs = opened.workspace();
        self.workspace().texts == theirs.texts && pack_whole(&self.workspace(), true) == pack_whole(&theirs, true)
    }

    fn open_draft(&mut self, target: Target, editing: Option<u32>) {
        self.drafts_opened += 1;
        self.draft = Some(Draft { target, editing, serial: self.drafts_opened, quick: false });
    }

    /// Changes the notebook through `f`, remembering the old one for undo if
    /// `f` says it changed something.
    fn change(&mut self, f: impl FnOnce(&mut Notebook, &[Rc<str>; 2]) -> bool) {
        let mut book = (*self.notebook).clone();
        if f(&mut book, &self.texts) {
            let before = std::mem::replace(&mut self.notebook, Rc::new(book));
            Rc::make_mut(&mut self.history).record(before);
        }
    }

    fn save(&mut self, draft: Draft, themes: Vec<ThemeRef>, note: String) {
        let note = note.trim().to_owned();
        let author = self.initials.clone();
        match (draft.target, draft.editing) {
            (Target::Span(side, span), None) => self.change(|book, texts| {
                if themes.is_empty() && note.is_empty() {
                    return false;
                }
                book.annotate_by(side_byte(side), &texts[side.index()], span, themes, note, author);
                true
            }),
            (Target::Span(side, span), Some(id)) => self.change(|book, texts| {
                let Some(old) = book.annotations.iter().find(|a| a.id == id) else { return false };
                if old.themes == themes && old.note == note && old.anchor.position == span {
                    return false;
                }
                if themes.is_empty() && note.is_empty() {
                    // Nothing left to say about the span.
                    return book.remove(id);
                }
                if old.anchor.position != span {
                    book.respan(id, &texts[side.index()], span);
                }
                book.edit(id, themes, note)
            }),
            (Target::Pair(spans), None) => self.change(|book, texts| {
                if note.is_empty() {
                    return false;
                }
                book.note_pair_by([&texts[0], &texts[1]], spans, note, author);
                true
            }),
            (Target::Pair(_), Some(id)) => self.change(|book, _| {
                if book.pair_notes.iter().any(|p| p.id == id && p.note == note) {
                    false
                } else if note.is_empty() {
                    book.remove(id)
                } else {
                    book.edit_pair_note(id, note)
                }
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: State, action: Action) -> Rc<State> {
        Rc::new(state).reduce(action)
    }

    #[test]
    fn set_text_changes_one_side() {
        let s = reduce(State::default(), Action::SetText(Side::B, "b".into()));
        assert_eq!(&*s.texts[1], "b");
        assert_eq!(&*s.texts[0], "");
    }

    #[test]
    fn unchanged_text_keeps_the_same_state() {
        let s = Rc::new(State::default());
        let same = s.clone().reduce(Action::SetText(Side::A, String::new()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn load_example_fills_both_and_clear_empties_one() {
        let s = reduce(State::default(), Action::LoadExample);
        assert!(s.texts[0].contains("Östergötland"));
        assert!(s.texts[1].contains("Umeå"));
        let s = s.reduce(Action::Clear(Side::A));
        assert!(s.texts[0].is_empty());
        assert!(!s.texts[1].is_empty());
    }

    #[test]
    fn choices_are_set_and_reset_by_edits() {
        let s = reduce(State::default(), Action::SetText(Side::A, "abc".into()));
        let s = s.reduce(Action::PickCandidate(Side::A, 1));
        assert_eq!(s.choices[0], Choice::Candidate(1));
        let s = s.reduce(Action::MarkManually(Side::B, Span::new(0, 2)));
        assert_eq!(s.choices[1], Choice::Manual(Span::new(0, 2)));
        let s = s.reduce(Action::UseFinder(Side::B));
        assert_eq!(s.choices[1], Choice::Auto);
        let s = s.reduce(Action::SetText(Side::A, "abcd".into()));
        assert_eq!(s.choices[0], Choice::Auto);
    }

    #[test]
    fn view_options() {
        let s = reduce(State::default(), Action::SetView(View::Redline));
        assert_eq!(s.view, View::Redline);
        let s = s.reduce(Action::SetOnlyChanges(true));
        assert!(s.only_changes);
        let s = s.reduce(Action::Focus(Some(3)));
        assert_eq!(s.focus, Some(3));
        let same = s.clone().reduce(Action::Focus(Some(3)));
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::Hover(Some(1)));
        assert_eq!((s.focus, s.hover), (Some(3), Some(1)));
        let s = s.reduce(Action::SetText(Side::A, "x".into()));
        assert_eq!((s.focus, s.hover), (None, None));
    }

    #[test]
    fn jumps_focus_and_count_even_to_the_same_row() {
        let s = reduce(State::default(), Action::Jump(2));
        let s = s.reduce(Action::Jump(2));
        assert_eq!((s.focus, s.jumps), (Some(2), 2));
        let s = s.reduce(Action::Focus(Some(4)));
        assert_eq!((s.focus, s.jumps), (Some(4), 2), "a click focuses without a jump");
    }

    #[test]
    fn folds_are_set() {
        let s = reduce(State::default(), Action::SetFolds(Folds::ALL));
        assert_eq!(s.folds, Folds::ALL);
    }

    fn with_text() -> Rc<State> {
        reduce(State::default(), Action::LoadExample)
    }

    fn span_of(state: &State, side: Side, word: &str) -> Span {
        let at = state.texts[side.index()].find(word).unwrap();
        Span::new(at, at + word.len())
    }

    fn arena() -> Vec<ThemeRef> {
        vec![ThemeRef::BuiltIn("arena")]
    }

    #[test]
    fn a_draft_is_opened_stepped_saved_and_closed() {
        let s = with_text();
        let span = span_of(&s, Side::A, "plattform");
        let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span)));
        let first = s.draft.unwrap().serial;
        let s = s.reduce(Action::StepDraft(Edge::End, true));
        let Some(Draft { target: Target::Span(Side::A, wider), editing: None, .. }) = s.draft else { panic!() };
        assert!(wider.end > span.end && wider.start == span.start);
        let s = s.reduce(Action::StepDraft(Edge::End, false));
        assert_eq!(s.draft.unwrap().target, Target::Span(Side::A, span));
        let s = s.reduce(Action::SaveDraft(arena(), " Viktig ".into()));
        assert_eq!(s.draft, None);
        let a = &s.notebook.annotations[0];
        assert_eq!((a.anchor.exact.as_str(), a.note.as_str(), a.side), ("plattform", "Viktig", 0));
        let b_span = span_of(&s, Side::B, "plattform");
        let s = s.reduce(Action::OpenDraft(Target::Span(Side::B, b_span)));
        assert!(s.draft.unwrap().serial > first);
        let s = s.reduce(Action::CloseDraft);
        assert_eq!((s.draft, s.notebook.annotations.len()), (None, 1));
    }

    #[test]
    fn an_empty_draft_saves_nothing_and_an_emptied_one_deletes() {
        let s = with_text();
        let span = span_of(&s, Side::A, "samverkan");
        let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span)));
        let s = s.reduce(Action::SaveDraft(vec![], "  ".into()));
        assert!(s.notebook.annotations.is_empty() && !s.history.can_undo());
        let s =
            s.reduce(Action::OpenDraft(Target::Span(Side::A, span))).reduce(Action::SaveDraft(arena(), String::new()));
        let id = s.notebook.annotations[0].id;
        let s = s.reduce(Action::EditNote(id, Target::Span(Side::A, span)));
        assert_eq!(s.draft.unwrap().editing, Some(id));
        let s = s.reduce(Action::SaveDraft(vec![], String::new()));
        assert!(s.notebook.annotations.is_empty());
    }

    #[test]
    fn editing_changes_themes_note_and_span() {
        let s = with_text();
        let span = span_of(&s, Side::A, "samverkan");
        let s =
            s.reduce(Action::OpenDraft(Target::Span(Side::A, span))).reduce(Action::SaveDraft(arena(), String::new()));
        let id = s.notebook.annotations[0].id;
        let s =
            s.reduce(Action::EditNote(id, Target::Span(Side::A, span))).reduce(Action::StepDraft(Edge::Start, true));
        let unchanged = s.clone().reduce(Action::SaveDraft(arena(), String::new()));
        assert_ne!(unchanged.notebook.annotations[0].anchor.position, span, "a moved span is a change");
        let s = s.reduce(Action::SaveDraft(vec![ThemeRef::BuiltIn("samverkan")], "Ny".into()));
        let a = &s.notebook.annotations[0];
        assert_eq!((a.id, a.themes.clone(), a.note.as_str()), (id, vec![ThemeRef::BuiltIn("samverkan")], "Ny"));
        assert!(a.anchor.exact.ends_with("samverkan") && a.anchor.exact.len() > "samverkan".len());
    }

    #[test]
    fn pair_notes_are_saved_edited_and_deleted() {
        let s = with_text();
        let spans = [span_of(&s, Side::A, "samverkan"), span_of(&s, Side::B, "samverkan")];
        let s = s.reduce(Action::OpenDraft(Target::Pair(spans))).reduce(Action::SaveDraft(arena(), "Om paret".into()));
        let p = &s.notebook.pair_notes[0];
        assert_eq!((p.note.as_str(), p.a.position, p.b.position), ("Om paret", spans[0], spans[1]));
        let id = p.id;
        let s = s.reduce(Action::EditNote(id, Target::Pair(spans))).reduce(Action::SaveDraft(vec![], "Ändrad".into()));
        assert_eq!(s.notebook.pair_notes[0].note, "Ändrad");
        let s = s.reduce(Action::EditNote(id, Target::Pair(spans))).reduce(Action::DeleteNote(id));
        assert!(s.notebook.pair_notes.is_empty());
        assert_eq!(s.draft, None, "the editor of a deleted note closes");
    }

    #[test]
    fn suggestions_are_accepted_and_rejected() {
        let s = with_text();
        let p = |word: &str, theme| Proposal { side: Side::B, theme, span: span_of(&s, Side::B, word) };
        let accepted = vec![p("samverkan", "samverkan"), p("arena", "arena")];
        let rejected = vec![p("rehabilitering", "rehabilitering")];
        let s = s.clone().reduce(Action::Accept(accepted)).reduce(Action::Reject(rejected));
        let themes: Vec<_> = s.notebook.annotations.iter().map(|a| a.themes[0].clone()).collect();
        assert_eq!(themes, [ThemeRef::BuiltIn("samverkan"), ThemeRef::BuiltIn("arena")]);
        assert_eq!(s.notebook.rejected[0].theme, "rehabilitering");
        let same = s.clone().reduce(Action::Accept(vec![]));
        assert!(Rc::ptr_eq(&s.notebook, &same.notebook), "nothing accepted, nothing recorded");
    }

    #[test]
    fn themes_are_added_renamed_hidden_and_deleted() {
        let s = reduce(State::default(), Action::AddTheme("Unga".into(), 2));
        assert_eq!(s.notebook.custom[0].number, 1);
        let s = s.reduce(Action::RenameTheme(1, "Unga vuxna".into(), 5));
        assert_eq!((s.notebook.custom[0].name.as_str(), s.notebook.custom[0].colour), ("Unga vuxna", 5));
        let s = s.reduce(Action::HideTheme("arena", true));
        assert_eq!(s.notebook.hidden, ["arena"]);
        let same = s.clone().reduce(Action::HideTheme("arena", true));
        assert!(Rc::ptr_eq(&s.notebook, &same.notebook));
        let s = s.reduce(Action::DeleteTheme(1));
        assert!(s.notebook.custom.is_empty());
    }

    #[test]
    fn undo_and_redo_walk_the_notebook_history() {
        let s = reduce(State::default(), Action::AddTheme("Ett".into(), 0)).reduce(Action::AddTheme("Två".into(), 1));
        let s = s.reduce(Action::Undo);
        assert_eq!(s.notebook.custom.len(), 1);
        let s = s.reduce(Action::Undo);
        assert!(s.notebook.custom.is_empty());
        let same = s.clone().reduce(Action::Undo);
        assert!(Rc::ptr_eq(&s, &same), "nothing to undo");
        let s = s.reduce(Action::Redo).reduce(Action::Redo);
        assert_eq!(s.notebook.custom.len(), 2);
        let same = s.clone().reduce(Action::Redo);
        assert!(Rc::ptr_eq(&s, &same), "nothing to redo");
        let s = s.reduce(Action::Undo).reduce(Action::AddTheme("Tre".into(), 2));
        assert!(!s.history.can_redo(), "a new change forgets what was undone");
    }

    #[test]
    fn text_edits_keep_annotations() {
        let s = with_text();
        let span = span_of(&s, Side::A, "samverkan");
        let s =
            s.reduce(Action::OpenDraft(Target::Span(Side::A, span))).reduce(Action::SaveDraft(arena(), String::new()));
        let edited = format!("Inledning.\n{}", s.texts[0]);
        let s = s.reduce(Action::SetText(Side::A, edited)).reduce(Action::Clear(Side::A));
        assert_eq!(s.notebook.annotations.len(), 1, "loose, not lost");
    }

    #[test]
    fn opening_a_link_replaces_the_work_and_its_history() {
        use andamal_core::session::{Scope, Workspace, pack, unpack};
        let s = with_text().reduce(Action::AddTheme("Unga".into(), 1));
        let span = span_of(&s, Side::B, "arena");
        let s = s.reduce(Action::OpenDraft(Target::Span(Side::B, span))).reduce(Action::SaveDraft(arena(), "x".into()));
        let work = Workspace {
            texts: [&s.texts[0], &s.texts[1]],
            choices: s.choices,
            folds: s.folds,
            names: ["Ett", "Två"],
            title: "Möte",
            notebook: &s.notebook,
        };
        let opened = unpack(&pack(&work, Scope::Sections, true).shared);
        let o = reduce(State::default(), Action::SetText(Side::A, "gammalt".into()))
            .reduce(Action::AddTheme("x".into(), 0));
        let o = o.reduce(Action::Open(Rc::new(opened)));
        assert_eq!((o.names[1].as_str(), o.title.as_str()), ("Två", "Möte"));
        assert_eq!(&*o.texts[1], s.texts[1].trim());
        assert_eq!(o.notebook.annotations[0].anchor.exact, "arena");
        assert_eq!(o.notebook.custom[0].name, "Unga");
        assert!(!o.history.can_undo(), "an opened comparison starts a new history");
        let again = unpack(&pack(&work, Scope::Sections, true).shared);
        assert!(o.holds(&again), "the same link twice changes nothing");
        assert!(!s.holds(&again));
    }

    #[test]
    fn names_title_notices_and_the_share_panel() {
        let s =
            reduce(State::default(), Action::SetName(Side::B, "Umeå".into())).reduce(Action::SetTitle("Möte".into()));
        assert_eq!((s.names[1].as_str(), s.title.as_str()), ("Umeå", "Möte"));
        let notice = Notice { text: "Hej".into(), error: true };
        let s = s.reduce(Action::Notify(Some(notice.clone()))).reduce(Action::Share(true));
        assert_eq!((s.notice.clone(), s.sharing), (Some(notice), true));
        let s = s.reduce(Action::Notify(None)).reduce(Action::Share(false));
        assert_eq!((s.notice.clone(), s.sharing), (None, false));
        let s = s.reduce(Action::Help(true));
        assert!(s.helping);
        assert!(!s.reduce(Action::Help(false)).helping);
    }

    #[test]
    fn names_follow_the_text_until_the_user_types_one() {
        let s =
            reduce(State::default(), Action::SetText(Side::A, "Samordningsförbundet Sydnärke, antagen 2020".into()));
        assert_eq!(s.names[0], "Sydnärke 2020");
        let s = s.reduce(Action::SetName(Side::A, "Vårt förbund".into()));
        let s = s.reduce(Action::SetText(Side::A, "Samordningsförbundet Annat".into()));
        assert_eq!(s.names[0], "Vårt förbund");
        let s =
            s.reduce(Action::SetName(Side::A, String::new())).reduce(Action::SetText(Side::A, "Ingen rubrik".into()));
        assert_eq!(s.names[0], "");
    }

    #[test]
    fn swap_exchanges_everything_and_swapping_back_restores_it() {
        let s = with_text();
        let span = span_of(&s, Side::B, "arena");
        let s =
            s.reduce(Action::OpenDraft(Target::Span(Side::B, span))).reduce(Action::SaveDraft(arena(), String::new()));
        let swapped = s.clone().reduce(Action::Swap);
        assert_eq!(swapped.texts[0], s.texts[1]);
        assert_eq!(swapped.names[1], s.names[0]);
        assert_eq!(swapped.notebook.annotations[0].side, 0);
        let back = swapped.reduce(Action::Swap);
        assert_eq!((&back.texts, &back.names, &*back.notebook), (&s.texts, &s.names, &*s.notebook));
    }

    #[test]
    fn a_new_comparison_can_be_undone() {
        let s = with_text().reduce(Action::AddTheme("Unga".into(), 0));
        let empty = s.clone().reduce(Action::NewComparison);
        assert!(empty.texts.iter().all(|t| t.is_empty()) && empty.notebook.custom.is_empty());
        assert!(empty.notice.is_some());
        let back = empty.reduce(Action::UndoNew);
        assert_eq!((&back.texts, &back.notebook), (&s.texts, &s.notebook));
        assert!(back.before_new.is_none() && back.notice.is_none());
        let same = back.clone().reduce(Action::UndoNew);
        assert!(Rc::ptr_eq(&back, &same));
    }

    #[test]
    fn presentation_mode_has_a_matrix_and_a_black_screen() {
        let s = reduce(State::default(), Action::ToggleBlackout);
        assert!(!s.blackout, "only while presenting");
        let s = s.reduce(Action::Share(true)).reduce(Action::Present(true));
        assert!(s.presenting && !s.sharing);
        let s = s.reduce(Action::ToggleMatrix).reduce(Action::ToggleBlackout);
        assert!(s.presenting_matrix && s.blackout);
        let s = s.reduce(Action::ToggleBlackout);
        assert!(!s.blackout);
        let s = s.reduce(Action::Present(false));
        assert!(!s.presenting && !s.presenting_matrix && !s.blackout);
    }

    #[test]
    fn presentation_shows_the_qr_code_only_while_presenting() {
        let s = reduce(State::default(), Action::ToggleQr);
        assert!(!s.presenting_qr, "only while presenting");
        let s = s.reduce(Action::Present(true)).reduce(Action::ToggleQr);
        assert!(s.presenting_qr);
        let s = s.reduce(Action::Present(false));
        assert!(!s.presenting_qr);
    }

    #[test]
    fn opened_work_is_folded_until_a_side_is_unfolded_or_texts_are_loaded() {
        let opened = andamal_core::session::unpack(&sample::annotated());
        let s = reduce(State::default(), Action::Open(Rc::new(opened)));
        assert_eq!(s.folded, [true, true]);
        let s = s.reduce(Action::Unfold(Side::B));
        assert_eq!(s.folded, [true, false]);
        let s = s.reduce(Action::LoadExample);
        assert_eq!(s.folded, [false, false]);
    }

    #[test]
    fn a_tapped_sentence_is_annotated_by_its_first_theme_and_undone_in_one_step() {
        let s = with_text();
        let span = span_of(&s, Side::A, "plattform");
        let s = s.reduce(Action::TapSentence(Side::A, span));
        assert!(s.draft.is_some_and(|d| d.quick && d.editing.is_none()));
        let s = s.reduce(Action::QuickTheme(arena()[0].clone()));
        let id = s.notebook.annotations[0].id;
        assert_eq!(s.draft.and_then(|d| d.editing), Some(id), "the editor stays open on it, for a note");
        assert_eq!(s.notebook.annotations[0].themes, arena());
        // A second theme tapped now is a change of the form, not another annotation.
        let same = s.clone().reduce(Action::QuickTheme(ThemeRef::BuiltIn("samverkan")));
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::SaveDraft(arena(), "Och en anteckning".into()));
        assert_eq!((s.notebook.annotations.len(), s.notebook.annotations[0].note.as_str()), (1, "Och en anteckning"));
        let s = s.reduce(Action::Undo).reduce(Action::Undo);
        assert!(s.notebook.annotations.is_empty());
        // An ordinary draft is not saved by a theme.
        let s = s.reduce(Action::OpenDraft(Target::Span(Side::A, span)));
        let same = s.clone().reduce(Action::QuickTheme(arena()[0].clone()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn a_carried_theme_is_confirmed_or_turned_down() {
        let s = with_text();
        let span = span_of(&s, Side::A, "arena");
        let confirmed = s.clone().reduce(Action::Carry(Side::A, arena()[0].clone(), span, true));
        assert_eq!(confirmed.notebook.annotations[0].anchor.exact, "arena");
        assert_eq!(confirmed.notebook.annotations[0].side, 0);
        let rejected = s.clone().reduce(Action::Carry(Side::A, arena()[0].clone(), span, false));
        let placed = rejected.notebook.place([&rejected.texts[0], &rejected.texts[1]]);
        assert!(placed.is_rejected(0, "arena", span));
        let mine = s.reduce(Action::AddTheme("Unga".into(), 1));
        let custom = ThemeRef::Custom(mine.notebook.custom[0].number);
        let same = mine.clone().reduce(Action::Carry(Side::A, custom, span, false));
        assert!(Rc::ptr_eq(&mine.notebook, &same.notebook), "a user's theme cannot be turned down");
    }

    #[test]
    fn initials_sign_new_notes_and_a_rooms_links_are_collected() {
        use andamal_core::session::{Scope, pack};
        let s = with_text().reduce(Action::SetInitials("  KLM  ".into()));
        assert_eq!(s.initials, "KLM");
        let span = span_of(&s, Side::B, "arena");
        let participant = s
            .clone()
            .reduce(Action::OpenDraft(Target::Span(Side::B, span)))
            .reduce(Action::SaveDraft(arena(), "Deras".into()));
        assert_eq!(participant.notebook.annotations[0].author, "KLM");
        let link = Rc::new(pack(&participant.workspace(), Scope::Sections, true).shared);
        let moderator = with_text().reduce(Action::Collect(link.clone()));
        assert_eq!(moderator.notebook.annotations[0].note, "Deras");
        assert!(!moderator.notice.as_ref().unwrap().error);
        let again = moderator.reduce(Action::Collect(link.clone()));
        assert_eq!(again.notebook.annotations.len(), 1, "duplicates collapse");
        let undone = again.reduce(Action::Undo);
        assert!(undone.notebook.annotations.is_empty());
        let other = reduce(State::default(), Action::SetText(Side::A, "annat".into())).reduce(Action::Collect(link));
        assert!(other.notice.as_ref().unwrap().error);
    }

    #[test]
    fn panels_are_switched() {
        let s = reduce(State::default(), Action::ShowPanel(Panel::Matrix));
        assert_eq!(s.panel, Panel::Matrix);
    }

    #[test]
    fn the_work_id_is_kept_until_another_comparison_opens() {
        let s = reduce(State::default(), Action::SetWorkId("abc".into()));
        assert_eq!(s.work_id.as_deref(), Some("abc"));
        let same = s.clone().reduce(Action::SetWorkId("abc".into()));
        assert!(Rc::ptr_eq(&s, &same));
        let s = s.reduce(Action::LoadExample).reduce(Action::AddTheme("Unga".into(), 1));
        assert_eq!(s.work_id.as_deref(), Some("abc"), "edits keep saving to the same place");
        let opened = andamal_core::session::unpack(&andamal_core::share::Shared::default());
        let s = s.reduce(Action::Open(Rc::new(opened)));
        assert_eq!(s.work_id, None, "an opened link or file is saved as a new comparison");
    }

    #[test]
    fn the_title_is_set_as_typed() {
        let s = reduce(State::default(), Action::SetTitle("Workshop 15 ".into()));
        assert_eq!(s.title, "Workshop 15 ", "a space typed at the end stays, so the next word can follow");
    }
}
