//! The whole-statute view's data: two förbundsordningar compared § by § in
//! the worker ([`andamal_core::diff::statute_diff::compare_statutes`]) and handed
//! to the page in the shape it renders.
//!
//! The page shows an outline of section pairs and opens one at a time with
//! the pair view's own components (`PairRows`), so each section pair carries
//! the rows of the whole documents' sentence alignment that belong to it
//! ([`SectionRow::rows`]); [`StatuteView::section`] cuts that alignment down
//! to them. The clauses stay those of the whole alignment, so every offset
//! still refers to the user's whole text and annotations, notes and the
//! theme matrix work on any section with the notebook's usual anchors.
//!
//! ```
//! use andamal::statute_view::{StatuteInput, statute_view};
//! let a = "1 § Namn\nFörbundet heter Ett.\n\n2 § Ändamål\nFörbundet ska stödja samverkan.";
//! let b = "1 § Namn\nFörbundet heter Ett.\n\n2 § Ändamål\nFörbundet ska främja samverkan.";
//! let view = statute_view(&StatuteInput { a: a.into(), b: b.into(), folds: Default::default() }).unwrap();
//! assert_eq!(view.sections.len(), 2);
//! assert_eq!(view.andamal, [Some(1), Some(1)]);
//! assert_eq!(view.section(1).pairs.len(), 1);
//! ```

use andamal_core::Folds;
use andamal_core::diff::align::{Alignment, PairKind};
use andamal_core::diff::statute_diff::{StatuteSection, compare_statutes};
use serde::{Deserialize, Serialize};

/// Each text may be this large (bytes) to be compared § by §.
pub const MAX_STATUTE_BYTES: usize = 1_000_000;

/// What the worker compares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatuteInput {
    pub a: String,
    pub b: String,
    pub folds: Folds,
}

/// Why two texts cannot be compared § by §: per side, A then B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatuteProblem {
    /// Nothing pasted on these sides.
    Empty([bool; 2]),
    /// More than [`MAX_STATUTE_BYTES`] on these sides.
    TooLarge([bool; 2]),
    /// No § heading found on these sides: nothing to pair section by section.
    NoSections([bool; 2]),
}

/// One row of the outline: sections of A and B that correspond, named as
/// the outline shows them (made here, in the worker, so that the page only
/// renders them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionRow {
    pub kind: PairKind,
    /// "§ 4", "§ 6 → § 3", "§ 1 + § 2 → § 1" (a merge), "§ 4 → § 4 + § 5"
    /// (a split); empty when no section of the row has a number.
    pub numbers: String,
    /// B's headings as written (A's for a removed section).
    pub title: String,
    /// "Förut: 3 § Ändamål": A's headings, when their words (numbers aside) differ from B's.
    pub was: Option<String>,
    pub similarity: f64,
    /// Indices into [`StatuteView::sentences`]' pairs: this row's sentences, in B's order.
    pub rows: Vec<usize>,
}

/// Two statutes compared § by §, ready for the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatuteView {
    /// In B's reading order, removed sections where `compare` places removed sentences.
    pub sections: Vec<SectionRow>,
    /// Per side, the index into `sections` of the ändamål section.
    pub andamal: [Option<usize>; 2],
    /// The sentence alignment of the whole documents.
    pub sentences: Alignment,
    /// "8 paragrafer: 2 oförändrade, 3 ändrade, …".
    pub summary: String,
}

impl StatuteView {
    /// The alignment of one section row: the whole documents' clauses, only
    /// this row's sentence pairs (what `PairRows` shows for it).
    #[must_use]
    pub fn section(&self, index: usize) -> Alignment {
        let row = &self.sections[index];
        Alignment {
            a: self.sentences.a.clone(),
            b: self.sentences.b.clone(),
            pairs: row.rows.iter().map(|&r| self.sentences.pairs[r].clone()).collect(),
            similarity: row.similarity,
            timed_out: self.sentences.timed_out,
        }
    }

    /// The section row holding a row of the whole alignment, and its place there.
    #[must_use]
    pub fn locate_row(&self, row: usize) -> Option<(usize, usize)> {
        self.sections.iter().enumerate().find_map(|(s, r)| Some((s, r.rows.iter().position(|&x| x == row)?)))
    }
}

/// Checks what needs no parsing: both sides pasted, neither too large.
///
/// # Errors
/// Which sides are empty, or else which are too large.
pub fn precheck(a: &str, b: &str) -> Result<(), StatuteProblem> {
    let empty = [a.trim().is_empty(), b.trim().is_empty()];
    if empty.contains(&true) {
        return Err(StatuteProblem::Empty(empty));
    }
    let large = [a.len() > MAX_STATUTE_BYTES, b.len() > MAX_STATUTE_BYTES];
    if large.contains(&true) {
        return Err(StatuteProblem::TooLarge(large));
    }
    Ok(())
}

/// Compares the two texts § by § (in the worker).
///
/// # Errors
/// A [`StatuteProblem`] when a side is empty, too large or has no § headings.
pub fn statute_view(input: &StatuteInput) -> Result<StatuteView, StatuteProblem> {
    precheck(&input.a, &input.b)?;
    let diff = compare_statutes(&input.a, &input.b, input.folds);
    let headed = |sections: &[StatuteSection]| sections.iter().any(|s| s.heading.is_some() && s.number.is_some());
    let none = [!headed(&diff.a), !headed(&diff.b)];
    if none.contains(&true) {
        return Err(StatuteProblem::NoSections(none));
    }
    // Which section row holds each section, per side.
    let mut row_of = [vec![usize::MAX; diff.a.len()], vec![usize::MAX; diff.b.len()]];
    for (r, pair) in diff.pairs.iter().enumerate() {
        for &x in &pair.a {
            row_of[0][x] = r;
        }
        for &y in &pair.b {
            row_of[1][y] = r;
        }
    }
    let section_at = |sections: &[StatuteSection], byte: usize| {
        sections.iter().rposition(|s| s.span.start <= byte).unwrap_or(0).min(sections.len().saturating_sub(1))
    };
    // The whole documents were aligned as one range: each sentence's address
    // names the section it stands in ("2 § st. 1 m. 2").
    let mut sentences = diff.sentences;
    for (clauses, sections) in [(&mut sentences.a, &diff.a), (&mut sentences.b, &diff.b)] {
        for c in clauses.iter_mut() {
            c.address.section.clone_from(&sections[section_at(sections, c.span.start)].number);
        }
    }
    let al = &sentences;
    let mut rows = vec![Vec::new(); diff.pairs.len()];
    for (p, pair) in al.pairs.iter().enumerate() {
        // A sentence belongs where B has it; a removed one where A had it.
        let row = match (pair.b.first(), pair.a.first()) {
            (Some(&j), _) => row_of[1].get(section_at(&diff.b, al.b[j].span.start)),
            (None, Some(&i)) => row_of[0].get(section_at(&diff.a, al.a[i].span.start)),
            (None, None) => None,
        };
        if let Some(&r) = row.filter(|&&r| r != usize::MAX) {
            rows[r].push(p);
        }
    }
    let texts = [input.a.as_str(), input.b.as_str()];
    let mut counts = [0; 5];
    let sections: Vec<SectionRow> = diff
        .pairs
        .iter()
        .zip(rows)
        .map(|(pair, rows)| {
            counts[kind_index(pair.kind)] += 1;
            let parts = [
                pair.a.iter().map(|&x| &diff.a[x]).collect::<Vec<_>>(),
                pair.b.iter().map(|&y| &diff.b[y]).collect::<Vec<_>>(),
            ];
            SectionRow {
                kind: pair.kind,
                numbers: numbers(&parts, texts),
                title: if parts[1].is_empty() { headings(&parts[0], texts[0]) } else { headings(&parts[1], texts[1]) },
                was: was(&parts, texts),
                similarity: pair.similarity,
                rows,
            }
        })
        .collect();
    let summary = crate::texts::statute_summary(counts);
    Ok(StatuteView { sections, andamal: diff.andamal, sentences, summary })
}

/// The place of a kind in [`crate::texts::SECTION_KINDS`].
#[must_use]
pub fn kind_index(kind: PairKind) -> usize {
    match kind {
        PairKind::Equal => 0,
        PairKind::Changed => 1,
        PairKind::Moved => 2,
        PairKind::Added => 3,
        PairKind::Removed => 4,
    }
}

/// "§ 4", or for a section without a number its heading, or "Inledning".
fn part_label(part: &StatuteSection, text: &str) -> String {
    match (&part.number, part.heading) {
        (Some(n), _) => format!("§ {n}"),
        (None, Some(h)) => h.slice(text).chars().take(40).collect(),
        (None, None) => crate::texts::PREAMBLE.to_owned(),
    }
}

fn numbers([a, b]: &[Vec<&StatuteSection>; 2], [ta, tb]: [&str; 2]) -> String {
    if a.iter().chain(b).all(|p| p.number.is_none()) {
        return String::new();
    }
    let labels =
        |parts: &[&StatuteSection], text| parts.iter().map(|p| part_label(p, text)).collect::<Vec<_>>().join(" + ");
    let (la, lb) = (labels(a, ta), labels(b, tb));
    if a.is_empty() || la == lb {
        lb
    } else if b.is_empty() {
        la
    } else {
        format!("{la} → {lb}")
    }
}

fn headings(parts: &[&StatuteSection], text: &str) -> String {
    let one = |p: &&StatuteSection| p.heading.map_or(crate::texts::PREAMBLE, |h| h.slice(text)).to_owned();
    parts.iter().map(one).collect::<Vec<_>>().join(" + ")
}

fn was(parts: &[Vec<&StatuteSection>; 2], [ta, tb]: [&str; 2]) -> Option<String> {
    if parts[0].is_empty() || parts[1].is_empty() {
        return None;
    }
    // As written: a case-only rename is rare, and case tables cost the worker's wasm.
    let words = |s: &str| {
        s.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() || c == '§')
            .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let (ha, hb) = (headings(&parts[0], ta), headings(&parts[1], tb));
    (words(&ha) != words(&hb)).then(|| format!("{} {ha}", crate::texts::WAS))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/andamal-core/tests/fixtures/statutes/merge_split/");

    fn merge_split() -> StatuteInput {
        let read = |f: &str| std::fs::read_to_string(format!("{FIXTURE}{f}")).unwrap();
        StatuteInput { a: read("a.txt"), b: read("b.txt"), folds: Folds::default() }
    }

    #[test]
    fn every_sentence_pair_belongs_to_exactly_one_section_row() {
        let view = statute_view(&merge_split()).unwrap();
        let mut all: Vec<usize> = view.sections.iter().flat_map(|s| s.rows.iter().copied()).collect();
        all.sort_unstable();
        assert_eq!(all, (0..view.sentences.pairs.len()).collect::<Vec<_>>());
        let (s, place) = view.locate_row(all[all.len() - 1]).unwrap();
        assert_eq!(view.sections[s].rows[place], all[all.len() - 1]);
    }

    #[test]
    fn a_merge_holds_both_sections_and_their_sentences() {
        let input = merge_split();
        let view = statute_view(&input).unwrap();
        let merged = view.sections.iter().position(|s| s.numbers.contains(" + ")).expect("a merge");
        assert_eq!(view.sections[merged].numbers, "§ 1 + § 2 → § 1");
        assert_eq!(view.sections[merged].was.as_deref(), Some("Förut: 1 § Medlemmar + 2 § Säte"));
        let al = view.section(merged);
        // Säte's sentence came from A's § 2 into B's § 1: the merged row shows it.
        let shown: Vec<&str> =
            al.pairs.iter().flat_map(|p| p.a.iter().map(|&i| al.a[i].span.slice(&input.a))).collect();
        assert!(shown.iter().any(|s| s.contains("säte")), "{shown:?}");
        assert_eq!(al.b[al.pairs[1].b[0]].address.short(), "1 § st. 1 m. 2");
        assert_eq!(al.a[al.pairs[1].a[0]].address.short(), "2 § st. 1 m. 1");
        // Offsets refer to the whole texts.
        for p in &al.pairs {
            for &j in &p.b {
                assert!(al.b[j].span.end <= input.b.len());
            }
        }
        let andamal = view.andamal[1].unwrap();
        assert_eq!(view.sections[andamal].title, "2 § Förbundets ändamål");
        assert_eq!(view.sections[andamal].was.as_deref(), Some("Förut: 3 § Ändamål"), "renamed");
        assert_eq!(view.sections[0].numbers, "", "the title page has no number");
        assert_eq!(view.summary, "8 paragrafer: 2 oförändrade, 3 ändrade, 1 flyttad, 1 ny, 1 borttagen");
    }

    #[test]
    fn empty_large_and_headingless_texts_are_refused_per_side() {
        let input = |a: &str, b: &str| StatuteInput { a: a.into(), b: b.into(), folds: Folds::default() };
        assert_eq!(statute_view(&input(" ", "1 § Namn\nX.")), Err(StatuteProblem::Empty([true, false])));
        let huge = "a ".repeat(MAX_STATUTE_BYTES);
        assert_eq!(statute_view(&input("1 § Namn\nX.", &huge)), Err(StatuteProblem::TooLarge([false, true])));
        let plain = "Förbundet ska stödja samverkan. Det ska vara en arena.";
        assert_eq!(statute_view(&input(plain, "1 § Namn\nX.")), Err(StatuteProblem::NoSections([true, false])));
    }
}
