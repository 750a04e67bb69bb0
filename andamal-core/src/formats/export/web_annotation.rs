//! The annotations as W3C Web Annotations (JSON-LD), for other annotation
//! tools and for archiving, with the texts alongside so that a file opens
//! again here: [`import_web_annotation`] reads back exactly what
//! [`export_web_annotation`] writes.
//!
//! The document is an `AnnotationCollection` whose one page holds every
//! annotation: its `target` is side `"A"` or `"B"` with a
//! `TextQuoteSelector` (the quote with up to 32 bytes of context) and a
//! `TextPositionSelector` (counted in code points, as the model counts, not in
//! the core's bytes); its `body` holds one `TextualBody` per theme (purpose
//! `tagging`, the theme's id as value) and the note (purpose `commenting`).
//! A pair note is an annotation with two targets, one on each side. What the
//! model has no term for (the texts and names, the compared ranges, folds,
//! custom themes, hidden themes) sits beside the page under plain keys.
//!
//! On import positions are checked against the quote; if they disagree (the
//! file was edited by hand or by another tool), the quote and its context find
//! the text again ([`crate::notes::anchor`]), and what cannot be found is refused.
//!
//! ```
//! use andamal_core::formats::export::web_annotation::{export_web_annotation, import_web_annotation};
//! use andamal_core::formats::share::{Shared, SharedAnnotation, SharedSide};
//! use andamal_core::notes::theme_ref::ThemeRef;
//! use andamal_core::Span;
//! let side = |text: &str| SharedSide { text: text.into(), ..SharedSide::default() };
//! let shared = Shared {
//!     sides: [side("Förbundet är en arena."), side("Förbundet ska främja.")],
//!     annotations: vec![SharedAnnotation {
//!         side: 0,
//!         span: Span::new(18, 23),
//!         themes: vec![ThemeRef::BuiltIn("arena")],
//!         note: "Mötesplats".into(),
//!         author: "AB".into(),
//!     }],
//!     ..Shared::default()
//! };
//! let json = export_web_annotation(&shared);
//! assert!(json.contains(r#""start": 16,"#), "ö and ä count one each");
//! assert_eq!(import_web_annotation(&json).unwrap(), shared);
//! ```

use serde::{Deserialize, Serialize};

use crate::formats::share::v1::{MAX_NAME_BYTES, MAX_NOTE_BYTES, validate};
use crate::formats::share::{
    LinkError, MAX_SAVED_TEXT_BYTES, MAX_SIDE_BYTES, PairNote, Shared, SharedAnnotation, SharedSide,
};
use crate::notes::anchor::Anchor;
use crate::notes::theme_ref::{CustomTheme, PALETTE, ThemeRef};
use crate::notes::themes::CATALOGUE;
use crate::statute::selection::Choice;
use crate::{Folds, Span};

/// A file may be this large: the texts with some JSON escaping, the quotes
/// and notes of the annotations.
pub const MAX_FILE_BYTES: usize = 4 * (MAX_SAVED_TEXT_BYTES + 512 * 1024);

/// A file may hold this many annotations and pair notes; each may need a
/// search through its text.
pub const MAX_ITEMS: usize = 10_000;

const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
const SIDE_IDS: [&str; 2] = ["A", "B"];

/// Why a file could not be imported. [`ImportError::message`] says it in Swedish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all (the parser's reason).
    NotJson(String),
    /// JSON, but not a collection this tool wrote (what was missing or wrong).
    NotAnExport(String),
    /// More than a comparison may hold.
    TooLarge,
    /// A theme id that is neither built in nor one of the file's own.
    UnknownTheme(String),
    /// An annotation whose quote is not in its side's text.
    QuoteNotFound { side: u8, exact: String },
    /// Offsets or themes that do not fit the texts.
    Invalid(String),
}

impl ImportError {
    /// The sentence a user reads.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            ImportError::NotJson(_) => "Filen är inte en JSON-fil och kan inte öppnas.".to_owned(),
            ImportError::NotAnExport(_) => {
                "Filen är inte en export av anteckningar från Ändamålsjämföraren.".to_owned()
            }
            ImportError::TooLarge => "Filen innehåller mer än en jämförelse kan rymma.".to_owned(),
            ImportError::UnknownTheme(id) => format!("Filen använder ett tema som inte finns: ”{id}”."),
            ImportError::QuoteNotFound { side, exact } => {
                let quote: String = exact.chars().take(60).collect();
                let more = if quote.len() < exact.len() { " …" } else { "" };
                let side = SIDE_IDS.get(usize::from(*side)).unwrap_or(&"?");
                format!("En anteckning i {side} hittas inte i texten: ”{quote}{more}”.")
            }
            ImportError::Invalid(_) => "Filen är skadad och kan inte öppnas.".to_owned(),
        }
    }
}

/// The collection for `shared`, as pretty-printed JSON with a stable key order.
#[must_use]
pub fn export_web_annotation(shared: &Shared) -> String {
    let texts = [0, 1].map(|i| Indexed::new(&shared.sides[i].text));
    let mut items: Vec<Annotation> = shared
        .annotations
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let side = usize::from(a.side.min(1));
            let mut body: Vec<Body> = a.themes.iter().map(|t| Body::new("tagging", t.id())).collect();
            if !a.note.is_empty() {
                body.push(Body::new("commenting", a.note.clone()));
            }
            let motivation = match (a.note.is_empty(), a.themes.is_empty()) {
                (false, _) => "commenting",
                (true, false) => "tagging",
                (true, true) => "highlighting",
            };
            Annotation::new(
                format!("#a{}", i + 1),
                motivation,
                &a.author,
                body,
                Targets::One(target(&texts, side, a.span)),
            )
        })
        .collect();
    items.extend(shared.pair_notes.iter().enumerate().map(|(i, p)| {
        let body = if p.note.is_empty() { Vec::new() } else { vec![Body::new("commenting", p.note.clone())] };
        let targets = Targets::Two([target(&texts, 0, p.a), target(&texts, 1, p.b)]);
        Annotation::new(format!("#p{}", i + 1), "commenting", &p.author, body, targets)
    }));
    let document = Collection {
        context: CONTEXT.to_owned(),
        kind: "AnnotationCollection".to_owned(),
        label: shared.title.clone(),
        total: items.len(),
        sides: [0, 1].map(|i| {
            let side = &shared.sides[i];
            SideJson {
                id: SIDE_IDS[i].to_owned(),
                label: side.name.clone(),
                value: side.text.clone(),
                choice: ChoiceJson::of(side.choice, &texts[i]),
            }
        }),
        folds: shared.folds,
        themes: shared
            .themes
            .iter()
            .map(|t| ThemeJson { id: format!("u{}", t.number), label: t.name.clone(), colour: t.colour })
            .collect(),
        hidden: shared.hidden.iter().map(|id| (*id).to_owned()).collect(),
        first: Page { kind: "AnnotationPage".to_owned(), items },
    };
    // Only strings, numbers and derived structs: serialising cannot fail.
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// Reads a collection written by [`export_web_annotation`] (or edited since),
/// validated as strictly as a share link.
///
/// # Errors
/// An [`ImportError`] saying what is wrong; nothing is partially imported.
pub fn import_web_annotation(json: &str) -> Result<Shared, ImportError> {
    if json.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let document: Collection = serde_json::from_str(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ImportError::NotAnExport(e.to_string()),
        _ => ImportError::NotJson(e.to_string()),
    })?;
    if document.kind != "AnnotationCollection" {
        return Err(ImportError::NotAnExport(format!("type {}", document.kind)));
    }
    let mut shared =
        Shared { title: capped(document.label, MAX_NAME_BYTES)?, folds: document.folds, ..Shared::default() };
    for (i, side) in document.sides.into_iter().enumerate() {
        if side.id != SIDE_IDS[i] {
            return Err(ImportError::NotAnExport(format!("side {} is {}", SIDE_IDS[i], side.id)));
        }
        if side.value.len() > MAX_SIDE_BYTES {
            return Err(ImportError::TooLarge);
        }
        let choice = side.choice.to_choice(&Indexed::new(&side.value))?;
        shared.sides[i] = SharedSide { name: capped(side.label, MAX_NAME_BYTES)?, text: side.value, choice };
    }
    for theme in document.themes {
        let number =
            theme.id.strip_prefix('u').and_then(|n| n.parse().ok()).ok_or(ImportError::UnknownTheme(theme.id))?;
        if theme.colour >= PALETTE {
            return Err(ImportError::Invalid(format!("colour {}", theme.colour)));
        }
        shared.themes.push(CustomTheme { number, name: capped(theme.label, MAX_NAME_BYTES)?, colour: theme.colour });
    }
    for id in document.hidden {
        shared.hidden.push(built_in(&id).ok_or(ImportError::UnknownTheme(id))?);
    }
    if document.first.items.len() > MAX_ITEMS {
        return Err(ImportError::TooLarge);
    }
    let [a, b] = &shared.sides;
    let texts = [Indexed::new(&a.text), Indexed::new(&b.text)];
    let mut annotations = Vec::new();
    let mut pair_notes = Vec::new();
    for item in document.first.items {
        match read_item(&texts, item)? {
            Item::Annotation(a) => annotations.push(a),
            Item::PairNote(p) => pair_notes.push(p),
        }
    }
    (shared.annotations, shared.pair_notes) = (annotations, pair_notes);
    validate(&shared, MAX_SAVED_TEXT_BYTES).map_err(|e| match e {
        LinkError::TooLarge => ImportError::TooLarge,
        LinkError::Damaged(why) => ImportError::Invalid(why),
        other => ImportError::Invalid(format!("{other:?}")),
    })?;
    Ok(shared)
}

enum Item {
    Annotation(SharedAnnotation),
    PairNote(PairNote),
}

/// One annotation, or a pair note (two targets: A, then B).
fn read_item(texts: &[Indexed<'_>; 2], item: Annotation) -> Result<Item, ImportError> {
    let author = capped(item.creator.map(|c| c.nickname).unwrap_or_default(), MAX_NAME_BYTES)?;
    let mut themes = Vec::new();
    let mut notes = Vec::new();
    for body in item.body {
        match body.purpose.as_str() {
            "tagging" => themes.push(theme_ref(&body.value)?),
            "commenting" | "describing" => notes.push(body.value),
            other => return Err(ImportError::NotAnExport(format!("body purpose {other}"))),
        }
    }
    let note = capped(notes.join("\n\n"), MAX_NOTE_BYTES)?;
    match item.target {
        Targets::One(target) => {
            let side = side_of(&target)?;
            let span = locate(texts, side, &target)?;
            let side = u8::try_from(side).unwrap_or(0);
            Ok(Item::Annotation(SharedAnnotation { side, span, themes, note, author }))
        }
        Targets::Two([a, b]) => {
            if side_of(&a)? != 0 || side_of(&b)? != 1 || !themes.is_empty() {
                return Err(ImportError::NotAnExport("a pair note targets A, then B, and has no themes".into()));
            }
            let (a, b) = (locate(texts, 0, &a)?, locate(texts, 1, &b)?);
            Ok(Item::PairNote(PairNote { a, b, note, author }))
        }
    }
}

fn side_of(target: &Target) -> Result<usize, ImportError> {
    SIDE_IDS
        .iter()
        .position(|id| *id == target.source)
        .ok_or_else(|| ImportError::NotAnExport(format!("source {}", target.source)))
}

/// Where a target's selectors point in its side's text: the position if the
/// quote is there (or there is no quote), else wherever the quote is found.
fn locate(texts: &[Indexed<'_>; 2], side: usize, target: &Target) -> Result<Span, ImportError> {
    let text = &texts[side];
    let mut quote = None;
    let mut position = None;
    for selector in &target.selector {
        match selector {
            Selector::TextQuoteSelector { exact, prefix, suffix } => quote = Some((exact, prefix, suffix)),
            Selector::TextPositionSelector { start, end } => {
                position = match (text.byte(*start), text.byte(*end)) {
                    (Some(s), Some(e)) if s <= e => Some(Span::new(s, e)),
                    _ => None,
                };
            }
        }
    }
    match quote {
        Some((exact, _, _)) if exact.is_empty() => {
            position.filter(|p| p.is_empty()).ok_or_else(|| ImportError::Invalid("empty quote, no position".into()))
        }
        Some((exact, prefix, suffix)) => {
            let anchor = Anchor {
                exact: exact.clone(),
                prefix: prefix.clone(),
                suffix: suffix.clone(),
                position: position.unwrap_or_default(),
            };
            anchor.resolve(text.text).ok_or_else(|| ImportError::QuoteNotFound {
                side: u8::try_from(side).unwrap_or(0),
                exact: exact.clone(),
            })
        }
        None => position.ok_or_else(|| ImportError::Invalid("a target without a usable selector".into())),
    }
}

fn target(texts: &[Indexed<'_>; 2], side: usize, span: Span) -> Target {
    let text = &texts[side];
    let anchor = Anchor::new(text.text, span);
    Target {
        source: SIDE_IDS[side].to_owned(),
        selector: vec![
            Selector::TextQuoteSelector { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
            Selector::TextPositionSelector { start: text.code_point(span.start), end: text.code_point(span.end) },
        ],
    }
}

/// A text with the byte offset of each code point, so that converting many
/// positions stays cheap (`anchor::code_points` walks the text each time).
struct Indexed<'t> {
    text: &'t str,
    /// The start of every char, then the text's length.
    starts: Vec<usize>,
}

impl<'t> Indexed<'t> {
    fn new(text: &'t str) -> Indexed<'t> {
        Indexed { text, starts: text.char_indices().map(|(i, _)| i).chain([text.len()]).collect() }
    }

    /// The code points before `byte` (inside a char: those before that char).
    fn code_point(&self, byte: usize) -> usize {
        self.starts.partition_point(|&s| s <= byte).saturating_sub(1)
    }

    /// The byte offset of code point `n`, `None` past the end.
    fn byte(&self, n: usize) -> Option<usize> {
        self.starts.get(n).copied()
    }
}

fn built_in(id: &str) -> Option<&'static str> {
    CATALOGUE.iter().find(|t| t.id == id).map(|t| t.id)
}

/// "arena" or "u3" as a theme reference; custom numbers are checked once all
/// themes are read.
fn theme_ref(id: &str) -> Result<ThemeRef, ImportError> {
    if let Some(id) = built_in(id) {
        return Ok(ThemeRef::BuiltIn(id));
    }
    id.strip_prefix('u')
        .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| n.parse().ok())
        .map(ThemeRef::Custom)
        .ok_or_else(|| ImportError::UnknownTheme(id.to_owned()))
}

fn capped(s: String, max: usize) -> Result<String, ImportError> {
    if s.len() > max { Err(ImportError::TooLarge) } else { Ok(s) }
}

/// The document. Field order is output order.
#[derive(Debug, Serialize, Deserialize)]
struct Collection {
    #[serde(rename = "@context")]
    context: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    label: String,
    total: usize,
    sides: [SideJson; 2],
    #[serde(default)]
    folds: Folds,
    #[serde(default)]
    themes: Vec<ThemeJson>,
    #[serde(default)]
    hidden: Vec<String>,
    first: Page,
}

#[derive(Debug, Serialize, Deserialize)]
struct SideJson {
    id: String,
    label: String,
    value: String,
    choice: ChoiceJson,
}

/// The compared range; offsets in code points, like the selectors.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum ChoiceJson {
    Auto,
    Candidate { start: usize },
    Manual { start: usize, end: usize },
}

impl ChoiceJson {
    fn of(choice: Choice, text: &Indexed<'_>) -> ChoiceJson {
        match choice {
            Choice::Auto => ChoiceJson::Auto,
            Choice::Candidate(start) => ChoiceJson::Candidate { start: text.code_point(start) },
            Choice::Manual(span) => {
                ChoiceJson::Manual { start: text.code_point(span.start), end: text.code_point(span.end) }
            }
        }
    }

    fn to_choice(&self, text: &Indexed<'_>) -> Result<Choice, ImportError> {
        let byte = |n: usize| text.byte(n).ok_or_else(|| ImportError::Invalid("choice".into()));
        Ok(match *self {
            ChoiceJson::Auto => Choice::Auto,
            ChoiceJson::Candidate { start } => Choice::Candidate(byte(start)?),
            ChoiceJson::Manual { start, end } => Choice::Manual(Span { start: byte(start)?, end: byte(end)? }),
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct ThemeJson {
    id: String,
    label: String,
    colour: u8,
}

#[derive(Debug, Serialize, Deserialize)]
struct Page {
    #[serde(rename = "type")]
    kind: String,
    items: Vec<Annotation>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Annotation {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    motivation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    creator: Option<Agent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    body: Vec<Body>,
    target: Targets,
}

impl Annotation {
    fn new(id: String, motivation: &str, author: &str, body: Vec<Body>, target: Targets) -> Annotation {
        let creator = (!author.is_empty()).then(|| Agent { kind: "Person".to_owned(), nickname: author.to_owned() });
        Annotation { id, kind: "Annotation".to_owned(), motivation: motivation.to_owned(), creator, body, target }
    }
}

/// The author's initials.
#[derive(Debug, Serialize, Deserialize)]
struct Agent {
    #[serde(rename = "type")]
    kind: String,
    nickname: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct Body {
    #[serde(rename = "type")]
    kind: String,
    purpose: String,
    value: String,
}

impl Body {
    fn new(purpose: &str, value: String) -> Body {
        Body { kind: "TextualBody".to_owned(), purpose: purpose.to_owned(), value }
    }
}

/// One side for an annotation, both for a pair note.
#[derive(Debug, Serialize, Deserialize)]
#[serde(untagged)]
enum Targets {
    One(Target),
    Two([Target; 2]),
}

#[derive(Debug, Serialize, Deserialize)]
struct Target {
    source: String,
    selector: Vec<Selector>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type")]
enum Selector {
    TextQuoteSelector { exact: String, prefix: String, suffix: String },
    TextPositionSelector { start: usize, end: usize },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::export::tests::annotated_seed;

    fn seed_json() -> (Shared, serde_json::Value) {
        let shared = annotated_seed();
        let json = export_web_annotation(&shared);
        (shared, serde_json::from_str(&json).unwrap())
    }

    #[test]
    fn files_carry_what_a_link_cannot() {
        // 3 MB a side: the whole documents of a big comparison, more than a link's 2 MB.
        let mut shared = annotated_seed();
        for side in &mut shared.sides {
            side.text.push_str(&"Styrelsen sammanträder. ".repeat(3_000_000 / 24));
        }
        assert_eq!(import_web_annotation(&export_web_annotation(&shared)), Ok(shared.clone()));
        shared.sides[0].text.push_str(&"x".repeat(MAX_SIDE_BYTES));
        assert_eq!(import_web_annotation(&export_web_annotation(&shared)), Err(ImportError::TooLarge));
    }

    #[test]
    fn the_seed_round_trips_and_reads_as_web_annotation() {
        let (shared, v) = seed_json();
        assert_eq!(import_web_annotation(&export_web_annotation(&shared)), Ok(shared.clone()));
        assert_eq!(v["@context"], CONTEXT);
        assert_eq!(v["type"], "AnnotationCollection");
        assert_eq!(v["total"], 3);
        let first = &v["first"]["items"][0];
        assert_eq!(first["motivation"], "commenting");
        assert_eq!(first["creator"]["nickname"], "AB");
        assert_eq!(
            first["body"][0],
            serde_json::json!({"type": "TextualBody", "purpose": "tagging", "value": "arena"})
        );
        assert_eq!(first["body"][1]["value"], "u1");
        assert_eq!(first["body"][2]["purpose"], "commenting");
        assert_eq!(first["target"]["source"], "A");
        assert_eq!(first["target"]["selector"][0]["exact"], "arena");
        let text = &shared.sides[0].text;
        let start = usize::try_from(first["target"]["selector"][1]["start"].as_u64().unwrap()).unwrap();
        assert_eq!(text.chars().skip(start).take(5).collect::<String>(), "arena", "positions count code points");
        let pair = &v["first"]["items"][2];
        assert_eq!(pair["target"][1]["source"], "B");
        assert_eq!(v["themes"][0], serde_json::json!({"id": "u1", "label": "Politisk *samordning*", "colour": 3}));
    }

    #[test]
    fn output_is_deterministic_with_a_stable_key_order() {
        let shared = annotated_seed();
        let json = export_web_annotation(&shared);
        assert_eq!(json, export_web_annotation(&shared.clone()));
        let keys: Vec<&str> = ["\"@context\"", "\"type\"", "\"label\"", "\"total\"", "\"sides\"", "\"first\""]
            .into_iter()
            .filter(|k| json.contains(k))
            .collect();
        let mut by_position = keys.clone();
        by_position.sort_by_key(|k| json.find(k));
        assert_eq!(keys, by_position);
    }

    #[test]
    fn wrong_positions_are_found_again_by_the_quote() {
        let (shared, mut v) = seed_json();
        v["first"]["items"][0]["target"]["selector"][1] =
            serde_json::json!({"type": "TextPositionSelector", "start": 3, "end": 8});
        assert_eq!(import_web_annotation(&v.to_string()), Ok(shared.clone()));
        // Without positions at all, the quote and its context suffice.
        v["first"]["items"][1]["target"]["selector"].as_array_mut().unwrap().pop();
        assert_eq!(import_web_annotation(&v.to_string()), Ok(shared));
    }

    #[test]
    fn what_does_not_fit_is_refused_with_a_reason() {
        let (_, v) = seed_json();
        let import = |edit: &dyn Fn(&mut serde_json::Value)| {
            let mut v = v.clone();
            edit(&mut v);
            import_web_annotation(&v.to_string())
        };
        assert_eq!(
            import(&|v| v["first"]["items"][0]["target"]["selector"][0]["exact"] = "inte där".into()),
            Err(ImportError::QuoteNotFound { side: 0, exact: "inte där".into() })
        );
        assert_eq!(
            import(&|v| v["first"]["items"][0]["body"][0]["value"] = "okänt".into()),
            Err(ImportError::UnknownTheme("okänt".into()))
        );
        assert!(matches!(
            import(&|v| v["first"]["items"][0]["body"][1]["value"] = "u2".into()),
            Err(ImportError::Invalid(_))
        ));
        assert!(matches!(import(&|v| v["type"] = "Annotation".into()), Err(ImportError::NotAnExport(_))));
        assert!(matches!(import(&|v| v["sides"][0]["id"] = "B".into()), Err(ImportError::NotAnExport(_))));
        assert!(matches!(
            import(&|v| v["first"]["items"][1]["target"]["selector"] = serde_json::json!([
                {"type": "TextPositionSelector", "start": 5, "end": 100_000}
            ])),
            Err(ImportError::Invalid(_))
        ));
        assert_eq!(import(&|v| v["label"] = "x".repeat(MAX_NAME_BYTES + 1).into()), Err(ImportError::TooLarge));
        assert!(matches!(import_web_annotation("{\"type\": "), Err(ImportError::NotJson(_))));
        assert_eq!(import_web_annotation(&" ".repeat(MAX_FILE_BYTES + 1)), Err(ImportError::TooLarge));
    }

    #[test]
    fn the_index_agrees_with_anchor_code_points() {
        let text = "å😀a\n§";
        let indexed = Indexed::new(text);
        for byte in 0..=text.len() + 2 {
            assert_eq!(
                indexed.code_point(byte),
                crate::notes::anchor::code_points(text, byte.min(text.len())),
                "{byte}"
            );
        }
        assert_eq!(indexed.byte(2), Some("å😀".len()));
        assert_eq!(indexed.byte(5), Some(text.len()));
        assert_eq!(indexed.byte(6), None);
    }

    #[test]
    fn messages_are_swedish_sentences() {
        let quote = ImportError::QuoteNotFound { side: 1, exact: "å".repeat(70) };
        assert_eq!(quote.message(), format!("En anteckning i B hittas inte i texten: ”{} …”.", "å".repeat(60)));
        for e in [
            ImportError::NotJson(String::new()),
            ImportError::NotAnExport(String::new()),
            ImportError::TooLarge,
            ImportError::UnknownTheme("x".into()),
            ImportError::Invalid(String::new()),
        ] {
            assert!(e.message().ends_with('.'), "{e:?}");
        }
    }
}
