//! The labelled finder corpus (`tests/fixtures/find/`): loading, and what
//! counts as right.
//!
//! Every folder holds a real document (`input.txt`), where it came from
//! (`SOURCE.md`) and what a careful reader expects (`expected.json`):
//!
//! ```json
//! {"found": true, "confidence": "high"|"low", "heading": "4 § Ändamål"|null,
//!  "starts_with": "…", "ends_with": "…", "fold": "ocr"?,
//!  "group": "halland", "part": "tuning"|"validation",
//!  "kind": "forbundsordning", "traps": ["oneline", …]}
//! ```
//!
//! or `{"found": false, …}` for a document without an ändamål clause.
//! "high" is for the ändamål itself (not a stand-in such as a "Syfte"
//! section or a paraphrase) whose borders the text shows: its heading (or
//! first word) opens a line, or follows an opening quotation mark, and its
//! last word ends a line or comes before a closing one. A clause cut out of
//! one-line text or run into prose is "low", however clear its wording. A
//! clause starts at its first word: an opening quotation mark before it is
//! not part of it (the finder skips it too). The
//! corpus is split by `group` (a förbund with all its versions): rules and
//! weights are written against the tuning part only, and the validation part
//! is only scored.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use andamal_core::Folds;
use andamal_core::statute::finder::{Candidate, Confidence, Finding, find};
use serde_json::Value;

/// One labelled document.
pub struct Fixture {
    pub name: String,
    pub dir: PathBuf,
    pub input: String,
    pub expected: Value,
    pub folds: Folds,
}

impl Fixture {
    pub fn part(&self) -> &str {
        self.expected["part"].as_str().unwrap_or("tuning")
    }
    pub fn kind(&self) -> &str {
        self.expected["kind"].as_str().unwrap_or("")
    }
    pub fn group(&self) -> &str {
        self.expected["group"].as_str().unwrap_or("")
    }
    pub fn traps(&self) -> Vec<String> {
        self.expected["traps"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default()
    }
    /// Whether the document has an ändamål clause (or a stand-in) to find.
    pub fn positive(&self) -> bool {
        self.expected["found"].as_bool().unwrap_or(false)
    }
    pub fn find(&self) -> Finding {
        find(&self.input, self.folds)
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/find")
}

/// Every fixture, sorted by folder name.
pub fn load() -> Vec<Fixture> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(root())
        .expect("fixtures/find exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let input = fs::read_to_string(dir.join("input.txt")).unwrap_or_else(|e| panic!("{name}/input.txt: {e}"));
            let expected: Value = serde_json::from_str(
                &fs::read_to_string(dir.join("expected.json")).unwrap_or_else(|e| panic!("{name}/expected.json: {e}")),
            )
            .unwrap_or_else(|e| panic!("{name}/expected.json: {e}"));
            let folds = expected
                .get("fold")
                .and_then(Value::as_str)
                .map_or(Folds::default(), |f| Folds::parse(f).expect("known folds"));
            Fixture { name, dir, input, expected, folds }
        })
        .collect()
}

/// The bare ändamål clauses of `tests/fixtures/clauses/` (what a user
/// pastes most often: the paragraph alone), as tuning documents whose whole
/// text is the clause: a statute's own paragraph found with high confidence,
/// a purpose statement restated elsewhere found or offered first.
pub fn clauses() -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clauses");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("fixtures/clauses exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    // SOURCES.md says which are the statute's own paragraph and which only a
    // purpose statement restated elsewhere (found or offered, at low confidence).
    let sources = fs::read_to_string(dir.join("SOURCES.md")).expect("clauses/SOURCES.md");
    let restated = |name: &str| {
        sources.lines().find(|l| l.starts_with(&format!("| {name} |"))).is_some_and(|l| {
            ["NOT the FO", "restated", "purpose sentence", "purpose/uppdrag"].iter().any(|w| l.contains(w))
        })
    };
    files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let confidence = if restated(&name) { "low" } else { "high" };
            let input = fs::read_to_string(&path).expect("clause text");
            let trimmed = input.trim();
            let head: String = trimmed.chars().take(30).collect();
            let tail: String = trimmed.chars().rev().take(20).collect::<Vec<_>>().into_iter().rev().collect();
            let expected = serde_json::json!({
                "found": true, "confidence": confidence, "starts_with": head, "ends_with": tail,
                "group": format!("clause-{name}"), "part": "tuning", "kind": "clause", "traps": []
            });
            Fixture { name, dir: dir.clone(), input, expected, folds: Folds::default() }
        })
        .collect()
}

/// The documents the finder is known to get wrong, each with the general
/// cause: `tests/fixtures/find/known-misses.json`, `{"folder": "reason"}`.
pub fn known_misses() -> Vec<(String, String)> {
    let path = root().join("known-misses.json");
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    let v: Value = serde_json::from_str(&text).expect("known-misses.json is JSON");
    v.as_object()
        .expect("known-misses.json is an object")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("a reason").to_owned()))
        .collect()
}

/// The candidate the expectation describes: the chosen one, or (for a "low"
/// expectation, where the finder may also decline to choose) the first of
/// those it offers.
fn offered(finding: &Finding, want_low: bool) -> Option<&Candidate> {
    finding.chosen().or_else(|| if want_low { finding.candidates.first() } else { None })
}

/// Checks a finding against the fixture's expectation.
pub fn check(input: &str, finding: &Finding, expected: &Value) -> Result<(), String> {
    let want_found = expected["found"].as_bool().unwrap_or(false);
    if !want_found {
        if let Some(c) = finding.chosen() {
            let conf = if finding.confidence == Confidence::High { "high" } else { "low" };
            return Err(format!("expected nothing, got {conf} {:?} at {}", c.heading, c.start));
        }
        return Ok(());
    }
    let want_low = expected["confidence"].as_str() == Some("low");
    let Some(c) = offered(finding, want_low) else {
        return Err(format!("expected a section, found none (of {} candidates)", finding.candidates.len()));
    };
    if c.end > input.len() || !input.is_char_boundary(c.start) || !input.is_char_boundary(c.end) {
        return Err("offsets out of range".into());
    }
    let got = &input[c.start..c.end];
    if let Some(h) = expected.get("heading") {
        let want = h.as_str();
        if !same_heading(c.heading.as_deref(), want) {
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
    let got_conf = match (finding.found, finding.confidence) {
        (true, Confidence::High) => "high",
        _ => "low",
    };
    if let Some(conf) = expected["confidence"].as_str() {
        if conf != got_conf {
            return Err(format!("confidence: want {conf}, got {got_conf}"));
        }
    }
    Ok(())
}

/// Headings compare as a reader sees them: markup characters (Markdown,
/// LaTeX, Typst) and spacing do not count, and a label may name the title
/// alone where the number stands inside markup ("\\paragraf{1.2}{Ändamål}").
fn same_heading(got: Option<&str>, want: Option<&str>) -> bool {
    let plain = |s: &str| {
        s.chars()
            .map(|c| if matches!(c, '`' | '*' | '_' | '#' | '=' | '\\' | '{' | '}') { ' ' } else { c })
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    match (got, want) {
        (None, None) => true,
        (Some(g), Some(w)) => {
            let (g, w) = (plain(g), plain(w));
            g == w
                || (g.ends_with(&format!(" {w}"))
                    && g[..g.len() - w.len()]
                        .trim()
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | '§' | ' ')))
        }
        _ => false,
    }
}
