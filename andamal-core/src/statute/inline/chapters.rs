//! Chapters that number their paragraphs inside one line: a transcript
//! gives a paragraph its number and nothing else ("A. Allmänna bestämmelser
//! 1 Föreningen … 2 Den rätt …", "Artikel I. Om sällskapets syftemål och
//! sammansättning. 1. Svenska Läkaresällskapet … 2. Sällskapet …").
//!
//! Why apart from the shapes in [`super`]: a bare number, or one with a
//! stop, is a paragraph's only under a chapter's heading; anywhere else it
//! is a count or a list's item. What makes a run is decided here, once for
//! both kinds of chapter heading.

use super::starts_sentence;
use crate::statute::heading::{LineHeading, skip_ws};

/// Bare numbers that run in order from 1 where a heading's text starts
/// ("A. Allmänna bestämmelser 1 Föreningen … 2 Den rätt … 3 Medlems …"): a
/// chapter numbering its paragraphs, which join the headings found. Items
/// of a list inside a paragraph start after a sentence, not a heading.
pub(super) fn with_runs(
    mut found: Vec<(usize, LineHeading)>,
    bare: Vec<(usize, LineHeading, bool)>,
) -> Vec<(usize, LineHeading)> {
    let value = |h: &LineHeading| h.number.as_deref().and_then(|n| n.parse::<u32>().ok());
    let mut next = None;
    let mut added = false;
    // Decimal numbers ("1.2 Nationen har …"): a run in order, each the next
    // in its chapter or the next chapter's first, of three at least or over
    // two chapters (a document numbered so throughout); "3.1", "3.2" alone
    // may number the stycken of a section "3", which they continue.
    let decimal = |h: &LineHeading| {
        let (c, p) = h.number.as_deref()?.split_once('.')?;
        Some((c.parse::<u32>().ok()?, p.parse::<u32>().ok()?))
    };
    let spans = |chain: &[(usize, LineHeading)]| {
        let chapter = |i: usize| chain.get(i).and_then(|(_, h)| decimal(h)).map(|(c, _)| c);
        chain.len() > 2 || chapter(0) != chapter(chain.len().saturating_sub(1))
    };
    let mut chain: Vec<(usize, LineHeading)> = Vec::new();
    for (at, h, opens) in bare {
        if let Some((c, p)) = decimal(&h) {
            let last = chain.last().and_then(|(_, h)| decimal(h));
            if !last.is_none_or(|(lc, lp)| (c, p) == (lc, lp + 1) || (c, p) == (lc + 1, 1)) {
                if spans(&chain) {
                    found.append(&mut chain);
                    added = true;
                }
                chain.clear();
            }
            chain.push((at, h));
            continue;
        }
        let n = value(&h);
        if (opens && n == Some(1)) || (next.is_some() && n == next) {
            next = n.map(|n| n + 1);
            found.push((at, h));
            added = true;
        }
    }
    if spans(&chain) {
        found.append(&mut chain);
        added = true;
    }
    if added {
        crate::text::order::sort_by(&mut found, |a, b| a.0.cmp(&b.0));
    }
    found
}

/// A chapter's heading before its first paragraph, run together: a label
/// and its numeral ("Artikel I.", "Kapitel 2", "Kap. 3"), a title of one
/// sentence ("Om sällskapets syftemål och sammansättning."), then a number
/// with a stop before a sentence ("1. Svenska …"). Returns the heading's
/// length, where its text starts (at that number) and the number.
pub(super) fn chapter_heading(rest: &str) -> Option<(usize, usize, u32)> {
    let (label, after_label) = rest.split_once(' ')?;
    let numeral = after_label.split(' ').next()?;
    let title_at = label.len() + 1 + numeral.len() + 1;
    let digits = numeral.trim_end_matches(['.', ':']);
    let roman = !digits.is_empty() && digits.bytes().all(|b| b"IVXLC".contains(&b));
    // Asked at every capitalised word of a long line: compared without a new string.
    let label = label.trim_end_matches('.');
    let labelled = ["artikel", "kapitel", "kap", "avdelning"].iter().any(|l| label.eq_ignore_ascii_case(l));
    if !labelled || !(roman || digits.parse::<u32>().is_ok()) {
        return None;
    }
    let stop = rest.get(title_at..)?.find(". ").filter(|&s| (1..=80).contains(&s))?;
    let end = title_at + stop + 1;
    let text_at = skip_ws(rest, end);
    let text = &rest[text_at..];
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    let first = text[..n].parse().ok().filter(|_| (1..=2).contains(&n) && text[n..].starts_with(". "))?;
    starts_sentence(&text[n + 2..]).then_some((end, text_at, first))
}
