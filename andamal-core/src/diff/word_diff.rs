//! Word-level diff of two texts (or two sentences), reported as byte ranges of
//! the pasted texts.
//!
//! Tokens are compared by their folded keys with `similar`'s raw Myers diff
//! (a shortest edit script, so the similarity is the same whichever side is A); with
//! the OCR fold on, replaced runs are then re-examined token by token with the
//! fuzzy comparison, so OCR damage does not show as a change. Which runs a
//! script replaces depends on its direction, so under the OCR fold both
//! directions are tried and the one that pairs more tokens is kept: the
//! similarity stays the same whichever side is A. A diff that runs
//! past its deadline is not shown as "everything deleted, everything inserted":
//! it reports [`WordDiff::timed_out`] so the view can fall back to sentence
//! level with a note.
//!
//! ```
//! use andamal_core::{Folds, diff::word_diff::{diff_texts, WordOp}};
//! let d = diff_texts("för medborgare som", "för människor som", Folds::default(), None);
//! let ops: Vec<WordOp> = d.ops.iter().map(|o| o.op).collect();
//! assert_eq!(ops, [WordOp::Equal, WordOp::Delete, WordOp::Insert, WordOp::Equal]);
//! assert!((d.similarity - 2.0 * 2.0 / 6.0).abs() < 1e-9);
//! assert_eq!(d.words, (2, 3, 3));
//! ```

use rustc_hash::FxHashMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use similar::DiffOp;
use similar::algorithms::{Capture, Compact, Replace, myers};

// In the browser std's clock panics; similar re-exports web-time's there.
#[cfg(feature = "wasm-deadline")]
use similar::Instant;
#[cfg(not(feature = "wasm-deadline"))]
use std::time::Instant;

use crate::text::normalize::Normalized;
use crate::text::token::{Token, tokenize};
use crate::{Folds, Span};

/// What happened to a run of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WordOp {
    Equal,
    Delete,
    Insert,
}

/// One run of the diff: the covered bytes of A and/or B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordChange {
    pub op: WordOp,
    /// In A (`None` for insertions).
    pub a: Option<Span>,
    /// In B (`None` for deletions).
    pub b: Option<Span>,
}

/// The word diff of two token sequences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordDiff {
    pub ops: Vec<WordChange>,
    /// 2 × matched tokens ÷ (tokens in A + tokens in B), words and
    /// punctuation alike; 1.0 for two empty texts.
    pub similarity: f64,
    /// The token counts behind `similarity`: matched, in A, in B.
    pub words: (usize, usize, usize),
    /// The deadline was hit; `ops` is only an approximation.
    pub timed_out: bool,
}

/// Interns folded keys so the diff compares small integers.
#[derive(Debug, Default)]
pub struct KeyTable {
    ids: FxHashMap<String, u32>,
}

impl KeyTable {
    /// The id of a token's folded key; `norm` is the text the token indexes.
    pub fn id(&mut self, folds: Folds, norm: &str, token: &Token) -> u32 {
        self.id_of_key(&folds.key(token.norm.slice(norm)))
    }

    /// The id of an already folded key.
    pub fn id_of_key(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(key.to_owned(), next);
        next
    }
}

/// One side of a diff: tokens, the normalised text they index, and their
/// interned keys (from one [`KeyTable`] shared by both sides).
#[derive(Debug, Clone, Copy)]
pub struct Keyed<'a> {
    pub norm: &'a str,
    pub tokens: &'a [Token],
    pub keys: &'a [u32],
}

impl<'a> Keyed<'a> {
    /// The normalised text of token `k`.
    fn text(self, k: usize) -> &'a str {
        self.tokens[k].norm.slice(self.norm)
    }
}

/// Diffs two whole texts word by word.
#[must_use]
pub fn diff_texts(a: &str, b: &str, folds: Folds, deadline: Option<Duration>) -> WordDiff {
    let (na, nb) = (Normalized::new(a, &[]), Normalized::new(b, &[]));
    diff_tokens((na.text(), &tokenize(&na)), (nb.text(), &tokenize(&nb)), folds, deadline)
}

/// Diffs two token sequences, each with the normalised text it indexes.
#[must_use]
pub fn diff_tokens(a: (&str, &[Token]), b: (&str, &[Token]), folds: Folds, deadline: Option<Duration>) -> WordDiff {
    let mut table = KeyTable::default();
    let ka: Vec<u32> = a.1.iter().map(|t| table.id(folds, a.0, t)).collect();
    let kb: Vec<u32> = b.1.iter().map(|t| table.id(folds, b.0, t)).collect();
    diff_keyed(
        Keyed { norm: a.0, tokens: a.1, keys: &ka },
        Keyed { norm: b.0, tokens: b.1, keys: &kb },
        folds,
        deadline,
    )
}

/// Diffs two token sequences whose folded keys are already interned, as
/// sentence alignment does for every pair.
#[must_use]
pub fn diff_keyed(a: Keyed<'_>, b: Keyed<'_>, folds: Folds, deadline: Option<Duration>) -> WordDiff {
    let started = Instant::now();
    let instant = deadline.and_then(|d| started.checked_add(d));
    let mut marks = marks_one_way(a, b, folds, instant);
    // A shortest edit script keeps the most tokens in order, so the count is
    // the same whichever side is A.
    let mut matched = equal_count(&marks);
    // Under the OCR fold only the runs a shortest script replaces are
    // compared fuzzily, and which runs those are depends on the direction:
    // the script that pairs more tokens counts, so the similarity is the
    // same whichever side is A.
    if folds.ocr && a.keys != b.keys {
        let backward = marks_one_way(b, a, folds, instant);
        let paired = equal_count(&backward);
        if paired > matched {
            (marks, matched) = (swapped(&backward), paired);
        }
    }
    let timed_out = deadline.is_some_and(|d| started.elapsed() > d);
    let words = (matched, a.tokens.len(), b.tokens.len());
    WordDiff { ops: group(a.tokens, b.tokens, &marks), similarity: dice(words), words, timed_out }
}

/// The per-token marks of a shortest edit script from `a` to `b`, replaced
/// runs refined under the OCR fold.
fn marks_one_way(a: Keyed<'_>, b: Keyed<'_>, folds: Folds, deadline: Option<Instant>) -> Vec<Mark> {
    let raw = if a.keys == b.keys {
        // Most pairs of a revision are unchanged: one equal run, no search.
        let len = a.keys.len();
        if len == 0 { Vec::new() } else { vec![DiffOp::Equal { old_index: 0, new_index: 0, len }] }
    } else {
        raw_myers(a.keys, b.keys, deadline)
    };
    let mut marks = Vec::with_capacity(a.tokens.len() + b.tokens.len());
    for op in raw {
        match op {
            DiffOp::Equal { old_index, new_index, len } => {
                marks.extend((0..len).map(|i| Mark::Equal(old_index + i, new_index + i)));
            }
            DiffOp::Delete { old_index, old_len, .. } => {
                marks.extend((old_index..old_index + old_len).map(Mark::Delete))
            }
            DiffOp::Insert { new_index, new_len, .. } => {
                marks.extend((new_index..new_index + new_len).map(Mark::Insert))
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                refine_replace(a, b, folds, old_index..old_index + old_len, new_index..new_index + new_len, &mut marks);
            }
        }
    }
    marks
}

fn equal_count(marks: &[Mark]) -> usize {
    marks.iter().filter(|m| matches!(m, Mark::Equal(..))).count()
}

/// Marks from B to A read from A to B: each run between equal tokens
/// deletes first, then inserts, as a script from A does.
fn swapped(marks: &[Mark]) -> Vec<Mark> {
    let mut out = Vec::with_capacity(marks.len());
    let mut inserts = Vec::new();
    for mark in marks {
        match *mark {
            Mark::Equal(j, i) => {
                out.append(&mut inserts);
                out.push(Mark::Equal(i, j));
            }
            Mark::Delete(j) => inserts.push(Mark::Insert(j)),
            Mark::Insert(i) => out.push(Mark::Delete(i)),
        }
    }
    out.append(&mut inserts);
    out
}

/// `similar`'s raw Myers (a shortest edit script) with its compacting hooks,
/// called directly so the page links only this one algorithm.
fn raw_myers(a: &[u32], b: &[u32], deadline: Option<Instant>) -> Vec<DiffOp> {
    let mut hook = Compact::new(Replace::new(Capture::new()), a, b);
    match myers::diff_deadline_raw(&mut hook, a, 0..a.len(), b, 0..b.len(), deadline) {
        Ok(()) => hook.into_inner().into_inner().into_ops(),
        Err(never) => match never {},
    }
}

/// 2 × matched ÷ (a + b): the one similarity formula used everywhere.
#[must_use]
pub fn dice((matched, in_a, in_b): (usize, usize, usize)) -> f64 {
    let total = in_a + in_b;
    #[allow(clippy::cast_precision_loss)]
    if total == 0 { 1.0 } else { 2.0 * matched as f64 / total as f64 }
}

#[derive(Debug, Clone, Copy)]
enum Mark {
    Equal(usize, usize),
    Delete(usize),
    Insert(usize),
}

/// Within a replaced run, pairs tokens that match only under the fuzzy OCR
/// comparison (a small LCS; runs are short).
fn refine_replace(
    a: Keyed<'_>,
    b: Keyed<'_>,
    folds: Folds,
    ra: std::ops::Range<usize>,
    rb: std::ops::Range<usize>,
    marks: &mut Vec<Mark>,
) {
    const MAX_CELLS: usize = 4096;
    if !folds.ocr || ra.len() * rb.len() > MAX_CELLS {
        marks.extend(ra.map(Mark::Delete));
        marks.extend(rb.map(Mark::Insert));
        return;
    }
    let (n, m) = (ra.len(), rb.len());
    let eq = |i: usize, j: usize| folds.tokens_match(a.text(ra.start + i), b.text(rb.start + j));
    let mut lcs = vec![0u16; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * (m + 1) + j] = if eq(i, j) {
                lcs[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut dels = Vec::new();
    let mut ins = Vec::new();
    let flush = |dels: &mut Vec<usize>, ins: &mut Vec<usize>, marks: &mut Vec<Mark>| {
        marks.extend(dels.drain(..).map(Mark::Delete));
        marks.extend(ins.drain(..).map(Mark::Insert));
    };
    while i < n || j < m {
        if i < n && j < m && eq(i, j) {
            flush(&mut dels, &mut ins, marks);
            marks.push(Mark::Equal(ra.start + i, rb.start + j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) {
            ins.push(rb.start + j);
            j += 1;
        } else {
            dels.push(ra.start + i);
            i += 1;
        }
    }
    flush(&mut dels, &mut ins, marks);
}

/// Groups per-token marks into runs of the same op, spanning original bytes.
fn group(a: &[Token], b: &[Token], marks: &[Mark]) -> Vec<WordChange> {
    let mut out: Vec<WordChange> = Vec::new();
    for mark in marks {
        let (op, sa, sb) = match *mark {
            Mark::Equal(i, j) => (WordOp::Equal, Some(a[i].span), Some(b[j].span)),
            Mark::Delete(i) => (WordOp::Delete, Some(a[i].span), None),
            Mark::Insert(j) => (WordOp::Insert, None, Some(b[j].span)),
        };
        match out.last_mut() {
            Some(last) if last.op == op => {
                last.a = merge(last.a, sa);
                last.b = merge(last.b, sb);
            }
            _ => out.push(WordChange { op, a: sa, b: sb }),
        }
    }
    out
}

fn merge(x: Option<Span>, y: Option<Span>) -> Option<Span> {
    match (x, y) {
        (Some(x), Some(y)) => Some(x.cover(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_are_one_equal_run() {
        let d = diff_texts("Förbundets ändamål är att", "Förbundets  ändamål\när att", Folds::default(), None);
        assert_eq!(d.ops.len(), 1);
        assert_eq!(d.ops[0].op, WordOp::Equal);
        assert!((d.similarity - 1.0).abs() < f64::EPSILON);
    }

    #[test]
    fn disjoint_texts_have_zero_similarity() {
        let d = diff_texts("ett två", "tre fyra", Folds::default(), None);
        assert!(d.similarity.abs() < f64::EPSILON);
    }

    #[test]
    fn spans_point_into_each_text() {
        let a = "i syfte att underlätta";
        let b = "i syfte är att underlätta";
        let d = diff_texts(a, b, Folds::default(), None);
        let ins: Vec<&str> = d.ops.iter().filter(|o| o.op == WordOp::Insert).map(|o| o.b.unwrap().slice(b)).collect();
        assert_eq!(ins, ["är"]);
    }

    #[test]
    fn ocr_fold_hides_damage_but_not_changes() {
        let a = "Forbundets dndamdl dr att bidra";
        let b = "Förbundets ändamål är att stödja";
        let d = diff_texts(a, b, Folds { ocr: true, ..Folds::default() }, None);
        let del: Vec<&str> = d.ops.iter().filter(|o| o.op == WordOp::Delete).map(|o| o.a.unwrap().slice(a)).collect();
        assert_eq!(del, ["bidra"]);
    }

    #[test]
    fn similarity_is_symmetric() {
        let (a, b) = ("a b c d e", "a x c e f g");
        let ab = diff_texts(a, b, Folds::default(), None).similarity;
        let ba = diff_texts(b, a, Folds::default(), None).similarity;
        assert!((ab - ba).abs() < 1e-12);
    }
}
