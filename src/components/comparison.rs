use std::rc::Rc;

use andamal_core::align::{Alignment, PairKind, Side as AlignSide, align_sides};
use andamal_core::selection::Source;
use andamal_core::{Folds, Span};
use yew::prelude::*;

use crate::components::{AppContext, ChangeNav, PairRows, Redline, Summary};
use crate::derived::Derived;
use crate::hooks::use_debounced;
use crate::state::{Action, View};
use crate::texts;

/// Both compared texts, their ranges and section numbers, and the folds.
type Input = (Rc<str>, Span, Option<String>, Rc<str>, Span, Option<String>, Folds);

/// How long one word diff may take before it falls back to sentence level.
const DIFF_BUDGET: std::time::Duration = std::time::Duration::from_millis(200);

/// The alignment every comparison view renders, shared through context.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub a: Rc<str>,
    pub b: Rc<str>,
    pub alignment: Rc<Alignment>,
}

impl Compared {
    /// Row indices of every pair that is not equal: what navigation visits.
    #[must_use]
    pub fn changes(&self) -> Vec<usize> {
        self.alignment.pairs.iter().enumerate().filter(|(_, p)| p.kind != PairKind::Equal).map(|(i, _)| i).collect()
    }
}

/// The comparison of the two chosen sections, following the typed text with
/// a short delay.
#[component]
pub fn Comparison() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let derived = use_context::<Derived>().expect("Derived");
    let [va, vb] = &derived.sides;
    let input: Input = (
        va.text.clone(),
        va.selection.span,
        va.selection.number.clone(),
        vb.text.clone(),
        vb.selection.span,
        vb.selection.number.clone(),
        state.folds,
    );
    let empty = va.selection.source == Source::Empty || vb.selection.source == Source::Empty;
    let settled = use_debounced(input.clone(), 250);
    let pending = settled != input;
    let compared = use_memo(settled, |(a, sa, na, b, sb, nb, folds): &Input| {
        if sa.is_empty() || sb.is_empty() {
            return None;
        }
        let side_a = AlignSide { text: a, span: *sa, number: na.as_deref(), document: None };
        let side_b = AlignSide { text: b, span: *sb, number: nb.as_deref(), document: None };
        let alignment = align_sides(side_a, side_b, *folds, Some(DIFF_BUDGET));
        Some(Compared { a: a.clone(), b: b.clone(), alignment: Rc::new(alignment) })
    });
    let set_view = |view: View| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetView(view)))
    };
    let toggle_only = {
        let state = state.clone();
        let on = state.only_changes;
        Callback::from(move |_: Event| state.dispatch(Action::SetOnlyChanges(!on)))
    };
    let body = match (&*compared, empty) {
        (_, true) | (None, _) => html! { <p class="empty-hint">{ texts::EMPTY_HINT }</p> },
        (Some(c), false) => html! {
            <ContextProvider<Compared> context={c.clone()}>
                <Summary />
                <div class="view-controls" role="group" aria-label="Visning">
                    <div class="segmented">
                        <button type="button" class={classes!("segment", (state.view == View::SideBySide).then_some("segment-on"))}
                            aria-pressed={(state.view == View::SideBySide).to_string()} onclick={set_view(View::SideBySide)}>
                            { texts::VIEW_SIDE_BY_SIDE }
                        </button>
                        <button type="button" class={classes!("segment", (state.view == View::Redline).then_some("segment-on"))}
                            aria-pressed={(state.view == View::Redline).to_string()} onclick={set_view(View::Redline)}>
                            { texts::VIEW_REDLINE }
                        </button>
                    </div>
                    <label class="toggle">
                        <input type="checkbox" checked={state.only_changes} onchange={toggle_only} />
                        { texts::ONLY_CHANGES }
                    </label>
                    <ChangeNav />
                </div>
                { match state.view {
                    View::SideBySide => html! { <PairRows /> },
                    View::Redline => html! { <Redline /> },
                } }
            </ContextProvider<Compared>>
        },
    };
    html! {
        <section class="comparison" aria-labelledby="comparison-title" aria-busy={pending.to_string()}>
            <div class="comparison-head">
                <h2 id="comparison-title">{ texts::COMPARISON }</h2>
                if pending { <span class="status-busy" role="status">{ texts::COMPARING }</span> }
            </div>
            { body }
        </section>
    }
}
