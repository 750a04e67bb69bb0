//! Splits and merges: a pair takes in an unpaired neighbouring sentence when
//! the two together match the other side's sentence clearly better (one
//! sentence split in two, or two merged into one).

use std::time::Duration;

use crate::Folds;
use crate::diff::align::intern::Prepared;
use crate::diff::align::matching::{Link, Matcher};
use crate::diff::word_diff::{Keyed, diff_keyed};
use crate::text::token::Token;

/// Joins an unpaired neighbour into a pair when together they match better:
/// one sentence split in two, or two merged into one.
pub(super) fn attach_splits(
    pa: &[Prepared<'_>],
    pb: &[Prepared<'_>],
    mut links: Vec<Link>,
    m: &Matcher<'_>,
    folds: Folds,
    deadline: Option<Duration>,
) -> Vec<Link> {
    let mut a_free: Vec<bool> = m.b_of_a.iter().map(Option::is_none).collect();
    let mut b_free: Vec<bool> = m.a_of_b.iter().map(Option::is_none).collect();
    for link in &mut links {
        if link.similarity >= 1.0 {
            continue;
        }
        let (i, j) = (link.a[0], link.b[0]);
        // B split: b[j] and a free neighbour together match a[i].
        for nb in [j.wrapping_sub(1), j + 1] {
            if nb < pb.len() && b_free[nb] && link.b.len() == 1 && link.a.len() == 1 {
                let (first, second) = if nb < j { (nb, j) } else { (j, nb) };
                let sim = joined_similarity(&pa[i..=i], &[&pb[first], &pb[second]], folds, deadline, false);
                if sim > link.similarity + 0.1 {
                    link.b = vec![first, second];
                    link.similarity = sim;
                    b_free[nb] = false;
                }
            }
        }
        for na in [i.wrapping_sub(1), i + 1] {
            if na < pa.len() && a_free[na] && link.a.len() == 1 && link.b.len() == 1 {
                let (first, second) = if na < i { (na, i) } else { (i, na) };
                let sim = joined_similarity(&pb[j..=j], &[&pa[first], &pa[second]], folds, deadline, true);
                if sim > link.similarity + 0.1 {
                    link.a = vec![first, second];
                    link.similarity = sim;
                    a_free[na] = false;
                }
            }
        }
    }
    links
}

fn joined_similarity(
    one: &[Prepared<'_>],
    two: &[&Prepared<'_>; 2],
    folds: Folds,
    deadline: Option<Duration>,
    two_is_a: bool,
) -> f64 {
    let tokens: Vec<Token> = two.iter().flat_map(|p| p.tokens.iter().copied()).collect();
    let keys: Vec<u32> = two.iter().flat_map(|p| p.keys.iter().copied()).collect();
    let joined = Keyed { norm: two[0].norm, tokens: &tokens, keys: &keys };
    let single = one[0].keyed();
    if two_is_a {
        diff_keyed(joined, single, folds, deadline).similarity
    } else {
        diff_keyed(single, joined, folds, deadline).similarity
    }
}
