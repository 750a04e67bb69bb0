//! The comparison worker's entry point (see `andamal::worker`).

fn main() {
    andamal::worker::register();
}
