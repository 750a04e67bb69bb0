//! Whether a text shows where a clause begins and ends.
//!
//! "Säker träff" promises the clause's borders as well as its section, so a
//! find is sure only where the text itself shows them: a heading that opens
//! a line (or follows an opening quotation mark) and a last word that ends
//! one. Line breaks only count where the author made them: not in a
//! transcript whose headings stand inside lines ([`runs_together`]), and not
//! where a text wrapped at one width put a run-in heading at a line's start
//! by chance ([`wrap_width`], [`wrapped_before`]). Kept apart from the
//! features because it judges layout, not wording, and decides sureness,
//! not rank.

use crate::statute::structure::Document;

use super::extent::OPENING_QUOTES;

/// Whether most of the document's headings stand inside lines, run together
/// with the text before them: a transcript that lost its line breaks, or one
/// wrapped again at a fixed width. Its line breaks say nothing of where a
/// section begins or ends, even where one happens to fall at a border.
pub(super) fn runs_together(text: &str, document: &Document) -> bool {
    let starts: Vec<usize> =
        document.sections.iter().filter_map(|s| s.heading.as_ref()).map(|h| h.span.start).collect();
    let inside = starts.iter().filter(|&&at| !opens_line(text, at)).count();
    2 * inside > starts.len()
}

/// The width a text was wrapped at, when it was: most lines inside its
/// blocks come near one width (a PDF transcript, or a mail wrapped at 72
/// columns). `None` for a text whose lines end where its author ended them.
pub(super) fn wrap_width(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
    let mut inside: Vec<usize> = lines
        .windows(2)
        .filter(|p| !p[0].trim_start().is_empty() && !p[1].trim_start().is_empty())
        // A table of contents' lines are as wide as its leader dots make them.
        .filter(|p| !crate::statute::structure::is_contents_entry(p[0]))
        .map(|p| p[0].chars().count())
        .collect();
    if inside.len() < 6 {
        return None;
    }
    crate::text::order::sort(&mut inside);
    let width = inside[inside.len() * 4 / 5];
    let full = inside.iter().filter(|&&len| is_full(len, width)).count();
    (full * 10 >= inside.len() * 6).then_some(width)
}

/// A line near the wrap width: the text went on past it by a wrap, not by
/// the author's choice (a last line of a stycke is as often short as long).
fn is_full(len: usize, width: usize) -> bool {
    len * 5 >= width * 4
}

/// Whether a clause whose heading (or first word) opens a line at `start`,
/// with its text on the same line, only opens it by a wrap: the line before,
/// in the same block, is full. A heading on a line of its own shows its
/// border in any text.
pub(super) fn wrapped_before(text: &str, start: usize, body: usize, width: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let run_in = !text[start..body.max(start)].contains('\n');
    line_start > 0 && run_in && opens_line(text, start) && {
        let before = text[..line_start - 1].rsplit('\n').next().unwrap_or("").trim_end();
        !before.trim_start().is_empty() && is_full(before.chars().count(), width)
    }
}

/// Nothing but white space and markup between the line's start and `at`.
pub(super) fn opens_line(text: &str, at: usize) -> bool {
    text[..at].rsplit('\n').next().unwrap_or("").split_whitespace().all(markup)
}

/// Markup, not words: "##", "**", a list bullet, a command such as
/// `\paragraf{` or `#paragraf[`.
fn markup(word: &str) -> bool {
    word.starts_with(['\\', '#']) || !word.chars().any(char::is_alphanumeric)
}

/// Whether the text shows where `start..end` begins and ends: each border is
/// a line's (nothing but white space and [`markup`] between it and the
/// line's start or end) or a quotation mark's.
pub(super) fn lined(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].rsplit('\n').next().unwrap_or("");
    let after = text[end..].split('\n').next().unwrap_or("");
    let opens = before.trim_end().ends_with(OPENING_QUOTES) || opens_line(text, start);
    let closes = after.trim_start().starts_with(OPENING_QUOTES) || after.split_whitespace().all(markup);
    opens && closes
}
