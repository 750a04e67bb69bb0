//! The structure of a pasted förbundsordning: §-sections with their headings,
//! stycken (paragraphs) and sentences, all as spans of the pasted text.
//!
//! Pasted documents come from web pages (a stycke per line), from PDFs (hard
//! line breaks, hyphenation, page headers and numbers, page breaks in the
//! middle of a sentence) and from OCR. Lines are joined into a stycke unless
//! the previous one ends a sentence and the next one starts a new one; page
//! furniture is recognised and skipped, never deleted.
//!
//! ```
//! use andamal_core::statute::structure::Document;
//! let text = "3 § Medlemmar\nKommunerna.\n\n4 § Förbundets ändamål\nFörbundets ändamål är att\nsvara för samordning.\n\nDet ska vara bra.";
//! let doc = Document::parse(text, false);
//! let s = &doc.sections[1];
//! assert_eq!(s.heading.as_ref().unwrap().span.slice(text), "4 § Förbundets ändamål");
//! assert_eq!(s.stycken.len(), 2);
//! assert_eq!(s.stycken[0].sentences[0].slice(text), "Förbundets ändamål är att\nsvara för samordning.");
//! ```

use rustc_hash::FxHashSet as HashSet;

use crate::Span;
use crate::statute::furniture::{find_furniture, is_page_number, is_skip_link};
use crate::statute::heading::{LineHeading, Strength, is_markup_line, parse_line};
use crate::statute::inline::{opening_title, page_then_title, stacked_titles, starts_sentence};
use crate::statute::sentence;
use crate::statute::vocab::match_key;
use crate::text::lines::{Line, lines};

mod across;
use across::{push_across_lines, push_inline};

/// A parsed document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// In reading order; the first may have no heading (the preamble).
    pub sections: Vec<Section>,
    /// Page furniture (page numbers, repeated headers and footers), skipped
    /// when reading sentences.
    pub furniture: Vec<Span>,
    /// Lines were broken at a fixed width (a PDF copy).
    pub hard_wrapped: bool,
}

/// A section's heading as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// The whole heading, trimmed ("4 § Förbundets ändamål").
    pub span: Span,
    /// The section number as written ("4"), if any.
    pub number: Option<String>,
    /// The title ("Förbundets ändamål"), if any.
    pub title: Option<Span>,
    pub strength: Strength,
}

/// One section: a heading (or none, for the preamble) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: Option<Heading>,
    /// From the first to the last visible byte of its sentences; empty (at
    /// the heading's end) when the section has no text.
    pub body: Span,
    pub stycken: Vec<Stycke>,
}

/// A stycke (paragraph) and its sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stycke {
    pub span: Span,
    pub sentences: Vec<Span>,
}

impl Section {
    /// Where the section starts: its heading, or its text when it has none.
    #[must_use]
    pub fn start(&self) -> usize {
        self.heading.as_ref().map_or(self.body.start, |h| h.span.start)
    }

    /// All sentences in reading order.
    pub fn sentences(&self) -> impl Iterator<Item = Span> + '_ {
        self.stycken.iter().flat_map(|s| s.sentences.iter().copied())
    }

    /// The title text, if the heading has one.
    #[must_use]
    pub fn title<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.heading.as_ref().and_then(|h| h.title).map(|t| t.slice(text))
    }
}

/// Information about one line used to join lines into stycken.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineInfo {
    pub(crate) span: Span,
    pub(crate) blank: bool,
    pub(crate) page_break: bool,
}

impl Document {
    /// Parses `text`. With `ocr`, heading words are matched through the OCR
    /// confusion classes ("Forbundets dndamal").
    #[must_use]
    pub fn parse(text: &str, ocr: bool) -> Document {
        let raw_lines = lines(text);
        let infos: Vec<LineInfo> = raw_lines
            .iter()
            .map(|l: &Line| LineInfo { span: l.span.trim(text), blank: l.blank, page_break: l.page_break })
            .collect();
        let (headings, consumed) = find_headings(text, &infos, ocr);
        let furniture = find_furniture(text, &infos, &headings, &consumed, ocr);
        // A running header read as a heading is furniture all the same.
        let mut headings = headings;
        headings.retain(|h| {
            let at = h.heading.span.start;
            let i = furniture.partition_point(|f| f.end <= at);
            furniture.get(i).is_none_or(|f| f.start > at)
        });
        let hard_wrapped = is_hard_wrapped(text, &infos, &furniture, &headings);
        let mut sections = Vec::new();
        let mut body_starts: Vec<(usize, Option<Heading>, usize)> = Vec::new();
        if headings.first().is_none_or(|h| h.heading.span.start > 0) {
            body_starts.push((0, None, 0));
        }
        for h in &headings {
            body_starts.push((h.body_start, Some(h.heading.clone()), h.cut));
            // A table of contents' entry ("8 § Utträde …… 5") heads no text:
            // what follows the contents' last entry is a text of its own.
            if is_contents_entry(h.heading.span.slice(text)) {
                body_starts.push((h.body_start, None, h.body_start));
            }
        }
        for (i, (body_start, heading, _)) in body_starts.iter().enumerate() {
            let body_end = body_starts.get(i + 1).map_or(text.len(), |(_, _, cut)| *cut).max(*body_start);
            let stycken = read_stycken(text, &infos, Span::new(*body_start, body_end), &furniture, hard_wrapped);
            let body = match (stycken.first(), stycken.last()) {
                (Some(first), Some(last)) => Span::new(first.span.start, last.span.end),
                _ => Span::new(*body_start, *body_start),
            };
            if heading.is_none() && stycken.is_empty() {
                continue;
            }
            sections.push(Section { heading: heading.clone(), body, stycken });
        }
        Document { sections, furniture, hard_wrapped }
    }
}

impl Document {
    /// The same document with every span passed through `map` (a document
    /// parsed from a cleaned copy, brought back to the pasted text).
    #[must_use]
    pub fn mapped(&self, map: impl Fn(Span) -> Span) -> Document {
        Document {
            sections: self
                .sections
                .iter()
                .map(|s| Section {
                    heading: s.heading.as_ref().map(|h| Heading {
                        span: map(h.span),
                        number: h.number.clone(),
                        title: h.title.map(&map),
                        strength: h.strength,
                    }),
                    body: map(s.body),
                    stycken: s
                        .stycken
                        .iter()
                        .map(|st| Stycke {
                            span: map(st.span),
                            sentences: st.sentences.iter().map(|x| map(*x)).collect(),
                        })
                        .collect(),
                })
                .collect(),
            furniture: self.furniture.iter().map(|f| map(*f)).collect(),
            hard_wrapped: self.hard_wrapped,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct FoundHeading {
    pub(crate) heading: Heading,
    pub(crate) body_start: usize,
    /// Where the text before it ends: the start of its line for a heading on
    /// a line of its own (so its decoration, "### " or "\\section{", is not
    /// the previous section's text), the heading itself when run together,
    /// and for the second of two stacked side headings its own text's start
    /// (the first's text lies between the two).
    pub(crate) cut: usize,
}

/// Finds heading lines (and headings run together inside lines), with the
/// context rules that separate headings from short lines of text.
fn find_headings(text: &str, infos: &[LineInfo], ocr: bool) -> (Vec<FoundHeading>, HashSet<usize>) {
    let mut found: Vec<FoundHeading> = Vec::new();
    let mut consumed_lines = HashSet::default();
    // Lines of side headings stacked before their numbers, read across lines only.
    let mut stacked = Vec::new();
    let nonblank: Vec<usize> = (0..infos.len()).filter(|&i| !infos[i].blank).collect();
    for (pos, &li) in nonblank.iter().enumerate() {
        if consumed_lines.contains(&li) {
            continue;
        }
        let span = infos[li].span;
        let line = span.slice(text);
        let prev = pos.checked_sub(1).map(|p| nonblank[p]);
        let next = nonblank.get(pos + 1).copied();
        let blank_before = prev.is_none_or(|p| p + 1 < li);
        let prev_text = prev.map(|p| infos[p].span.slice(text));
        // A list item is finished at its line's end, stop or not ("• verka
        // för god vård" / "Medlemskap"), unless the list goes on.
        let in_list = |t: &str| sentence::is_list_marker(t.trim_start());
        // So is a line of a table of contents ("8 § Utträde …… 5"): an entry is whole.
        // And a line that ends in a date, as running headers and footers do
        // ("Vårt uppdrag – 2024-01-01"): what follows is no continuation.
        let prev_ends = prev_text.is_none_or(|t| {
            ends_sentence_like(t) || (in_list(t) && !in_list(line)) || is_contents_entry(t) || ends_in_date(t)
        });
        // The line before is a heading of its own: its text starts on a later
        // line (a closing "}" or "**" may follow the heading on its line).
        let prev_is_heading = prev.is_some_and(|p| {
            found
                .last()
                .is_some_and(|f| f.heading.span.start >= infos[p].span.start && f.body_start >= infos[p].span.end)
        });
        let furniture_like = is_furniture_like(line, ocr);
        // A bare "§ 2" line whose title is on the next line ("§ 2" / "Hembygdsföreningens
        // ändamål"): the title line takes it as its number.
        let bare_number_before_title = is_bare_number(line)
            && next.is_some_and(|n| {
                let next_line = infos[n].span.slice(text);
                parse_line(next_line, ocr).is_some_and(|h| {
                    h.number.is_none()
                        && h.title.is_some()
                        && h.text_start.is_none()
                        && h.strength >= Strength::Vocabulary
                })
            });
        if bare_number_before_title {
            continue;
        }
        // A run-in title under a heading is the first words of its text
        // ("§ 2" / "Ändamål: Föreningen …").
        let run_in_under_heading = |h: &LineHeading| h.number.is_none() && h.text_start.is_some() && prev_is_heading;
        // Two side headings and the first's number, a hard wrap's line of
        // their own: one heading here, which the reading across the lines
        // replaces where it finds where the second's number stands.
        let parsed = parse_line(line, ocr);
        let number_last = line.trim_end().ends_with(|c: char| c.is_ascii_digit());
        if parsed.as_ref().is_some_and(|h| {
            number_last
                && h.number.is_some()
                && h.text_start.is_none()
                && h.title.is_some_and(|(a, b)| stacked_titles(&line[a..b], ocr).is_some())
        }) {
            stacked.push(span);
        }
        if let Some(h) = parsed.filter(|h| !furniture_like && !run_in_under_heading(h) && !page_then_title(line, ocr)) {
            let accept = match h.strength {
                Strength::Paragraph => true,
                // A known title alone on its line, before a sentence, even
                // where the line before lost its stop (web text whose
                // paragraphs end without one: "… Svenska Dystoniföreningen" /
                // "Föreningens ändamål" / "Föreningen har …").
                Strength::Vocabulary => {
                    prev_ends
                        || blank_before
                        || prev_is_heading
                        || (h.number.is_none()
                            && line.split_whitespace().count() <= 4
                            && !line.trim_end().ends_with(['.', ',', ';', ':'])
                            && next.is_some_and(|n| starts_sentence(infos[n].span.slice(text).trim_start())))
                }
                // A title no vocabulary knows, after a finished sentence and
                // before text (not before "(2010:1011) om …", which goes on
                // with a sentence a hard wrap cut).
                Strength::Weak => {
                    blank_before
                        && prev_ends
                        && next.is_some_and(|n| {
                            let next_line = infos[n].span.slice(text);
                            starts_upper_or_digit(next_line) && !next_line.trim_start().starts_with('(')
                        })
                        && prev_text.is_none_or(|t| !t.ends_with(':'))
                }
            };
            if accept {
                let mut heading = to_heading(span.start, &h);
                // "Ändamål" with its number on the next line (PDF reading order), or "4" on the line before.
                if heading.number.is_none() {
                    if let Some(n) = next.filter(|&n| is_bare_number(infos[n].span.slice(text))) {
                        heading.number = Some(infos[n].span.slice(text).trim_matches(['.', '§', ' ']).to_owned());
                        consumed_lines.insert(n);
                    } else if let Some(p) = prev.filter(|&p| is_bare_number(infos[p].span.slice(text))) {
                        heading.number = Some(infos[p].span.slice(text).trim_matches(['.', '§', ' ']).to_owned());
                        consumed_lines.insert(p);
                    }
                }
                let body_start = h.text_start.map_or(span.end, |t| span.start + t);
                found.push(FoundHeading { heading, body_start, cut: span.start });
                // A run-together line may hold further headings.
                if let Some(t) = h.text_start {
                    push_inline(text, Span::new(span.start + t, span.end), ocr, true, &mut found);
                }
                continue;
            }
        }
        if line.len() > 40 {
            // The text's first line may open with the page's title.
            let title = (pos == 0).then(|| opening_title(line)).flatten();
            let span = match title {
                Some(len) => {
                    let body_start = span.start + line.len() - line[len..].trim_start().len();
                    let heading = Heading {
                        span: Span::new(span.start, span.start + len),
                        number: None,
                        title: Some(Span::new(span.start, span.start + len)),
                        strength: Strength::Weak,
                    };
                    found.push(FoundHeading { heading, body_start, cut: span.start });
                    Span::new(body_start, span.end)
                }
                None => span,
            };
            // After a finished sentence, a page's furniture between at most
            // (a page break cut a transcript's line).
            let text_before =
                nonblank[..pos].iter().rev().map(|&p| infos[p].span.slice(text)).find(|t| !is_furniture_like(t, ocr));
            let after_stop = text_before.is_some_and(|t| ends_sentence_like(t) || ends_in_date(t));
            push_inline(text, span, ocr, after_stop, &mut found);
        }
    }
    push_across_lines(text, infos, ocr, &stacked, &mut found);
    found.retain(|f| !is_running_header(text, f));
    let found = drop_out_of_sequence(text, found);
    (found, consumed_lines)
}

/// A page number, a "Sida 2 av 5" or a skip link: a page's furniture, not its text.
fn is_furniture_like(line: &str, ocr: bool) -> bool {
    line.len() <= 120
        && (is_page_number(line) || is_skip_link(line, ocr) || {
            let key = match_key(line, false);
            key.contains("sida ") && key.split_whitespace().any(|w| w.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// A weak heading whose title and first word of text stand elsewhere in the
/// document too: a page number and a running header run into the text ("…
/// ändamål. 3 Stadgar för IK Exempel …" on every page), not a section.
fn is_running_header(text: &str, f: &FoundHeading) -> bool {
    let Some(title) = f.heading.title.filter(|_| f.heading.strength == Strength::Weak) else {
        return false;
    };
    let rest = &text[f.body_start..];
    let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let key = &text[title.start..f.body_start + word];
    key.len() > title.len() && text.match_indices(key).nth(1).is_some()
}

/// Weak numbered headings ("2. Finansiera insatser") are list items unless
/// they continue the document's section numbering.
/// A table of contents' entries ("3 § Ändamål …… 2") list the numbers,
/// they do not number the text: the text's numbering starts after them.
fn drop_out_of_sequence(text: &str, found: Vec<FoundHeading>) -> Vec<FoundHeading> {
    let mut kept: Vec<FoundHeading> = Vec::with_capacity(found.len());
    let mut last_number: Option<u32> = None;
    for f in found {
        let number =
            f.heading.number.as_deref().and_then(|n| n.trim_end_matches(char::is_alphabetic).parse::<u32>().ok());
        if f.heading.strength == Strength::Weak {
            if let Some(n) = number {
                let fits = match last_number {
                    Some(last) => n == last + 1,
                    None => n == 1,
                };
                if !fits {
                    continue;
                }
            }
        }
        if number.is_some() && !is_contents_entry(f.heading.span.slice(text)) {
            last_number = number;
        }
        kept.push(f);
    }
    kept
}

fn to_heading(line_start: usize, h: &LineHeading) -> Heading {
    let title = h.title.map(|(s, e)| Span::new(line_start + s, line_start + e));
    let start = line_start + h.start;
    Heading { span: Span::new(start, line_start + h.end), number: h.number.clone(), title, strength: h.strength }
}

fn is_bare_number(s: &str) -> bool {
    let t = s.trim_end_matches(['.', ' ', '§']).trim().trim_start_matches(['§', ' ']);
    (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A short line that ends without any mark, as titles do.
pub(crate) fn is_title_line(s: &str) -> bool {
    let t = s.trim_end();
    t.split_whitespace().count() <= 8
        && t.ends_with(|c: char| c.is_alphanumeric())
        && !sentence::is_list_marker(t)
        && !t.contains(['.', ',', ':', ';'])
}

/// A line whose last word is an ISO date ("… – 2024-01-01").
fn ends_in_date(s: &str) -> bool {
    s.split_whitespace().next_back().is_some_and(|w| {
        let b = w.as_bytes();
        b.len() == 10
            && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
    })
}

/// A line of a table of contents: leader dots, then a page number
/// ("3 § Ändamål ........ 2", "Ändamål … 2").
pub(crate) fn is_contents_entry(s: &str) -> bool {
    let t = s.trim_end();
    let page = t.trim_end_matches(|c: char| c.is_ascii_digit());
    page.len() < t.len() && t.len() - page.len() <= 3 && {
        let leader = page.trim_end();
        leader.ends_with("...") || leader.ends_with('…')
    }
}

fn starts_upper_or_digit(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '”' | '(' | '–' | '-' | '•'))
}

/// The line ends with sentence punctuation (possibly inside quotes or brackets).
pub(crate) fn ends_sentence_like(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// A PDF copy: many lines end without sentence punctuation at a similar width.
fn is_hard_wrapped(text: &str, infos: &[LineInfo], furniture: &[Span], headings: &[FoundHeading]) -> bool {
    let body_lines: Vec<&LineInfo> = infos
        .iter()
        .filter(|l| {
            !l.blank && !furniture.contains(&l.span) && !headings.iter().any(|h| h.heading.span.start == l.span.start)
        })
        .collect();
    if body_lines.len() < 4 {
        return false;
    }
    // Lines that end open; list items often do in web text, wrapped or not.
    let open = body_lines
        .iter()
        .map(|l| l.span.slice(text))
        .filter(|t| !ends_sentence_like(t) && !sentence::is_list_marker(t.trim_start()))
        .count();
    open * 10 >= body_lines.len() * 3
}

/// Joins the lines of a section body into stycken and splits them into sentences.
fn read_stycken(text: &str, infos: &[LineInfo], body: Span, furniture: &[Span], hard_wrapped: bool) -> Vec<Stycke> {
    // The body's lines, clipped to the body (its first line may start mid-line).
    let mut parts: Vec<(Span, bool)> = Vec::new(); // (span, blank line(s) or page break before)
    let mut gap = false;
    let first = infos.partition_point(|l| l.span.end < body.start);
    for l in &infos[first..] {
        if l.span.end <= body.start && !(l.span.is_empty() && l.span.start == body.start) {
            continue;
        }
        if l.span.start >= body.end {
            break;
        }
        // A label, comment or layout command on its own line is no text.
        if l.blank || is_furniture(furniture, l.span) || is_markup_line(l.span.slice(text)) {
            gap |= l.blank || l.page_break;
            continue;
        }
        let clipped = Span::new(l.span.start.max(body.start), l.span.end.min(body.end)).trim(text);
        if clipped.is_empty() {
            continue;
        }
        parts.push((clipped, gap));
        gap = l.page_break;
    }
    let width = typical_width(text, &parts);
    let mut groups: Vec<Span> = Vec::new();
    for (i, &(span, gap_before)) in parts.iter().enumerate() {
        let Some(prev) = i.checked_sub(1).map(|p| parts[p].0) else {
            groups.push(span);
            continue;
        };
        let prev_text = prev.slice(text);
        let next_text = span.slice(text);
        let next_is_list = sentence::is_list_marker(next_text);
        let prev_ends = ends_sentence_like(prev_text) && !(prev_text.ends_with(':') && next_is_list);
        // A list whose last item has no stop ends where a sentence starts
        // that is no item ("– stödja medlemmarna" / "Vi arrangerar …"), on
        // a new line of web text or after a blank line.
        let list_over = sentence::is_list_marker(prev_text)
            && !next_is_list
            && starts_sentence(next_text)
            && (gap_before || !hard_wrapped);
        // A page's title lines on a web page end without a stop ("Vår
        // organisation" / "" / "Förbundet är …"): a blank line after one,
        // before a sentence, ends it.
        let after_title = gap_before && starts_sentence(next_text) && is_title_line(prev_text);
        let new_stycke = list_over
            || after_title
            || (prev_ends
                && starts_upper_or_digit(next_text)
                && (gap_before || (!next_is_list && (!hard_wrapped || prev_text.chars().count() * 10 < width * 7))));
        if new_stycke {
            groups.push(span);
        } else if let Some(last) = groups.last_mut() {
            *last = last.cover(span);
        }
    }
    let mut stycken: Vec<Stycke> = groups
        .into_iter()
        .map(|span| {
            let mut sentences = sentence::split(text, span, furniture);
            // Trailing page labels left inside a line ("… förvärvsarbeta. 1(5) 2").
            while sentences.len() > 1 && sentences.last().is_some_and(|&s| !has_words(text, s, furniture)) {
                sentences.pop();
            }
            let span = match (sentences.first(), sentences.last()) {
                (Some(f), Some(l)) => Span::new(f.start, l.end),
                _ => span,
            };
            Stycke { span, sentences }
        })
        // Decoration left between sections ("###", "***", "–––") is not text.
        .filter(|s| !s.sentences.is_empty() && s.span.slice(text).chars().any(char::is_alphanumeric))
        .collect();
    // A short trailing line without sentence punctuation after a finished
    // stycke introduces what follows (a caption, "– Ur förbundsordningen …"),
    // not this section; at the text's end nothing follows (a truncated last
    // sentence).
    let mut follows = None;
    while stycken.len() > 1 {
        let last = &stycken[stycken.len() - 1];
        let prev = &stycken[stycken.len() - 2];
        let last_text = last.span.slice(text);
        let prev_text = prev.span.slice(text);
        // A list under a colon ("Föreningen ska:" / "• …") is text, no caption.
        if !ends_sentence_like(last_text)
            && last_text.split_whitespace().count() <= 12
            && !last_text.lines().any(|l| l.trim_end().ends_with(':'))
            && ends_sentence_like(prev_text)
            && !prev_text.ends_with(':')
            && *follows.get_or_insert_with(|| has_words(text, Span::new(body.end, text.len()), furniture))
        {
            stycken.pop();
        } else {
            break;
        }
    }
    stycken
}

/// Furniture spans are sorted line spans.
/// Whether `span` has a letter outside the page furniture inside it (a
/// page label and page number around a page's header are not words).
fn has_words(text: &str, span: Span, furniture: &[Span]) -> bool {
    let letters = |from: usize, to: usize| text[from..to.max(from)].chars().any(char::is_alphabetic);
    let mut at = span.start;
    for f in furniture.iter().filter(|f| f.start < span.end && span.start < f.end) {
        if letters(at, f.start) {
            return true;
        }
        at = at.max(f.end);
    }
    letters(at.min(span.end), span.end)
}

fn is_furniture(furniture: &[Span], span: Span) -> bool {
    furniture.binary_search_by(|f| f.start.cmp(&span.start)).is_ok()
}

/// The width hard-wrapped lines were broken at: the 80th percentile length.
fn typical_width(text: &str, parts: &[(Span, bool)]) -> usize {
    let mut lens: Vec<usize> = parts.iter().map(|(s, _)| s.slice(text).chars().count()).collect();
    if lens.is_empty() {
        return 0;
    }
    crate::text::order::sort(&mut lens);
    lens[(lens.len() * 8 / 10).min(lens.len() - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The titles of a parsed text's sections, in order.
    fn section_titles(text: &str) -> Vec<&str> {
        Document::parse(text, false).sections.iter().filter_map(|s| s.title(text)).collect()
    }

    fn section_numbers(text: &str) -> Vec<String> {
        let doc = Document::parse(text, false);
        doc.sections.iter().filter_map(|s| s.heading.as_ref()?.number.clone()).collect()
    }

    #[test]
    fn side_headings_stacked_before_their_numbers_keep_their_own_texts() {
        let line = "Bolagsordning Styrelsens säte 2 Styrelsen ska ha sitt säte i Byn. Föremål för bolagets verksamhet Ändamålet med bolagets verksamhet 3 Bolaget har till föremål att sälja el. 4 Bolagets syfte är att tillhandahålla el. Aktiekapital 5 Aktiekapitalet ska vara lägst 100 kronor.";
        let doc = Document::parse(line, false);
        let read: Vec<(&str, &str)> =
            doc.sections.iter().filter_map(|s| Some((s.title(line)?, s.body.slice(line)))).collect();
        let at = |title: &str| read.iter().find(|r| r.0 == title).map(|r| r.1);
        assert_eq!(at("Föremål för bolagets verksamhet"), Some("3 Bolaget har till föremål att sälja el."), "{read:?}");
        assert_eq!(
            at("Ändamålet med bolagets verksamhet"),
            Some("4 Bolagets syfte är att tillhandahålla el."),
            "{read:?}"
        );
        assert!(section_numbers(line).ends_with(&["3".to_owned(), "4".to_owned(), "5".to_owned()]));
    }

    #[test]
    fn stacked_side_headings_on_a_wrapped_line_of_their_own() {
        let text = "Bolagsordning för Elbolaget. Styrelsens säte 2\nStyrelsen ska ha sitt säte i Byn.\nFöremål för bolagets verksamhet Ändamålet med bolagets verksamhet 3\nBolaget har till föremål att köpa och sälja el. 4\nBolagets syfte är att tillhandahålla el.\nAktiekapital 5 Aktiekapitalet ska vara lägst 100 kronor.";
        let doc = Document::parse(text, false);
        let read: Vec<(&str, &str)> =
            doc.sections.iter().filter_map(|s| Some((s.title(text)?, s.body.slice(text)))).collect();
        let at = |title: &str| read.iter().find(|r| r.0 == title).map(|r| r.1);
        assert_eq!(
            at("Föremål för bolagets verksamhet"),
            Some("3\nBolaget har till föremål att köpa och sälja el."),
            "{read:?}"
        );
        assert_eq!(
            at("Ändamålet med bolagets verksamhet"),
            Some("4\nBolagets syfte är att tillhandahålla el."),
            "{read:?}"
        );
        // After a blank line the reading across lines finds no pair: one heading, as before.
        let alone = "Bolagsordning\n\nFöremål för bolagets verksamhet Ändamålet med bolagets verksamhet 3\nBolaget har till föremål att sälja el.";
        assert_eq!(
            section_titles(alone),
            ["Bolagsordning", "Föremål för bolagets verksamhet Ändamålet med bolagets verksamhet"]
        );
        // One title in capitals before its number is one heading.
        let caps = "Stadgar\n\nÄNDAMÅL OCH VERKSAMHET 2\nFöreningen har till ändamål att bygga fiber.";
        assert_eq!(section_titles(caps), ["Stadgar", "ÄNDAMÅL OCH VERKSAMHET"]);
    }

    fn titles(text: &str) -> Vec<String> {
        Document::parse(text, false)
            .sections
            .iter()
            .map(|s| s.heading.as_ref().map_or("-".to_owned(), |h| h.span.slice(text).to_owned()))
            .collect()
    }

    #[test]
    fn page_numbers() {
        for l in ["3", "- 3 -", "Sida 3", "Sida 3 av 5", "3 (5)", "3/5", "s. 3", "Page 2 of 4"] {
            assert!(is_page_number(l), "{l}");
        }
        for l in ["2019", "3 kap.", "Sida", "4 § Ändamål"] {
            assert!(!is_page_number(l), "{l}");
        }
    }

    #[test]
    fn pdf_page_break_inside_sentence_joins() {
        let text =
            "4 § Ändamål\nFörbundet ska med en ny förbundsordning\n\nfrån 2019 verka för samordning.\n\nNästa stycke.";
        let doc = Document::parse(text, false);
        let s = &doc.sections[0];
        assert_eq!(s.stycken.len(), 2);
        assert_eq!(s.stycken[0].sentences.len(), 1);
    }

    #[test]
    fn numbered_list_is_not_sections() {
        let text =
            "4 § Ändamål\nFörbundet ska:\n1. Finansiera insatser\n2. Stödja samverkan\n\n5 § Organisation\nStyrelse.";
        assert_eq!(titles(text), ["4 § Ändamål", "5 § Organisation"]);
    }

    #[test]
    fn running_headers_are_furniture() {
        let text = "Förbundsordning för X\n1 § Namn\nFörbundet heter X.\nSida 1 av 3\nFörbundsordning för X\n2 § Ändamål\nFörbundet ska stödja\nSida 2 av 3\nFörbundsordning för X\nsamverkan.\n3 § Säte\nI Y.";
        let doc = Document::parse(text, false);
        let s = &doc.sections.iter().find(|s| s.title(text) == Some("Ändamål")).unwrap();
        assert_eq!(s.stycken.len(), 1);
        assert_eq!(s.sentences().count(), 1);
        assert_eq!(s.body.slice(text), "Förbundet ska stödja\nSida 2 av 3\nFörbundsordning för X\nsamverkan.");
    }

    #[test]
    fn a_skip_link_is_furniture_not_a_heading() {
        let text = "Gå till innehåll\nFörbundet X\n\nFörbundet ska stödja samverkan.";
        let doc = Document::parse(text, false);
        assert!(doc.sections.iter().all(|s| s.heading.is_none()), "{:?}", section_titles(text));
        assert_eq!(doc.furniture.first().map(|f| f.slice(text)), Some("Gå till innehåll"));
        for link in ["Hoppa till huvudinnehållet", "Skip to content", "Till innehållet"] {
            assert!(crate::statute::furniture::is_skip_link(link, false), "{link}");
        }
        assert!(!crate::statute::furniture::is_skip_link("Till förbundets ändamål", false));
        assert!(crate::statute::furniture::is_skip_link("Gd till innehall", true));
    }

    #[test]
    fn title_with_number_on_next_line() {
        let text = "Ändamål\n4\nFörbundet ska verka.";
        let doc = Document::parse(text, false);
        let h = doc.sections[0].heading.as_ref().unwrap();
        assert_eq!(h.number.as_deref(), Some("4"));
        assert_eq!(doc.sections[0].body.slice(text), "Förbundet ska verka.");
    }

    #[test]
    fn trailing_caption_is_not_part_of_section() {
        let text = "4§ Förbundets ändamål\n\nFörbundets ändamål är att stödja.\n\n- Ur Samordningsförbundet Umeåregionen förbundsordning från 2019\n\n4 § Förbundets ändamål\n\nText.";
        let doc = Document::parse(text, false);
        assert_eq!(doc.sections[0].body.slice(text), "Förbundets ändamål är att stödja.");
    }

    #[test]
    fn headings_split_by_a_hard_wrap() {
        let text = "Medlemmar är Umeå och Vindeln kommuner samt landstinget. 4\r\nFörbundets ändamål Förbundets ändamål är att främja\r\nsamverkan i länet. 5 Organisation Förbundet har en\r\nstyrelse.";
        let doc = Document::parse(text, false);
        let titles: Vec<_> = doc.sections.iter().map(|s| s.title(text)).collect();
        assert_eq!(titles, [None, Some("Förbundets ändamål"), Some("Organisation")]);
        assert_eq!(doc.sections[1].heading.as_ref().unwrap().number.as_deref(), Some("4"));
        assert_eq!(doc.sections[1].body.slice(text), "Förbundets ändamål är att främja\r\nsamverkan i länet.");
        let text = "Förbundet ska verka för fler medlemmar. 3 Ändamål\nFörbundet ska svara för stöd till medlemmarna.";
        let doc = Document::parse(text, false);
        assert_eq!(doc.sections[1].title(text), Some("Ändamål"));
        assert_eq!(doc.sections[1].body.slice(text), "Förbundet ska svara för stöd till medlemmarna.");
    }

    #[test]
    fn a_running_header_that_opens_pages_is_furniture() {
        let text = "Kommuns författningssamling 5.10 – 2024-01-01\n\n4 Ändamål\n\nFörbundet ska arbeta. 1(5)\n\x0cKommuns författningssamling 5.10 – 2024-01-01\n\n2 5 Styrelsen Förbundet ska ledas av en styrelse.";
        let doc = Document::parse(text, false);
        let ändamål = doc.sections.iter().find(|s| s.title(text) == Some("Ändamål")).unwrap();
        assert_eq!(ändamål.body.slice(text), "Förbundet ska arbeta.");
    }

    #[test]
    fn a_running_header_read_as_a_heading_is_furniture_all_the_same() {
        let text = "Gå till innehåll – 2024-01-01\n\nVår organisation\n\nFörbundet ska främja idrott för alla.\n\nSida 1 av 2\n\x0cGå till innehåll – 2024-01-01\n\nFörbundsmötet är förbundets högsta organ.";
        let doc = Document::parse(text, false);
        assert!(doc.sections.iter().all(|s| s.heading.as_ref().is_none_or(|h| !h.span.slice(text).starts_with("Gå"))));
        assert_eq!(doc.furniture.iter().filter(|f| f.slice(text).starts_with("Gå till")).count(), 2);
    }

    #[test]
    fn a_short_last_line_is_a_caption_only_where_text_follows() {
        let caption =
            "§ 1 Ändamål\n\nFörbundet ska främja idrott.\n\nUr förbundets stadgar\n\n§ 2 Säte\n\nSäte är Stockholm.";
        let doc = Document::parse(caption, false);
        assert_eq!(doc.sections[0].body.slice(caption), "Förbundet ska främja idrott.");
        // A truncated text's last words follow a page break: nothing comes after them.
        let truncated = "§ 1 Ändamål\n\nFörbundet ska främja idrott.\n\nSida 1 av 2\n\x0c\nFörbundet tar avstånd från varje form av d";
        let doc = Document::parse(truncated, false);
        assert!(doc.sections[0].body.slice(truncated).ends_with("form av d"));
    }

    #[test]
    fn a_title_after_a_dated_header_line_is_a_heading() {
        let text =
            "Regionförbundet – 2024-01-01\n\nVårt uppdrag\n\nDet övergripande målet är att främja länets utveckling.";
        let doc = Document::parse(text, false);
        assert!(doc.sections.iter().any(|s| s.title(text) == Some("Vårt uppdrag")), "{:?}", doc.sections);
        // After a line that goes on, the same words are text.
        let text = "Förbundet antog 2024 en plan för\n\nVårt uppdrag\n\nDet övergripande målet är att främja länets utveckling.";
        let doc = Document::parse(text, false);
        assert!(doc.sections.iter().all(|s| s.title(text) != Some("Vårt uppdrag")));
    }

    #[test]
    fn a_contents_entry_heads_no_text() {
        let text = "Innehåll\n\n1 § Namn .......... 2\n2 § Ändamål .......... 2\n\nFörbundet ska främja idrott för alla.\n\nFörbundsmötet är förbundets högsta organ.";
        let doc = Document::parse(text, false);
        let last = doc.sections.iter().position(|s| s.title(text).is_some_and(|t| t.starts_with("Ändamål"))).unwrap();
        assert!(doc.sections[last].stycken.is_empty());
        assert!(doc.sections[last + 1].heading.is_none());
        assert_eq!(doc.sections[last + 1].stycken.len(), 2);
    }

    #[test]
    fn a_heading_under_a_heading_in_markup() {
        let text = "\\section{Syfte}\n\\subsection{Syfte}\nFöreningen har som syfte att spela.\n\n\\section{Medlemskap}\nAlla får bli medlemmar.";
        let doc = Document::parse(text, false);
        let syfte = doc.sections.iter().rfind(|s| s.title(text) == Some("Syfte")).unwrap();
        assert_eq!(syfte.body.slice(text), "Föreningen har som syfte att spela.");
    }

    #[test]
    fn a_heading_may_follow_a_list_item_without_a_stop() {
        let text = "Ändamål\nFöreningen har till ändamål att\n• främja samverkan\n• verka för god vård\nMedlemskap\nMedlem är den som betalar.";
        assert_eq!(titles(text), ["Ändamål", "Medlemskap"]);
        // An item of the same list is no heading, whatever its words.
        let text = "Ändamål\nFöreningen ska verka inom\n• Tillväxt\n• Verksamhetsstöd och intressebevakning\n• Projekt";
        assert_eq!(titles(text), ["Ändamål"]);
    }

    #[test]
    fn a_known_title_after_a_paragraph_without_a_stop() {
        let text = "Föreningens namn\nFöreningens namn är Svenska Dystoniföreningen\nFöreningens ändamål\nFöreningen har till ändamål att sprida kunskap\nMedlemskap\nMedlem är den som betalar avgift";
        assert_eq!(titles(text), ["Föreningens namn", "Föreningens ändamål", "Medlemskap"]);
        // Hard-wrapped text: a known word ending a wrapped line is no title.
        let text = "Ändamål\nFörbundet ska stödja samverkan mellan\nmedlemmar\noch andra parter i regionen.";
        assert_eq!(titles(text), ["Ändamål"]);
    }

    #[test]
    fn a_list_without_a_final_stop_ends_where_a_sentence_starts() {
        for text in [
            "Om oss\nSMHF Skåne är en förening.\nFöreningen har till ändamål att:\n- främja hälsa\n- stödja medlemmar\nVi arrangerar träffar varje månad.\nKontakta oss.",
            "Om oss\n\nSMHF Skåne är en förening.\n\nFöreningen har till ändamål att:\n- främja hälsa\n- stödja medlemmar\n\nVi arrangerar träffar varje månad.",
        ] {
            let doc = Document::parse(text, false);
            let stycken: Vec<&str> = doc.sections[0].stycken.iter().map(|s| s.span.slice(text)).collect();
            assert!(
                stycken.contains(&"Föreningen har till ändamål att:\n- främja hälsa\n- stödja medlemmar"),
                "{stycken:?}"
            );
        }
        // Hard-wrapped, an item goes on on the next line, even with a capital.
        let text = "Ändamål\nFörbundet ska verka för att stödja\nsamverkan mellan parterna i regionen\n- samordna insatser för\nFörsäkringskassan och kommunerna\n- följa upp insatserna och deras resultat\noch rapportera till medlemmarna.";
        let doc = Document::parse(text, false);
        assert_eq!(doc.sections[0].stycken.len(), 1);
    }

    #[test]
    fn typst_labels_and_function_headings() {
        let text = "= Namn <namn>\nFöreningens namn är D.\n\n#heading(level: 1)[Ändamål]\n<ändamål>\nSektionen har till ändamål att främja studierna.\n\n#heading[Medlemskap] <medlemskap>\nAlla får vara medlemmar.";
        let doc = Document::parse(text, false);
        let titles: Vec<_> = doc.sections.iter().filter_map(|s| s.title(text)).collect();
        assert_eq!(titles, ["Namn", "Ändamål", "Medlemskap"]);
        assert_eq!(doc.sections[1].stycken[0].span.slice(text), "Sektionen har till ändamål att främja studierna.");
    }

    #[test]
    fn run_in_titles_start_sections_but_not_under_a_bare_number() {
        let text = "§ 1 Namn: Föreningens namn är Vännerna.\n\n§ 2 Ändamål: Föreningen har till ändamål att\n• stödja medlemmarna\n• sprida kunskap\n\n§ 3 Medlemskap: Medlem är den som betalar.";
        let doc = Document::parse(text, false);
        let titles: Vec<_> = doc.sections.iter().filter_map(|s| s.title(text)).collect();
        assert_eq!(titles, ["Namn", "Ändamål", "Medlemskap"]);
        assert!(doc.sections[1].stycken[0].span.slice(text).starts_with("Föreningen har till ändamål att"));
        let text = "§ 1\nFöreningens namn är Vännerna.\n\n§ 2\nÄndamål: Föreningen har till ändamål att stödja.\n\n§ 3\nMedlem är den som betalar.";
        let doc = Document::parse(text, false);
        assert_eq!(doc.sections.len(), 3);
        assert!(doc.sections[1].stycken[0].span.slice(text).starts_with("Ändamål: Föreningen"));
    }

    #[test]
    fn layout_lines_of_typst_and_latex_are_no_text() {
        let text = "== Ändamål\n#v(1em)\n// beslutad HT23\nSektionen har till ändamål att främja studierna.\n#pagebreak()\n\n== Medlemskap\n\\label{sec:medlem}\n\\vspace{2mm}\nAlla får vara medlemmar.\n#text(size: 8pt)[Ändrad 2023.]";
        let doc = Document::parse(text, false);
        let bodies: Vec<Vec<&str>> =
            doc.sections.iter().map(|s| s.stycken.iter().map(|st| st.span.slice(text)).collect()).collect();
        assert_eq!(
            bodies,
            [
                vec!["Sektionen har till ändamål att främja studierna."],
                vec!["Alla får vara medlemmar.\n#text(size: 8pt)[Ändrad 2023.]"]
            ]
        );
    }

    #[test]
    fn a_wrapped_line_before_a_parenthesis_is_no_title() {
        let text = "§ 3 Ändamål\n\nFörbundet ska verka för trygghet.\n\nFörbundet fullgör även uppgifter enligt lagen\n(2010:1011) om brandfarliga varor.\n\n§ 4 Organisation\nStyrelsen.";
        let titles = section_titles(text);
        assert_eq!(titles, ["Ändamål", "Organisation"]);
    }

    #[test]
    fn a_typst_file_joined_into_one_line_is_text_after_its_code() {
        let text = "#import \"mall.typ\": * #show: mall = Namn Föreningen heter X. = Syfte Föreningens syfte är att spela. = Säte Föreningen har sitt säte i Lund.";
        let titles = section_titles(text);
        assert_eq!(titles, ["Syfte", "Säte"]);
    }

    #[test]
    fn a_page_title_opening_a_text_on_one_line() {
        let text = "Vårt uppdrag Det övergripande målet för förbundet är att främja utvecklingen. Vi ska samordna.";
        assert_eq!(section_titles(text), ["Vårt uppdrag"]);
        // Only the text's first line; a name is no title.
        let later = format!("Om oss\n\n{text}");
        assert_eq!(section_titles(&later), ["Om oss"]);
        let name = "Samordningsförbundet Östra Södertörn är ett förbund som främjar samverkan mellan parterna.";
        assert!(section_titles(name).is_empty());
        // Nor a sentence's first words.
        let sentence = "Förbundet har till ändamål att främja samverkan. Det ska ske genom finansiering.";
        assert!(section_titles(sentence).is_empty());
    }

    #[test]
    fn a_toc_entry_ends_its_line_like_a_sentence() {
        let text = "Innehåll\n\n1 § Namn ........ 2\n2 § Ändamål ........ 2\n\nVårt uppdrag\n\nDet övergripande målet är att främja utvecklingen.";
        assert_eq!(section_titles(text).last(), Some(&"Vårt uppdrag"));
    }

    #[test]
    fn a_page_number_and_running_header_in_sequence_is_no_heading() {
        let text = "Stadgar för IK Exempel 1 1 Namn Föreningens namn är IK Exempel. 2 Ändamål Föreningen har till ändamål att simma. 3 Stadgar för IK Exempel Föreningen ska ordna tävlingar. 3 Medlemskap Medlem är den som betalar.";
        let titles = section_titles(text);
        assert_eq!(titles, ["Namn", "Ändamål", "Medlemskap"]);
    }

    #[test]
    fn a_table_of_contents_does_not_number_the_text() {
        // The text's own paragraphs, bare numbers from its chapter's heading,
        // start again at 1 after the contents' last entry.
        let text = "Innehåll\n\n1 § Namn ........ 2\n2 § Ändamål ........ 2\n3 § Medlemmar ........ 3\n\nStadgar för Brf Exempel A. Allmänna bestämmelser 1 Föreningen har till ändamål att förvalta hus. 2 Den rätt som medlem har benämnes bostadsrätt. 3 Medlems bostadsrätt avser lägenheten.";
        assert_eq!(section_numbers(text), ["1", "2", "3", "1", "2", "3"]);
    }

    #[test]
    fn bare_paragraph_numbers_run_across_wrapped_lines() {
        let text = "Stadgar för Brf Exempel nr 3 A. Allmänna bestäm-\nmelser 1 Föreningen har till ändamål att förvalta\nhus. 2 Den rätt som medlem har benämnes bostads-\nrätt. 3 Medlems bostadsrätt avser lägenheten.";
        assert_eq!(section_numbers(text), ["1", "2", "3"]);
    }

    #[test]
    fn a_title_opening_a_line_after_a_finished_sentence_is_a_heading() {
        // A page break cut a transcript's line after a sentence: the title
        // run into the next text opens a line, as it followed a stop before.
        let text = "1 Ändamål Förbundet ska främja idrotten utifrån sin verksamhetsidé.\n\nSida 1 av 2\n\n Verksamhetsidé Bordtennis ska vara lättillgängligt för alla.";
        assert_eq!(section_titles(text), ["Ändamål", "Verksamhetsidé"]);
        // Not after a line that goes on, nor as the text's first line.
        let goes_on = "1 Ändamål Förbundet ska främja idrotten utifrån sin\n\n Verksamhetsidé Bordtennis ska vara lättillgängligt för alla.";
        assert_eq!(section_titles(goes_on), ["Ändamål"]);
        assert!(section_titles("Verksamhetsidé Bordtennis ska vara lättillgängligt för alla och envar.").is_empty());
    }
}
