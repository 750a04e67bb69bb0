//! Criterion benchmarks of the core pipeline on statute-shaped text.
//!
//! `find/20kB` and `find/200kB` run structure + ändamål finder on a
//! förbundsordning built from real statute sentences (aim: ≤ 5 ms for 200 KB).
//! `statute/50kB_pair` compares two generated 50 KB statutes § by § (aim:
//! < 20 ms) beside `word_diff/50kB_pair`, one word diff of the whole texts;
//! `landscape/100x20kB` groups the ändamål sentences of 100 generated 20 KB
//! statutes (aim: < 2 s) beside `all_pairs_word_diff/100x20kB`, a word diff of
//! every pair of their clauses.

use std::fmt::Write;
use std::hint::black_box;

use andamal_core::cli::compare;
use andamal_core::diff::landscape::landscape;
use andamal_core::diff::statute_diff::compare_statutes;
use andamal_core::diff::word_diff::diff_texts;
use andamal_core::statute::finder::find;
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

fn beyond_a_pair(c: &mut Criterion) {
    let folds = Folds::default();
    let (a, b) = synth::statute_revision(bench::GENERATOR_SEED, bench::STATUTE_BYTES);
    c.bench_function("statute/50kB_pair", |bch| bch.iter(|| compare_statutes(black_box(&a), black_box(&b), folds)));
    c.bench_function("word_diff/50kB_pair", |bch| bch.iter(|| diff_texts(black_box(&a), black_box(&b), folds, None)));
    let corpus = synth::landscape(bench::GENERATOR_SEED, bench::LANDSCAPE_DOCUMENTS, bench::LANDSCAPE_BYTES);
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    let mut slow = c.benchmark_group("beyond");
    slow.sample_size(10);
    slow.bench_function("landscape/100x20kB", |bch| bch.iter(|| landscape(black_box(&refs), folds)));
    let found = landscape(&refs, folds).expect("100 documents are allowed");
    let clauses: Vec<&str> = found.documents.iter().zip(&refs).map(|(d, t)| d.span.slice(t)).collect();
    slow.bench_function("all_pairs_word_diff/100x20kB", |bch| {
        bch.iter(|| bench::all_pairs_diff(black_box(&clauses), folds))
    });
    slow.finish();
}

criterion_group!(benches, finder, pipeline, beyond_a_pair);
criterion_main!(benches);
