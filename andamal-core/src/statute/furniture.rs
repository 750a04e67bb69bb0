//! Page furniture: page numbers, "Sida 2 av 5" and the running headers and
//! footers a PDF repeats on every page, which a paste keeps inside the text.
//!
//! Why apart from the structure: furniture is found by looking at the whole
//! document at once (a line is furniture because it comes back page after
//! page), and every later reading (stycken, sentences, the finder's words)
//! skips the spans found here, so offsets into the pasted text stay true.
//!
//! ```
//! use andamal_core::statute::furniture::is_page_number;
//! assert!(is_page_number("- 3 -"));
//! assert!(!is_page_number("3 § Ändamål"));
//! ```

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::Span;
use crate::statute::structure::{FoundHeading, LineInfo, ends_sentence_like};
use crate::statute::vocab::match_key;

/// Page numbers and lines repeated on many pages (running headers and footers).
pub(crate) fn find_furniture(
    text: &str,
    infos: &[LineInfo],
    headings: &[FoundHeading],
    consumed: &HashSet<usize>,
    ocr: bool,
) -> Vec<Span> {
    // Headings are sorted; a line holds one if one starts inside it.
    let is_heading = |span: Span| {
        let i = headings.partition_point(|h| h.heading.span.start < span.start);
        headings.get(i).is_some_and(|h| h.heading.span.start <= span.end)
    };
    let mut counts: HashMap<String, usize> = HashMap::default();
    let keys: Vec<Option<String>> = infos
        .iter()
        .map(|l| {
            if l.blank || l.span.len() > 120 {
                return None;
            }
            let key: String = match_key(l.span.slice(text), false)
                .chars()
                .map(|c| if c.is_ascii_digit() { '#' } else { c })
                .collect();
            (key.chars().filter(|c| c.is_alphabetic()).count() >= 3).then_some(key)
        })
        .collect();
    for key in keys.iter().flatten() {
        *counts.entry(key.clone()).or_default() += 1;
    }
    // Keys of lines that open a page (the first line after a page break, or
    // of the text): a running header, even when it is not a page label.
    let mut opens_page: HashMap<&str, usize> = HashMap::default();
    let mut at_page_start = true;
    for (l, key) in infos.iter().zip(&keys) {
        at_page_start |= l.page_break;
        if !l.blank {
            if at_page_start && let Some(key) = key {
                *opens_page.entry(key).or_default() += 1;
            }
            at_page_start = false;
        }
    }
    let page_openings = |k: &String| opens_page.get(k.as_str()).copied().unwrap_or(0);
    let mut furniture = Vec::new();
    for (i, l) in infos.iter().enumerate() {
        if l.blank {
            continue;
        }
        // A line read as a heading is furniture only where it opens every
        // page it is on, two or more: a running header ("Gå till innehåll –
        // 2024-01-01"), never a section's title that a contents list repeats.
        if is_heading(l.span) && !keys[i].as_ref().is_some_and(|k| counts[k] >= 2 && page_openings(k) == counts[k]) {
            continue;
        }
        let line = l.span.slice(text);
        let repeated = keys[i].as_ref().is_some_and(|k| {
            let n = counts[k];
            n >= 3 || (n >= 2 && k.contains('#') && (looks_like_page_label(k) || page_openings(k) > 0))
        });
        if consumed.contains(&i)
            || is_page_number(line)
            || is_skip_link(line, ocr)
            || (repeated && !ends_sentence_like(line))
        {
            furniture.push(l.span);
        }
    }
    furniture
}

/// A web page's link past its menus, pasted with the page ("Gå till
/// innehåll", "Hoppa till huvudinnehållet", "Skip to content"): no heading,
/// no text.
pub(crate) fn is_skip_link(line: &str, ocr: bool) -> bool {
    if line.len() > 40 {
        return false;
    }
    let key = match_key(line, ocr);
    let goes = ["gå direkt till", "gå till", "hoppa till", "hoppa direkt till", "till", "skip to"];
    let places =
        ["innehåll", "innehållet", "huvudinnehåll", "huvudinnehållet", "sidans innehåll", "content", "main content"];
    goes.iter().any(|g| {
        let g = match_key(g, ocr);
        key.strip_prefix(g.as_str())
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| places.iter().any(|p| match_key(p, ocr) == r))
    })
}

fn looks_like_page_label(key: &str) -> bool {
    key.contains("sida") || key.contains("sid ") || key.contains("(#)") || key.contains("# av #") || key.contains("#/#")
}

/// "3", "- 3 -", "Sida 3", "Sida 3 av 5", "3 (5)", "3/5", "s. 3".
#[must_use]
pub fn is_page_number(line: &str) -> bool {
    if line.len() > 40 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let key = match_key(line, false);
    let key = key.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let rest = key
        .strip_prefix("sida")
        .or_else(|| key.strip_prefix("sid."))
        .or_else(|| key.strip_prefix("sid"))
        .or_else(|| key.strip_prefix("s."))
        .or_else(|| key.strip_prefix("page"))
        .map_or(key, str::trim_start);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return false;
    }
    let tail = rest[digits..].trim();
    if tail.is_empty() {
        return true;
    }
    let tail = tail
        .strip_prefix("av")
        .or_else(|| tail.strip_prefix("of"))
        .or_else(|| tail.strip_prefix('/'))
        .map(str::trim)
        .unwrap_or(tail);
    let inner = tail.trim_start_matches('(').trim_end_matches(')').trim();
    !inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|b| b.is_ascii_digit())
}
