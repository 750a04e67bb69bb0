use andamal_core::Span;
use andamal_core::align::{Pair, PairKind};
use andamal_core::word_diff::WordOp;
use yew::prelude::*;

use crate::components::{AppContext, Compared, MoreRows, ROWS_AT_ONCE, row_window};
use crate::state::Action;
use crate::texts;

/// Side by side: one row per pair, A left and B right; a card per pair on a
/// phone (the stylesheet stacks the cells).
#[component]
pub fn PairRows() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let compared = use_context::<Compared>().expect("Compared");
    let al = &compared.alignment;
    let shown = use_state(|| ROWS_AT_ONCE);
    let (visible, hidden) = row_window(al, state.only_changes, state.focus, *shown);
    let rows = visible.into_iter().map(|(row, pair)| {
        let focused = state.focus == Some(row);
        let hovered = state.hover == Some(row);
        let onfocus = {
            let state = state.clone();
            Callback::from(move |_: FocusEvent| state.dispatch(Action::Focus(Some(row))))
        };
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Focus(Some(row))))
        };
        let onenter = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Hover(Some(row))))
        };
        let onleave = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::Hover(None)))
        };
        html! {
            <div id={row_id(row)}
                class={classes!("pair-row", kind_class(pair.kind), focused.then_some("pair-focused"), hovered.then_some("pair-hover"))}
                role="row" tabindex="-1" aria-current={focused.then_some("true")}
                onfocusin={onfocus} {onclick} onmouseenter={onenter} onmouseleave={onleave}>
                { cell(&compared, pair, true) }
                { cell(&compared, pair, false) }
            </div>
        }
    });
    html! {
        <div class="pairs" role="table" aria-label={texts::VIEW_SIDE_BY_SIDE}>
            <div class="pair-row pair-head" role="row">
                <div class="pair-cell" role="columnheader">{ texts::SIDE_LABELS[0] }</div>
                <div class="pair-cell" role="columnheader">{ texts::SIDE_LABELS[1] }</div>
            </div>
            { for rows }
            <MoreRows {hidden} {shown} />
        </div>
    }
}

/// The DOM id of a row, for navigation.
#[must_use]
pub fn row_id(row: usize) -> String {
    format!("pair-{row}")
}

fn kind_class(kind: PairKind) -> &'static str {
    match kind {
        PairKind::Equal => "kind-equal",
        PairKind::Changed => "kind-changed",
        PairKind::Moved => "kind-moved",
        PairKind::Added => "kind-added",
        PairKind::Removed => "kind-removed",
    }
}

fn cell(c: &Compared, pair: &Pair, side_a: bool) -> Html {
    let (idx, clauses, text) = if side_a { (&pair.a, &c.alignment.a, &*c.a) } else { (&pair.b, &c.alignment.b, &*c.b) };
    let side_label = texts::SIDE_SHORT[usize::from(!side_a)];
    let class = classes!("pair-cell", if side_a { "cell-a" } else { "cell-b" });
    if idx.is_empty() {
        let missing = if side_a { texts::MISSING_IN_A } else { texts::MISSING_IN_B };
        return html! {
            <div {class} role="cell">
                <span class="cell-side" aria-hidden="true">{ side_label }</span>
                <p class="cell-missing">{ missing }</p>
            </div>
        };
    }
    let first = &clauses[idx[0]];
    let span = Span::new(first.span.start, clauses[idx[idx.len() - 1]].span.end);
    let moved_note = (pair.kind == PairKind::Moved).then(|| {
        // A's side says where it went in B; B's side where it came from in A.
        let other = if side_a {
            pair.b.first().map(|&j| &c.alignment.b[j])
        } else {
            pair.a.first().map(|&i| &c.alignment.a[i])
        };
        let stycke = other.map(|o| o.address.stycke_short()).unwrap_or_default();
        if side_a { texts::moved_to(&stycke) } else { texts::moved_from(&stycke) }
    });
    let split_note = match (pair.a.len(), pair.b.len()) {
        (1, 2) if !side_a => Some(texts::SPLIT_NOTE),
        (2, 1) if side_a => Some(texts::MERGED_NOTE),
        _ => None,
    };
    html! {
        <div {class} role="cell">
            <span class="cell-side" aria-hidden="true">{ side_label }</span>
            <span class="address" title={first.address.spelled()} aria-label={first.address.spelled()}>{ first.address.short() }</span>
            if let Some(note) = moved_note { <span class="moved-tag">{ "⇅ " }{ note }</span> }
            if let Some(note) = split_note { <span class="split-tag">{ note }</span> }
            <p class="sentence" dir="auto">{ marked(text, span, pair, side_a) }</p>
        </div>
    }
}

/// One side's sentence text with that side's changes marked: deletions on A,
/// insertions on B; the other side's words are left out.
pub fn marked(text: &str, span: Span, pair: &Pair, side_a: bool) -> Html {
    let Some(diff) = &pair.diff else {
        return html! { { span.slice(text).to_owned() } };
    };
    if pair.kind == PairKind::Equal || diff.timed_out {
        return html! { { span.slice(text).to_owned() } };
    }
    let mut nodes = Vec::new();
    let mut cursor = span.start;
    for op in &diff.ops {
        let own = if side_a { op.a } else { op.b };
        let Some(s) = own else { continue };
        if s.start > cursor {
            nodes.push(html! { { text[cursor..s.start].to_owned() } });
        }
        let word = s.slice(text).to_owned();
        nodes.push(match (op.op, side_a) {
            (WordOp::Equal, _) => html! { { word } },
            (WordOp::Delete, true) => {
                html! { <del class="diff-del"><span class="sr-only">{ texts::DELETED }{ ": " }</span>{ word }</del> }
            }
            (_, _) => {
                html! { <ins class="diff-ins"><span class="sr-only">{ texts::INSERTED }{ ": " }</span>{ word }</ins> }
            }
        });
        cursor = s.end.max(cursor);
    }
    if cursor < span.end {
        nodes.push(html! { { text[cursor..span.end].to_owned() } });
    }
    nodes.into_iter().collect()
}
