//! What the finder found, as a plain value that can cross to a web worker.
//!
//! A [`Finding`](crate::statute::finder::Finding) holds the whole parsed
//! [`Document`](crate::statute::structure::Document); the page needs only the ranked
//! candidates, how sure the finder is, and the document's headings for its
//! outline. [`Found::of`] keeps exactly that, so the finder (structure,
//! headings, scoring) can run in the worker and the page's wasm carries none
//! of it: the page selects its range from a `Found` with
//! [`select_found`](crate::statute::selection::select_found).
//!
//! ```
//! use andamal_core::{Folds, statute::found::Found, statute::finder::find};
//! let text = "3 § Medlemmar\nKommunerna.\n\n4 § Förbundets ändamål\nFörbundet ska stödja samverkan.";
//! let found = Found::of(&find(text, Folds::default()));
//! assert!(found.found);
//! assert_eq!(found.candidates[0].heading.as_deref(), Some("4 § Förbundets ändamål"));
//! assert_eq!(found.candidates[0].number.as_deref(), Some("4"));
//! assert_eq!(found.headings.len(), 2);
//! ```

use serde::{Deserialize, Serialize};

use crate::Span;
use crate::statute::finder::{Confidence, Finding, Reason};

/// One candidate section, with what selecting it needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pick {
    /// The heading as written, trimmed.
    pub heading: Option<String>,
    /// Where the heading starts (= `start` without a heading).
    pub section_start: usize,
    pub start: usize,
    pub end: usize,
    /// The section number from the heading ("4"), for clause addresses.
    pub number: Option<String>,
    #[serde(with = "reasons")]
    pub reasons: Vec<Reason>,
}

impl Pick {
    /// The candidate's text range.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A finding without its document.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Found {
    pub found: bool,
    /// Whether the finder is sure (`Confidence::High`).
    pub sure: bool,
    /// At most 10, best first; `candidates[0]` is the chosen one when `found`.
    pub candidates: Vec<Pick>,
    /// Every heading of the document, in order: the outline.
    pub headings: Vec<Span>,
}

impl Found {
    /// Keeps what the page shows of a finding.
    #[must_use]
    pub fn of(finding: &Finding) -> Found {
        let candidates = finding
            .candidates
            .iter()
            .map(|c| Pick {
                heading: c.heading.clone(),
                section_start: c.section_start,
                start: c.start,
                end: c.end,
                number: c.number(&finding.document).map(str::to_owned),
                reasons: c.reasons.clone(),
            })
            .collect();
        let headings = finding.document.sections.iter().filter_map(|s| Some(s.heading.as_ref()?.span)).collect();
        Found { found: finding.found, sure: finding.confidence == Confidence::High, candidates, headings }
    }

    /// The chosen candidate, if any.
    #[must_use]
    pub fn chosen(&self) -> Option<&Pick> {
        if self.found { self.candidates.first() } else { None }
    }

    /// How sure the finder is.
    #[must_use]
    pub fn confidence(&self) -> Confidence {
        if self.sure { Confidence::High } else { Confidence::Low }
    }
}

/// The finder's reasons cross as small numbers: [`Reason`] is the finder's
/// type and has no `Deserialize` of its own.
mod reasons {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::statute::finder::Reason;

    /// Every reason, in the order of their numbers.
    pub(super) const ALL: [Reason; 8] = [
        Reason::HeadingAndamal,
        Reason::HeadingSyfte,
        Reason::DefiningWording,
        Reason::MandateWording,
        Reason::Paraphrase,
        Reason::TypicalPosition,
        Reason::WholeText,
        Reason::BordersGuessed,
    ];

    /// A reason's number: a new reason fails to compile here until it is given one.
    pub(super) fn code(reason: Reason) -> u8 {
        match reason {
            Reason::HeadingAndamal => 0,
            Reason::HeadingSyfte => 1,
            Reason::DefiningWording => 2,
            Reason::MandateWording => 3,
            Reason::Paraphrase => 4,
            Reason::TypicalPosition => 5,
            Reason::WholeText => 6,
            Reason::BordersGuessed => 7,
        }
    }

    pub(super) fn serialize<S: Serializer>(reasons: &[Reason], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(reasons.iter().map(|&r| code(r)))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Reason>, D::Error> {
        let codes = Vec::<u8>::deserialize(d)?;
        Ok(codes.into_iter().filter_map(|c| ALL.get(usize::from(c)).copied()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statute::finder::find;
    use crate::{Folds, sample};

    #[test]
    fn every_reason_has_its_own_number() {
        for (i, &r) in reasons::ALL.iter().enumerate() {
            assert_eq!(usize::from(reasons::code(r)), i);
        }
    }

    #[test]
    fn a_found_section_crosses_postcard_intact() {
        for text in [sample::OSTRA_OSTERGOTLAND_2017, sample::UMEAREGIONEN_2019, "", "Bara en mening utan rubrik."] {
            let found = Found::of(&find(text, Folds::default()));
            let bytes = postcard::to_allocvec(&found).unwrap();
            assert_eq!(postcard::from_bytes::<Found>(&bytes).unwrap(), found);
        }
        let found = Found::of(&find(sample::OSTRA_OSTERGOTLAND_2017, Folds::default()));
        assert!(found.found && !found.candidates[0].reasons.is_empty());
    }
}
