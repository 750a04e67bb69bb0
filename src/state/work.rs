//! The work's own actions: texts pasted, edited, chosen from, named and
//! titled; a comparison opened, swapped, emptied and brought back.

use std::rc::Rc;

use andamal_core::sample;
use andamal_core::statute::naming::suggest_name;
use andamal_core::statute::selection::Choice;

use super::reducer::Reduced;
use super::{Action, Notice, State};

/// Which of the two compared documents (the core's, so the notebook and the page agree).
pub use andamal_core::diff::side::Side;

pub(super) fn reduce(next: &mut State, action: Action) -> Reduced {
    let work = &mut next.work;
    match action {
        Action::SetText(side, text) => {
            let i = side.index();
            if *work.texts[i] == *text {
                return Reduced::Same;
            }
            if !next.named_by_user[i] {
                work.names[i] = suggest_name(&text).unwrap_or_default();
            }
            work.texts[i] = text.into();
            // Offsets of a manual range or a candidate refer to the old text.
            work.choices[i] = Choice::Auto;
            next.focus = None;
            next.hover = None;
        }
        Action::Open(opened) => {
            *next = State {
                work: Rc::unwrap_or_clone(opened),
                folded: [true; 2],
                view: next.view,
                panel: next.panel,
                drafts_opened: next.drafts_opened,
                notice: next.notice.take(),
                ..State::default()
            };
        }
        Action::SetName(side, name) => {
            next.named_by_user[side.index()] = !name.trim().is_empty();
            work.names[side.index()] = name;
        }
        Action::Swap => {
            work.texts.swap(0, 1);
            work.choices.swap(0, 1);
            work.names.swap(0, 1);
            work.notebook = Rc::new(work.notebook.swapped());
            next.named_by_user.swap(0, 1);
            // Earlier notebooks refer to the old sides.
            next.history = Rc::default();
            next.draft = None;
            next.focus = None;
        }
        Action::NewComparison => {
            let before = State { before_new: None, notice: None, ..next.clone() };
            *next = State {
                view: next.view,
                panel: next.panel,
                drafts_opened: next.drafts_opened,
                notice: Some(Notice { text: crate::texts::NEW_STARTED.to_owned(), error: false }),
                before_new: Some(Rc::new(before)),
                ..State::default()
            };
        }
        Action::UndoNew => {
            let Some(before) = next.before_new.take() else { return Reduced::Same };
            *next = State { notice: None, ..Rc::unwrap_or_clone(before) };
        }
        Action::SetTitle(title) => work.title = title,
        Action::Unfold(side) => next.folded[side.index()] = false,
        Action::LoadExample => {
            work.texts = [sample::OSTRA_OSTERGOTLAND_2017.into(), sample::UMEAREGIONEN_2019.into()];
            work.choices = [Choice::Auto; 2];
            work.names = sample::NAMES.map(str::to_owned);
            next.folded = [false; 2];
        }
        Action::Clear(side) => {
            work.texts[side.index()] = "".into();
            work.choices[side.index()] = Choice::Auto;
        }
        Action::SetFolds(folds) => work.folds = folds,
        Action::PickCandidate(side, start) => work.choices[side.index()] = Choice::Candidate(start),
        Action::MarkManually(side, span) => work.choices[side.index()] = Choice::Manual(span),
        Action::UseFinder(side) => work.choices[side.index()] = Choice::Auto,
        Action::SetWorkId(id) => {
            if next.work_id.as_ref() == Some(&id) {
                return Reduced::Same;
            }
            next.work_id = Some(id);
        }
        other => return Reduced::Pass(other),
    }
    Reduced::Changed
}
