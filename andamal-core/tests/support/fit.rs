//! Fitting the finder's weights on the tuning part of the corpus.
//!
//! A logistic model over the candidates' features ([`andamal_core::statute::finder::features`]):
//! every candidate of every tuning document is an example, labelled 1 when it
//! is the section the document's `expected.json` describes and 0 otherwise.
//! Plain full-batch gradient descent from zero with a fixed step count, so the
//! result is the same on every run. The two thresholds are then chosen to get
//! the most tuning documents right, then the most damaged copies of its
//! negatives left without a find and of its other documents keeping the
//! confidence their labels ask. The output is the
//! source of `src/statute/finder/weights.rs`.

#![allow(dead_code)]

use andamal_core::statute::finder::features::{COUNT, Features, names, probabilities};
use andamal_core::statute::finder::{Candidate, Confidence, Finding, candidates_with_features};
use andamal_core::statute::structure::Document;

use super::corpus::{self, Fixture};
use super::damage;

/// One tuning document's candidates, features and labels.
pub struct Example {
    pub fixture_index: usize,
    /// Whether the choice model learns from it (see [`examples`]).
    pub in_choice: bool,
    pub candidates: Vec<(Candidate, Features, bool)>,
}

const STEPS: usize = 2000;
const RATE: f64 = 0.5;
const L2: f64 = 0.002;

/// The fitted model.
pub struct Model {
    pub weights: [f64; COUNT],
    pub bias: f64,
    /// The second model: is the chosen section the ändamål itself (high) or a stand-in (low)?
    pub sure_weights: [f64; COUNT],
    pub sure_bias: f64,
    pub low: f64,
    pub high: f64,
    pub right: usize,
    pub documents: usize,
}

/// Whether `c` alone is the candidate the fixture expects (whatever the confidence).
fn is_expected(f: &Fixture, c: &Candidate) -> bool {
    if !f.positive() {
        return false;
    }
    let finding = Finding {
        found: true,
        confidence: if f.expected["confidence"].as_str() == Some("low") { Confidence::Low } else { Confidence::High },
        candidates: vec![c.clone()],
        document: Document::default(),
    };
    corpus::check(&f.input, &finding, &f.expected).is_ok()
}

pub fn examples(fixtures: &[Fixture]) -> Vec<Example> {
    fixtures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.part() == "tuning")
        .map(|(i, f)| Example {
            fixture_index: i,
            // A bare restated purpose (a clause fixture labelled "low") only
            // has to be offered, which one candidate always is; fitting it as
            // a find would teach the choice model that any paragraph pasted
            // alone is a clause. The sureness model learns from it.
            in_choice: !(f.kind() == "clause" && f.expected["confidence"].as_str() == Some("low")),
            candidates: candidates_with_features(&f.input, f.folds)
                .into_iter()
                .map(|(c, x)| {
                    let y = is_expected(f, &c);
                    (c, x, y)
                })
                .collect(),
        })
        .collect()
}

/// Fits the weights (a conditional logit: each document chooses one of its
/// candidates or none), then the thresholds.
pub fn fit(fixtures: &[Fixture]) -> Model {
    let examples = examples(fixtures);
    let mut w = [0.0; COUNT];
    let mut b = 0.0;
    let n = examples.iter().filter(|e| e.in_choice).count().max(1) as f64;
    for _ in 0..STEPS {
        let mut gw = [0.0; COUNT];
        let mut gb = 0.0;
        for e in examples.iter().filter(|e| e.in_choice) {
            let scores: Vec<f64> = e.candidates.iter().map(|(_, x, _)| x.score(&w, b)).collect();
            let p = probabilities(&scores);
            // d(-log p_target)/ds_j = p_j - [j is the target].
            for ((_, x, y), pj) in e.candidates.iter().zip(&p) {
                let err = pj - if *y { 1.0 } else { 0.0 };
                for (g, v) in gw.iter_mut().zip(&x.values) {
                    *g += err * v / n;
                }
                gb += err / n;
            }
        }
        for (wi, g) in w.iter_mut().zip(gw) {
            *wi -= RATE * (g + L2 * *wi);
        }
        b -= RATE * gb;
    }
    let (sw, sb) = fit_sure(fixtures, &examples);
    let copies = Copies { negatives: damaged_negatives(fixtures), positives: damaged_positives(fixtures) };
    let (low, high, right) = thresholds(fixtures, &examples, &copies, &w, b, &sw, sb);
    Model { weights: w, bias: b, sure_weights: sw, sure_bias: sb, low, high, right, documents: examples.len() }
}

/// A plain logistic regression on each positive tuning document's expected
/// section: 1 when the label says "high", 0 for a stand-in ("low"), on
/// sections whose borders the text shows.
fn fit_sure(fixtures: &[Fixture], examples: &[Example]) -> ([f64; COUNT], f64) {
    let rows: Vec<(&Features, f64)> = examples
        .iter()
        .flat_map(|e| {
            let f = &fixtures[e.fixture_index];
            let y = if f.expected["confidence"].as_str() == Some("low") { 0.0 } else { 1.0 };
            // A clause whose borders the text does not show is never sure
            // (`decide` sees to that): its label says nothing of its kind.
            e.candidates.iter().filter(|(c, _, right)| *right && c.lined).map(move |(_, x, _)| (x, y))
        })
        .collect();
    let n = rows.len().max(1) as f64;
    let mut w = [0.0; COUNT];
    let mut b = 0.0;
    for _ in 0..STEPS {
        let mut gw = [0.0; COUNT];
        let mut gb = 0.0;
        for (x, y) in &rows {
            let err = x.probability(&w, b) - y;
            for (g, v) in gw.iter_mut().zip(&x.values) {
                *g += err * v / n;
            }
            gb += err / n;
        }
        for (wi, g) in w.iter_mut().zip(gw) {
            *wi -= RATE * (g + L2 * *wi);
        }
        b -= RATE * gb;
    }
    (w, b)
}

/// The decision for one document's scored candidates.
pub fn decide(scored: &[(Candidate, f64)], low: f64, high: f64) -> Finding {
    let mut candidates: Vec<Candidate> = scored
        .iter()
        .map(|(c, p)| {
            let mut c = c.clone();
            c.score = *p;
            c
        })
        .collect();
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    let (found, confidence) = andamal_core::statute::finder::decide(&candidates, low, high);
    Finding { found, confidence, candidates, document: Document::default() }
}

/// One document's candidates with their probabilities.
type Scored = Vec<(Candidate, f64)>;

/// The damaged copies of the tuning part that the thresholds count.
struct Copies {
    negatives: Vec<Vec<Features>>,
    positives: Vec<Copy>,
}

/// A damaged copy of a tuning document with a clause: its candidates, and
/// the confidence its label asks of it.
struct Copy {
    candidates: Vec<(Candidate, Features)>,
    high: bool,
    /// On one line "high" may become "low": the line breaks that showed its borders are gone.
    oneline: bool,
}

/// Every damaged copy of every tuning document with a clause: the
/// thresholds also count how many keep the confidence the label asks, so a
/// refit does not leave a damaged copy's confidence on the edge.
fn damaged_positives(fixtures: &[Fixture]) -> Vec<Copy> {
    let mut out = Vec::new();
    for f in fixtures.iter().filter(|f| f.part() == "tuning" && f.positive()) {
        let high = f.expected["confidence"].as_str() == Some("high");
        for kind in damage::KINDS {
            let mut folds = f.folds;
            folds.ocr |= *kind == "ocr";
            let copy = damage::apply(kind, &f.input);
            let candidates = candidates_with_features(&copy.text, folds);
            out.push(Copy { candidates, high, oneline: *kind == "oneline" });
        }
    }
    out
}

/// The candidates' features of every damaged copy of every tuning document
/// without a clause: the thresholds also count how many of them stay
/// without a find, so a refit does not trade a damaged copy for an original.
fn damaged_negatives(fixtures: &[Fixture]) -> Vec<Vec<Features>> {
    let mut out = Vec::new();
    for f in fixtures.iter().filter(|f| f.part() == "tuning" && !f.positive()) {
        for kind in damage::KINDS {
            let mut folds = f.folds;
            folds.ocr |= *kind == "ocr";
            let copy = damage::apply(kind, &f.input);
            out.push(candidates_with_features(&copy.text, folds).into_iter().map(|(_, x)| x).collect());
        }
    }
    out
}

fn thresholds(
    fixtures: &[Fixture],
    examples: &[Example],
    copies: &Copies,
    w: &[f64; COUNT],
    b: f64,
    sw: &[f64; COUNT],
    sb: f64,
) -> (f64, f64, usize) {
    let scored: Vec<Vec<(Candidate, f64)>> = examples
        .iter()
        .map(|e| {
            let scores: Vec<f64> = e.candidates.iter().map(|(_, x, _)| round(x.score(w, b))).collect();
            e.candidates
                .iter()
                .zip(probabilities(&scores))
                .map(|((c, x, _), p)| {
                    let mut c = c.clone();
                    c.sure = x.probability(sw, sb);
                    (c, p)
                })
                .collect()
        })
        .collect();
    // A damaged copy is found when its candidates' probabilities sum to `low`.
    let damaged = &copies.negatives;
    let damaged_found: Vec<f64> = damaged
        .iter()
        .map(|xs| {
            let scores: Vec<f64> = xs.iter().map(|x| round(x.score(w, b))).collect();
            probabilities(&scores).iter().sum()
        })
        .collect();
    let copies: Vec<(Scored, bool, bool)> = copies
        .positives
        .iter()
        .map(|c| {
            let scores: Vec<f64> = c.candidates.iter().map(|(_, x)| round(x.score(w, b))).collect();
            let scored = c
                .candidates
                .iter()
                .zip(probabilities(&scores))
                .map(|((c, x), p)| {
                    let mut c = c.clone();
                    c.sure = x.probability(sw, sb);
                    (c, p)
                })
                .collect();
            (scored, c.high, c.oneline)
        })
        .collect();
    // The pairs that get the most right (documents, then damaged copies of
    // negatives left without a find and of the others keeping the confidence
    // their label asks), with how many documents they get right. Documents
    // come first: every copy together weighs less than one document.
    let mut best: Vec<(f64, f64, usize)> = Vec::new();
    let mut best_right = 0;
    for lo in 5..95 {
        for hi in lo..=99 {
            let (low, high) = (f64::from(lo) / 100.0, f64::from(hi) / 100.0);
            let quiet = damaged_found.iter().filter(|&&some| some < low).count();
            let documents = examples
                .iter()
                .zip(&scored)
                .filter(|(e, s)| {
                    let f = &fixtures[e.fixture_index];
                    corpus::check(&f.input, &decide(s, low, high), &f.expected).is_ok()
                })
                .count();
            let steady = copies
                .iter()
                .filter(|(scored, wants_high, oneline)| {
                    let finding = decide(scored, low, high);
                    let sure = finding.found && finding.confidence == Confidence::High;
                    if *wants_high { sure || (*oneline && finding.found) } else { !sure }
                })
                .count();
            let right = documents * (damaged.len() + copies.len() + 1) + quiet + steady;
            if right > best_right {
                best_right = right;
                best.clear();
            }
            if right == best_right {
                best.push((low, high, documents));
            }
        }
    }
    // Of the equally good pairs, the middle one: the farthest from flipping.
    best[best.len() / 2]
}

/// Six decimals, as the table is written: the model the finder runs is the
/// one the thresholds were chosen for.
pub fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// A weight in millionths, as the table is written: four bytes in the
/// page's wasm where an `f64` takes eight.
fn micro(w: f64) -> i32 {
    #[allow(clippy::cast_possible_truncation)]
    let n = (w * 1e6).round() as i32;
    n
}

/// The source of `src/statute/finder/weights.rs`.
pub fn source(m: &Model) -> String {
    let mut s = String::new();
    s.push_str("//! Generated by `cargo run -p andamal-core --example fit_finder`: do not edit.\n");
    s.push_str("//! The finder's logistic model, fitted on the tuning part of the labelled corpus\n");
    s.push_str(&format!("//! ({} documents, {} right with these thresholds).\n\n", m.documents, m.right));
    s.push_str("/// One weight per feature, in the order of `features::names()`, in millionths\n");
    s.push_str("/// (`features::weights` makes them `f64`s equal to six-decimal literals).\n");
    s.push_str("pub const WEIGHTS: [i32; super::features::COUNT] = [\n");
    for (name, w) in names().iter().zip(m.weights) {
        s.push_str(&format!("    {}, // {name}\n", micro(w)));
    }
    s.push_str("];\n");
    s.push_str(&format!("pub const BIAS: f64 = {:.6};\n", round(m.bias)));
    s.push_str("/// The second model, one weight per feature: the ändamål itself (1) or a stand-in (0).\n");
    s.push_str("pub const SURE_WEIGHTS: [i32; super::features::COUNT] = [\n");
    for (name, w) in names().iter().zip(m.sure_weights) {
        s.push_str(&format!("    {}, // {name}\n", micro(w)));
    }
    s.push_str("];\n");
    s.push_str(&format!("pub const SURE_BIAS: f64 = {:.6};\n", round(m.sure_bias)));
    s.push_str("/// At or above: a sure find (\"Säker träff\").\n");
    s.push_str(&format!("pub const HIGH: f64 = {:.2};\n", m.high));
    s.push_str("/// At or above: found, but unsure; below it nothing is chosen and the best are offered.\n");
    s.push_str(&format!("pub const LOW: f64 = {:.2};\n", m.low));
    s
}
