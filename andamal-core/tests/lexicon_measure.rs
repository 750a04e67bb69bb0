//! The theme lexicon measured on real ändamål clauses collected from
//! förbundsordningar (`tests/fixtures/clauses/`, labelled by reading them,
//! see `labels.json` and `SOURCES.md`). Counted per clause × theme: a theme
//! suggested anywhere in a clause that addresses it is a hit.
//!
//! Reported overall and per theme, each bounded by its own floor (`FLOORS`):
//! a total can hide one theme that stopped being found while another improved.
//! The floors sit a little below what is measured now; raise them when the
//! lexicon improves, never lower them to make a change pass.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use andamal_core::Span;
use andamal_core::notes::themes::{CATALOGUE, suggest};
use serde_json::Value;

/// theme → (least precision, least recall); `None` where a theme has too few
/// labelled clauses or suggestions (under 3) for a ratio to mean anything,
/// in which case its hits and misses are bounded instead (`SPARSE`).
///
/// Measured when they were set (35 clauses): the floors are those figures
/// cut to two decimals, so any theme that loses a hit fails.
const FLOORS: &[(&str, Option<f64>, Option<f64>)] = &[
    ("arena", Some(1.0), Some(1.0)),                  // 4 of 4
    ("ekonomisk-ram", Some(1.0), Some(1.0)),          // 3 of 3
    ("finansiell-samordning", Some(0.92), Some(1.0)), // 12 of 12, 1 false
    ("geografi", Some(0.85), Some(0.66)),             // 12 of 18, 2 false
    ("kunskapsutbyte", Some(1.0), Some(0.8)),         // 4 of 5
    ("malgrupp", Some(1.0), Some(0.91)),              // 11 of 12
    ("ordinarie-strukturer", Some(1.0), Some(0.75)),  // 3 of 4
    ("rehabilitering", Some(1.0), Some(0.93)),        // 15 of 16
    ("resursanvandning", Some(1.0), Some(0.92)),      // 13 of 14
    ("samverkan", Some(1.0), Some(0.89)),             // 17 of 19
    ("systemutveckling", Some(1.0), Some(1.0)),       // 3 of 3
];

/// theme → (most false suggestions, most misses) for themes without floors.
const SPARSE: &[(&str, usize, usize)] = &[
    ("likabehandling", 0, 0), // 1 of 1
];

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fneg: usize,
}

impl Counts {
    #[allow(clippy::cast_precision_loss)]
    fn precision(self) -> Option<f64> {
        (self.tp + self.fp >= 3).then(|| self.tp as f64 / (self.tp + self.fp) as f64)
    }

    #[allow(clippy::cast_precision_loss)]
    fn recall(self) -> Option<f64> {
        (self.tp + self.fneg >= 3).then(|| self.tp as f64 / (self.tp + self.fneg) as f64)
    }
}

fn show(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| "  n/a".to_owned(), |r| format!("{r:.3}"))
}

#[test]
fn lexicon_precision_and_recall_per_theme_on_real_clauses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clauses");
    let labels: Value = serde_json::from_str(&fs::read_to_string(dir.join("labels.json")).unwrap()).unwrap();
    let labels = labels.as_object().unwrap();
    let mut per_theme: BTreeMap<&str, Counts> = CATALOGUE.iter().map(|t| (t.id, Counts::default())).collect();
    let mut report = Vec::new();
    for (name, entry) in labels {
        let text = fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let want: BTreeSet<&str> = entry["themes"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        for id in &want {
            assert!(per_theme.contains_key(id), "unknown theme {id} in labels");
        }
        let got: BTreeSet<&str> = suggest(&text, Span::new(0, text.len())).iter().map(|s| s.theme).collect();
        for id in want.intersection(&got) {
            per_theme.get_mut(id).unwrap().tp += 1;
        }
        let extra: Vec<_> = got.difference(&want).collect();
        let missing: Vec<_> = want.difference(&got).collect();
        for id in &extra {
            per_theme.get_mut(**id).unwrap().fp += 1;
        }
        for id in &missing {
            per_theme.get_mut(**id).unwrap().fneg += 1;
        }
        if !extra.is_empty() || !missing.is_empty() {
            report.push(format!("  {name}: extra {extra:?}, missing {missing:?}"));
        }
    }
    let total = per_theme.values().fold(Counts::default(), |sum, c| Counts {
        tp: sum.tp + c.tp,
        fp: sum.fp + c.fp,
        fneg: sum.fneg + c.fneg,
    });
    let (precision, recall) = (total.precision().unwrap(), total.recall().unwrap());
    println!(
        "lexicon on {} real clauses: precision {precision:.3}, recall {recall:.3} (tp {}, fp {}, fn {})",
        labels.len(),
        total.tp,
        total.fp,
        total.fneg
    );
    println!("  {:<22} {:>9} {:>6} {:>3} {:>3} {:>3}", "theme", "precision", "recall", "tp", "fp", "fn");
    for (id, c) in &per_theme {
        println!("  {id:<22} {:>9} {:>6} {:>3} {:>3} {:>3}", show(c.precision()), show(c.recall()), c.tp, c.fp, c.fneg);
    }
    for line in &report {
        println!("{line}");
    }
    assert!(labels.len() >= 30, "at least 30 clauses");
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.7, "recall {recall:.3}");

    // Every theme of the catalogue is bounded, by ratios or by counts.
    let mut failures = Vec::new();
    for (id, c) in &per_theme {
        let floor = FLOORS.iter().find(|f| f.0 == *id);
        let sparse = SPARSE.iter().find(|s| s.0 == *id);
        match (floor, sparse) {
            (Some(&(_, least_precision, least_recall)), None) => {
                for (what, least, got) in
                    [("precision", least_precision, c.precision()), ("recall", least_recall, c.recall())]
                {
                    match (least, got) {
                        (Some(least), Some(got)) if got < least => {
                            failures.push(format!("{id}: {what} {got:.3} < {least}"))
                        }
                        (Some(_), None) => {
                            failures.push(format!("{id}: too few cases to measure {what}; bound its counts"))
                        }
                        (None, Some(got)) => {
                            failures.push(format!("{id}: {what} {got:.3} is measurable; give it a floor"))
                        }
                        _ => {}
                    }
                }
            }
            (None, Some(&(_, most_fp, most_fn))) => {
                if c.fp > most_fp || c.fneg > most_fn {
                    failures.push(format!("{id}: {} false, {} missed (at most {most_fp}, {most_fn})", c.fp, c.fneg));
                }
            }
            _ => failures.push(format!("{id}: no floor (one entry in FLOORS or SPARSE)")),
        }
    }
    assert!(failures.is_empty(), "per-theme bounds:\n{}", failures.join("\n"));
}
