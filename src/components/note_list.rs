use andamal_core::notebook::Notebook;
use yew::prelude::*;

use crate::components::{AppContext, Compared};
use crate::derived::Derived;
use crate::state::{Action, Side, Target};
use crate::texts;

/// Every annotation and pair note, in reading order, and the loose ones whose
/// text is gone ("lösa anteckningar"), never dropped.
#[component]
pub fn NoteList() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let derived = use_context::<Derived>().expect("Derived");
    let compared = use_context::<Compared>().expect("Compared");
    let book = &state.notebook;
    let placement = &derived.notes.placement;
    let mut placed: Vec<(usize, Html)> = Vec::new();
    let mut loose: Vec<Html> = Vec::new();
    for a in &book.annotations {
        let side = if a.side == 0 { Side::A } else { Side::B };
        let themes = badges(book, &a.themes);
        let Some(span) = placement.annotation(a.id) else {
            loose.push(loose_item(&state, a.id, &a.anchor.exact, &a.note, themes));
            continue;
        };
        let located = compared.locate(side, span.start);
        let place = where_is(side, located.map(|(_, c)| c.address.short()));
        let row = located.map(|(r, _)| r);
        let order = side.index() * 1_000_000_000 + span.start;
        let actions = actions(&state, a.id, Target::Span(side, span), row);
        placed.push((
            order,
            html! {
                <li class="note-item" key={a.id}>
                    <span class="note-where">{ place }</span>
                    if !a.author.is_empty() { <span class="note-author" title="Initialer">{ a.author.clone() }</span> }
                    { themes }
                    <q class="note-quote-text" dir="auto">{ span.slice(&state.texts[side.index()]).to_owned() }</q>
                    if !a.note.is_empty() { <p class="note-body" dir="auto">{ a.note.clone() }</p> }
                    { actions }
                </li>
            },
        ));
    }
    for p in &book.pair_notes {
        let Some([a, b]) = placement.pair_note(p.id) else {
            let quote = format!("{} ↔ {}", p.a.exact, p.b.exact);
            loose.push(loose_item(&state, p.id, &quote, &p.note, html! {}));
            continue;
        };
        let la = compared.locate(Side::A, a.start);
        let lb = compared.locate(Side::B, b.start);
        let place = format!(
            "{} ↔ {}",
            where_is(Side::A, la.map(|(_, c)| c.address.short())),
            where_is(Side::B, lb.map(|(_, c)| c.address.short()))
        );
        let row = la.or(lb).map(|(r, _)| r);
        placed.push((
            a.start,
            html! {
                <li class="note-item note-item-pair" key={p.id}>
                    <span class="note-where">{ place }</span>
                    if !p.author.is_empty() { <span class="note-author" title="Initialer">{ p.author.clone() }</span> }
                    <p class="note-body" dir="auto">{ p.note.clone() }</p>
                    { actions(&state, p.id, Target::Pair([a, b]), row) }
                </li>
            },
        ));
    }
    placed.sort_by_key(|(order, _)| *order);
    html! {
        <div class="note-list">
            if placed.is_empty() && loose.is_empty() { <p class="panel-hint">{ texts::NO_NOTES }</p> }
            <ul class="notes">{ for placed.into_iter().map(|(_, h)| h) }</ul>
            if !loose.is_empty() {
                <h3 class="loose-title">{ format!("{} ({})", texts::LOOSE_NOTES, loose.len()) }</h3>
                <p class="panel-hint">{ texts::LOOSE_HINT }</p>
                <ul class="notes notes-loose">{ for loose }</ul>
            }
        </div>
    }
}

/// "A 4 § st. 1 m. 2", or where it lies outside the compared section.
fn where_is(side: Side, address: Option<String>) -> String {
    let side = texts::SIDE_SHORT[side.index()];
    match address {
        Some(address) => format!("{side} {address}"),
        None => format!("{side} ({})", texts::OUTSIDE_SECTION),
    }
}

/// The themes' badges, as in the text.
pub fn badges(book: &Notebook, themes: &[andamal_core::share::ThemeRef]) -> Html {
    let items = themes.iter().filter_map(|t| book.look(t)).map(|look| {
        html! {
            <span class="theme-chip">
                <span class={classes!("badge", format!("theme-c{}", look.colour))} aria-hidden="true">{ look.symbol.clone() }</span>
                { look.label.clone() }
            </span>
        }
    });
    html! { <span class="theme-chips">{ for items }</span> }
}

fn actions(state: &AppContext, id: u32, target: Target, row: Option<usize>) -> Html {
    let show = row.map(|row| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Jump(row)))
    });
    let edit = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::EditNote(id, target)))
    };
    let delete = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DeleteNote(id)))
    };
    html! {
        <span class="note-actions">
            if let Some(show) = show { <button type="button" class="link-button" onclick={show}>{ "Visa" }</button> }
            <button type="button" class="link-button" onclick={edit}>{ texts::EDIT }</button>
            <button type="button" class="link-button link-danger" onclick={delete}>{ texts::DELETE }</button>
        </span>
    }
}

fn loose_item(state: &AppContext, id: u32, quote: &str, note: &str, themes: Html) -> Html {
    let delete = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DeleteNote(id)))
    };
    html! {
        <li class="note-item note-item-loose" key={id}>
            { themes }
            <q class="note-quote-text" dir="auto">{ quote.to_owned() }</q>
            if !note.is_empty() { <p class="note-body" dir="auto">{ note.to_owned() }</p> }
            <span class="note-actions">
                <button type="button" class="link-button link-danger" onclick={delete}>{ texts::DELETE }</button>
            </span>
        </li>
    }
}
