//! The handle components share, and the one way they fetch it.

use yew::prelude::*;

use super::State;

/// The shared state handle: read its fields, dispatch [`super::Action`]s.
pub type AppContext = UseReducerHandle<State>;

/// The app's state, from the context `App` provides.
///
/// # Panics
/// Outside `App` (a component rendered without its provider).
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("AppContext")
}
