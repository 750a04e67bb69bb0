use andamal_core::diff::align::PairKind;
use yew::prelude::*;

use crate::components::use_compared;
use crate::texts;

/// "4 ändrade meningar, 1 flyttad, 1 tillagd · Likhet 79 %", or that the
/// texts are identical, or unrelated.
#[component]
pub fn Summary() -> Html {
    let compared = use_compared();
    let al = &compared.alignment;
    let count = |k| al.count(k);
    let (changed, moved, added, removed) =
        (count(PairKind::Changed), count(PairKind::Moved), count(PairKind::Added), count(PairKind::Removed));
    let paired = al.pairs.iter().filter(|p| !p.a.is_empty() && !p.b.is_empty()).count();
    let text = if changed + moved + added + removed == 0 {
        texts::IDENTICAL.to_owned()
    } else if paired == 0 {
        texts::UNRELATED.to_owned()
    } else {
        format!("{} · {}", texts::pair_summary(changed, moved, added, removed), texts::likeness(al.similarity))
    };
    html! {
        <>
            <p class="summary" role="status">{ text }</p>
            if al.timed_out { <p class="notice">{ texts::DEADLINE }</p> }
            <p class="legend">{ texts::LEGEND }</p>
        </>
    }
}
