//! Finding the ändamål paragraph in a pasted document.
//!
//! Candidates are ranked by what a reader looks for: a heading that names the
//! purpose ("Förbundets ändamål", "Syfte"), defining wording at the start of
//! the text ("Förbundets ändamål är att", "Förbundet har till ändamål att"),
//! and the position förbundsordningar give it (§ 1–5). Sections without text
//! (table-of-contents lines) are never candidates. Prose that merely talks
//! about ändamål is not a candidate; a paraphrase ("Förbundets syfte är att")
//! is at best a low-confidence one.
//!
//! ```
//! use andamal_core::{Folds, finder::{find, Confidence}};
//! let text = "3 § Medlemmar\nKommunerna.\n\n4 § Förbundets ändamål\nFörbundets ändamål är att svara för finansiell samordning.\n\n5 § Organisation\nStyrelsen.";
//! let found = find(text, Folds::default());
//! let best = found.chosen().unwrap();
//! assert_eq!(found.confidence, Confidence::High);
//! assert_eq!(best.heading.as_deref(), Some("4 § Förbundets ändamål"));
//! assert_eq!(&text[best.start..best.end], "Förbundets ändamål är att svara för finansiell samordning.");
//! ```

use serde::Serialize;

use crate::structure::{Document, Section};
use crate::vocab::match_key;
use crate::{Folds, Span};

/// How sure the finder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    High,
    Low,
}

/// Why a candidate ranks where it does; the app explains its choice with these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// The heading names the purpose ("Ändamål", "Förbundets ändamål").
    HeadingAndamal,
    /// The heading says "Syfte" or "Uppdrag".
    HeadingSyfte,
    /// The text opens with defining wording ("Förbundets ändamål är att").
    DefiningWording,
    /// The text opens with "Förbundet ska …".
    MandateWording,
    /// Only a paraphrase ("Förbundets syfte är att …").
    Paraphrase,
    /// Numbered 1–5, where förbundsordningar put the purpose.
    TypicalPosition,
    /// The document has no headings; the whole text is taken.
    WholeText,
}

/// One candidate section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// The heading as written, trimmed.
    pub heading: Option<String>,
    /// Where the heading starts (= `start` without a heading).
    pub section_start: usize,
    /// Where the text starts.
    pub start: usize,
    /// Just after the last character of the last sentence.
    pub end: usize,
    /// 0..=1.
    pub score: f64,
    #[serde(skip)]
    pub reasons: Vec<Reason>,
    /// The section's index in [`Finding::document`], if it is a whole section.
    #[serde(skip)]
    pub section: Option<usize>,
}

impl Candidate {
    /// The section number from the heading ("4"), for clause addresses.
    #[must_use]
    pub fn number<'d>(&self, document: &'d Document) -> Option<&'d str> {
        let section = document.sections.get(self.section?)?;
        let heading = section.heading.as_ref()?;
        self.heading.as_ref()?;
        heading.number.as_deref()
    }

    /// The candidate's text range.
    #[must_use]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What the finder concluded.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub found: bool,
    pub confidence: Confidence,
    /// At most 10, best first; `candidates[0]` is the chosen one when `found`.
    pub candidates: Vec<Candidate>,
    pub document: Document,
}

impl Finding {
    /// The chosen candidate, if any.
    #[must_use]
    pub fn chosen(&self) -> Option<&Candidate> {
        if self.found { self.candidates.first() } else { None }
    }
}

/// At most this many candidates are reported.
pub const MAX_CANDIDATES: usize = 10;

/// Finds the ändamål section of `text`.
#[must_use]
pub fn find(text: &str, folds: Folds) -> Finding {
    let document = Document::parse(text, folds.ocr);
    let has_headings = document.sections.iter().any(|s| s.heading.is_some());
    let mut candidates = Vec::new();
    for (index, section) in document.sections.iter().enumerate() {
        if section.stycken.is_empty() {
            continue;
        }
        if let Some(c) = score_section(text, section, index, folds.ocr, has_headings) {
            candidates.push(c);
        }
        // Defining wording later inside a section (a clause quoted in a
        // motion or a decision, without its own heading).
        if let Some(c) = embedded_clause(text, section, index, folds.ocr) {
            let inside_strong = candidates.iter().any(|o: &Candidate| o.score >= 0.6 && o.span().contains(c.span()));
            if !inside_strong && !candidates.iter().any(|o: &Candidate| o.start == c.start) {
                candidates.push(c);
            }
        }
    }
    crate::order::sort_by(&mut candidates, |a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    candidates.truncate(MAX_CANDIDATES);
    let best = candidates.first();
    let found = best.is_some_and(|c| c.score >= 0.3);
    let confidence = match best {
        // A paraphrase under a heading that names the ändamål is still the clause.
        Some(c)
            if found
                && c.score >= 0.6
                && (!c.reasons.contains(&Reason::Paraphrase) || c.reasons.contains(&Reason::HeadingAndamal)) =>
        {
            Confidence::High
        }
        _ => Confidence::Low,
    };
    if !found {
        // Nothing defines a purpose: a short clause pasted without heading is
        // used as it is (low); longer prose that only discusses ändamål is not.
        if let Some(whole) = whole_text_candidate(text, &document, folds.ocr) {
            return Finding { found: true, confidence: Confidence::Low, candidates: vec![whole], document };
        }
        return Finding { found: false, confidence: Confidence::Low, candidates, document };
    }
    Finding { found, confidence, candidates, document }
}

/// Opening words that define a förbund's purpose.
const DEFINING: &[&str] = &[
    "forbundets andamal ar",
    "samordningsforbundets andamal ar",
    "kommunalforbundets andamal ar",
    "forbundet har till andamal",
    "samordningsforbundet har till andamal",
    "kommunalforbundet har till andamal",
    "andamalet med forbundet ar",
    "andamalet med samordningsforbundet ar",
    "andamalet med kommunalforbundet ar",
    "andamalet med forbundets verksamhet ar",
    "forbundets andamal och uppgift ar",
    "forbundet har som andamal",
    "samordningsforbundet har som andamal",
    "kommunalforbundet har som andamal",
    "forbundets andamal:",
];

/// "Förbundet ska …": how many förbundsordningar state their purpose.
const MANDATE: &[&str] = &[
    "forbundet ska ",
    "forbundet skall ",
    "samordningsforbundet ska ",
    "samordningsforbundet skall ",
    "kommunalforbundet ska ",
    "kommunalforbundet skall ",
    "forbundets uppgift ar",
    "forbundets uppgifter ar",
    "samordningsforbundets uppgift ar",
    "forbundet ansvarar for",
];

/// Paraphrases: about the purpose, but not the clause's own wording.
const PARAPHRASE: &[&str] = &[
    "forbundets syfte ar",
    "samordningsforbundets syfte ar",
    "syftet med forbundet ar",
    "syftet med samordningsforbundet ar",
    "syftet med forbundets verksamhet ar",
    "syftet ar att",
    "forbundets uppdrag ar",
    "samordningsforbundets uppdrag ar",
];

/// At most `max` bytes of `s`, cut at a char boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn opens_with(key: &str, phrases: &[&str], ocr: bool) -> bool {
    phrases.iter().any(|p| if ocr { key.starts_with(&match_key(p, true)) } else { key.starts_with(p) })
}

fn score_section(text: &str, section: &Section, index: usize, ocr: bool, has_headings: bool) -> Option<Candidate> {
    let mut score = 0.0;
    let mut reasons = Vec::new();
    if let Some(title) = section.title(text) {
        let key = match_key(title, ocr);
        if key.contains(&match_key("andamal", ocr)) {
            score += 0.6;
            reasons.push(Reason::HeadingAndamal);
        } else if key.contains("syfte") || key.split_whitespace().any(|w| w == match_key("uppdrag", ocr)) {
            score += 0.35;
            reasons.push(Reason::HeadingSyfte);
        }
    }
    let first = section.sentences().next()?;
    let opening = match_key(prefix(first.slice(text), 80), ocr);
    let opening = opening.trim_start_matches(|c: char| !c.is_alphanumeric());
    if opens_with(opening, DEFINING, ocr) {
        score += 0.4;
        reasons.push(Reason::DefiningWording);
    } else if opens_with(opening, MANDATE, ocr) {
        score += 0.15;
        reasons.push(Reason::MandateWording);
    } else if opens_with(opening, PARAPHRASE, ocr) {
        score += 0.15;
        reasons.push(Reason::Paraphrase);
    }
    if reasons.is_empty() {
        return None;
    }
    let number = section.heading.as_ref().and_then(|h| h.number.as_deref()).and_then(|n| n.parse::<u32>().ok());
    if number.is_some_and(|n| (1..=5).contains(&n)) {
        score += 0.05;
        reasons.push(Reason::TypicalPosition);
    }
    if section.heading.is_none() && !has_headings && reasons.contains(&Reason::DefiningWording) {
        // A clause pasted on its own.
        score += 0.3;
    }
    let start = skip_opening_quote(text, section.body.start);
    let end = clause_end(text, section, 0, ocr);
    Some(Candidate {
        heading: section.heading.as_ref().map(|h| h.span.slice(text).trim().to_owned()),
        section_start: section.heading.as_ref().map_or(start, |h| h.span.start),
        start,
        end,
        score: f64::min(score, 1.0),
        reasons,
        section: Some(index),
    })
}

/// A stycke inside a section (not its first) that opens with defining
/// wording: the clause quoted without a heading of its own. It runs to the
/// section's end.
fn embedded_clause(text: &str, section: &Section, index: usize, ocr: bool) -> Option<Candidate> {
    for (i, stycke) in section.stycken.iter().enumerate() {
        let Some(first) = stycke.sentences.first() else {
            continue;
        };
        // A section's first stycke is scored as the section itself.
        let opening = match_key(prefix(first.slice(text), 80), ocr);
        if i > 0 && opens_with(opening.trim_start_matches(|c: char| !c.is_alphanumeric()), DEFINING, ocr) {
            let start = skip_opening_quote(text, stycke.span.start);
            return Some(Candidate {
                heading: None,
                section_start: start,
                start,
                end: clause_end(text, section, i, ocr),
                // Only a clause itself opens with this wording: a strong sign.
                score: 0.6,
                reasons: vec![Reason::DefiningWording],
                section: Some(index),
            });
        }
        // Defining wording in the middle of a stycke: a clause run into prose
        // ("… heter det Samordningsförbundet X. Förbundets ändamål är att …").
        for (k, sentence) in stycke.sentences.iter().enumerate().skip(1) {
            let opening = match_key(prefix(sentence.slice(text), 80), ocr);
            if !opens_with(opening.trim_start_matches(|c: char| !c.is_alphanumeric()), DEFINING, ocr) {
                continue;
            }
            let start = skip_opening_quote(text, sentence.start);
            // It goes on while the sentences still speak of purpose, not of
            // the förbund's organisation.
            let mut end = sentence.end;
            for next in &stycke.sentences[k + 1..] {
                let key = match_key(prefix(next.slice(text), 200), ocr);
                if ORGANISATION.iter().any(|w| key.contains(w)) {
                    break;
                }
                end = next.end;
            }
            return Some(Candidate {
                heading: None,
                section_start: start,
                start,
                end,
                score: 0.6,
                reasons: vec![Reason::DefiningWording],
                section: Some(index),
            });
        }
    }
    None
}

/// Words of a förbund's organisation: a sentence with one has left the purpose.
const ORGANISATION: &[&str] =
    &["styrelse", "ledamot", "ledamoter", "ersattare", "ordforande", "revisor", "mandat", "ledas av", "sate i"];

/// A clause quoted in a report starts after its opening quote mark.
fn skip_opening_quote(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let trimmed = rest.trim_start_matches(['"', '”', '“', '„', '»', '\'', '’']);
    if trimmed.len() == rest.len() { start } else { start + (rest.len() - trimmed.len()) }
}

/// Where a clause that starts at stycke `first` ends: before the first later
/// stycke that talks *about* the statute (a report quoting the clause goes on
/// with "Styrelsen kunde genom den utökade ändamålsparagrafen …").
fn clause_end(text: &str, section: &Section, first: usize, ocr: bool) -> usize {
    // Discussion words match as word prefixes, narrative phrases as whole
    // words; built only once a stycke may hold one.
    let mut markers: Option<Vec<String>> = None;
    let mut end = section.body.end;
    let later = section.stycken.get(first + 1..).unwrap_or_default();
    // One look over all later stycken at once: usually none hints at a marker.
    if let (false, Some(a), Some(b)) = (ocr, later.first(), later.last()) {
        if !hints_marker(Span::new(a.span.start, b.span.end).slice(text)) {
            return end;
        }
    }
    for (i, stycke) in section.stycken.iter().enumerate().skip(first + 1) {
        let raw = stycke.span.slice(text);
        // Only stycken with a hint of a marker pay for the full key.
        if !ocr && !hints_marker(raw) {
            continue;
        }
        let markers = markers.get_or_insert_with(|| {
            ABOUT_STATUTES
                .iter()
                .map(|m| format!(" {}", match_key(m, ocr)))
                .chain(NARRATIVE.iter().map(|m| format!(" {} ", match_key(m, ocr))))
                .collect()
        });
        let key = format!(" {} ", match_key(raw, ocr));
        if markers.iter().any(|m| key.contains(m.as_str())) {
            end = section.stycken[i - 1].span.end;
            break;
        }
    }
    end
}

/// Whether `raw` holds a [`MARKER_HINTS`] fragment, ASCII case ignored.
fn hints_marker(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    MARKER_HINTS.iter().any(|h| lower.contains(h))
}

/// ASCII fragments of every marker, matched case-insensitively on the raw
/// text before the (costlier) key is built.
const MARKER_HINTS: &[&str] = &[
    "finns att l",
    "s mer",
    "paragraf",
    "motion",
    "rapport",
    "utredning",
    "utl",
    "vi ",
    "styrelsen kunde",
    "styrelsen har",
    "arbetsgrupp",
    "diskuter",
];

/// Words of reports about a statute; statutes themselves say "denna
/// förbundsordning" and "beslutar", so those do not count here.
const ABOUT_STATUTES: &[&str] = &["andamalsparagraf", "motion", "rapport", "utredning", "tjansteutlatande"];

/// Openings of narrative about a förbund, never found in its statute.
const NARRATIVE: &[&str] = &[
    "vi",
    "styrelsen kunde",
    "styrelsen har",
    "arbetsgruppen",
    "har diskuterats",
    "motionen",
    "finns att lasa",
    "las mer",
];

/// Words that mark prose *about* statutes rather than a clause.
const DISCUSSION: &[&str] = &[
    "andamalsparagraf",
    "forbundsordningen",
    "forbundsordning",
    "motion",
    "protokoll",
    "beslutar",
    "foreslar",
    "rapport",
    "yrkande",
    "tjansteutlatande",
    "utredning",
];

fn whole_text_candidate(text: &str, document: &Document, ocr: bool) -> Option<Candidate> {
    if document.sections.iter().any(|s| s.heading.is_some()) {
        return None;
    }
    let body = document.sections.first()?.body;
    if body.is_empty() || body.len() > 4000 {
        return None;
    }
    let key = match_key(body.slice(text), ocr);
    if DISCUSSION.iter().any(|w| key.contains(w)) {
        return None;
    }
    // It must read like a purpose clause at all.
    let purpose_words = ["forbund", "samordning", "rehabilitering", "samverkan", "andamal", "syfte", "uppdrag", "ska "];
    if !purpose_words.iter().any(|w| key.contains(&match_key(w, ocr))) {
        return None;
    }
    let span = Span::new(0, text.len()).trim(text);
    Some(Candidate {
        heading: None,
        section_start: span.start,
        start: span.start,
        end: span.end,
        score: 0.2,
        reasons: vec![Reason::WholeText],
        section: Some(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toc_is_not_the_section() {
        let text = "Innehåll\n1 § Namn\n2 § Ändamål\n3 § Organisation\n\n1 § Namn\nFörbundet heter X.\n\n2 § Ändamål\nFörbundet har till ändamål att stödja samverkan.\n\n3 § Organisation\nStyrelse finns.";
        let f = find(text, Folds::default());
        let c = f.chosen().unwrap();
        assert_eq!(&text[c.start..c.end], "Förbundet har till ändamål att stödja samverkan.");
        assert_eq!(f.candidates.iter().filter(|c| c.heading.as_deref() == Some("2 § Ändamål")).count(), 1);
    }

    #[test]
    fn prose_about_andamal_is_not_found() {
        let text = "Styrelsen har diskuterat förbundets ändamål och den utökade ändamålsparagrafen i förbundsordningen. Den ska ses över.";
        let f = find(text, Folds::default());
        assert!(!f.found);
    }

    #[test]
    fn paraphrase_is_low() {
        let text = "Beslut\nKommunfullmäktige beslutar att godkänna avtalet.\n\nBakgrund\nFörbundets syfte är att stödja samverkan mellan parterna.";
        let f = find(text, Folds::default());
        assert_eq!(f.confidence, Confidence::Low);
    }

    #[test]
    fn clause_without_heading() {
        let text =
            "  Förbundets ändamål är att svara för finansiell samordning.\n\nFörbundet ska också stödja samverkan.  ";
        let f = find(text, Folds::default());
        let c = f.chosen().unwrap();
        assert_eq!(c.heading, None);
        assert_eq!(f.confidence, Confidence::High);
        assert_eq!(&text[c.start..c.end], text.trim());
    }

    #[test]
    fn empty_text() {
        let f = find("", Folds::default());
        assert!(!f.found);
        assert!(f.candidates.is_empty());
    }
}
