use andamal_core::notes::notebook::Notebook;
use andamal_core::notes::theme_ref::ThemeRef;
use yew::prelude::*;

use crate::components::{Compared, InComparison, use_comparison};
use crate::derived::Derived;
use crate::state::{Action, AppContext, Side, State, Target};
use crate::texts;

/// One annotation or pair note as the lists show it.
pub(crate) struct Listed<'a> {
    pub id: u32,
    /// "A 4 § st. 1 m. 2" (both sides for a pair note); `None` for a loose note.
    pub place: Option<String>,
    pub themes: &'a [ThemeRef],
    /// The annotated words; empty for a placed pair note.
    pub quote: String,
    pub note: &'a str,
    /// Initials of whoever wrote it (collected from a participant's link).
    pub author: &'a str,
    /// Where the note is (for "Ändra") and its row (for "Visa"); `None` when loose.
    pub target: Option<(Target, Option<usize>)>,
}

/// Every annotation and pair note: the placed ones in reading order, then the
/// loose ones whose text is gone.
pub(crate) fn listed<'a>(
    state: &'a State,
    derived: &Derived,
    compared: &Compared,
) -> (Vec<Listed<'a>>, Vec<Listed<'a>>) {
    let book = &state.work.notebook;
    let placement = &derived.notes.placement;
    let mut placed: Vec<(usize, Listed<'a>)> = Vec::new();
    let mut loose = Vec::new();
    for a in &book.annotations {
        let side = a.side;
        let Some(span) = placement.annotation(a.id) else {
            let quote = a.anchor.exact.clone();
            loose.push(Listed {
                id: a.id,
                place: None,
                themes: &a.themes,
                quote,
                note: &a.note,
                author: &a.author,
                target: None,
            });
            continue;
        };
        let located = compared.locate(side, span.start);
        let place = where_is(side, located.map(|(_, c)| c.address.short()));
        let row = located.map(|(r, _)| r);
        let quote = span.slice(&state.work.texts[side.index()]).to_owned();
        let target = Some((Target::Span(side, span), row));
        let order = side.index() * 1_000_000_000 + span.start;
        placed.push((
            order,
            Listed { id: a.id, place: Some(place), themes: &a.themes, quote, note: &a.note, author: &a.author, target },
        ));
    }
    for p in &book.pair_notes {
        let Some([a, b]) = placement.pair_note(p.id) else {
            let quote = format!("{} ↔ {}", p.a.exact, p.b.exact);
            loose.push(Listed {
                id: p.id,
                place: None,
                themes: &[],
                quote,
                note: &p.note,
                author: &p.author,
                target: None,
            });
            continue;
        };
        let la = compared.locate(Side::A, a.start);
        let lb = compared.locate(Side::B, b.start);
        let place = format!(
            "{} ↔ {}",
            where_is(Side::A, la.map(|(_, c)| c.address.short())),
            where_is(Side::B, lb.map(|(_, c)| c.address.short()))
        );
        let target = Some((Target::Pair([a, b]), la.or(lb).map(|(r, _)| r)));
        let listed = Listed {
            id: p.id,
            place: Some(place),
            themes: &[],
            quote: String::new(),
            note: &p.note,
            author: &p.author,
            target,
        };
        placed.push((a.start, listed));
    }
    andamal_core::text::order::sort_by(&mut placed, |a, b| a.0.cmp(&b.0));
    (placed.into_iter().map(|(_, l)| l).collect(), loose)
}

/// Every annotation and pair note, in reading order, and the loose ones whose
/// text is gone ("lösa anteckningar"), never dropped.
#[component]
pub fn NoteList() -> Html {
    let InComparison { state, derived, compared } = use_comparison();
    let book = &state.work.notebook;
    let (placed, loose) = listed(&state, &derived, &compared);
    let item = |l: &Listed<'_>| {
        let pair = matches!(l.target, Some((Target::Pair(_), _)));
        let class =
            classes!("note-item", pair.then_some("note-item-pair"), l.place.is_none().then_some("note-item-loose"));
        html! {
            <li {class} key={l.id}>
                if let Some(place) = &l.place { <span class="note-where">{ place.clone() }</span> }
                if !l.author.is_empty() { <span class="note-author" title="Initialer">{ l.author.to_owned() }</span> }
                if !pair { { badges(book, l.themes) } }
                if !l.quote.is_empty() { <q class="note-quote-text" dir="auto">{ l.quote.clone() }</q> }
                if !l.note.is_empty() { <p class="note-body" dir="auto">{ l.note.to_owned() }</p> }
                { actions(&state, l.id, l.target) }
            </li>
        }
    };
    html! {
        <div class="note-list">
            if placed.is_empty() && loose.is_empty() { <p class="panel-hint">{ texts::NO_NOTES }</p> }
            <ul class="notes">{ for placed.iter().map(item) }</ul>
            if !loose.is_empty() {
                <h3 class="loose-title">{ format!("{} ({})", texts::LOOSE_NOTES, loose.len()) }</h3>
                <p class="panel-hint">{ texts::LOOSE_HINT }</p>
                <ul class="notes notes-loose">{ for loose.iter().map(item) }</ul>
            }
        </div>
    }
}

/// The notes as numbered footnotes of the printed handout (the tabs do not
/// print); hidden on screen.
#[component]
pub fn PrintNotes() -> Html {
    let InComparison { state, derived, compared } = use_comparison();
    let (placed, loose) = listed(&state, &derived, &compared);
    if placed.is_empty() && loose.is_empty() {
        return html! {};
    }
    let items = placed.iter().chain(&loose).map(|l| {
        let themes = l.themes.iter().filter_map(|t| state.work.notebook.look(t)).map(|look| look.label).collect::<Vec<_>>();
        html! {
            <li class="print-note" key={l.id}>
                <span class="print-note-where">{ l.place.clone().unwrap_or_else(|| texts::LOOSE_NOTES.to_owned()) }</span>
                if !l.author.is_empty() { <span class="print-note-author">{ format!("({})", l.author) }</span> }
                if !themes.is_empty() { <span class="print-note-themes">{ themes.join(", ") }</span> }
                if !l.quote.is_empty() { <q class="print-note-quote" dir="auto">{ l.quote.clone() }</q> }
                if !l.note.is_empty() { <p class="print-note-body" dir="auto">{ l.note.to_owned() }</p> }
            </li>
        }
    });
    html! {
        <section class="print-only print-notes" aria-hidden="true">
            <h2>{ texts::PANEL_NOTES }</h2>
            <ol class="print-note-list">{ for items }</ol>
        </section>
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
pub fn badges(book: &Notebook, themes: &[ThemeRef]) -> Html {
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

/// "Visa", "Ändra" and "Ta bort" for a placed note; only "Ta bort" for a loose one.
fn actions(state: &AppContext, id: u32, target: Option<(Target, Option<usize>)>) -> Html {
    let delete = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DeleteNote(id)))
    };
    let Some((target, row)) = target else {
        return html! {
            <span class="note-actions">
                <button type="button" class="link-button link-danger" onclick={delete}>{ texts::DELETE }</button>
            </span>
        };
    };
    let show = row.map(|row| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Jump(row)))
    });
    let edit = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::EditNote(id, target)))
    };
    html! {
        <span class="note-actions">
            if let Some(show) = show { <button type="button" class="link-button" onclick={show}>{ "Visa" }</button> }
            <button type="button" class="link-button" onclick={edit}>{ texts::EDIT }</button>
            <button type="button" class="link-button link-danger" onclick={delete}>{ texts::DELETE }</button>
        </span>
    }
}
