//! The document reader's entry point: the comparison worker's task, built
//! with the `documents` feature (see `andamal::worker::read`). Trunk builds it
//! as a third wasm, which the page loads only when a file is opened.

use andamal::worker::{Postcard, WorkerTask};
use gloo_worker::Registrable;

fn main() {
    WorkerTask::registrar().encoding::<Postcard>().register();
}
