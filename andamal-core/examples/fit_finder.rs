//! Fits the finder's weights on the tuning part of the labelled corpus and
//! rewrites `src/statute/finder/weights.rs` (see `tests/support/fit.rs`).
//!
//! ```sh
//! cargo run -p andamal-core --example fit_finder
//! ```

#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/damage.rs"]
mod damage;
#[path = "../tests/support/fit.rs"]
mod fit;

fn main() {
    let mut fixtures = corpus::load();
    fixtures.extend(corpus::clauses());
    let model = fit::fit(&fixtures);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/statute/finder/weights.rs");
    std::fs::write(&path, fit::source(&model)).expect("write weights.rs");
    println!(
        "fitted on {} tuning documents: {} right; LOW {:.2}, HIGH {:.2}; wrote {}",
        model.documents,
        model.right,
        model.low,
        model.high,
        path.display()
    );
    for (name, w) in andamal_core::statute::finder::features::names().iter().zip(model.weights) {
        println!("  {name:<26} {w:+.3}");
    }
    println!("  {:<26} {:+.3}", "bias", model.bias);
}
