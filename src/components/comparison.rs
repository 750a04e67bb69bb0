use std::rc::Rc;

use andamal_core::diff::align::{Alignment, Clause, PairKind};
use andamal_core::statute::selection::Source;
use yew::prelude::*;

use crate::components::{
    AppContext, ChangeNav, FoldOptions, Matrix, NoteEditor, PairRows, PrintNotes, Redline, Summary, Tools,
};
use crate::derived::Derived;
use crate::hooks::{use_alignment, use_debounced, use_undo_keys};
use crate::state::{Action, Side, State, View};
use crate::texts;
use crate::worker::CompareKey;

/// Compares alignments by identity: each result is a new `Rc`.
#[derive(Clone)]
struct Same(Rc<Alignment>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The alignment every comparison view renders, shared through context.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    pub a: Rc<str>,
    pub b: Rc<str>,
    pub alignment: Rc<Alignment>,
}

impl Compared {
    /// The row and sentence holding a byte of one side's text, if compared.
    #[must_use]
    pub fn locate(&self, side: Side, byte: usize) -> Option<(usize, &Clause)> {
        let clauses = if side == Side::A { &self.alignment.a } else { &self.alignment.b };
        let index = clauses.iter().position(|c| c.span.start <= byte && byte < c.span.end.max(c.span.start + 1))?;
        let row = self.alignment.pairs.iter().position(|p| {
            let idx = if side == Side::A { &p.a } else { &p.b };
            idx.contains(&index)
        })?;
        Some((row, &clauses[index]))
    }

    /// Row indices of every pair that is not equal: what navigation visits.
    #[must_use]
    pub fn changes(&self) -> Vec<usize> {
        self.alignment.pairs.iter().enumerate().filter(|(_, p)| p.kind != PairKind::Equal).map(|(i, _)| i).collect()
    }
}

/// The comparison of the two chosen sections, following the typed text with
/// a short delay.
#[component]
pub fn Comparison() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let derived = use_context::<Derived>().expect("Derived");
    let [va, vb] = &derived.sides;
    let empty = va.selection.source == Source::Empty || vb.selection.source == Source::Empty;
    // A side where nothing was found is not compared whole (a screen of
    // "borttagen" rows means nothing): the user chooses one of the best
    // guesses under its text, or marks the ändamål, first.
    let missing: Vec<&str> = [(va, "A"), (vb, "B")]
        .iter()
        .filter(|(v, _)| v.selection.source == Source::WholeText)
        .map(|(_, name)| *name)
        .collect();
    let not_found = !missing.is_empty();
    let input =
        (!empty && !not_found && !va.selection.span.is_empty() && !vb.selection.span.is_empty()).then(|| CompareKey {
            a: va.text.clone(),
            span_a: va.selection.span,
            number_a: va.selection.number.clone(),
            b: vb.text.clone(),
            span_b: vb.selection.span,
            number_b: vb.selection.number.clone(),
            folds: state.folds,
        });
    let settled = use_debounced(input.clone(), 250);
    // Nothing compared yet (a link or saved work just opened, a first
    // paste): compare at once; only changes to a shown comparison wait for a pause.
    let settled = if settled.is_none() { input.clone() } else { settled };
    let (result, running) = use_alignment(settled.clone());
    let pending = running || settled != input;
    let compared = use_memo(result.as_ref().map(|(i, al)| (i.a.clone(), i.b.clone(), Same(al.clone()))), |r| {
        r.as_ref().map(|(a, b, al)| Compared { a: a.clone(), b: b.clone(), alignment: al.0.clone() })
    });
    let set_view = |view: View| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetView(view)))
    };
    {
        let state = state.clone();
        let undo =
            use_callback((), move |back: bool, ()| state.dispatch(if back { Action::Undo } else { Action::Redo }));
        use_undo_keys(undo);
    }
    let toggle_only = {
        let state = state.clone();
        let on = state.only_changes;
        Callback::from(move |_: Event| state.dispatch(Action::SetOnlyChanges(!on)))
    };
    let body = match (&*compared, empty || input.is_none()) {
        (_, true) | (None, _) if not_found => {
            html! { <p class="notice notice-warning" role="status">{ texts::nothing_compared(&missing.join(" och ")) }</p> }
        }
        (_, true) | (None, _) => html! { <p class="empty-hint">{ texts::EMPTY_HINT }</p> },
        (Some(c), false) => html! {
            <ContextProvider<Compared> context={c.clone()}>
                { print_heading(&state) }
                <Summary />
                <div class="view-controls" role="group" aria-label="Visning">
                    <div class="segmented">
                        <button type="button" class={classes!("segment", (state.view == View::SideBySide).then_some("segment-on"))}
                            aria-pressed={(state.view == View::SideBySide).to_string()} onclick={set_view(View::SideBySide)}>
                            { texts::VIEW_SIDE_BY_SIDE }
                        </button>
                        <button type="button" class={classes!("segment", (state.view == View::Redline).then_some("segment-on"))}
                            aria-pressed={(state.view == View::Redline).to_string()} onclick={set_view(View::Redline)}>
                            { texts::VIEW_REDLINE }
                        </button>
                    </div>
                    <label class="toggle">
                        <input type="checkbox" checked={state.only_changes} onchange={toggle_only} />
                        { texts::ONLY_CHANGES }
                    </label>
                    <ChangeNav />
                </div>
                if !state.presenting { <FoldOptions /> }
                if state.presenting && state.presenting_matrix {
                    <Matrix />
                } else {
                    { match state.view {
                        View::SideBySide => html! { <PairRows /> },
                        View::Redline => html! { <Redline /> },
                    } }
                }
                if !state.presenting { <Tools /> }
                <PrintNotes />
                if !state.notebook.annotations.is_empty() {
                    <section class="print-only print-matrix" aria-hidden="true">
                        <h2>{ texts::PANEL_MATRIX }</h2>
                        <Matrix />
                    </section>
                }
                if let Some(draft) = state.draft { <NoteEditor key={draft.serial} {draft} /> }
            </ContextProvider<Compared>>
        },
    };
    html! {
        <section class="comparison" aria-labelledby="comparison-title" aria-busy={pending.to_string()}>
            <div class="comparison-head">
                <h2 id="comparison-title">{ texts::COMPARISON }</h2>
                if pending { <span class="status-busy" role="status">{ texts::COMPARING }</span> }
            </div>
            { body }
        </section>
    }
}

/// The printed handout's title and the two sides' names (not shown on screen).
fn print_heading(state: &State) -> Html {
    let title = if state.title.trim().is_empty() { texts::PRINT_DEFAULT_TITLE } else { state.title.trim() };
    let side = |i: usize| {
        let name = state.names[i].trim();
        if name.is_empty() { texts::SIDE_LABELS[i].to_owned() } else { format!("{} ({name})", texts::SIDE_LABELS[i]) }
    };
    html! {
        <div class="print-only print-heading" aria-hidden="true">
            <p class="print-title">{ title.to_owned() }</p>
            <p class="print-sides">{ format!("{} · {}", side(0), side(1)) }</p>
        </div>
    }
}
