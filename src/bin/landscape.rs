//! The landscape's entry point ("Många förbund"): a wasm of its own, which
//! Trunk builds like the workers (no-modules output, with a loader shim) and
//! the page fetches only when the landscape is first opened. On the page
//! (static/landscape-start.js, see `andamal::hooks::use_landscape_page`) it
//! mounts the landscape's app beside the page's; in a worker (its loader
//! shim, started by that app) it groups documents and reads and writes
//! landscape files (`andamal::landscape_worker`).

use wasm_bindgen::JsCast;

fn main() {
    if js_sys::global().is_instance_of::<web_sys::Window>() {
        andamal::components::mount_landscape();
    } else {
        andamal::landscape_worker::register();
    }
}
