use andamal_core::diff::align::{Alignment, Pair, PairKind};
use yew::prelude::*;

use crate::texts;

/// Rows rendered before "Visa fler".
pub const ROWS_AT_ONCE: usize = 250;

/// Which rows a view renders. Whole documents have thousands of rows, so a
/// page of them at a time, always far enough to include the row in focus.
/// Returns the rows (with their indices) and how many wait behind "Visa fler".
#[must_use]
pub fn row_window(
    al: &Alignment,
    only_changes: bool,
    focus: Option<usize>,
    shown: usize,
) -> (Vec<(usize, &Pair)>, usize) {
    let limit = shown.max(focus.map_or(0, |f| f + 20));
    let mut rows: Vec<(usize, &Pair)> =
        al.pairs.iter().enumerate().filter(|(_, p)| !only_changes || p.kind != PairKind::Equal).collect();
    let hidden = rows.len().saturating_sub(limit);
    rows.truncate(limit);
    (rows, hidden)
}

#[derive(Properties, PartialEq)]
pub struct MoreRowsProps {
    /// How many rows are not rendered yet.
    pub hidden: usize,
    /// How many rows the view renders; "Visa fler" raises it.
    pub shown: UseStateHandle<usize>,
}

/// "Visa fler (N rader kvar)", when rows wait.
#[component]
pub fn MoreRows(props: &MoreRowsProps) -> Html {
    if props.hidden == 0 {
        return html! {};
    }
    let onclick = {
        let shown = props.shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + ROWS_AT_ONCE * 4))
    };
    html! { <p class="more-rows"><button type="button" class="button" {onclick}>{ texts::more_rows(props.hidden) }</button></p> }
}
