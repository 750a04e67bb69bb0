use std::rc::Rc;

use yew::prelude::*;

use super::Same;
use crate::components::{AppContext, Compared, NoteEditor, PairRows, Tools};
use crate::hooks::use_scroll_to_row;
use crate::state::Action;
use crate::statute_view::kind_index;
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub view: Same,
    /// The texts the comparison was made for.
    pub a: Rc<str>,
    pub b: Rc<str>,
}

/// The section chosen when all are closed.
const CLOSED: usize = usize::MAX;

/// Every section pair, in B's order, with its change badge; one is open at
/// a time (the ändamål's first), showing its sentences as the pair view
/// does. Under them the notes, themes and matrix of the whole texts (the
/// whole documents' alignment: every section is covered).
#[component]
pub fn StatuteOutline(props: &OutlineProps) -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let view = props.view.0.clone();
    // `None`: the default, the ändamål's section; `Some(CLOSED)`: none.
    let chosen = use_state(|| None::<usize>);
    let open = match *chosen {
        None => view.andamal[1].or(view.andamal[0]),
        Some(CLOSED) => None,
        Some(i) => Some(i),
    };
    let (a, b) = (props.a.clone(), props.b.clone());
    let compared = use_memo((props.view.clone(), open), move |(view, open)| {
        let whole = Compared { a: a.clone(), b: b.clone(), alignment: Rc::new(view.0.sentences.clone()) };
        let section = open.map(|i| Compared { a, b, alignment: Rc::new(view.0.section(i)) });
        (whole, section)
    });
    let (whole, section) = &*compared;
    // A jump from the notes or the matrix names a row of the whole
    // alignment: open its section and focus the row there.
    let seen = use_mut_ref(|| state.jumps);
    let scrolls = use_state(|| 0u32);
    {
        let (state, chosen, scrolls, view) = (state.clone(), chosen.clone(), scrolls.clone(), view.clone());
        use_effect_with(state.jumps, move |&jumps| {
            if *seen.borrow() == jumps {
                return;
            }
            *seen.borrow_mut() = jumps;
            if let Some((s, row)) = state.focus.and_then(|g| view.locate_row(g)) {
                chosen.set(Some(s));
                state.dispatch(Action::Focus(Some(row)));
                scrolls.set(*scrolls + 1);
            }
        });
    }
    use_scroll_to_row(state.focus, *scrolls);
    let rows = view.sections.iter().enumerate().map(|(i, row)| {
        let is_open = open == Some(i);
        let onclick = {
            let (state, chosen) = (state.clone(), chosen.clone());
            Callback::from(move |_: MouseEvent| {
                state.dispatch(Action::Focus(None));
                chosen.set(Some(if is_open { CLOSED } else { i }));
            })
        };
        let andamal = view.andamal.contains(&Some(i));
        html! {
            <li class={classes!("sec", SEC_CLASSES[kind_index(row.kind)], is_open.then_some("sec-open"), andamal.then_some("sec-andamal"))}>
                <button type="button" class="sec-head" id={format!("sec-{i}")} aria-expanded={is_open.to_string()} {onclick}>
                    <span class="sec-line">
                        <span class="sec-badge">{ texts::SECTION_KINDS[kind_index(row.kind)] }</span>
                        if !row.numbers.is_empty() { <span class="sec-numbers">{ row.numbers.clone() }</span> }
                        if andamal { <span class="sec-mark">{ texts::ANDAMAL_MARK }</span> }
                    </span>
                    <span class="sec-title" dir="auto">{ row.title.clone() }</span>
                    if let Some(was) = &row.was { <span class="sec-was" dir="auto">{ texts::WAS }{ " " }{ was.clone() }</span> }
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
            if !state.presenting { <Tools /> }
            if let Some(draft) = state.draft { <NoteEditor key={draft.serial} {draft} /> }
        </ContextProvider<Compared>>
    }
}

const SEC_CLASSES: [&str; 5] = ["sec-equal", "sec-changed", "sec-moved", "sec-added", "sec-removed"];
