//! The landscape's likeness tree, drawn as inline SVG from
//! [`andamal_core::diff::likeness_tree`]: the found documents one a row,
//! their names on the left, and lines that join two documents (or two
//! families) the further right the less alike they are. Built here, in the
//! landscape's worker, as plain nodes like the rest of the drawing: the
//! names are SVG text nodes (never markup), the geometry a few numbers.

use andamal_core::diff::landscape::Landscape;
use andamal_core::diff::likeness_tree::{Part, likeness_tree};
use std::fmt::Write as _;

use super::{Attr, Element, Node, Tag, text};
use crate::texts;

/// The drawing's width in its own units (it scales to the screen).
const WIDTH: f64 = 360.0;
/// Where the names end and the tree begins.
const NAMES: f64 = 170.0;
/// Where the most alike join (100 %) is drawn: a step right of the names,
/// so that even two documents alike in every formulation show a bracket.
const LEFT: f64 = 180.0;
/// Where the least alike join is drawn.
const RIGHT: f64 = 350.0;
/// One document's row.
const ROW: f64 = 22.0;
/// Above the rows: the scale.
const TOP: f64 = 26.0;
/// Longer names are cut (the whole name is the row's tooltip and in the list above).
const NAME_CHARS: usize = 24;

/// A coordinate as a whole number: formatting floats cost the landscape's wasm
/// 8 kB gzip, and a unit is fine enough at this scale.
#[allow(clippy::cast_possible_truncation)] // coordinates are a few hundred units
fn n(v: f64) -> i32 {
    v.round() as i32
}

fn node(tag: Tag, class: &str, attrs: Vec<(Attr, String)>, children: Vec<Node>) -> Node {
    Node::El(Element { tag, class: class.to_owned(), pair: None, label: String::new(), attrs, children })
}

/// The tree of the `found` documents (in the landscape's order), or nothing
/// for fewer than two.
pub(super) fn likeness_svg(l: &Landscape, name: &dyn Fn(usize) -> String, found: &[usize]) -> Vec<Node> {
    if found.len() < 2 {
        return Vec::new();
    }
    let tree = likeness_tree(&l.likeness, found);
    // The scale runs from 100 % to the root's likeness (the least alike join).
    let low = tree.joins.last().map_or(0.0, |j| j.likeness).clamp(0.0, 0.99);
    let x = |s: f64| LEFT + (1.0 - s) / (1.0 - low) * (RIGHT - LEFT);
    #[allow(clippy::cast_precision_loss)] // at most 100 rows
    let row = |k: usize| TOP + ROW * (k as f64 + 0.5);
    let mut at: Vec<(f64, f64)> = Vec::with_capacity(tree.joins.len());
    let place = |part: Part, at: &[(f64, f64)]| match part {
        Part::Doc(d) => (NAMES, row(tree.leaves.iter().position(|&l| l == d).unwrap_or(0))),
        Part::Join(j) => at[j],
    };
    let mut lines = String::new();
    for join in &tree.joins {
        let ((x1, y1), (x2, y2)) = (place(join.parts[0], &at), place(join.parts[1], &at));
        let xj = x(join.likeness);
        let _ = write!(lines, "M{} {}H{}V{}H{}", n(x1), n(y1), n(xj), n(y2), n(x2));
        at.push((xj, f64::midpoint(y1, y2)));
    }
    let scale = |x: f64, anchor: &str, words: String| {
        node(
            Tag::SvgText,
            "tree-scale",
            vec![(Attr::X, n(x).to_string()), (Attr::Y, "14".into()), (Attr::TextAnchor, anchor.into())],
            vec![text(words)],
        )
    };
    let mut children = vec![
        scale(LEFT, "middle", texts::percent(1.0)),
        scale(RIGHT, "end", texts::percent(low)),
        node(Tag::Path, "tree-axis", vec![(Attr::D, format!("M{} 19H{}", n(LEFT), n(RIGHT)))], Vec::new()),
        node(Tag::Path, "tree-lines", vec![(Attr::D, lines)], Vec::new()),
    ];
    for (k, &d) in tree.leaves.iter().enumerate() {
        let whole = name(d);
        let shown = if whole.chars().count() > NAME_CHARS {
            format!("{}…", whole.chars().take(NAME_CHARS - 1).collect::<String>())
        } else {
            whole.clone()
        };
        let attrs = vec![
            (Attr::X, n(NAMES - 6.0).to_string()),
            (Attr::Y, n(row(k) + 4.0).to_string()),
            (Attr::TextAnchor, "end".into()),
        ];
        let title = node(Tag::Title, "", Vec::new(), vec![text(whole)]);
        children.push(node(Tag::SvgText, "tree-name", attrs, vec![title, text(shown)]));
    }
    #[allow(clippy::cast_precision_loss)] // at most 100 rows
    let height = TOP + ROW * tree.leaves.len() as f64 + 4.0;
    let attrs = vec![
        (Attr::ViewBox, format!("0 0 {} {}", n(WIDTH), n(height))),
        (Attr::Role, "img".into()),
        (Attr::AriaLabel, texts::likeness_tree_label(tree.leaves.len(), low)),
    ];
    vec![node(Tag::Svg, "likeness-tree", attrs, children)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use andamal_core::Folds;
    use andamal_core::diff::landscape::landscape;

    #[test]
    fn every_found_document_is_a_row_and_every_join_a_line() {
        let texts = andamal_core::synth::landscape(3, 6, 3_000);
        let mut refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        refs.push("Inget ändamål här.");
        let l = landscape(&refs, Folds::default()).unwrap();
        let found: Vec<usize> = l.order.iter().copied().filter(|&i| l.documents[i].found).collect();
        let name = |i: usize| format!("Förbund {i} med ett mycket långt namn");
        let drawn = likeness_svg(&l, &name, &found);
        let [Node::El(svg)] = drawn.as_slice() else { panic!("{drawn:?}") };
        assert_eq!(svg.tag, Tag::Svg);
        let names: Vec<&Element> = svg
            .children
            .iter()
            .filter_map(|c| match c {
                Node::El(e) if e.class == "tree-name" => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(names.len(), found.len(), "one row per found document, none for the one without");
        let Node::Text(shown) = &names[0].children[1] else { panic!() };
        assert_eq!(shown.chars().count(), NAME_CHARS);
        assert!(shown.ends_with('…'));
        let lines = svg.children.iter().find_map(|c| match c {
            Node::El(e) if e.class == "tree-lines" => Some(e.attrs[0].1.clone()),
            _ => None,
        });
        assert_eq!(lines.unwrap().matches('M').count(), found.len() - 1);
        assert!(likeness_svg(&l, &name, &found[..1]).is_empty());
    }
}
