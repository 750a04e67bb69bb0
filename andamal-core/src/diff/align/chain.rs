//! Chaining: the longest run of pairs in the same order on both sides. The
//! identical sentences on it are the anchors the matcher works between; the
//! pairs off it are *moved*. Ties go to the heavier chain, then to a key that
//! does not depend on which side is A.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use crate::diff::align::intern::Prepared;
use crate::diff::align::matching::symmetric_key;

/// Indices (into `pairs`) of the longest chain increasing on both sides,
/// preferring higher total weight, then a side-independent key.
pub(super) fn longest_chain(
    pairs: &[(usize, usize)],
    weight: &[f64],
    pa: &[Prepared<'_>],
    pb: &[Prepared<'_>],
) -> Vec<usize> {
    let n = pairs.len();
    if n == 0 {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..n).collect();
    crate::text::order::sort_by(&mut order, |&x, &y| pairs[x].cmp(&pairs[y]));
    if n > 3000 {
        // Patience LIS on B indices (A already sorted): O(n log n).
        let mut tails: Vec<usize> = Vec::new();
        let mut prev = vec![usize::MAX; n];
        for (pos, &k) in order.iter().enumerate() {
            let bj = pairs[k].1;
            let at = tails.partition_point(|&t| pairs[order[t]].1 < bj);
            if at > 0 {
                prev[pos] = tails[at - 1];
            }
            if at == tails.len() {
                tails.push(pos);
            } else {
                tails[at] = pos;
            }
        }
        let mut chain = Vec::new();
        let mut cur = tails.last().copied();
        while let Some(p) = cur {
            chain.push(order[p]);
            cur = (prev[p] != usize::MAX).then(|| prev[p]);
        }
        chain.reverse();
        return chain;
    }
    // (length, weight, key) best chain ending at each pair.
    // Equal weights would leave the choice to the iteration order, which
    // depends on which side is A; a tiny side-independent jitter breaks ties.
    let jitter = |k: usize| {
        let mut h = FxHasher::default();
        symmetric_key(pairs[k].0, pairs[k].1, pa, pb).hash(&mut h);
        #[allow(clippy::cast_precision_loss)]
        let unit = (h.finish() >> 11) as f64 / (1u64 << 53) as f64;
        weight[k] + unit * 1e-9
    };
    // In sorted order, so the quadratic loop reads one array front to back.
    let sorted: Vec<((usize, usize), f64)> = order.iter().map(|&k| (pairs[k], jitter(k))).collect();
    let mut best: Vec<(usize, f64)> = vec![(1, 0.0); n];
    let mut prev = vec![usize::MAX; n];
    for (x, &((ax, bx), wx)) in sorted.iter().enumerate() {
        let mut here = (1, wx);
        for (y, &((ay, by), _)) in sorted[..x].iter().enumerate() {
            if ay < ax && by < bx {
                let cand = (best[y].0 + 1, best[y].1 + wx);
                if cand.0 > here.0 || (cand.0 == here.0 && cand.1 > here.1) {
                    here = cand;
                    prev[x] = y;
                }
            }
        }
        best[x] = here;
    }
    let mut end = 0;
    for x in 1..n {
        let better = best[x].0 > best[end].0 || (best[x].0 == best[end].0 && best[x].1 > best[end].1);
        if better {
            end = x;
        }
    }
    let mut chain = Vec::new();
    let mut cur = Some(end);
    while let Some(x) = cur {
        chain.push(order[x]);
        cur = (prev[x] != usize::MAX).then(|| prev[x]);
    }
    chain.reverse();
    chain
}
