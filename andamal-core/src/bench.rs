//! `andamal bench`: the whole pipeline (find, align, word diff) timed on the
//! seed pair and on a generated ~20 KB pair, against a floor (tokenising the
//! same inputs and hashing the tokens, nothing else), so the figure says how
//! much the pipeline costs beyond merely reading the text.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::hint::black_box;
use std::time::Instant;

use serde_json::json;

use crate::align::PairKind;
use crate::cli::compare;
use crate::{Folds, sample, synth};

/// The generator seed of the large pair.
pub const GENERATOR_SEED: u64 = 200_301_210;
/// Timed runs per measurement, after warm-up.
pub const RUNS: usize = 60;

fn median_us(mut f: impl FnMut()) -> u64 {
    for _ in 0..5 {
        f();
    }
    let mut times: Vec<u128> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_micros()
        })
        .collect();
    times.sort_unstable();
    u64::try_from(times[times.len() / 2]).unwrap_or(u64::MAX).max(1)
}

/// Tokenises with the pipeline's tokeniser ([`crate::token::pieces`]) and
/// hashes every token, with no normalisation.
#[must_use]
pub fn floor(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    for (_, piece) in crate::token::pieces(text) {
        if !piece.starts_with(char::is_whitespace) {
            piece.hash(&mut h);
        }
    }
    h.finish()
}

/// Runs the benchmark and returns its report; the last line is one JSON object.
#[must_use]
pub fn run_report() -> String {
    let folds = Folds::default();
    let (sa, sb) = (sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019);
    let (la, lb) = synth::statute_pair(GENERATOR_SEED, 20_000);
    let seed_us = median_us(|| {
        black_box(compare(black_box(sa), black_box(sb), folds));
    });
    let large_us = median_us(|| {
        black_box(compare(black_box(&la), black_box(&lb), folds));
    });
    let floor_us = median_us(|| {
        black_box(floor(black_box(&la)) ^ floor(black_box(&lb)));
    });
    let (_, _, _, _, al) = compare(&la, &lb, folds);
    #[allow(clippy::cast_precision_loss)]
    let ratio = (large_us as f64 / floor_us as f64 * 100.0).round() / 100.0;
    let summary = json!({
        "seed_pipeline_us": seed_us,
        "large_pipeline_us": large_us,
        "large_floor_us": floor_us,
        "ratio_to_floor": ratio,
        "large_bytes": [la.len(), lb.len()],
        "large_sentences": [al.a.len(), al.b.len()],
        "large_changed": al.count(PairKind::Changed),
        "large_moved": al.count(PairKind::Moved),
        "generator_seed": GENERATOR_SEED,
    });
    format!(
        "seed pair: {seed_us} µs; large pair ({} + {} bytes): {large_us} µs; floor {floor_us} µs; median of {RUNS} runs\n{summary}\n",
        la.len(),
        lb.len()
    )
}
