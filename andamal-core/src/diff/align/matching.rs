//! Matching: which sentence of A corresponds to which of B. Identical
//! sentences first (by hash), then the unpaired ones between two in-order
//! identical anchors, then what is left across gaps (moves), each round
//! greedily by similarity with a tie-break that does not depend on which side
//! is A.

use std::time::Duration;

use rustc_hash::FxHashMap;

use crate::Folds;
use crate::diff::align::PAIR_THRESHOLD;
use crate::diff::align::chain::longest_chain;
use crate::diff::align::intern::Prepared;
use crate::diff::word_diff::{dice, diff_keyed};
use crate::text::token::TokenKind;

/// A provisional one-to-one (or split/merge) correspondence.
#[derive(Debug, Clone)]
pub(super) struct Link {
    pub(super) a: Vec<usize>,
    pub(super) b: Vec<usize>,
    pub(super) similarity: f64,
}

pub(super) struct Matcher<'p> {
    pub(super) pa: &'p [Prepared<'p>],
    pub(super) pb: &'p [Prepared<'p>],
    pub(super) folds: Folds,
    pub(super) deadline: Option<Duration>,
    pub(super) a_of_b: Vec<Option<usize>>,
    pub(super) b_of_a: Vec<Option<usize>>,
}

impl Matcher<'_> {
    pub(super) fn link(&mut self, i: usize, j: usize) {
        self.b_of_a[i] = Some(j);
        self.a_of_b[j] = Some(i);
    }

    /// Identical sentences, paired in reading order when repeated.
    pub(super) fn match_identical(&mut self) {
        let mut by_hash: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for (i, p) in self.pa.iter().enumerate().rev() {
            by_hash.entry(p.hash).or_default().push(i);
        }
        for (j, q) in self.pb.iter().enumerate() {
            if !q.tokens.iter().any(|t| t.kind == TokenKind::Word) {
                continue;
            }
            let Some(list) = by_hash.get_mut(&q.hash) else { continue };
            if let Some(pos) = list.iter().rposition(|&i| self.pa[i].keys == q.keys) {
                let i = list.remove(pos);
                self.link(i, j);
            }
        }
    }

    /// Scores unpaired sentences only between two in-order identical anchors.
    pub(super) fn match_gaps(&mut self) {
        let pairs: Vec<(usize, usize)> =
            self.b_of_a.iter().enumerate().filter_map(|(i, j)| j.map(|j| (i, j))).collect();
        let anchors = longest_chain(&pairs, &vec![1.0; pairs.len()], self.pa, self.pb);
        let mut bounds: Vec<(usize, usize)> = anchors.iter().map(|&k| pairs[k]).collect();
        bounds.push((self.pa.len(), self.pb.len()));
        let (mut a0, mut b0) = (0, 0);
        for (a1, b1) in bounds {
            let ai: Vec<usize> = (a0..a1).filter(|&i| self.b_of_a[i].is_none()).collect();
            let bj: Vec<usize> = (b0..b1).filter(|&j| self.a_of_b[j].is_none()).collect();
            self.pair_greedily(&ai, &bj);
            a0 = a1 + 1;
            b0 = b1 + 1;
        }
    }

    /// Compares what is still unpaired across gaps: moved and changed sentences.
    pub(super) fn match_leftovers(&mut self) {
        const MAX_CELLS: usize = 40_000;
        let ai: Vec<usize> = (0..self.pa.len()).filter(|&i| self.b_of_a[i].is_none()).collect();
        let bj: Vec<usize> = (0..self.pb.len()).filter(|&j| self.a_of_b[j].is_none()).collect();
        if ai.len() * bj.len() <= MAX_CELLS {
            self.pair_greedily(&ai, &bj);
        }
    }

    pub(super) fn pair_greedily(&mut self, ai: &[usize], bj: &[usize]) {
        let mut candidates = Vec::new();
        for &i in ai {
            for &j in bj {
                if let Some(sim) = self.similarity(i, j) {
                    candidates.push((sim, i, j));
                }
            }
        }
        crate::text::order::sort_by(&mut candidates, |x, y| {
            y.0.total_cmp(&x.0)
                .then_with(|| symmetric_key(x.1, x.2, self.pa, self.pb).cmp(&symmetric_key(y.1, y.2, self.pa, self.pb)))
        });
        for (_, i, j) in candidates {
            if self.b_of_a[i].is_none() && self.a_of_b[j].is_none() {
                self.link(i, j);
            }
        }
    }

    /// The pair's similarity if it may be paired at all.
    pub(super) fn similarity(&self, i: usize, j: usize) -> Option<f64> {
        let (p, q) = (&self.pa[i], &self.pb[j]);
        if !p.tokens.iter().any(|t| t.kind == TokenKind::Word) || !q.tokens.iter().any(|t| t.kind == TokenKind::Word) {
            return None;
        }
        if !self.folds.ocr && dice((bag_overlap(&p.bag, &q.bag), p.words, q.words)) < PAIR_THRESHOLD {
            return None;
        }
        // The OCR fold's fuzzy matches need the full diff; otherwise the LCS
        // length alone gives the same similarity, much faster.
        let sim = if self.folds.ocr {
            diff_keyed(p.keyed(), q.keyed(), self.folds, self.deadline).similarity
        } else {
            dice((p.pattern.lcs_len(q.keys), p.words, q.words))
        };
        (sim >= PAIR_THRESHOLD).then_some(sim)
    }

    pub(super) fn links(&self) -> Vec<Link> {
        self.b_of_a
            .iter()
            .enumerate()
            .filter_map(|(i, j)| j.map(|j| (i, j)))
            .map(|(i, j)| {
                let sim = if self.pa[i].keys == self.pb[j].keys { 1.0 } else { self.similarity(i, j).unwrap_or(0.0) };
                Link { a: vec![i], b: vec![j], similarity: sim }
            })
            .collect()
    }
}

/// A tie-break key that is the same whichever side is A.
pub(super) fn symmetric_key(i: usize, j: usize, pa: &[Prepared<'_>], pb: &[Prepared<'_>]) -> (usize, usize, u64, u64) {
    let (h1, h2) = (pa[i].hash.min(pb[j].hash), pa[i].hash.max(pb[j].hash));
    (i + j, i.min(j), h1, h2)
}

/// How many words two sorted bags share.
pub(crate) fn bag_overlap(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}
