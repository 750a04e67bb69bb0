//! The whole förbundsordningar compared § by § (issue #17): an outline of
//! section pairs in B's order, each with a change badge, the ändamål pair
//! marked and opened first; one section is open at a time, shown with the
//! pair view's own rows (`PairRows`), so annotating and pair notes work as
//! there. Under the outline, the notes, themes and matrix of the whole texts
//! (the whole documents' alignment: every section is covered); a jump from
//! them opens the section holding the row.
//!
//! The comparison, and every label the outline shows, is made in the worker
//! ([`crate::hooks::use_statute`], [`crate::statute_view`]). One component:
//! each costs the page's wasm its own code.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{Compared, NoteEditor, PairRows, Tools, use_comparison_keys};
use crate::hooks::{StatuteKey, use_scroll_to_row, use_statute};
use crate::state::{Action, use_app};
use crate::statute_view::kind_index;
use crate::texts;

/// The section chosen when all are closed.
const CLOSED: usize = usize::MAX;

const SEC_CLASSES: [&str; 5] = ["sec-equal", "sec-changed", "sec-moved", "sec-added", "sec-removed"];

/// The § by § comparison of the two texts the user has.
#[component]
pub fn StatuteComparison() -> Html {
    let state = use_app();
    let input = StatuteKey { a: state.work.texts[0].clone(), b: state.work.texts[1].clone(), folds: state.work.folds };
    let (result, pending) = use_statute(input);
    let view = match &result {
        Some((key, Ok(view))) => Some((key.clone(), view.clone())),
        _ => None,
    };
    // The section chosen, for the comparison it was chosen in (`None`: the
    // ändamål's; `CLOSED`: none): a new comparison opens its ändamål.
    let id = view.as_ref().map_or(0, |(_, v)| Rc::as_ptr(v) as usize);
    let chosen = use_state(|| (0usize, None::<usize>));
    let open = view.as_ref().and_then(|(_, v)| match chosen.1.filter(|_| chosen.0 == id) {
        None => v.andamal[1].or(v.andamal[0]),
        Some(CLOSED) => None,
        Some(i) => Some(i),
    });
    // Keyed by the comparison's identity (a new result is a new `Rc`).
    let compared = {
        let view = view.clone();
        use_memo((id, open), move |&(_, open)| {
            let (key, view) = view?;
            let whole = Compared { a: key.a.clone(), b: key.b.clone(), alignment: Rc::new(view.sentences.clone()) };
            let section = open.map(|i| Compared { a: key.a, b: key.b, alignment: Rc::new(view.section(i)) });
            Some((whole, section))
        })
    };
    // A jump from the notes or the matrix names a row of the whole
    // alignment: open its section and jump again, to the row there.
    let seen = use_mut_ref(|| state.jumps);
    {
        let (state, chosen, view) = (state.clone(), chosen.clone(), view.clone());
        use_effect_with(state.jumps, move |&jumps| {
            if *seen.borrow() == jumps {
                return;
            }
            *seen.borrow_mut() = jumps;
            let found = view.as_ref().zip(state.focus).and_then(|((_, v), g)| v.locate_row(g));
            if let Some((section, row)) = found {
                chosen.set((id, Some(section)));
                *seen.borrow_mut() = jumps + 1;
                state.dispatch(Action::Jump(row));
            }
        });
    }
    use_scroll_to_row(state.focus, state.jumps);
    // Undo, redo and the presentation's keys as on the pair view; the change
    // keys step through the pair view's rows only (here rows are a section's).
    use_comparison_keys(&state, None);
    let body = match (&result, &*compared) {
        (Some((_, Err(problem))), _) => {
            html! { <p class="notice notice-warning" role="status">{ problem.clone() }</p> }
        }
        (Some((_, Ok(view))), Some((whole, section))) => {
            let rows = view.sections.iter().enumerate().map(|(i, row)| {
                let is_open = open == Some(i);
                let onclick = {
                    let (state, chosen) = (state.clone(), chosen.clone());
                    Callback::from(move |_: MouseEvent| {
                        state.dispatch(Action::Focus(None));
                        chosen.set((id, Some(if is_open { CLOSED } else { i })));
                    })
                };
                let andamal = view.andamal.contains(&Some(i));
                let kind = kind_index(row.kind);
                html! {
                    <li class={classes!("sec", SEC_CLASSES[kind], is_open.then_some("sec-open"), andamal.then_some("sec-andamal"))}>
                        <button type="button" class="sec-head" aria-expanded={is_open.to_string()} {onclick}>
                            <span class="badge sec-badge">{ texts::SECTION_KINDS[kind] }</span>
                            <span class="sec-numbers">{ row.numbers.clone() }</span>
                            if andamal { <span class="sec-mark">{ texts::ANDAMAL_MARK }</span> }
                            <span class="sec-title">{ row.title.clone() }</span>
                            if let Some(was) = &row.was { <span class="sec-was">{ was.clone() }</span> }
                        </button>
                        if is_open {
                            <div class="sec-body">
                                if let Some(c) = section.clone().filter(|c| !c.alignment.pairs.is_empty()) {
                                    <ContextProvider<Compared> context={c}><PairRows /></ContextProvider<Compared>>
                                } else {
                                    <p class="empty-hint">{ texts::SECTION_WITHOUT_TEXT }</p>
                                }
                            </div>
                        }
                    </li>
                }
            });
            html! {
                <ContextProvider<Compared> context={whole.clone()}>
                    <p class="summary" role="status">{ view.summary.clone() }</p>
                    <p class="legend">{ texts::STATUTE_HINT }</p>
                    <ol class="sec-list">{ for rows }</ol>
                    if !state.mode.presenting() { <Tools /> }
                    if let Some(draft) = state.draft { <NoteEditor key={draft.serial} {draft} /> }
                </ContextProvider<Compared>>
            }
        }
        _ => html! {},
    };
    html! {
        <section class="comparison statute" aria-labelledby="statute-title" aria-busy={pending.to_string()}>
            <div class="comparison-head">
                <h2 id="statute-title">{ texts::STATUTE_TITLE }</h2>
                if pending { <span class="status-busy" role="status">{ texts::COMPARING }</span> }
            </div>
            { body }
        </section>
    }
}
