//! The comparison worker's entry point (see `andamal::worker`).

use andamal::worker::WorkerTask;
use gloo_worker::Registrable;

fn main() {
    WorkerTask::registrar().register();
}
