//! Mounts the app; everything else is in the library so tests use the same code.

fn main() {
    andamal::start();
}
