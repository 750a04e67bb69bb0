use std::rc::Rc;

use andamal_core::diff::align::{Alignment, Clause, PairKind};
use andamal_core::statute::selection::Source;
use yew::prelude::*;

use crate::components::{ChangeNav, FoldOptions, Matrix, NoteEditor, PairRows, PrintNotes, Redline, Summary, Tools};
use crate::derived::{Derived, use_derived};
use crate::hooks::{Key, use_alignment, use_debounced, use_keys};
use crate::state::{Action, AppContext, Side, State, View, use_app};
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

    /// The change after (or before) the focused row, wrapping around; `None`
    /// when nothing changed.
    #[must_use]
    pub fn next_change(&self, focus: Option<usize>, forward: bool) -> Option<usize> {
        let changes = self.changes();
        if forward {
            changes.iter().copied().find(|&c| focus.is_none_or(|f| c > f)).or_else(|| changes.first().copied())
        } else {
            changes.iter().rev().copied().find(|&c| focus.is_none_or(|f| c < f)).or_else(|| changes.last().copied())
        }
    }
}

/// The comparison `Comparison` provides, in a component under it.
///
/// # Panics
/// Outside a shown comparison.
#[hook]
pub fn use_compared() -> Compared {
    use_context::<Compared>().expect("Compared")
}

/// What a view of the comparison reads: the state, what is derived from it,
/// and the comparison itself.
pub struct InComparison {
    pub state: AppContext,
    pub derived: Derived,
    pub compared: Compared,
}

/// The state, the derived data and the comparison, in a component under
/// `Comparison`.
///
/// # Panics
/// Outside a shown comparison.
#[hook]
pub fn use_comparison() -> InComparison {
    InComparison { state: use_app(), derived: use_derived(), compared: use_compared() }
}

/// The page's keys (`hooks::use_keys`) while a comparison is shown, on
/// either page: undo and redo, the presentation's keys, and the next or
/// previous change of `shown` (when there is one to step through).
#[hook]
pub fn use_comparison_keys(state: &AppContext, shown: Option<Compared>) {
    let state = state.clone();
    use_keys(Callback::from(move |key: Key| {
        let presenting = state.mode.presenting();
        let action = match key {
            Key::Step(forward) => {
                // As the buttons: only while there is a comparison to step through.
                let Some(compared) = &shown else { return false };
                if let Some(row) = compared.next_change(state.focus, forward) {
                    state.dispatch(Action::Jump(row));
                }
                return true;
            }
            Key::Undo => Action::Undo,
            Key::Redo => Action::Redo,
            Key::Matrix if presenting => Action::ToggleMatrix,
            Key::Blackout if presenting => Action::ToggleBlackout,
            Key::End if presenting => Action::Present(false),
            Key::Matrix | Key::Blackout | Key::End => return false,
        };
        // Presentation keys are a clicker's and the browser's too (Escape leaves full screen).
        let prevent = matches!(action, Action::Undo | Action::Redo);
        state.dispatch(action);
        prevent
    }));
}

/// The comparison of the two chosen sections, following the typed text with
/// a short delay.
#[component]
pub fn Comparison() -> Html {
    let state = use_app();
    let derived = use_derived();
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
            folds: state.work.folds,
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
    // The changes the buttons step through, when the comparison is shown.
    use_comparison_keys(&state, if empty || input.is_none() { None } else { (*compared).clone() });
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
                if !state.mode.presenting() { <FoldOptions /> }
                if state.mode.presentation().matrix {
                    <Matrix />
                } else {
                    { match state.view {
                        View::SideBySide => html! { <PairRows /> },
                        View::Redline => html! { <Redline /> },
                    } }
                }
                if !state.mode.presenting() { <Tools /> }
                <PrintNotes />
                if !state.work.notebook.annotations.is_empty() {
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
    let title = if state.work.title.trim().is_empty() { texts::PRINT_DEFAULT_TITLE } else { state.work.title.trim() };
    let side = |i: usize| {
        let name = state.work.names[i].trim();
        if name.is_empty() { texts::SIDE_LABELS[i].to_owned() } else { format!("{} ({name})", texts::SIDE_LABELS[i]) }
    };
    html! {
        <div class="print-only print-heading" aria-hidden="true">
            <p class="print-title">{ title.to_owned() }</p>
            <p class="print-sides">{ format!("{} · {}", side(0), side(1)) }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use andamal_core::Folds;
    use andamal_core::diff::comparison::compare;
    use andamal_core::statute::selection::Choice;

    use super::*;

    fn compared(a: &str, b: &str) -> Compared {
        let alignment = compare([a, b], [Choice::Auto; 2], Folds::default()).alignment;
        Compared { a: a.into(), b: b.into(), alignment: Rc::new(alignment) }
    }

    #[test]
    fn the_next_change_wraps_around_both_ways() {
        let c = compared(
            "4 § Ändamål\nFörbundet ska stödja samverkan. Det ska vara en arena. Resurserna ska samordnas.",
            "4 § Ändamål\nFörbundet ska främja samverkan. Det ska vara en arena. Resurserna ska fördelas.",
        );
        let changes = c.changes();
        let (first, last) = (changes[0], changes[changes.len() - 1]);
        assert!(changes.len() >= 2 && first < last, "{changes:?}");
        assert_eq!(c.next_change(None, true), Some(first));
        assert_eq!(c.next_change(Some(first), true), Some(changes[1]));
        assert_eq!(c.next_change(Some(last), true), Some(first), "past the last, the first");
        assert_eq!(c.next_change(None, false), Some(last));
        assert_eq!(c.next_change(Some(first), false), Some(last), "before the first, the last");
        let same = compared("4 § Ändamål\nFörbundet ska stödja.", "4 § Ändamål\nFörbundet ska stödja.");
        assert_eq!(same.next_change(None, true), None, "nothing changed, nowhere to go");
    }
}
