//! The theme lexicon measured on real ändamål clauses collected from
//! förbundsordningar (`tests/fixtures/clauses/`, labelled by reading them,
//! see `labels.json` and `SOURCES.md`). Counted per clause × theme: a theme
//! suggested anywhere in a clause that addresses it is a hit.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use andamal_core::Span;
use andamal_core::themes::{CATALOGUE, suggest};
use serde_json::Value;

#[test]
fn lexicon_precision_and_recall_on_real_clauses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clauses");
    let labels: Value = serde_json::from_str(&fs::read_to_string(dir.join("labels.json")).unwrap()).unwrap();
    let labels = labels.as_object().unwrap();
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    let mut report = Vec::new();
    for (name, entry) in labels {
        let text = fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let want: BTreeSet<&str> = entry["themes"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        for id in &want {
            assert!(CATALOGUE.iter().any(|t| t.id == *id), "unknown theme {id} in labels");
        }
        let got: BTreeSet<&str> = suggest(&text, Span::new(0, text.len())).iter().map(|s| s.theme).collect();
        tp += want.intersection(&got).count();
        let extra: Vec<_> = got.difference(&want).collect();
        let missing: Vec<_> = want.difference(&got).collect();
        fp += extra.len();
        fneg += missing.len();
        if !extra.is_empty() || !missing.is_empty() {
            report.push(format!("  {name}: extra {extra:?}, missing {missing:?}"));
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let (precision, recall) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fneg) as f64);
    println!(
        "lexicon on {} real clauses: precision {precision:.3}, recall {recall:.3} (tp {tp}, fp {fp}, fn {fneg})",
        labels.len()
    );
    for line in &report {
        println!("{line}");
    }
    assert!(labels.len() >= 30, "at least 30 clauses");
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.7, "recall {recall:.3}");
}
