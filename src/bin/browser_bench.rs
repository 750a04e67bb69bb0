//! The in-browser benchmark page's entry point (bench/index.html; run it with
//! `scripts/bench-browser`, which builds the page and reads the result from
//! headless Chromium). Built only with the `browser-bench` feature, never into
//! the app.
//!
//! It times, after a warm-up, the median of [`RUNS`] runs of:
//! - our whole pipeline, [`compare`]: find both ändamål sections, align their
//!   sentences, diff the words of each pair;
//! - diff-match-patch in word mode and jsdiff's `diffWords`, through
//!   `window.benchDmp` and `window.benchJsdiff` (bench/comparators.js), on the
//!   same two raw texts. They do less: no section finding, no alignment, one
//!   word diff of the whole texts.
//!
//! Each on the seed pair and on the generated ~20 KB pair. Besides, two
//! generated 50 KB statutes compared § by § ([`compare_statutes`], issue #17)
//! beside one plain word diff of the same whole texts: ours (`diff_texts`),
//! diff-match-patch's and jsdiff's, which pair no sections. And the landscape
//! ("Många förbund") of 100 generated statutes of 20 KB as the landscape's
//! worker makes it: find every ändamål, group the sentences
//! (`andamal_core::diff::landscape`) and draw the result
//! ([`andamal::landscape_tree`]), beside its baseline, a word diff of every
//! pair of the found clauses ([`andamal_core::bench::all_pairs_diff`]), which
//! groups nothing. The result is one
//! JSON object, shown in `<pre id="result">` and logged to the console. It
//! also carries a share link's payload (`v1.…`) of each pair, the whole
//! documents: `scripts/bench-browser.mjs` opens them in the app itself and
//! times a link from opening to its first change drawn.

use std::fmt::Write as _;
use std::hint::black_box;

use andamal_core::bench::{GENERATOR_SEED, LANDSCAPE_BYTES, LANDSCAPE_DOCUMENTS, all_pairs_diff};
use andamal_core::cli::compare;
use andamal_core::diff::align::PairKind;
use andamal_core::diff::landscape::landscape;
use andamal_core::diff::statute_diff::compare_statutes;
use andamal_core::diff::word_diff::diff_texts;
use andamal_core::formats::share::{Shared, SharedSide, encode};
use andamal_core::{Folds, sample, synth};
use js_sys::JsString;
use wasm_bindgen::prelude::*;
use web_sys::Performance;

/// Timed runs per measurement (odd, so the median is one run).
const RUNS: usize = 201;
/// Untimed runs before them, so the JavaScript comparators are optimised.
const WARM_UP: usize = 20;
/// The statutes compared § by §: bytes each (as `andamal bench`).
const STATUTE_BYTES: usize = 50_000;

#[wasm_bindgen]
extern "C" {
    /// diff-match-patch in word mode; returns how many pieces its diff has.
    #[wasm_bindgen(js_name = benchDmp)]
    fn bench_dmp(a: &JsString, b: &JsString) -> u32;
    /// jsdiff's `Diff.diffWords`; returns how many pieces its diff has.
    #[wasm_bindgen(js_name = benchJsdiff)]
    fn bench_jsdiff(a: &JsString, b: &JsString) -> u32;
}

fn main() {
    std::panic::set_hook(Box::new(|info| gloo::console::error!(format!("browser_bench: {info}"))));
    let window = web_sys::window().expect("a window");
    let clock = window.performance().expect("window.performance");
    let isolated =
        js_sys::Reflect::get(&window, &"crossOriginIsolated".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);

    let large_texts = synth::statute_pair(GENERATOR_SEED, 20_000);
    let seed = measure(&clock, sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019);
    let large = measure(&clock, &large_texts.0, &large_texts.1);
    let (statute_a, statute_b) = synth::statute_revision(GENERATOR_SEED, STATUTE_BYTES);
    let statute = measure_statute(&clock, &statute_a, &statute_b);
    let many = measure_landscape(&clock);

    let mut json = String::new();
    let _ = write!(
        json,
        r#"{{"runs":{RUNS},"warm_up":{WARM_UP},"timer_resolution_us":{:.1},"cross_origin_isolated":{isolated},"generator_seed":{GENERATOR_SEED},"seed":{},"large":{},"statute":{},"landscape":{},"links":{{"seed":"{}","large":"{}"}}}}"#,
        timer_resolution_us(&clock),
        seed.json(),
        large.json(),
        statute,
        many,
        link(sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019),
        link(&large_texts.0, &large_texts.1),
    );
    gloo::console::log!(json.clone());

    let document = window.document().expect("a document");
    let result = document.create_element("pre").expect("a <pre>");
    result.set_id("result");
    result.set_text_content(Some(&json));
    if let Some(status) = document.get_element_by_id("status") {
        status.remove();
    }
    document.body().expect("a <body>").append_with_node_1(&result).expect("append #result");
}

/// The medians (µs) of one input pair, and what each diff found, so that a
/// reader can see they all did real work.
struct Measurement {
    bytes: [usize; 2],
    ours_us: f64,
    dmp_us: f64,
    jsdiff_us: f64,
    found: [bool; 2],
    sentences: [usize; 2],
    changed_pairs: usize,
    dmp_pieces: u32,
    jsdiff_pieces: u32,
}

fn measure(clock: &Performance, a: &str, b: &str) -> Measurement {
    let folds = Folds::default();
    // Made once, outside the timing: the comparators get JavaScript strings,
    // as they would in a page, and pay no UTF-8 decoding per run.
    let (ja, jb) = (JsString::from(a), JsString::from(b));
    let (found_a, _, found_b, _, alignment) = compare(a, b, folds);
    let mut dmp_pieces = 0;
    let mut jsdiff_pieces = 0;
    Measurement {
        bytes: [a.len(), b.len()],
        ours_us: median_us(clock, || {
            black_box(compare(black_box(a), black_box(b), folds));
        }),
        dmp_us: median_us(clock, || dmp_pieces = bench_dmp(&ja, &jb)),
        jsdiff_us: median_us(clock, || jsdiff_pieces = bench_jsdiff(&ja, &jb)),
        found: [found_a, found_b],
        sentences: [alignment.a.len(), alignment.b.len()],
        changed_pairs: alignment.count(PairKind::Changed),
        dmp_pieces,
        jsdiff_pieces,
    }
}

impl Measurement {
    fn json(&self) -> String {
        let Self { bytes, ours_us, dmp_us, jsdiff_us, found, sentences, changed_pairs, dmp_pieces, jsdiff_pieces } =
            self;
        format!(
            concat!(
                r#"{{"bytes":[{},{}],"ours_us":{:.1},"dmp_us":{:.1},"jsdiff_us":{:.1},"#,
                r#""dmp_over_ours":{:.2},"jsdiff_over_ours":{:.2},"#,
                r#""found":[{},{}],"sentences":[{},{}],"changed_pairs":{},"dmp_pieces":{},"jsdiff_pieces":{}}}"#
            ),
            bytes[0],
            bytes[1],
            ours_us,
            dmp_us,
            jsdiff_us,
            dmp_us / ours_us,
            jsdiff_us / ours_us,
            found[0],
            found[1],
            sentences[0],
            sentences[1],
            changed_pairs,
            dmp_pieces,
            jsdiff_pieces,
        )
    }
}

/// Two whole statutes § by § against one word diff of the whole texts (ours,
/// diff-match-patch's, jsdiff's), as a JSON object, with what ours found.
fn measure_statute(clock: &Performance, a: &str, b: &str) -> String {
    let folds = Folds::default();
    let (ja, jb) = (JsString::from(a), JsString::from(b));
    let diff = compare_statutes(a, b, folds);
    let ours_us = median_us(clock, || {
        black_box(compare_statutes(black_box(a), black_box(b), folds));
    });
    let word_diff_us = median_us(clock, || {
        black_box(diff_texts(black_box(a), black_box(b), folds, None));
    });
    let dmp_us = median_us(clock, || {
        black_box(bench_dmp(&ja, &jb));
    });
    let jsdiff_us = median_us(clock, || {
        black_box(bench_jsdiff(&ja, &jb));
    });
    format!(
        concat!(
            r#"{{"bytes":[{},{}],"ours_us":{:.1},"word_diff_us":{:.1},"dmp_us":{:.1},"jsdiff_us":{:.1},"#,
            r#""sections":[{},{}],"section_pairs":{}}}"#
        ),
        a.len(),
        b.len(),
        ours_us,
        word_diff_us,
        dmp_us,
        jsdiff_us,
        diff.a.len(),
        diff.b.len(),
        diff.pairs.len(),
    )
}

/// Timed runs of the landscape and its baseline, which take long.
const LANDSCAPE_RUNS: usize = 5;

/// The landscape of 100 generated 20 KB statutes (find, group, draw) and
/// its all-pairs word diff baseline, medians in ms, as a JSON object.
fn measure_landscape(clock: &Performance) -> String {
    let folds = Folds::default();
    let corpus = synth::landscape(GENERATOR_SEED, LANDSCAPE_DOCUMENTS, LANDSCAPE_BYTES);
    let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
    let names = vec![String::new(); corpus.len()];
    let median_ms = |run: &mut dyn FnMut()| {
        run();
        let mut times: Vec<f64> = (0..LANDSCAPE_RUNS)
            .map(|_| {
                let start = clock.now();
                run();
                clock.now() - start
            })
            .collect();
        times.sort_unstable_by(f64::total_cmp);
        times[LANDSCAPE_RUNS / 2]
    };
    let ours_ms = median_ms(&mut || {
        if let Ok(l) = landscape(black_box(&refs), folds) {
            black_box(andamal::landscape_tree::tree(&l, &corpus, &names, folds));
        }
    });
    let Ok(grouped) = landscape(&refs, folds) else { return "null".into() };
    let clauses: Vec<&str> = grouped.documents.iter().zip(&refs).map(|(d, t)| d.span.slice(t)).collect();
    let baseline_ms = median_ms(&mut || {
        black_box(all_pairs_diff(black_box(&clauses), folds));
    });
    let sentences: usize = grouped.documents.iter().map(|d| d.sentences.len()).sum();
    format!(
        r#"{{"documents":{},"bytes":{},"ours_ms":{ours_ms:.1},"all_pairs_diff_ms":{baseline_ms:.1},"sentences":{sentences},"groups":{},"runs":{LANDSCAPE_RUNS}}}"#,
        refs.len(),
        refs.iter().map(|t| t.len()).sum::<usize>(),
        grouped.groups.len(),
    )
}

/// A share link's payload (`v1.…`, base64url: safe inside JSON) carrying the
/// two whole documents, as "Dela" with "Hela dokumenten" makes it.
fn link(a: &str, b: &str) -> String {
    let side = |text: &str| SharedSide { text: text.to_owned(), ..SharedSide::default() };
    encode(&Shared { sides: [side(a), side(b)], ..Shared::default() })
}

/// The median of [`RUNS`] timed runs of `run`, in µs, after [`WARM_UP`] untimed ones.
fn median_us(clock: &Performance, mut run: impl FnMut()) -> f64 {
    for _ in 0..WARM_UP {
        run();
    }
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = clock.now();
            run();
            (clock.now() - start) * 1000.0
        })
        .collect();
    times.sort_unstable_by(f64::total_cmp);
    times[RUNS / 2]
}

/// The smallest step `performance.now()` takes, in µs: 5 µs in a
/// cross-origin-isolated page in Chromium, 100 µs otherwise.
fn timer_resolution_us(clock: &Performance) -> f64 {
    let mut smallest = f64::INFINITY;
    for _ in 0..20 {
        let start = clock.now();
        let mut now = start;
        while now == start {
            now = clock.now();
        }
        smallest = smallest.min(now - start);
    }
    smallest * 1000.0
}
