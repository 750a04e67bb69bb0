//! The landscape's result as a small tree of elements, built in the worker
//! and drawn by the page with one generic function
//! ([`crate::components::LandscapeApp`]'s view).
//!
//! Why: the page's wasm has a hard size budget, and every `html!` element
//! and callback costs it bytes. The formulations, their word diffs and the
//! likeness order are many elements but no state, so they are built here
//! (in the landscape's worker, beside `andamal_core::diff::landscape`) as plain data:
//! text nodes only (never raw HTML; user text stays text), a closed set of
//! tags, and buttons that name the pair they open (`data-pair`), handled by
//! one click listener on the page.
//!
//! ```
//! use andamal::landscape_tree::{Node, Tag, tree};
//! let (a, b) = (andamal_core::sample::OSTRA_OSTERGOTLAND_2017, andamal_core::sample::UMEAREGIONEN_2019);
//! let l = andamal_core::diff::landscape::landscape(&[a, b], andamal_core::Folds::default()).unwrap();
//! let t = tree(&l, &[a.into(), b.into()], &["Östra".into(), "Umeå".into()], andamal_core::Folds::default());
//! assert!(t.groups.iter().any(|(own, _)| *own));
//! assert_eq!(t.order_docs, [0, 1]);
//! ```

use andamal_core::Folds;
use andamal_core::diff::align::{PairKind, align_numbered};
use andamal_core::diff::landscape::{Group, Landscape};
use andamal_core::diff::word_diff::{WordChange, WordOp};
use andamal_core::notes::themes::{self, CATALOGUE};
use andamal_core::statute::naming::suggest_name;
use serde::{Deserialize, Serialize};

use crate::texts;

mod likeness;

/// The elements the tree may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tag {
    Div,
    P,
    Ol,
    Ul,
    Li,
    Span,
    Button,
    Ins,
    Del,
    Details,
    Summary,
    Table,
    Tr,
    Th,
    Td,
    /// The likeness tree's inline SVG (see `likeness`).
    Svg,
    Path,
    SvgText,
    Title,
}

impl Tag {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Tag::Div => "div",
            Tag::P => "p",
            Tag::Ol => "ol",
            Tag::Ul => "ul",
            Tag::Li => "li",
            Tag::Span => "span",
            Tag::Button => "button",
            Tag::Ins => "ins",
            Tag::Del => "del",
            Tag::Details => "details",
            Tag::Summary => "summary",
            Tag::Table => "table",
            Tag::Tr => "tr",
            Tag::Th => "th",
            Tag::Td => "td",
            Tag::Svg => "svg",
            Tag::Path => "path",
            Tag::SvgText => "text",
            Tag::Title => "title",
        }
    }
}

/// The attributes an element may have besides its class (a closed set:
/// the likeness tree's geometry and its accessible role and name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Attr {
    ViewBox,
    Role,
    AriaLabel,
    D,
    X,
    Y,
    TextAnchor,
}

impl Attr {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Attr::ViewBox => "viewBox",
            Attr::Role => "role",
            Attr::AriaLabel => "aria-label",
            Attr::D => "d",
            Attr::X => "x",
            Attr::Y => "y",
            Attr::TextAnchor => "text-anchor",
        }
    }
}

/// One element or text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Node {
    Text(String),
    El(Element),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Element {
    pub tag: Tag,
    pub class: String,
    /// A button's pair of documents (indices into the landscape's documents).
    pub pair: Option<(u16, u16)>,
    /// An accessible name, when the visible text is not enough.
    pub label: String,
    /// Other attributes (the likeness tree's).
    pub attrs: Vec<(Attr, String)>,
    pub children: Vec<Node>,
}

/// The landscape, drawn.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LandscapeTree {
    /// "12 av 12 dokument med ändamål · 38 formuleringar · …".
    pub summary: String,
    /// The documents in likeness order, with "Jämför med nästa".
    pub order: Vec<Node>,
    /// The chain: each step between neighbours in the likeness order
    /// (2015 → 2017 → 2019) with its sentence-by-sentence changes.
    pub chain: Vec<Node>,
    /// The likeness tree of the documents with a clause (inline SVG: see
    /// `likeness`), empty for fewer than two.
    pub likeness: Vec<Node>,
    /// The theme × document matrix: a row per document with a clause (in
    /// likeness order), a column per built-in theme, ✓ where the clause
    /// speaks of it (`andamal_core::notes::themes::suggest`).
    pub themes: Vec<Node>,
    /// The formulations, each with whether only one document has it.
    pub groups: Vec<(bool, Node)>,
    /// Document indices in likeness order (for the page's pair lists).
    pub order_docs: Vec<u16>,
    /// Which documents had a clause.
    pub found: Vec<bool>,
    /// What each document is called: its name, else one suggested from its
    /// text ("Umeåregionen"), else "Dokument 3".
    pub names: Vec<String>,
}

fn el(tag: Tag, class: &str, children: Vec<Node>) -> Node {
    Node::El(Element { tag, class: class.to_owned(), pair: None, label: String::new(), attrs: Vec::new(), children })
}

fn text(s: impl Into<String>) -> Node {
    Node::Text(s.into())
}

fn index(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// Draws `l`, computed from `texts` called `names` under `folds`.
#[must_use]
pub fn tree(l: &Landscape, texts: &[String], names: &[String], folds: Folds) -> LandscapeTree {
    let labels: Vec<String> = (0..texts.len())
        .map(|i| {
            let given = names.get(i).map_or("", |n| n.trim());
            let suggested =
                if given.is_empty() { suggest_name(&texts[i]).unwrap_or_default() } else { given.to_owned() };
            texts::document_label(i, &suggested)
        })
        .collect();
    let name = |i: usize| labels[i].clone();
    let found_count = l.documents.iter().filter(|d| d.found).count();
    let own = l.groups.iter().filter(|g| g.documents == 1).count();
    let order = l
        .order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let found = l.documents[i].found;
            let mut row = vec![el(Tag::Span, "order-name", vec![text(name(i))])];
            if !found {
                row.push(el(Tag::Span, "order-note", vec![text(texts::NOT_IN_LANDSCAPE)]));
            }
            if let Some(&j) = l.order.get(k + 1).filter(|&&j| found && l.documents[j].found) {
                let button = Node::El(Element {
                    tag: Tag::Button,
                    class: "button button-quiet order-open".into(),
                    pair: Some((index(i), index(j))),
                    // The visible words first: the accessible name must contain them.
                    label: format!("{}: {} och {}", texts::COMPARE_WITH_NEXT, name(i), name(j)),
                    attrs: Vec::new(),
                    children: vec![text(texts::COMPARE_WITH_NEXT)],
                });
                let likeness = el(Tag::Span, "order-likeness", vec![text(texts::likeness_to_next(l.likeness[i][j]))]);
                row.push(el(Tag::Span, "order-next", vec![likeness, button]));
            }
            el(Tag::Li, if found { "order-doc" } else { "order-doc order-missing" }, row)
        })
        .collect();
    let groups = l.groups.iter().map(|g| (g.documents == 1, formulation(g, texts, &name, found_count))).collect();
    let found: Vec<usize> = l.order.iter().copied().filter(|&i| l.documents[i].found).collect();
    let chain = found.windows(2).map(|w| step(l, texts, &name, folds, w[0], w[1])).collect();
    let themes = theme_rows(l, texts, &name, &found);
    let likeness = likeness::likeness_svg(l, &name, &found);
    LandscapeTree {
        summary: texts::landscape_summary(l.documents.len(), found_count, l.groups.len(), own),
        order,
        chain,
        likeness,
        themes,
        groups,
        order_docs: l.order.iter().map(|&i| index(i)).collect(),
        found: l.documents.iter().map(|d| d.found).collect(),
        names: labels.clone(),
    }
}

fn formulation(g: &Group, texts: &[String], name: &dyn Fn(usize) -> String, found: usize) -> Node {
    let wording = g.wording();
    let wording_text = &texts[wording.doc];
    let names = |docs: &[usize]| {
        let mut docs = docs.to_vec();
        docs.dedup();
        docs.iter().map(|&d| name(d)).collect::<Vec<_>>().join(", ")
    };
    let mut users: Vec<usize> = g.members.iter().map(|m| m.doc).collect();
    users.sort_unstable();
    let equal = |m: &&andamal_core::diff::landscape::Member| m.diff.ops.iter().all(|o| o.op == WordOp::Equal);
    let same: Vec<usize> = g.members.iter().filter(equal).map(|m| m.doc).collect();
    // Each other wording once, with the documents that use it.
    let mut variants: Vec<(&str, Vec<usize>, &[WordChange], usize)> = Vec::new();
    for m in g.members.iter().filter(|m| !equal(m)) {
        let said = m.span.slice(&texts[m.doc]);
        match variants.iter_mut().find(|v| v.0 == said) {
            Some(v) => v.1.push(m.doc),
            None => variants.push((said, vec![m.doc], &m.diff.ops, m.doc)),
        }
    }
    let own = g.documents == 1;
    let badge = el(
        Tag::Span,
        if own { "badge badge-unsure" } else { "badge badge-sure" },
        vec![text(texts::used_by(g.documents, found))],
    );
    let mut card = vec![
        el(
            Tag::P,
            "formulation-use",
            vec![badge, text(" "), el(Tag::Span, "formulation-docs", vec![text(names(&users))])],
        ),
        el(Tag::P, "formulation-text", vec![text(wording.span.slice(wording_text))]),
    ];
    if !variants.is_empty() {
        let mut rows = Vec::new();
        if same.len() > 1 {
            let docs = format!("{}: {}", texts::SAME_WORDING, names(&same));
            rows.push(el(Tag::Li, "variant variant-same", vec![el(Tag::Span, "variant-docs", vec![text(docs)])]));
        }
        for (_, docs, ops, doc) in &variants {
            let start = ops.iter().find_map(|o| o.b).map_or(0, |s| s.start);
            let diff = redline(wording_text, &texts[*doc], start, ops);
            let who = el(Tag::Span, "variant-docs", vec![text(format!("{}: ", names(docs)))]);
            rows.push(el(Tag::Li, "variant", vec![who, el(Tag::Span, "variant-text", diff)]));
        }
        card.push(el(Tag::Ul, "variants", rows));
    }
    el(Tag::Li, if own { "formulation formulation-own" } else { "formulation" }, card)
}

/// One step of the chain: from document `a` to its neighbour `b`, the
/// sentences that changed, moved, were added or removed, as the pair view's
/// redline shows them; folded until opened.
fn step(l: &Landscape, texts: &[String], name: &dyn Fn(usize) -> String, folds: Folds, a: usize, b: usize) -> Node {
    let (ta, tb) = (&texts[a], &texts[b]);
    let (sa, sb) = (l.documents[a].span, l.documents[b].span);
    let al = align_numbered(ta, sa, None, tb, sb, None, folds, Some(STEP_DEADLINE));
    let count = |k| al.count(k);
    let summary = texts::pair_summary(
        count(PairKind::Changed),
        count(PairKind::Moved),
        count(PairKind::Added),
        count(PairKind::Removed),
    );
    let title = format!("{} → {}: {} · {}", name(a), name(b), summary, texts::likeness(al.similarity));
    let span_of = |clauses: &[andamal_core::diff::align::Clause], ix: &[usize]| {
        let first = clauses.get(*ix.first()?)?.span;
        Some(first.cover(clauses.get(*ix.last()?)?.span))
    };
    let rows = al
        .pairs
        .iter()
        .filter(|p| p.kind != PairKind::Equal)
        .map(|p| {
            let said = match (p.kind, &p.diff, span_of(&al.a, &p.a), span_of(&al.b, &p.b)) {
                (PairKind::Added, _, _, Some(s)) => vec![el(Tag::Ins, "diff-ins", vec![text(s.slice(tb))])],
                (PairKind::Removed, _, Some(s), _) => vec![el(Tag::Del, "diff-del", vec![text(s.slice(ta))])],
                (_, Some(diff), _, Some(s)) if !diff.timed_out => redline(ta, tb, s.start, &diff.ops),
                (_, _, _, Some(s)) => vec![text(s.slice(tb))],
                _ => Vec::new(),
            };
            let kind = andamal_core::formats::export::kind_word(p);
            el(
                Tag::Li,
                "chain-change",
                vec![
                    el(Tag::Span, "variant-docs", vec![text(format!("{kind}: "))]),
                    el(Tag::Span, "variant-text", said),
                ],
            )
        })
        .collect();
    el(
        Tag::Li,
        "chain-step",
        vec![el(Tag::Details, "", vec![el(Tag::Summary, "", vec![text(title)]), el(Tag::Ul, "variants", rows)])],
    )
}

/// The theme matrix's rows, its header first.
fn theme_rows(l: &Landscape, texts: &[String], name: &dyn Fn(usize) -> String, found: &[usize]) -> Vec<Node> {
    if found.is_empty() {
        return Vec::new();
    }
    let head = std::iter::once(el(Tag::Th, "", vec![text(texts::DOCUMENT_NAME)]))
        .chain(CATALOGUE.iter().map(|t| el(Tag::Th, "theme-head", vec![text(t.label)])));
    let mut rows = vec![el(Tag::Tr, "", head.collect())];
    for &d in found {
        let said: Vec<&str> = themes::suggest(&texts[d], l.documents[d].span).iter().map(|s| s.theme).collect();
        let cells = CATALOGUE.iter().map(|t| {
            let has = said.contains(&t.id);
            el(Tag::Td, if has { "theme-yes" } else { "theme-no" }, vec![text(if has { "✓" } else { "–" })])
        });
        rows.push(el(Tag::Tr, "", std::iter::once(el(Tag::Th, "", vec![text(name(d))])).chain(cells).collect()));
    }
    rows
}

/// How long one step's word diffs may take.
const STEP_DEADLINE: std::time::Duration = std::time::Duration::from_millis(100);

/// A word diff as one text, as the pair view's redline shows it: B's words,
/// A's deletions struck through, B's insertions underlined.
fn redline(a: &str, b: &str, b_start: usize, ops: &[WordChange]) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut b_pos = b_start;
    let marked = |tag: Tag, class: &str, what: &str, word: &str| {
        el(tag, class, vec![el(Tag::Span, "sr-only", vec![text(format!("{what}: "))]), text(word)])
    };
    for op in ops {
        match op.op {
            WordOp::Equal | WordOp::Insert => {
                let s = op.b.unwrap_or_default();
                if s.start > b_pos {
                    nodes.push(text(&b[b_pos..s.start]));
                }
                let word = s.slice(b);
                nodes.push(if op.op == WordOp::Equal {
                    text(word)
                } else {
                    marked(Tag::Ins, "diff-ins", texts::INSERTED, word)
                });
                b_pos = s.end.max(b_pos);
            }
            WordOp::Delete => {
                // Spaces on both sides: B's own spacing around the deleted
                // word may all sit on one side of it (HTML folds doubles).
                nodes.push(text(" "));
                nodes.push(marked(Tag::Del, "diff-del", texts::DELETED, op.a.unwrap_or_default().slice(a)));
                nodes.push(text(" "));
            }
        }
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;
    use andamal_core::diff::landscape::landscape;

    fn all_text(n: &Node, out: &mut String) {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::El(e) => {
                e.children.iter().for_each(|c| all_text(c, out));
                out.push(' ');
            }
        }
    }

    #[test]
    fn formulations_show_their_users_and_variants() {
        let clause = |city: &str, extra: &str| {
            format!("4 § Ändamål\nFörbundets ändamål är att svara för finansiell samordning i {city}. {extra}")
        };
        let texts = [
            clause("Linköping", "Förbundet stödjer insatser för individer."),
            clause("Linköping", "Medlen ska räcka året ut."),
            clause("Åtvidaberg", "Förbundet stödjer insatser för individer."),
        ];
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let l = landscape(&refs, Folds::default()).unwrap();
        let names = ["A".to_owned(), String::new(), "C".to_owned()];
        let t = tree(&l, &texts, &names, Folds::default());
        assert_eq!(t.summary, "3 av 3 dokument med ändamål · 3 formuleringar · 1 mening som bara ett dokument har");
        let mut first = String::new();
        all_text(&t.groups[0].1, &mut first);
        let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(first.starts_with("I 3 av 3 dokument A, Dokument 2, C Förbundets"), "{first}");
        assert!(first.contains("Samma lydelse: A, Dokument 2 C:"), "{first}");
        assert!(
            first.contains(
                "C: Förbundets ändamål är att svara för finansiell samordning i borttaget: Linköping tillagt: Åtvidaberg ."
            ),
            "{first}"
        );
        let own: Vec<bool> = t.groups.iter().map(|g| g.0).collect();
        assert_eq!(own, [false, false, true]);
        assert_eq!(t.chain.len(), 2);
        assert_eq!(t.themes.len(), 4, "a header and a row per document");
        let mut chain = String::new();
        all_text(&t.chain[0], &mut chain);
        assert!(chain.contains("→") && chain.contains("Likhet"), "{chain}");
        let mut order = String::new();
        t.order.iter().for_each(|n| all_text(n, &mut order));
        assert!(order.contains("Jämför med nästa"), "{order}");
    }
}
