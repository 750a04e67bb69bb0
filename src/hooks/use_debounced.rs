use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// Returns `value` once it has stopped changing for `millis` milliseconds.
///
/// Typing into a text area changes state on every key; the comparison follows
/// the debounced value, so it is computed once per pause, not per key.
#[hook]
pub fn use_debounced<T>(value: T, millis: u32) -> T
where
    T: Clone + PartialEq + 'static,
{
    let settled = use_state(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timeout = Timeout::new(millis, move || settled.set(value));
            move || drop(timeout)
        });
    }
    (*settled).clone()
}
