//! Criterion benchmarks of the core pipeline on real statute text.

use std::hint::black_box;

use andamal_core::word_diff::diff_texts;
use andamal_core::{Folds, sample};
use criterion::{Criterion, criterion_group, criterion_main};

fn seed_pair(c: &mut Criterion) {
    c.bench_function("word_diff/seed_pair", |b| {
        b.iter(|| {
            diff_texts(
                black_box(sample::OSTRA_OSTERGOTLAND_2017),
                black_box(sample::UMEAREGIONEN_2019),
                Folds::default(),
                None,
            )
        });
    });
}

criterion_group!(benches, seed_pair);
criterion_main!(benches);
