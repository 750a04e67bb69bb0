use andamal_core::Span;
use andamal_core::notes::matrix::{Verdict, theme_places};
use andamal_core::notes::theme_ref::ThemeRef;
use yew::prelude::*;

use crate::components::{InComparison, use_comparison};
use crate::state::{Action, Side};
use crate::texts;

/// Who says what: for each theme, where A and B address it (click to jump)
/// and whether the wording differs there; a sentence paired with an
/// annotated one carries its theme (see `andamal_core::notes::matrix`), marked so,
/// to confirm or turn down. What a moderator projects.
#[component]
pub fn Matrix() -> Html {
    let InComparison { state, derived, compared } = use_comparison();
    let book = &state.work.notebook;
    let mut rows = Vec::new();
    let mut unaddressed = Vec::new();
    let texts = [&*compared.a, &*compared.b];
    for look in book.themes() {
        let marks: Vec<(usize, Span)> = book
            .annotations
            .iter()
            .filter(|a| a.themes.contains(&look.reference))
            .filter_map(|a| Some((a.side.index(), derived.notes.placement.annotation(a.id)?)))
            .collect();
        let builtin = match look.reference {
            ThemeRef::BuiltIn(id) => Some(id),
            ThemeRef::Custom(_) => None,
        };
        let rejected = |side: usize, span: Span| {
            builtin.is_some_and(|id| {
                derived.notes.placement.is_rejected(if side == 1 { Side::B } else { Side::A }, id, span)
            })
        };
        let places = theme_places(&compared.alignment, texts, &marks, rejected);
        let verdict = places.verdict();
        if verdict == Verdict::Nowhere {
            unaddressed.push(look.label);
            continue;
        }
        let cell = |side: Side| {
            let list = &places.sides[side.index()];
            if list.is_empty() {
                return html! { <td class="matrix-none">{ texts::MATRIX_NONE }</td> };
            }
            let clauses = if side == Side::A { &compared.alignment.a } else { &compared.alignment.b };
            let links = list.iter().map(|place| {
                let row = place.row;
                let address = clauses.get(place.clause).map(|c| c.address.short()).unwrap_or_default();
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |_: MouseEvent| state.dispatch(Action::Jump(row)))
                };
                let link = html! { <button type="button" class="link-button matrix-link" {onclick}>{ address.clone() }</button> };
                if !place.carried {
                    return link;
                }
                // Carried through the pair: confirm or turn down in one tap.
                let decide = |confirm: bool| {
                    let state = state.clone();
                    let theme = look.reference.clone();
                    let span = place.span;
                    Callback::from(move |_: MouseEvent| state.dispatch(Action::Carry(side, theme.clone(), span, confirm)))
                };
                let label = |verb: &str| format!("{verb} {} {} {address}", look.label, texts::SIDE_SHORT[side.index()]);
                html! {
                    <span class="matrix-carried">
                        { link }
                        <span class="matrix-carried-tag">{ texts::CARRIED }</span>
                        <button type="button" class="button button-quiet matrix-decide" onclick={decide(true)}
                            aria-label={label(texts::CONFIRM)} title={texts::CONFIRM}>{ "✓" }</button>
                        if builtin.is_some() {
                            <button type="button" class="button button-quiet matrix-decide" onclick={decide(false)}
                                aria-label={label(texts::TURN_DOWN)} title={texts::TURN_DOWN}>{ "✕" }</button>
                        }
                    </span>
                }
            });
            html! { <td>{ for links }</td> }
        };
        let verdict = match verdict {
            Verdict::OnlyA => texts::ONLY_A,
            Verdict::OnlyB => texts::ONLY_B,
            Verdict::Differs => texts::YES,
            Verdict::Same | Verdict::Nowhere => texts::NO,
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
    andamal_core::text::swedish::sort(&mut unaddressed);
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
                            <th scope="col" dir="auto">{ texts::side_heading(0, &state.work.names[0]) }</th>
                            <th scope="col" dir="auto">{ texts::side_heading(1, &state.work.names[1]) }</th>
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
