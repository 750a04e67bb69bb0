//! The document reader's entry point: the comparison worker's task, built
//! with the `documents` feature (see `andamal::worker::READER_LOADER`). Trunk
//! builds it as a third wasm, which the long-lived worker starts when a file
//! is first opened.

fn main() {
    andamal::worker::register();
}
