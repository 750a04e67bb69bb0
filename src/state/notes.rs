//! The notebook's actions: the annotation editor ([`Draft`]) opened, stepped
//! and saved; suggestions accepted and rejected; themes added, renamed,
//! hidden; a room's links collected. Every change to the notebook is
//! recorded, so undo and redo walk it back and forth.

use std::rc::Rc;

use andamal_core::Span;
use andamal_core::formats::session::merge;
use andamal_core::notes::notebook::Notebook;
use andamal_core::notes::theme_ref::ThemeRef;
use andamal_core::text::wordwise;

use super::reducer::Reduced;
use super::{Action, Notice, Side, State};

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

/// A theme suggested for a span of one side, as accepted or rejected (decided in the core).
pub use andamal_core::notes::pending::Proposal;

pub(super) fn reduce(next: &mut State, action: Action) -> Reduced {
    match action {
        Action::SetInitials(initials) => next.initials = initials.trim().chars().take(4).collect(),
        Action::Collect(shared) => {
            let texts = [&*next.work.texts[0], &*next.work.texts[1]];
            let notice = match merge(texts, &next.work.notebook, &shared) {
                Ok((book, merged)) => {
                    if merged.annotations + merged.pair_notes > 0 {
                        let before = std::mem::replace(&mut next.work.notebook, Rc::new(book));
                        Rc::make_mut(&mut next.history).record(before);
                    }
                    Notice { text: crate::texts::collected(merged), error: false }
                }
                Err(e) => Notice { text: e.message().to_owned(), error: true },
            };
            next.notice = Some(notice);
        }
        Action::OpenDraft(target) => next.open_draft(target, None),
        Action::TapSentence(side, span) => {
            next.open_draft(Target::Span(side, span), None);
            if let Some(draft) = &mut next.draft {
                draft.quick = true;
            }
        }
        Action::QuickTheme(theme) => {
            let Some(Draft { target: Target::Span(side, span), editing: None, quick: true, .. }) = next.draft else {
                return Reduced::Same;
            };
            let author = next.initials.clone();
            let mut id = None;
            next.change(|book, texts| {
                id = Some(book.annotate_by(side, &texts[side.index()], span, vec![theme], String::new(), author));
                true
            });
            if let Some(draft) = &mut next.draft {
                draft.editing = id;
            }
        }
        Action::EditNote(id, target) => next.open_draft(target, Some(id)),
        Action::StepDraft(edge, widen) => {
            let Some(Draft { target: Target::Span(side, span), .. }) = next.draft else { return Reduced::Same };
            let stepped = wordwise::step(&next.work.texts[side.index()], span, edge, widen);
            if let Some(draft) = &mut next.draft {
                draft.target = Target::Span(side, stepped);
            }
        }
        Action::CloseDraft => next.draft = None,
        Action::SaveDraft(themes, note) => {
            let Some(draft) = next.draft.take() else { return Reduced::Same };
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
                    book.annotate_by(p.side, text, p.span, themes, String::new(), author.clone());
                }
                !proposals.is_empty()
            });
        }
        Action::Reject(proposals) => next.change(|book, texts| {
            for p in &proposals {
                book.reject(p.side, p.theme, &texts[p.side.index()], p.span);
            }
            !proposals.is_empty()
        }),
        Action::Carry(side, theme, span, confirm) => {
            let author = next.initials.clone();
            next.change(|book, texts| {
                let text = &texts[side.index()];
                match (confirm, theme) {
                    (true, theme) => {
                        book.annotate_by(side, text, span, vec![theme], String::new(), author);
                    }
                    (false, ThemeRef::BuiltIn(id)) => book.reject(side, id, text, span),
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
            let Some(before) = Rc::make_mut(&mut next.history).undo(next.work.notebook.clone()) else {
                return Reduced::Same;
            };
            next.work.notebook = before;
            next.draft = None;
        }
        Action::Redo => {
            let Some(after) = Rc::make_mut(&mut next.history).redo(next.work.notebook.clone()) else {
                return Reduced::Same;
            };
            next.work.notebook = after;
            next.draft = None;
        }
        other => return Reduced::Pass(other),
    }
    Reduced::Changed
}

impl State {
    fn open_draft(&mut self, target: Target, editing: Option<u32>) {
        self.drafts_opened += 1;
        self.draft = Some(Draft { target, editing, serial: self.drafts_opened, quick: false });
    }

    /// Changes the notebook through `f`, remembering the old one for undo if
    /// `f` says it changed something.
    fn change(&mut self, f: impl FnOnce(&mut Notebook, &[Rc<str>; 2]) -> bool) {
        let mut book = (*self.work.notebook).clone();
        if f(&mut book, &self.work.texts) {
            let before = std::mem::replace(&mut self.work.notebook, Rc::new(book));
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
                book.annotate_by(side, &texts[side.index()], span, themes, note, author);
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
