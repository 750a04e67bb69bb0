//! The landscape on real documents (the seeds' chain Västra Östergötland 2015
//! → Östra Östergötland 2017 → Umeåregionen 2019, and finder fixtures: a web
//! förbundsordning with its OCR'd copy, a law that has no ändamål clause),
//! through the command line's JSON; and properties on generated corpora.

use std::fs;
use std::path::Path;

use andamal_core::cli::run;
use andamal_core::diff::landscape::{Landscape, landscape};
use andamal_core::diff::word_diff::WordOp;
use andamal_core::{Folds, synth};
use proptest::prelude::*;
use serde_json::Value;

const CHAIN: [&str; 3] =
    ["clauses/05_vastra_ostergotland.txt", "clauses/08_ostra_ostergotland.txt", "clauses/09_umearegionen.txt"];
const NVSAM: &str = "find/01_nvsam_par5_medlemmar_par4/input.txt";
const NVSAM_OCR: &str = "find/34_synthetic_ocr_nvsam/input.txt";
const LAW: &str = "find/23_law_sfs_2003_1210/input.txt";

fn path(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name).to_string_lossy().into_owned()
}

fn cli(names: &[&str], fold: Option<&str>) -> (Value, Vec<String>) {
    let mut args = vec!["landscape".to_owned()];
    args.extend(names.iter().map(|n| path(n)));
    if let Some(f) = fold {
        args.extend(["--fold".to_owned(), f.to_owned()]);
    }
    let out = run(&args, &|p| fs::read(p));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.matches('\n').count(), 1, "one line");
    let texts = names.iter().map(|n| fs::read_to_string(path(n)).unwrap()).collect();
    (serde_json::from_str(&out.stdout).unwrap(), texts)
}

/// Each group's members as (doc, first words of the sentence).
fn groups(v: &Value, texts: &[String]) -> Vec<Vec<(usize, String)>> {
    v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            g["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| {
                    let doc = m["doc"].as_u64().unwrap() as usize;
                    let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                    let words: Vec<&str> = texts[doc][s..e].split_whitespace().take(4).collect();
                    (doc, words.join(" "))
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_seed_chain_2015_2017_2019() {
    let (v, texts) = cli(&CHAIN, None);
    let docs = v["documents"].as_array().unwrap();
    assert!(docs.iter().all(|d| d["found"] == true));
    assert!(docs[0]["file"].as_str().unwrap().ends_with("05_vastra_ostergotland.txt"));
    // 2017 sits between 2015 and 2019.
    assert_eq!(v["order"], serde_json::json!([0, 1, 2]));
    let g = groups(&v, &texts);
    let docs = |m: &[(usize, String)]| {
        let mut d: Vec<usize> = m.iter().map(|x| x.0).collect();
        d.sort_unstable();
        d
    };
    // The first member is the group's most common wording.
    let shared_by_all: Vec<&str> = g.iter().filter(|m| docs(m) == [0, 1, 2]).map(|m| m[0].1.as_str()).collect();
    assert_eq!(
        shared_by_all,
        [
            "Resurserna ska användas för",
            "Samordningsförbundets målgrupp är personer",
            "Förbundets ändamål är att",
            "Samordningsförbundet utgör en gemensam",
            "Samordningsförbundets budget utgör ram",
            "Samordningsförbundet har förutsättningar att",
        ]
    );
    // Umeåregionen's "I detta ligger att bidra till systemutveckling" is the
    // 2015/2017 systemutveckling sentence, reworded.
    assert!(g.iter().any(|m| m.len() == 3 && m.contains(&(2, "I detta ligger att".to_owned()))));
    // The geography sentence: 2015 and 2017 alike, Umeå's its own.
    assert!(g.iter().any(|m| docs(m) == [0, 1] && m[0].1 == "Förbundets ändamål är att"));
    let singles: Vec<&(usize, String)> = g.iter().filter(|m| m.len() == 1).map(|m| &m[0]).collect();
    assert_eq!(singles.len(), 2, "{singles:?}");
    assert!(singles.iter().all(|s| s.0 == 2));
    assert!(singles.iter().any(|s| s.1 == "Samordningsförbundet ska främja lika"));
    // Every sentence of every clause exactly once, as the core splits them.
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let l = landscape(&refs, Folds::default()).unwrap();
    check_partition(&l, &refs).unwrap();
}

#[test]
fn member_diffs_show_the_changed_words() {
    let texts: Vec<String> = CHAIN.iter().map(|n| fs::read_to_string(path(n)).unwrap()).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let l = landscape(&refs, Folds::default()).unwrap();
    let platform = l
        .groups
        .iter()
        .find(|g| g.wording().span.slice(refs[g.wording().doc]).starts_with("Samordningsförbundet utgör en gemensam"))
        .unwrap();
    // 2015 and 2017 say "medborgare", Umeå "människor": 2015's wording is the most common.
    assert_eq!(platform.wording().doc, 0);
    let umea = platform.members.iter().find(|m| m.doc == 2).unwrap();
    let words = |op: WordOp| -> Vec<&str> {
        umea.diff
            .ops
            .iter()
            .filter(|o| o.op == op)
            .map(|o| if op == WordOp::Delete { o.a.unwrap().slice(refs[0]) } else { o.b.unwrap().slice(refs[2]) })
            .collect()
    };
    assert_eq!(words(WordOp::Delete), ["medborgare"]);
    assert_eq!(words(WordOp::Insert), ["människor"]);
    let budget = l.groups.iter().find(|g| g.documents == 3 && g.unanimous());
    assert!(budget.is_some(), "the budget sentence is word for word the same in all three");
}

#[test]
fn ocr_copies_group_with_their_originals_under_the_ocr_fold() {
    let names = [NVSAM, NVSAM_OCR, LAW];
    let (plain, texts) = cli(&names, None);
    let (ocr, _) = cli(&names, Some("ocr"));
    let docs = ocr["documents"].as_array().unwrap();
    assert_eq!((docs[0]["found"].as_bool(), docs[1]["found"].as_bool()), (Some(true), Some(true)));
    assert_eq!(docs[2]["found"], false, "the law has no ändamål clause");
    assert_eq!((docs[2]["start"].as_u64(), docs[2]["end"].as_u64()), (Some(0), Some(0)));
    let pairs = |v: &Value| groups(v, &texts).iter().filter(|m| m.len() == 2).count();
    let ocr_groups = groups(&ocr, &texts);
    let both = |m: &Vec<(usize, String)>| {
        let mut d: Vec<usize> = m.iter().map(|x| x.0).collect();
        d.sort_unstable();
        d == [0, 1]
    };
    assert!(ocr_groups.iter().all(both), "{ocr_groups:?}");
    assert!(pairs(&ocr) > pairs(&plain), "the fold groups more of the damaged copy");
    assert_eq!(ocr["order"], serde_json::json!([0, 1, 2]));
}

#[test]
fn refuses_more_than_a_hundred_and_bad_files() {
    let mut args = vec!["landscape".to_owned()];
    args.extend(std::iter::repeat_n(path(CHAIN[0]), 101));
    let out = run(&args, &|p| fs::read(p));
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert!(out.stderr.contains("högst 100"));
    let out = run(&["landscape".to_owned()], &|p| fs::read(p));
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    let out = run(&["landscape".to_owned(), path(CHAIN[0]), "/nonexistent".to_owned()], &|p| fs::read(p));
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
}

/// Every sentence of every found clause is in exactly one group; spans are in
/// range, on char boundaries, inside their document's clause; a group's
/// wording is one of its own members and diffs point into the right texts.
fn check_partition(l: &Landscape, texts: &[&str]) -> Result<(), TestCaseError> {
    let mut seen: Vec<Vec<usize>> = l.documents.iter().map(|d| vec![0; d.sentences.len()]).collect();
    for g in &l.groups {
        prop_assert!(!g.members.is_empty());
        let wording = g.wording();
        for m in &g.members {
            let text = texts[m.doc];
            prop_assert!(
                m.span.end <= text.len() && text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end)
            );
            prop_assert!(l.documents[m.doc].span.contains(m.span));
            let Some(k) = l.documents[m.doc].sentences.iter().position(|s| *s == m.span) else {
                return Err(TestCaseError::fail("a member that is not a sentence"));
            };
            seen[m.doc][k] += 1;
            for o in &m.diff.ops {
                if let Some(a) = o.a {
                    prop_assert!(wording.span.contains(a));
                }
                if let Some(b) = o.b {
                    prop_assert!(m.span.contains(b));
                }
            }
        }
    }
    for (doc, counts) in seen.iter().enumerate() {
        prop_assert!(counts.iter().all(|&n| n == 1), "document {doc}: {counts:?}");
        if !l.documents[doc].found {
            prop_assert!(counts.is_empty());
        }
    }
    let mut order = l.order.clone();
    order.sort_unstable();
    prop_assert_eq!(order, (0..texts.len()).collect::<Vec<_>>());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn generated_corpora_partition_their_sentences(seed in 0u64..10_000, n in 1usize..12, bytes in 500usize..3_000) {
        let docs = synth::landscape(seed, n, bytes);
        let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
        let l = landscape(&refs, Folds::default()).unwrap();
        check_partition(&l, &refs)?;
        prop_assert!(l.documents.iter().all(|d| d.found));
        // Likeness is symmetric and in 0..=1.
        for i in 0..n {
            for j in 0..n {
                prop_assert!((l.likeness[i][j] - l.likeness[j][i]).abs() < 1e-12);
                prop_assert!((0.0..=1.0).contains(&l.likeness[i][j]));
            }
        }
        // Groups do not depend on the order documents are given in.
        let reversed: Vec<&str> = refs.iter().rev().copied().collect();
        let r = landscape(&reversed, Folds::default()).unwrap();
        let sets = |l: &Landscape, flip: bool| {
            let mut out: Vec<Vec<(usize, usize)>> = l
                .groups
                .iter()
                .map(|g| {
                    let mut m: Vec<(usize, usize)> =
                        g.members.iter().map(|m| (if flip { n - 1 - m.doc } else { m.doc }, m.span.start)).collect();
                    m.sort_unstable();
                    m
                })
                .collect();
            out.sort();
            out
        };
        prop_assert_eq!(sets(&l, false), sets(&r, true));
    }

    #[test]
    fn arbitrary_texts_never_panic(texts in prop::collection::vec("[a-zåäöÅÄÖ §0-9.,\n]{0,200}|\\PC{0,80}", 0..6)) {
        let with_clause: Vec<String> = texts.iter().map(|t| format!("4 § Ändamål\nFörbundets ändamål är att {t}")).collect();
        for corpus in [&texts, &with_clause] {
            let refs: Vec<&str> = corpus.iter().map(String::as_str).collect();
            for folds in [Folds::default(), Folds::ALL] {
                check_partition(&landscape(&refs, folds).unwrap(), &refs)?;
            }
        }
    }
}
