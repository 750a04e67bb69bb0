use std::rc::Rc;

use andamal_core::landscape::Group;
use andamal_core::word_diff::WordOp;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::{AppContext, redline_diff};
use crate::landscape::{Computed, LandscapeAction};
use crate::state::Action;
use crate::texts;

/// Formulations rendered before "Visa fler".
const GROUPS_AT_ONCE: usize = 40;

#[derive(Properties, PartialEq)]
pub struct GroupsProps {
    pub computed: Rc<Computed>,
}

/// The formulations: each shown once in its most common wording, with how
/// many and which documents use it, and its other wordings word-diffed
/// against it; a sentence only one document has stands out.
#[component]
pub fn Groups(props: &GroupsProps) -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let shown = use_state(|| GROUPS_AT_ONCE);
    let c = &props.computed;
    let l = &c.landscape;
    let found = l.documents.iter().filter(|d| d.found).count();
    let own = l.groups.iter().filter(|g| g.documents == 1).count();
    let only_own = state.landscape.only_own;
    let groups: Vec<&Group> = l.groups.iter().filter(|g| !only_own || g.documents == 1).collect();
    let hidden = groups.len().saturating_sub(*shown);
    let toggle = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::Landscape(LandscapeAction::SetOnlyOwn(on)));
        })
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + GROUPS_AT_ONCE * 4))
    };
    html! {
        <section class="landscape-groups" aria-labelledby="groups-title">
            <h3 id="groups-title">{ texts::FORMULATIONS }</h3>
            <p class="landscape-summary">{ texts::landscape_summary(l.documents.len(), found, l.groups.len(), own) }</p>
            <label class="check"><input type="checkbox" checked={only_own} onchange={toggle} />{ " " }{ texts::ONLY_OWN }</label>
            <ol class="formulations">
                { for groups.iter().take(*shown).map(|g| formulation(&state, c, g, found)) }
            </ol>
            if hidden > 0 {
                <p class="more-rows"><button type="button" class="button" onclick={more}>{ texts::more_rows(hidden) }</button></p>
            }
        </section>
    }
}

fn formulation(state: &AppContext, c: &Computed, g: &Group, found: usize) -> Html {
    let wording = g.wording();
    let wording_text = &*c.texts[wording.doc];
    let name = |doc: usize| state.landscape.name_of(c, doc);
    let mut users: Vec<usize> = g.members.iter().map(|m| m.doc).collect();
    users.dedup();
    // The members that say exactly the wording, then each other wording once
    // with the documents that use it.
    let same: Vec<usize> =
        g.members.iter().filter(|m| m.diff.ops.iter().all(|o| o.op == WordOp::Equal)).map(|m| m.doc).collect();
    let mut variants: Vec<(&str, Vec<usize>, &andamal_core::landscape::Member)> = Vec::new();
    for m in g.members.iter().filter(|m| m.diff.ops.iter().any(|o| o.op != WordOp::Equal)) {
        let text = m.span.slice(&c.texts[m.doc]);
        match variants.iter_mut().find(|v| v.0 == text) {
            Some(v) => v.1.push(m.doc),
            None => variants.push((text, vec![m.doc], m)),
        }
    }
    let names = |docs: &[usize]| {
        let mut docs = docs.to_vec();
        docs.dedup();
        docs.iter().map(|&d| name(d)).collect::<Vec<_>>().join(", ")
    };
    let own = g.documents == 1;
    html! {
        <li class={classes!("formulation", own.then_some("formulation-own"))}>
            <p class="formulation-use">
                <span class={classes!("badge", if own { "badge-unsure" } else { "badge-sure" })}>{ texts::used_by(g.documents, found) }</span>
                { " " }<span class="formulation-docs">{ names(&users) }</span>
            </p>
            <p class="formulation-text" dir="auto">{ wording.span.slice(wording_text).to_owned() }</p>
            if !variants.is_empty() {
                <ul class="variants">
                    if same.len() > 1 {
                        <li class="variant variant-same"><span class="variant-docs">{ texts::SAME_WORDING }{ ": " }{ names(&same) }</span></li>
                    }
                    { for variants.iter().map(|(_, docs, m)| html! {
                        <li class="variant">
                            <span class="variant-docs">{ names(docs) }{ ": " }</span>
                            <span class="variant-text" dir="auto">{ redline_diff(wording_text, &c.texts[m.doc], m.span.start, &m.diff.ops) }</span>
                        </li>
                    }) }
                </ul>
            }
        </li>
    }
}
