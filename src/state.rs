//! The one place where state changes: [`State`] and its [`Action`]s.
//!
//! As in Yew's `function_todomvc`, components dispatch actions and never own
//! a copy of shared state; side effects live in `hooks/`.

use std::rc::Rc;

use andamal_core::history::History;
use andamal_core::notebook::Notebook;
use andamal_core::selection::Choice;
use andamal_core::session::Opened;
use andamal_core::share::ThemeRef;
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

/// Everything the user has entered, and how they look at it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The two pasted texts, exactly as pasted.
    pub texts: [Rc<str>; 2],
    /// Which section of each text is compared.
    pub choices: [Choice; 2],
    /// What each side is called ("Umeåregionen 2019"); empty for the default "A"/"B".
    pub names: [String; 2],
    /// "Workshop 15 juni"; travels with links and files.
    pub title: String,
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
}

/// Every change the interface can make to [`State`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(Side, String),
    /// Replaces everything with a comparison from a link or file.
    Open(Rc<Opened>),
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
    /// Names the comparison ("Workshop 15 juni").
    SetTitle(String),
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
                    view: next.view,
                    panel: next.panel,
                    drafts_opened: next.drafts_opened,
                    ..State::default()
                };
            }
            Action::LoadExample => {
                next.texts = [sample::OSTRA_OSTERGOTLAND_2017.into(), sample::UMEAREGIONEN_2019.into()];
                next.choices = [Choice::Auto; 2];
                next.names = sample::NAMES.map(str::to_owned);
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
            }
            Action::Hover(row) => {
                if next.hover == row {
                    return self;
                }
                next.hover = row;
            }
            Action::OpenDraft(target) => next.open_draft(target, None),
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
            Action::Accept(proposals) => next.change(|book, texts| {
                for p in &proposals {
                    let text = &texts[p.side.index()];
                    book.annotate(side_byte(p.side), text, p.span, vec![ThemeRef::BuiltIn(p.theme)], String::new());
                }
                !proposals.is_empty()
            }),
            Action::Reject(proposals) => next.change(|book, texts| {
                for p in &proposals {
                    book.reject(side_byte(p.side), p.theme, &texts[p.side.index()], p.span);
                }
                !proposals.is_empty()
            }),
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
            Action::SetTitle(title) => next.title = title.trim().to_owned(),
        }
        Rc::new(next)
    }
}

fn side_byte(side: Side) -> u8 {
    u8::try_from(side.index()).unwrap_or(0)
}

impl State {
    fn open_draft(&mut self, target: Target, editing: Option<u32>) {
        self.drafts_opened += 1;
        self.draft = Some(Draft { target, editing, serial: self.drafts_opened });
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
        match (draft.target, draft.editing) {
            (Target::Span(side, span), None) => self.change(|book, texts| {
                if themes.is_empty() && note.is_empty() {
                    return false;
                }
                book.annotate(side_byte(side), &texts[side.index()], span, themes, note);
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
                book.note_pair([&texts[0], &texts[1]], spans, note);
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
    fn the_title_is_set_trimmed() {
        let s = reduce(State::default(), Action::SetTitle("  Workshop 15 juni ".into()));
        assert_eq!(s.title, "Workshop 15 juni");
    }
}
