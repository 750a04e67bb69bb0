//! Which part of a document is compared: the finder's choice, another
//! candidate the user picked, or a range the user marked by hand.
//!
//! ```
//! use andamal_core::{Folds, Span, statute::finder::find, statute::selection::{Choice, Source, select}};
//! let text = "Förbundets ändamål är att svara för samordning.";
//! let finding = find(text, Folds::default());
//! let auto = select(text, &finding, Choice::Auto);
//! assert_eq!(auto.span, Span::new(0, text.len()));
//! let manual = select(text, &finding, Choice::Manual(Span::new(0, "Förbundets ändamål".len())));
//! assert_eq!((manual.span.slice(text), manual.source), ("Förbundets ändamål", Source::Manual));
//! ```

use serde::{Deserialize, Serialize};

use crate::Span;
use crate::statute::finder::{Confidence, Finding, Reason};
use crate::statute::found::{Found, Pick};

/// What the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Choice {
    /// The finder's best candidate.
    #[default]
    Auto,
    /// The candidate whose text starts at this byte.
    Candidate(usize),
    /// A range marked by hand.
    Manual(Span),
}

/// Where the compared range came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// The finder's choice, with its confidence.
    Found(Confidence),
    /// Another candidate, picked by the user.
    Picked,
    /// Marked by hand.
    Manual,
    /// Nothing was found; the whole text is compared.
    WholeText,
    /// There is no text.
    Empty,
}

/// The range to compare and how it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub span: Span,
    pub heading: Option<String>,
    /// The section number for clause addresses ("4"), if known.
    pub number: Option<String>,
    pub source: Source,
    pub reasons: Vec<Reason>,
}

/// Resolves a choice against a finding. A stale choice (a candidate that no
/// longer exists, a range outside the text) falls back to the finder's.
#[must_use]
pub fn select(text: &str, finding: &Finding, choice: Choice) -> Selection {
    select_found(text, &Found::of(finding), choice)
}

/// [`select`] over what the page keeps of a finding (see [`crate::statute::found`]).
#[must_use]
pub fn select_found(text: &str, found: &Found, choice: Choice) -> Selection {
    let picked = |c: &Pick, source: Source| Selection {
        span: c.span(),
        heading: c.heading.clone(),
        number: c.number.clone(),
        source,
        reasons: c.reasons.clone(),
    };
    match choice {
        Choice::Manual(span)
            if span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end) =>
        {
            let span = span.trim(text);
            if !span.is_empty() {
                return Selection { span, heading: None, number: None, source: Source::Manual, reasons: Vec::new() };
            }
        }
        Choice::Candidate(start) => {
            if let Some(c) = found.candidates.iter().find(|c| c.start == start) {
                return picked(c, Source::Picked);
            }
        }
        _ => {}
    }
    if let Some(c) = found.chosen() {
        return picked(c, Source::Found(found.confidence()));
    }
    let whole = Span::new(0, text.len()).trim(text);
    let source = if whole.is_empty() { Source::Empty } else { Source::WholeText };
    Selection { span: whole, heading: None, number: None, source, reasons: Vec::new() }
}
