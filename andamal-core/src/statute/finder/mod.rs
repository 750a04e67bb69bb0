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
//! use andamal_core::{Folds, statute::finder::{find, Confidence}};
//! let text = "3 § Medlemmar\nKommunerna.\n\n4 § Förbundets ändamål\nFörbundets ändamål är att svara för finansiell samordning.\n\n5 § Organisation\nStyrelsen.";
//! let found = find(text, Folds::default());
//! let best = found.chosen().unwrap();
//! assert_eq!(found.confidence, Confidence::High);
//! assert_eq!(best.heading.as_deref(), Some("4 § Förbundets ändamål"));
//! assert_eq!(&text[best.start..best.end], "Förbundets ändamål är att svara för finansiell samordning.");
//! ```

use serde::Serialize;

use crate::statute::sentence::is_list_marker;
use crate::statute::structure::{Document, Section, is_title_line};
use crate::statute::vocab::match_key;
use crate::{Folds, Span};

mod borders;
mod extent;
pub mod features;
mod nesting;
pub mod reading;
#[rustfmt::skip]
mod weights;
pub mod wording;

use borders::{lined, runs_together, wrap_width, wrapped_before};
use extent::{
    ORGANISATION, before_page_chrome, before_shouted_title, clause_end, opens_quote, points_away,
    quotation_after_intro, quote_end, skip_opening_quote, stycke_end, without_closing_quote,
};
use reading::Reading;

use features::{DocumentContext, Features, Place, features, index};

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
    /// The text's lines do not show where the clause begins and ends (it
    /// runs together with the text around it), so it is never sure.
    BordersGuessed,
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
    /// 0..=1: the probability that this is the document's ändamål section.
    pub score: f64,
    /// 0..=1: the probability that a reader takes it for the ändamål itself
    /// rather than a stand-in (a "Syfte" or "Uppdrag" section, a paraphrase).
    #[serde(skip)]
    pub sure: f64,
    #[serde(skip)]
    pub reasons: Vec<Reason>,
    /// The text's own lines show where it begins and ends: its heading (or
    /// first word) opens a line and its last word ends one. Cut out of a
    /// one-line transcript, its borders are the finder's reading of inline
    /// headings, and the finder is never sure of them (see [`decide`]).
    #[serde(skip)]
    pub lined: bool,
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
    let reading = Reading::new(text);
    let document = parse(&reading, folds);
    let mut candidates = scored(reading.text(), &document, folds.ocr);
    let (found, confidence) = decide(&candidates, weights::LOW, weights::HIGH);
    candidates.truncate(MAX_CANDIDATES);
    if reading.is_copy() {
        let candidates = candidates.iter().map(|c| back(text, &reading, c)).collect();
        let document = document.mapped(|s| reading.original_span(s));
        return Finding { found, confidence, candidates, document };
    }
    Finding { found, confidence, candidates, document }
}

/// The cleaned copy's document, as the finder reads it.
fn parse(reading: &Reading<'_>, folds: Folds) -> Document {
    untitled(reading.text(), Document::parse(reading.text(), folds.ocr), folds.ocr)
}

/// All of a text under one heading without number that names neither a
/// section nor a purpose ("Om oss", "Vår organisation"; not "Ändamål" or
/// "Vårt uppdrag"), with nothing but headings before it (a table of
/// contents): that is the page's title, and the text has no heading of its
/// own.
fn untitled(text: &str, mut document: Document, ocr: bool) -> Document {
    if let [before @ .., section] = document.sections.as_mut_slice()
        && before.iter().all(|s| s.stycken.is_empty())
        && let Some(heading) = &section.heading
        && heading.number.is_none()
        && heading.title.is_some_and(|t| {
            !crate::statute::vocab::is_section_title(t.slice(text), ocr)
                && features::names_no_purpose(t.slice(text), ocr)
        })
    {
        section.heading = None;
    }
    document
}

/// A candidate found in the cleaned copy, with its offsets and heading in
/// the pasted text.
fn back(text: &str, reading: &Reading<'_>, c: &Candidate) -> Candidate {
    let span = reading.original_span(Span::new(c.start, c.end));
    let heading = c.heading.as_ref().map(|h| {
        let at = reading.original_span(Span::new(c.section_start, c.section_start + h.len()));
        at.slice(text).trim().to_owned()
    });
    Candidate {
        heading,
        section_start: reading.original(c.section_start),
        start: span.start,
        end: span.end,
        score: c.score,
        sure: c.sure,
        reasons: c.reasons.clone(),
        lined: c.lined,
        section: c.section,
    }
}

/// The decision on scored candidates (best first): found when the model
/// gives "none of them" at most `1 - low`; sure when the best alone has at
/// least `high` and at least twice the runner-up's (a document with two
/// close candidates, such as a motion quoting two förbund's clauses, is
/// found, but unsure which), and the text's lines show where it begins and
/// ends (in a one-line transcript the borders are guessed: on the
/// validation part, every sure find with a wrong range was one).
#[must_use]
pub fn decide(candidates: &[Candidate], low: f64, high: f64) -> (bool, Confidence) {
    let some = candidates.iter().map(|c| c.score).sum::<f64>();
    let found = some >= low;
    let runner_up = candidates.get(1).map_or(0.0, |c| c.score);
    // Sure: the best stands out, and is the kind of section a reader takes
    // for the ändamål itself (not a stand-in headed "Syfte" or "Uppdrag").
    let sure =
        candidates.first().is_some_and(|c| c.score >= high && c.score >= 2.0 * runner_up && c.sure >= 0.5 && c.lined);
    (found, if found && sure { Confidence::High } else { Confidence::Low })
}

/// Every candidate with its features, in text order: what [`find`] ranks,
/// and what the fitting script (`examples/fit_finder.rs`) learns from.
#[must_use]
pub fn candidates_with_features(text: &str, folds: Folds) -> Vec<(Candidate, Features)> {
    let reading = Reading::new(text);
    let document = parse(&reading, folds);
    all_candidates(reading.text(), &document, folds.ocr)
        .into_iter()
        .map(|(c, f)| (back(text, &reading, &c), f))
        .collect()
}

/// The candidates, scored by the fitted model, best first.
fn scored(text: &str, document: &Document, ocr: bool) -> Vec<Candidate> {
    let all = all_candidates(text, document, ocr);
    let (table, sure_table) = (features::weights(&weights::WEIGHTS), features::weights(&weights::SURE_WEIGHTS));
    let scores: Vec<f64> = all.iter().map(|(_, f)| f.score(&table, weights::BIAS)).collect();
    let mut candidates: Vec<Candidate> = all
        .into_iter()
        .zip(features::probabilities(&scores))
        .map(|((mut c, f), p)| {
            c.score = p;
            c.sure = f.probability(&sure_table, weights::SURE_BIAS);
            if !c.lined {
                c.reasons.push(Reason::BordersGuessed);
            }
            c
        })
        .collect();
    crate::text::order::sort_by(&mut candidates, |a, b| b.score.total_cmp(&a.score).then(a.start.cmp(&b.start)));
    candidates
}

fn all_candidates(text: &str, document: &Document, ocr: bool) -> Vec<(Candidate, Features)> {
    let context = DocumentContext::new(text, document, ocr);
    let run_together = runs_together(text, document);
    let wrap = wrap_width(text);
    let shown =
        |c: &Candidate| !run_together && wrap.is_none_or(|w| !wrapped_before(text, c.section_start, c.start, w));
    let mut out: Vec<(Candidate, Features)> = Vec::new();
    for (index, section) in document.sections.iter().enumerate() {
        // A heading over sub-headings: its clause is theirs together.
        let nested = nesting::with_subsections(text, &document.sections, index);
        let section = nested.as_ref().map_or(section, |(s, _)| s);
        let sentences: Vec<Span> = section.sentences().collect();
        // "Ur föreningens stadgar:" / "'Föreningen …'": words that
        // introduce a quotation are no part of it, and the quotation has no
        // heading in this document.
        let intro = quotation_after_intro(text, section, ocr);
        // A page's title lines before an unheaded text ("Förbundet X" /
        // "Vår organisation" / "Förbundet är …") are no part of it.
        let titles = if section.heading.is_none() && intro.is_none() {
            let lines = section.stycken.iter().take_while(|s| s.span.slice(text).lines().all(is_title_line)).count();
            if lines < section.stycken.len() {
                section.stycken[..lines].iter().map(|s| s.sentences.len()).sum()
            } else {
                0
            }
        } else {
            0
        };
        let skip = intro.map_or(titles, |at| sentences.partition_point(|s| s.end <= at));
        let Some(first) = sentences.get(skip) else {
            continue;
        };
        let opens = if titles > 0 { first.start } else { section.body.start };
        let start = skip_opening_quote(text, intro.map_or(opens, |at| at.max(first.start)));
        // A section without heading whose first sentence runs a title into
        // its statement ("Tennisklubben (FTK) Tennisklubben, stiftad …, har
        // till ändamål"): the clause starts at the statement's subject.
        let start = match context.reader.statement(first.slice(text)) {
            Some(s) if section.heading.is_none() && intro.is_none() && s.at > 0 && s.heading.is_none() => {
                start.max(first.start + s.at)
            }
            _ => start,
        };
        let stycke = intro.map_or(0, |at| section.stycken.partition_point(|s| s.span.end <= at));
        // Under a page's title lines the text is prose: its statement is its stycke.
        let title_stycken = section.stycken.partition_point(|s| s.span.end <= start);
        // A quotation opened before the clause's heading or text ends at its closing mark.
        let opened_at = section.heading.as_ref().map_or(start, |h| h.span.start);
        let quoted = intro.is_some_and(|at| start > at) || opens_quote(text, opened_at);
        let end = quoted.then(|| quote_end(text, &section.stycken[stycke..], start)).flatten().unwrap_or_else(|| {
            if titles > 0 {
                stycke_end(text, &section.stycken[title_stycken..])
            } else {
                clause_end(text, section, stycke, ocr)
            }
        });
        // Quoted after words that introduce it, the quotation opens at its start.
        let opened_at = if intro.is_some() { start } else { opened_at.min(start) };
        let end = if quoted { without_closing_quote(text, opened_at, end) } else { end };
        let end = before_page_chrome(text, &sentences, start, end, ocr);
        let end = if section.heading.is_none() { before_shouted_title(text, start, end) } else { end };
        let end = (end == section.body.end && nested.is_none())
            .then(|| with_subheadings(text, document, index))
            .flatten()
            .unwrap_or(end);
        let place = Place {
            section,
            whole_section: intro.is_none(),
            start,
            end,
            first_sentence: &text[start.min(first.end)..first.end],
            later: &sentences[skip + 1..],
            heading: if intro.is_some() { None } else { section.title(text) },
        };
        let f = features(text, &context, &place);
        let mut c = candidate(text, section, index, start, end, &f, intro.is_none());
        if let Some((_, sub_start)) = nested {
            // Only a heading about purpose is worth its sub-sections together.
            let purpose =
                [index::HEADING_ANDAMAL, index::HEADING_SYFTE, index::HEADING_UPPGIFT, index::HEADING_FOREMAL];
            if !purpose.iter().any(|&i| f.values[i] > 0.0) {
                continue;
            }
            c.start = sub_start;
        }
        c.lined &= shown(&c);
        out.push((c, f));
        // Purpose wording later inside the section: a clause quoted in a
        // decision or run into prose, without a heading of its own.
        // A section that is about purpose already is the candidate: a second,
        // overlapping one inside it would only split its probability.
        let about_purpose = [
            index::HEADING_ANDAMAL,
            index::HEADING_SYFTE,
            index::HEADING_UPPGIFT,
            index::HEADING_FOREMAL,
            index::OPENS_ANDAMAL,
            index::OPENS_FOREMAL,
            index::OPENS_UPPGIFT,
            index::OPENS_SYFTE,
            index::OPENS_MANDATE,
        ]
        .iter()
        .any(|&i| f.values[i] > 0.0);
        let embedded = if about_purpose { None } else { embedded_clause(text, section, &context, ocr) };
        if let Some(e) = embedded {
            if e.start != start {
                let place = Place {
                    section,
                    whole_section: false,
                    start: e.start,
                    end: e.end,
                    first_sentence: &text[e.start..sentences[e.sentence].end.max(e.start)],
                    later: &sentences[e.sentence + 1..],
                    heading: e.heading.map(|h| h.slice(text)),
                };
                let f = features(text, &context, &place);
                let mut c = candidate(text, section, index, e.start, e.end, &f, false);
                if let Some(h) = e.heading {
                    c.heading = Some(h.slice(text).to_owned());
                    c.section_start = h.start;
                    c.lined = lined(text, h.start, c.end);
                }
                c.lined &= shown(&c);
                out.push((c, f));
            }
        }
    }
    out
}

/// Where a numbered section ends that unnumbered headings follow before the
/// next number ("1 Ändamål … Verksamhetsidé … Vision … 2 Medlemmar"): they
/// are its sub-headings, and their text is its own.
fn with_subheadings(text: &str, document: &Document, index: usize) -> Option<usize> {
    let numbered = |s: &Section| s.heading.as_ref().is_some_and(|h| h.number.is_some());
    // Not a table of contents' last entry ("8 § Utträde …… 5").
    let entry = document.sections[index].heading.as_ref().is_some_and(|h| h.span.slice(text).contains("..."));
    if !numbered(&document.sections[index]) || entry {
        return None;
    }
    // A sub-heading is a word or three ("Vision"), not a page's title.
    let short = |s: &Section| s.title(text).is_some_and(|t| t.split_whitespace().count() <= 3);
    let under = document.sections[index + 1..].iter().take_while(|s| !numbered(s) && short(s));
    under.filter(|s| !s.stycken.is_empty()).last().map(|s| s.body.end)
}

fn candidate(
    text: &str,
    section: &Section,
    index: usize,
    start: usize,
    end: usize,
    f: &Features,
    whole_section: bool,
) -> Candidate {
    let heading = if whole_section { section.heading.as_ref() } else { None };
    Candidate {
        heading: heading.map(|h| h.span.slice(text).trim().to_owned()),
        section_start: heading.map_or(start, |h| h.span.start),
        start,
        end: end.max(start),
        score: 0.0,
        sure: 0.0,
        reasons: reasons(f),
        lined: lined(text, heading.map_or(start, |h| h.span.start), end.max(start)),
        section: Some(index),
    }
}

/// The features a reader can check, as reasons.
fn reasons(f: &Features) -> Vec<Reason> {
    let on = |i: usize| f.values[i] > 0.0;
    let mut r = Vec::new();
    if on(index::HEADING_ANDAMAL) {
        r.push(Reason::HeadingAndamal);
    } else if on(index::HEADING_SYFTE) || on(index::HEADING_UPPGIFT) || on(index::HEADING_FOREMAL) {
        r.push(Reason::HeadingSyfte);
    }
    if on(index::OPENS_ANDAMAL) || on(index::OPENS_FOREMAL) {
        r.push(Reason::DefiningWording);
    } else if on(index::OPENS_MANDATE) || on(index::OPENS_UPPGIFT) {
        r.push(Reason::MandateWording);
    } else if on(index::OPENS_SYFTE) {
        r.push(Reason::Paraphrase);
    }
    if on(index::NUMBER_TYPICAL) {
        r.push(Reason::TypicalPosition);
    }
    if on(index::BARE_CLAUSE) || on(index::BARE_PROSE) {
        r.push(Reason::WholeText);
    }
    r
}

/// A clause that starts inside a section (not at its text): a later stycke,
/// or a statement of purpose inside a sentence (quoted in a decision, run
/// into prose, or in a transcript that lost its section numbers).
struct Embedded {
    start: usize,
    end: usize,
    /// The index of its sentence among the section's sentences.
    sentence: usize,
    heading: Option<Span>,
}

/// Verbs that open an item of a purpose's list ("verka för …", "främja …"), as keys.
const PURPOSE_VERBS: [&str; 12] = [
    "verka",
    "framja",
    "stodja",
    "tillvarata",
    "arbeta",
    "samordna",
    "bevaka",
    "utveckla",
    "skapa",
    "sprida",
    "vacka",
    "bidra",
];

fn embedded_clause(text: &str, section: &Section, context: &DocumentContext, ocr: bool) -> Option<Embedded> {
    let mut before = 0;
    for (i, stycke) in section.stycken.iter().enumerate() {
        let first_index = before;
        before += stycke.sentences.len();
        for (k, sentence) in stycke.sentences.iter().enumerate() {
            // "Naturskyddsföreningen ska:" opening a later stycke, a list
            // under it: a mandate stated as a list, which runs to its end.
            let raw = sentence.slice(text);
            // Its first item says what for ("verka för", "främja"), not a duty
            // ("föra medlemsförteckning") or a condition ("ha minst 10 medlemmar").
            let listed = raw.split_once(':').filter(|(_, list)| {
                let list = list.trim_start();
                let item = list.trim_start_matches(|c: char| !c.is_alphabetic());
                is_list_marker(list)
                    && item
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| PURPOSE_VERBS.contains(&match_key(w, ocr).as_str()))
            });
            if k == 0 && i > 0 && listed.is_some_and(|(head, _)| context.reader.opening(head).mandate) {
                let end = stycke_end(text, &section.stycken[i..]);
                return Some(Embedded { start: sentence.start, end, sentence: first_index, heading: None });
            }
            // A question ("Föreningens ändamål (vad är den till för?)") states nothing.
            let question = raw.trim_end().trim_end_matches([')', '"', '”']).ends_with('?');
            let Some(found) = context.reader.statement(sentence.slice(text)).filter(|_| !question) else {
                continue;
            };
            // "Föreningens syfte är att …" is a clause in a statute's own
            // text; in a guide or a report it is an example or a paraphrase.
            let syfte_only = found.shape.syfte && !found.shape.andamal && !found.shape.foremal;
            if syfte_only && context.statute == 0.0 {
                continue;
            }
            if i == 0 && k == 0 && found.at == 0 {
                // The section's own opening: scored as the section.
                continue;
            }
            let start = skip_opening_quote(text, sentence.start + found.at);
            let heading = found.heading.map(|(s, e)| Span::new(sentence.start + s, sentence.start + e));
            if k == 0 && found.at == 0 {
                // A stycke of its own, not at the section's start: the
                // clause runs to the end of its stycke and of the list it
                // introduces; a quoted one to its closing quote mark (over
                // several stycken), or to the section's end when the quote
                // is never closed.
                let quoted = start != sentence.start + found.at;
                let end = if quoted {
                    quote_end(text, &section.stycken[i..], start).unwrap_or_else(|| clause_end(text, section, i, ocr))
                } else {
                    stycke_end(text, &section.stycken[i..])
                };
                return Some(Embedded { start, end, sentence: first_index, heading });
            }
            // The second sentence of an untitled section ("§ 1 Föreningens
            // firma är X. Föreningen har till ändamål att …"): the section is
            // the clause, scored as the section (`features` reads its opening
            // that far).
            let untitled = section.heading.as_ref().is_some_and(|h| h.number.is_some() && h.title.is_none());
            if untitled
                && i == 0
                && k == 1
                && found.at == 0
                && wording::names_the_body(stycke.sentences[0].slice(text), ocr)
            {
                continue;
            }
            // Inside prose: it goes on while the sentences still speak of
            // purpose, not of the förbund's organisation; a list item ends
            // with its item.
            let mut end = sentence.end;
            let item = is_list_marker(sentence.slice(text).trim_start());
            for next in stycke.sentences[k + 1..].iter().filter(|_| !item) {
                let key = match_key(wording::prefix(next.slice(text), 200), ocr);
                if ORGANISATION.iter().any(|w| key.contains(w)) || points_away(next.slice(text), ocr) {
                    break;
                }
                end = next.end;
            }
            return Some(Embedded { start, end, sentence: first_index + k, heading });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::borders::opens_line;
    use super::*;

    const LINED: &str = "1 § Namn\nFörbundet heter X.\n\n2 § Ändamål\nFörbundet har till ändamål att stödja samverkan.\n\n3 § Organisation\nStyrelse finns.";

    #[test]
    fn a_clause_on_lines_of_its_own_is_sure() {
        let f = find(LINED, Folds::default());
        assert_eq!((f.found, f.confidence), (true, Confidence::High));
        assert!(f.candidates[0].lined && !f.candidates[0].reasons.contains(&Reason::BordersGuessed));
    }

    #[test]
    fn a_clause_run_together_in_one_line_is_found_but_its_borders_are_guessed() {
        let one_line = LINED.split_whitespace().collect::<Vec<_>>().join(" ");
        let f = find(&one_line, Folds::default());
        let c = f.chosen().unwrap();
        assert_eq!(&one_line[c.start..c.end], "Förbundet har till ändamål att stödja samverkan.");
        assert_eq!(f.confidence, Confidence::Low);
        assert!(!c.lined && c.reasons.contains(&Reason::BordersGuessed));
    }

    #[test]
    fn quotation_marks_show_a_clause_s_borders_inside_a_line() {
        let text = "Ur stadgarna: ”Föreningen har till ändamål att odla.” Sedan annat.";
        let start = text.find("Föreningen").unwrap();
        let end = text.find(".”").unwrap() + 1;
        assert!(lined(text, start, end));
        assert!(!lined(text, start, text.find(" annat").unwrap()));
    }

    #[test]
    fn markup_before_a_heading_leaves_it_opening_its_line() {
        let text = "x\n\\paragraf{1.2}{Ändamål}\nText.\n## § 3 Syfte\nMer. 4 § Styrelse";
        assert!(opens_line(text, text.find("Ändamål").unwrap()));
        assert!(opens_line(text, text.find("§ 3").unwrap()));
        assert!(!opens_line(text, text.find("4 §").unwrap()));
    }

    #[test]
    fn a_text_whose_headings_stand_inside_lines_runs_together() {
        let one_line = LINED.replace('\n', " ");
        let parsed = |t: &str| Document::parse(t, false);
        assert!(runs_together(&one_line, &parsed(&one_line)));
        assert!(!runs_together(LINED, &parsed(LINED)));
    }

    #[test]
    fn toc_is_not_the_section() {
        let text = "Innehåll\n1 § Namn\n2 § Ändamål\n3 § Organisation\n\n1 § Namn\nFörbundet heter X.\n\n2 § Ändamål\nFörbundet har till ändamål att stödja samverkan.\n\n3 § Organisation\nStyrelse finns.";
        let f = find(text, Folds::default());
        let c = f.chosen().unwrap();
        assert_eq!(&text[c.start..c.end], "Förbundet har till ändamål att stödja samverkan.");
        assert_eq!(f.candidates.iter().filter(|c| c.heading.as_deref() == Some("2 § Ändamål")).count(), 1);
    }

    /// A one-line transcript wrapped again at 72 columns, where "2 §" falls at a line's start by chance.
    const WRAPPED: &str = "1 § Namn Förbundets namn är Samordningsförbundet Exempel i Norrlands\n\
län och förbundet har sitt säte i Umeå kommun där kansliet är beläget.\n\
2 § Ändamål Förbundet har till ändamål att stödja samverkan mellan de\n\
samverkande parterna i länet och att verka för att individer som står\n\
långt från arbetsmarknaden får stöd att nå eller förbättra sin förmåga\n\
att utföra förvärvsarbete och att främja samordnade insatser i länet.\n\
3 § Medlemmar Förbundets medlemmar är staten genom Försäkringskassan och\n\
Arbetsförmedlingen, regionen och kommunerna i länet enligt förteckning\n\
som finns i bilagan till denna förbundsordning som gäller från i år.";

    #[test]
    fn a_wrap_is_not_a_border() {
        let width = wrap_width(WRAPPED).expect("wrapped at one width");
        assert!((66..=72).contains(&width), "{width}");
        let at = WRAPPED.find("2 § Ändamål").unwrap();
        let body = WRAPPED.find("Förbundet har till").unwrap();
        assert!(wrapped_before(WRAPPED, at, body, width));
        // The same heading on a line of its own shows its border.
        let own_line = WRAPPED.replace("2 § Ändamål ", "2 § Ändamål\n");
        let at = own_line.find("2 § Ändamål").unwrap();
        assert!(!wrapped_before(&own_line, at, own_line.find("Förbundet har till").unwrap(), width));
        // A text whose lines end where its author ended them has no width.
        assert_eq!(wrap_width(LINED), None);
        let f = find(WRAPPED, Folds::default());
        let c = f.chosen().unwrap();
        assert!(WRAPPED[c.start..].starts_with("Förbundet har till ändamål"));
        assert!(!c.lined && f.confidence == Confidence::Low);
    }

    #[test]
    fn a_quoted_clause_in_prose_ends_before_the_page_points_to_the_statute() {
        let text = "Förbundsordning Förbundsordningen anger inriktningen för arbetet. Paragrafen beskriver uppdraget på följande sätt: Förbundets ändamål är att svara för en finansiell samordning inom rehabiliteringsområdet. Resurserna ska användas för samordnade insatser. Förbundsordningen i sin helhet finns att läsa här.";
        let c = find(text, Folds::default()).candidates.into_iter().next().unwrap();
        assert_eq!(
            &text[c.start..c.end],
            "Förbundets ändamål är att svara för en finansiell samordning inom rehabiliteringsområdet. Resurserna ska användas för samordnade insatser."
        );
        // "Vi" may be the clause's own voice.
        let ours = text.replace("Förbundsordningen i sin helhet finns att läsa här.", "Vi arbetar brett.");
        let c = find(&ours, Folds::default()).candidates.into_iter().next().unwrap();
        assert!(ours[c.start..c.end].ends_with("Vi arbetar brett."));
    }

    #[test]
    fn a_page_footer_run_into_the_clause_is_no_part_of_it() {
        let text = "Bolagsordning för Exempel AB 3 Verksamhetsföremål Bolaget ska äga och förvalta fastigheter. 4 Ändamålet med bolagets verksamhet Bolagets ändamål är att främja bostadsförsörjningen. Vinst ska tillfalla aktieägarna. 2 Antagen vid Exempel ABs bolagsstämma Sida 2 av 5 5 Aktiekapital Aktiekapitalet ska vara en miljon kronor.";
        let c = find(text, Folds::default()).candidates.into_iter().next().unwrap();
        assert!(text[c.start..c.end].ends_with("Vinst ska tillfalla aktieägarna."), "{}", &text[c.start..c.end]);
        // A horizontal rule before the page's own text.
        let text = "§ 1 Uppgift Föreningens ändamål är att vårda hembygden. Föreningen är ansluten till förbundet. Stadgar för X - hela dokumentet ---------- Skapad av: Anna";
        let c = find(text, Folds::default()).candidates.into_iter().next().unwrap();
        assert!(text[c.start..c.end].ends_with("ansluten till förbundet."), "{}", &text[c.start..c.end]);
        // A link's label after it.
        let text = "Uppgift • Förbundets uppgift är att främja hembygdsvård. • Förbundet ska stödja föreningarna. Länk till stadgar antagna 2012";
        let c = find(text, Folds::default()).candidates.into_iter().next().unwrap();
        assert!(text[c.start..c.end].ends_with("stödja föreningarna."), "{}", &text[c.start..c.end]);
        // Misread by OCR, read under the OCR fold.
        let text = text.replace("Länk", "Lank");
        let ocr = Folds { ocr: true, ..Folds::default() };
        let c = find(&text, ocr).candidates.into_iter().next().unwrap();
        assert!(text[c.start..c.end].ends_with("stödja föreningarna."), "{}", &text[c.start..c.end]);
    }

    #[test]
    fn a_task_list_in_the_first_person_goes_on_the_clause() {
        let text = "Vårt uppdrag\n\nDet övergripande målet för förbundet är att främja länets utveckling.\n\nVi ska, enligt lagen om samverkansorgan\n\n• utarbeta en strategi för länet\n• samordna insatser\n\nVi arbetade mycket under förra året.";
        let c = find(text, Folds::default()).candidates.into_iter().next().unwrap();
        assert!(text[c.start..c.end].ends_with("• samordna insatser"), "{}", &text[c.start..c.end]);
    }

    #[test]
    fn a_title_run_into_an_unheaded_clause_is_no_part_of_it() {
        let text = "Klubben X (KX) Klubben X, stiftad 1956, har till ändamål att spela tennis. § 1 Medlemskap Medlem blir den som betalar.";
        let c = find(text, Folds::default()).candidates.into_iter().next().unwrap();
        assert_eq!(&text[c.start..c.end], "Klubben X, stiftad 1956, har till ändamål att spela tennis.");
    }

    #[test]
    fn a_page_s_buttons_are_no_quotation_from_the_statute() {
        fn intro(t: &str) -> Option<&str> {
            let d = Document::parse(t, false);
            quotation_after_intro(t, &d.sections[0], false).map(|at| &t[at..])
        }
        let quoted = "Ur föreningens stadgar: Föreningen har till ändamål att spela.";
        assert_eq!(intro(quoted), Some("Föreningen har till ändamål att spela."));
        assert_eq!(intro("Stadgar för Förbundet X Save this PDF as: WORD PNG TXT JPG Storlek: px"), None);
    }

    #[test]
    fn a_section_without_heading_among_headed_ones_says_so() {
        let none = |t: &str| {
            candidates_with_features(t, Folds::default())
                .iter()
                .find(|(c, _)| c.heading.is_none())
                .map(|(_, f)| f.values[index::HEADING_NONE])
        };
        assert_eq!(none(&format!("Här finns stadgarna som årsmötet antog i fjol.\n\n{LINED}")), Some(1.0));
        // A text without any heading is read as a clause pasted alone.
        assert_eq!(none("Förbundet har till ändamål att stödja samverkan."), Some(0.0));
    }

    #[test]
    fn a_table_of_contents_does_not_make_a_law_a_statute() {
        let toc = "Innehåll\n1 § Namn och säte ........ 2\n2 § Medlemmar ........ 2\n3 § Ändamål ........ 2\n4 § Organisation ........ 3\n5 § Styrelse ........ 3\n6 § Revision ........ 4\n\n";
        let law = "Lag om samordning\n\n1 § Samordning enligt denna lag får bedrivas mellan kommuner.\n\n2 § Insatserna ska avse individer i behov av stöd.";
        let statute = |t: &str| features::DocumentContext::new(t, &Document::parse(t, false), false).statute;
        assert_eq!(statute(law), 0.0);
        assert_eq!(statute(&format!("{toc}{law}")), 0.0);
        // The same titles over text do make a statute.
        let lined = "1 § Namn och säte\nX.\n\n2 § Medlemmar\nY.\n\n3 § Ändamål\nZ.\n\n4 § Organisation\nV.";
        assert!(statute(lined) > 0.5);
    }

    #[test]
    fn prose_about_andamal_is_never_sure() {
        // Pasted alone, prose about ändamål may be all the user has, so it
        // may be offered; it is never taken for a clause with confidence.
        let text = "Styrelsen har diskuterat förbundets ändamål och den utökade ändamålsparagrafen i förbundsordningen. Den ska ses över.";
        let f = find(text, Folds::default());
        assert_ne!((f.found, f.confidence), (true, Confidence::High));
        assert!(!f.candidates[0].reasons.contains(&Reason::DefiningWording));
    }

    #[test]
    fn two_close_candidates_are_found_but_unsure() {
        let at = |score: f64| Candidate {
            heading: None,
            section_start: 0,
            start: 0,
            end: 1,
            score,
            sure: 0.9,
            reasons: Vec::new(),
            lined: true,
            section: None,
        };
        assert_eq!(decide(&[at(0.8), at(0.1)], 0.45, 0.55), (true, Confidence::High));
        assert_eq!(decide(&[at(0.6), at(0.35)], 0.45, 0.55), (true, Confidence::Low));
        assert_eq!(decide(&[at(0.5), at(0.0)], 0.45, 0.55), (true, Confidence::Low));
        assert_eq!(decide(&[at(0.3), at(0.1)], 0.45, 0.55), (false, Confidence::Low));
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
    fn an_untitled_section_that_names_then_states_purpose_is_the_clause() {
        let text = "STADGAR för Bostadsrättsföreningen Exemplet Sida 1 av 9 § 1 Föreningens firma är Bostadsrättsföreningen Exemplet. Föreningen har till ändamål att främja medlemmarnas ekonomiska intressen genom att upplåta lägenheter. Medlem som innehar bostadsrätt kallas bostadsrättshavare. § 2 Styrelsen ska ha sitt säte i Stockholm. § 3 Fråga om medlemskap avgörs av styrelsen.";
        let f = find(text, Folds::default());
        let c = f.chosen().expect("found");
        assert_eq!(c.heading.as_deref(), Some("§ 1"));
        assert!(text[c.start..c.end].starts_with("Föreningens firma är"));
        assert!(text[c.start..c.end].ends_with("kallas bostadsrättshavare."));
    }

    #[test]
    fn words_that_introduce_a_quotation_are_no_part_of_it() {
        for text in [
            "Om föreningen\n\nUr föreningens stadgar:\n\nFöreningen har till ändamål att vårda hembygdens minnen.\n\nStyrelsen",
            "Citat ur stadgarna:\n'Föreningen har till ändamål att vårda hembygdens minnen.'\n\nVerksamhetsberättelser finns här.",
            "Om föreningen Ur föreningens stadgar: ”Föreningen har till ändamål att vårda hembygdens minnen.”",
            // Under a heading of the page's own.
            "Vår historia\n\nUr föreningens stadgar: ”Föreningen har till ändamål att vårda hembygdens minnen.”",
        ] {
            let f = find(text, Folds::default());
            let c = f.candidates.first().expect("offered");
            assert_eq!(&text[c.start..c.end], "Föreningen har till ändamål att vårda hembygdens minnen.", "{text}");
            assert_eq!(c.heading, None);
        }
    }

    #[test]
    fn a_page_s_title_lines_are_no_part_of_its_unheaded_text() {
        let text = "Gå till innehåll\nFörbundet X\n\nVår organisation\n\nFörbundet X är en ideell organisation som ska främja idrott för alla.\n\nFörbundets medlemmar utgörs av föreningar.\n\nFörbundsmötet är förbundets högsta organ.";
        let best = find(text, Folds::default()).candidates[0].clone();
        assert_eq!(
            &text[best.start..best.end],
            "Förbundet X är en ideell organisation som ska främja idrott för alla."
        );
        assert_eq!(best.heading, None);
    }

    #[test]
    fn an_unheaded_tagline_ends_before_a_title_in_capitals() {
        let tagline = "Stiftelsens ändamål är att stödja äldre och främja deras livskvalitet";
        for gap in ["\n\n", " "] {
            let text = format!(
                "{tagline}{gap}NYHETER FRÅN STIFTELSEN{gap}12.03.2024 kl. 10:15 Många ansökningar{gap}Stiftelsen fick 30 ansökningar i år. Styrelsen beviljade tio av dem."
            );
            let best = find(&text, Folds::default()).candidates[0].clone();
            assert_eq!(&text[best.start..best.end], tagline, "gap {gap:?}");
        }
        // Abbreviations and names in capitals are words of the clause.
        for text in [
            "Förbundets ändamål är att samordna insatser enligt LSS och SFB för personer som behöver stöd",
            "Samordningsförbundets ändamål är att inom FINSAM KALMAR LÄN samordna rehabiliteringsinsatser för personer i behov av stöd.",
        ] {
            let best = find(text, Folds::default()).candidates[0].clone();
            assert_eq!(best.end, text.len(), "{text}");
        }
    }

    #[test]
    fn a_transcript_s_page_number_before_a_title_and_its_number_is_no_heading_s() {
        let clause =
            "1 Konsumentföreningen X är en förening. Föreningens uppgift är att främja medlemmarnas hushållning.";
        let end = " Medlemmar 2 Medlem är den som betalar.";
        let texts = [
            // A transcript's lines, each opening with its page's number.
            format!("1 Stadgar för Konsumentföreningen X.\n\n3 Firma, säte, ändamål {clause}{end}"),
            // The same, hard-wrapped: the line is short enough to be a title.
            format!(
                "1 Stadgar för Konsumentföreningen X.\n\n3 Firma, säte, ändamål {}{end}",
                clause.replacen(" X ", " X\n", 1)
            ),
            // One line, after a table of contents' last pages.
            format!(
                "Stadgar för X. Innehåll Medlemmar 2-4 Allmänna bestämmelser 43-48 3 Firma, säte, ändamål {clause}{end}"
            ),
        ];
        for text in &texts {
            let best = find(text, Folds::default()).candidates[0].clone();
            assert_eq!(best.heading.as_deref(), Some("Firma, säte, ändamål"), "{text}");
            assert_eq!(text[best.start..best.end].replace('\n', " "), clause, "{text}");
        }
    }

    #[test]
    fn a_later_stycke_that_states_a_mandate_as_a_list_is_offered_to_the_list_s_end() {
        let text = "Stadgar\n\nFöreningens stadgar ger ramen för vår verksamhet. De antogs 2015.\n\nFöreningen ska:\n\n• verka för skydd av naturen,\n• bedriva utbildning\n\nVår värdegrund\n\n• att rädda naturens liv\n\nKretsens högsta organ är stämman.";
        let best = find(text, Folds::default()).candidates[0].clone();
        assert_eq!(
            &text[best.start..best.end],
            "Föreningen ska:\n\n• verka för skydd av naturen,\n• bedriva utbildning"
        );
        // Its board's duties are no purpose: "Styrelsen" is no organisation.
        let board = text.replace("Föreningen ska:", "Styrelsen ska:");
        let found = find(&board, Folds::default());
        assert!(found.candidates.iter().all(|c| !board[c.start..].starts_with("Styrelsen")), "{:?}", found.candidates);
        // Nor are the association's duties: its first item says no "what for".
        let duties = text.replace("verka för skydd av naturen", "föra medlemsförteckning");
        let found = find(&duties, Folds::default());
        assert!(
            found.candidates.iter().all(|c| !duties[c.start..].starts_with("Föreningen ska")),
            "{:?}",
            found.candidates
        );
    }

    #[test]
    fn unnumbered_headings_before_the_next_number_are_sub_headings() {
        let text = "1 Namn Föreningens namn är X. 2 Ändamål Föreningen har till ändamål att främja bordtennis. Verksamhetsidé Bordtennis ska vara lättillgängligt och vi ska erbjuda alla att spela. 3 Medlemmar Medlem är den som betalar.";
        let titles: Vec<_> = crate::statute::structure::Document::parse(text, false)
            .sections
            .iter()
            .filter_map(|s| s.title(text))
            .collect();
        assert!(titles.contains(&"Verksamhetsidé"), "{titles:?}");
        let best = find(text, Folds::default()).candidates[0].clone();
        assert_eq!(best.heading.as_deref(), Some("2 Ändamål"));
        assert!(text[best.start..best.end].ends_with("erbjuda alla att spela."), "{}", &text[best.start..best.end]);
        // Not a page's longer title after the clause.
        let page = "§ 1 Uppgift\nFöreningen har till ändamål att vårda hembygden.\n\nStadgar för föreningen - hela dokumentet\n\nKontakta oss.";
        let best = find(page, Folds::default()).candidates[0].clone();
        assert_eq!(&page[best.start..best.end], "Föreningen har till ändamål att vårda hembygden.");
    }

    #[test]
    fn a_purpose_stated_as_a_list_item_is_that_item() {
        let text = "Stadgar för Kodföreningen\n\n§1 Allmänt\n\n1. Föreningens namn är Kodföreningen.\n2. Föreningens syfte är att främja programmering bland studenter.\n3. Föreningen ska anordna kurser.\n\n§2 Medlemskap\n\nMedlem är den som betalat avgift.\n\n§3 Styrelse\n\nStyrelsen leder föreningen.";
        let f = find(text, Folds::default());
        let c = f.candidates.first().expect("offered");
        assert_eq!(&text[c.start..c.end], "Föreningens syfte är att främja programmering bland studenter.");
        assert_eq!(f.confidence, Confidence::Low);
        // In a guide, the same words are an example, not a clause.
        let guide = "Så skriver du stadgar\n\nTänk på vad föreningen ska göra. Skriv till exempel: Föreningens syfte är att främja programmering.";
        assert!(
            find(guide, Folds::default())
                .candidates
                .iter()
                .all(|c| !guide[c.start..c.end].starts_with("Föreningens syfte"))
        );
    }

    #[test]
    fn a_quoted_section_ends_at_its_closing_mark() {
        let text = "Pressmeddelande\n\nStyrelsen föreslår en ny lydelse:\n\n”§ 3 Ändamål och uppgift\nBolaget har till ändamål att bedriva ambulansflyg. Bolaget ska verka för en jämlik vård.”\n\nBeslutet fattas i maj, säger ordföranden.";
        let f = find(text, Folds::default());
        let c = f.candidates.first().expect("offered");
        assert_eq!(c.heading.as_deref(), Some("§ 3 Ändamål och uppgift"));
        assert_eq!(
            &text[c.start..c.end],
            "Bolaget har till ändamål att bedriva ambulansflyg. Bolaget ska verka för en jämlik vård."
        );
    }

    #[test]
    fn a_press_release_quoting_a_section_goes_on_in_its_own_words() {
        let text = "Pressmeddelande\n\nStyrelsen föreslår en ny lydelse:\n\n§ 3 Ändamål och uppgift\nBolaget har till ändamål att bedriva ambulansflyg.\n\nBeslutet fattas i maj. Flyget blir en del av beredskapen, säger ordföranden.";
        let c = find(text, Folds::default()).candidates.into_iter().next().expect("offered");
        assert_eq!(&text[c.start..c.end], "Bolaget har till ändamål att bedriva ambulansflyg.");
    }

    #[test]
    fn a_question_states_no_purpose() {
        let text = "Bilda förening\n\nStadgarna bör innehålla: • Föreningens namn • Föreningens ändamål (vad är den till för?) • Styrelsens sammansättning • Verksamhetsåret";
        let f = find(text, Folds::default());
        assert!(f.chosen().is_none_or(|c| !text[c.start..c.end].starts_with("Föreningens ändamål")));
    }

    /// The candidates' titles and one feature's value.
    fn feature_of(text: &str, name: &str) -> Vec<(Option<String>, f64)> {
        candidates_with_features(text, Folds::default()).into_iter().map(|(c, f)| (c.heading, f.get(name))).collect()
    }

    #[test]
    fn text_that_ends_by_introducing_what_follows_points_to_a_clause() {
        let text = "Stadgar\n\nHär kan du läsa våra stadgar om du vill veta mer om hur stugan drivs:\n\n \n\nStadgar\n\n1.Målsättning\n\nFöreningen har till ändamål att:\n• främja kultur\n• driva en kulturstuga.\n\n2.Medlemskap\n\nMedlem är den som betalar.";
        let got = feature_of(text, "introduces");
        assert!(got.contains(&(Some("Stadgar".into()), 1.0)), "{got:?}");
        // A clause that introduces a list ends with the list.
        assert!(got.contains(&(Some("1.Målsättning".into()), 0.0)), "{got:?}");
        // Run into one line, the title after the colon is the text's end.
        let line = text.replace("\n\n \n\n", " ").replace("\n\n", " ");
        let pointer = candidates_with_features(&line, Folds::default())
            .into_iter()
            .find(|(c, _)| line[c.start..c.end].contains("drivs:"))
            .expect("the link text is a candidate");
        assert_eq!(pointer.1.get("introduces"), 1.0, "{:?}", &line[pointer.0.start..pointer.0.end]);
    }

    #[test]
    fn the_purpose_of_a_law_is_a_guide_s_words() {
        let text = "Syftet med finsamlagen\n\nSyftet med lagen är att individer ska få samordnade insatser.\n\n§ 2 Ändamål\n\nFörbundets ändamål är att inom ramen för lagen (2003:1210) bedriva samordning.";
        let got = feature_of(text, "of_a_law");
        assert!(got.contains(&(Some("Syftet med finsamlagen".into()), 1.0)), "{got:?}");
        assert!(got.contains(&(Some("§ 2 Ändamål".into()), 0.0)), "{got:?}");
    }

    #[test]
    fn a_page_title_over_all_of_a_text_is_no_section_heading() {
        let page = "Om oss\n\nHembygdsrörelsens ändamål är att vårda hembygdens kultur.\n\nHembygdsföreningen ska i detta syfte arbeta för:\n\nAtt kunskapen om hembygden förs vidare.\n\nAtt minnen tas tillvara.";
        for text in [page.to_owned(), format!("Innehåll\n\n1 § Namn .......... 2\n\n{page}")] {
            let best = find(&text, Folds::default()).candidates[0].clone();
            assert_eq!(best.heading, None);
            assert!(text[best.start..best.end].starts_with("Hembygdsrörelsens ändamål"));
            // The stycke that takes the purpose up, and its list, go with it.
            assert!(text[best.start..best.end].ends_with("Att minnen tas tillvara."));
        }
        // A title that names a task is the stand-in's heading.
        let text = "Vårt uppdrag\n\nDet övergripande målet är att främja regionens utveckling.";
        assert_eq!(find(text, Folds::default()).candidates[0].heading.as_deref(), Some("Vårt uppdrag"));
    }

    #[test]
    fn a_quotation_introduced_later_in_a_section_is_the_clause() {
        let text = "Stiftelsens ändamål enligt stadgarna\n\nFöljande beskrivning ligger till grund för bedömningen av ansökningar.\n\nI stiftelsestadgarnas §2 kan man läsa:\n”Stiftelsens ändamål ska vara att främja kulturhistorisk forskning i Jönköping”.\n\nStiftelsens angelägenheter handhas av en styrelse.";
        let best = find(text, Folds::default()).candidates[0].clone();
        assert_eq!(best.heading, None);
        assert_eq!(
            &text[best.start..best.end],
            "Stiftelsens ändamål ska vara att främja kulturhistorisk forskning i Jönköping"
        );
    }

    #[test]
    fn a_table_of_contents_is_no_hard_wrap() {
        let toc: String = (1..=8).map(|n| format!("{n} § Rubrik nummer {n} .................... {n}\n")).collect();
        assert_eq!(wrap_width(&format!("Innehåll\n\n{toc}\nFörbundet har till ändamål att samordna.\n")), None);
        let wrapped = "Förbundet har till ändamål att inom ramen för\nlagen om finansiell samordning av rehabilitering\nsamordna insatser för individer som behöver stöd\nfrån flera myndigheter samtidigt för att kunna\nförbättra sin förmåga att utföra förvärvsarbete\noch som har behov av samordnade insatser från\nde samverkande parterna i förbundets område.\n";
        assert!(wrap_width(wrapped).is_some());
    }

    #[test]
    fn empty_text() {
        let f = find("", Folds::default());
        assert!(!f.found);
        assert!(f.candidates.is_empty());
    }
}

#[cfg(test)]
mod index_tests {
    use super::features::{BASE, index};

    #[test]
    fn indices_follow_the_names() {
        assert_eq!(BASE[index::HEADING_ANDAMAL], "heading_andamal");
        assert_eq!(BASE[index::OPENS_MANDATE], "opens_mandate");
        assert_eq!(BASE[index::GENERIC_SUBJECT], "generic_subject");
        assert_eq!(BASE[index::LONG], "long");
        assert_eq!(BASE[index::HEADING_NONE], "heading_none");
        assert_eq!(BASE[index::INTRODUCES], "introduces");
        assert_eq!(BASE[index::OF_A_LAW], "of_a_law");
        assert_eq!(BASE.len(), index::OF_A_LAW + 1);
    }
}
