//! Criterion benchmarks of the core pipeline on statute-shaped text.
//!
//! `find/20kB` and `find/200kB` run structure + ändamål finder on a
//! förbundsordning built from real statute sentences (aim: ≤ 5 ms for 200 KB).

use std::fmt::Write;
use std::hint::black_box;

use andamal_core::cli::compare;
use andamal_core::finder::find;
use andamal_core::word_diff::diff_texts;
use andamal_core::{Folds, bench, sample, synth};
use criterion::{Criterion, criterion_group, criterion_main};

const TITLES: &[&str] = &[
    "Namn och säte",
    "Medlemmar",
    "Ändamål",
    "Organisation",
    "Styrelse",
    "Revision",
    "Initiativrätt",
    "Kungörelser",
    "Andel i tillgångar och skulder",
    "Budget",
    "Styrning och insyn",
    "Utträde",
    "Likvidation",
    "Tvister",
    "Arvoden",
    "Arkiv",
    "Ändringar",
];

/// A förbundsordning of about `bytes` bytes, with page furniture every ~3 KB,
/// built deterministically from the seed clauses' sentences.
fn statute(bytes: usize) -> String {
    let sentences: Vec<&str> = sample::OSTRA_OSTERGOTLAND_2017
        .lines()
        .chain(sample::UMEAREGIONEN_2019.lines())
        .filter(|l| l.ends_with('.'))
        .flat_map(|l| l.split_inclusive(". "))
        .collect();
    let mut out = String::from("Förbundsordning för Samordningsförbundet Exempel\n\n");
    let (mut section, mut i, mut page) = (0, 0, 1);
    while out.len() < bytes {
        let title = TITLES[section % TITLES.len()];
        let _ = writeln!(out, "{} § {}\n", section + 1, title);
        for _ in 0..3 {
            for _ in 0..3 {
                out.push_str(sentences[i % sentences.len()].trim());
                out.push(' ');
                i += 1;
            }
            out.push_str("\n\n");
            if out.len() / 3000 >= page {
                let _ = writeln!(out, "Sida {page}\n");
                page += 1;
            }
        }
        section += 1;
    }
    out
}

fn finder(c: &mut Criterion) {
    for (label, size) in [("20kB", 20_000), ("200kB", 200_000)] {
        let text = statute(size);
        c.bench_function(&format!("find/{label}"), |b| b.iter(|| find(black_box(&text), Folds::default())));
    }
}

fn pipeline(c: &mut Criterion) {
    let (sa, sb) = (sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019);
    c.bench_function("compare/seed_pair", |b| b.iter(|| compare(black_box(sa), black_box(sb), Folds::default())));
    c.bench_function("word_diff/seed_pair", |b| {
        b.iter(|| diff_texts(black_box(sa), black_box(sb), Folds::default(), None))
    });
    let (la, lb) = synth::statute_pair(bench::GENERATOR_SEED, 20_000);
    c.bench_function("compare/20kB_pair", |b| b.iter(|| compare(black_box(&la), black_box(&lb), Folds::default())));
    c.bench_function("floor/20kB_pair", |b| b.iter(|| bench::floor(black_box(&la)) ^ bench::floor(black_box(&lb))));
}

criterion_group!(benches, finder, pipeline);
criterion_main!(benches);
