//! Sorting through one shared copy of the standard library's sort.
//!
//! Each `sort_by` with its own element or closure type compiles to its own
//! copy of the sort, about 3 kB of wasm each, and the page sorts short lists
//! in a dozen places. Here every sort orders a permutation of indices with a
//! comparator behind `dyn`: one copy for the whole program, stable, and a
//! little slower per comparison, which short lists do not notice.
//!
//! ```
//! use andamal_core::text::order;
//! let mut words = vec!["ek", "al", "björk", "al"];
//! order::sort_by(&mut words, |a, b| a.len().cmp(&b.len()));
//! assert_eq!(words, ["ek", "al", "al", "björk"]);
//! ```

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stable (equal items keep their order).
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = permutation(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    apply(items, &order);
}

/// Sorts `items` by a key computed once per item, stable.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = permutation(items.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    apply(items, &order);
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The indices `0..n` in the order `compare` gives them: the one place that
/// instantiates the standard sort.
fn permutation(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Rearranges `items` so that position `i` holds the old `items[order[i]]`.
fn apply<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| slots[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..200)) {
            let mut ours = items.clone();
            let mut std = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std);

            let mut cached = items.clone();
            sort_by_cached_key(&mut cached, |x| x.0);
            prop_assert_eq!(&cached, &std);

            let mut natural = items.clone();
            sort(&mut natural);
            let mut expected = items;
            expected.sort();
            prop_assert_eq!(natural, expected);
        }
    }
}
