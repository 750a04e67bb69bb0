//! Whole statutes § by §: data-driven cases in `tests/fixtures/statutes/<name>/`
//! (`a.txt` and `b.txt`, or paths to them in `expected.json`, and the expected
//! rows: kind, A headings, B headings; the ändamål pair's index on each side),
//! checked through the command line's JSON; the synthetic revision; and
//! properties on generated and arbitrary statutes.

use std::fs;
use std::path::Path;

use andamal_core::cli::run;
use andamal_core::diff::align::PairKind;
use andamal_core::diff::statute_diff::{StatuteDiff, compare_statutes};
use andamal_core::{Folds, Span, synth};
use proptest::prelude::*;
use serde_json::{Value, json};

fn statute_json(a: &Path, b: &Path, fold: Option<&str>) -> Value {
    let mut args = vec!["statute".to_owned(), a.to_string_lossy().into_owned(), b.to_string_lossy().into_owned()];
    if let Some(f) = fold {
        args.extend(["--fold".to_owned(), f.to_owned()]);
    }
    let out = run(&args, &|p| fs::read(p));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.ends_with('\n') && out.stdout.matches('\n').count() == 1, "one line");
    serde_json::from_str(&out.stdout).expect("JSON")
}

#[test]
fn every_fixture_pairs_the_expected_sections() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/statutes");
    let mut dirs: Vec<_> =
        fs::read_dir(&root).expect("fixtures").flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 2);
    for dir in dirs {
        let expected: Value = serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
        let file = |side: &str| dir.join(expected[side].as_str().map_or(format!("{side}.txt"), str::to_owned));
        let (pa, pb) = (file("a"), file("b"));
        let (ta, tb) = (fs::read_to_string(&pa).unwrap(), fs::read_to_string(&pb).unwrap());
        let v = statute_json(&pa, &pb, expected["fold"].as_str());
        let rows: Vec<Value> = v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let headings = |side: &str| -> Vec<Value> {
                    s[side].as_array().unwrap().iter().map(|x| x["heading"].clone()).collect()
                };
                json!([s["kind"], headings("a"), headings("b")])
            })
            .collect();
        assert_eq!(Value::Array(rows), expected["sections"], "{}", dir.display());
        assert_eq!(json!([v["andamal"]["a"], v["andamal"]["b"]]), expected["andamal"], "{}", dir.display());
        // Each heading is the text at its offsets' start; ranges are on char boundaries.
        for s in v["sections"].as_array().unwrap() {
            for (side, text) in [("a", &ta), ("b", &tb)] {
                for x in s[side].as_array().unwrap() {
                    let (start, end) = (x["start"].as_u64().unwrap() as usize, x["end"].as_u64().unwrap() as usize);
                    assert!(start < end && end <= text.len());
                    let slice = &text[start..end];
                    if let Some(h) = x["heading"].as_str() {
                        assert!(slice.starts_with(h), "{slice:?} starts with {h:?}");
                    }
                }
            }
        }
    }
}

fn rows(d: &StatuteDiff, a: &str, b: &str) -> Vec<(PairKind, Vec<String>, Vec<String>)> {
    let h = |text: &str, span: Option<Span>| span.map_or(String::new(), |s| s.slice(text).to_owned());
    d.pairs
        .iter()
        .map(|p| {
            (
                p.kind,
                p.a.iter().map(|&i| h(a, d.a[i].heading)).collect(),
                p.b.iter().map(|&j| h(b, d.b[j].heading)).collect(),
            )
        })
        .collect()
}

#[test]
fn the_synthetic_revision_shows_every_kind_of_change() {
    let (a, b) = synth::statute_revision(5, 25_000);
    let d = compare_statutes(&a, &b, Folds::default());
    let rows = rows(&d, &a, &b);
    let has = |kind: PairKind, ha: &[&str], hb: &[&str]| rows.iter().any(|(k, x, y)| *k == kind && x == ha && y == hb);
    assert!(has(PairKind::Added, &[], &["2 § Ändamålets omfattning"]), "{rows:#?}");
    assert!(has(PairKind::Equal, &["2 § Förbundets säte"], &["3 § Förbundets säte"]), "renumbered: {rows:#?}");
    assert!(has(PairKind::Changed, &["4 § Förbundets ändamål"], &["6 § Ändamål"]), "renamed: {rows:#?}");
    assert!(has(PairKind::Changed, &["6 § Mandattid", "7 § Revision"], &["8 § Mandattid och revision"]), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|(k, x, y)| *k == PairKind::Changed && x.len() == 1 && y.len() == 2 && y[1].ends_with("(forts.)")),
        "{rows:#?}"
    );
    assert_eq!(rows.iter().filter(|r| r.0 == PairKind::Moved).count(), 1, "{rows:#?}");
    assert_eq!(rows.iter().filter(|r| r.0 == PairKind::Removed).count(), 1, "{rows:#?}");
    assert_eq!(d.andamal[0], d.andamal[1]);
    let pair = &d.pairs[d.andamal[0].unwrap()];
    assert_eq!(d.b[pair.b[0]].heading.unwrap().slice(&b), "6 § Ändamål");
}

/// Every section of each side is in exactly one pair, and every range is on
/// character boundaries inside its text; kinds agree with what pairs hold.
fn check_invariants(d: &StatuteDiff, a: &str, b: &str) -> Result<(), TestCaseError> {
    for (sections, text, side) in [(&d.a, a, 0), (&d.b, b, 1)] {
        let mut seen = vec![0; sections.len()];
        for p in &d.pairs {
            for &i in if side == 0 { &p.a } else { &p.b } {
                seen[i] += 1;
            }
        }
        prop_assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
        for s in sections {
            prop_assert!(
                s.span.end <= text.len() && text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end)
            );
            if let Some(h) = s.heading {
                prop_assert!(s.span.contains(h));
            }
        }
    }
    for p in &d.pairs {
        prop_assert_eq!(p.a.is_empty(), p.kind == PairKind::Added);
        prop_assert_eq!(p.b.is_empty(), p.kind == PairKind::Removed);
        prop_assert!((0.0..=1.0).contains(&p.similarity));
    }
    for (side, at) in d.andamal.iter().enumerate() {
        if let Some(k) = at {
            let holds = if side == 0 { !d.pairs[*k].a.is_empty() } else { !d.pairs[*k].b.is_empty() };
            prop_assert!(holds);
        }
    }
    Ok(())
}

/// The same pairs, with kinds mirrored, whichever side is A.
fn check_mirrored(a: &str, b: &str) -> Result<(), TestCaseError> {
    let ab = compare_statutes(a, b, Folds::default());
    let ba = compare_statutes(b, a, Folds::default());
    let mut forward: Vec<_> = ab.pairs.iter().map(|p| (p.a.clone(), p.b.clone(), p.kind.mirrored())).collect();
    let mut backward: Vec<_> = ba.pairs.iter().map(|p| (p.b.clone(), p.a.clone(), p.kind)).collect();
    forward.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    backward.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
    prop_assert_eq!(forward, backward);
    Ok(())
}

fn shuffled_sections() -> impl Strategy<Value = (String, String)> {
    let a = include_str!("fixtures/statutes/merge_split/a.txt");
    let parts: Vec<String> = a.split("\n\n").map(str::to_owned).collect();
    let n = parts.len();
    (prop::collection::vec((0..n, 0..4u8), 0..6), Just(parts)).prop_map(|(edits, parts)| {
        let mut b = parts.clone();
        for (at, op) in edits {
            let at = at % b.len().max(1);
            match op {
                0 if b.len() > 1 => {
                    b.remove(at);
                }
                1 => {
                    let s = b[at].clone();
                    b.push(s);
                }
                2 if at + 1 < b.len() => b.swap(at, at + 1),
                _ => b[at] = b[at].replace('e', "é"),
            }
        }
        (parts.join("\n\n"), b.join("\n\n"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn generated_revisions_keep_the_invariants(seed in 0u64..1_000, bytes in 1_000usize..6_000) {
        let (a, b) = synth::statute_revision(seed, bytes);
        let d = compare_statutes(&a, &b, Folds::default());
        check_invariants(&d, &a, &b)?;
        check_mirrored(&a, &b)?;
    }

    #[test]
    fn edited_statutes_keep_the_invariants((a, b) in shuffled_sections()) {
        check_invariants(&compare_statutes(&a, &b, Folds::default()), &a, &b)?;
        check_mirrored(&a, &b)?;
    }

    #[test]
    fn arbitrary_text_never_panics(a in "[a-zåäö §0-9.\n]{0,300}", b in any::<String>()) {
        for folds in [Folds::default(), Folds::ALL] {
            check_invariants(&compare_statutes(&a, &b, folds), &a, &b)?;
        }
    }
}
