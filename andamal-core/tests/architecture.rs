//! The module tree, its layers and ARCHITECTURE.md say the same thing.
//!
//! * Dependencies point only downward: a module uses its own layer and the
//!   layers below it (`text < statute < diff < notes < formats < sample <
//!   synth < bench < cli`), read from every `crate::` path in its code
//!   (comments and `#[cfg(test)]` modules left out: a doc may point anywhere,
//!   and a test may use the shipped samples).
//! * Every layer folder's `mod.rs` opens with a `//!` guide.
//! * ARCHITECTURE.md's code map has one group per folder, one entry per
//!   module, and names nothing that is not there.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first; a module may use its own and those before it.
const LAYERS: [&str; 9] = ["text", "statute", "diff", "notes", "formats", "sample", "synth", "bench", "cli"];
/// The layer folders (the rest are single modules beside them).
const FOLDERS: [&str; 5] = ["text", "statute", "diff", "notes", "formats"];
/// What the crate root re-exports, and from which layer.
const ROOT_EXPORTS: [(&str, &str); 2] = [("Folds", "text"), ("Span", "text")];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every .rs file under `dir`, as a path relative to `src()` with `/`.
fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src()).expect("under src").to_string_lossy().replace('\\', "/");
            out.push(relative);
        }
    }
}

fn sources() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    files
}

/// The layer a source file belongs to: its folder, or its own name beside them.
fn layer_of(file: &str) -> Option<&'static str> {
    let first = file.split('/').next()?.trim_end_matches(".rs");
    LAYERS.iter().copied().find(|l| *l == first)
}

fn rank(layer: &str) -> usize {
    LAYERS.iter().position(|l| *l == layer).expect("a layer")
}

/// The source without comments and without `#[cfg(test)]` modules (rustfmt's
/// layout: the module closes with a `}` at the indentation it opened with).
fn code(source: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]" {
            let opens_module = lines.peek().is_some_and(|n| opens_inline_module(n));
            if let Some(next) = lines.peek().filter(|_| opens_module) {
                let indent = next.len() - next.trim_start().len();
                let closing = format!("{}}}", " ".repeat(indent));
                for inner in lines.by_ref() {
                    if inner.trim_end() == closing {
                        break;
                    }
                }
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        // A trailing comment may mention any path.
        let without_comment = match line.find("//") {
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        };
        out.push_str(without_comment);
        out.push('\n');
    }
    out
}

/// `mod tests {`, `pub(crate) mod tests {`: a module whose body follows inline.
fn opens_inline_module(line: &str) -> bool {
    let line = line.trim();
    let line = line.strip_prefix("pub(crate) ").or_else(|| line.strip_prefix("pub ")).unwrap_or(line);
    line.starts_with("mod ") && line.ends_with('{')
}

/// The first segment of every `crate::` path in `code`, groups included
/// (`crate::{Folds, diff::align}` names `Folds` and `diff`).
fn crate_uses(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let start = from + at;
        from = start + "crate::".len();
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'_' | b'$')) {
            continue;
        }
        if bytes.get(from) == Some(&b'{') {
            let mut depth = 0;
            let mut item_start = true;
            for (i, c) in code[from..].char_indices() {
                match c {
                    '{' => {
                        depth += 1;
                        item_start = depth == 1;
                    }
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if c.is_whitespace() => {}
                    _ if item_start && depth == 1 => {
                        found.push(identifier(&code[from + i..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.push(identifier(&code[from..]));
        }
    }
    found
}

fn identifier(s: &str) -> String {
    s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// The layer a `crate::<name>` path reaches.
fn layer_named(name: &str) -> Option<&'static str> {
    LAYERS
        .iter()
        .copied()
        .find(|l| *l == name)
        .or_else(|| ROOT_EXPORTS.iter().find(|(n, _)| *n == name).map(|(_, l)| *l))
}

/// Every use of a higher layer (or of an unknown root name) in one file.
fn upward_uses(file: &str, source: &str) -> Vec<String> {
    let Some(layer) = layer_of(file) else { return Vec::new() };
    let mut problems = BTreeSet::new();
    for name in crate_uses(&code(source)) {
        match layer_named(&name) {
            Some(used) if rank(used) > rank(layer) => {
                problems.insert(format!("{file} ({layer}) uses crate::{name} ({used}), a higher layer"));
            }
            Some(_) => {}
            None => {
                problems.insert(format!("{file} uses crate::{name}, which is not a layer or a root re-export"));
            }
        }
    }
    problems.into_iter().collect()
}

#[test]
fn dependencies_point_downward() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in sources() {
        if file == "lib.rs" {
            continue;
        }
        assert!(layer_of(&file).is_some(), "{file} is in no layer: put it in a layer folder or name it in LAYERS");
        let source = fs::read_to_string(src().join(&file)).expect("read source");
        problems.extend(upward_uses(&file, &source));
        checked += 1;
    }
    assert!(checked > 40, "only {checked} files checked");
    assert!(problems.is_empty(), "dependencies must point downward:\n{}", problems.join("\n"));
}

#[test]
fn the_layer_check_sees_grouped_nested_and_inline_paths() {
    let source = "use crate::{Folds, diff::align::{align, PairKind}};\nfn f() { crate::formats::share::encode(x); }\n";
    assert_eq!(crate_uses(source), ["Folds", "diff", "formats"]);
    let problems = upward_uses("statute/found.rs", source);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("crate::diff") && problems[1].contains("crate::formats"), "{problems:?}");
    // The same file may use its own and lower layers, and its tests may use anything.
    let fine = "use crate::text::span::Span;\nuse crate::statute::vocab;\n#[cfg(test)]\nmod tests {\n    use crate::sample;\n}\n";
    assert!(upward_uses("statute/found.rs", fine).is_empty());
    // Comments are not dependencies; `$crate` and `other_crate::` are not this crate.
    assert!(upward_uses("text/span.rs", "//! See [`crate::formats`].\nuse my_crate::cli;\n").is_empty());
    assert_eq!(upward_uses("text/span.rs", "use crate::nowhere;").len(), 1);
}

#[test]
fn bench_does_not_use_the_command_line() {
    let source = fs::read_to_string(src().join("bench.rs")).expect("bench.rs");
    assert!(!crate_uses(&code(&source)).iter().any(|n| n == "cli"));
    assert!(rank("bench") < rank("cli"));
}

#[test]
fn every_layer_folder_opens_with_a_guide() {
    for folder in FOLDERS {
        let path = src().join(folder).join("mod.rs");
        let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let guide = source.lines().take_while(|l| l.starts_with("//!")).count();
        assert!(guide >= 5, "{folder}/mod.rs must open with a //! guide to its layer ({guide} lines)");
        assert!(source.contains("Architecture invariant"), "{folder}/mod.rs: its guide says what the layer may use");
    }
    let lib = fs::read_to_string(src().join("lib.rs")).expect("lib.rs");
    let order = LAYERS.join(" < ");
    assert!(lib.replace("//! ", "").replace('\n', " ").contains(&order), "lib.rs's guide states the order {order}");
}

/// The modules the code map must name, grouped by folder ("" for the crate
/// root): direct children by name, deeper ones as `parent::child`.
fn module_tree() -> BTreeSet<(String, String)> {
    let mut modules = BTreeSet::new();
    for file in sources() {
        let path = file.trim_end_matches(".rs").trim_end_matches("/mod");
        if path == "lib" || FOLDERS.contains(&path) {
            continue;
        }
        match path.split_once('/') {
            Some((folder, rest)) if FOLDERS.contains(&folder) => {
                modules.insert((folder.to_owned(), rest.replace('/', "::")));
            }
            _ => {
                modules.insert((String::new(), path.replace('/', "::")));
            }
        }
    }
    modules
}

#[test]
fn architecture_md_maps_every_module_by_folder() {
    let map =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let start = map.find("### `andamal-core`").expect("a code map section for andamal-core");
    let end = start + map[start..].find("\n### ").expect("a section after the core's");
    let section = &map[start..end];
    // Groups: "#### `text/` — …"; the core's loose modules come under "#### Beside the layers".
    let mut groups: Vec<(String, String)> = Vec::new();
    for line in section.lines() {
        if let Some(heading) = line.strip_prefix("#### ") {
            let folder = heading.strip_prefix('`').and_then(|h| h.split_once("/`")).map_or("", |(f, _)| f);
            groups.push((folder.to_owned(), String::new()));
        } else if let Some((_, body)) = groups.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    let folders: Vec<&str> = groups.iter().map(|(f, _)| f.as_str()).filter(|f| !f.is_empty()).collect();
    assert_eq!(folders, FOLDERS, "one group per layer folder, lowest first");
    let mut problems = Vec::new();
    for (folder, module) in module_tree() {
        let Some((_, body)) = groups.iter().find(|(f, _)| *f == folder) else {
            problems.push(format!("no group for {folder:?}"));
            continue;
        };
        if !body.contains(&format!("`{module}`")) {
            problems.push(format!("ARCHITECTURE.md's {folder:?} group does not name `{module}`"));
        }
    }
    // And the map names no module that is not there: every bold entry is a module of its group.
    let tree = module_tree();
    for (folder, body) in &groups {
        for entry in body.split("**`").skip(1) {
            let name = entry.split('`').next().unwrap_or_default();
            if !tree.contains(&(folder.clone(), name.to_owned())) {
                problems.push(format!("ARCHITECTURE.md names `{name}` under {folder:?}, but there is no such module"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
