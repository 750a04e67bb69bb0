//! What the finder weighs: named features of a candidate section.
//!
//! Every candidate (a section's text, or a clause starting inside one) is
//! described by the same few numbers in `0..=1`: what its heading says, how
//! its first sentence is worded ([`super::wording`]), its number and place,
//! and what kind of document it sits in (a statute, minutes, a report). The
//! finder's decision is a logistic model over these numbers whose weights are
//! fitted on the tuning part of the labelled corpus by
//! `cargo run -p andamal-core --example fit_finder`, which rewrites
//! [`super::weights`]. To change what the finder does, change a feature here
//! (a general cause) and refit; never a weight by hand.

use crate::statute::structure::{Document, Section};
use crate::statute::vocab::{is_section_title, match_key};

use super::wording::{self, Opening, Reader};

/// The base features, first in [`Features::values`] and the weight table.
pub const BASE: [&str; 30] = [
    "heading_andamal",
    "heading_andamal_compound",
    "heading_syfte",
    "heading_uppgift",
    "heading_foremal",
    "heading_other",
    "heading_untitled",
    "opens_andamal",
    "opens_foremal",
    "opens_uppgift",
    "opens_syfte",
    "opens_mandate",
    "later_andamal",
    "number_typical",
    "number_high",
    "position",
    "statute_document",
    "protocol_document",
    "report_document",
    "discussion",
    "embedded",
    "bare_clause",
    "bare_prose",
    "bare_long",
    "generic_subject",
    "short",
    "long",
    "heading_none",
    "introduces",
    "of_a_law",
];

/// Each base feature's index in [`Features::values`], in the order of [`BASE`]
/// (checked by a test), so the finder sets and reads features without
/// looking names up.
pub mod index {
    pub const HEADING_ANDAMAL: usize = 0;
    pub const HEADING_ANDAMAL_COMPOUND: usize = 1;
    pub const HEADING_SYFTE: usize = 2;
    pub const HEADING_UPPGIFT: usize = 3;
    pub const HEADING_FOREMAL: usize = 4;
    pub const HEADING_OTHER: usize = 5;
    pub const HEADING_UNTITLED: usize = 6;
    pub const OPENS_ANDAMAL: usize = 7;
    pub const OPENS_FOREMAL: usize = 8;
    pub const OPENS_UPPGIFT: usize = 9;
    pub const OPENS_SYFTE: usize = 10;
    pub const OPENS_MANDATE: usize = 11;
    pub const LATER_ANDAMAL: usize = 12;
    pub const NUMBER_TYPICAL: usize = 13;
    pub const NUMBER_HIGH: usize = 14;
    pub const POSITION: usize = 15;
    pub const STATUTE_DOCUMENT: usize = 16;
    pub const PROTOCOL_DOCUMENT: usize = 17;
    pub const REPORT_DOCUMENT: usize = 18;
    pub const DISCUSSION: usize = 19;
    pub const EMBEDDED: usize = 20;
    pub const BARE_CLAUSE: usize = 21;
    pub const BARE_PROSE: usize = 22;
    pub const BARE_LONG: usize = 23;
    pub const GENERIC_SUBJECT: usize = 24;
    pub const SHORT: usize = 25;
    pub const LONG: usize = 26;
    pub const HEADING_NONE: usize = 27;
    pub const INTRODUCES: usize = 28;
    pub const OF_A_LAW: usize = 29;
}

/// Headings and openings weigh together, not only each alone: a heading
/// that names the ändamål over a text that states a purpose is surer than
/// either says, and purpose wording with no heading of its own (quoted in
/// prose) means something else again. Every pair of one feature from each
/// list is a feature of its own ("heading_andamal×opens_andamal").
pub const CROSS_HEADINGS: [usize; 7] = [
    index::HEADING_ANDAMAL,
    index::HEADING_SYFTE,
    index::HEADING_UPPGIFT,
    index::HEADING_FOREMAL,
    index::HEADING_OTHER,
    index::HEADING_UNTITLED,
    index::EMBEDDED,
];
pub const CROSS_OPENINGS: [usize; 6] = [
    index::OPENS_ANDAMAL,
    index::OPENS_FOREMAL,
    index::OPENS_UPPGIFT,
    index::OPENS_SYFTE,
    index::OPENS_MANDATE,
    index::LATER_ANDAMAL,
];

/// How many features there are.
pub const COUNT: usize = BASE.len() + CROSS_HEADINGS.len() * CROSS_OPENINGS.len();

/// Every feature's name, in the order of [`Features::values`] and the weight table.
#[must_use]
pub fn names() -> Vec<String> {
    let mut out: Vec<String> = BASE.iter().map(|s| (*s).to_owned()).collect();
    for h in CROSS_HEADINGS {
        for o in CROSS_OPENINGS {
            out.push(format!("{}×{}", BASE[h], BASE[o]));
        }
    }
    out
}

/// A candidate's features.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features {
    pub values: [f64; COUNT],
}

impl Default for Features {
    fn default() -> Features {
        Features { values: [0.0; COUNT] }
    }
}

impl Features {
    /// The value of the feature called `name` (0 for an unknown name).
    #[must_use]
    pub fn get(&self, name: &str) -> f64 {
        BASE.iter().position(|n| *n == name).map_or(0.0, |i| self.values[i])
    }

    fn set(&mut self, i: usize, value: f64) {
        self.values[i] = value;
    }

    fn flag(&mut self, i: usize, on: bool) {
        self.set(i, if on { 1.0 } else { 0.0 });
    }

    /// A plain logistic model's probability: `σ(bias + weights · values)`.
    #[must_use]
    pub fn probability(&self, weights: &[f64; COUNT], bias: f64) -> f64 {
        1.0 / (1.0 + (-self.score(weights, bias)).exp())
    }

    /// The model's score of this candidate: `bias + weights · values`.
    #[must_use]
    pub fn score(&self, weights: &[f64; COUNT], bias: f64) -> f64 {
        bias + self.values.iter().zip(weights).map(|(x, w)| x * w).sum::<f64>()
    }
}

/// A weight table written in millionths (`weights.rs`, four bytes a weight
/// in the page's wasm) as the `f64`s the models use: `n / 1e6` is the same
/// `f64` as the six-decimal literal would be, since both are correctly rounded.
#[must_use]
pub fn weights(micro: &[i32; COUNT]) -> [f64; COUNT] {
    micro.map(|n| f64::from(n) / 1e6)
}

/// Each candidate's probability of being the document's ändamål section,
/// against the others and against "none of them" (whose score is 0): a
/// softmax over the document's candidates plus the null choice, so a
/// document with no clause can say so.
#[must_use]
pub fn probabilities(scores: &[f64]) -> Vec<f64> {
    let top = scores.iter().copied().fold(0.0_f64, f64::max);
    let exps: Vec<f64> = scores.iter().map(|s| (s - top).exp()).collect();
    let none = (-top).exp();
    let total = none + exps.iter().sum::<f64>();
    exps.iter().map(|e| e / total).collect()
}

/// What is known of the whole document, computed once per [`super::find`].
pub struct DocumentContext {
    pub len: usize,
    pub no_headings: bool,
    pub(crate) statute: f64,
    protocol: f64,
    report: f64,
    pub reader: Reader,
    heading_words: HeadingWords,
    ocr: bool,
}

/// A table of contents' line: a title that ends in its page number, after
/// leader dots or a space ("Ändamål ........ 2", "Ändamål 2").
fn lists_a_page(title: &str) -> bool {
    let t = title.trim_end();
    let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
    head.len() < t.len() && head.ends_with(|c: char| c == '.' || c == '…' || c.is_whitespace())
}

/// How much of a document is read for its kind: minutes and reports say what
/// they are in their title and first lines, while statutes mention minutes
/// and annual reports in their own sections (the årsmöte's business).
const SAMPLE: usize = 1200;

impl DocumentContext {
    #[must_use]
    pub fn new(text: &str, document: &Document, ocr: bool) -> DocumentContext {
        // Titles of sections with text: a table of contents lists a
        // statute's titles over nothing, and put before a law or a report
        // it does not make that document a statute.
        let titles = document
            .sections
            .iter()
            .filter(|s| !s.stycken.is_empty())
            .filter_map(|s| s.title(text))
            .filter(|t| !lists_a_page(t) && is_section_title(t, ocr))
            .take(6)
            .count();
        let key = match_key(wording::prefix(text, SAMPLE), ocr);
        let protocol = wording::count_words(&key, wording::PROTOCOL, ocr).min(3);
        let report = wording::count_words(&key, wording::REPORT, ocr).min(3);
        DocumentContext {
            len: text.len().max(1),
            no_headings: document.sections.iter().all(|s| s.heading.is_none()),
            statute: titles as f64 / 6.0,
            protocol: protocol as f64 / 3.0,
            report: report as f64 / 3.0,
            reader: Reader::new(ocr),
            heading_words: HeadingWords::new(ocr),
            ocr,
        }
    }
}

/// A candidate's place: its section, and where inside it the clause starts.
pub struct Place<'a> {
    pub section: &'a Section,
    /// The clause starts at the section's text (not inside it).
    pub whole_section: bool,
    pub start: usize,
    pub end: usize,
    /// The clause's first sentence.
    pub first_sentence: &'a str,
    /// The clause's later sentences (at most a few are read).
    pub later: &'a [crate::Span],
    /// The title of its heading: the section's, or one run together before
    /// a clause inside a section.
    pub heading: Option<&'a str>,
}

/// Heading words, as keys under the document's folds (built once per document).
pub struct HeadingWords {
    andamal: [String; 3],
    stem: String,
    syfte: Vec<String>,
    uppgift: Vec<String>,
    foremal: Vec<String>,
    activity: String,
}

impl HeadingWords {
    fn new(ocr: bool) -> HeadingWords {
        let k = |s: &str| match_key(s, ocr);
        let all = |l: &[&str]| l.iter().map(|s| k(s)).collect();
        HeadingWords {
            andamal: [k("andamal"), k("andamalet"), k("andamalen")],
            stem: k("andamal"),
            syfte: all(&["syfte", "syftet", "syften"]),
            uppgift: all(&["uppgift", "uppgifter", "uppdrag", "uppdraget"]),
            foremal: all(&["foremal", "foremalet", "verksamhet", "verksamheten", "verksamhetens"]),
            activity: k("verksamhet"),
        }
    }
}

/// Whether a title names neither a purpose nor a task ("Om oss", not "Vårt
/// uppdrag" or "Syfte").
#[must_use]
pub fn names_no_purpose(title: &str, ocr: bool) -> bool {
    let mut f = Features::default();
    heading_features(&mut f, Some(title), ocr, &HeadingWords::new(ocr));
    f.values[index::HEADING_OTHER] > 0.0
}

/// Heading words, as keys.
fn heading_features(f: &mut Features, title: Option<&str>, ocr: bool, hw: &HeadingWords) {
    let Some(title) = title else {
        return;
    };
    if title.is_empty() {
        // "3 §": a numbered section without a title, as laws and bolagsordningar have.
        f.flag(index::HEADING_UNTITLED, true);
        return;
    }
    let key = match_key(title, ocr);
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    // A compound names what its last part names: "Verksamhetsföremål",
    // "Huvudsyfte", "Bolagsändamål" (but "Ändamålsparagrafen" is about
    // one, and "Föreningsverksamhet" is any activity).
    let is = |w: &str, l: &String| {
        w == l || (w.len() > l.len() + 2 && w.ends_with(l.as_str()) && !l.starts_with(&hw.activity))
    };
    let any = |list: &[String]| words.iter().any(|w| list.iter().any(|l| is(w, l)));
    let exact = any(&hw.andamal);
    let compound = !exact && words.iter().any(|w| w.starts_with(hw.stem.as_str()));
    let syfte = any(&hw.syfte);
    let uppgift = any(&hw.uppgift);
    let foremal = any(&hw.foremal);
    f.flag(index::HEADING_ANDAMAL, exact);
    f.flag(index::HEADING_ANDAMAL_COMPOUND, compound);
    f.flag(index::HEADING_SYFTE, syfte);
    f.flag(index::HEADING_UPPGIFT, uppgift);
    f.flag(index::HEADING_FOREMAL, foremal);
    f.flag(index::HEADING_OTHER, !(exact || compound || syfte || uppgift || foremal));
}

/// The features of one candidate.
#[must_use]
pub fn features(text: &str, context: &DocumentContext, place: &Place<'_>) -> Features {
    let mut f = Features::default();
    let section = place.section;
    let untitled = place.whole_section && section.heading.as_ref().is_some_and(|h| h.title.is_none());
    heading_features(&mut f, if untitled { Some("") } else { place.heading }, context.ocr, &context.heading_words);
    let mut o: Opening = context.reader.opening(place.first_sentence);
    // An untitled section whose opening stycke names the association and then
    // states its purpose ("§ 1 Föreningens firma är X. Föreningen har till
    // ändamål att …") opens with its purpose as much as one that starts with it.
    if untitled && !(o.andamal || o.foremal) && wording::names_the_body(place.first_sentence, context.ocr) {
        if let Some(second) = section.stycken.first().and_then(|s| s.sentences.get(1)) {
            let next = context.reader.opening(second.slice(text));
            if next.andamal || next.foremal {
                o = next;
            }
        }
    }
    f.flag(index::OPENS_ANDAMAL, o.andamal);
    f.flag(index::OPENS_FOREMAL, o.foremal);
    f.flag(index::OPENS_UPPGIFT, o.uppgift && !o.andamal);
    f.flag(index::OPENS_SYFTE, o.syfte && !o.andamal);
    f.flag(index::OPENS_MANDATE, o.mandate && !o.andamal && !o.foremal);
    let later = place.later.iter().take(6).any(|s| context.reader.opens_with_purpose(s.slice(text)));
    f.flag(index::LATER_ANDAMAL, later && !o.andamal && !o.foremal);
    let number =
        if place.whole_section {
            section.heading.as_ref().and_then(|h| h.number.as_deref()).and_then(|n| {
                n.trim_end_matches(char::is_alphabetic).split('.').next().and_then(|n| n.parse::<u32>().ok())
            })
        } else {
            None
        };
    f.flag(index::NUMBER_TYPICAL, number.is_some_and(|n| (1..=5).contains(&n)));
    f.flag(index::NUMBER_HIGH, number.is_some_and(|n| n > 15));
    f.set(index::POSITION, place.start as f64 / context.len as f64);
    f.set(index::STATUTE_DOCUMENT, context.statute);
    f.set(index::PROTOCOL_DOCUMENT, context.protocol);
    f.set(index::REPORT_DOCUMENT, context.report);
    let body = wording::prefix(&text[place.start..place.end], 400);
    let body_key = match_key(body, context.ocr);
    let discussion = wording::count_words(&body_key, wording::DISCUSSION, context.ocr).min(2);
    f.set(index::DISCUSSION, discussion as f64 / 2.0);
    f.flag(index::EMBEDDED, !place.whole_section);
    // A text without headings: a clause pasted alone reads like one from
    // its first words; prose (a guide, a news item) does not.
    let shaped = o.andamal || o.foremal || o.uppgift || o.syfte || o.mandate;
    let bare = context.no_headings && place.whole_section;
    f.flag(index::BARE_CLAUSE, bare && shaped);
    f.flag(index::BARE_PROSE, bare && !shaped);
    let chars = text[place.start..place.end].chars().take(2600).count();
    // A clause is a paragraph; a page without headings that long is a guide,
    // a plan or news.
    f.flag(index::BARE_LONG, bare && chars > 1200);
    f.flag(index::GENERIC_SUBJECT, o.generic);
    // A section with no heading in a document that has them: a page's
    // chrome, a cover, a preamble; what a heading would say is missing.
    f.flag(index::HEADING_NONE, place.whole_section && section.heading.is_none() && !context.no_headings);
    // Text that ends by introducing what follows ("Här kan du läsa våra
    // stadgar:", a title after it at most, on its line or run in) points to
    // a clause; it is none. A clause that introduces a list ends with the list.
    let own = &text[place.start..place.end];
    let title_after = own.rsplit_once(':').is_some_and(|(_, tail)| {
        let words = tail.split_whitespace().count();
        (1..=3).contains(&words)
            && tail.trim_start().starts_with(char::is_uppercase)
            && !tail.contains(['.', '!', '?', ';', ','])
    });
    let introduces = title_after
        || own
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .rfind(|l| !crate::statute::structure::is_title_line(l))
            .is_some_and(|l| l.ends_with(':'));
    f.flag(index::INTRODUCES, introduces);
    // The purpose of a law ("Syftet med finsamlagen", "Syftet med lagen är
    // …"), in its heading or the first words: a guide's, not a body's.
    let lawful = |s: &str, n: usize| {
        match_key(wording::prefix(s, 100), context.ocr)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(n)
            .any(|w| matches!(w, "lag" | "lagar") || w.ends_with("lagen") || w.ends_with("lagens"))
    };
    f.flag(index::OF_A_LAW, place.heading.is_some_and(|h| lawful(h, 8)) || lawful(place.first_sentence, 4));
    f.flag(index::SHORT, chars < 60);
    f.flag(index::LONG, chars > 2500);
    let mut k = BASE.len();
    for h in CROSS_HEADINGS {
        for o in CROSS_OPENINGS {
            f.values[k] = f.values[h] * f.values[o];
            k += 1;
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn millionths_are_the_six_decimal_literals() {
        let literal = |n: i32| {
            let sign = if n < 0 { "-" } else { "" };
            format!("{sign}{}.{:06}", n.unsigned_abs() / 1_000_000, n.unsigned_abs() % 1_000_000)
        };
        let table: Vec<i32> = (-9_000_000..9_000_000).step_by(997).chain([1, -1, 999_999, 123_457]).collect();
        for (n, w) in table.iter().zip(weights(&[0; COUNT]).iter().cycle()) {
            assert_eq!(*w, 0.0);
            assert_eq!(literal(*n).parse::<f64>().unwrap(), f64::from(*n) / 1e6, "{n}");
        }
        let w = weights(&crate::statute::finder::weights::WEIGHTS);
        assert!(
            crate::statute::finder::weights::WEIGHTS.iter().zip(w).all(|(n, w)| literal(*n).parse::<f64>() == Ok(w))
        );
    }

    #[test]
    fn a_compound_names_what_its_last_part_names() {
        let hw = HeadingWords::new(false);
        let on = |title: &str| {
            let mut f = Features::default();
            heading_features(&mut f, Some(title), false, &hw);
            BASE.iter().zip(f.values).filter(|(_, v)| *v > 0.0).map(|(n, _)| *n).collect::<Vec<_>>()
        };
        assert_eq!(on("Verksamhetsföremål"), ["heading_foremal"]);
        assert_eq!(on("Föreningens huvudsyfte"), ["heading_syfte"]);
        assert_eq!(on("Bolagsändamål"), ["heading_andamal"]);
        // A paragraph about the ändamål is not one, and any activity is no föremål.
        assert_eq!(on("Revidering av ändamålsparagrafen"), ["heading_andamal_compound"]);
        assert_eq!(on("Föreningsverksamhet"), ["heading_other"]);
        assert_eq!(on("Föremål för verksamheten"), ["heading_foremal"]);
    }
}
