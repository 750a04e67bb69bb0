use std::rc::Rc;

use andamal_core::notebook::Notebook;
use andamal_core::session::Opened;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::AppContext;
use crate::landscape::Computed;
use crate::state::{Action, Mode};
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct OrderProps {
    pub computed: Rc<Computed>,
}

/// The documents in the core's order of likeness (the most alike side by
/// side), each with its likeness to the next and a button that opens the two
/// in the pair view; and two lists to open any other two.
#[component]
pub fn Order(props: &OrderProps) -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let c = &props.computed;
    let l = &c.landscape;
    let order = &l.order;
    let first = order.first().copied().unwrap_or(0);
    let second = order.get(1).copied().unwrap_or(first);
    let pick = use_state(|| (first, second));
    let (a, b) = (pick.0.min(order.len().saturating_sub(1)), pick.1.min(order.len().saturating_sub(1)));
    let open = |a: usize, b: usize| {
        let state = state.clone();
        let c = c.clone();
        Callback::from(move |_: MouseEvent| open_pair(&state, &c, a, b))
    };
    let choose = |which: usize| {
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            let Ok(value) = e.target_unchecked_into::<HtmlSelectElement>().value().parse::<usize>() else { return };
            pick.set(if which == 0 { (value, pick.1) } else { (pick.0, value) });
        })
    };
    let name = |i: usize| state.landscape.name_of(c, i);
    let rows = order.iter().enumerate().map(|(k, &i)| {
        let next = order.get(k + 1).copied().filter(|&j| l.documents[j].found && l.documents[i].found);
        html! {
            <li class={classes!("order-doc", (!l.documents[i].found).then_some("order-missing"))}>
                <span class="order-name">{ name(i) }</span>
                if !l.documents[i].found { <span class="order-note">{ texts::NOT_IN_LANDSCAPE }</span> }
                if let Some(j) = next {
                    <span class="order-next">
                        <span class="order-likeness">{ texts::likeness_to_next(l.likeness[i][j]) }</span>
                        <button type="button" class="button button-quiet order-open" onclick={open(i, j)}
                            aria-label={format!("{} {} – {}", texts::OPEN_PAIR_BUTTON, name(i), name(j))}>{ texts::COMPARE_WITH_NEXT }</button>
                    </span>
                }
            </li>
        }
    });
    let options = |selected: usize| {
        order
            .iter()
            .map(move |&i| html! { <option value={i.to_string()} selected={i == selected}>{ name(i) }</option> })
            .collect::<Html>()
    };
    html! {
        <section class="landscape-order" aria-labelledby="order-title">
            <h3 id="order-title">{ texts::ORDER_TITLE }</h3>
            <ol class="order-list">{ for rows }</ol>
            if order.len() >= 2 {
                <div class="order-pair">
                    <span class="order-pair-label">{ texts::OPEN_PAIR }</span>
                    <select class="select" aria-label="A" onchange={choose(0)}>{ options(a) }</select>
                    <select class="select" aria-label="B" onchange={choose(1)}>{ options(b) }</select>
                    <button type="button" class="button" onclick={open(a, b)} disabled={a == b}>{ texts::OPEN_PAIR_BUTTON }</button>
                </div>
            }
        </section>
    }
}

/// Opens documents `a` and `b` of the landscape as the pair view's A and B,
/// with the clauses chosen for them here.
pub fn open_pair(state: &AppContext, c: &Computed, a: usize, b: usize) {
    let (Some(ta), Some(tb)) = (c.texts.get(a), c.texts.get(b)) else { return };
    let opened = Opened {
        texts: [ta.to_string(), tb.to_string()],
        choices: [c.choices[a], c.choices[b]],
        folds: state.folds,
        names: [state.landscape.name_of(c, a), state.landscape.name_of(c, b)],
        title: state.landscape.title.clone(),
        notebook: Notebook::default(),
    };
    state.dispatch(Action::Open(Rc::new(opened)));
    state.dispatch(Action::SetMode(Mode::Pair));
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}
