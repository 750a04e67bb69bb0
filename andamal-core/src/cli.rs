//! The command-line contract of `andamal`, kept in the core so that tests
//! check exactly what the binary prints.
//!
//! `examples/andamal.rs` only reads files and passes their bytes here; every
//! output is JSON on stdout, every error a Swedish-and-English message on
//! stderr with exit code 2. It never panics.
//!
//! ```
//! use andamal_core::cli::run;
//! let out = run(&["find".into(), "a.txt".into()], &|_| Ok(b"4 \xc2\xa7 \xc3\x84ndam\xc3\xa5l\nF\xc3\xb6rbundet ska verka.".to_vec()));
//! assert_eq!(out.code, 0);
//! assert!(out.stdout.starts_with("{\"found\":true"));
//! ```

use std::io;

use serde::Serialize;
use serde_json::json;

use crate::diff::align::{Alignment, PairKind};
use crate::diff::comparison::{self, Comparison};
use crate::diff::statute_diff::StatuteSection;
use crate::diff::word_diff::WordChange;
use crate::formats::share::{self, LinkError, Shared, SharedSide};
use crate::statute::finder::{Candidate, find};
use crate::statute::selection::{Choice, Selection, Source};
use crate::{Folds, Span, bench, formats::export};

/// What a run printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Output {
    fn json(value: &impl Serialize) -> Output {
        match serde_json::to_string(value) {
            Ok(s) => Output { stdout: s + "\n", stderr: String::new(), code: 0 },
            Err(e) => Output::fail(2, &format!("kunde inte skriva JSON: {e}")),
        }
    }

    fn fail(code: i32, message: &str) -> Output {
        Output { stdout: String::new(), stderr: format!("andamal: {message}\n"), code }
    }
}

const USAGE: &str = "användning:
  andamal find FIL [--fold case,skall,ocr]
  andamal compare A B [--fold case,skall,ocr]
  andamal themes FIL [--fold case,skall,ocr]
  andamal share A B
  andamal open LÄNK
  andamal export md|csv|json LÄNK
  andamal export md|csv|json A B [--fold case,skall,ocr]
  andamal statute A B [--fold case,skall,ocr]
  andamal landscape FIL1 FIL2 … [--fold case,skall,ocr]
  andamal bench";

/// Runs one command. `read` reads a file's bytes.
#[must_use]
pub fn run(args: &[String], read: &dyn Fn(&str) -> io::Result<Vec<u8>>) -> Output {
    let (positional, folds) = match parse_args(args) {
        Ok(parsed) => parsed,
        Err(message) => return Output::fail(2, &message),
    };
    let Some((command, files)) = positional.split_first() else {
        return Output::fail(2, USAGE);
    };
    if command == "bench" && files.is_empty() {
        return Output { stdout: bench::run_report(), stderr: String::new(), code: 0 };
    }
    if command == "open" {
        return match files {
            [link] => open_link(link),
            _ => Output::fail(2, USAGE),
        };
    }
    if command == "export" {
        return export(files, read, folds);
    }
    let mut texts = Vec::new();
    for path in files {
        match read_text(path, read) {
            Ok(text) => texts.push(text),
            Err(message) => return Output::fail(2, &message),
        }
    }
    match (command.as_str(), texts.as_slice()) {
        ("find", [text]) => Output::json(&find_json(text, folds)),
        ("compare", [a, b]) => Output::json(&compare_json(a, b, folds)),
        ("themes", [text]) => Output::json(&themes_json(text, folds)),
        ("statute", [a, b]) => Output::json(&statute_json(a, b, folds)),
        ("landscape", [_, ..]) => landscape_json(files, &texts, folds),
        // Names are left to the app, which suggests them from the text: the
        // link stays as short as the texts allow.
        ("share", [a, b]) => Output {
            stdout: share_fragment(a, b, [String::new(), String::new()], folds) + "\n",
            stderr: String::new(),
            code: 0,
        },
        _ => Output::fail(2, USAGE),
    }
}

fn parse_args(args: &[String]) -> Result<(Vec<String>, Folds), String> {
    let mut positional = Vec::new();
    let mut folds = Folds::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(list) = arg.strip_prefix("--fold=") {
            folds = Folds::parse(list).map_err(|e| format!("okänd fold: {}", e.0))?;
        } else if arg == "--fold" {
            let list = iter.next().ok_or("--fold behöver en lista, t.ex. case,skall,ocr")?;
            folds = Folds::parse(list).map_err(|e| format!("okänd fold: {}", e.0))?;
        } else if arg.starts_with("--") {
            return Err(format!("okänd flagga: {arg}\n{USAGE}"));
        } else {
            positional.push(arg.clone());
        }
    }
    Ok((positional, folds))
}

fn read_text(path: &str, read: &dyn Fn(&str) -> io::Result<Vec<u8>>) -> Result<String, String> {
    let bytes = read(path).map_err(|e| format!("kan inte läsa {path}: {e}"))?;
    String::from_utf8(bytes)
        .map_err(|e| format!("{path} är inte UTF-8-text (fel vid byte {})", e.utf8_error().valid_up_to()))
}

#[derive(Serialize)]
struct CandidateJson<'a> {
    heading: Option<&'a str>,
    section_start: usize,
    start: usize,
    end: usize,
    score: f64,
}

fn candidate_json(c: &Candidate) -> CandidateJson<'_> {
    CandidateJson {
        heading: c.heading.as_deref(),
        section_start: c.section_start,
        start: c.start,
        end: c.end,
        score: (c.score * 1000.0).round() / 1000.0,
    }
}

fn find_json(text: &str, folds: Folds) -> serde_json::Value {
    let finding = find(text, folds);
    let candidates: Vec<CandidateJson<'_>> = finding.candidates.iter().map(candidate_json).collect();
    match finding.chosen() {
        Some(best) => json!({
            "found": true,
            "confidence": finding.confidence,
            "heading": best.heading,
            "section_start": best.section_start,
            "start": best.start,
            "end": best.end,
            "candidates": candidates,
            "options": folds,
        }),
        None => json!({ "found": false, "candidates": candidates }),
    }
}

/// Finds both sections and aligns them, as `compare` and the app do. When
/// nothing is found on a side, its whole trimmed text is compared.
#[must_use]
pub fn compare(a: &str, b: &str, folds: Folds) -> (bool, Span, bool, Span, Alignment) {
    let Comparison { selections: [sa, sb], alignment } = comparison::compare([a, b], [Choice::Auto; 2], folds);
    let found = |s: &Selection| matches!(s.source, Source::Found(_));
    (found(&sa), sa.span, found(&sb), sb.span, alignment)
}

/// `themes`: lexicon suggestions inside the section `find` chooses (the
/// whole trimmed text when nothing is found).
fn themes_json(text: &str, folds: Folds) -> serde_json::Value {
    let finding = find(text, folds);
    let (found, range) = match finding.chosen() {
        Some(c) => (true, c.span()),
        None => (false, Span::new(0, text.len()).trim(text)),
    };
    json!({ "found": found, "suggestions": crate::notes::themes::suggest(text, range) })
}

/// `share`: the two ändamål sections with their headings (the whole trimmed
/// text where nothing is found), no annotations; deterministic.
#[must_use]
pub fn share_fragment(a: &str, b: &str, names: [String; 2], folds: Folds) -> String {
    share::encode(&sections_shared(a, b, names, folds))
}

/// The state `share` puts in a link: both sections with their headings.
fn sections_shared(a: &str, b: &str, names: [String; 2], folds: Folds) -> Shared {
    let section = |text: &str| {
        let f = find(text, folds);
        let span = f.chosen().map_or(Span::new(0, text.len()).trim(text), |c| Span::new(c.section_start, c.end));
        span.slice(text).to_owned()
    };
    let [name_a, name_b] = names;
    Shared {
        sides: [
            SharedSide { name: name_a, text: section(a), choice: Choice::Auto },
            SharedSide { name: name_b, text: section(b), choice: Choice::Auto },
        ],
        folds,
        ..Shared::default()
    }
}

/// `export FORMAT LINK` (the state a link carries, annotations included) or
/// `export FORMAT A B` (the two sections, as `share` makes them), printed as
/// the Markdown handout, the CSV table or the Web Annotation JSON.
fn export(args: &[String], read: &dyn Fn(&str) -> io::Result<Vec<u8>>, folds: Folds) -> Output {
    let Some((format, sources)) = args.split_first() else { return Output::fail(2, USAGE) };
    let shared = match sources {
        [link] => match share::decode(link) {
            Ok(shared) => shared,
            Err(e) => return link_failure(&e),
        },
        [a, b] => match (read_text(a, read), read_text(b, read)) {
            (Ok(a), Ok(b)) => sections_shared(&a, &b, [String::new(), String::new()], folds),
            (Err(message), _) | (_, Err(message)) => return Output::fail(2, &message),
        },
        _ => return Output::fail(2, USAGE),
    };
    let stdout = match format.as_str() {
        "md" => export::markdown::handout(&shared, &shared.compare()),
        "csv" => export::csv::pair_table(&shared, &shared.compare()),
        "json" => export::web_annotation::export_web_annotation(&shared) + "\n",
        _ => return Output::fail(2, USAGE),
    };
    Output { stdout, stderr: String::new(), code: 0 }
}

fn choice_json(choice: Choice) -> serde_json::Value {
    match choice {
        Choice::Auto => json!({ "kind": "auto" }),
        Choice::Candidate(start) => json!({ "kind": "candidate", "start": start }),
        Choice::Manual(span) => json!({ "kind": "manual", "start": span.start, "end": span.end }),
    }
}

/// `open`: the decoded state as JSON, in a stable key order.
fn open_link(link: &str) -> Output {
    match share::decode(link) {
        Ok(s) => {
            let side = |x: &SharedSide| json!({ "name": x.name, "text": x.text, "choice": choice_json(x.choice) });
            let annotations: Vec<serde_json::Value> = s
                .annotations
                .iter()
                .map(|a| {
                    json!({
                        "side": if a.side == 0 { "a" } else { "b" },
                        "start": a.span.start,
                        "end": a.span.end,
                        "themes": a.themes.iter().map(crate::notes::theme_ref::ThemeRef::id).collect::<Vec<_>>(),
                        "note": a.note,
                        "author": a.author,
                    })
                })
                .collect();
            Output::json(&json!({
                "version": 1,
                "title": s.title,
                "a": side(&s.sides[0]),
                "b": side(&s.sides[1]),
                "options": s.folds,
                "themes": s.themes,
                "hidden": s.hidden,
                "annotations": annotations,
                "pair_notes": s.pair_notes,
            }))
        }
        Err(e) => link_failure(&e),
    }
}

/// Exit 3 for a link from a newer version (upgrading helps), 2 otherwise.
fn link_failure(e: &LinkError) -> Output {
    match e {
        LinkError::Newer => Output::fail(3, e.message()),
        _ => Output::fail(2, &format!("{} ({e:?})", e.message())),
    }
}

fn round(x: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    (x * f).round() / f
}

fn compare_json(a: &str, b: &str, folds: Folds) -> serde_json::Value {
    let (found_a, range_a, found_b, range_b, al) = compare(a, b, folds);
    let word = |c: &WordChange| json!({ "op": c.op, "a": c.a, "b": c.b });
    let pairs: Vec<serde_json::Value> = al
        .pairs
        .iter()
        .map(|p| {
            let spans_a: Vec<Span> = p.a.iter().map(|&i| al.a[i].span).collect();
            let spans_b: Vec<Span> = p.b.iter().map(|&j| al.b[j].span).collect();
            let words: Vec<serde_json::Value> = match (&p.diff, p.kind) {
                (Some(d), PairKind::Equal | PairKind::Changed | PairKind::Moved) => d.ops.iter().map(word).collect(),
                _ => Vec::new(),
            };
            json!({
                "kind": p.kind,
                "a": spans_a,
                "b": spans_b,
                "a_address": p.a.first().map(|&i| al.a[i].address.short()),
                "b_address": p.b.first().map(|&j| al.b[j].address.short()),
                "similarity": if p.kind == PairKind::Equal { 1.0 } else { round(p.similarity, 4) },
                "words": words,
            })
        })
        .collect();
    json!({
        "a": { "found": found_a, "start": range_a.start, "end": range_a.end },
        "b": { "found": found_b, "start": range_b.start, "end": range_b.end },
        "similarity": round(al.similarity, 4),
        "options": folds,
        "pairs": pairs,
    })
}

/// `statute`: two whole statutes § by §.
fn statute_json(a: &str, b: &str, folds: Folds) -> serde_json::Value {
    let d = crate::diff::statute_diff::compare_statutes(a, b, folds);
    let side = |sections: &[StatuteSection], text: &str, indices: &[usize]| -> Vec<serde_json::Value> {
        indices
            .iter()
            .map(|&i| {
                let s = &sections[i];
                json!({ "heading": s.heading.map(|h| h.slice(text)), "start": s.span.start, "end": s.span.end })
            })
            .collect()
    };
    let sections: Vec<serde_json::Value> = d
        .pairs
        .iter()
        .map(|p| {
            json!({
                "kind": p.kind,
                "a": side(&d.a, a, &p.a),
                "b": side(&d.b, b, &p.b),
                "similarity": round(p.similarity, 4),
            })
        })
        .collect();
    json!({ "sections": sections, "andamal": { "a": d.andamal[0], "b": d.andamal[1] } })
}

/// `landscape`: the ändamål sentences of many documents in groups.
fn landscape_json(files: &[String], texts: &[String], folds: Folds) -> Output {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let l = match crate::diff::landscape::landscape(&refs, folds) {
        Ok(l) => l,
        Err(crate::diff::landscape::LandscapeError::TooMany { given }) => {
            return Output::fail(
                2,
                &format!("högst {} dokument åt gången, fick {given}", crate::diff::landscape::MAX_DOCUMENTS),
            );
        }
    };
    let documents: Vec<serde_json::Value> = l
        .documents
        .iter()
        .zip(files)
        .map(|(d, file)| json!({ "file": file, "found": d.found, "start": d.span.start, "end": d.span.end }))
        .collect();
    let groups: Vec<serde_json::Value> = l
        .groups
        .iter()
        .map(|g| {
            let members: Vec<serde_json::Value> =
                g.members.iter().map(|m| json!({ "doc": m.doc, "start": m.span.start, "end": m.span.end })).collect();
            json!({ "members": members })
        })
        .collect();
    Output::json(&json!({ "documents": documents, "groups": groups, "order": l.order }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(name: &str) -> io::Result<Vec<u8>> {
        match name {
            "empty.txt" => Ok(Vec::new()),
            "bad.txt" => Ok(vec![0xff, 0xfe, 0x00, 0x41]),
            "a.txt" => Ok(crate::sample::OSTRA_OSTERGOTLAND_2017.as_bytes().to_vec()),
            "b.txt" => Ok(crate::sample::UMEAREGIONEN_2019.as_bytes().to_vec()),
            "s1.txt" => Ok("1 § Medlemmar\nMotala kommun.\n\n2 § Säte\nSätet är Motala.\n\n3 § Ändamål\nFörbundets ändamål är att svara för samordning.\n".into()),
            "s2.txt" => Ok("1 § Säte och medlemmar\nMotala kommun. Sätet är Motala.\n\n2 § Revision\nRevisorerna är två.\n".into()),
            "l1.txt" => Ok("4 § Ändamål\nFörbundet ska stödja samverkan. Det gäller Motala.\n".into()),
            "l2.txt" => Ok("4 § Ändamål\nFörbundet ska stödja samverkan. Det gäller Mjölby kommun.\n".into()),
            "merge_a.txt" => Ok(include_bytes!("../tests/fixtures/statutes/merge_split/a.txt").to_vec()),
            "merge_b.txt" => Ok(include_bytes!("../tests/fixtures/statutes/merge_split/b.txt").to_vec()),
            _ => Err(io::Error::new(io::ErrorKind::NotFound, "finns inte")),
        }
    }

    fn run_args(args: &[&str]) -> Output {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        run(&args, &files)
    }

    #[test]
    fn themes_lists_suggestions_inside_the_section() {
        let out = run_args(&["themes", "a.txt"]);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let find_a: serde_json::Value = serde_json::from_str(&run_args(&["find", "a.txt"]).stdout).unwrap();
        let (start, end) = (find_a["start"].as_u64().unwrap(), find_a["end"].as_u64().unwrap());
        assert_eq!(v["found"], true);
        let s = v["suggestions"].as_array().unwrap();
        let ids: std::collections::BTreeSet<&str> = s.iter().map(|x| x["theme"].as_str().unwrap()).collect();
        for id in ["systemutveckling", "arena", "kunskapsutbyte", "ekonomisk-ram", "geografi", "resursanvandning"] {
            assert!(ids.contains(id), "{id} missing from {ids:?}");
        }
        let keys: Vec<(u64, &str)> =
            s.iter().map(|x| (x["start"].as_u64().unwrap(), x["theme"].as_str().unwrap())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert!(s.iter().all(|x| x["start"].as_u64().unwrap() >= start && x["end"].as_u64().unwrap() <= end));
    }

    #[test]
    fn share_then_open_round_trips_and_is_small() {
        let out = run_args(&["share", "a.txt", "b.txt"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let fragment = out.stdout.trim();
        assert!(fragment.starts_with("v1."));
        assert!(fragment.len() <= 1400, "seed pair link is {} characters", fragment.len());
        assert_eq!(run_args(&["share", "a.txt", "b.txt"]).stdout.trim(), fragment, "deterministic");
        for link in [
            fragment.to_owned(),
            format!("#{fragment}"),
            format!("https://x.se/andamal/%23{}", fragment.replacen('.', "%2E", 1)),
        ] {
            let opened = run_args(&["open", &link]);
            assert_eq!(opened.code, 0, "{link}: {}", opened.stderr);
            let v: serde_json::Value = serde_json::from_str(&opened.stdout).unwrap();
            assert_eq!(v["version"], 1);
            assert_eq!(v["a"]["name"], "");
            assert!(v["a"]["text"].as_str().unwrap().starts_with("4§ Förbundets ändamål"));
            assert!(v["b"]["text"].as_str().unwrap().ends_with("eller ålder."));
            assert_eq!(v["annotations"], serde_json::json!([]));
        }
        let damaged = run_args(&["open", &fragment[..fragment.len() - 7]]);
        assert_eq!(damaged.code, 2);
        assert!(damaged.stdout.is_empty());
        assert_eq!(run_args(&["open", "#v2.AAAA"]).code, 3);
    }

    #[test]
    fn export_prints_each_format_from_files_and_links() {
        let md = run_args(&["export", "md", "a.txt", "b.txt"]);
        assert_eq!(md.code, 0, "{}", md.stderr);
        assert!(md.stdout.starts_with("# Jämförelse av ändamål\n\n- A: Förbundsordning A\n"), "{}", md.stdout);
        assert!(md.stdout.contains("\n### 2. flyttad: 4 § st. 3 m. 1 ↔ 4 § st. 1 m. 2\n"));
        let csv = run_args(&["export", "csv", "a.txt", "b.txt"]);
        assert_eq!(csv.stdout.matches("\r\n").count(), 9, "a heading and eight pairs");
        let link = run_args(&["share", "a.txt", "b.txt"]).stdout;
        let json = run_args(&["export", "json", link.trim()]);
        let shared = crate::formats::export::web_annotation::import_web_annotation(&json.stdout).unwrap();
        assert_eq!(share::encode(&shared), link.trim(), "the file holds what the link holds");
        assert_eq!(run_args(&["export", "pdf", "a.txt", "b.txt"]).code, 2);
        assert_eq!(run_args(&["export", "md", "#v2.AAAA"]).code, 3);
        assert_eq!(run_args(&["export", "md", "a.txt", "missing.txt"]).code, 2);
    }

    #[test]
    fn empty_file_is_not_found() {
        let out = run_args(&["find", "empty.txt"]);
        assert_eq!(out.code, 0);
        assert_eq!(out.stdout.trim(), r#"{"found":false,"candidates":[]}"#);
    }

    #[test]
    fn unreadable_and_non_utf8_exit_2_with_empty_stdout() {
        for args in [
            &["find", "bad.txt"][..],
            &["find", "missing.txt"],
            &["compare", "a.txt", "bad.txt"],
            &["nonsense"],
            &[],
            &["find", "a.txt", "--fold", "x"],
        ] {
            let out = run_args(args);
            assert_eq!(out.code, 2, "{args:?}");
            assert!(out.stdout.is_empty());
            assert!(!out.stderr.is_empty());
        }
    }

    #[test]
    fn find_reports_byte_offsets() {
        let out = run_args(&["find", "a.txt", "--fold", "case"]);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let text = crate::sample::OSTRA_OSTERGOTLAND_2017;
        assert_eq!(v["heading"], "4§ Förbundets ändamål");
        assert_eq!(v["confidence"], "high");
        let (start, end) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
        assert!(text[start..end].starts_with("Förbundets ändamål är att inom"));
        assert!(text[start..end].ends_with("ekonomiska ramarna."));
        assert_eq!(v["options"]["case"], true);
        assert_eq!(v["candidates"][0]["start"], v["start"]);
    }

    #[test]
    fn compare_follows_the_contract() {
        let out = run_args(&["compare", "a.txt", "b.txt"]);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let (ta, tb) = (crate::sample::OSTRA_OSTERGOTLAND_2017, crate::sample::UMEAREGIONEN_2019);
        let find_a: serde_json::Value = serde_json::from_str(&run_args(&["find", "a.txt"]).stdout).unwrap();
        assert_eq!(v["a"]["found"], true);
        assert_eq!(v["a"]["start"], find_a["start"]);
        assert_eq!(v["a"]["end"], find_a["end"]);
        let sim = v["similarity"].as_f64().unwrap();
        assert!(sim > 0.7 && sim < 0.85, "{sim}");
        let pairs = v["pairs"].as_array().unwrap();
        let kinds: Vec<&str> = pairs.iter().map(|p| p["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["changed", "moved", "changed", "changed", "changed", "equal", "equal", "added"]);
        assert_eq!(pairs[1]["a_address"], "4 § st. 3 m. 1");
        assert_eq!(pairs[1]["b_address"], "4 § st. 1 m. 2");
        assert_eq!(pairs[7]["a"], serde_json::json!([]));
        assert_eq!(pairs[7]["words"], serde_json::json!([]));
        assert_eq!(pairs[5]["similarity"], 1.0);
        // Ranges are trimmed sentences of the files, words inside them.
        for p in pairs {
            for (side, text) in [("a", ta), ("b", tb)] {
                for r in p[side].as_array().unwrap() {
                    let (s, e) = (r[0].as_u64().unwrap() as usize, r[1].as_u64().unwrap() as usize);
                    let sentence = &text[s..e];
                    assert_eq!(sentence.trim(), sentence);
                }
            }
            for w in p["words"].as_array().unwrap() {
                if let Some(r) = w["b"].as_array() {
                    assert!(tb.is_char_boundary(r[1].as_u64().unwrap() as usize));
                }
            }
        }
    }

    #[test]
    fn statute_prints_the_contract_exactly() {
        let out = run_args(&["statute", "s1.txt", "s2.txt"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(out.stderr, "");
        assert_eq!(
            out.stdout,
            concat!(
                r#"{"sections":["#,
                r#"{"kind":"changed","a":[{"heading":"1 § Medlemmar","start":0,"end":29},{"heading":"2 § Säte","start":31,"end":60}],"#,
                r#""b":[{"heading":"1 § Säte och medlemmar","start":0,"end":58}],"similarity":1.0},"#,
                r#"{"kind":"removed","a":[{"heading":"3 § Ändamål","start":62,"end":129}],"b":[],"similarity":0.0},"#,
                r#"{"kind":"added","a":[],"b":[{"heading":"2 § Revision","start":60,"end":95}],"similarity":0.0}],"#,
                r#""andamal":{"a":1,"b":null}}"#,
                "\n"
            )
        );
    }

    #[test]
    fn statute_reads_the_fixture_and_refuses_bad_input() {
        let out = run_args(&["statute", "merge_a.txt", "merge_b.txt", "--fold", "case"]);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let kinds: Vec<&str> = v["sections"].as_array().unwrap().iter().map(|s| s["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["equal", "changed", "changed", "moved", "changed", "removed", "added", "equal"]);
        assert_eq!(v["andamal"], serde_json::json!({"a": 2, "b": 2}));
        for args in
            [&["statute", "s1.txt"][..], &["statute", "s1.txt", "bad.txt"], &["statute", "s1.txt", "missing.txt"]]
        {
            let out = run_args(args);
            assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{args:?}");
            assert!(!out.stderr.is_empty());
        }
    }

    #[test]
    fn landscape_prints_the_contract_exactly() {
        let out = run_args(&["landscape", "l1.txt", "l2.txt", "empty.txt"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(
            out.stdout,
            concat!(
                r#"{"documents":[{"file":"l1.txt","found":true,"start":15,"end":68},"#,
                r#"{"file":"l2.txt","found":true,"start":15,"end":76},"#,
                r#"{"file":"empty.txt","found":false,"start":0,"end":0}],"#,
                r#""groups":[{"members":[{"doc":0,"start":15,"end":48},{"doc":1,"start":15,"end":48}]},"#,
                r#"{"members":[{"doc":0,"start":49,"end":68}]},{"members":[{"doc":1,"start":49,"end":76}]}],"#,
                r#""order":[0,1,2]}"#,
                "\n"
            )
        );
        let one = run_args(&["landscape", "a.txt", "--fold", "case,ocr"]);
        assert_eq!(one.code, 0);
        assert!(one.stdout.starts_with(r#"{"documents":[{"file":"a.txt","found":true,"#));
        for args in [&["landscape"][..], &["landscape", "l1.txt", "bad.txt"], &["landscape", "l1.txt", "--fold", "x"]] {
            let out = run_args(args);
            assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{args:?}");
        }
    }
}
