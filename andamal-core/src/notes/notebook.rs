//! The user's annotations, pair notes and themes: what a workshop records
//! about the two texts, kept apart from the texts themselves.
//!
//! Every annotation is stored as an [`Anchor`] (quote, context, position), so
//! it survives edits of the text it was made on: [`Notebook::place`] finds each
//! one again in the current texts, and what cannot be found is *loose*, listed
//! for the user, never dropped. A notebook is a plain value, so undo is a
//! stack of earlier notebooks (see [`crate::notes::history`]).
//!
//! ```
//! use andamal_core::{Span, diff::side::Side, notes::notebook::Notebook, notes::theme_ref::ThemeRef};
//! let texts = ["Förbundet ska vara en arena för samverkan.", ""];
//! let mut book = Notebook::default();
//! let at = texts[0].find("arena").unwrap();
//! let id = book.annotate(Side::A, texts[0], Span::new(at, at + 5), vec![ThemeRef::BuiltIn("arena")], "Viktigt".into());
//! let placed = book.place(["Förbundet ska också vara en arena för samverkan.", ""]);
//! assert_eq!(placed.annotation(id).unwrap().slice("Förbundet ska också vara en arena för samverkan."), "arena");
//! assert!(book.place(["Något annat.", ""]).loose.contains(&id));
//! ```

use rustc_hash::FxHashMap;

use crate::Span;
use crate::diff::side::Side;
use crate::notes::anchor::Anchor;
use crate::notes::theme_ref::{CustomTheme, PALETTE, ThemeRef};
use crate::notes::themes::{CATALOGUE, theme};

/// Themes and a note on a span of one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    pub id: u32,
    /// 0 for A, 1 for B.
    pub side: Side,
    pub anchor: Anchor,
    pub themes: Vec<ThemeRef>,
    pub note: String,
    /// Initials, when the room's work was collected.
    pub author: String,
}

/// A note about a change: anchored by the sentence on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairNote {
    pub id: u32,
    pub a: Anchor,
    pub b: Anchor,
    pub note: String,
    pub author: String,
}

/// A suggestion the user turned down, so it is not proposed again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub side: Side,
    pub theme: &'static str,
    pub anchor: Anchor,
}

/// Everything the user recorded about a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Notebook {
    pub annotations: Vec<Annotation>,
    pub pair_notes: Vec<PairNote>,
    /// The user's themes, `u1`, `u2`, … in the order they were added.
    pub custom: Vec<CustomTheme>,
    /// Built-in themes the user hid.
    pub hidden: Vec<&'static str>,
    pub rejected: Vec<Rejection>,
    next_id: u32,
    next_theme: u32,
}

/// Where each annotation and pair note is in the current texts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Placement {
    annotations: FxHashMap<u32, Span>,
    pair_notes: FxHashMap<u32, [Span; 2]>,
    /// Ids of annotations and pair notes that could not be found, in notebook order.
    pub loose: Vec<u32>,
    rejected: Vec<(Side, &'static str, Span)>,
}

impl Placement {
    /// The span of an annotation in its side's current text.
    #[must_use]
    pub fn annotation(&self, id: u32) -> Option<Span> {
        self.annotations.get(&id).copied()
    }

    /// The two sentences of a pair note in the current texts.
    #[must_use]
    pub fn pair_note(&self, id: u32) -> Option<[Span; 2]> {
        self.pair_notes.get(&id).copied()
    }

    /// Whether the user turned down this suggestion.
    #[must_use]
    pub fn is_rejected(&self, side: Side, theme: &str, span: Span) -> bool {
        self.rejected.iter().any(|&(s, t, r)| s == side && t == theme && r == span)
    }
}

/// What a theme looks like, built-in or the user's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeLook {
    pub reference: ThemeRef,
    pub label: String,
    /// Short enough for a badge; tells themes apart without colour.
    pub symbol: String,
    pub colour: u8,
    pub description: &'static str,
}

impl Notebook {
    /// Rebuilds a notebook from stored parts (a link, a file), with fresh ids.
    #[must_use]
    pub fn from_parts(custom: Vec<CustomTheme>, hidden: Vec<&'static str>) -> Notebook {
        let next_theme = custom.iter().map(|t| t.number).max().unwrap_or(0);
        Notebook { custom, hidden, next_theme, ..Notebook::default() }
    }

    fn fresh_id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    /// Annotates `span` of `text` on `side`; returns the new id.
    pub fn annotate(&mut self, side: Side, text: &str, span: Span, themes: Vec<ThemeRef>, note: String) -> u32 {
        self.annotate_by(side, text, span, themes, note, String::new())
    }

    /// As [`Notebook::annotate`], with the author's initials.
    pub fn annotate_by(
        &mut self,
        side: Side,
        text: &str,
        span: Span,
        themes: Vec<ThemeRef>,
        note: String,
        author: String,
    ) -> u32 {
        let id = self.fresh_id();
        let anchor = Anchor::new(text, span);
        self.annotations.push(Annotation { id, side, anchor, themes, note, author });
        id
    }

    /// Changes an annotation's themes and note; false if there is no such annotation.
    pub fn edit(&mut self, id: u32, themes: Vec<ThemeRef>, note: String) -> bool {
        match self.annotations.iter_mut().find(|a| a.id == id) {
            Some(a) => {
                a.themes = themes;
                a.note = note;
                true
            }
            None => false,
        }
    }

    /// Moves an annotation to another span of its side's current text.
    pub fn respan(&mut self, id: u32, text: &str, span: Span) -> bool {
        match self.annotations.iter_mut().find(|a| a.id == id) {
            Some(a) => {
                a.anchor = Anchor::new(text, span);
                true
            }
            None => false,
        }
    }

    /// Notes a pair of sentences; returns the new id.
    pub fn note_pair(&mut self, texts: [&str; 2], spans: [Span; 2], note: String) -> u32 {
        self.note_pair_by(texts, spans, note, String::new())
    }

    /// As [`Notebook::note_pair`], with the author's initials.
    pub fn note_pair_by(&mut self, texts: [&str; 2], spans: [Span; 2], note: String, author: String) -> u32 {
        let id = self.fresh_id();
        let [a, b] = [Anchor::new(texts[0], spans[0]), Anchor::new(texts[1], spans[1])];
        self.pair_notes.push(PairNote { id, a, b, note, author });
        id
    }

    /// Changes a pair note's text.
    pub fn edit_pair_note(&mut self, id: u32, note: String) -> bool {
        match self.pair_notes.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                p.note = note;
                true
            }
            None => false,
        }
    }

    /// Removes an annotation or a pair note.
    pub fn remove(&mut self, id: u32) -> bool {
        let before = self.annotations.len() + self.pair_notes.len();
        self.annotations.retain(|a| a.id != id);
        self.pair_notes.retain(|p| p.id != id);
        before != self.annotations.len() + self.pair_notes.len()
    }

    /// Turns a suggestion down.
    pub fn reject(&mut self, side: Side, theme: &'static str, text: &str, span: Span) {
        self.rejected.push(Rejection { side, theme, anchor: Anchor::new(text, span) });
    }

    /// Adds a theme of the user's; returns its number (the `n` of `u{n}`),
    /// never reusing one, so old links keep meaning what they meant.
    pub fn add_theme(&mut self, name: String, colour: u8) -> u32 {
        self.next_theme += 1;
        let number = self.next_theme;
        self.custom.push(CustomTheme { number, name, colour: colour % PALETTE });
        number
    }

    /// Renames (and recolours) one of the user's themes.
    pub fn rename_theme(&mut self, number: u32, name: String, colour: u8) -> bool {
        match self.custom.iter_mut().find(|t| t.number == number) {
            Some(t) => {
                t.name = name;
                t.colour = colour % PALETTE;
                true
            }
            None => false,
        }
    }

    /// Deletes one of the user's themes and takes it off every annotation.
    pub fn delete_theme(&mut self, number: u32) -> bool {
        let before = self.custom.len();
        self.custom.retain(|t| t.number != number);
        for a in &mut self.annotations {
            a.themes.retain(|t| *t != ThemeRef::Custom(number));
        }
        before != self.custom.len()
    }

    /// Hides or shows a built-in theme (built-ins cannot be renamed).
    pub fn set_hidden(&mut self, id: &str, hidden: bool) {
        let Some(builtin) = theme(id) else { return };
        self.hidden.retain(|h| *h != builtin.id);
        if hidden {
            self.hidden.push(builtin.id);
        }
    }

    /// How many annotations carry a theme (said before deleting it).
    #[must_use]
    pub fn uses(&self, reference: &ThemeRef) -> usize {
        self.annotations.iter().filter(|a| a.themes.contains(reference)).count()
    }

    /// Every theme a user can pick: the visible built-ins in catalogue order,
    /// then the user's in Swedish order.
    #[must_use]
    pub fn themes(&self) -> Vec<ThemeLook> {
        let builtins = CATALOGUE.iter().filter(|t| !self.hidden.contains(&t.id)).map(builtin_look);
        builtins.chain(self.custom_sorted().into_iter().map(custom_look)).collect()
    }

    /// The user's themes in Swedish alphabetical order (å, ä, ö last).
    #[must_use]
    pub fn custom_sorted(&self) -> Vec<&CustomTheme> {
        let mut custom: Vec<&CustomTheme> = self.custom.iter().collect();
        crate::text::order::sort_by_cached_key(&mut custom, |t| crate::text::swedish::collation_key(&t.name));
        custom
    }

    /// How a theme reference looks; `None` for a deleted custom theme.
    #[must_use]
    pub fn look(&self, reference: &ThemeRef) -> Option<ThemeLook> {
        match reference {
            ThemeRef::BuiltIn(id) => theme(id).map(builtin_look),
            ThemeRef::Custom(n) => self.custom.iter().find(|t| t.number == *n).map(custom_look),
        }
    }

    /// The same notes with A and B exchanged (the texts are being swapped).
    #[must_use]
    pub fn swapped(&self) -> Notebook {
        let mut book = self.clone();
        for a in &mut book.annotations {
            a.side = a.side.other();
        }
        for p in &mut book.pair_notes {
            std::mem::swap(&mut p.a, &mut p.b);
        }
        for r in &mut book.rejected {
            r.side = r.side.other();
        }
        book
    }

    /// Finds every annotation, pair note and rejection in the current texts.
    #[must_use]
    pub fn place(&self, texts: [&str; 2]) -> Placement {
        let mut placed = Placement::default();
        for a in &self.annotations {
            match a.anchor.resolve(texts[a.side.index()]) {
                Some(span) => {
                    placed.annotations.insert(a.id, span);
                }
                None => placed.loose.push(a.id),
            }
        }
        for p in &self.pair_notes {
            match (p.a.resolve(texts[0]), p.b.resolve(texts[1])) {
                (Some(a), Some(b)) => {
                    placed.pair_notes.insert(p.id, [a, b]);
                }
                _ => placed.loose.push(p.id),
            }
        }
        for r in &self.rejected {
            if let Some(span) = r.anchor.resolve(texts[r.side.index()]) {
                placed.rejected.push((r.side, r.theme, span));
            }
        }
        placed
    }
}

fn builtin_look(t: &'static crate::notes::themes::Theme) -> ThemeLook {
    ThemeLook {
        reference: ThemeRef::BuiltIn(t.id),
        label: t.label.to_owned(),
        symbol: t.symbol.to_owned(),
        colour: t.colour,
        description: t.description,
    }
}

fn custom_look(t: &CustomTheme) -> ThemeLook {
    // The badge shows the first two letters of the name, so "Ungdomar" reads UN.
    let symbol: String = t.name.chars().filter(|c| c.is_alphanumeric()).take(2).map(crate::text::case::upper).collect();
    ThemeLook {
        reference: ThemeRef::Custom(t.number),
        label: t.name.clone(),
        symbol: if symbol.is_empty() { format!("U{}", t.number) } else { symbol },
        colour: t.colour,
        description: "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Förbundet ska vara en arena. Förbundet ska stödja samverkan.";

    fn span_of(text: &str, word: &str) -> Span {
        let at = text.find(word).unwrap();
        Span::new(at, at + word.len())
    }

    #[test]
    fn annotations_are_edited_moved_and_removed() {
        let mut book = Notebook::default();
        let id = book.annotate(Side::A, TEXT, span_of(TEXT, "arena"), vec![ThemeRef::BuiltIn("arena")], String::new());
        assert!(book.edit(id, vec![ThemeRef::BuiltIn("samverkan")], "Not".into()));
        assert_eq!(book.annotations[0].note, "Not");
        assert!(book.respan(id, TEXT, span_of(TEXT, "samverkan")));
        assert_eq!(book.place([TEXT, ""]).annotation(id).unwrap().slice(TEXT), "samverkan");
        assert!(book.remove(id));
        assert!(!book.remove(id));
        assert!(!book.edit(id, vec![], String::new()));
    }

    #[test]
    fn ids_are_never_reused() {
        let mut book = Notebook::default();
        let a = book.annotate(Side::A, TEXT, span_of(TEXT, "arena"), vec![], String::new());
        book.remove(a);
        let b = book.annotate(Side::A, TEXT, span_of(TEXT, "arena"), vec![], String::new());
        assert_ne!(a, b);
    }

    #[test]
    fn pair_notes_are_loose_if_either_side_is_gone() {
        let b_text = "Förbundet ska främja samverkan.";
        let mut book = Notebook::default();
        let id = book.note_pair([TEXT, b_text], [span_of(TEXT, "stödja"), span_of(b_text, "främja")], "Ändrat".into());
        assert!(book.place([TEXT, b_text]).pair_note(id).is_some());
        let placed = book.place([TEXT, "Förbundet ska samverka."]);
        assert_eq!(placed.pair_note(id), None);
        assert_eq!(placed.loose, [id]);
        assert!(book.edit_pair_note(id, "Nytt".into()));
        assert_eq!(book.pair_notes[0].note, "Nytt");
    }

    #[test]
    fn custom_themes_get_fresh_numbers_and_leave_annotations_when_deleted() {
        let mut book = Notebook::default();
        let u1 = book.add_theme("Ungdomar".into(), 3);
        let u2 = book.add_theme("Ekonomi".into(), 20);
        assert_eq!((u1, u2), (1, 2));
        assert_eq!(book.custom[1].colour, 20 % PALETTE);
        let id = book.annotate(
            Side::B,
            TEXT,
            span_of(TEXT, "arena"),
            vec![ThemeRef::Custom(u1), ThemeRef::BuiltIn("arena")],
            String::new(),
        );
        assert_eq!(book.uses(&ThemeRef::Custom(u1)), 1);
        assert_eq!(book.look(&ThemeRef::Custom(u1)).unwrap().symbol, "UN");
        assert!(book.rename_theme(u1, "Unga vuxna".into(), 4));
        assert_eq!(book.look(&ThemeRef::Custom(u1)).unwrap().label, "Unga vuxna");
        assert!(book.delete_theme(u1));
        assert_eq!(book.annotations.iter().find(|a| a.id == id).unwrap().themes, [ThemeRef::BuiltIn("arena")]);
        assert_eq!(book.add_theme("Tredje".into(), 0), 3);
        assert_eq!(Notebook::from_parts(book.custom.clone(), vec![]).add_theme("x".into(), 0), 4);
    }

    #[test]
    fn own_themes_are_listed_in_swedish_order() {
        let mut book = Notebook::default();
        for name in ["Ökad delaktighet", "Unga", "Äldre", "arbete"] {
            book.add_theme(name.into(), 0);
        }
        let labels: Vec<String> = book.themes().into_iter().skip(CATALOGUE.len()).map(|t| t.label).collect();
        assert_eq!(labels, ["arbete", "Unga", "Äldre", "Ökad delaktighet"]);
    }

    #[test]
    fn hidden_builtins_leave_the_pick_list() {
        let mut book = Notebook::default();
        assert_eq!(book.themes().len(), CATALOGUE.len());
        book.set_hidden("arena", true);
        book.set_hidden("arena", true);
        book.set_hidden("okänd", true);
        assert_eq!(book.hidden, ["arena"]);
        assert!(book.themes().iter().all(|t| t.reference != ThemeRef::BuiltIn("arena")));
        book.set_hidden("arena", false);
        assert!(book.hidden.is_empty());
    }

    #[test]
    fn swapping_sides_twice_is_the_same_notebook() {
        let b_text = "Förbundet ska främja samverkan.";
        let mut book = Notebook::default();
        let id = book.annotate(Side::A, TEXT, span_of(TEXT, "arena"), vec![], "a".into());
        let pair = book.note_pair([TEXT, b_text], [span_of(TEXT, "stödja"), span_of(b_text, "främja")], "p".into());
        let swapped = book.swapped();
        let placed = swapped.place([b_text, TEXT]);
        assert_eq!(placed.annotation(id).unwrap().slice(TEXT), "arena");
        assert_eq!(placed.pair_note(pair).unwrap()[0].slice(b_text), "främja");
        assert_eq!(swapped.swapped(), book);
    }

    #[test]
    fn rejections_follow_their_text() {
        let mut book = Notebook::default();
        book.reject(Side::A, "arena", TEXT, span_of(TEXT, "arena"));
        let edited = format!("Inledning. {TEXT}");
        let placed = book.place([&edited, ""]);
        assert!(placed.is_rejected(Side::A, "arena", span_of(&edited, "arena")));
        assert!(!placed.is_rejected(Side::B, "arena", span_of(&edited, "arena")));
    }
}
