//! The finder against the labelled corpus, one test per document and one per
//! document and kind of damage, so a failure names what failed.
//!
//! - `fixture::<folder>`: the finder finds what `expected.json` says (see
//!   `support/corpus.rs` for the format and what counts as right).
//! - `damage::<kind>::<folder>`: the same document damaged the way real pastes
//!   arrive (`support/damage.rs`) gives the same clause, mapped back to the
//!   original within a few bytes, with the same confidence (on one line,
//!   "high" may become "low": the line breaks that showed its borders are gone).
//! - `corpus::…`: the corpus is as large and as split as the evaluation needs.
//!
//! Documents listed in `known-misses.json` (with the general cause) are
//! ignored, and counted as such by `scripts/test`: a folder name ignores the
//! document and its damaged copies, "kind::folder" one damaged copy,
//! "clause::name" one bare clause. `corpus::known_misses_still_miss` fails
//! when one of them starts to pass, so the list stays true;
//! `python3 scripts/known-misses.py` rewrites it from a test run, keeping the
//! reasons given.
//! The report per part and kind of trap is `cargo run -p andamal-core --example finder_eval`.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/damage.rs"]
mod damage;
#[path = "support/fit.rs"]
mod fit;

use std::collections::{BTreeMap, BTreeSet};

use corpus::Fixture;
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let fixtures: Vec<std::sync::Arc<Fixture>> = corpus::load().into_iter().map(std::sync::Arc::new).collect();
    let misses: BTreeMap<String, String> = corpus::known_misses().into_iter().collect();
    let mut trials = vec![
        Trial::test("corpus::size_and_split", {
            let f = fixtures.clone();
            move || corpus_size_and_split(&f)
        }),
        Trial::test("corpus::weights_are_fitted", || {
            // The committed table is what the fitting script makes of the
            // tuning part as it is: rerun it after changing features or labels.
            let mut all = corpus::load();
            all.extend(corpus::clauses());
            let fitted = fit::source(&fit::fit(&all));
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/statute/finder/weights.rs");
            let committed = std::fs::read_to_string(path).expect("weights.rs");
            if fitted == committed {
                Ok(())
            } else {
                Err("src/statute/finder/weights.rs is not what the tuning part fits: run cargo run -p andamal-core --example fit_finder".into())
            }
        }),
        Trial::test("corpus::known_misses_still_miss", {
            let f = fixtures.clone();
            let m = misses.clone();
            move || known_misses_still_miss(&f, &m)
        }),
    ];
    for clause in corpus::clauses() {
        let ignored = misses.contains_key(&format!("clause::{}", clause.name));
        trials.push(
            Trial::test(format!("clause::{}", clause.name), move || {
                corpus::check(&clause.input, &clause.find(), &clause.expected).map_err(Failed::from)
            })
            .with_ignored_flag(ignored),
        );
    }
    for fixture in &fixtures {
        let ignored = misses.contains_key(&fixture.name);
        let f = fixture.clone();
        trials.push(
            Trial::test(format!("fixture::{}::{}", fixture.part(), fixture.name), move || {
                corpus::check(&f.input, &f.find(), &f.expected).map_err(|e| redact(&f, e))
            })
            .with_ignored_flag(ignored),
        );
        for &kind in damage::KINDS {
            let f = fixture.clone();
            let ignored = ignored || misses.contains_key(&format!("{kind}::{}", fixture.name));
            trials.push(
                Trial::test(format!("damage::{kind}::{}::{}", fixture.part(), fixture.name), move || {
                    damage::survives(&f, kind).map_err(|e| redact(&f, e))
                })
                .with_ignored_flag(ignored),
            );
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn corpus_size_and_split(fixtures: &[std::sync::Arc<Fixture>]) -> Result<(), Failed> {
    let negatives = fixtures.iter().filter(|f| !f.positive()).count();
    if fixtures.len() < 80 || negatives < 25 {
        return Err(format!("{} documents, {negatives} negatives: want at least 80 and 25", fixtures.len()).into());
    }
    let mut parts: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for f in fixtures {
        if !matches!(f.part(), "tuning" | "validation") || f.group().is_empty() || f.kind().is_empty() {
            return Err(format!("{}: needs group, kind and part (tuning or validation)", f.name).into());
        }
        parts.entry(f.group()).or_default().insert(f.part());
    }
    if let Some((group, _)) = parts.iter().find(|(_, p)| p.len() > 1) {
        return Err(format!("group {group} is split across tuning and validation").into());
    }
    let validation = fixtures.iter().filter(|f| f.part() == "validation").count();
    if validation < 25 {
        return Err(format!("only {validation} validation documents").into());
    }
    Ok(())
}

fn known_misses_still_miss(
    fixtures: &[std::sync::Arc<Fixture>],
    misses: &BTreeMap<String, String>,
) -> Result<(), Failed> {
    let clauses = corpus::clauses();
    for (key, reason) in misses {
        if reason.trim().len() < 20 {
            return Err(format!("{key}: say why it is missed").into());
        }
        let still = if let Some(name) = key.strip_prefix("clause::") {
            let Some(c) = clauses.iter().find(|c| c.name == name) else {
                return Err(format!("known-misses.json names {key}, which is not a clause").into());
            };
            corpus::check(&c.input, &c.find(), &c.expected).is_err()
        } else if let Some((kind, name)) = key.split_once("::") {
            let Some(f) = fixtures.iter().find(|f| f.name == name) else {
                return Err(format!("known-misses.json names {key}, which is not a fixture").into());
            };
            damage::survives(f, kind).is_err()
        } else {
            let Some(f) = fixtures.iter().find(|f| &f.name == key) else {
                return Err(format!("known-misses.json names {key}, which is not a fixture").into());
            };
            corpus::check(&f.input, &f.find(), &f.expected).is_err()
        };
        if !still {
            return Err(format!("{key} passes now: take it out of known-misses.json").into());
        }
    }
    Ok(())
}

/// Validation documents are scored, never read while the finder is changed:
/// their failures say what went wrong, not what the text says.
fn redact(f: &Fixture, message: String) -> Failed {
    if f.part() == "validation" {
        let what = message.split(':').next().unwrap_or("wrong");
        Failed::from(format!("{what} (validation document: text not shown)"))
    } else {
        Failed::from(message)
    }
}
