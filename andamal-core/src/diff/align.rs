//! Sentence alignment of two ändamål sections: which sentence became which.
//!
//! Identical sentences are matched first by hashing their folded tokens; the
//! in-order ones (a longest increasing subsequence) become anchors, and only
//! the sentences between two anchors are scored against each other, so whole
//! documents stay fast. Left-over sentences are then compared across gaps to
//! find moves. A pair out of order relative to the others is *moved* (one
//! move, not a delete plus an insert). Adjacent sentences that together match
//! one sentence on the other side are a split or a merge. Every tie is broken
//! by a key that does not depend on which side is A, so swapping the texts
//! mirrors the result.
//!
//! ```
//! use andamal_core::{Folds, Span, diff::align::{align, PairKind}};
//! let a = "Förbundet ska stödja samverkan. Det gäller alla.";
//! let b = "Det gäller alla. Förbundet ska stödja samverkan mellan parterna.";
//! let al = align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None);
//! let kinds: Vec<PairKind> = al.pairs.iter().map(|p| p.kind).collect();
//! assert_eq!(kinds, [PairKind::Equal, PairKind::Moved]);
//! ```

use std::borrow::Cow;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHasher};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::diff::lcs::Pattern;
use crate::diff::word_diff::{KeyTable, Keyed, WordDiff, WordOp, dice, diff_keyed};
use crate::statute::address::Address;
use crate::statute::structure::Document;
use crate::text::normalize::Normalized;
use crate::text::token::{Token, TokenKind, tokenize};
use crate::{Folds, Span};

/// Two sentences this similar (or more) may be paired.
pub const PAIR_THRESHOLD: f64 = 0.45;

/// What happened to a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PairKind {
    Equal,
    Changed,
    Moved,
    Added,
    Removed,
}

impl PairKind {
    /// The kind seen from the other side (A and B swapped).
    #[must_use]
    pub fn mirrored(self) -> PairKind {
        match self {
            PairKind::Added => PairKind::Removed,
            PairKind::Removed => PairKind::Added,
            other => other,
        }
    }
}

/// One sentence of a compared section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clause {
    pub span: Span,
    pub address: Address,
}

/// One row of the alignment: sentences of A and of B that correspond.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub kind: PairKind,
    /// Indices into [`Alignment::a`]; two for a merge, none when added.
    pub a: Vec<usize>,
    /// Indices into [`Alignment::b`]; two for a split, none when removed.
    pub b: Vec<usize>,
    pub similarity: f64,
    /// The word diff; `None` for added and removed sentences.
    pub diff: Option<WordDiff>,
}

/// The alignment of two sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    pub a: Vec<Clause>,
    pub b: Vec<Clause>,
    /// In B's reading order; a removed sentence right after the pair holding
    /// the nearest earlier A sentence that did not move.
    pub pairs: Vec<Pair>,
    /// The similarity of the whole sections (same formula as for a pair).
    pub similarity: f64,
    /// A word diff hit its deadline.
    pub timed_out: bool,
}

impl Alignment {
    /// Counts pairs of a kind.
    #[must_use]
    pub fn count(&self, kind: PairKind) -> usize {
        self.pairs.iter().filter(|p| p.kind == kind).count()
    }
}

/// The sentences of `span`, addressed within section `number`.
///
/// With the document the finder already parsed, its sentences are reused when
/// they cover the span exactly (the usual case: a found section); any other
/// range (marked by hand) is parsed on its own.
#[must_use]
pub fn clauses(text: &str, span: Span, number: Option<&str>, ocr: bool) -> Vec<Clause> {
    clauses_in(None, text, span, number, ocr)
}

/// [`clauses`], reusing `document` (parsed from the whole `text`) when it fits.
#[must_use]
pub fn clauses_in(document: Option<&Document>, text: &str, span: Span, number: Option<&str>, ocr: bool) -> Vec<Clause> {
    if let Some(doc) = document {
        let mut out = Vec::new();
        for section in &doc.sections {
            if section.body.end <= span.start || section.body.start >= span.end {
                continue;
            }
            for (k, st) in section.stycken.iter().filter(|st| span.contains(st.span)).enumerate() {
                for (m, s) in st.sentences.iter().enumerate() {
                    let address = Address { section: number.map(str::to_owned), stycke: k + 1, mening: m + 1 };
                    out.push(Clause { span: *s, address });
                }
            }
        }
        let trimmed = span.trim(text);
        if out.first().is_some_and(|c| c.span.start == trimmed.start)
            && out.last().is_some_and(|c| c.span.end == trimmed.end)
        {
            return out;
        }
    }
    let slice = span.slice(text);
    let doc = Document::parse(slice, ocr);
    let mut out = Vec::new();
    let mut stycke = 0;
    for section in &doc.sections {
        for st in &section.stycken {
            stycke += 1;
            for (m, s) in st.sentences.iter().enumerate() {
                out.push(Clause {
                    span: Span::new(s.start + span.start, s.end + span.start),
                    address: Address { section: number.map(str::to_owned), stycke, mening: m + 1 },
                });
            }
        }
    }
    out
}

/// One side's tokens and their interned keys, held once for all its
/// sentences (each borrows its range) instead of a few vectors per sentence.
struct SideTokens {
    norm: Normalized,
    tokens: Vec<Token>,
    keys: Vec<u32>,
    /// Per sentence: its range of `tokens` and the hash of its folded text.
    sentences: Vec<(Range<usize>, u64)>,
}

impl SideTokens {
    /// Normalises and tokenises the range the clauses cover once, then hands
    /// each sentence its tokens (no token crosses a sentence boundary: white
    /// space separates them; tokens outside every sentence are dropped).
    fn read(text: &str, clauses: &[Clause], folds: Folds, table: &mut KeyTable) -> SideTokens {
        let norm = match (clauses.first(), clauses.last()) {
            (Some(first), Some(last)) => Normalized::of_range(text, Span::new(first.span.start, last.span.end), &[]),
            _ => Normalized::default(),
        };
        let mut tokens = tokenize(&norm);
        let mut keys = Vec::with_capacity(tokens.len());
        let mut sentences = Vec::with_capacity(clauses.len());
        let (mut read, mut kept) = (0, 0);
        for c in clauses {
            let start = kept;
            // Hash the folded text, not the interned ids: ids depend on which
            // side was read first, and tie-breaks must not.
            let mut h = FxHasher::default();
            while let Some(&t) = tokens.get(read).filter(|t| t.span.start < c.span.end) {
                read += 1;
                if t.span.start >= c.span.start {
                    let key = folds.key(t.norm.slice(norm.text()));
                    key.hash(&mut h);
                    keys.push(table.id_of_key(&key));
                    tokens[kept] = t;
                    kept += 1;
                }
            }
            sentences.push((start..kept, h.finish()));
        }
        tokens.truncate(kept);
        SideTokens { norm, tokens, keys, sentences }
    }

    fn prepare(&self) -> Vec<Prepared<'_>> {
        self.sentences
            .iter()
            .map(|(range, hash)| {
                let keys = &self.keys[range.clone()];
                let mut bag = keys.to_vec();
                bag.sort_unstable();
                let pattern = Pattern::from_sorted(keys, bag.clone());
                let tokens = &self.tokens[range.clone()];
                Prepared { norm: self.norm.text(), tokens, keys, bag, words: keys.len(), pattern, hash: *hash }
            })
            .collect()
    }
}

/// A sentence prepared for comparison.
struct Prepared<'s> {
    /// The side's normalised text, which the tokens index.
    norm: &'s str,
    tokens: &'s [Token],
    keys: &'s [u32],
    /// Sorted word keys, for a cheap upper bound of the similarity.
    bag: Vec<u32>,
    /// Tokens, as the similarity counts them.
    words: usize,
    /// For fast LCS lengths against other sentences.
    pattern: Pattern,
    hash: u64,
}

impl Prepared<'_> {
    fn keyed(&self) -> Keyed<'_> {
        Keyed { norm: self.norm, tokens: self.tokens, keys: self.keys }
    }
}

/// Aligns the sentences of `a[span_a]` and `b[span_b]`.
#[must_use]
pub fn align(a: &str, span_a: Span, b: &str, span_b: Span, folds: Folds, deadline: Option<Duration>) -> Alignment {
    align_numbered(a, span_a, None, b, span_b, None, folds, deadline)
}

/// [`align`], with the section numbers the clause addresses use.
#[allow(clippy::too_many_arguments)]
#[must_use]
pub fn align_numbered(
    a: &str,
    span_a: Span,
    number_a: Option<&str>,
    b: &str,
    span_b: Span,
    number_b: Option<&str>,
    folds: Folds,
    deadline: Option<Duration>,
) -> Alignment {
    align_sides(
        Side { text: a, span: span_a, number: number_a, document: None },
        Side { text: b, span: span_b, number: number_b, document: None },
        folds,
        deadline,
    )
}

/// One side of a comparison: the text, the compared range, its section
/// number, and the document the finder parsed (reused when it fits).
#[derive(Debug, Clone, Copy)]
pub struct Side<'t> {
    pub text: &'t str,
    pub span: Span,
    pub number: Option<&'t str>,
    pub document: Option<&'t Document>,
}

/// Aligns two sides.
#[must_use]
pub fn align_sides(a: Side<'_>, b: Side<'_>, folds: Folds, deadline: Option<Duration>) -> Alignment {
    let ca = clauses_in(a.document, a.text, a.span, a.number, folds.ocr);
    let cb = clauses_in(b.document, b.text, b.span, b.number, folds.ocr);
    let (a, b) = (a.text, b.text);
    let mut table = KeyTable::default();
    let ta = SideTokens::read(a, &ca, folds, &mut table);
    let tb = SideTokens::read(b, &cb, folds, &mut table);
    let (pa, pb) = (ta.prepare(), tb.prepare());
    let mut matcher =
        Matcher { pa: &pa, pb: &pb, folds, deadline, a_of_b: vec![None; pb.len()], b_of_a: vec![None; pa.len()] };
    matcher.match_identical();
    matcher.match_gaps();
    matcher.match_leftovers();
    let links = matcher.links();
    let links = attach_splits(&pa, &pb, links, &matcher, folds, deadline);
    build(ca, cb, &pa, &pb, links, folds, deadline)
}

/// A provisional one-to-one (or split/merge) correspondence.
#[derive(Debug, Clone)]
struct Link {
    a: Vec<usize>,
    b: Vec<usize>,
    similarity: f64,
}

struct Matcher<'p> {
    pa: &'p [Prepared<'p>],
    pb: &'p [Prepared<'p>],
    folds: Folds,
    deadline: Option<Duration>,
    a_of_b: Vec<Option<usize>>,
    b_of_a: Vec<Option<usize>>,
}

impl Matcher<'_> {
    fn link(&mut self, i: usize, j: usize) {
        self.b_of_a[i] = Some(j);
        self.a_of_b[j] = Some(i);
    }

    /// Identical sentences, paired in reading order when repeated.
    fn match_identical(&mut self) {
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
    fn match_gaps(&mut self) {
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
    fn match_leftovers(&mut self) {
        const MAX_CELLS: usize = 40_000;
        let ai: Vec<usize> = (0..self.pa.len()).filter(|&i| self.b_of_a[i].is_none()).collect();
        let bj: Vec<usize> = (0..self.pb.len()).filter(|&j| self.a_of_b[j].is_none()).collect();
        if ai.len() * bj.len() <= MAX_CELLS {
            self.pair_greedily(&ai, &bj);
        }
    }

    fn pair_greedily(&mut self, ai: &[usize], bj: &[usize]) {
        let mut candidates = Vec::new();
        for &i in ai {
            for &j in bj {
                if let Some(sim) = self.similarity(i, j) {
                    candidates.push((sim, i, j));
                }
            }
        }
        candidates.sort_by(|x, y| {
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
    fn similarity(&self, i: usize, j: usize) -> Option<f64> {
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

    fn links(&self) -> Vec<Link> {
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
fn symmetric_key(i: usize, j: usize, pa: &[Prepared<'_>], pb: &[Prepared<'_>]) -> (usize, usize, u64, u64) {
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

/// Indices (into `pairs`) of the longest chain increasing on both sides,
/// preferring higher total weight, then a side-independent key.
fn longest_chain(pairs: &[(usize, usize)], weight: &[f64], pa: &[Prepared<'_>], pb: &[Prepared<'_>]) -> Vec<usize> {
    let n = pairs.len();
    if n == 0 {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&k| pairs[k]);
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

/// Joins an unpaired neighbour into a pair when together they match better:
/// one sentence split in two, or two merged into one.
fn attach_splits(
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

/// The tokens and keys of one or two sentences; borrowed when there is one
/// (the usual case), joined only for a split or merge.
fn concat<'p>(p: &'p [Prepared<'_>], idx: &[usize]) -> (Cow<'p, [Token]>, Cow<'p, [u32]>) {
    if let [i] = idx {
        return (Cow::Borrowed(p[*i].tokens), Cow::Borrowed(p[*i].keys));
    }
    (
        Cow::Owned(idx.iter().flat_map(|&i| p[i].tokens.iter().copied()).collect()),
        Cow::Owned(idx.iter().flat_map(|&i| p[i].keys.iter().copied()).collect()),
    )
}

fn build(
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
    rows.sort_by_key(|(_, pos)| *pos);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(a: &str, b: &str) -> Vec<PairKind> {
        align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None)
            .pairs
            .iter()
            .map(|p| p.kind)
            .collect()
    }

    #[test]
    fn added_and_removed() {
        assert_eq!(kinds("Ett två tre. Fyra fem sex.", "Ett två tre."), [PairKind::Equal, PairKind::Removed]);
        assert_eq!(kinds("Ett två tre.", "Ny mening här. Ett två tre."), [PairKind::Added, PairKind::Equal]);
    }

    #[test]
    fn unrelated_texts_pair_nothing() {
        let k = kinds("Förbundet ska stödja samverkan.", "Kommunen bygger vägar i staden.");
        // A removed sentence with no earlier anchor comes first.
        assert_eq!(k, [PairKind::Removed, PairKind::Added]);
    }

    #[test]
    fn split_sentence() {
        let a = "Förbundet ska stödja samverkan mellan parterna och finansiera insatser för individer.";
        let b = "Förbundet ska stödja samverkan mellan parterna. Det ska finansiera insatser för individer.";
        let al = align(a, Span::new(0, a.len()), b, Span::new(0, b.len()), Folds::default(), None);
        assert_eq!(al.pairs.len(), 1);
        assert_eq!(al.pairs[0].b.len(), 2);
        assert_eq!(al.pairs[0].kind, PairKind::Changed);
    }
}
