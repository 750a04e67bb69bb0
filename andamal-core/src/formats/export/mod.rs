//! Exports of an annotated comparison, for people who leave the page: a
//! Markdown handout ([`markdown`]), a spreadsheet of sentence pairs ([`csv`])
//! and W3C Web Annotations that can be imported again ([`web_annotation`]).
//!
//! The handout and the spreadsheet read the same [`PairRow`]s: one per
//! sentence pair of the alignment, with the annotations and pair notes that
//! belong to it. Which words name a kind of pair is decided here, once.
//!
//! ```
//! use andamal_core::formats::export::pair_rows;
//! use andamal_core::formats::share::{Shared, SharedSide};
//! let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
//! let shared = Shared {
//!     sides: [side("4 § Ändamål\nFörbundet ska stödja."), side("4 § Ändamål\nFörbundet ska främja.")],
//!     ..Shared::default()
//! };
//! let rows = pair_rows(&shared, &shared.compare());
//! assert_eq!(rows[0].kind, "ändrad");
//! assert_eq!(rows[0].sides[1].as_ref().unwrap().address, "4 § st. 1 m. 1");
//! ```

use crate::Span;
use crate::diff::align::{Clause, Pair, PairKind};
use crate::diff::comparison::Comparison;
use crate::formats::share::Shared;
use crate::notes::theme_ref::ThemeRef;
use crate::notes::themes;

pub mod csv;
pub mod landscape_file;
pub mod markdown;
pub mod web_annotation;

/// One sentence pair, as exports show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairRow<'s> {
    /// 1-based, in the alignment's order (B's reading order).
    pub number: usize,
    /// "ändrad", "flyttad", "delad", … (see [`kind_word`]).
    pub kind: String,
    /// The sentences on A and on B; `None` where the pair has none (added, removed).
    pub sides: [Option<Passage<'s>>; 2],
    /// Indices into [`Shared::annotations`] touching either side's sentences.
    pub annotations: Vec<usize>,
    /// Indices into [`Shared::pair_notes`] anchored on this pair.
    pub pair_notes: Vec<usize>,
}

/// The sentence (or two adjacent sentences, for a split or merge) of one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage<'s> {
    /// "4 § st. 1 m. 1", or "4 § st. 1 m. 1, 4 § st. 1 m. 2" for two.
    pub address: String,
    /// From the first sentence's start to the last one's end.
    pub span: Span,
    /// The user's text of `span`, as stored.
    pub text: &'s str,
}

/// The rows of a comparison of `shared` (normally `shared.compare()`).
#[must_use]
pub fn pair_rows<'s>(shared: &'s Shared, comparison: &Comparison) -> Vec<PairRow<'s>> {
    let al = &comparison.alignment;
    al.pairs
        .iter()
        .enumerate()
        .map(|(i, pair)| {
            let sides =
                [passage(&shared.sides[0].text, &al.a, &pair.a), passage(&shared.sides[1].text, &al.b, &pair.b)];
            let cover = [0, 1].map(|s| sides[s].as_ref().map(|p| p.span));
            let annotations = (0..shared.annotations.len())
                .filter(|&k| {
                    let a = &shared.annotations[k];
                    cover.get(usize::from(a.side)).copied().flatten().is_some_and(|c| touches(a.span, c))
                })
                .collect();
            let on_side = |note: Span, side: Option<Span>| side.map_or(note.is_empty(), |c| touches(note, c));
            let pair_notes = (0..shared.pair_notes.len())
                .filter(|&k| {
                    let p = &shared.pair_notes[k];
                    on_side(p.a, cover[0]) && on_side(p.b, cover[1]) && (cover[0].is_some() || cover[1].is_some())
                })
                .collect();
            PairRow { number: i + 1, kind: kind_word(pair), sides, annotations, pair_notes }
        })
        .collect()
}

fn passage<'s>(text: &'s str, clauses: &[Clause], indices: &[usize]) -> Option<Passage<'s>> {
    let first = clauses.get(*indices.first()?)?;
    let last = clauses.get(*indices.last()?)?;
    let span = first.span.cover(last.span);
    let address = indices.iter().filter_map(|&i| clauses.get(i)).map(|c| c.address.short()).collect::<Vec<_>>();
    Some(Passage { address: address.join(", "), span, text: span.slice(text) })
}

/// Whether an annotation on `span` belongs to a sentence at `range`: they
/// overlap, or an empty span (a point) lies inside it.
fn touches(span: Span, range: Span) -> bool {
    if span.is_empty() {
        range.start <= span.start && span.start < range.end
    } else {
        span.start < range.end && range.start < span.end
    }
}

/// The Swedish word for what happened to a pair, in the app's words:
/// "oförändrad", "ändrad", "flyttad", "tillagd", "borttagen", and "delad" or
/// "sammanslagen" when one sentence became two or two became one.
#[must_use]
pub fn kind_word(pair: &Pair) -> String {
    let shape = match (pair.a.len(), pair.b.len()) {
        (1, 2..) => Some("delad"),
        (2.., 1) => Some("sammanslagen"),
        _ => None,
    };
    let kind = match pair.kind {
        PairKind::Equal => "oförändrad",
        PairKind::Changed => "ändrad",
        PairKind::Moved => "flyttad",
        PairKind::Added => "tillagd",
        PairKind::Removed => "borttagen",
    };
    match (pair.kind, shape) {
        (PairKind::Moved, Some(shape)) => format!("{kind}, {shape}"),
        (_, Some(shape)) => shape.to_owned(),
        (_, None) => kind.to_owned(),
    }
}

/// The label a reader sees for a theme: the catalogue's, the user's name for
/// a custom one, or the bare id ("u3") if that theme is missing.
#[must_use]
pub fn theme_label(shared: &Shared, theme: &ThemeRef) -> String {
    match theme {
        ThemeRef::BuiltIn(id) => themes::theme(id).map_or_else(|| (*id).to_owned(), |t| t.label.to_owned()),
        ThemeRef::Custom(n) => {
            shared.themes.iter().find(|t| t.number == *n).map_or_else(|| theme.id(), |t| t.name.clone())
        }
    }
}

/// A side's name, or "Förbundsordning A" / "B" when the user gave none.
#[must_use]
pub fn side_name(shared: &Shared, side: usize) -> String {
    let name = shared.sides[side].name.trim();
    if name.is_empty() { format!("Förbundsordning {}", ["A", "B"][side]) } else { name.to_owned() }
}

/// A note as exports print it: "AB: text", or the text alone without an author.
#[must_use]
pub fn signed_note(note: &str, author: &str) -> String {
    if author.is_empty() { note.to_owned() } else { format!("{author}: {note}") }
}

impl PairRow<'_> {
    /// The labels of the themes of this pair's annotations, each once, in
    /// the order they first appear.
    #[must_use]
    pub fn theme_labels(&self, shared: &Shared) -> Vec<String> {
        let mut labels: Vec<String> = Vec::new();
        for theme in self.annotations.iter().flat_map(|&k| &shared.annotations[k].themes) {
            let label = theme_label(shared, theme);
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels
    }

    /// The notes of this pair's annotations, then its pair notes, signed.
    #[must_use]
    pub fn notes(&self, shared: &Shared) -> Vec<String> {
        let annotations = self.annotations.iter().map(|&k| &shared.annotations[k]).map(|a| (&a.note, &a.author));
        let pair_notes = self.pair_notes.iter().map(|&k| &shared.pair_notes[k]).map(|p| (&p.note, &p.author));
        annotations
            .chain(pair_notes)
            .filter(|(note, _)| !note.trim().is_empty())
            .map(|(n, a)| signed_note(n, a))
            .collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::formats::share::{PairNote, SharedAnnotation, SharedSide};
    use crate::notes::theme_ref::CustomTheme;
    use crate::statute::selection::Choice;

    /// The seed pair with a few annotations, a custom theme and a pair note,
    /// for the exports' tests.
    pub(crate) fn annotated_seed() -> Shared {
        let (a, b) = (crate::sample::OSTRA_OSTERGOTLAND_2017.trim(), crate::sample::UMEAREGIONEN_2019.trim());
        let at = |text: &str, quote: &str| {
            let start = text.find(quote).unwrap();
            Span::new(start, start + quote.len())
        };
        let shared = Shared {
            title: "Workshop 15 juni".into(),
            sides: [
                SharedSide { name: "Östra Östergötland 2017".into(), text: a.into(), choice: Choice::Auto },
                SharedSide { name: "Umeåregionen 2019".into(), text: b.into(), choice: Choice::Auto },
            ],
            themes: vec![CustomTheme { number: 1, name: "Politisk *samordning*".into(), colour: 3 }],
            annotations: vec![
                SharedAnnotation {
                    side: 0,
                    span: at(a, "arena"),
                    themes: vec![ThemeRef::BuiltIn("arena"), ThemeRef::Custom(1)],
                    note: "=SUMMA(A1) är en arena?".into(),
                    author: "AB".into(),
                },
                SharedAnnotation {
                    side: 1,
                    span: at(b, "arena"),
                    themes: vec![ThemeRef::BuiltIn("arena")],
                    note: String::new(),
                    author: String::new(),
                },
            ],
            ..Shared::default()
        };
        let comparison = shared.compare();
        let al = &comparison.alignment;
        let moved = al.pairs.iter().find(|p| p.kind == PairKind::Moved).unwrap();
        let pair_note = PairNote {
            a: al.a[moved.a[0]].span,
            b: al.b[moved.b[0]].span,
            note: "Flyttad; samma ord.".into(),
            author: "CD".into(),
        };
        Shared { pair_notes: vec![pair_note], ..shared }
    }

    #[test]
    fn rows_carry_their_annotations_and_pair_notes() {
        let shared = annotated_seed();
        let rows = pair_rows(&shared, &shared.compare());
        let kinds: Vec<&str> = rows.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["ändrad", "flyttad", "ändrad", "ändrad", "ändrad", "oförändrad", "oförändrad", "tillagd"]);
        assert_eq!(rows[7].sides[0], None);
        let with_arena: Vec<usize> = rows.iter().filter(|r| !r.annotations.is_empty()).map(|r| r.number).collect();
        assert!(!with_arena.is_empty());
        for row in &rows {
            for &k in &row.annotations {
                let a = &shared.annotations[k];
                let passage = row.sides[usize::from(a.side)].as_ref().unwrap();
                assert!(passage.span.contains(a.span), "row {}", row.number);
            }
        }
        let noted: Vec<&PairRow<'_>> = rows.iter().filter(|r| !r.pair_notes.is_empty()).collect();
        assert_eq!(noted.len(), 1);
        assert_eq!(noted[0].kind, "flyttad");
        assert_eq!(noted[0].notes(&shared), ["CD: Flyttad; samma ord."]);
    }

    #[test]
    fn themes_are_labelled_once_each() {
        let shared = annotated_seed();
        let rows = pair_rows(&shared, &shared.compare());
        let row = rows.iter().find(|r| r.annotations.len() == 2).expect("both arenas in one pair");
        assert_eq!(row.theme_labels(&shared), ["Arena", "Politisk *samordning*"]);
        assert_eq!(row.notes(&shared), ["AB: =SUMMA(A1) är en arena?"]);
        assert_eq!(theme_label(&shared, &ThemeRef::Custom(9)), "u9");
    }

    #[test]
    fn splits_and_merges_are_named() {
        let pair = |kind, a: Vec<usize>, b: Vec<usize>| Pair { kind, a, b, similarity: 0.8, diff: None };
        assert_eq!(kind_word(&pair(PairKind::Changed, vec![0], vec![0, 1])), "delad");
        assert_eq!(kind_word(&pair(PairKind::Changed, vec![0, 1], vec![0])), "sammanslagen");
        assert_eq!(kind_word(&pair(PairKind::Moved, vec![0], vec![0, 1])), "flyttad, delad");
        assert_eq!(kind_word(&pair(PairKind::Removed, vec![0], vec![])), "borttagen");
    }

    #[test]
    fn a_point_touches_the_sentence_it_is_in() {
        assert!(touches(Span::new(3, 3), Span::new(0, 5)));
        assert!(!touches(Span::new(5, 5), Span::new(0, 5)));
        assert!(touches(Span::new(4, 9), Span::new(0, 5)));
        assert!(!touches(Span::new(5, 9), Span::new(0, 5)));
    }
}
