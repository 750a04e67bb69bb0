//! Opening share links: from the address bar (on load and on `hashchange`),
//! from the "Öppna länk" field, and from the landscape ([`OPEN_PAIR_EVENT`]). The link lives in the fragment, which the
//! browser never sends to a server; once read, it is removed from the address
//! bar with `replaceState`, which also keeps statute text out of the history.

use std::rc::Rc;

use andamal_core::formats::session::unpack;

use crate::state::{Action, AppContext, Notice};
use crate::texts;
use crate::worker::{self, Job};

/// Where a link to open came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The address bar or the "Öppna länk" field.
    Link,
    /// A pair the landscape opens ([`OPEN_PAIR_EVENT`]).
    Landscape,
}

/// The event the landscape's app sends on `window` to open a pair in the
/// page's app: a `CustomEvent` whose `detail` is the pair's `v1.…` payload.
/// The two apps are separate wasm instances; this is how they meet.
pub const OPEN_PAIR_EVENT: &str = "andamal-open-pair";

/// Opens the comparison a link carries (decoded in the worker), keeping the
/// current work as a draft first. A link that changes nothing (opened twice)
/// is left alone; a damaged one leaves the work untouched and says why.
/// `state` is asked for when the link has been decoded, so that the draft is
/// the work as it is then.
pub async fn open(state: impl Fn() -> AppContext, link: String, origin: Origin) -> Result<(), String> {
    let shared = worker::opened(Job::DecodeLink(link)).await?;
    let opened = unpack(&shared);
    let state = state();
    if state.holds(&opened) {
        return Ok(());
    }
    // Only work that was there is kept, and only then is it mentioned, by name.
    let earlier = (!state.work.is_empty()).then(|| texts::saved_label(&state.work.title, &state.work.names));
    crate::storage::keep_draft(&state);
    state.dispatch(Action::Open(Rc::new(opened)));
    let text = match origin {
        Origin::Link => texts::link_opened(earlier.as_deref()),
        Origin::Landscape => texts::pair_opened(earlier.as_deref()),
    };
    state.dispatch(Action::Notify(Some(Notice { text, error: false })));
    Ok(())
}

/// The fragment of the address bar, if it looks like a link (`#v…`), removed
/// from the address bar as it is read.
#[must_use]
pub fn take_fragment() -> Option<String> {
    let window = gloo::utils::window();
    let location = window.location();
    let hash = location.hash().ok()?;
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    if !fragment.starts_with('v') && !fragment.starts_with("%76") {
        return None;
    }
    let fragment = fragment.to_owned();
    if let (Ok(path), Ok(search)) = (location.pathname(), location.search()) {
        let _ = window
            .history()
            .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}"))));
    }
    Some(fragment)
}

/// The address of the page without fragment: what a share link starts with.
#[must_use]
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}
