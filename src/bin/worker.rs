//! The comparison worker's entry point (see `andamal::worker`).

use andamal::worker::{Postcard, WorkerTask};
use gloo_worker::Registrable;

fn main() {
    WorkerTask::registrar().encoding::<Postcard>().register();
}
