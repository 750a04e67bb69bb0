//! The comparison worker's entry point (see `andamal::worker`).

use andamal::worker::CompareTask;
use gloo_worker::Registrable;

fn main() {
    CompareTask::registrar().register();
}
