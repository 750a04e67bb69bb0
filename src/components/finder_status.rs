use andamal_core::statute::finder::{Confidence, Reason};
use andamal_core::statute::selection::Source;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::Outline;
use crate::derived::use_derived;
use crate::state::{Action, Side, use_app};
use crate::texts;

#[derive(Properties, PartialEq)]
pub struct FinderStatusProps {
    pub side: Side,
}

/// Which section was taken, how sure the finder is and why, and the ways to
/// choose another.
#[component]
pub fn FinderStatus(props: &FinderStatusProps) -> Html {
    let state = use_app();
    let derived = use_derived();
    let side = props.side;
    let view = derived.sides[side.index()].clone();
    let selection = &view.selection;
    let text = &view.text;
    if selection.source == Source::Empty {
        return html! {};
    }
    let (headline, badge, badge_class) = match selection.source {
        Source::Found(conf) => (
            texts::found(selection.heading.as_deref(), selection.span.slice(text)),
            Some(if conf == Confidence::High { texts::SURE } else { texts::UNSURE }),
            if conf == Confidence::High { "badge badge-sure" } else { "badge badge-unsure" },
        ),
        Source::Picked => {
            (texts::picked(selection.heading.as_deref(), selection.span.slice(text)), Some(texts::PICKED), "badge")
        }
        Source::Manual => (texts::MANUAL.to_owned(), Some(texts::PICKED), "badge"),
        Source::WholeText => (texts::NOT_FOUND.to_owned(), None, "badge"),
        Source::Empty => (String::new(), None, "badge"),
    };
    let why: Vec<&str> = selection.reasons.iter().copied().filter_map(reason_text).collect();
    let guessed =
        selection.source == Source::Found(Confidence::Low) && selection.reasons.contains(&Reason::BordersGuessed);
    let candidates = &view.finding.candidates;
    let current = selection.span.start;
    let onpick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            match select.value().parse::<usize>() {
                Ok(start) => state.dispatch(Action::PickCandidate(side, start)),
                Err(_) => state.dispatch(Action::UseFinder(side)),
            }
        })
    };
    let use_finder = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::UseFinder(side)))
    };
    let picker_id = format!("picker-{}", side.index());
    html! {
        <div class={classes!("finder-status", (selection.source == Source::WholeText).then_some("finder-missing"))} role="status" aria-live="polite">
            <p class="finder-headline">
                <span class="finder-found">{ headline }</span>
                if let Some(badge) = badge { {" "}<span class={badge_class}>{ badge }</span> }
            </p>
            if !why.is_empty() {
                <p class="finder-why">{ texts::because(&why) }</p>
            }
            if guessed {
                <p class="finder-why">{ texts::BORDERS_GUESSED }</p>
            }
            if matches!(selection.source, Source::Picked | Source::Manual) {
                <button type="button" class="button button-quiet" onclick={use_finder}>{ texts::USE_FINDER }</button>
            }
            if selection.source == Source::WholeText && !candidates.is_empty() {
                <div class="finder-guesses">
                    <p class="finder-guesses-title">{ texts::BEST_GUESSES }</p>
                    <ul class="guess-list">
                        { for candidates.iter().take(3).map(|c| {
                            let label = texts::candidate_label(c.heading.as_deref(), &text[c.start..c.end]);
                            let why: Vec<&str> = c.reasons.iter().copied().filter_map(reason_text).collect();
                            let start = c.start;
                            let pick = {
                                let state = state.clone();
                                Callback::from(move |_: MouseEvent| state.dispatch(Action::PickCandidate(side, start)))
                            };
                            html! {
                                <li>
                                    <button type="button" class="button button-quiet guess" onclick={pick}>
                                        <span class="guess-label">{ label }</span>
                                        if !why.is_empty() { <span class="guess-why">{ texts::because(&why) }</span> }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            } else if candidates.len() > 1 || (candidates.len() == 1 && selection.source != Source::Found(Confidence::High)) {
                <div class="finder-picker">
                    <label for={picker_id.clone()}>{ texts::WRONG_SECTION }</label>
                    <select id={picker_id} class="select" onchange={onpick}>
                        { for candidates.iter().map(|c| {
                            let label = texts::candidate_label(c.heading.as_deref(), &text[c.start..c.end]);
                            html! { <option value={c.start.to_string()} selected={c.start == current}>{ label }</option> }
                        }) }
                    </select>
                </div>
            }
            <Outline side={side} />
        </div>
    }
}

/// A reason as the end of "Eftersom …"; the guessed borders have a sentence
/// of their own.
fn reason_text(reason: Reason) -> Option<&'static str> {
    Some(match reason {
        Reason::HeadingAndamal => "rubriken nämner ändamål",
        Reason::HeadingSyfte => "rubriken nämner syfte eller uppdrag",
        Reason::DefiningWording => "texten börjar som en ändamålsparagraf",
        Reason::MandateWording => "texten börjar med ”Förbundet ska …”",
        Reason::Paraphrase => "texten beskriver bara syftet med egna ord",
        Reason::TypicalPosition => "paragrafnumret är det vanliga",
        Reason::WholeText => "texten saknar rubriker",
        Reason::BordersGuessed => return None,
    })
}
