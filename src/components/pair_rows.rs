use andamal_core::Span;
use andamal_core::diff::align::{Pair, PairKind};
use yew::prelude::*;

use crate::components::{Compared, InComparison, MoreRows, ROWS_AT_ONCE, row_window, sentence, use_comparison};
use crate::derived::Notes;
use crate::dom::{row_id, take_selected_span};
use crate::state::{Action, AppContext, Side, Target};
use crate::texts;

/// Side by side: one row per pair, A left and B right; a card per pair on a
/// phone (the stylesheet stacks the cells).
#[component]
pub fn PairRows() -> Html {
    let InComparison { state, derived, compared } = use_comparison();
    let notes = &derived.notes;
    let al = &compared.alignment;
    let shown = use_state(|| ROWS_AT_ONCE);
    // A drag over one side's text opens the annotation editor on it.
    let onmouseup = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((side, span)) = take_selected_span() {
                let span = andamal_core::text::wordwise::snap(&state.work.texts[side.index()], span);
                if !span.is_empty() {
                    state.dispatch(Action::OpenDraft(Target::Span(side, span)));
                }
            }
        })
    };
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
                { cell(&state, notes, &compared, pair, true) }
                { cell(&state, notes, &compared, pair, false) }
                { pair_notes(&state, notes, &compared, pair, Some("cell")) }
            </div>
        }
    });
    html! {
        <div class="pairs" role="table" aria-label={texts::VIEW_SIDE_BY_SIDE} {onmouseup}>
            <div class="pair-row pair-head" role="row">
                <div class="pair-cell" role="columnheader" dir="auto">{ texts::side_heading(0, &state.work.names[0]) }</div>
                <div class="pair-cell" role="columnheader" dir="auto">{ texts::side_heading(1, &state.work.names[1]) }</div>
            </div>
            { for rows }
            <MoreRows {hidden} {shown} />
        </div>
    }
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

/// A side's stretch of a pair: from its first sentence to its last.
#[must_use]
pub fn side_span(c: &Compared, pair: &Pair, side: Side) -> Option<Span> {
    let (idx, clauses) = match side {
        Side::A => (&pair.a, &c.alignment.a),
        Side::B => (&pair.b, &c.alignment.b),
    };
    let first = clauses.get(*idx.first()?)?;
    let last = clauses.get(*idx.last()?)?;
    Some(Span::new(first.span.start, last.span.end))
}

/// Notes on this pair (anchored by both its sentences), and the button that
/// adds one; `role` is "cell" inside the side-by-side table.
pub fn pair_notes(state: &AppContext, notes: &Notes, c: &Compared, pair: &Pair, role: Option<&'static str>) -> Html {
    let (Some(a), Some(b)) = (side_span(c, pair, Side::A), side_span(c, pair, Side::B)) else { return html! {} };
    let spans = [a, b];
    let within = |s: Span, outer: Span| outer.start <= s.start && s.start < outer.end.max(outer.start + 1);
    let existing = state.work.notebook.pair_notes.iter().filter_map(|p| {
        let [pa, pb] = notes.placement.pair_note(p.id)?;
        (within(pa, a) && within(pb, b)).then_some((p.id, p.note.clone(), [pa, pb]))
    });
    let existing: Vec<_> = existing.collect();
    if existing.is_empty() && pair.kind == PairKind::Equal {
        return html! {};
    }
    let items = existing.into_iter().map(|(id, note, at)| {
        let onclick = {
            let state = state.clone();
            Callback::from(move |e: MouseEvent| {
                e.stop_propagation();
                state.dispatch(Action::EditNote(id, Target::Pair(at)));
            })
        };
        html! {
            <li class="pair-note">
                <span class="pair-note-icon" aria-hidden="true">{ "💬" }</span>
                <span class="pair-note-text" dir="auto">{ note }</span>
                <button type="button" class="link-button" {onclick}>{ texts::EDIT }</button>
            </li>
        }
    });
    let onclick = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            state.dispatch(Action::OpenDraft(Target::Pair(spans)));
        })
    };
    html! {
        <div class="pair-notes" {role}>
            <ul class="pair-note-list">{ for items }</ul>
            if pair.kind != PairKind::Equal {
                <button type="button" class="button button-quiet note-button" {onclick}>{ texts::PAIR_NOTE }</button>
            }
        </div>
    }
}

fn cell(state: &AppContext, notes: &Notes, c: &Compared, pair: &Pair, side_a: bool) -> Html {
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
    let side = if side_a { Side::A } else { Side::B };
    let span = Span::new(first.span.start, clauses[idx[idx.len() - 1]].span.end);
    let onannotate = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            e.stop_propagation();
            state.dispatch(Action::OpenDraft(Target::Span(side, span)));
        })
    };
    // On a touch screen a tap on the sentence opens the editor on it (a
    // mouse drags over words instead, see `PairRows`); a badge opens its own.
    let ontap = {
        let state = state.clone();
        Callback::from(move |e: PointerEvent| {
            let on_button = e.target_dyn_into::<web_sys::Element>().and_then(|t| t.closest("button").ok().flatten());
            if e.pointer_type() == "touch" && on_button.is_none() {
                state.dispatch(Action::TapSentence(side, span));
            }
        })
    };
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
            <p class="sentence" dir="auto" onpointerup={ontap}>{ sentence(state, notes, text, span, side, pair) }</p>
            <button type="button" class="button button-quiet note-button" onclick={onannotate} title={texts::ANNOTATE_HINT}>
                { texts::ANNOTATE }<span class="sr-only">{ format!(" {} {}", texts::SIDE_SHORT[side.index()], first.address.spelled()) }</span>
            </button>
        </div>
    }
}
