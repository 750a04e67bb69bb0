//! Ändamålsjämföraren's Yew shell: renders what `andamal_core` computes and
//! turns gestures into [`state::Action`]s.
//!
//! Architecture invariant: no component parses, diffs or normalises text
//! itself; that is `andamal_core`'s job. User text is only ever rendered as
//! Yew text nodes (escaped), never as raw HTML.

pub mod app;
pub mod components;
pub mod derived;
pub mod dom;
pub mod files;
pub mod hooks;
pub mod landscape;
pub mod landscape_example;
pub mod landscape_tree;
pub mod landscape_worker;
pub mod link;
pub mod state;
pub mod statute_view;
pub mod storage;
pub mod texts;
pub mod worker;

pub use app::App;

/// Mounts the app into `<main id="app">` (replacing the "Laddar …" notice).
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            root.set_text_content(None);
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
