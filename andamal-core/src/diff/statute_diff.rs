//! Two whole förbundsordningar compared § by §: which section became which.
//!
//! A revision renumbers (a new § 3 shifts every later number), renames
//! ("Ändamål" → "Förbundets ändamål"), moves, merges ("§ 1 Medlemmar" and
//! "§ 2 Säte" become "§ 1 Namn, säte och medlemmar"), splits, adds and removes
//! sections. Numbers alone cannot pair them, and neither can headings, so
//! sections are paired mainly by where their *text* went: the sentences of the
//! whole documents are aligned once with [`crate::diff::align`] (identical
//! sentences, changed ones, moves across the document, split and merged
//! sentences), and every matched token flows from the A section holding it to
//! the B section holding its partner. A section whose text went mostly to one
//! section on the other side is linked to it; linked sections form a pair, a
//! merge (several A, one B) or a split (one A, several B). Sections left over
//! are then paired by their headings (a section rewritten under the same
//! title), and whatever remains is added or removed.
//!
//! A pair is *equal* when its title and every token of its text match (the
//! number may differ: a renumbered section is not a changed one), *moved* when
//! it is out of order relative to the others (the longest in-order chain stays
//! in place, as in the sentence alignment), *changed* otherwise. Pairs are in
//! B's reading order; a removed section comes right after the pair holding the
//! nearest earlier A section that did not move. The finder marks the ändamål
//! section on each side.
//!
//! ```
//! use andamal_core::{Folds, diff::align::PairKind, diff::statute_diff::compare_statutes};
//! let a = "1 § Medlemmar\nMedlemmar är Motala kommun och Region Östergötland.\n\n2 § Säte\nFörbundet har sitt säte i Motala.\n\n3 § Ändamål\nFörbundets ändamål är att svara för finansiell samordning.";
//! let b = "1 § Namn, säte och medlemmar\nMedlemmar är Motala kommun och Region Östergötland. Förbundet har sitt säte i Motala.\n\n2 § Förbundets ändamål\nFörbundets ändamål är att svara för finansiell samordning.";
//! let d = compare_statutes(a, b, Folds::default());
//! assert_eq!(d.pairs.len(), 2);
//! assert_eq!((d.pairs[0].kind, d.pairs[0].a.len(), d.pairs[0].b.len()), (PairKind::Changed, 2, 1));
//! assert_eq!(d.pairs[1].kind, PairKind::Changed); // renamed
//! assert_eq!(d.andamal, [Some(1), Some(1)]);
//! ```

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use crate::diff::align::{Alignment, Clause, Input, PairKind, align_sides};
use crate::statute::finder::{Finding, find};
use crate::statute::structure::{Document, Section};
use crate::text::normalize::Normalized;
use crate::text::token::{pieces, tokenize};
use crate::{Folds, Span};

/// A section is linked to the one that received at least this share of its
/// matched text (of either section's tokens).
pub const LINK_SHARE: f64 = 0.5;
/// Left-over sections with headings this similar are paired.
pub const HEADING_SIMILARITY: f64 = 0.6;
/// Left-over sections sharing this much text (of the smaller) are paired.
pub const WEAK_SHARE: f64 = 0.25;

/// One section of a compared statute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatuteSection {
    /// Its index in the parsed [`Document`]'s sections.
    pub section: usize,
    /// The heading as written, if any (the preamble has none).
    pub heading: Option<Span>,
    /// The section number ("4"), if the heading has one.
    pub number: Option<String>,
    /// From the heading (or the first sentence) to the last sentence.
    pub span: Span,
    /// Tokens of its text (words and punctuation, as similarities count).
    pub tokens: usize,
}

/// One row of the comparison: sections of A and of B that correspond.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionPair {
    pub kind: PairKind,
    /// Indices into [`StatuteDiff::a`], in A's order: several for a merge,
    /// none when added.
    pub a: Vec<usize>,
    /// Indices into [`StatuteDiff::b`], in B's order: several for a split,
    /// none when removed.
    pub b: Vec<usize>,
    /// 2 × matched tokens ÷ all tokens of the pair's text (0–1); for
    /// sections without text, how alike their headings are.
    pub similarity: f64,
}

/// Two statutes compared § by §.
#[derive(Debug, Clone, PartialEq)]
pub struct StatuteDiff {
    pub a: Vec<StatuteSection>,
    pub b: Vec<StatuteSection>,
    /// In B's reading order, removed sections placed as
    /// [`Alignment::pairs`] places removed sentences.
    pub pairs: Vec<SectionPair>,
    /// Per side, the index into `pairs` of the pair holding the ändamål
    /// section the finder chose.
    pub andamal: [Option<usize>; 2],
    /// The sentence alignment of the whole documents, which the pairs were
    /// read from; a view shows inside each pair the rows of its sections.
    pub sentences: Alignment,
}

/// One side, parsed and measured.
struct Statute<'t> {
    text: &'t str,
    finding: Finding,
    sections: Vec<StatuteSection>,
    /// Per sentence of the alignment, the index into `sections` holding it.
    section_of: Vec<usize>,
    /// Per section, the words of its title.
    titles: Vec<Vec<&'t str>>,
    /// Titles match whatever their case, under the user's other folds.
    title_folds: Folds,
}

impl<'t> Statute<'t> {
    fn read(text: &'t str, folds: Folds) -> Statute<'t> {
        let finding = find(text, folds);
        let doc = &finding.document;
        let sections: Vec<StatuteSection> = doc
            .sections
            .iter()
            .enumerate()
            .map(|(index, s)| StatuteSection {
                section: index,
                heading: s.heading.as_ref().map(|h| h.span),
                number: s.heading.as_ref().and_then(|h| h.number.clone()),
                span: section_span(s),
                tokens: 0,
            })
            .collect();
        let title_folds = Folds { case: true, ..folds };
        let titles = doc.sections.iter().map(|s| title_words(text, s)).collect();
        Statute { text, finding, sections, section_of: Vec::new(), titles, title_folds }
    }

    fn document(&self) -> &Document {
        &self.finding.document
    }

    /// The range from the first to the last sentence of the document.
    fn sentence_range(&self) -> Span {
        let mut all = self.document().sections.iter().flat_map(Section::sentences);
        match all.next() {
            Some(first) => Span::new(first.start, all.last().unwrap_or(first).end),
            None => Span::new(0, 0),
        }
    }

    /// Maps each aligned sentence to its section and counts each section's
    /// tokens.
    fn measure(&mut self, clauses: &[Clause]) {
        let starts: Vec<usize> = self.sections.iter().map(|s| s.span.start).collect();
        self.section_of =
            clauses.iter().map(|c| starts.partition_point(|&s| s <= c.span.start).saturating_sub(1)).collect();
        let (Some(first), Some(last)) = (clauses.first(), clauses.last()) else { return };
        let norm = Normalized::of_range(self.text, Span::new(first.span.start, last.span.end), &[]);
        let tokens = tokenize(&norm);
        let mut k = 0;
        for (c, &section) in clauses.iter().zip(&self.section_of) {
            while tokens.get(k).is_some_and(|t| t.span.start < c.span.start) {
                k += 1;
            }
            let from = k;
            while tokens.get(k).is_some_and(|t| t.span.start < c.span.end) {
                k += 1;
            }
            self.sections[section].tokens += k - from;
        }
    }

    /// A hash of what section `x` holds: its title's keys and token count.
    fn fingerprint(&self, x: usize) -> u64 {
        let mut h = FxHasher::default();
        for w in &self.titles[self.sections[x].section] {
            self.title_folds.key(w).hash(&mut h);
        }
        self.sections[x].tokens.hash(&mut h);
        h.finish()
    }

    /// The words of section `x`'s title.
    fn title(&self, x: usize) -> &[&'t str] {
        &self.titles[self.sections[x].section]
    }

    /// The index into `sections` of the finder's chosen ändamål section.
    fn andamal(&self) -> Option<usize> {
        let chosen = self.finding.chosen()?;
        if let Some(index) = chosen.section {
            return self.sections.iter().position(|s| s.section == index);
        }
        self.sections.iter().rposition(|s| s.span.start <= chosen.start)
    }
}

/// From the heading (or the text, without one) to the end of the text.
fn section_span(s: &Section) -> Span {
    let end = s.heading.as_ref().map_or(s.body.end, |h| h.span.end.max(s.body.end));
    Span::new(s.start(), end)
}

/// The words of a section's title ("Förbundets ändamål" → ["Förbundets",
/// "ändamål"]); the heading's words without its number when the parser found
/// no title.
fn title_words<'t>(text: &'t str, s: &Section) -> Vec<&'t str> {
    let Some(h) = &s.heading else { return Vec::new() };
    let title = h.title.unwrap_or(h.span).slice(text);
    pieces(title).map(|(_, p)| p).filter(|p| p.chars().next().is_some_and(char::is_alphabetic)).collect()
}

/// Dice of two titles' words as multisets, words matched under `folds`
/// (with the OCR fold, "Férbundets andamal" is "Förbundets ändamål"); two
/// sections without a heading (two preambles) are alike.
fn heading_similarity(x: &[&str], y: &[&str], folds: Folds) -> f64 {
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    let mut rest: Vec<&str> = y.to_vec();
    let mut shared = 0;
    for w in x {
        if let Some(at) = rest.iter().position(|r| folds.tokens_match(w, r)) {
            rest.swap_remove(at);
            shared += 1;
        }
    }
    crate::diff::word_diff::dice((shared, x.len(), y.len()))
}

/// Compares two whole statutes section by section.
#[must_use]
pub fn compare_statutes(a: &str, b: &str, folds: Folds) -> StatuteDiff {
    let mut sa = Statute::read(a, folds);
    let mut sb = Statute::read(b, folds);
    let sentences = align_sides(
        Input { text: a, span: sa.sentence_range(), number: None, document: Some(sa.document()) },
        Input { text: b, span: sb.sentence_range(), number: None, document: Some(sb.document()) },
        folds,
        None,
    );
    sa.measure(&sentences.a);
    sb.measure(&sentences.b);
    let flow = flow(&sentences, &sa, &sb);
    let groups = link(&sa, &sb, &flow);
    let pairs = order(&sa, &sb, &flow, groups);
    let holding = |side: usize, section: Option<usize>| {
        let section = section?;
        pairs.iter().position(|p| if side == 0 { p.a.contains(&section) } else { p.b.contains(&section) })
    };
    let andamal = [holding(0, sa.andamal()), holding(1, sb.andamal())];
    StatuteDiff { a: sa.sections, b: sb.sections, pairs, andamal, sentences }
}

/// Matched tokens from each A section to each B section.
type Flow = FxHashMap<(usize, usize), f64>;

fn flow(al: &Alignment, sa: &Statute<'_>, sb: &Statute<'_>) -> Flow {
    let mut flow = Flow::default();
    for p in &al.pairs {
        let Some(diff) = &p.diff else { continue };
        let mut from: Vec<usize> = p.a.iter().map(|&i| sa.section_of[i]).collect();
        let mut to: Vec<usize> = p.b.iter().map(|&j| sb.section_of[j]).collect();
        from.dedup();
        to.dedup();
        #[allow(clippy::cast_precision_loss)]
        let share = diff.words.0 as f64 / (from.len() * to.len()) as f64;
        for &x in &from {
            for &y in &to {
                *flow.entry((x, y)).or_default() += share;
            }
        }
    }
    flow
}

/// The share of the smaller (or of either) section's tokens that flowed
/// between them.
fn shares(flow: &Flow, sa: &Statute<'_>, sb: &Statute<'_>, x: usize, y: usize) -> (f64, f64) {
    let f = flow.get(&(x, y)).copied().unwrap_or(0.0);
    #[allow(clippy::cast_precision_loss)]
    let of = |n: usize| if n == 0 { 0.0 } else { f / n as f64 };
    (of(sa.sections[x].tokens), of(sb.sections[y].tokens))
}

/// Groups of (A sections, B sections): linked by text, then by heading.
fn link(sa: &Statute<'_>, sb: &Statute<'_>, flow: &Flow) -> Vec<(Vec<usize>, Vec<usize>)> {
    let (na, nb) = (sa.sections.len(), sb.sections.len());
    // Union-find over A sections (0..na) and B sections (na..na + nb).
    let mut parent: Vec<usize> = (0..na + nb).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut edges: Vec<(usize, usize)> = flow
        .keys()
        .copied()
        .filter(|&(x, y)| {
            let (share_a, share_b) = shares(flow, sa, sb, x, y);
            share_a >= LINK_SHARE || share_b >= LINK_SHARE
        })
        .collect();
    edges.sort_unstable();
    let mut linked = vec![false; na + nb];
    for &(x, y) in &edges {
        let (rx, ry) = (root(&mut parent, x), root(&mut parent, na + y));
        parent[rx.max(ry)] = rx.min(ry);
        linked[x] = true;
        linked[na + y] = true;
    }
    // Left-over sections: a rewritten text under a similar heading, or some
    // shared text; best first, ties broken the same whichever side is A.
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for x in (0..na).filter(|&x| !linked[x]) {
        for y in (0..nb).filter(|&y| !linked[na + y]) {
            let heading = if sa.sections[x].heading.is_none() != sb.sections[y].heading.is_none() {
                0.0
            } else {
                heading_similarity(sa.title(x), sb.title(y), sa.title_folds)
            };
            let (share_a, share_b) = shares(flow, sa, sb, x, y);
            let share = share_a.max(share_b);
            if heading >= HEADING_SIMILARITY || share >= WEAK_SHARE {
                let same_number = sa.sections[x].number.is_some() && sa.sections[x].number == sb.sections[y].number;
                candidates.push((share + heading + if same_number { 0.05 } else { 0.0 }, x, y));
            }
        }
    }
    candidates
        .sort_by(|p, q| q.0.total_cmp(&p.0).then_with(|| (p.1 + p.2, p.1.min(p.2)).cmp(&(q.1 + q.2, q.1.min(q.2)))));
    for (_, x, y) in candidates {
        if !linked[x] && !linked[na + y] {
            linked[x] = true;
            linked[na + y] = true;
            let (rx, ry) = (root(&mut parent, x), root(&mut parent, na + y));
            parent[rx.max(ry)] = rx.min(ry);
        }
    }
    let mut groups: FxHashMap<usize, (Vec<usize>, Vec<usize>)> = FxHashMap::default();
    for x in 0..na {
        let r = root(&mut parent, x);
        groups.entry(r).or_default().0.push(x);
    }
    for y in 0..nb {
        let r = root(&mut parent, na + y);
        groups.entry(r).or_default().1.push(y);
    }
    let mut out: Vec<(Vec<usize>, Vec<usize>)> = groups.into_values().collect();
    out.sort_unstable();
    out
}

/// Kinds, similarities and B's reading order.
fn order(sa: &Statute<'_>, sb: &Statute<'_>, flow: &Flow, groups: Vec<(Vec<usize>, Vec<usize>)>) -> Vec<SectionPair> {
    // Which paired groups keep their order: the longest chain increasing on
    // both sides, heavier (more similar) chains first.
    let paired: Vec<usize> =
        (0..groups.len()).filter(|&g| !groups[g].0.is_empty() && !groups[g].1.is_empty()).collect();
    let similarity: Vec<f64> = groups.iter().map(|(xs, ys)| group_similarity(sa, sb, flow, xs, ys)).collect();
    // Between equally similar chains, the one whose sections stay nearer
    // their old positions: what moved is what travelled furthest.
    // Exact ties (two identical sections swapped) fall to a jitter from what
    // the sections hold, which does not depend on which side is A.
    #[allow(clippy::cast_precision_loss)]
    let weight = |g: usize| {
        let (x, y) = (groups[g].0[0], groups[g].1[0]);
        let (h1, h2) = (sa.fingerprint(x), sb.fingerprint(y));
        let mut h = FxHasher::default();
        (h1.min(h2), h1.max(h2)).hash(&mut h);
        let unit = (h.finish() >> 11) as f64 / (1u64 << 53) as f64;
        similarity[g] - 1e-6 * x.abs_diff(y) as f64 + 1e-9 * unit
    };
    let in_order =
        longest_chain(&paired.iter().map(|&g| (groups[g].0[0], groups[g].1[0], weight(g))).collect::<Vec<_>>());
    let mut moved = vec![false; groups.len()];
    for (k, &g) in paired.iter().enumerate() {
        moved[g] = !in_order.contains(&k);
    }
    let pair = |g: usize| {
        let (xs, ys) = &groups[g];
        let kind = match (xs.len(), ys.len()) {
            (0, _) => PairKind::Added,
            (_, 0) => PairKind::Removed,
            _ if moved[g] => PairKind::Moved,
            (1, 1)
                if similarity[g] >= 1.0
                    && heading_similarity(sa.title(xs[0]), sb.title(ys[0]), sa.title_folds) >= 1.0 =>
            {
                PairKind::Equal
            }
            _ => PairKind::Changed,
        };
        let similarity = match kind {
            PairKind::Added | PairKind::Removed => 0.0,
            _ => similarity[g],
        };
        SectionPair { kind, a: xs.clone(), b: ys.clone(), similarity }
    };
    // Rows with a B section, by their first B section.
    let mut rows: Vec<usize> = (0..groups.len()).filter(|&g| !groups[g].1.is_empty()).collect();
    rows.sort_by_key(|&g| groups[g].1[0]);
    // A section -> (row position, moved) of the group holding it.
    let mut row_of_a: Vec<Option<(usize, bool)>> = vec![None; sa.sections.len()];
    for (pos, &g) in rows.iter().enumerate() {
        for &x in &groups[g].0 {
            row_of_a[x] = Some((pos, moved[g]));
        }
    }
    let mut removed: Vec<(Option<usize>, usize)> = (0..groups.len())
        .filter(|&g| groups[g].1.is_empty())
        .map(|g| {
            let first = groups[g].0[0];
            let anchor = (0..first).rev().find_map(|k| row_of_a[k].filter(|(_, moved)| !moved).map(|(pos, _)| pos));
            (anchor, g)
        })
        .collect();
    removed.sort_by_key(|&(_, g)| groups[g].0[0]);
    let mut out: Vec<SectionPair> =
        removed.iter().filter(|(anchor, _)| anchor.is_none()).map(|&(_, g)| pair(g)).collect();
    for (pos, &g) in rows.iter().enumerate() {
        out.push(pair(g));
        if !groups[g].0.is_empty() {
            out.extend(removed.iter().filter(|(anchor, _)| *anchor == Some(pos)).map(|&(_, g)| pair(g)));
        }
    }
    out
}

fn group_similarity(sa: &Statute<'_>, sb: &Statute<'_>, flow: &Flow, xs: &[usize], ys: &[usize]) -> f64 {
    let words_a: usize = xs.iter().map(|&x| sa.sections[x].tokens).sum();
    let words_b: usize = ys.iter().map(|&y| sb.sections[y].tokens).sum();
    if words_a + words_b == 0 {
        // Headings only: how alike they are.
        return match (xs, ys) {
            ([x], [y]) => heading_similarity(sa.title(*x), sb.title(*y), sa.title_folds),
            _ => 0.0,
        };
    }
    // Folded from +0.0: an empty `sum` of floats is -0.0, which the JSON would show as "-0.0".
    let matched: f64 =
        xs.iter().flat_map(|&x| ys.iter().map(move |&y| (x, y))).filter_map(|k| flow.get(&k)).fold(0.0, |s, v| s + v);
    #[allow(clippy::cast_precision_loss)]
    let sim = 2.0 * matched / (words_a + words_b) as f64;
    // Rounding of shared sentences split over sections must not pass 1.
    if sim > 1.0 - 1e-9 { 1.0 } else { (sim * 1e4).round() / 1e4 }
}

/// Indices of the longest chain of (a, b, weight) increasing on both sides,
/// the heaviest among equally long ones; ties fall to the smaller a + b,
/// which does not depend on which side is A.
fn longest_chain(items: &[(usize, usize, f64)]) -> Vec<usize> {
    let n = items.len();
    let mut sorted: Vec<usize> = (0..n).collect();
    sorted.sort_by_key(|&k| (items[k].0, items[k].1));
    let mut best: Vec<(usize, f64)> = vec![(0, 0.0); n];
    let mut prev = vec![usize::MAX; n];
    for (x, &kx) in sorted.iter().enumerate() {
        let (ax, bx, wx) = items[kx];
        best[x] = (1, wx);
        for (y, &ky) in sorted[..x].iter().enumerate() {
            let (ay, by, _) = items[ky];
            if ay < ax && by < bx {
                let cand = (best[y].0 + 1, best[y].1 + wx);
                if cand.0 > best[x].0 || (cand.0 == best[x].0 && cand.1 > best[x].1 + 1e-12) {
                    best[x] = cand;
                    prev[x] = y;
                }
            }
        }
    }
    let Some(mut end) = (0..n).max_by(|&x, &y| {
        best[x].0.cmp(&best[y].0).then(best[x].1.total_cmp(&best[y].1)).then_with(|| {
            let key = |k: usize| items[sorted[k]].0 + items[sorted[k]].1;
            key(y).cmp(&key(x))
        })
    }) else {
        return Vec::new();
    };
    let mut chain = vec![sorted[end]];
    while prev[end] != usize::MAX {
        end = prev[end];
        chain.push(sorted[end]);
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(d: &StatuteDiff) -> Vec<(PairKind, usize, usize)> {
        d.pairs.iter().map(|p| (p.kind, p.a.len(), p.b.len())).collect()
    }

    const A: &str = include_str!("../../tests/fixtures/statutes/merge_split/a.txt");
    const B: &str = include_str!("../../tests/fixtures/statutes/merge_split/b.txt");

    #[test]
    fn sections_that_share_nothing_are_zero_alike_not_minus_zero() {
        let a = "1 § Förbundsordning\n\nDetta är en förbundsordning för förbundet i norr.\n\n2 § Ändamål\n\nFörbundet ska samordna rehabilitering.";
        let b = "1 § Förbundsordning\n\nGäller från januari.\n\n2 § Ändamål\n\nFörbundet ska samordna rehabilitering.";
        let d = compare_statutes(a, b, Folds::default());
        assert!(d.pairs.iter().all(|p| p.similarity.is_sign_positive()), "{:?}", d.pairs);
    }

    #[test]
    fn merge_rename_move_split_add_remove() {
        // The headings are checked in tests/statutes.rs; here the numbers.
        let d = compare_statutes(A, B, Folds::default());
        assert_eq!(
            kinds(&d),
            [
                (PairKind::Equal, 1, 1),
                (PairKind::Changed, 2, 1),
                (PairKind::Changed, 1, 1),
                (PairKind::Moved, 1, 1),
                (PairKind::Changed, 1, 2),
                (PairKind::Removed, 1, 0),
                (PairKind::Added, 0, 1),
                (PairKind::Equal, 1, 1),
            ]
        );
        assert_eq!(d.andamal, [Some(2), Some(2)]);
        let sims: Vec<f64> = d.pairs.iter().map(|p| p.similarity).collect();
        assert_eq!(sims[1..5], [1.0, 1.0, 1.0, 1.0], "the text of merged, renamed, moved and split sections is kept");
        assert_eq!(d.a[d.pairs[1].a[1]].number.as_deref(), Some("2"));
    }

    #[test]
    fn mirrored_when_sides_swap() {
        let ab = compare_statutes(A, B, Folds::default());
        let ba = compare_statutes(B, A, Folds::default());
        let mut forward: Vec<(Vec<usize>, Vec<usize>, PairKind)> =
            ab.pairs.iter().map(|p| (p.a.clone(), p.b.clone(), p.kind.mirrored())).collect();
        let mut backward: Vec<(Vec<usize>, Vec<usize>, PairKind)> =
            ba.pairs.iter().map(|p| (p.b.clone(), p.a.clone(), p.kind)).collect();
        forward.sort_by_key(|x| (x.0.clone(), x.1.clone()));
        backward.sort_by_key(|x| (x.0.clone(), x.1.clone()));
        assert_eq!(forward, backward);
    }

    #[test]
    fn renumbered_sections_stay_equal() {
        let b = A
            .replace("1 § Medlemmar", "1 § Namn\nFörbundets namn är Samordningsförbundet Exempel.\n\n2 § Medlemmar")
            .replace("2 § Säte", "3 § Säte");
        let d = compare_statutes(A, &b, Folds::default());
        assert_eq!(
            kinds(&d)[..4],
            [(PairKind::Equal, 1, 1), (PairKind::Added, 0, 1), (PairKind::Equal, 1, 1), (PairKind::Equal, 1, 1)]
        );
    }

    #[test]
    fn empty_and_headingless_texts() {
        let d = compare_statutes("", "", Folds::default());
        assert!(d.pairs.is_empty());
        assert_eq!(d.andamal, [None, None]);
        let d = compare_statutes("", A, Folds::default());
        assert!(d.pairs.iter().all(|p| p.kind == PairKind::Added));
        assert_eq!(d.andamal[0], None);
        assert!(d.andamal[1].is_some());
    }
}
