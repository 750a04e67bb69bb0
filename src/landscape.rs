//! The landscape's state ("Många förbund"): the documents the user gave, what
//! the finder said of each, and the grouping the worker computed, changed
//! only through [`LandscapeAction`]s by [`reduce`] (the reducer of the
//! landscape's own app, [`crate::components::LandscapeApp`], which runs on
//! the page beside the main app, from its own wasm fetched on demand).
//!
//! The work itself (reading files, finding each ändamål, grouping the
//! sentences) happens in the worker, driven by
//! [`crate::hooks::use_landscape`]; this module only records its answers. Each
//! answer names the `generation` of the documents it was computed from, so an
//! answer that arrives after the user changed something is dropped, and the
//! shown landscape keeps the texts it was computed from ([`Computed::texts`]),
//! so its offsets always refer to those texts.
//!
//! ```
//! use andamal::landscape::{LandscapeAction, LandscapeState, reduce};
//! let mut state = LandscapeState::default();
//! reduce(&mut state, LandscapeAction::Add(vec![("Umeå.txt".into(), Ok("4 § Ändamål\nFörbundet ska stödja.".into()))]));
//! assert_eq!(state.docs[0].name, "Umeå");
//! assert_eq!(state.generation, 1);
//! ```

use std::rc::Rc;

use andamal_core::Folds;
use andamal_core::diff::landscape::MAX_DOCUMENTS;
use andamal_core::formats::export::landscape_file::{LandscapeWork, WorkDocument};
use andamal_core::statute::found::Found;
use andamal_core::statute::selection::Choice;

use crate::landscape_tree::LandscapeTree;
use crate::texts;

/// One document of the landscape.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    /// Stable across removals, for keys and answers.
    pub id: u32,
    pub name: String,
    /// The whole text, exactly as given.
    pub text: Rc<str>,
    /// Which clause the user chose (`Auto`: the finder's).
    pub choice: Choice,
    /// What the finder found in `text` (`None` until the worker answers).
    pub found: Option<Rc<Found>>,
    /// Why the file could not be read (then `text` is empty).
    pub error: Option<String>,
    /// Its text box is open (a new box, or "Visa text").
    pub open: bool,
}

/// A landscape as the worker computed and drew it, with the documents it was computed from.
#[derive(Debug, Clone)]
pub struct Computed {
    pub tree: LandscapeTree,
    pub texts: Vec<Rc<str>>,
    pub choices: Vec<Choice>,
    /// Which [`Doc::id`] each document was.
    pub ids: Vec<u32>,
}

/// Each answer is a new value behind its own `Rc`: the same one is equal,
/// and comparing the trees deeply would only add code to the page.
impl PartialEq for Computed {
    fn eq(&self, other: &Computed) -> bool {
        std::ptr::eq(self, other)
    }
}

/// What the page is doing for the landscape, for its progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Progress {
    #[default]
    Idle,
    Reading {
        done: usize,
        total: usize,
    },
    Finding {
        done: usize,
        total: usize,
    },
    Grouping {
        documents: usize,
    },
}

#[derive(Debug, Clone, Default)]
pub struct LandscapeState {
    /// Counts every change (see `PartialEq`).
    version: u32,
    pub docs: Vec<Doc>,
    next_id: u32,
    /// Counts changes to the documents; answers carry the one they are for.
    pub generation: u32,
    pub computed: Option<Rc<Computed>>,
    /// The generation `computed` is for.
    pub computed_for: u32,
    pub progress: Progress,
    /// A message about the landscape (files left out, a file that did not open).
    pub notice: Option<String>,
    pub title: String,
    /// Show only the sentences one document has.
    pub only_own: bool,
    /// How texts are folded for matching (from a landscape file; else the defaults).
    pub folds: Folds,
}

/// Two states are equal when one is the other unchanged: every action that
/// changes anything counts a version (cheaper in the page's wasm than
/// comparing a hundred documents field by field).
impl PartialEq for LandscapeState {
    fn eq(&self, other: &LandscapeState) -> bool {
        self.version == other.version
    }
}

/// Every change to the landscape.
#[derive(Debug, Clone, PartialEq)]
pub enum LandscapeAction {
    /// Documents read from files (name, text or why not), in the order chosen.
    Add(Vec<(String, Result<String, String>)>),
    /// An empty box to paste into.
    AddBox,
    SetText(u32, String),
    SetName(u32, String),
    Remove(u32),
    Clear,
    /// Opens or closes a document's text box.
    ToggleOpen(u32),
    /// The finder's answer for a text (ignored if the text changed since).
    Found(u32, Rc<str>, Rc<Found>),
    /// The user chose the clause of a document.
    Choose(u32, Choice),
    /// The worker's landscape for a generation, or why there is none.
    Computed(u32, Result<Rc<Computed>, String>),
    Progress(Progress),
    Notify(Option<String>),
    /// Replaces the landscape with one from a file.
    Load(LandscapeWork),
    SetOnlyOwn(bool),
}

/// The landscape app's reducer ([`crate::components::LandscapeApp`]).
impl yew::Reducible for LandscapeState {
    type Action = LandscapeAction;

    fn reduce(self: Rc<Self>, action: LandscapeAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        reduce(&mut next, action);
        Rc::new(next)
    }
}

/// Applies `action` to `state`.
pub fn reduce(state: &mut LandscapeState, action: LandscapeAction) {
    state.version = state.version.wrapping_add(1);
    let changed = match action {
        LandscapeAction::Add(files) => {
            let room = MAX_DOCUMENTS.saturating_sub(state.docs.len());
            let left: Vec<String> = files.iter().skip(room).map(|(name, _)| name.clone()).collect();
            let errors: Vec<String> = files
                .iter()
                .take(room)
                .filter_map(|(name, r)| r.as_ref().err().map(|why| texts::unreadable(name, why)))
                .collect();
            for (name, text) in files.into_iter().take(room) {
                let (text, error) = match text {
                    Ok(text) => (text, None),
                    Err(why) => (String::new(), Some(why)),
                };
                push(state, file_stem(&name), text, Choice::Auto, error);
            }
            state.notice = match (left.is_empty(), errors.is_empty()) {
                (true, true) => None,
                (false, _) => Some(texts::left_outside(&left)),
                (true, false) => Some(errors.join(" ")),
            };
            true
        }
        LandscapeAction::AddBox => {
            if state.docs.len() >= MAX_DOCUMENTS {
                state.notice = Some(texts::TOO_MANY_DOCUMENTS.to_owned());
                return;
            }
            push(state, String::new(), String::new(), Choice::Auto, None);
            if let Some(doc) = state.docs.last_mut() {
                doc.open = true;
            }
            false
        }
        LandscapeAction::SetText(id, text) => {
            let Some(doc) = doc(state, id) else { return };
            if *doc.text == *text {
                return;
            }
            doc.text = text.into();
            doc.choice = Choice::Auto;
            doc.found = None;
            doc.error = None;
            true
        }
        LandscapeAction::SetName(id, name) => {
            let Some(doc) = doc(state, id) else { return };
            doc.name = name;
            // The drawn landscape names its documents.
            true
        }
        LandscapeAction::Remove(id) => {
            state.docs.retain(|d| d.id != id);
            true
        }
        LandscapeAction::Clear => {
            *state = LandscapeState {
                version: state.version,
                next_id: state.next_id,
                generation: state.generation + 1,
                ..Default::default()
            };
            false
        }
        LandscapeAction::ToggleOpen(id) => {
            let Some(doc) = doc(state, id) else { return };
            doc.open = !doc.open;
            false
        }
        LandscapeAction::Found(id, text, found) => {
            let Some(doc) = doc(state, id) else { return };
            if Rc::ptr_eq(&doc.text, &text) {
                doc.found = Some(found);
            }
            false
        }
        LandscapeAction::Choose(id, choice) => {
            let Some(doc) = doc(state, id) else { return };
            doc.choice = choice;
            true
        }
        LandscapeAction::Computed(generation, result) => {
            if generation != state.generation {
                return;
            }
            state.progress = Progress::Idle;
            match result {
                Ok(computed) => {
                    state.computed = Some(computed);
                    state.computed_for = generation;
                }
                Err(why) => state.notice = Some(why),
            }
            false
        }
        LandscapeAction::Progress(progress) => {
            state.progress = progress;
            false
        }
        LandscapeAction::Notify(notice) => {
            state.notice = notice;
            false
        }
        LandscapeAction::Load(work) => {
            let next_id = state.next_id;
            *state = LandscapeState {
                version: state.version,
                next_id,
                generation: state.generation,
                title: work.title,
                folds: work.folds,
                ..Default::default()
            };
            for d in work.documents.into_iter().take(MAX_DOCUMENTS) {
                push(state, d.name, d.text, d.choice, None);
            }
            true
        }
        LandscapeAction::SetOnlyOwn(on) => {
            state.only_own = on;
            false
        }
    };
    if changed {
        state.generation += 1;
    }
}

fn doc(state: &mut LandscapeState, id: u32) -> Option<&mut Doc> {
    state.docs.iter_mut().find(|d| d.id == id)
}

fn push(state: &mut LandscapeState, name: String, text: String, choice: Choice, error: Option<String>) {
    state.docs.push(Doc { id: state.next_id, name, text: text.into(), choice, found: None, error, open: false });
    state.next_id += 1;
}

/// "Umeå 2019.pdf" → "Umeå 2019".
fn file_stem(name: &str) -> String {
    let name = name.strip_suffix(".andamal.json").unwrap_or(name);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && ext.len() <= 5 => stem.to_owned(),
        _ => name.to_owned(),
    }
}

impl LandscapeState {
    /// The documents as a landscape file holds them.
    #[must_use]
    pub fn work(&self) -> LandscapeWork {
        let documents = self
            .docs
            .iter()
            .filter(|d| d.error.is_none())
            .map(|d| WorkDocument { name: d.name.clone(), text: d.text.to_string(), choice: d.choice })
            .collect();
        LandscapeWork { title: self.title.clone(), folds: self.folds, documents }
    }

    /// What the computed landscape's document `index` is called now: its
    /// name, else the one the reader suggested from its text.
    #[must_use]
    pub fn name_of(&self, computed: &Computed, index: usize) -> String {
        let id = computed.ids.get(index).copied();
        let name = self.docs.iter().find(|d| Some(d.id) == id).map_or("", |d| d.name.as_str());
        let suggested = computed.tree.names.get(index).map_or("", String::as_str);
        texts::document_label(index, if name.trim().is_empty() { suggested } else { name })
    }

    /// Whether the shown landscape is older than the documents.
    #[must_use]
    pub fn stale(&self) -> bool {
        self.computed_for != self.generation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> (String, Result<String, String>) {
        (name.to_owned(), Ok(text.to_owned()))
    }

    #[test]
    fn at_most_a_hundred_documents_and_the_rest_named() {
        let mut state = LandscapeState::default();
        let files: Vec<_> = (0..98).map(|i| file(&format!("f{i}.txt"), "4 § Ändamål\nText.")).collect();
        reduce(&mut state, LandscapeAction::Add(files));
        assert_eq!(state.notice, None);
        let more: Vec<_> = ["x.txt", "y.txt", "z.pdf", "w.docx"].iter().map(|n| file(n, "Text.")).collect();
        reduce(&mut state, LandscapeAction::Add(more));
        assert_eq!(state.docs.len(), 100);
        let notice = state.notice.clone().unwrap();
        assert!(notice.contains("högst 100") && notice.contains("z.pdf, w.docx"), "{notice}");
        assert_eq!(state.docs[99].name, "y");
        reduce(&mut state, LandscapeAction::AddBox);
        assert_eq!(state.docs.len(), 100);
    }

    #[test]
    fn a_bad_file_is_kept_with_its_reason_and_the_rest_are_added() {
        let mut state = LandscapeState::default();
        let bad = ("skannad.pdf".to_owned(), Err("PDF-filen innehåller ingen text.".to_owned()));
        reduce(&mut state, LandscapeAction::Add(vec![file("a.txt", "A"), bad, file("b.txt", "B")]));
        assert_eq!(state.docs.len(), 3);
        assert_eq!(state.docs[1].error.as_deref(), Some("PDF-filen innehåller ingen text."));
        assert_eq!(state.notice.as_deref(), Some("skannad.pdf: PDF-filen innehåller ingen text."));
        assert_eq!(state.work().documents.len(), 2);
    }

    #[test]
    fn late_answers_are_dropped() {
        let mut state = LandscapeState::default();
        reduce(&mut state, LandscapeAction::Add(vec![file("a.txt", "A")]));
        let old_text = state.docs[0].text.clone();
        let generation = state.generation;
        reduce(&mut state, LandscapeAction::SetText(0, "B".into()));
        reduce(&mut state, LandscapeAction::Found(0, old_text, Rc::default()));
        assert_eq!(state.docs[0].found, None);
        reduce(&mut state, LandscapeAction::Computed(generation, Err("x".into())));
        assert_eq!(state.notice, None);
        assert!(state.stale());
    }
}
