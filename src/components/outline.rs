use yew::prelude::*;

use crate::derived::use_derived;
use crate::state::Side;
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub side: Side,
}

/// The document's § headings, listed only when opened (a 5 MB paste must
/// not render thousands of rows up front).
#[component]
pub fn Outline(props: &OutlineProps) -> Html {
    let derived = use_derived();
    let open = use_state(|| false);
    let view = derived.sides[props.side.index()].clone();
    let headings = &view.finding.headings;
    if headings.is_empty() {
        return html! {};
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let chosen = view.selection.span;
    const SHOWN: usize = 200;
    html! {
        <div class="outline">
            <button type="button" class="button button-quiet" aria-expanded={open.to_string()} onclick={ontoggle}>
                { texts::outline_toggle(*open, headings.len()) }
            </button>
            if *open {
                <ol class="outline-list">
                    { for headings.iter().take(SHOWN).map(|h| {
                        let here = h.start <= chosen.start && chosen.start <= h.end + 2 || (h.end <= chosen.start && chosen.start - h.end < 8);
                        html! { <li class={classes!(here.then_some("outline-chosen"))} dir="auto">{ h.slice(&view.text) }</li> }
                    }) }
                    if headings.len() > SHOWN { <li class="outline-more">{ texts::more_headings(headings.len() - SHOWN) }</li> }
                </ol>
            }
        </div>
    }
}
