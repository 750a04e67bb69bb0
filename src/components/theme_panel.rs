use andamal_core::notes::theme_ref::{CustomTheme, ThemeRef};
use andamal_core::notes::themes::CATALOGUE;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::{Action, use_app};
use crate::texts;

/// The theme catalogue: built-ins can be hidden, the user's own themes
/// added, renamed, recoloured and deleted (saying how many annotations use them).
#[component]
pub fn ThemePanel() -> Html {
    let state = use_app();
    let builtins = CATALOGUE.iter().map(|t| {
        let hidden = state.work.notebook.hidden.contains(&t.id);
        let onchange = {
            let state = state.clone();
            let id = t.id;
            Callback::from(move |_: Event| state.dispatch(Action::HideTheme(id, !hidden)))
        };
        html! {
            <li class="theme-row">
                <label class="theme-row-label">
                    <input type="checkbox" checked={!hidden} {onchange} aria-label={format!("{} {}", texts::SHOW_THEME, t.label)} />
                    <span class={classes!("badge", format!("theme-c{}", t.colour))} aria-hidden="true">{ t.symbol }</span>
                    <strong>{ t.label }</strong>
                </label>
                <span class="theme-description">{ t.description }</span>
            </li>
        }
    });
    let own = state
        .work
        .notebook
        .custom_sorted()
        .into_iter()
        .map(|t| html! { <OwnTheme key={t.number} theme={t.clone()} /> });
    html! {
        <div class="theme-panel">
            <h3>{ texts::BUILT_IN_THEMES }</h3>
            <ul class="theme-rows">{ for builtins }</ul>
            <h3>{ texts::OWN_THEMES }</h3>
            if state.work.notebook.custom.is_empty() { <p class="panel-hint">{ texts::NO_OWN_THEMES }</p> }
            <ul class="theme-rows">{ for own }</ul>
            <AddTheme />
        </div>
    }
}

/// Keeps a name field's text in `name`.
fn set_name(name: &UseStateHandle<String>) -> Callback<InputEvent> {
    let name = name.clone();
    Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<HtmlInputElement>().value()))
}

/// Keeps a colour menu's choice in `colour`.
fn set_colour(colour: &UseStateHandle<u8>) -> Callback<Event> {
    let colour = colour.clone();
    Callback::from(move |e: Event| {
        colour.set(e.target_unchecked_into::<HtmlSelectElement>().value().parse().unwrap_or(0))
    })
}

fn colour_options(selected: u8) -> Html {
    (0u8..12)
        .map(|c| html! { <option value={c.to_string()} selected={c == selected}>{ texts::PALETTE_NAMES[usize::from(c)] }</option> })
        .collect()
}

#[derive(Properties, PartialEq)]
struct OwnThemeProps {
    theme: CustomTheme,
}

#[component]
fn OwnTheme(props: &OwnThemeProps) -> Html {
    let state = use_app();
    let t = &props.theme;
    let name = use_state(|| t.name.clone());
    let colour = use_state(|| t.colour);
    let confirming = use_state(|| false);
    let number = t.number;
    let (onname, oncolour) = (set_name(&name), set_colour(&colour));
    let onsave = {
        let state = state.clone();
        let (name, colour) = (name.clone(), colour.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let trimmed = name.trim();
            if !trimmed.is_empty() {
                state.dispatch(Action::RenameTheme(number, trimmed.to_owned(), *colour));
            }
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let delete = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DeleteTheme(number)))
    };
    let uses = state.work.notebook.uses(&ThemeRef::Custom(number));
    let name_id = format!("theme-name-{number}");
    let colour_id = format!("theme-colour-{number}");
    html! {
        <li class="theme-row">
            <form class="theme-form" onsubmit={onsave}>
                <span class={classes!("badge", format!("theme-c{}", *colour))} aria-hidden="true">{ format!("u{number}") }</span>
                <label class="sr-only" for={name_id.clone()}>{ texts::THEME_NAME }</label>
                <input id={name_id} type="text" class="text-input" value={(*name).clone()} oninput={onname} maxlength="80" dir="auto" />
                <label class="sr-only" for={colour_id.clone()}>{ texts::THEME_COLOUR }</label>
                <select id={colour_id} class="select-input" onchange={oncolour}>{ colour_options(*colour) }</select>
                <button type="submit" class="button button-quiet">{ texts::SAVE }</button>
                <button type="button" class="button button-quiet" onclick={ask}>{ texts::DELETE }</button>
            </form>
            if *confirming {
                <div class="confirm" role="alert">
                    <p>{ texts::confirm_delete_theme(&t.name, uses) }</p>
                    <button type="button" class="button button-danger" onclick={delete}>{ texts::DELETE }</button>
                    <button type="button" class="button" onclick={cancel}>{ texts::CANCEL }</button>
                </div>
            }
        </li>
    }
}

#[component]
fn AddTheme() -> Html {
    let state = use_app();
    let name = use_state(String::new);
    let colour = use_state(|| 0u8);
    let (onname, oncolour) = (set_name(&name), set_colour(&colour));
    let onsubmit = {
        let (name, colour) = (name.clone(), colour.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let trimmed = name.trim();
            if !trimmed.is_empty() {
                state.dispatch(Action::AddTheme(trimmed.to_owned(), *colour));
                name.set(String::new());
            }
        })
    };
    html! {
        <form class="theme-form theme-add" {onsubmit}>
            <label for="new-theme-name">{ texts::THEME_NAME }</label>
            <input id="new-theme-name" type="text" class="text-input" value={(*name).clone()} oninput={onname} maxlength="80" dir="auto" />
            <label for="new-theme-colour">{ texts::THEME_COLOUR }</label>
            <select id="new-theme-colour" class="select-input" onchange={oncolour}>{ colour_options(*colour) }</select>
            <button type="submit" class="button">{ texts::ADD_THEME }</button>
        </form>
    }
}
