//! Headings found inside lines: run together with their text in a long
//! line (a PDF transcript, a pasted web page), or split by a hard wrap over
//! two lines and read with the line break as a space.
//!
//! Why apart from [`super`]: a heading on a line of its own is decided with
//! the lines around it in view; one inside a line only by the words around
//! it ([`crate::statute::inline`]), and the two readings meet here, where a
//! heading found one way is not taken again the other.

use super::{FoundHeading, LineInfo, to_heading};
use crate::Span;
use crate::statute::heading::{LineHeading, Strength};
use crate::statute::inline::{find_inline, find_inline_after};

/// Headings run together inside `span` (one long line of a PDF transcript).
pub(super) fn push_inline(text: &str, span: Span, ocr: bool, after_stop: bool, found: &mut Vec<FoundHeading>) {
    let line = span.slice(text);
    if line.len() <= 40 {
        return;
    }
    found.extend(run_in(span.start, find_inline_after(line, ocr, after_stop)));
}

/// Headings found inside a line (or a block read as one) starting at `at`.
fn run_in(at: usize, headings: Vec<(usize, LineHeading)>) -> impl Iterator<Item = FoundHeading> {
    let mut before = 0;
    headings.into_iter().map(move |(_, h)| {
        let heading = to_heading(at, &h);
        let body_start = at + h.text_start.unwrap_or(h.end);
        // A side heading stacked under the one before, whose text starts
        // after this one: that text ends where this one's starts.
        let cut = if before > heading.span.start { body_start } else { heading.span.start };
        before = body_start;
        FoundHeading { heading, body_start, cut }
    })
}

/// Headings that a hard wrap split over two lines ("… landsting. 4" /
/// "Förbundets ändamål Förbundets ändamål är …", or "… medlemmar. 3 Ändamål"
/// / "Förbundet ska …"): each block of lines is read as one line, line
/// breaks as spaces (so offsets stay), and a run-together heading that
/// crosses a line break (or stands on a line of `stacked` side headings) is
/// taken unless one already found overlaps it.
pub(super) fn push_across_lines(
    text: &str,
    infos: &[LineInfo],
    ocr: bool,
    stacked: &[Span],
    found: &mut Vec<FoundHeading>,
) {
    let line_of = |at: usize| stacked.iter().position(|line| line.start <= at && at < line.end);
    let mut added = false;
    let mut i = 0;
    while i < infos.len() {
        if infos[i].blank {
            i += 1;
            continue;
        }
        let first = i;
        while i + 1 < infos.len() && !infos[i + 1].blank && !infos[i + 1].page_break {
            i += 1;
        }
        let block = Span::new(infos[first].span.start, infos[i].span.end);
        i += 1;
        if first + 1 == i || !block.slice(text).contains('\n') {
            continue;
        }
        let joined = block.slice(text).replace(['\n', '\r'], " ");
        let mut took_last = false;
        for FoundHeading { heading, body_start, cut } in run_in(block.start, find_inline(&joined, ocr)) {
            // A line of stacked side headings was read as one heading on its
            // own; read across the lines, its two headings replace that one.
            let restacked = line_of(heading.span.start);
            let crosses = text[heading.span.start..body_start].contains('\n') || restacked.is_some();
            // Bare numbers count in a run across the lines (from a heading
            // that may itself cross one), each on its line or not.
            let in_run = heading.strength == Strength::Weak && heading.title.is_none();
            // The second of two stacked side headings lies inside the first's
            // reach: it stands or falls with the first.
            let second = cut != heading.span.start;
            let overlaps = found.iter().any(|f| {
                f.heading.span.start < body_start
                    && heading.span.start < f.body_start
                    && (restacked.is_none() || line_of(f.heading.span.start) != restacked)
            });
            took_last = if second { took_last } else { (crosses || in_run) && !overlaps };
            if took_last {
                if restacked.is_some() && !second {
                    found.retain(|f| line_of(f.heading.span.start) != restacked);
                }
                found.push(FoundHeading { heading, body_start, cut });
                added = true;
            }
        }
    }
    if added {
        crate::text::order::sort_by(found, |x, y| x.heading.span.start.cmp(&y.heading.span.start));
    }
}
