use std::rc::Rc;

use andamal_core::selection::Source;
use andamal_core::word_diff::{WordDiff, WordOp, diff_texts};
use andamal_core::{Folds, Span};
use yew::prelude::*;

use crate::components::AppContext;
use crate::derived::Derived;
use crate::hooks::use_debounced;
use crate::texts;

/// Both compared texts with their ranges, and the folds.
type Input = (Rc<str>, Span, Rc<str>, Span, Folds);

/// How long a word diff may take before the view falls back.
const DIFF_BUDGET: std::time::Duration = std::time::Duration::from_millis(300);

/// The word-level comparison of the two texts, following the typed text with
/// a short delay.
#[component]
pub fn Comparison() -> Html {
    let state = use_context::<AppContext>().expect("AppContext");
    let derived = use_context::<Derived>().expect("Derived");
    let [va, vb] = &derived.sides;
    let input: Input = (va.text.clone(), va.selection.span, vb.text.clone(), vb.selection.span, state.folds);
    let empty = va.selection.source == Source::Empty || vb.selection.source == Source::Empty;
    let settled = use_debounced(input.clone(), 250);
    let pending = settled != input;
    let diff = use_memo(settled.clone(), |(a, sa, b, sb, folds): &Input| {
        if sa.is_empty() || sb.is_empty() {
            None
        } else {
            Some(diff_texts(sa.slice(a), sb.slice(b), *folds, Some(DIFF_BUDGET)))
        }
    });
    let (a, sa, b, sb, _) = &settled;
    let (a, b) = (sa.slice(a), sb.slice(b));
    html! {
        <section class="comparison" aria-labelledby="comparison-title" aria-busy={pending.to_string()}>
            <div class="comparison-head">
                <h2 id="comparison-title">{ texts::COMPARISON }</h2>
                if pending { <span class="status-busy" role="status">{ texts::COMPARING }</span> }
            </div>
            { match &*diff {
                _ if empty => html! { <p class="empty-hint">{ texts::EMPTY_HINT }</p> },
                None => html! { <p class="empty-hint">{ texts::EMPTY_HINT }</p> },
                Some(diff) => render_diff(a, b, diff),
            } }
        </section>
    }
}

fn render_diff(a: &str, b: &str, diff: &WordDiff) -> Html {
    let changes = diff.ops.iter().filter(|op| op.op != WordOp::Equal).count();
    let summary = if changes == 0 { texts::IDENTICAL.to_owned() } else { texts::summary(changes, diff.similarity) };
    let body = if diff.timed_out {
        html! {
            <>
                <p class="notice">{ texts::DEADLINE }</p>
                <div class="redline" dir="auto"><del aria-label={texts::DELETED}>{ a }</del><ins aria-label={texts::INSERTED}>{ b }</ins></div>
            </>
        }
    } else {
        html! { <div class="redline" dir="auto">{ redline(a, b, diff) }</div> }
    };
    html! {
        <>
            <p class="summary" role="status">{ summary }</p>
            <p class="legend">{ texts::LEGEND }</p>
            { body }
        </>
    }
}

/// B's text with A's deletions struck through and B's insertions underlined.
fn redline(a: &str, b: &str, diff: &WordDiff) -> Html {
    let mut nodes: Vec<Html> = Vec::with_capacity(diff.ops.len() * 2);
    let mut b_pos = diff.ops.iter().find_map(|op| op.b).map_or(0, |s| s.start);
    for op in &diff.ops {
        match op.op {
            WordOp::Equal | WordOp::Insert => {
                let span = op.b.unwrap_or_default();
                if span.start > b_pos {
                    nodes.push(html! { { &b[b_pos..span.start] } });
                }
                let text = span.slice(b).to_owned();
                nodes.push(if op.op == WordOp::Equal {
                    html! { { text } }
                } else {
                    html! { <ins class="diff-ins" title={texts::INSERTED}>{ text }</ins> }
                });
                b_pos = span.end;
            }
            WordOp::Delete => {
                let text = op.a.unwrap_or_default().slice(a).to_owned();
                nodes.push(html! { <del class="diff-del" title={texts::DELETED}>{ text }</del> });
                nodes.push(html! { " " });
            }
        }
    }
    nodes.into_iter().collect()
}
