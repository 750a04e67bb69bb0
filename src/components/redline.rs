use andamal_core::diff::align::{Pair, PairKind};
use andamal_core::diff::word_diff::{WordChange, WordOp};
use yew::prelude::*;

use crate::components::pair_rows::pair_notes;
use crate::components::sentence::badges;
use crate::components::{Compared, InComparison, MoreRows, ROWS_AT_ONCE, row_window, side_span, use_comparison};
use crate::dom::row_id;
use crate::state::{Action, Side};
use crate::texts;

/// Track changes as in a word processor: B's text, with A's deletions struck
/// through and B's insertions underlined, one paragraph per pair, followed by
/// the badges of the annotations on either side and the pair's notes.
#[component]
pub fn Redline() -> Html {
    let InComparison { state, derived, compared } = use_comparison();
    let notes = &derived.notes;
    let al = &compared.alignment;
    let shown = use_state(|| ROWS_AT_ONCE);
    let (visible, hidden) = row_window(al, state.only_changes, state.focus, *shown);
    let rows = visible.into_iter().map(|(row, pair)| {
        let focused = state.focus == Some(row);
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Focus(Some(row))))
        };
        let moved = (pair.kind == PairKind::Moved).then(|| {
            let from = pair.a.first().map(|&i| al.a[i].address.stycke_short()).unwrap_or_default();
            html! { <span class="moved-tag">{ "⇅ " }{ texts::moved_from(&from) }</span> }
        });
        let annotated = |side: Side| side_span(&compared, pair, side).map(|span| badges(&state, notes, side, span));
        html! {
            <div id={row_id(row)} tabindex="-1" class={classes!("redline-row", focused.then_some("pair-focused"))} {onclick}>
                <p class="redline-text" dir="auto">
                    { moved }
                    { redline_pair(&compared, pair) }
                    { annotated(Side::A) }
                    { annotated(Side::B) }
                </p>
                { pair_notes(&state, notes, &compared, pair, None) }
            </div>
        }
    });
    html! { <><div class="redline">{ for rows }</div><MoreRows {hidden} {shown} /></> }
}

fn redline_pair(c: &Compared, pair: &Pair) -> Html {
    let (a, b) = (&*c.a, &*c.b);
    match pair.kind {
        PairKind::Added => {
            let s = side_span(c, pair, Side::B).unwrap_or_default();
            html! { <ins class="diff-ins"><span class="sr-only">{ texts::INSERTED }{ ": " }</span>{ s.slice(b).to_owned() }</ins> }
        }
        PairKind::Removed => {
            let s = side_span(c, pair, Side::A).unwrap_or_default();
            html! { <del class="diff-del"><span class="sr-only">{ texts::DELETED }{ ": " }</span>{ s.slice(a).to_owned() }</del> }
        }
        _ => {
            let Some(diff) = pair.diff.as_ref().filter(|d| !d.timed_out) else {
                let sb = side_span(c, pair, Side::B).unwrap_or_default();
                return html! { { sb.slice(b).to_owned() } };
            };
            redline_diff(a, b, side_span(c, pair, Side::B).map_or(0, |s| s.start), &diff.ops)
        }
    }
}

/// A word diff as one text: B's words, A's deletions struck through and B's
/// insertions underlined (`b_start`: where B's passage starts). The
/// landscape shows its variants this way too.
pub fn redline_diff(a: &str, b: &str, b_start: usize, ops: &[WordChange]) -> Html {
    let mut nodes = Vec::new();
    let mut b_pos = b_start;
    for op in ops {
        match op.op {
            WordOp::Equal | WordOp::Insert => {
                let s = op.b.unwrap_or_default();
                if s.start > b_pos {
                    nodes.push(html! { { b[b_pos..s.start].to_owned() } });
                }
                let word = s.slice(b).to_owned();
                nodes.push(if op.op == WordOp::Equal {
                    html! { { word } }
                } else {
                    html! { <ins class="diff-ins"><span class="sr-only">{ texts::INSERTED }{ ": " }</span>{ word }</ins> }
                });
                b_pos = s.end.max(b_pos);
            }
            WordOp::Delete => {
                let word = op.a.unwrap_or_default().slice(a).to_owned();
                nodes.push(html! { <del class="diff-del"><span class="sr-only">{ texts::DELETED }{ ": " }</span>{ word }</del> });
                nodes.push(html! { " " });
            }
        }
    }
    nodes.into_iter().collect()
}
