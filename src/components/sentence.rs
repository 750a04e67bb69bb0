//! One side's text of a sentence pair with every layer drawn on it: word
//! changes, annotations (tinted, with a badge naming their themes),
//! suggestions (dashed) and the span being edited.
//!
//! Each piece of text is an element with `data-at` (its first byte in the
//! stored text) and `data-side`, so a selection made with the mouse maps back
//! to byte offsets (see [`crate::dom::selected_span`]).

use andamal_core::Span;
use andamal_core::diff::align::{Pair, PairKind};
use andamal_core::diff::word_diff::WordOp;
use andamal_core::text::overlay::segments;
use yew::prelude::*;

use crate::derived::Notes;
use crate::state::{Action, AppContext, Panel, Side, Target};
use crate::texts;

enum Mark {
    Deleted,
    Inserted,
    /// An annotation, by index into the notebook's list.
    Note(usize),
    Suggested(&'static str),
    Draft,
}

/// Renders `span` of `text` (one side of `pair`) with all its layers.
pub fn sentence(state: &AppContext, notes: &Notes, text: &str, span: Span, side: Side, pair: &Pair) -> Html {
    let mut marks: Vec<(Span, Mark)> = Vec::new();
    if let Some(diff) = pair.diff.as_ref().filter(|d| pair.kind != PairKind::Equal && !d.timed_out) {
        for op in diff.ops.iter().filter(|op| op.op != WordOp::Equal) {
            match side {
                Side::A => marks.extend(op.a.map(|s| (s, Mark::Deleted))),
                Side::B => marks.extend(op.b.map(|s| (s, Mark::Inserted))),
            }
        }
    }
    let book = &state.work.notebook;
    marks.extend(touching(state, notes, side, span).map(|(i, at)| (at, Mark::Note(i))));
    // Suggestions show while their tab is open: the text stays calm otherwise.
    let suggesting = state.panel == Panel::Suggestions && !state.mode.presenting();
    for p in notes.pending.iter().filter(|p| suggesting && p.side == side && overlaps(p.span, span)) {
        marks.push((p.span, Mark::Suggested(p.theme)));
    }
    if let Some(draft) = state.draft {
        if let Target::Span(s, at) = draft.target {
            if s == side && overlaps(at, span) {
                marks.push((at, Mark::Draft));
            }
        }
    }
    let spans: Vec<Span> = marks.iter().map(|(s, _)| *s).collect();
    let side_attr = if side == Side::A { "a" } else { "b" };
    let mut nodes = Vec::new();
    for seg in segments(span, &spans) {
        let piece = seg.span.slice(text).to_owned();
        let mut class = classes!("seg");
        let mut titles: Vec<String> = Vec::new();
        let mut change = None;
        let mut tinted = false;
        for &m in &seg.marks {
            match marks[m].1 {
                Mark::Deleted | Mark::Inserted => change = Some(m),
                Mark::Note(i) => {
                    let a = &book.annotations[i];
                    if !tinted {
                        let colour = a.themes.iter().find_map(|t| book.look(t)).map_or(0, |l| l.colour);
                        class.push(format!("annotated theme-c{colour}"));
                        tinted = true;
                    }
                    titles.extend(a.themes.iter().filter_map(|t| book.look(t)).map(|l| l.label));
                }
                Mark::Suggested(theme) => {
                    class.push("suggested");
                    let label = andamal_core::notes::themes::theme(theme).map_or(theme, |t| t.label);
                    titles.push(texts::suggestion_title(label));
                }
                Mark::Draft => class.push("drafting"),
            }
        }
        let title = (!titles.is_empty()).then(|| titles.join(" · "));
        let at = seg.span.start.to_string();
        nodes.push(match change.map(|m| (&marks[m].1, marks[m].0.start == seg.span.start)) {
            Some((Mark::Deleted, first)) => html! {
                <del class={classes!(class, "diff-del")} data-at={at} data-side={side_attr} {title}>
                    if first { <span class="sr-only">{ texts::DELETED }{ ": " }</span> }{ piece }
                </del>
            },
            Some((_, first)) => html! {
                <ins class={classes!(class, "diff-ins")} data-at={at} data-side={side_attr} {title}>
                    if first { <span class="sr-only">{ texts::INSERTED }{ ": " }</span> }{ piece }
                </ins>
            },
            None => html! { <span {class} data-at={at} data-side={side_attr} {title}>{ piece }</span> },
        });
        // Badges after the last piece of each annotation that ends here.
        for &m in &seg.marks {
            let Mark::Note(i) = marks[m].1 else { continue };
            let ends_here = marks[m].0.end == seg.span.end || (seg.span.end == span.end && marks[m].0.end > span.end);
            if ends_here {
                nodes.push(badge(state, i, side, marks[m].0));
            }
        }
    }
    nodes.into_iter().collect()
}

/// The badges of one side's annotations that touch `span`: how the redline,
/// which does not draw each side's text piece by piece, shows them.
pub fn badges(state: &AppContext, notes: &Notes, side: Side, span: Span) -> Html {
    let found: Vec<Html> = touching(state, notes, side, span).map(|(i, at)| badge(state, i, side, at)).collect();
    if found.is_empty() {
        return html! {};
    }
    let letter = if side == Side::A { "A" } else { "B" };
    html! { <span class="redline-notes"><span class="redline-side">{ letter }</span>{ for found }</span> }
}

/// The annotations on `side` placed where they touch `span`: their index in
/// the notebook and where they are now.
fn touching<'a>(
    state: &'a AppContext,
    notes: &'a Notes,
    side: Side,
    span: Span,
) -> impl Iterator<Item = (usize, Span)> + 'a {
    let annotations = state.work.notebook.annotations.iter().enumerate().filter(move |(_, a)| a.side == side);
    annotations.filter_map(move |(i, a)| Some((i, notes.placement.annotation(a.id).filter(|at| overlaps(*at, span))?)))
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The themes' symbols after an annotation: tells themes apart without colour
/// and opens the annotation for editing.
fn badge(state: &AppContext, index: usize, side: Side, at: Span) -> Html {
    let a = &state.work.notebook.annotations[index];
    let looks: Vec<_> = a.themes.iter().filter_map(|t| state.work.notebook.look(t)).collect();
    let colour = looks.first().map_or(0, |l| l.colour);
    let symbols: Vec<&str> = looks.iter().map(|l| l.symbol.as_str()).collect();
    let labels: Vec<String> = looks.iter().map(|l| l.label.clone()).collect();
    let id = a.id;
    let onclick = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            state.dispatch(Action::EditNote(id, Target::Span(side, at)));
        })
    };
    let mut shown = symbols.join("·");
    if !a.note.is_empty() {
        shown.push_str(if shown.is_empty() { "✎" } else { " ✎" });
    }
    // The visible symbols start the accessible name; the spoken rest follows.
    let title = (!a.note.is_empty()).then(|| a.note.clone());
    html! {
        <button type="button" class={classes!("badge", format!("theme-c{colour}"))} {title} {onclick}>
            { shown }<span class="sr-only">{ format!(" – {}", texts::badge_label(&labels, !a.note.is_empty())) }</span>
        </button>
    }
}
