use andamal_core::align::PairKind;
use yew::prelude::*;

use crate::components::{AppContext, Compared};
use crate::derived::Derived;
use crate::state::{Action, Side};
use crate::texts;

/// Who says what: for each theme, where A and B address it (click to jump)
/// and whether the wording differs there. What a moderator projects.
#[component]
pub fn Matrix() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let derived = use_context::<Derived>().expect("Derived");
    let compared = use_context::<Compared>().expect("Compared");
    let book = &state.notebook;
    let mut rows = Vec::new();
    let mut unaddressed = Vec::new();
    for look in book.themes() {
        // Per side: (row, address) of each annotated sentence, in order, once.
        let mut places: [Vec<(usize, String)>; 2] = [Vec::new(), Vec::new()];
        let mut differs = false;
        for a in book.annotations.iter().filter(|a| a.themes.contains(&look.reference)) {
            let side = if a.side == 0 { Side::A } else { Side::B };
            let Some(span) = derived.notes.placement.annotation(a.id) else { continue };
            let Some((row, clause)) = compared.locate(side, span.start) else { continue };
            differs |= compared.alignment.pairs[row].kind != PairKind::Equal;
            let entry = (row, clause.address.short());
            if !places[side.index()].contains(&entry) {
                places[side.index()].push(entry);
            }
        }
        if places.iter().all(Vec::is_empty) {
            unaddressed.push(look.label);
            continue;
        }
        for p in &mut places {
            andamal_core::order::sort(p);
        }
        let cell = |side: Side| {
            let list = &places[side.index()];
            if list.is_empty() {
                return html! { <td class="matrix-none">{ texts::MATRIX_NONE }</td> };
            }
            let links = list.iter().map(|(row, address)| {
                let row = *row;
                let state = state.clone();
                let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::Jump(row)));
                html! { <button type="button" class="link-button matrix-link" {onclick}>{ address.clone() }</button> }
            });
            html! { <td>{ for links }</td> }
        };
        let verdict = match (places[0].is_empty(), places[1].is_empty()) {
            (false, true) => texts::ONLY_A,
            (true, false) => texts::ONLY_B,
            _ if differs => texts::YES,
            _ => texts::NO,
        };
        rows.push(html! {
            <tr>
                <th scope="row">
                    <span class={classes!("badge", format!("theme-c{}", look.colour))} aria-hidden="true">{ look.symbol.clone() }</span>
                    { look.label.clone() }
                </th>
                { cell(Side::A) }
                { cell(Side::B) }
                <td class={classes!("matrix-verdict", (verdict == texts::YES).then_some("matrix-differs"))}>{ verdict }</td>
            </tr>
        });
    }
    // The themes nobody addresses, in Swedish order.
    andamal_core::swedish::sort(&mut unaddressed);
    html! {
        <div class="matrix">
            if rows.is_empty() {
                <p class="panel-hint">{ texts::MATRIX_EMPTY }</p>
            } else {
                <table class="matrix-table">
                    <caption class="sr-only">{ texts::PANEL_MATRIX }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ texts::MATRIX_THEME }</th>
                            <th scope="col" dir="auto">{ texts::side_heading(0, &state.names[0]) }</th>
                            <th scope="col" dir="auto">{ texts::side_heading(1, &state.names[1]) }</th>
                            <th scope="col">{ texts::MATRIX_DIFFERS }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
            if !unaddressed.is_empty() && !book.annotations.is_empty() {
                <p class="panel-hint">{ texts::MATRIX_UNADDRESSED }{ " " }{ unaddressed.join(", ") }</p>
            }
        </div>
    }
}
