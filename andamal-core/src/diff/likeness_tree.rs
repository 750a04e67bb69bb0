//! A likeness tree of the landscape's documents: average linkage (UPGMA)
//! over the likeness the landscape's order already uses (shared
//! formulations, Dice), so that a small picture shows which förbund are
//! alike and how far apart the families are.
//!
//! The landscape's order is a single-linkage chain: good for putting
//! neighbours side by side, but one long chain hides the families. Average
//! linkage joins the two most alike clusters first and rates a cluster by
//! the mean likeness of all its pairs, so a join's likeness says how alike
//! the two families are as a whole, and the joins' likenesses never rise
//! from one join to the next. Up to 100 documents: the naive cubic
//! algorithm is a million steps at most.
//!
//! ```
//! use andamal_core::diff::likeness_tree::{Part, likeness_tree};
//! // 0 and 1 nearly the same, 2 apart.
//! let likeness = vec![vec![1.0, 0.9, 0.2], vec![0.9, 1.0, 0.4], vec![0.2, 0.4, 1.0]];
//! let tree = likeness_tree(&likeness, &[0, 1, 2]);
//! assert_eq!(tree.joins[0].parts, [Part::Doc(0), Part::Doc(1)]);
//! assert!((tree.joins[1].likeness - 0.3).abs() < 1e-9);
//! assert_eq!(tree.leaves, [0, 1, 2]);
//! ```

/// One side of a join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// A document (an index into the likeness matrix).
    Doc(usize),
    /// An earlier join (an index into [`LikenessTree::joins`]).
    Join(usize),
}

/// Two clusters joined, and how alike they are (the mean likeness of every
/// pair of documents across them).
#[derive(Debug, Clone, PartialEq)]
pub struct Join {
    pub parts: [Part; 2],
    pub likeness: f64,
}

/// The tree: joins in the order they were made (the last is the root), and
/// the documents in drawing order, every join's documents adjacent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LikenessTree {
    pub joins: Vec<Join>,
    pub leaves: Vec<usize>,
}

/// The average-linkage tree of `docs` (indices into `likeness`, a symmetric
/// matrix of values in 0..=1), given in the order they should be drawn in
/// where the tree leaves a choice (the landscape's chain order): within a
/// join, the part holding the earlier document comes first. Ties between
/// equally alike pairs are broken the same way.
#[must_use]
pub fn likeness_tree(likeness: &[Vec<f64>], docs: &[usize]) -> LikenessTree {
    // Clusters by position in `docs`: their part, size, first position.
    let mut clusters: Vec<Option<(Part, usize, usize)>> =
        docs.iter().enumerate().map(|(k, &d)| Some((Part::Doc(d), 1, k))).collect();
    let mut sim: Vec<Vec<f64>> = docs.iter().map(|&i| docs.iter().map(|&j| likeness[i][j]).collect()).collect();
    let mut joins = Vec::new();
    loop {
        let alive: Vec<usize> = (0..clusters.len()).filter(|&k| clusters[k].is_some()).collect();
        let mut best: Option<(f64, usize, usize)> = None;
        for (n, &x) in alive.iter().enumerate() {
            for &y in &alive[n + 1..] {
                if best.is_none_or(|(s, _, _)| sim[x][y] > s) {
                    best = Some((sim[x][y], x, y));
                }
            }
        }
        let Some((s, x, y)) = best else { break };
        let (Some((px, nx, fx)), Some((py, ny, fy))) = (clusters[x], clusters[y]) else { break };
        let parts = if fx <= fy { [px, py] } else { [py, px] };
        joins.push(Join { parts, likeness: s });
        // Lance–Williams for average linkage: the mean over all pairs.
        for &z in &alive {
            if z != x && z != y {
                let merged = (sim[x][z] * nx as f64 + sim[y][z] * ny as f64) / (nx + ny) as f64;
                sim[x][z] = merged;
                sim[z][x] = merged;
            }
        }
        clusters[x] = Some((Part::Join(joins.len() - 1), nx + ny, fx.min(fy)));
        clusters[y] = None;
    }
    let mut leaves = Vec::with_capacity(docs.len());
    if let Some(root) = clusters.iter().flatten().next() {
        collect(&joins, root.0, &mut leaves);
    }
    LikenessTree { joins, leaves }
}

fn collect(joins: &[Join], part: Part, out: &mut Vec<usize>) {
    match part {
        Part::Doc(d) => out.push(d),
        Part::Join(j) => {
            for p in joins[j].parts {
                collect(joins, p, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Folds;
    use crate::diff::landscape::landscape;

    #[test]
    fn no_documents_one_document() {
        assert_eq!(likeness_tree(&[], &[]), LikenessTree::default());
        let one = likeness_tree(&[vec![1.0]], &[0]);
        assert_eq!((one.joins.len(), one.leaves), (0, vec![0]));
    }

    #[test]
    fn two_families_join_inside_first_and_at_their_mean_last() {
        // {0, 2} and {1, 3} are families; across them 0.1 to 0.3.
        let m = vec![
            vec![1.0, 0.1, 0.8, 0.2],
            vec![0.1, 1.0, 0.3, 0.9],
            vec![0.8, 0.3, 1.0, 0.1],
            vec![0.2, 0.9, 0.1, 1.0],
        ];
        let t = likeness_tree(&m, &[0, 2, 1, 3]);
        assert_eq!(t.joins[0], Join { parts: [Part::Doc(1), Part::Doc(3)], likeness: 0.9 });
        assert_eq!(t.joins[1], Join { parts: [Part::Doc(0), Part::Doc(2)], likeness: 0.8 });
        assert_eq!(t.joins[2].parts, [Part::Join(1), Part::Join(0)]);
        // The mean of the four pairs across: (0.1 + 0.2 + 0.3 + 0.1) / 4.
        assert!((t.joins[2].likeness - 0.175).abs() < 1e-12, "{}", t.joins[2].likeness);
        assert_eq!(t.leaves, [0, 2, 1, 3]);
    }

    #[test]
    fn the_landscapes_family_gives_a_tree_over_every_found_document() {
        let texts = crate::synth::landscape(7, 12, 4_000);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let l = landscape(&refs, Folds::default()).unwrap();
        let found: Vec<usize> = l.order.iter().copied().filter(|&i| l.documents[i].found).collect();
        assert!(found.len() > 2);
        let t = likeness_tree(&l.likeness, &found);
        assert_eq!(t.joins.len(), found.len() - 1);
        let mut leaves = t.leaves.clone();
        leaves.sort_unstable();
        let mut expected = found.clone();
        expected.sort_unstable();
        assert_eq!(leaves, expected, "every found document once");
        // Average linkage never joins more alike clusters later.
        assert!(t.joins.windows(2).all(|w| w[0].likeness >= w[1].likeness - 1e-12));
        // The first join is the most alike pair.
        let mut best = 0.0_f64;
        for &i in &found {
            for &j in found.iter().filter(|&&j| j != i) {
                best = best.max(l.likeness[i][j]);
            }
        }
        assert!((t.joins[0].likeness - best).abs() < 1e-12);
    }
}
