//! Word's automatic numbering: the list definitions of `numbering.xml` and
//! the numbered paragraph styles of `styles.xml`, and a counter per list as
//! the document is read in order, so "§ %1" or "%1.%2" becomes the "§ 3" or
//! "2.1" Word shows. `w:numFmt` (decimal, letters, roman, bullets),
//! `w:start`, `w:lvlRestart`, `w:isLgl` and start overrides are honoured.

use rustc_hash::FxHashMap;

use crate::formats::docx::is_on;
use crate::formats::xml::{Token, Tokens, attribute};
/// One level of a list's definition (`w:lvl`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Level {
    start: u32,
    format: String,
    text: String,
    /// `w:lvlRestart`: restart after a use of this level (1-based) or above;
    /// 0 never. `None`: after any level above it.
    restart: Option<usize>,
    legal: bool,
    suffix: String,
    style: Option<String>,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 0,
            format: "decimal".into(),
            text: String::new(),
            restart: None,
            legal: false,
            suffix: "tab".into(),
            style: None,
        }
    }
}

/// A list instance (`w:num`): its abstract definition and start overrides.
#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    overrides: FxHashMap<usize, Level>,
    starts: FxHashMap<usize, u32>,
}

/// A paragraph style's numbering and its parent.
#[derive(Debug, Clone, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    level: Option<usize>,
}

/// The counters of one list: the last number used at each level.
#[derive(Debug, Clone, Default)]
struct Counters {
    values: [Option<u32>; 9],
}

/// Word's automatic numbering: the definitions from `numbering.xml` and
/// `styles.xml`, and the counters as the document is read in order.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: FxHashMap<String, Vec<Level>>,
    nums: FxHashMap<String, Num>,
    styles: FxHashMap<String, Style>,
    default_style: Option<String>,
    counters: FxHashMap<String, Counters>,
}

impl Numbering {
    /// Reads the definitions (either text may be empty).
    #[must_use]
    pub fn parse(numbering_xml: &str, styles_xml: &str) -> Self {
        let mut numbering = Numbering::default();
        numbering.read_definitions(numbering_xml);
        numbering.read_styles(styles_xml);
        numbering
    }

    fn read_definitions(&mut self, xml: &str) {
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut override_level: Option<usize> = None;
        let mut level: Option<(usize, Level)> = None;
        for token in Tokens::new(xml) {
            match token {
                Token::Open { name, attributes, empty } => {
                    let value = || attribute(attributes, "w:val").map(|v| v.into_owned());
                    let number = || value().and_then(|v| v.parse::<u32>().ok());
                    match name {
                        "w:abstractNum" => abstract_id = attribute(attributes, "w:abstractNumId").map(Into::into),
                        "w:num" => {
                            num_id = attribute(attributes, "w:numId").map(Into::into);
                            if let Some(id) = &num_id {
                                self.nums.insert(id.clone(), Num::default());
                            }
                        }
                        "w:abstractNumId" => {
                            if let (Some(id), Some(value)) = (&num_id, value()) {
                                self.nums.entry(id.clone()).or_default().abstract_id = value;
                            }
                        }
                        "w:lvlOverride" => {
                            override_level = attribute(attributes, "w:ilvl").and_then(|v| v.parse().ok());
                        }
                        "w:startOverride" => {
                            if let (Some(id), Some(at), Some(start)) = (&num_id, override_level, number()) {
                                self.nums.entry(id.clone()).or_default().starts.insert(at, start);
                            }
                        }
                        "w:lvl" if !empty => {
                            let at = attribute(attributes, "w:ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                            level = Some((at, Level::default()));
                        }
                        _ => {
                            let Some((_, level)) = level.as_mut() else { continue };
                            match name {
                                "w:start" => level.start = number().unwrap_or(0),
                                "w:numFmt" => level.format = value().unwrap_or_default(),
                                "w:lvlText" => level.text = value().unwrap_or_default(),
                                "w:lvlRestart" => level.restart = number().and_then(|n| usize::try_from(n).ok()),
                                "w:isLgl" => level.legal = is_on(attributes),
                                "w:suff" => level.suffix = value().unwrap_or_default(),
                                "w:pStyle" => level.style = value(),
                                _ => {}
                            }
                        }
                    }
                }
                Token::Close("w:lvl") => {
                    let Some((at, done)) = level.take() else { continue };
                    if at >= 9 {
                        continue;
                    }
                    if let (Some(id), Some(_)) = (&num_id, override_level) {
                        self.nums.entry(id.clone()).or_default().overrides.insert(at, done);
                    } else if let Some(id) = &abstract_id {
                        let levels = self.abstracts.entry(id.clone()).or_default();
                        if levels.len() <= at {
                            levels.resize(at + 1, Level::default());
                        }
                        levels[at] = done;
                    }
                }
                Token::Close("w:lvlOverride") => override_level = None,
                Token::Close("w:abstractNum") => abstract_id = None,
                Token::Close("w:num") => num_id = None,
                _ => {}
            }
        }
    }

    fn read_styles(&mut self, xml: &str) {
        let mut current: Option<(String, Style)> = None;
        for token in Tokens::new(xml) {
            match token {
                Token::Open { name: "w:style", attributes, empty: false } => {
                    let paragraph = attribute(attributes, "w:type").is_none_or(|t| t == "paragraph");
                    current = attribute(attributes, "w:styleId")
                        .filter(|_| paragraph)
                        .map(|id| (id.into_owned(), Style::default()));
                    if let Some((id, _)) = &current {
                        if attribute(attributes, "w:default").is_some_and(|d| d == "1" || d == "true") {
                            self.default_style = Some(id.clone());
                        }
                    }
                }
                Token::Open { name, attributes, .. } => {
                    let Some((_, style)) = current.as_mut() else { continue };
                    let value = attribute(attributes, "w:val").map(|v| v.into_owned());
                    match name {
                        "w:basedOn" => style.based_on = value,
                        "w:numId" => style.num_id = value,
                        "w:ilvl" => style.level = value.and_then(|v| v.parse().ok()),
                        _ => {}
                    }
                }
                Token::Close("w:style") => {
                    if let Some((id, style)) = current.take() {
                        self.styles.insert(id, style);
                    }
                }
                _ => {}
            }
        }
    }

    /// The number of a paragraph with this style and direct numbering, with
    /// its suffix (a tab, a space or nothing), counting it; `None` when the
    /// paragraph is not numbered.
    pub fn label(&mut self, style: Option<&str>, num_id: Option<&str>, level: Option<usize>) -> Option<String> {
        // Direct numbering wins; otherwise the style's, through its parents.
        let (mut num_id, mut level) = (num_id.map(str::to_owned), level);
        let mut from_style = None;
        let mut next = style.map(str::to_owned).or_else(|| self.default_style.clone());
        for _ in 0..16 {
            let Some(id) = next.take() else { break };
            let Some(found) = self.styles.get(&id) else { break };
            if num_id.is_none() && found.num_id.is_some() {
                num_id.clone_from(&found.num_id);
                from_style = Some(id.clone());
            }
            if level.is_none() && num_id.is_some() {
                level = found.level;
            }
            next.clone_from(&found.based_on);
        }
        let num_id = num_id.filter(|id| id != "0")?;
        let num = self.nums.get(&num_id)?;
        let levels = self.abstracts.get(&num.abstract_id)?;
        let level_of = |at: usize| num.overrides.get(&at).or_else(|| levels.get(at));
        // A style-numbered paragraph without a level takes the level that
        // names its style (outline-numbered headings), else the first.
        let level = level
            .or_else(|| {
                let style = from_style.as_deref().or(style)?;
                levels.iter().position(|l| l.style.as_deref() == Some(style))
            })
            .unwrap_or(0)
            .min(8);
        let this = level_of(level)?;
        // Lists with start overrides count on their own; others share the
        // counters of their abstract definition, as Word does.
        let key = if num.starts.is_empty() { format!("a{}", num.abstract_id) } else { format!("n{num_id}") };
        let start = |at: usize| num.starts.get(&at).copied().or_else(|| level_of(at).map(|l| l.start)).unwrap_or(0);
        let counters = self.counters.entry(key).or_default();
        let value = counters.values[level].map_or(start(level), |v| v.saturating_add(1));
        counters.values[level] = Some(value);
        for deeper in level + 1..9 {
            let restarts = level_of(deeper).is_none_or(|l| l.restart.is_none_or(|r| level < r));
            if restarts {
                counters.values[deeper] = None;
            }
        }
        let values = counters.values;
        let mut label = String::new();
        let mut rest = this.text.as_str();
        while let Some(at) = rest.find('%') {
            label.push_str(&rest[..at]);
            let digit = rest[at + 1..].chars().next().and_then(|c| c.to_digit(10));
            match digit.and_then(|d| usize::try_from(d).ok()).filter(|d| (1..=9).contains(d)) {
                Some(d) => {
                    let shown = level_of(d - 1);
                    let value = values[d - 1].unwrap_or_else(|| start(d - 1));
                    let format = if this.legal { "decimal" } else { shown.map_or("decimal", |l| l.format.as_str()) };
                    label.push_str(&format_number(value, format));
                    rest = &rest[at + 2..];
                }
                None => {
                    label.push('%');
                    rest = &rest[at + 1..];
                }
            }
        }
        label.push_str(rest);
        if this.format == "bullet" {
            label = label.chars().map(|c| if ('\u{e000}'..='\u{f8ff}').contains(&c) { '•' } else { c }).collect();
        }
        if label.is_empty() {
            return None;
        }
        match this.suffix.as_str() {
            "space" => label.push(' '),
            "nothing" => {}
            _ => label.push('\t'),
        }
        Some(label)
    }
}

/// A counter's value in a `w:numFmt`.
pub(crate) fn format_number(value: u32, format: &str) -> String {
    match format {
        "none" | "bullet" => String::new(),
        "decimalZero" if value < 10 => format!("0{value}"),
        "lowerLetter" | "upperLetter" if value > 0 => {
            // Word's letters: a … z, aa … zz, aaa …
            let letter = char::from(b'a' + u8::try_from((value - 1) % 26).unwrap_or(0));
            let repeat = usize::try_from((value - 1) / 26 + 1).unwrap_or(1).min(50);
            let letters: String = std::iter::repeat_n(letter, repeat).collect();
            if format == "upperLetter" { letters.to_ascii_uppercase() } else { letters }
        }
        "lowerRoman" | "upperRoman" if (1..4000).contains(&value) => {
            let roman = roman(value);
            if format == "lowerRoman" { roman.to_ascii_lowercase() } else { roman }
        }
        _ => value.to_string(),
    }
}

fn roman(mut value: u32) -> String {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (size, digits) in DIGITS {
        while value >= size {
            out.push_str(digits);
            value -= size;
        }
    }
    out
}
