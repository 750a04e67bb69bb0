//! The document reader's entry point: the comparison worker's task, built
//! with the `documents` feature (see `andamal::worker::READER_LOADER`). Trunk
//! builds it as a third wasm, which the long-lived worker starts when a file
//! is first opened.

use andamal::worker::{Postcard, WorkerTask};
use gloo_worker::Registrable;

fn main() {
    WorkerTask::registrar().encoding::<Postcard>().register();
}
