//! Shows or hides the landscape ("Många förbund"), which is an app of its
//! own: the `landscape` wasm (src/bin/landscape.rs), mounted into
//! `<div id="landscape-root">` beside this app's `<main>` (index.html). Its
//! code is no part of the page's wasm or its first visit: the first time the
//! landscape is shown, `landscape-start.js` is added to the page, which
//! fetches and starts it (the service worker caches it then, for offline use).
//! It stays mounted, hidden, while the pair view shows, so its documents are
//! still there when the user comes back. A pair it opens arrives as a share
//! link's payload in `crate::link::OPEN_PAIR_EVENT` (see `use_share_link`),
//! and opening it shows the pair view.

use yew::prelude::*;

/// Where the landscape app is mounted (index.html).
pub const LANDSCAPE_ROOT: &str = "landscape-root";

/// The script that fetches and starts the landscape app (static/landscape-start.js).
const LOADER: &str = "landscape-start.js";

/// Shows the landscape when `shown`, fetching it the first time.
#[hook]
pub fn use_landscape_page(shown: bool) {
    let loaded = use_mut_ref(|| false);
    use_effect_with(shown, move |&shown| {
        let document = gloo::utils::document();
        let Some(root) = document.get_element_by_id(LANDSCAPE_ROOT) else { return };
        let _ = root.toggle_attribute_with_force("hidden", !shown);
        if shown && !*loaded.borrow() {
            *loaded.borrow_mut() = true;
            if let Ok(script) = document.create_element("script") {
                let _ = script.set_attribute("src", LOADER);
                let _ = gloo::utils::head().append_child(&script);
            }
        }
    });
}
