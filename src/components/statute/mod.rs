//! The whole förbundsordningar compared § by § (issue #17): an outline of
//! section pairs with a change badge each, the ändamål pair marked and
//! opened first; a tapped section opens with the pair view's own rows
//! (`PairRows`), so annotating, pair notes and the matrix work as there.
//! The comparison runs in the worker ([`crate::hooks::use_statute`]).

mod outline;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::AppContext;
use crate::hooks::{StatuteKey, use_debounced, use_statute, use_undo_keys};
use crate::state::Action;
use crate::statute_view::StatuteView;
use crate::texts;

use outline::StatuteOutline;

/// The § by § comparison of the two texts the user has.
#[component]
pub fn StatuteComparison() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let input = StatuteKey { a: state.texts[0].clone(), b: state.texts[1].clone(), folds: state.folds };
    let settled = use_debounced(Some(input.clone()), 250);
    let settled = if settled.is_none() { Some(input.clone()) } else { settled };
    let (result, running) = use_statute(settled.clone());
    let pending = running || settled.as_ref() != Some(&input);
    {
        let state = state.clone();
        let undo =
            use_callback((), move |back: bool, ()| state.dispatch(if back { Action::Undo } else { Action::Redo }));
        use_undo_keys(undo);
    }
    let body = match &result {
        None => html! {},
        Some((_, Err(problem))) => html! { <p class="notice notice-warning" role="status">{ problem.clone() }</p> },
        // Keyed by the result: a new comparison starts with the ändamål open.
        Some((key, Ok(view))) => html! {
            <StatuteOutline key={Rc::as_ptr(view) as usize} view={Same(view.clone())} a={key.a.clone()} b={key.b.clone()} />
        },
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

/// A comparison, compared by identity.
#[derive(Clone)]
pub(crate) struct Same(pub(crate) Rc<StatuteView>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
