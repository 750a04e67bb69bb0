//! The landscape as a file (`.andamal.json`): the documents as the user gave
//! them (name, whole text, which clause), so a landscape opens again exactly,
//! on another device too, with no server.
//!
//! A landscape is many documents, not a pair, so it has a shape of its own
//! beside the comparison file (Web Annotation JSON, [`super::web_annotation`]):
//! `{"andamal": "landskap", "version": 1, "title": …, "folds": …,
//! "documents": [{"name": …, "text": …, "choice": …}, …]}`. The grouping is
//! not stored: it is recomputed from the texts, so a file can never disagree
//! with them. [`read_landscape`] also opens a comparison file, as a landscape
//! of its two documents, so the old files still open here.
//!
//! ```
//! use andamal_core::formats::export::landscape_file::{LandscapeWork, WorkDocument, read_landscape, write_landscape};
//! let work = LandscapeWork {
//!     title: "Nätverksträff".into(),
//!     documents: vec![WorkDocument { name: "Umeå".into(), text: "4 § Ändamål\nFörbundet ska stödja.".into(), ..Default::default() }],
//!     ..Default::default()
//! };
//! assert_eq!(read_landscape(&write_landscape(&work)), Ok(work));
//! ```

use serde::{Deserialize, Serialize};

use crate::Folds;
use crate::diff::landscape::MAX_DOCUMENTS;
use crate::statute::selection::Choice;

/// What marks a landscape file.
const KIND: &str = "landskap";
/// The version this code writes and reads.
const VERSION: u32 = 1;
/// At most this much text in one landscape file (100 documents of 1 MB).
pub const MAX_FILE_TEXT: usize = 100 << 20;

/// One document of a landscape, as the user gave it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WorkDocument {
    /// "Umeåregionen 2019" (the file's name when opened from a file).
    pub name: String,
    /// The whole text, exactly as given.
    pub text: String,
    /// Which clause is its ändamål: the finder's, another candidate, a marked range.
    #[serde(default)]
    pub choice: Choice,
}

/// A landscape's documents and settings: what its file holds.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LandscapeWork {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub folds: Folds,
    pub documents: Vec<WorkDocument>,
}

#[derive(Serialize, Deserialize)]
struct File {
    andamal: String,
    version: u32,
    #[serde(flatten)]
    work: LandscapeWork,
}

/// Why a landscape file could not be opened. [`LandscapeFileError::message`]
/// says it in Swedish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LandscapeFileError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but neither a landscape nor a comparison file of this tool.
    NotOurs,
    /// Written by a newer version.
    NewerVersion(u32),
    /// More documents than a landscape holds.
    TooMany(usize),
    /// More text than a landscape file holds.
    TooLarge,
    /// A marked range that does not fit its document.
    Invalid,
}

impl LandscapeFileError {
    /// The sentence a user reads.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            LandscapeFileError::NotJson => "Filen är inte en JSON-fil och kan inte öppnas.".to_owned(),
            LandscapeFileError::NotOurs => {
                "Filen är varken ett landskap eller en jämförelse från Ändamålsjämföraren.".to_owned()
            }
            LandscapeFileError::NewerVersion(v) => {
                format!(
                    "Filen är sparad av en nyare version av Ändamålsjämföraren (version {v}). Ladda om sidan och försök igen."
                )
            }
            LandscapeFileError::TooMany(n) => {
                format!("Filen har {n} dokument; ett landskap rymmer högst {MAX_DOCUMENTS}.")
            }
            LandscapeFileError::TooLarge => "Filen innehåller mer text än ett landskap kan rymma.".to_owned(),
            LandscapeFileError::Invalid => "Filen är skadad och kan inte öppnas.".to_owned(),
        }
    }
}

/// The landscape file for `work`, pretty-printed.
#[must_use]
pub fn write_landscape(work: &LandscapeWork) -> String {
    let file = File { andamal: KIND.to_owned(), version: VERSION, work: work.clone() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A landscape file read back; a comparison file (Web Annotation JSON)
/// opens as a landscape of its two documents.
///
/// # Errors
/// See [`LandscapeFileError`].
pub fn read_landscape(json: &str) -> Result<LandscapeWork, LandscapeFileError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|_| LandscapeFileError::NotJson)?;
    if value.get("andamal").and_then(serde_json::Value::as_str) != Some(KIND) {
        let shared = super::web_annotation::import_web_annotation(json).map_err(|_| LandscapeFileError::NotOurs)?;
        let documents = shared
            .sides
            .into_iter()
            .map(|side| WorkDocument { name: side.name, text: side.text, choice: side.choice })
            .collect();
        return Ok(LandscapeWork { title: shared.title, folds: shared.folds, documents });
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(LandscapeFileError::NewerVersion(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    let file: File = serde_json::from_value(value).map_err(|_| LandscapeFileError::NotOurs)?;
    let work = file.work;
    if work.documents.len() > MAX_DOCUMENTS {
        return Err(LandscapeFileError::TooMany(work.documents.len()));
    }
    if work.documents.iter().map(|d| d.text.len()).sum::<usize>() > MAX_FILE_TEXT {
        return Err(LandscapeFileError::TooLarge);
    }
    let fits = |d: &WorkDocument| match d.choice {
        Choice::Manual(s) => {
            s.start <= s.end
                && s.end <= d.text.len()
                && d.text.is_char_boundary(s.start)
                && d.text.is_char_boundary(s.end)
        }
        Choice::Candidate(start) => start <= d.text.len(),
        Choice::Auto => true,
    };
    if !work.documents.iter().all(fits) {
        return Err(LandscapeFileError::Invalid);
    }
    Ok(work)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;
    use crate::sample::{OSTRA_OSTERGOTLAND_2017, UMEAREGIONEN_2019};

    fn work() -> LandscapeWork {
        let doc = |name: &str, text: &str, choice| WorkDocument { name: name.into(), text: text.into(), choice };
        LandscapeWork {
            title: "Nätverksträff \"höst\"".into(),
            folds: Folds { case: true, skall: true, ocr: false },
            documents: vec![
                doc("Östra Östergötland 2017", OSTRA_OSTERGOTLAND_2017, Choice::Auto),
                doc("Umeåregionen 2019", UMEAREGIONEN_2019, Choice::Manual(Span::new(2, 40))),
                doc("Tom", "", Choice::Candidate(0)),
            ],
        }
    }

    #[test]
    fn a_landscape_round_trips_exactly() {
        let json = write_landscape(&work());
        assert!(json.contains("\"andamal\": \"landskap\""), "{json}");
        assert_eq!(read_landscape(&json), Ok(work()));
    }

    #[test]
    fn a_comparison_file_opens_as_a_landscape_of_two() {
        let shared = crate::formats::export::tests::annotated_seed();
        let json = super::super::web_annotation::export_web_annotation(&shared);
        let work = read_landscape(&json).unwrap();
        let names: Vec<&str> = work.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["Östra Östergötland 2017", "Umeåregionen 2019"]);
        assert_eq!(work.documents[1].text, shared.sides[1].text);
        assert_eq!(work.title, "Workshop 15 juni");
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        assert_eq!(read_landscape("{"), Err(LandscapeFileError::NotJson));
        assert_eq!(read_landscape("{\"a\": 1}"), Err(LandscapeFileError::NotOurs));
        let newer = write_landscape(&work()).replace("\"version\": 1", "\"version\": 7");
        assert_eq!(read_landscape(&newer), Err(LandscapeFileError::NewerVersion(7)));
        let mut many = work();
        many.documents = vec![WorkDocument::default(); MAX_DOCUMENTS + 1];
        assert_eq!(read_landscape(&write_landscape(&many)), Err(LandscapeFileError::TooMany(101)));
        let mut outside = work();
        outside.documents[1].choice = Choice::Manual(Span::new(0, 1_000_000));
        assert_eq!(read_landscape(&write_landscape(&outside)), Err(LandscapeFileError::Invalid));
        assert!(LandscapeFileError::TooMany(101).message().contains("högst 100"));
    }
}
