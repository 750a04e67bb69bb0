//! Data-driven finder tests: every folder in `tests/fixtures/find/` holds a
//! real (or documented synthetic) document, `input.txt`, and what a careful
//! reader expects, `expected.json`:
//! `{"found": true, "confidence": "high"|"low", "heading": …|null,
//!   "starts_with": "…", "ends_with": "…", "fold": "ocr"?}` or `{"found": false}`.
//! Adding a case means adding files, not code.

use std::fs;
use std::path::Path;

use andamal_core::Folds;
use andamal_core::finder::{Confidence, find};
use serde_json::Value;

#[test]
fn every_fixture_finds_the_expected_section() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/find");
    let mut dirs: Vec<_> =
        fs::read_dir(&root).expect("fixtures/find exists").flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    let mut failures = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let input = fs::read_to_string(dir.join("input.txt")).expect("input.txt");
        let expected: Value =
            serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).expect("expected.json"))
                .expect("valid json");
        let folds = expected
            .get("fold")
            .and_then(Value::as_str)
            .map_or(Folds::default(), |f| Folds::parse(f).expect("known folds"));
        let finding = find(&input, folds);
        if let Err(why) = check(&input, &finding, &expected) {
            failures.push(format!("{name}: {why}"));
        }
    }
    let passed = dirs.len() - failures.len();
    println!("finder fixtures: {passed} of {} right", dirs.len());
    for f in &failures {
        println!("  not yet: {f}");
    }
    assert!(dirs.len() >= 15, "at least 15 fixtures, found {}", dirs.len());
    // A ratchet: raise it as the finder improves, never lower it.
    const MIN_RIGHT: usize = 34;
    assert!(passed >= MIN_RIGHT, "only {passed} fixtures right (at least {MIN_RIGHT}):\n{}", failures.join("\n"));
}

fn check(input: &str, finding: &andamal_core::finder::Finding, expected: &Value) -> Result<(), String> {
    let want_found = expected["found"].as_bool().unwrap_or(false);
    if !want_found {
        // Not found, or at most a low-confidence guess.
        if finding.found && finding.confidence == Confidence::High {
            let c = finding.chosen().unwrap();
            return Err(format!("expected nothing (or low), got high {:?} at {}", c.heading, c.start));
        }
        return Ok(());
    }
    let want_low = expected["confidence"].as_str() == Some("low");
    let Some(c) = finding.chosen() else {
        // The spec allows "found: false" where only a paraphrase exists.
        return if want_low { Ok(()) } else { Err("expected a section, found none".into()) };
    };
    let got = &input[c.start..c.end];
    if let Some(h) = expected.get("heading") {
        let want = h.as_str();
        if c.heading.as_deref() != want {
            return Err(format!("heading: want {want:?}, got {:?}", c.heading));
        }
    }
    if let Some(s) = expected["starts_with"].as_str() {
        if !got.starts_with(s) {
            return Err(format!("start: want {s:?}, got {:?}", got.chars().take(60).collect::<String>()));
        }
    }
    if let Some(e) = expected["ends_with"].as_str() {
        if !got.ends_with(e) {
            let tail: String = got.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
            return Err(format!("end: want …{e:?}, got …{tail:?}"));
        }
    }
    if let Some(conf) = expected["confidence"].as_str() {
        let got_conf = match finding.confidence {
            Confidence::High => "high",
            Confidence::Low => "low",
        };
        if conf != got_conf {
            return Err(format!("confidence: want {conf}, got {got_conf}"));
        }
    }
    if c.end > input.len() || !input.is_char_boundary(c.start) || !input.is_char_boundary(c.end) {
        return Err("offsets out of range".into());
    }
    Ok(())
}
