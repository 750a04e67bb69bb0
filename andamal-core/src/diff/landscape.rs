//! The landscape: the ändamål clauses of many förbund at once, their
//! sentences grouped into formulations.
//!
//! The national network compares dozens of förbund: which sentences are the
//! common template, who added one of their own, how a wording travelled from
//! one förbund to the next. Each document's ändamål is found with
//! [`crate::statute::finder::find`] (a document where nothing is found contributes no
//! sentences; its whole text is *not* used) and split into sentences as the
//! pair view splits them. Sentences with the same folded tokens are one
//! *wording*; wordings whose word-level similarity (2 × the longest common
//! subsequence of tokens ÷ all tokens, as [`crate::diff::word_diff`] counts it) is
//! at least [`GROUP_SIMILARITY`] to a more common wording join its group.
//! Groups are built most common wording first, each one taking every
//! ungrouped wording near enough to it, so a group's most common wording is
//! its centre and every member is near that centre (no chains of small
//! steps). A sentence only one document has is a group of its own.
//!
//! Comparing every sentence with every other would be quadratic in the
//! corpus; instead each wording is indexed by its rarest tokens (prefix
//! filtering: two token bags that are at least that similar must share one of
//! their rarest few), and only wordings sharing one are compared, first by
//! their bags, then by LCS length ([`crate::diff::lcs`]). Folds act through the
//! tokens' keys; the OCR fold's extra tolerance (one edit in a long word)
//! shows in the members' word diffs but does not widen the groups.
//!
//! Documents are ordered so that the most alike sit together: likeness is
//! the share of groups two documents have in common, and the order is a
//! single-linkage chain (the most alike pairs joined first, each join
//! placing the two nearest ends side by side).
//!
//! ```
//! use andamal_core::{Folds, diff::landscape::landscape};
//! let a = "4 § Ändamål\nFörbundets ändamål är att svara för finansiell samordning. Det gäller Motala.";
//! let b = "4 § Ändamål\nFörbundets ändamål är att svara för finansiell samordning. Det gäller Mjölby.";
//! let c = "4 § Ändamål\nFörbundets ändamål är att svara för samordning. Styrelsen beslutar om insatser.";
//! let l = landscape(&[a, b, c], Folds::default()).unwrap();
//! // The defining sentence (c's nearly), "Det gäller …" (nearly), c's own.
//! let sizes: Vec<usize> = l.groups.iter().map(|g| g.members.len()).collect();
//! assert_eq!(sizes, [3, 2, 1]);
//! assert_eq!(l.order, [0, 1, 2]);
//! ```

use std::time::Duration;

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};
use serde::{Deserialize, Serialize};

use crate::diff::align::{bag_overlap, clauses_in};
use crate::diff::lcs::Pattern;
use crate::diff::word_diff::{KeyTable, Keyed, WordDiff, WordOp, dice, diff_keyed};
use crate::statute::finder::find;
use crate::statute::selection::Choice;
use crate::text::normalize::Normalized;
use crate::text::order;
use crate::text::token::{Token, TokenKind, tokenize};
use crate::{Folds, Span};

/// At most this many documents in one landscape.
pub const MAX_DOCUMENTS: usize = 100;
/// Sentences at least this similar to a group's wording belong to it.
pub const GROUP_SIMILARITY: f64 = 0.7;
/// A member's word diff against its group's wording stops after this long.
const DIFF_DEADLINE: Duration = Duration::from_millis(50);

/// Why a landscape was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LandscapeError {
    /// More than [`MAX_DOCUMENTS`] documents.
    TooMany { given: usize },
}

/// One document of the landscape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Whether the finder found an ändamål clause.
    pub found: bool,
    /// The clause (empty at 0 when not found).
    pub span: Span,
    /// Its sentences, in reading order.
    pub sentences: Vec<Span>,
}

/// One sentence of one document in a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// Index into [`Landscape::documents`].
    pub doc: usize,
    pub span: Span,
    /// The word diff from the group's wording (A) to this sentence (B):
    /// A spans are in the wording's document, B spans in this one's.
    pub diff: WordDiff,
}

/// A formulation: the sentences that say (nearly) the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    /// The members; the first is the most common wording, the rest in
    /// document order.
    pub members: Vec<Member>,
    /// How many distinct documents use it.
    pub documents: usize,
}

impl Group {
    /// The most common wording.
    #[must_use]
    pub fn wording(&self) -> &Member {
        &self.members[0]
    }

    /// Whether every member says exactly the group's wording (under the folds).
    #[must_use]
    pub fn unanimous(&self) -> bool {
        self.members.iter().all(|m| m.diff.ops.iter().all(|o| o.op == WordOp::Equal))
    }
}

/// The grouped sentences of many documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Landscape {
    pub documents: Vec<Document>,
    /// Most widely used first; then in the reading order of the first
    /// document that has them.
    pub groups: Vec<Group>,
    /// Document indices, the most alike adjacent; documents without a found
    /// clause last.
    pub order: Vec<usize>,
    /// `likeness[i][j]`: 2 × groups shared ÷ (groups of i + groups of j).
    pub likeness: Vec<Vec<f64>>,
}

/// One document's tokens, for the diffs.
struct Tokens {
    norm: Normalized,
    tokens: Vec<Token>,
    keys: Vec<u32>,
}

/// One sentence: where it is and its tokens.
struct Sentence {
    doc: usize,
    span: Span,
    /// Range into its document's `tokens`/`keys`.
    range: std::ops::Range<usize>,
    /// Of its folded tokens.
    hash: u64,
}

/// Distinct sentences by their folded tokens.
struct Wording {
    keys: Vec<u32>,
    /// Indices into the sentences, in document order.
    sentences: Vec<usize>,
    documents: usize,
    has_word: bool,
    hash: u64,
}

/// Groups the sentences of the ändamål clauses of `texts`.
///
/// # Errors
/// [`LandscapeError::TooMany`] past [`MAX_DOCUMENTS`].
pub fn landscape(texts: &[&str], folds: Folds) -> Result<Landscape, LandscapeError> {
    landscape_with(texts, &[], folds)
}

/// [`landscape`], with the clause of some documents chosen by the user as the
/// pair view chooses it (`choices[i]` for `texts[i]`; missing ones are
/// [`Choice::Auto`]): another of the finder's candidates, or a marked range.
/// A choice that no longer fits its text falls back to the finder's.
///
/// # Errors
/// [`LandscapeError::TooMany`] past [`MAX_DOCUMENTS`].
pub fn landscape_with(texts: &[&str], choices: &[Choice], folds: Folds) -> Result<Landscape, LandscapeError> {
    if texts.len() > MAX_DOCUMENTS {
        return Err(LandscapeError::TooMany { given: texts.len() });
    }
    let mut table = KeyTable::default();
    let mut documents = Vec::with_capacity(texts.len());
    let mut tokens = Vec::with_capacity(texts.len());
    let mut sentences = Vec::new();
    for (doc, text) in texts.iter().enumerate() {
        let choice = choices.get(doc).copied().unwrap_or_default();
        let (document, toks) = read(doc, text, choice, folds, &mut table, &mut sentences);
        documents.push(document);
        tokens.push(toks);
    }
    let wordings = wordings(&sentences, &tokens);
    let clusters = cluster(&wordings);
    let groups = build_groups(&clusters, &wordings, &sentences, &tokens, folds);
    let likeness = likeness(&groups, &documents);
    let order = order(&likeness, &documents);
    Ok(Landscape { documents, groups, order, likeness })
}

/// Finds one document's clause and tokenises its sentences.
fn read(
    doc: usize,
    text: &str,
    choice: Choice,
    folds: Folds,
    table: &mut KeyTable,
    sentences: &mut Vec<Sentence>,
) -> (Document, Tokens) {
    let finding = find(text, folds);
    let fits = |s: Span| {
        s.start < s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    let picked = match choice {
        Choice::Auto => None,
        Choice::Candidate(start) => {
            finding.candidates.iter().find(|c| c.start == start).map(|c| Span::new(c.start, c.end))
        }
        Choice::Manual(span) => Some(span).filter(|&s| fits(s)),
    };
    let Some(span) = picked.or_else(|| finding.chosen().map(|c| c.span())) else {
        let empty = Tokens { norm: Normalized::default(), tokens: Vec::new(), keys: Vec::new() };
        return (Document { found: false, span: Span::new(0, 0), sentences: Vec::new() }, empty);
    };
    let clauses = clauses_in(Some(&finding.document), text, span, None, folds.ocr);
    let spans: Vec<Span> = clauses.iter().map(|c| c.span).collect();
    let norm = match (spans.first(), spans.last()) {
        (Some(first), Some(last)) => Normalized::of_range(text, Span::new(first.start, last.end), &[]),
        _ => Normalized::default(),
    };
    let all = tokenize(&norm);
    let mut kept = Vec::with_capacity(all.len());
    let mut keys = Vec::with_capacity(all.len());
    let mut k = 0;
    for s in &spans {
        while all.get(k).is_some_and(|t| t.span.start < s.start) {
            k += 1;
        }
        let from = kept.len();
        // Hash the folded text, not the interned ids: ids depend on the order
        // the documents came in, and which wording leads a group must not.
        let mut hash = FxHasher::default();
        while let Some(t) = all.get(k).filter(|t| t.span.start < s.end) {
            let key = folds.key(t.norm.slice(norm.text()));
            key.hash(&mut hash);
            keys.push(table.id_of_key(&key));
            // A character the normalisation drops (U+180F after "?") maps
            // into the token next to it; a sentence's tokens stay inside it.
            kept.push(Token { span: Span::new(t.span.start.max(s.start), t.span.end.min(s.end).max(s.start)), ..*t });
            k += 1;
        }
        sentences.push(Sentence { doc, span: *s, range: from..kept.len(), hash: hash.finish() });
    }
    (Document { found: true, span, sentences: spans }, Tokens { norm, tokens: kept, keys })
}

fn wordings(sentences: &[Sentence], tokens: &[Tokens]) -> Vec<Wording> {
    let mut by_keys: FxHashMap<&[u32], usize> = FxHashMap::default();
    let mut out: Vec<Wording> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let t = &tokens[s.doc];
        let keys = &t.keys[s.range.clone()];
        let w = *by_keys.entry(keys).or_insert_with(|| {
            let has_word = t.tokens[s.range.clone()].iter().any(|t| t.kind == TokenKind::Word);
            out.push(Wording { keys: keys.to_vec(), sentences: Vec::new(), documents: 0, has_word, hash: s.hash });
            out.len() - 1
        });
        let w = &mut out[w];
        if w.sentences.last().is_none_or(|&last| sentences[last].doc != s.doc) {
            w.documents += 1;
        }
        w.sentences.push(i);
    }
    out
}

/// The minimum bag overlap a partner of a bag of `n` tokens needs for a
/// similarity of at least [`GROUP_SIMILARITY`].
fn min_overlap(n: usize) -> usize {
    #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let o = (GROUP_SIMILARITY * n as f64 / (2.0 - GROUP_SIMILARITY) - 1e-9).ceil() as usize;
    o.max(1)
}

/// Clusters of wordings (indices), each led by its most common wording.
fn cluster(wordings: &[Wording]) -> Vec<Vec<usize>> {
    // Each wording as a set of (key, occurrence) elements, so that set
    // overlap is bag overlap; elements numbered and counted.
    let mut element_ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    let mut frequency: Vec<u32> = Vec::new();
    let bags: Vec<Vec<u32>> = wordings
        .iter()
        .map(|w| {
            let mut seen: FxHashMap<u32, u32> = FxHashMap::default();
            let mut bag: Vec<u32> = w
                .keys
                .iter()
                .map(|&k| {
                    let occ = seen.entry(k).or_default();
                    *occ += 1;
                    let next = u32::try_from(element_ids.len()).unwrap_or(u32::MAX);
                    let id = *element_ids.entry((k, *occ)).or_insert(next);
                    if id as usize == frequency.len() {
                        frequency.push(0);
                    }
                    frequency[id as usize] += 1;
                    id
                })
                .collect();
            order::sort(&mut bag);
            bag
        })
        .collect();
    // Prefix: the rarest elements, as many as a partner must share one of.
    let prefixes: Vec<Vec<u32>> = bags
        .iter()
        .map(|bag| {
            let mut by_rarity = bag.clone();
            order::sort_by_cached_key(&mut by_rarity, |&e| (frequency[e as usize], e));
            by_rarity.truncate(bag.len() + 1 - min_overlap(bag.len()).min(bag.len()));
            by_rarity
        })
        .collect();
    let mut index: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (w, prefix) in prefixes.iter().enumerate() {
        if wordings[w].has_word {
            for &e in prefix {
                index.entry(e).or_default().push(w);
            }
        }
    }
    // Most common first; ties by the text itself, so that the order the
    // documents come in changes no group. Each leader takes every ungrouped
    // wording near enough to it, found through shared prefix elements and
    // checked by length, bag overlap, then LCS length. Grouped wordings are
    // never compared again, so a family of a thousand near variants costs
    // about a thousand comparisons, not half a million.
    let mut leaders: Vec<usize> = (0..wordings.len()).collect();
    order::sort_by_cached_key(&mut leaders, |&w| {
        let x = &wordings[w];
        (std::cmp::Reverse(x.documents), std::cmp::Reverse(x.sentences.len()), x.hash, x.keys.len())
    });
    let mut taken = vec![false; wordings.len()];
    let mut stamp = vec![usize::MAX; wordings.len()];
    let mut clusters = Vec::new();
    for &c in &leaders {
        if taken[c] {
            continue;
        }
        taken[c] = true;
        let mut cluster = vec![c];
        let wc = &wordings[c];
        if wc.has_word {
            let pattern = Pattern::new(&wc.keys);
            let n = wc.keys.len();
            for e in &prefixes[c] {
                for &y in index.get(e).map_or(&[][..], Vec::as_slice) {
                    if taken[y] || stamp[y] == c {
                        continue;
                    }
                    stamp[y] = c;
                    let m = wordings[y].keys.len();
                    let similar = dice((n.min(m), n, m)) >= GROUP_SIMILARITY
                        && dice((bag_overlap(&bags[c], &bags[y]), n, m)) >= GROUP_SIMILARITY
                        && dice((pattern.lcs_len(&wordings[y].keys), n, m)) >= GROUP_SIMILARITY;
                    if similar {
                        taken[y] = true;
                        cluster.push(y);
                    }
                }
            }
        }
        clusters.push(cluster);
    }
    clusters
}

fn keyed<'t>(s: &Sentence, tokens: &'t [Tokens]) -> Keyed<'t> {
    let t = &tokens[s.doc];
    Keyed { norm: t.norm.text(), tokens: &t.tokens[s.range.clone()], keys: &t.keys[s.range.clone()] }
}

fn build_groups(
    clusters: &[Vec<usize>],
    wordings: &[Wording],
    sentences: &[Sentence],
    tokens: &[Tokens],
    folds: Folds,
) -> Vec<Group> {
    let mut groups: Vec<Group> = clusters
        .iter()
        .map(|cluster| {
            let centre = wordings[cluster[0]].sentences[0];
            let mut members: Vec<usize> = cluster.iter().flat_map(|&w| wordings[w].sentences.iter().copied()).collect();
            order::sort_by_cached_key(&mut members, |&i| (i != centre, sentences[i].doc, sentences[i].span.start));
            let mut docs: Vec<usize> = members.iter().map(|&i| sentences[i].doc).collect();
            order::sort(&mut docs);
            docs.dedup();
            let wording = keyed(&sentences[centre], tokens);
            let members = members
                .into_iter()
                .map(|i| {
                    let s = &sentences[i];
                    Member {
                        doc: s.doc,
                        span: s.span,
                        diff: diff_keyed(wording, keyed(s, tokens), folds, Some(DIFF_DEADLINE)),
                    }
                })
                .collect();
            Group { members, documents: docs.len() }
        })
        .collect();
    // Most widely used first, then in the reading order of the first
    // document that has them.
    order::sort_by_cached_key(&mut groups, |g| {
        let first = g.members.iter().map(|m| (m.doc, m.span.start)).min();
        (std::cmp::Reverse(g.documents), first)
    });
    groups
}

fn likeness(groups: &[Group], documents: &[Document]) -> Vec<Vec<f64>> {
    let n = documents.len();
    let mut shared = vec![vec![0usize; n]; n];
    let mut own = vec![0usize; n];
    for g in groups {
        let mut docs: Vec<usize> = g.members.iter().map(|m| m.doc).collect();
        order::sort(&mut docs);
        docs.dedup();
        for (k, &i) in docs.iter().enumerate() {
            own[i] += 1;
            for &j in &docs[k + 1..] {
                shared[i][j] += 1;
                shared[j][i] += 1;
            }
        }
    }
    (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    if i == j {
                        1.0
                    } else if own[i] + own[j] == 0 {
                        0.0
                    } else {
                        dice((shared[i][j], own[i], own[j]))
                    }
                })
                .collect()
        })
        .collect()
}

/// A single-linkage chain: pairs joined most alike first, each join putting
/// the two nearest ends of the two chains side by side.
fn order(likeness: &[Vec<f64>], documents: &[Document]) -> Vec<usize> {
    let found: Vec<usize> = (0..documents.len()).filter(|&i| documents[i].found).collect();
    let mut edges: Vec<(f64, usize, usize)> = Vec::new();
    for (k, &i) in found.iter().enumerate() {
        for &j in &found[k + 1..] {
            edges.push((likeness[i][j], i, j));
        }
    }
    order::sort_by(&mut edges, |x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut chains: Vec<Vec<usize>> = (0..documents.len()).map(|i| vec![i]).collect();
    let mut chain_of: Vec<usize> = (0..documents.len()).collect();
    for (_, i, j) in edges {
        let (ci, cj) = (chain_of[i], chain_of[j]);
        if ci == cj {
            continue;
        }
        let (x, y) = (std::mem::take(&mut chains[ci]), std::mem::take(&mut chains[cj]));
        let ends = |c: &[usize]| (c[0], c[c.len() - 1]);
        let ((x0, x1), (y0, y1)) = (ends(&x), ends(&y));
        // x+y, x+rev(y), rev(x)+y, rev(x)+rev(y): the most alike junction.
        let junctions = [likeness[x1][y0], likeness[x1][y1], likeness[x0][y0], likeness[x0][y1]];
        let best = (0..4).fold(0, |b, k| if junctions[k] > junctions[b] { k } else { b });
        let (mut x, mut y) = (x, y);
        if best >= 2 {
            x.reverse();
        }
        if best % 2 == 1 {
            y.reverse();
        }
        x.extend(y);
        for &d in &x {
            chain_of[d] = ci;
        }
        chains[ci] = x;
    }
    let mut order: Vec<usize> = found.first().map_or_else(Vec::new, |&i| chains[chain_of[i]].clone());
    if order.len() > 1 && order[0] > order[order.len() - 1] {
        order.reverse();
    }
    order.extend((0..documents.len()).filter(|&i| !documents[i].found));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_many_documents_are_refused() {
        let texts = vec!["x"; MAX_DOCUMENTS + 1];
        assert_eq!(landscape(&texts, Folds::default()), Err(LandscapeError::TooMany { given: 101 }));
        assert!(landscape(&texts[..MAX_DOCUMENTS], Folds::default()).is_ok());
    }

    #[test]
    fn a_chosen_clause_replaces_the_finders() {
        let text = "3 § Medlemmar\nMotala och Mjölby är medlemmar.\n\n4 § Ändamål\nFörbundet ska stödja samverkan.";
        let found = landscape(&[text], Folds::default()).unwrap();
        assert_eq!(found.documents[0].span.slice(text), "Förbundet ska stödja samverkan.");
        let members = text.find("Motala").unwrap();
        let marked = Span::new(members, members + "Motala och Mjölby är medlemmar.".len());
        let l = landscape_with(&[text], &[Choice::Manual(marked)], Folds::default()).unwrap();
        assert_eq!(l.documents[0].span, marked);
        assert_eq!(l.groups[0].wording().span.slice(text), "Motala och Mjölby är medlemmar.");
        // A range that no longer fits its text: the finder's choice again.
        let stale = landscape_with(&[text], &[Choice::Manual(Span::new(0, 10_000))], Folds::default()).unwrap();
        assert_eq!(stale, found);
    }

    #[test]
    fn documents_without_a_clause_contribute_nothing() {
        // Minutes: sections, none about purpose. (A bare paragraph pasted
        // alone may be offered as an unsure clause, so prose would not do.)
        let minutes = "Protokoll fört vid sammanträde med kommunstyrelsen\n\n§ 12 Val av justerare\nTill justerare valdes Anna Andersson.\n\n§ 13 Budget\nStyrelsen beslutar att fastställa budgeten.";
        let l = landscape(&["", minutes], Folds::default()).unwrap();
        assert!(l.documents.iter().all(|d| !d.found));
        assert!(l.groups.is_empty());
        assert_eq!(l.order, [0, 1]);
    }

    #[test]
    fn near_sentences_join_the_most_common_wording() {
        let clause = |city: &str, extra: &str| {
            format!(
                "4 § Ändamål\nFörbundets ändamål är att svara för finansiell samordning inom rehabiliteringsområdet i {city}. {extra}"
            )
        };
        let texts = [
            clause("Motala", "Styrelsen ska verka för samverkan."),
            clause("Motala", "Resurserna ska användas väl."),
            clause("Mjölby", "Styrelsen ska verka för samverkan."),
        ];
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let l = landscape(&refs, Folds::default()).unwrap();
        assert_eq!(l.groups.len(), 3, "{:#?}", l.groups);
        let first = &l.groups[0];
        assert_eq!(first.documents, 3);
        assert_eq!((first.wording().doc, first.members.len()), (0, 3));
        assert!(!first.unanimous());
        let changed: Vec<&str> = first.members[2]
            .diff
            .ops
            .iter()
            .filter(|o| o.op == WordOp::Insert)
            .map(|o| o.b.unwrap().slice(&texts[2]))
            .collect();
        assert_eq!(changed, ["Mjölby"]);
        assert_eq!(l.groups[1].documents, 2);
        assert_eq!(l.groups[2].documents, 1);
        // 0 and 2 share both their groups, 1 shares one with each.
        assert_eq!(l.order, [0, 2, 1], "{:?}", l.likeness);
    }
}
