//! Between the page's working state and what a link or file carries.
//!
//! The page keeps whole pasted documents and a [`Notebook`] of anchored
//! annotations; a link carries [`Shared`]: by default only the two ändamål
//! sections with their headings (a link must stay short), with annotation
//! offsets re-based onto them. When an annotation lies outside a section the
//! whole documents travel instead, and the caller says so.
//!
//! ```
//! use std::rc::Rc;
//! use andamal_core::{Span, diff::side::Side, notes::notebook::Notebook, formats::session::{Scope, pack, unpack}, notes::work::Work};
//! let a = "1 § Namn\nFörbundet heter X.\n\n4 § Ändamål\nFörbundet ska vara en arena.";
//! let b = "4 § Ändamål\nFörbundet ska vara en mötesplats.";
//! let mut book = Notebook::default();
//! let at = a.find("arena").unwrap();
//! book.annotate(Side::A, a, Span::new(at, at + 5), vec![], "Här".into());
//! let work = Work { texts: [a.into(), b.into()], names: ["X".into(), "Y".into()], notebook: Rc::new(book), ..Work::default() };
//! let packed = pack(&work, Scope::Sections, true);
//! assert_eq!(packed.shared.sides[0].text, "4 § Ändamål\nFörbundet ska vara en arena.");
//! let opened = unpack(&packed.shared);
//! assert_eq!(opened.notebook.annotations[0].anchor.exact, "arena");
//! ```

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::diff::side::Side;
use crate::formats::share::{PairNote, Shared, SharedAnnotation, SharedSide};
use crate::notes::notebook::Notebook;
use crate::notes::theme_ref::ThemeRef;
use crate::notes::work::Work;
use crate::statute::finder::find;
use crate::statute::selection::{Choice, Source, select};
use crate::{Folds, Span};

/// How much of each document a link carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// The ändamål sections with their headings.
    Sections,
    /// The whole pasted documents.
    Whole,
}

/// What goes into a link, and what the user should be told about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Packed {
    pub shared: Shared,
    /// The whole documents travel, because the user asked or because an
    /// annotation lies outside a section.
    pub whole: bool,
    /// The whole documents travel although the user asked for the sections.
    pub widened: bool,
    /// Loose annotations (their text is gone) that cannot travel.
    pub left_out: usize,
}

/// Packs the work for a link or file; `with_notes: false` leaves
/// annotations and pair notes out (themes still travel).
#[must_use]
pub fn pack(work: &Work, scope: Scope, with_notes: bool) -> Packed {
    let whole = pack_whole(work, with_notes);
    match scope {
        Scope::Whole => whole,
        Scope::Sections => narrow(whole),
    }
}

/// Packs the whole documents, without running the finder: what the page
/// does itself (saving, the share panel); [`narrow`] then crops to the
/// sections in the worker.
#[must_use]
pub fn pack_whole(work: &Work, with_notes: bool) -> Packed {
    let placement = work.notebook.place(work.texts());
    let mut annotations = Vec::new();
    let mut pair_notes = Vec::new();
    let mut left_out = 0;
    if with_notes {
        for a in &work.notebook.annotations {
            match placement.annotation(a.id) {
                Some(span) => annotations.push(SharedAnnotation {
                    side: a.side.number(),
                    span,
                    themes: a.themes.clone(),
                    note: a.note.clone(),
                    author: a.author.clone(),
                }),
                None => left_out += 1,
            }
        }
        for p in &work.notebook.pair_notes {
            match placement.pair_note(p.id) {
                Some([a, b]) => pair_notes.push(PairNote { a, b, note: p.note.clone(), author: p.author.clone() }),
                None => left_out += 1,
            }
        }
    }
    let sides = [0, 1].map(|i| SharedSide {
        name: work.names[i].to_owned(),
        text: work.text(i).to_owned(),
        choice: work.choices[i],
    });
    let shared = Shared {
        title: work.title.to_owned(),
        sides,
        folds: work.folds,
        themes: work.notebook.custom.clone(),
        hidden: work.notebook.hidden.clone(),
        annotations,
        pair_notes,
    };
    Packed { shared, whole: true, widened: false, left_out }
}

/// Crops what [`pack_whole`] packed to the ändamål sections with their
/// headings, unless a note lies outside them (then the whole documents
/// travel, and `widened` says so).
#[must_use]
pub fn narrow(packed: Packed) -> Packed {
    let Packed { mut shared, left_out, .. } = packed;
    let folds = shared.folds;
    let sections = [0, 1].map(|i| section(&shared.sides[i].text, shared.sides[i].choice, folds));
    let outside = shared.annotations.iter().any(|a| !sections[usize::from(a.side.min(1))].contains(a.span))
        || shared.pair_notes.iter().any(|p| !sections[0].contains(p.a) || !sections[1].contains(p.b));
    if outside {
        return Packed { shared, whole: true, widened: true, left_out };
    }
    let rebase =
        |side: usize, span: Span| Span::new(span.start - sections[side].start, span.end - sections[side].start);
    for (i, side) in shared.sides.iter_mut().enumerate() {
        side.choice = cropped_choice(&side.text, sections[i], side.choice, folds);
        side.text = sections[i].slice(&side.text).to_owned();
    }
    for a in &mut shared.annotations {
        a.span = rebase(usize::from(a.side.min(1)), a.span);
    }
    for p in &mut shared.pair_notes {
        p.a = rebase(0, p.a);
        p.b = rebase(1, p.b);
    }
    Packed { shared, whole: false, widened: false, left_out }
}

/// Rebuilds the work from what a link or file carried.
#[must_use]
pub fn unpack(shared: &Shared) -> Work {
    let texts = [shared.sides[0].text.clone(), shared.sides[1].text.clone()];
    let mut notebook = Notebook::from_parts(shared.themes.clone(), shared.hidden.clone());
    for a in &shared.annotations {
        let side = Side::from_number(a.side);
        notebook.annotate_by(side, &texts[side.index()], a.span, a.themes.clone(), a.note.clone(), a.author.clone());
    }
    for p in &shared.pair_notes {
        notebook.note_pair_by([&texts[0], &texts[1]], [p.a, p.b], p.note.clone(), p.author.clone());
    }
    Work {
        choices: [shared.sides[0].choice, shared.sides[1].choice],
        texts: texts.map(Into::into),
        folds: shared.folds,
        names: [shared.sides[0].name.clone(), shared.sides[1].name.clone()],
        title: shared.title.clone(),
        notebook: Rc::new(notebook),
    }
}

/// What collecting a participant's link added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Merged {
    pub annotations: usize,
    pub pair_notes: usize,
    /// Notes that were already there (the same span, themes and note).
    pub duplicates: usize,
}

/// Why a link's notes cannot join this comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeError {
    /// The link compares other texts (or other parts of them).
    OtherTexts,
}

impl MergeError {
    /// The sentence a user reads.
    #[must_use]
    pub fn message(self) -> &'static str {
        match self {
            MergeError::OtherTexts => {
                "Länken gäller andra texter än den här jämförelsen, så anteckningarna kan inte läggas ihop. Öppna den som en egen jämförelse i stället."
            }
        }
    }
}

/// Collects a participant's notes into this work's notebook: the room's
/// work without a server. The texts must match (each side's text of the link
/// occurs in ours, so a link carrying only the sections joins a comparison of
/// whole documents); notes already present are collapsed, user themes are
/// added under new numbers.
///
/// # Errors
/// [`MergeError::OtherTexts`] when a side's text is not in ours.
pub fn merge(texts: [&str; 2], notebook: &Notebook, incoming: &Shared) -> Result<(Notebook, Merged), MergeError> {
    let offsets = [0, 1].map(|i| texts[i].find(incoming.sides[i].text.as_str()));
    let [Some(off_a), Some(off_b)] = offsets else { return Err(MergeError::OtherTexts) };
    if incoming.sides.iter().any(|s| s.text.trim().is_empty()) {
        return Err(MergeError::OtherTexts);
    }
    let offsets = [off_a, off_b];
    let mut book = notebook.clone();
    let placement = notebook.place(texts);
    // Their theme numbers → ours, matched by name or added.
    let mut numbers = Vec::new();
    for theme in &incoming.themes {
        let ours = book.custom.iter().find(|t| t.name == theme.name).map(|t| t.number);
        let number = ours.unwrap_or_else(|| book.add_theme(theme.name.clone(), theme.colour));
        numbers.push((theme.number, number));
    }
    let renumber = |t: &ThemeRef| match t {
        ThemeRef::Custom(n) => {
            ThemeRef::Custom(numbers.iter().find(|(theirs, _)| theirs == n).map_or(*n, |(_, ours)| *ours))
        }
        builtin => builtin.clone(),
    };
    let shift = |side: usize, span: Span| Span::new(span.start + offsets[side], span.end + offsets[side]);
    let mut merged = Merged::default();
    for a in &incoming.annotations {
        let side = Side::from_number(a.side);
        let span = shift(side.index(), a.span);
        let themes: Vec<ThemeRef> = a.themes.iter().map(renumber).collect();
        let present = book.annotations.iter().any(|b| {
            b.side == side
                && placement.annotation(b.id).unwrap_or(b.anchor.position) == span
                && b.themes == themes
                && b.note == a.note
        });
        if present {
            merged.duplicates += 1;
        } else {
            book.annotate_by(side, texts[side.index()], span, themes, a.note.clone(), a.author.clone());
            merged.annotations += 1;
        }
    }
    for p in &incoming.pair_notes {
        let spans = [shift(0, p.a), shift(1, p.b)];
        let present = book
            .pair_notes
            .iter()
            .any(|q| placement.pair_note(q.id).unwrap_or([q.a.position, q.b.position]) == spans && q.note == p.note);
        if present {
            merged.duplicates += 1;
        } else {
            book.note_pair_by(texts, spans, p.note.clone(), p.author.clone());
            merged.pair_notes += 1;
        }
    }
    Ok((book, merged))
}

/// The stretch a link carries for one side: the chosen section from its
/// heading, a marked range as marked, or the whole trimmed text.
fn section(text: &str, choice: Choice, folds: Folds) -> Span {
    let finding = find(text, folds);
    let selection = select(text, &finding, choice);
    match selection.source {
        Source::Found(_) | Source::Picked => {
            let start = selection.span.start;
            let heading = finding.candidates.iter().find(|c| c.start == start).map_or(start, |c| c.section_start);
            Span::new(heading, selection.span.end)
        }
        Source::Manual => selection.span,
        Source::WholeText | Source::Empty => Span::new(0, text.len()).trim(text),
    }
}

/// The choice that selects the same range in the cropped text: the finder's
/// own when it agrees (the shortest to carry), else that range by hand.
fn cropped_choice(text: &str, crop: Span, choice: Choice, folds: Folds) -> Choice {
    let original = select(text, &find(text, folds), choice).span;
    let wanted = Span::new(original.start.saturating_sub(crop.start), original.end.saturating_sub(crop.start));
    let cropped = crop.slice(text);
    if select(cropped, &find(cropped, folds), Choice::Auto).span == wanted {
        Choice::Auto
    } else {
        Choice::Manual(wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::share::{decode, encode};
    use crate::notes::theme_ref::ThemeRef;
    use crate::sample;

    fn span_of(text: &str, word: &str) -> Span {
        let at = text.find(word).unwrap();
        Span::new(at, at + word.len())
    }

    const PREAMBLE: &str = "Förbundsordning för Samordningsförbundet X\n\n1 § Namn\nFörbundets namn är X.\n\n";

    fn work(texts: [&str; 2], book: &Notebook) -> Work {
        Work {
            texts: texts.map(Into::into),
            names: ["A-förbundet".into(), "B-förbundet".into()],
            title: "Workshop".into(),
            notebook: Rc::new(book.clone()),
            ..Work::default()
        }
    }

    #[test]
    fn sections_travel_with_rebased_annotations_and_open_identically() {
        let a = format!("{PREAMBLE}{}", sample::OSTRA_OSTERGOTLAND_2017);
        let b = sample::UMEAREGIONEN_2019;
        let mut book = Notebook::default();
        book.add_theme("Unga".into(), 2);
        book.annotate(
            Side::A,
            &a,
            span_of(&a, "systemutveckling"),
            vec![ThemeRef::BuiltIn("systemutveckling")],
            "A".into(),
        );
        book.annotate(Side::B, b, span_of(b, "arena"), vec![ThemeRef::Custom(1)], String::new());
        book.note_pair([&a, b], [span_of(&a, "Resurserna"), span_of(b, "Resurserna")], "Par".into());
        let packed = pack(&work([&a, b], &book), Scope::Sections, true);
        assert!(!packed.whole && packed.left_out == 0);
        assert_eq!(packed.shared.sides[0].text, sample::OSTRA_OSTERGOTLAND_2017.trim());
        let opened = unpack(&decode(&encode(&packed.shared)).unwrap());
        assert_eq!(opened.names, ["A-förbundet", "B-förbundet"]);
        assert_eq!(opened.title, "Workshop");
        let exact: Vec<&str> = opened.notebook.annotations.iter().map(|a| a.anchor.exact.as_str()).collect();
        assert_eq!(exact, ["systemutveckling", "arena"]);
        assert_eq!(opened.notebook.annotations[1].themes, [ThemeRef::Custom(1)]);
        assert_eq!(opened.notebook.pair_notes[0].a.exact, "Resurserna");
        assert_eq!(opened.notebook.custom, book.custom);
        // The opened sections compare exactly as the originals did.
        let before = crate::diff::comparison::compare([&a, b], [Choice::Auto; 2], Folds::default());
        let after =
            crate::diff::comparison::compare([&opened.texts[0], &opened.texts[1]], opened.choices, opened.folds);
        assert_eq!(before.alignment.pairs.len(), after.alignment.pairs.len());
        assert_eq!(before.alignment.similarity, after.alignment.similarity);
    }

    #[test]
    fn an_annotation_outside_the_section_takes_the_whole_documents() {
        let a = format!("{PREAMBLE}{}", sample::OSTRA_OSTERGOTLAND_2017);
        let b = sample::UMEAREGIONEN_2019;
        let mut book = Notebook::default();
        book.annotate(Side::A, &a, span_of(&a, "Förbundets namn"), vec![], "Namnet".into());
        let packed = pack(&work([&a, b], &book), Scope::Sections, true);
        assert!(packed.whole && packed.widened);
        assert_eq!(packed.shared.sides[0].text, a);
        assert_eq!(packed.shared.annotations[0].span, span_of(&a, "Förbundets namn"));
    }

    #[test]
    fn loose_notes_and_notes_on_request_stay_behind() {
        let b = sample::UMEAREGIONEN_2019;
        let mut book = Notebook::default();
        book.annotate(Side::B, "en text som inte finns", Span::new(3, 7), vec![], "lös".into());
        book.annotate(Side::B, b, span_of(b, "arena"), vec![], "med".into());
        let work = work([sample::OSTRA_OSTERGOTLAND_2017, b], &book);
        let packed = pack(&work, Scope::Sections, true);
        assert_eq!((packed.left_out, packed.shared.annotations.len()), (1, 1));
        let bare = pack(&work, Scope::Whole, false);
        assert!(bare.shared.annotations.is_empty() && bare.whole && !bare.widened);
    }

    #[test]
    fn a_rooms_links_are_collected_with_authors_and_without_duplicates() {
        let a = format!("{PREAMBLE}{}", sample::OSTRA_OSTERGOTLAND_2017);
        let b = sample::UMEAREGIONEN_2019;
        let mut mine = Notebook::default();
        mine.annotate(Side::B, b, span_of(b, "arena"), vec![ThemeRef::BuiltIn("arena")], "Min".into());
        // A participant annotated the same texts (their link carries the sections only).
        let mut theirs = Notebook::default();
        theirs.add_theme("Unga".into(), 3);
        theirs.annotate_by(
            Side::B,
            b,
            span_of(b, "arena"),
            vec![ThemeRef::BuiltIn("arena")],
            "Min".into(),
            String::new(),
        );
        theirs.annotate_by(
            Side::A,
            &a,
            span_of(&a, "systemutveckling"),
            vec![ThemeRef::Custom(1)],
            "Viktigt".into(),
            "KL".into(),
        );
        theirs.note_pair_by([&a, b], [span_of(&a, "Resurserna"), span_of(b, "Resurserna")], "Par".into(), "KL".into());
        let link = pack(&work([&a, b], &theirs), Scope::Sections, true).shared;
        let (book, merged) = merge([&a, b], &mine, &link).unwrap();
        assert_eq!(merged, Merged { annotations: 1, pair_notes: 1, duplicates: 1 });
        let added = book.annotations.iter().find(|x| x.author == "KL").unwrap();
        assert_eq!(added.anchor.exact, "systemutveckling");
        assert_eq!(book.look(&added.themes[0]).unwrap().label, "Unga");
        assert_eq!(book.pair_notes[0].author, "KL");
        // The same link again adds nothing.
        let (_, again) = merge([&a, b], &book, &link).unwrap();
        assert_eq!(again, Merged { annotations: 0, pair_notes: 0, duplicates: 3 });
        // Other texts are refused.
        assert_eq!(merge(["annat", b], &mine, &link).unwrap_err(), MergeError::OtherTexts);
    }

    #[test]
    fn a_manual_range_travels_as_marked() {
        let a = "Inledning utan rubrik. Förbundet ska stödja samverkan. Slut.";
        let marked = span_of(a, "Förbundet ska stödja samverkan.");
        let book = Notebook::default();
        let mut work = work([a, sample::UMEAREGIONEN_2019], &book);
        work.choices[0] = Choice::Manual(marked);
        let packed = pack(&work, Scope::Sections, true);
        assert_eq!(packed.shared.sides[0].text, "Förbundet ska stödja samverkan.");
        let whole = pack(&work, Scope::Whole, true);
        assert_eq!(whole.shared.sides[0].choice, Choice::Manual(marked));
    }
}
