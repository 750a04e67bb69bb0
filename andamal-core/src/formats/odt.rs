//! Plain text out of an OpenDocument text (`.odt`), LibreOffice's own format,
//! read in the worker through the same zip code as Word's ([`crate::formats::zip`]).
//!
//! The text is in `content.xml`; the outline numbering of headings in
//! `styles.xml` (`text:outline-style`) and list styles in either. This reads
//! it as LibreOffice shows it with every change accepted, one line per
//! paragraph (`text:p`) or heading (`text:h`):
//!
//! - headings numbered by the outline style ("4 §", "2.1"), list items by
//!   their list style ("a)", "•"), counted as LibreOffice counts them;
//! - `text:s` as its spaces, `text:tab` as a tab, `text:line-break` as a line
//!   break, other white space collapsed as ODF says;
//! - tables cell by cell; text boxes (`draw:text-box`) as lines of their own;
//! - tracked changes accepted: the deleted text lives only in
//!   `text:tracked-changes`, which is skipped, and insertions are in the text;
//! - the soft hyphen (U+00AD) dropped and the non-breaking hyphen (U+2011)
//!   as "-", as the Word reader does with `w:softHyphen` and
//!   `w:noBreakHyphen`;
//! - footnotes, comments and headers/footers (in `styles.xml`) left out.
//!
//! ```no_run
//! let odt = std::fs::read("ordning.odt").unwrap();
//! let text = andamal_core::formats::odt::text(&odt).unwrap();
//! ```

use rustc_hash::FxHashMap;

use crate::formats::docx::{MAX_XML_BYTES, part, zip_error};
use crate::formats::textfile::{FileError, Format, MAX_TEXT_BYTES};
use crate::formats::xml::{Token, Tokens, attribute, unescape_into};
use crate::formats::zip::{Archive, ZipError};

/// The document's text, one line per paragraph or heading.
///
/// # Errors
/// A [`FileError`] saying why the bytes are not a readable OpenDocument text.
pub fn text(bytes: &[u8]) -> Result<String, FileError> {
    let archive = Archive::open(bytes).map_err(|e| zip_error(e, Format::OpenDocument))?;
    // A password-protected document keeps its zip readable but encrypts
    // content.xml, as the manifest says.
    if let Ok(manifest) = archive.read("META-INF/manifest.xml", MAX_XML_BYTES) {
        if manifest.windows(23).any(|w| w == b"manifest:encryption-data") {
            return Err(FileError::Encrypted(Format::OpenDocument));
        }
    }
    let content = part(&archive, "content.xml", Format::OpenDocument)?;
    let styles = match archive.read("styles.xml", MAX_XML_BYTES) {
        Ok(xml) => String::from_utf8(xml).unwrap_or_default(),
        Err(ZipError::Missing) => String::new(),
        Err(e) => return Err(zip_error(e, Format::OpenDocument)),
    };
    let mut numbering = ListStyles::default();
    numbering.read(&styles);
    numbering.read(&content);
    let text = read_content(&content, &numbering);
    if text.len() > MAX_TEXT_BYTES {
        return Err(FileError::TooLarge);
    }
    Ok(text)
}

/// One level of a list or outline style.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Level {
    /// "1", "a", "A", "i", "I", or empty for no number.
    format: String,
    prefix: String,
    suffix: String,
    /// How many levels the number shows ("2.1" shows 2).
    display: usize,
    start: u32,
    /// A bullet's character, for bullet levels.
    bullet: Option<String>,
    /// What follows the label: a tab, a space or nothing.
    followed_by: String,
}

/// The list styles (by name) and the outline style, up to ten levels each.
#[derive(Debug, Default)]
struct ListStyles {
    lists: FxHashMap<String, Vec<Level>>,
    outline: Vec<Level>,
}

impl ListStyles {
    fn read(&mut self, xml: &str) {
        // The style being read (None: the outline style) and its levels.
        let mut current: Option<(Option<String>, Vec<Level>)> = None;
        let mut level: Option<(usize, Level)> = None;
        for token in Tokens::new(xml) {
            match token {
                Token::Open { name: "text:list-style", attributes, empty: false } => {
                    current = Some((Some(attribute(attributes, "style:name").unwrap_or_default().into()), Vec::new()));
                }
                Token::Open { name: "text:outline-style", empty: false, .. } => current = Some((None, Vec::new())),
                Token::Open {
                    name:
                        name @ ("text:list-level-style-number"
                        | "text:list-level-style-bullet"
                        | "text:list-level-style-image"
                        | "text:outline-level-style"),
                    attributes,
                    empty,
                } if current.is_some() => {
                    let get = |key| attribute(attributes, key).map(|v| v.into_owned()).unwrap_or_default();
                    let at = get("text:level").parse::<usize>().unwrap_or(1).clamp(1, 10) - 1;
                    let bullet = match name {
                        "text:list-level-style-bullet" => Some(get("text:bullet-char")),
                        "text:list-level-style-image" => Some("•".into()),
                        _ => None,
                    };
                    let found = Level {
                        format: get("style:num-format"),
                        prefix: get("style:num-prefix"),
                        suffix: get("style:num-suffix"),
                        display: get("text:display-levels").parse().unwrap_or(1),
                        start: get("text:start-value").parse().unwrap_or(1),
                        bullet,
                        followed_by: String::new(),
                    };
                    if empty {
                        store(&mut current, at, found);
                    } else {
                        level = Some((at, found));
                    }
                }
                Token::Open { name: "style:list-level-label-alignment", attributes, .. } => {
                    if let Some((_, level)) = level.as_mut() {
                        level.followed_by = attribute(attributes, "text:label-followed-by").unwrap_or_default().into();
                    }
                }
                Token::Close(
                    "text:list-level-style-number"
                    | "text:list-level-style-bullet"
                    | "text:list-level-style-image"
                    | "text:outline-level-style",
                ) => {
                    if let Some((at, found)) = level.take() {
                        store(&mut current, at, found);
                    }
                }
                Token::Close("text:list-style" | "text:outline-style") => match current.take() {
                    Some((Some(name), levels)) => {
                        self.lists.insert(name, levels);
                    }
                    Some((None, levels)) => self.outline = levels,
                    None => {}
                },
                _ => {}
            }
        }
    }
}

fn store(current: &mut Option<(Option<String>, Vec<Level>)>, at: usize, level: Level) {
    if let Some((_, levels)) = current.as_mut() {
        if levels.len() <= at {
            levels.resize(at + 1, Level::default());
        }
        levels[at] = level;
    }
}

/// Counters of one list or of the outline, one per level.
#[derive(Debug, Clone, Default)]
struct Counters([Option<u32>; 10]);

impl Counters {
    /// Counts an item at `at` (starting at `start`, or at `set` when given)
    /// and forgets the deeper levels.
    fn count(&mut self, at: usize, start: u32, set: Option<u32>) {
        self.0[at] = Some(set.unwrap_or_else(|| self.0[at].map_or(start, |v| v.saturating_add(1))));
        for deeper in &mut self.0[at + 1..] {
            *deeper = None;
        }
    }

    /// The label of an item at `at` in `levels`, followed by its separator.
    fn label(&self, levels: &[Level], at: usize) -> Option<String> {
        let level = levels.get(at)?;
        let number = if let Some(bullet) = &level.bullet {
            if bullet.is_empty() {
                return None;
            }
            bullet.chars().map(|c| if ('\u{e000}'..='\u{f8ff}').contains(&c) { '•' } else { c }).collect()
        } else {
            if level.format.is_empty() {
                return None;
            }
            let first = (at + 1).saturating_sub(level.display.max(1));
            let shown: Vec<String> = (first..=at)
                .filter_map(|l| {
                    let format = levels.get(l).map_or("1", |l| l.format.as_str());
                    let value = self.0[l].unwrap_or_else(|| levels.get(l).map_or(1, |l| l.start));
                    (!format.is_empty()).then(|| number(value, format))
                })
                .collect();
            shown.join(".")
        };
        let separator = match level.followed_by.as_str() {
            "listtab" => "\t",
            "nothing" => "",
            _ => " ",
        };
        Some(format!("{}{number}{}{separator}", level.prefix, level.suffix))
    }
}

/// A counter's value in an ODF number format.
fn number(value: u32, format: &str) -> String {
    let word = match format {
        "a" => "lowerLetter",
        "A" => "upperLetter",
        "i" => "lowerRoman",
        "I" => "upperRoman",
        _ => "decimal",
    };
    crate::formats::docx::numbering::format_number(value, word)
}

/// One open `text:list`: its style and whether an item's first paragraph
/// is still to be labelled.
#[derive(Debug)]
struct OpenList {
    style: Option<String>,
}

/// Reads `content.xml` into lines of text.
fn read_content(xml: &str, styles: &ListStyles) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut skip: Option<usize> = None;
    let mut in_body = false;
    // The paragraphs open (a text box's sit inside another's), each with
    // whether it holds a text box.
    let mut paragraphs: Vec<bool> = Vec::new();
    // Whether the last character written was collapsible white space.
    let mut after_space = true;
    let mut lists: Vec<OpenList> = Vec::new();
    let mut list_counters: FxHashMap<String, Counters> = FxHashMap::default();
    let mut outline = Counters::default();
    // The label waiting for the first paragraph of a list item.
    let mut pending_label: Option<String> = None;

    for token in Tokens::new(xml) {
        match token {
            Token::Open { name, attributes, empty } => {
                if !empty {
                    depth += 1;
                }
                if skip.is_some() {
                    continue;
                }
                let mut skip_this = || {
                    if !empty {
                        skip = Some(depth);
                    }
                };
                match name {
                    "office:text" => in_body = true,
                    _ if !in_body => {}
                    "text:tracked-changes"
                    | "office:annotation"
                    | "text:note"
                    | "text:sequence-decls"
                    | "text:variable-decls"
                    | "text:user-field-decls"
                    | "text:table-of-content-source"
                    | "text:hidden-text"
                    | "svg:title"
                    | "svg:desc"
                    | "office:forms" => skip_this(),
                    "text:list" => {
                        let style = attribute(attributes, "text:style-name").map(|s| s.into_owned());
                        let style = style.or_else(|| lists.last().and_then(|l| l.style.clone()));
                        let continues = attribute(attributes, "text:continue-numbering").is_some_and(|v| v == "true")
                            || attribute(attributes, "text:continue-list").is_some();
                        if lists.is_empty() && !continues {
                            if let Some(style) = &style {
                                list_counters.remove(style);
                            }
                        }
                        if !empty {
                            lists.push(OpenList { style });
                        }
                    }
                    "text:list-item" => {
                        let at = lists.len().saturating_sub(1).min(9);
                        let style = lists.last().and_then(|l| l.style.clone());
                        let levels = style.as_ref().and_then(|s| styles.lists.get(s));
                        pending_label = match (style, levels) {
                            (Some(style), Some(levels)) => {
                                let counters = list_counters.entry(style).or_default();
                                let set = attribute(attributes, "text:start-value").and_then(|v| v.parse().ok());
                                let numbered = levels.get(at).is_some_and(|l| l.bullet.is_none());
                                if numbered {
                                    counters.count(at, levels[at].start, set);
                                }
                                counters.label(levels, at)
                            }
                            _ => None,
                        };
                    }
                    "text:list-header" => pending_label = None,
                    "text:p" | "text:h" => {
                        if let Some(boxed) = paragraphs.last_mut() {
                            *boxed = true;
                            if !out.ends_with('\n') {
                                out.push('\n');
                            }
                        }
                        let mut label = pending_label.take();
                        if name == "text:h" && label.is_none() {
                            let level = attribute(attributes, "text:outline-level")
                                .and_then(|v| v.parse::<usize>().ok())
                                .unwrap_or(1)
                                .clamp(1, 10)
                                - 1;
                            if attribute(attributes, "text:is-list-header").is_none_or(|v| v != "true") {
                                let restart =
                                    attribute(attributes, "text:restart-numbering").is_some_and(|v| v == "true");
                                let set = attribute(attributes, "text:start-value")
                                    .and_then(|v| v.parse().ok())
                                    .or_else(|| restart.then(|| styles.outline.get(level).map_or(1, |l| l.start)));
                                let start = styles.outline.get(level).map_or(1, |l| l.start);
                                outline.count(level, start, set);
                                label = outline.label(&styles.outline, level);
                            }
                        }
                        if let Some(label) = label {
                            out.push_str(&label);
                        }
                        after_space = true;
                        if empty {
                            out.push('\n');
                        } else {
                            paragraphs.push(false);
                        }
                    }
                    "text:s" if !paragraphs.is_empty() => {
                        let count = attribute(attributes, "text:c").and_then(|c| c.parse::<usize>().ok()).unwrap_or(1);
                        out.extend(std::iter::repeat_n(' ', count.min(1000)));
                        after_space = false;
                    }
                    "text:tab" if !paragraphs.is_empty() => {
                        out.push('\t');
                        after_space = false;
                    }
                    "text:line-break" if !paragraphs.is_empty() => {
                        out.push('\n');
                        after_space = true;
                    }
                    _ => {}
                }
            }
            Token::Close(name) => {
                if skip == Some(depth) {
                    skip = None;
                } else if skip.is_none() {
                    match name {
                        "office:text" => in_body = false,
                        "text:list" => {
                            lists.pop();
                        }
                        "text:p" | "text:h" if !paragraphs.is_empty() => {
                            // A paragraph that ends with a text box's lines has its line ended.
                            let boxed = paragraphs.pop() == Some(true);
                            if !(boxed && out.ends_with('\n')) {
                                out.push('\n');
                            }
                            after_space = true;
                        }
                        _ => {}
                    }
                }
                depth = depth.saturating_sub(1);
            }
            Token::Text(text) | Token::CData(text) => {
                if skip.is_some() || paragraphs.is_empty() {
                    continue;
                }
                let mut decoded = String::new();
                if matches!(token, Token::CData(_)) {
                    decoded.push_str(text);
                } else {
                    unescape_into(text, &mut decoded);
                }
                for c in decoded.chars() {
                    match c {
                        ' ' | '\t' | '\r' | '\n' => {
                            if !after_space {
                                out.push(' ');
                                after_space = true;
                            }
                        }
                        '\u{ad}' => {}
                        '\u{2011}' => {
                            out.push('-');
                            after_space = false;
                        }
                        _ => {
                            out.push(c);
                            after_space = false;
                        }
                    }
                }
            }
        }
    }
    // Lines end without the white space ODF collapses away at a paragraph's end.
    let lines: Vec<&str> = out.lines().map(|l| l.strip_suffix(' ').unwrap_or(l)).collect();
    lines.join("\n").trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(content: &str, styles: &str) -> String {
        let mut numbering = ListStyles::default();
        numbering.read(styles);
        numbering.read(content);
        read_content(content, &numbering)
    }

    const OUTLINE: &str = r#"<office:styles><text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" §"><style:list-level-properties><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix="."/>
</text:outline-style></office:styles>"#;

    #[test]
    fn paragraphs_headings_spaces_and_tracked_changes() {
        let content = r#"<office:document-content><office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")"/><text:list-level-style-bullet text:level="2" text:bullet-char="–"/></text:list-style></office:automatic-styles>
<office:body><office:text><text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>stödja </text:p></text:deletion></text:changed-region></text:tracked-changes>
<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>
<text:h text:outline-level="1">Namn</text:h>
<text:h text:outline-level="1">Ändamål</text:h>
<text:p>Förbundet   ska <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>främja <text:change-end text:change-id="c2"/>sam&#xAD;verkan <text:s text:c="2"/>mellan:<text:tab/>EU‑stöd<text:line-break/>ny rad<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnot</text:p></text:note-body></text:note>.<office:annotation><text:p>kommentar</text:p></office:annotation></text:p>
<text:list text:style-name="L1"><text:list-item><text:p>första</text:p><text:p>mer av första</text:p></text:list-item><text:list-item><text:p>andra</text:p><text:list><text:list-item><text:p>under</text:p></text:list-item></text:list></text:list-item></text:list>
<text:list text:style-name="L1"><text:list-item><text:p>ny lista</text:p></text:list-item></text:list>
<text:h text:outline-level="2">Under</text:h>
<text:h text:outline-level="2">Under igen</text:h>
<table:table><table:table-row><table:table-cell><text:p>Cell 1</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Cell 2</text:p></table:table-cell></table:table-row></table:table>
<text:p>Med <draw:frame><draw:text-box><text:p>textruta</text:p></draw:text-box></draw:frame> inuti</text:p>
<text:h text:outline-level="1">Medlemmar</text:h><text:p/><text:p>slut</text:p>
</office:text></office:body></office:document-content>"#;
        assert_eq!(
            read(content, OUTLINE),
            "1 § Namn\n2 § Ändamål\nFörbundet ska främja samverkan   mellan:\tEU-stöd\nny rad.\na) första\nmer av första\n\
             b) andra\n– under\na) ny lista\n2.1. Under\n2.2. Under igen\nCell 1\nCell 2\nMed\ntextruta\ninuti\n3 § Medlemmar\n\nslut"
        );
    }
}
