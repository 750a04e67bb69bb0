//! The rows of an alignment: each link's word diff and kind (equal, changed,
//! moved: off the longest in-order chain), added sentences, and removed ones
//! placed right after the pair holding the nearest earlier unmoved A sentence,
//! all in B's reading order.

use std::time::Duration;

use crate::Folds;
use crate::diff::align::chain::longest_chain;
use crate::diff::align::intern::{Prepared, concat};
use crate::diff::align::matching::Link;
use crate::diff::align::{Alignment, Clause, Pair, PairKind};
use crate::diff::word_diff::{Keyed, WordOp, dice, diff_keyed};

/// The alignment of the clauses `ca` and `cb` from their links.
pub(super) fn build(
    ca: Vec<Clause>,
    cb: Vec<Clause>,
    pa: &[Prepared<'_>],
    pb: &[Prepared<'_>],
    links: Vec<Link>,
    folds: Folds,
    deadline: Option<Duration>,
) -> Alignment {
    let firsts: Vec<(usize, usize)> = links.iter().map(|l| (l.a[0], l.b[0])).collect();
    let weights: Vec<f64> = links.iter().map(|l| l.similarity).collect();
    let in_order = longest_chain(&firsts, &weights, pa, pb);
    let mut moved = vec![true; links.len()];
    for k in in_order {
        moved[k] = false;
    }
    let mut timed_out = false;
    let (mut matched, mut words_a, mut words_b) = (0, 0, 0);
    let mut rows: Vec<(Pair, usize)> = Vec::new(); // (pair, B position)
    let mut a_used = vec![false; pa.len()];
    let mut a_row: Vec<Option<(usize, bool)>> = vec![None; pa.len()]; // A index -> (B position, moved)
    for (k, link) in links.into_iter().enumerate() {
        let (ta, ka) = concat(pa, &link.a);
        let (tb, kb) = concat(pb, &link.b);
        let diff = diff_keyed(
            Keyed { norm: pa[link.a[0]].norm, tokens: &ta, keys: &ka },
            Keyed { norm: pb[link.b[0]].norm, tokens: &tb, keys: &kb },
            folds,
            deadline,
        );
        timed_out |= diff.timed_out;
        matched += diff.words.0;
        words_a += diff.words.1;
        words_b += diff.words.2;
        // Equal: the same folded tokens, or (under the OCR fold) a diff with no
        // change in it.
        let exact = link.a.len() == 1
            && link.b.len() == 1
            && (pa[link.a[0]].keys == pb[link.b[0]].keys || diff.ops.iter().all(|o| o.op == WordOp::Equal));
        let kind = if moved[k] {
            PairKind::Moved
        } else if exact {
            PairKind::Equal
        } else {
            PairKind::Changed
        };
        let similarity = if exact { 1.0 } else { diff.similarity };
        for &i in &link.a {
            a_used[i] = true;
            a_row[i] = Some((link.b[0], moved[k]));
        }
        let pos = link.b[0];
        rows.push((Pair { kind, a: link.a, b: link.b, similarity, diff: Some(diff) }, pos));
    }
    for (j, q) in pb.iter().enumerate() {
        if !rows.iter().any(|(p, _)| p.b.contains(&j)) {
            words_b += q.words;
            rows.push((Pair { kind: PairKind::Added, a: Vec::new(), b: vec![j], similarity: 0.0, diff: None }, j));
        }
    }
    crate::text::order::sort_by(&mut rows, |x, y| x.1.cmp(&y.1));
    let mut pairs: Vec<Pair> = Vec::with_capacity(rows.len() + pa.len());
    // Removed sentences go right after the pair holding the nearest earlier,
    // unmoved A sentence.
    let mut removed_after: Vec<(Option<usize>, usize)> = Vec::new(); // (B position of anchor, A index)
    for (i, p) in pa.iter().enumerate() {
        if a_used[i] {
            continue;
        }
        words_a += p.words;
        let anchor = (0..i).rev().find_map(|k| a_row[k].filter(|(_, moved)| !moved).map(|(pos, _)| pos));
        removed_after.push((anchor, i));
    }
    let removed_pair =
        |i: usize| Pair { kind: PairKind::Removed, a: vec![i], b: Vec::new(), similarity: 0.0, diff: None };
    for &(anchor, i) in &removed_after {
        if anchor.is_none() {
            pairs.push(removed_pair(i));
        }
    }
    for (pair, pos) in rows {
        let holds_anchor = pair.kind != PairKind::Added;
        pairs.push(pair);
        if holds_anchor {
            for &(anchor, i) in &removed_after {
                if anchor == Some(pos) {
                    pairs.push(removed_pair(i));
                }
            }
        }
    }
    Alignment { a: ca, b: cb, pairs, similarity: dice((matched, words_a, words_b)), timed_out }
}
