//! `andamal bench`: the whole pipeline (find, align, word diff) timed on the
//! seed pair and on a generated ~20 KB pair, against a floor (tokenising the
//! same inputs and hashing the tokens, nothing else), so the figure says how
//! much the pipeline costs beyond merely reading the text. Then the two
//! views beyond a pair, each beside a plain word diff of the same texts:
//! two generated 50 KB statutes § by § ([`crate::diff::statute_diff`]) against one
//! word diff of the whole texts, and the landscape of 100 generated 20 KB
//! statutes ([`crate::diff::landscape`]) against a word diff of every pair of
//! their ändamål clauses.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::hint::black_box;
use std::time::Instant;

use serde_json::json;

use crate::diff::align::PairKind;
use crate::diff::comparison::compare;
use crate::diff::landscape::landscape;
use crate::diff::statute_diff::compare_statutes;
use crate::diff::word_diff::diff_texts;
use crate::statute::selection::Choice;
use crate::{Folds, sample, synth};

/// The generator seed of the large pair.
pub const GENERATOR_SEED: u64 = 200_301_210;
/// Timed runs per measurement, after warm-up.
pub const RUNS: usize = 60;
/// Timed runs of the landscape and its baseline, which take long.
pub const LANDSCAPE_RUNS: usize = 5;
/// The statutes compared § by §: bytes each.
pub const STATUTE_BYTES: usize = 50_000;
/// The landscape: documents, and bytes each.
pub const LANDSCAPE_DOCUMENTS: usize = 100;
pub const LANDSCAPE_BYTES: usize = 20_000;

fn median_us(f: impl FnMut()) -> u64 {
    median_us_of(RUNS, 5, f)
}

fn median_us_of(runs: usize, warm_up: usize, mut f: impl FnMut()) -> u64 {
    for _ in 0..warm_up {
        f();
    }
    let mut times: Vec<u128> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_micros()
        })
        .collect();
    times.sort_unstable();
    u64::try_from(times[times.len() / 2]).unwrap_or(u64::MAX).max(1)
}

/// Tokenises with the pipeline's tokeniser ([`crate::text::token::pieces`]) and
/// hashes every token, with no normalisation.
#[must_use]
pub fn floor(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    for (_, piece) in crate::text::token::pieces(text) {
        if !piece.starts_with(char::is_whitespace) {
            piece.hash(&mut h);
        }
    }
    h.finish()
}

/// The landscape's baseline: a word diff of every pair of texts; returns the
/// summed similarity, so nothing is optimised away.
#[must_use]
pub fn all_pairs_diff(texts: &[&str], folds: Folds) -> f64 {
    let mut total = 0.0;
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            total += diff_texts(a, b, folds, None).similarity;
        }
    }
    total
}

/// Runs the benchmark and returns its report; the last line is one JSON object.
#[must_use]
pub fn run_report() -> String {
    let folds = Folds::default();
    let (sa, sb) = (sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019);
    let (la, lb) = synth::statute_pair(GENERATOR_SEED, 20_000);
    let seed_us = median_us(|| {
        black_box(compare([black_box(sa), black_box(sb)], [Choice::Auto; 2], folds));
    });
    let large_us = median_us(|| {
        black_box(compare([black_box(&la), black_box(&lb)], [Choice::Auto; 2], folds));
    });
    let floor_us = median_us(|| {
        black_box(floor(black_box(&la)) ^ floor(black_box(&lb)));
    });
    let al = compare([&la, &lb], [Choice::Auto; 2], folds).alignment;
    let (statute_a, statute_b) = synth::statute_revision(GENERATOR_SEED, STATUTE_BYTES);
    let statute_us = median_us(|| {
        black_box(compare_statutes(black_box(&statute_a), black_box(&statute_b), folds));
    });
    let statute_baseline_us = median_us(|| {
        black_box(diff_texts(black_box(&statute_a), black_box(&statute_b), folds, None));
    });
    let statute = compare_statutes(&statute_a, &statute_b, folds);
    let corpus = synth::landscape(GENERATOR_SEED, LANDSCAPE_DOCUMENTS, LANDSCAPE_BYTES);
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    let landscape_us = median_us_of(LANDSCAPE_RUNS, 1, || {
        black_box(landscape(black_box(&refs), folds).ok());
    });
    let grouped = landscape(&refs, folds).ok();
    let clauses: Vec<&str> =
        grouped.iter().flat_map(|l| &l.documents).zip(&refs).map(|(d, t)| d.span.slice(t)).collect();
    let landscape_baseline_us = median_us_of(LANDSCAPE_RUNS, 1, || {
        black_box(all_pairs_diff(black_box(&clauses), folds));
    });
    // The dense case: every document's ändamål is itself 20 KB of near
    // variants of the same few sentences, the most comparisons blocking can
    // be asked for.
    let dense: Vec<String> =
        (0..LANDSCAPE_DOCUMENTS as u64).map(|k| synth::statute_pair(GENERATOR_SEED + k, LANDSCAPE_BYTES).0).collect();
    let dense_refs: Vec<&str> = dense.iter().map(String::as_str).collect();
    let landscape_dense_us = median_us_of(LANDSCAPE_RUNS, 1, || {
        black_box(landscape(black_box(&dense_refs), folds).ok());
    });
    let dense_sentences =
        landscape(&dense_refs, folds).map_or(0, |l| l.documents.iter().map(|d| d.sentences.len()).sum::<usize>());
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
        "statute_us": statute_us,
        "statute_baseline_us": statute_baseline_us,
        "statute_bytes": [statute_a.len(), statute_b.len()],
        "statute_sections": [statute.a.len(), statute.b.len()],
        "statute_pairs": statute.pairs.len(),
        "landscape_us": landscape_us,
        "landscape_baseline_us": landscape_baseline_us,
        "landscape_documents": refs.len(),
        "landscape_bytes": refs.iter().map(|t| t.len()).sum::<usize>(),
        "landscape_sentences": grouped.as_ref().map_or(0, |l| l.documents.iter().map(|d| d.sentences.len()).sum()),
        "landscape_groups": grouped.as_ref().map_or(0, |l| l.groups.len()),
        "landscape_dense_us": landscape_dense_us,
        "landscape_dense_sentences": dense_sentences,
    });
    format!(
        "seed pair: {seed_us} µs; large pair ({} + {} bytes): {large_us} µs; floor {floor_us} µs; median of {RUNS} runs\n\
         statute § by § ({} + {} bytes): {statute_us} µs; one word diff of the whole texts {statute_baseline_us} µs\n\
         landscape ({} documents, {} bytes): {landscape_us} µs; word diff of every pair of clauses {landscape_baseline_us} µs; \
         dense (100 clauses of 20 KB, {dense_sentences} sentences): {landscape_dense_us} µs; median of {LANDSCAPE_RUNS} runs\n{summary}\n",
        la.len(),
        lb.len(),
        statute_a.len(),
        statute_b.len(),
        refs.len(),
        refs.iter().map(|t| t.len()).sum::<usize>(),
    )
}
